CREATE SCHEMA IF NOT EXISTS "benchmarking";
--> statement-breakpoint
CREATE TABLE "benchmarking"."benchmark_runs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"measure_version_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"period_spec" jsonb NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"peer_group" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"method" jsonb NOT NULL,
	"engine_version" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"inputs_hash" text NOT NULL,
	"results" jsonb NOT NULL,
	"results_hash" text NOT NULL,
	"organisation_count" integer NOT NULL,
	"input_count" integer NOT NULL,
	"pseudonym_key" text NOT NULL,
	"created_by" text NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benchmark_runs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "benchmark_runs_period_order" CHECK ("benchmarking"."benchmark_runs"."period_from" <= "benchmarking"."benchmark_runs"."period_to")
);
--> statement-breakpoint
ALTER TABLE "benchmarking"."benchmark_runs" ADD CONSTRAINT "benchmark_runs_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "tenancy"."programmes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarking"."benchmark_runs" ADD CONSTRAINT "benchmark_runs_tenant_id_measure_id_measures_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "measures"."measures"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benchmark_runs_programme_idx" ON "benchmarking"."benchmark_runs" USING btree ("tenant_id","programme_id","measure_id");--> statement-breakpoint
CREATE INDEX "benchmark_runs_published_idx" ON "benchmarking"."benchmark_runs" USING btree ("tenant_id","programme_id") WHERE status = 'published';