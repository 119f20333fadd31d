CREATE TABLE "benchmarking"."outlier_case_events" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"actor" text NOT NULL,
	"actor_tenant_id" uuid NOT NULL,
	"note" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outlier_case_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "benchmarking"."outlier_cases" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"band" text NOT NULL,
	"side" text NOT NULL,
	"stage" text DEFAULT 'detected' NOT NULL,
	"stage_entered_on" date NOT NULL,
	"stage_due_on" date,
	"escalated" boolean DEFAULT false NOT NULL,
	"outcome" text,
	"explanation" text,
	"data_corrected" boolean DEFAULT false NOT NULL,
	"regulator_notified" boolean DEFAULT false NOT NULL,
	"rerun_run_id" uuid,
	"opened_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outlier_cases_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "benchmarking"."outlier_case_events" ADD CONSTRAINT "outlier_case_events_tenant_id_case_id_outlier_cases_tenant_id_id_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "benchmarking"."outlier_cases"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarking"."outlier_cases" ADD CONSTRAINT "outlier_cases_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "tenancy"."programmes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarking"."outlier_cases" ADD CONSTRAINT "outlier_cases_tenant_id_run_id_benchmark_runs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","run_id") REFERENCES "benchmarking"."benchmark_runs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarking"."outlier_cases" ADD CONSTRAINT "outlier_cases_tenant_id_rerun_run_id_benchmark_runs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","rerun_run_id") REFERENCES "benchmarking"."benchmark_runs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarking"."outlier_cases" ADD CONSTRAINT "outlier_cases_organisation_id_organisations_tenant_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "tenancy"."organisations"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outlier_case_events_case_idx" ON "benchmarking"."outlier_case_events" USING btree ("tenant_id","case_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outlier_cases_run_organisation_uq" ON "benchmarking"."outlier_cases" USING btree ("tenant_id","run_id","organisation_id");--> statement-breakpoint
CREATE INDEX "outlier_cases_programme_idx" ON "benchmarking"."outlier_cases" USING btree ("tenant_id","programme_id","stage");--> statement-breakpoint
CREATE INDEX "outlier_cases_provider_idx" ON "benchmarking"."outlier_cases" USING btree ("organisation_id");