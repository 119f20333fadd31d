CREATE SCHEMA IF NOT EXISTS "assurance";
--> statement-breakpoint
CREATE TABLE "assurance"."findings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"type" text NOT NULL,
	"severity" text NOT NULL,
	"statement" text NOT NULL,
	"node_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"measure_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"due_on" date,
	"created_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "findings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "assurance"."framework_nodes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"position" integer NOT NULL,
	CONSTRAINT "framework_nodes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "assurance"."framework_versions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"node_kinds" jsonb NOT NULL,
	"rating_scale" jsonb NOT NULL,
	"evidence_categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "framework_versions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "assurance"."frameworks" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "frameworks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "assurance"."inspections" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"framework_version_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"team" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"stage" text DEFAULT 'planned' NOT NULL,
	"fieldwork_started_at" timestamp with time zone,
	"drafted_at" timestamp with time zone,
	"factual_accuracy_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspections_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "assurance"."measure_bindings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"measure_tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	CONSTRAINT "measure_bindings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "assurance"."findings" ADD CONSTRAINT "findings_tenant_id_inspection_id_inspections_tenant_id_id_fk" FOREIGN KEY ("tenant_id","inspection_id") REFERENCES "assurance"."inspections"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."framework_nodes" ADD CONSTRAINT "framework_nodes_tenant_id_version_id_framework_versions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","version_id") REFERENCES "assurance"."framework_versions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."framework_nodes" ADD CONSTRAINT "framework_nodes_tenant_id_parent_id_framework_nodes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "assurance"."framework_nodes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."framework_versions" ADD CONSTRAINT "framework_versions_tenant_id_framework_id_frameworks_tenant_id_id_fk" FOREIGN KEY ("tenant_id","framework_id") REFERENCES "assurance"."frameworks"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."inspections" ADD CONSTRAINT "inspections_tenant_id_framework_version_id_framework_versions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","framework_version_id") REFERENCES "assurance"."framework_versions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."inspections" ADD CONSTRAINT "inspections_organisation_id_organisations_tenant_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "tenancy"."organisations"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."measure_bindings" ADD CONSTRAINT "measure_bindings_tenant_id_node_id_framework_nodes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","node_id") REFERENCES "assurance"."framework_nodes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."measure_bindings" ADD CONSTRAINT "measure_bindings_tenant_id_version_id_framework_versions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","version_id") REFERENCES "assurance"."framework_versions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "findings_inspection_idx" ON "assurance"."findings" USING btree ("tenant_id","inspection_id");--> statement-breakpoint
CREATE UNIQUE INDEX "framework_nodes_code_uq" ON "assurance"."framework_nodes" USING btree ("tenant_id","version_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "framework_versions_number_uq" ON "assurance"."framework_versions" USING btree ("tenant_id","framework_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "frameworks_code_uq" ON "assurance"."frameworks" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "inspections_organisation_idx" ON "assurance"."inspections" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_bindings_uq" ON "assurance"."measure_bindings" USING btree ("tenant_id","node_id","measure_id");--> statement-breakpoint
CREATE INDEX "measure_bindings_measure_idx" ON "assurance"."measure_bindings" USING btree ("measure_tenant_id","measure_id");