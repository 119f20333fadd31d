CREATE SCHEMA IF NOT EXISTS "measures";
--> statement-breakpoint
CREATE TABLE "measures"."adoptions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"measure_tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"owner_unit_id" uuid,
	"local_owner" text DEFAULT '' NOT NULL,
	"local_target" double precision,
	"status" text DEFAULT 'active' NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adoptions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "measures"."annotations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"measure_tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"unit_id" uuid,
	"period_start" date NOT NULL,
	"category" text NOT NULL,
	"text" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annotations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "measures"."limit_changes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"measure_tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"unit_id" uuid,
	"period_start" date NOT NULL,
	"kind" text NOT NULL,
	"baseline_length" integer,
	"reason" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "limit_changes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "measures"."measure_links" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"from_measure_id" uuid NOT NULL,
	"to_measure_tenant_id" uuid NOT NULL,
	"to_measure_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_links_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "measures"."measure_set_items" (
	"tenant_id" uuid NOT NULL,
	"set_id" uuid NOT NULL,
	"measure_tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"uses" text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "measure_set_items_tenant_id_set_id_measure_tenant_id_measure_id_pk" PRIMARY KEY("tenant_id","set_id","measure_tenant_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "measures"."measure_sets" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"programme_id" uuid,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_sets_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "measures"."measure_versions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"value_type" text NOT NULL,
	"multiplier" double precision DEFAULT 1 NOT NULL,
	"numerator_definition" text DEFAULT '' NOT NULL,
	"denominator_definition" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"periodicity" text NOT NULL,
	"improvement_direction" text NOT NULL,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"default_chart" text DEFAULT 'xmr' NOT NULL,
	"rule_family" text DEFAULT 'mdc' NOT NULL,
	"data_quality_rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"benchmarking" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"activated_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_versions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "measure_versions_multiplier_positive" CHECK ("measures"."measure_versions"."multiplier" > 0)
);
--> statement-breakpoint
CREATE TABLE "measures"."measures" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measures_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "measures"."observations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"measure_tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"measure_version_id" uuid NOT NULL,
	"unit_id" uuid,
	"period_start" date NOT NULL,
	"revision" integer NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"value" double precision,
	"expected" double precision,
	"status" text DEFAULT 'final' NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"submission_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "measures"."programme_measures" (
	"tenant_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "programme_measures_tenant_id_programme_id_measure_id_pk" PRIMARY KEY("tenant_id","programme_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "measures"."submission_payloads" (
	"tenant_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"content" text NOT NULL,
	CONSTRAINT "submission_payloads_tenant_id_submission_id_sequence_pk" PRIMARY KEY("tenant_id","submission_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "measures"."submissions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"format" text NOT NULL,
	"mode" text NOT NULL,
	"dry_run" boolean DEFAULT false NOT NULL,
	"outcome" text NOT NULL,
	"received" integer NOT NULL,
	"created" integer NOT NULL,
	"revised" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"rejected" integer NOT NULL,
	"summary" jsonb NOT NULL,
	"content_type" text NOT NULL,
	"payload_bytes" integer DEFAULT 0 NOT NULL,
	"submitted_by" text NOT NULL,
	"request_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submissions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "measures"."adoptions" ADD CONSTRAINT "adoptions_tenant_id_owner_unit_id_units_tenant_id_id_fk" FOREIGN KEY ("tenant_id","owner_unit_id") REFERENCES "tenancy"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures"."annotations" ADD CONSTRAINT "annotations_tenant_id_unit_id_units_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "tenancy"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures"."limit_changes" ADD CONSTRAINT "limit_changes_tenant_id_unit_id_units_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "tenancy"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures"."measure_links" ADD CONSTRAINT "measure_links_tenant_id_from_measure_id_measures_tenant_id_id_fk" FOREIGN KEY ("tenant_id","from_measure_id") REFERENCES "measures"."measures"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures"."measure_set_items" ADD CONSTRAINT "measure_set_items_tenant_id_set_id_measure_sets_tenant_id_id_fk" FOREIGN KEY ("tenant_id","set_id") REFERENCES "measures"."measure_sets"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures"."measure_sets" ADD CONSTRAINT "measure_sets_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "tenancy"."programmes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures"."measure_versions" ADD CONSTRAINT "measure_versions_tenant_id_measure_id_measures_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "measures"."measures"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures"."observations" ADD CONSTRAINT "observations_tenant_id_unit_id_units_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "tenancy"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures"."observations" ADD CONSTRAINT "observations_tenant_id_submission_id_submissions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","submission_id") REFERENCES "measures"."submissions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures"."programme_measures" ADD CONSTRAINT "programme_measures_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "tenancy"."programmes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures"."programme_measures" ADD CONSTRAINT "programme_measures_tenant_id_measure_id_measures_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "measures"."measures"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures"."submission_payloads" ADD CONSTRAINT "submission_payloads_tenant_id_submission_id_submissions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","submission_id") REFERENCES "measures"."submissions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "adoptions_live_uq" ON "measures"."adoptions" USING btree ("tenant_id","measure_tenant_id","measure_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "annotations_series_idx" ON "measures"."annotations" USING btree ("tenant_id","measure_id","unit_id","period_start");--> statement-breakpoint
CREATE INDEX "limit_changes_series_idx" ON "measures"."limit_changes" USING btree ("tenant_id","measure_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_links_uq" ON "measures"."measure_links" USING btree ("tenant_id","from_measure_id","to_measure_tenant_id","to_measure_id","kind");--> statement-breakpoint
CREATE INDEX "measure_links_to_idx" ON "measures"."measure_links" USING btree ("to_measure_tenant_id","to_measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_sets_code_uq" ON "measures"."measure_sets" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_versions_number_uq" ON "measures"."measure_versions" USING btree ("tenant_id","measure_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_versions_active_uq" ON "measures"."measure_versions" USING btree ("tenant_id","measure_id") WHERE status = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "measures_code_uq" ON "measures"."measures" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "observations_revision_uq" ON "measures"."observations" USING btree ("tenant_id","measure_tenant_id","measure_id",coalesce("unit_id", '00000000-0000-0000-0000-000000000000'::uuid),"period_start","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "observations_current_uq" ON "measures"."observations" USING btree ("tenant_id","measure_tenant_id","measure_id",coalesce("unit_id", '00000000-0000-0000-0000-000000000000'::uuid),"period_start") WHERE is_current;--> statement-breakpoint
CREATE INDEX "observations_series_idx" ON "measures"."observations" USING btree ("tenant_id","measure_id","unit_id","period_start");--> statement-breakpoint
CREATE INDEX "observations_programme_idx" ON "measures"."observations" USING btree ("measure_tenant_id","measure_id","period_start");