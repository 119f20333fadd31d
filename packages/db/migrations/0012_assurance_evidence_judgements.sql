CREATE TABLE "assurance"."crosswalks" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"from_node_id" uuid NOT NULL,
	"to_node_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crosswalks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "assurance"."evidence" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"category" text NOT NULL,
	"source" text NOT NULL,
	"node_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"description" text NOT NULL,
	"reference" text,
	"measure_tenant_id" uuid,
	"measure_id" uuid,
	"measure_snapshot" jsonb,
	"captured_by" text NOT NULL,
	"captured_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "assurance"."judgements" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"rating" text,
	"override_reason" text,
	"rationale" text,
	"evidence_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"updated_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "judgements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "assurance"."report_versions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"snapshot" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_versions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "assurance"."framework_versions" ADD COLUMN "roll_up" jsonb DEFAULT '{"method":"worst_of"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "assurance"."inspections" ADD COLUMN "unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "assurance"."crosswalks" ADD CONSTRAINT "crosswalks_tenant_id_from_node_id_framework_nodes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","from_node_id") REFERENCES "assurance"."framework_nodes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."crosswalks" ADD CONSTRAINT "crosswalks_tenant_id_to_node_id_framework_nodes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","to_node_id") REFERENCES "assurance"."framework_nodes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."evidence" ADD CONSTRAINT "evidence_tenant_id_inspection_id_inspections_tenant_id_id_fk" FOREIGN KEY ("tenant_id","inspection_id") REFERENCES "assurance"."inspections"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."judgements" ADD CONSTRAINT "judgements_tenant_id_inspection_id_inspections_tenant_id_id_fk" FOREIGN KEY ("tenant_id","inspection_id") REFERENCES "assurance"."inspections"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."judgements" ADD CONSTRAINT "judgements_tenant_id_node_id_framework_nodes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","node_id") REFERENCES "assurance"."framework_nodes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."report_versions" ADD CONSTRAINT "report_versions_tenant_id_inspection_id_inspections_tenant_id_id_fk" FOREIGN KEY ("tenant_id","inspection_id") REFERENCES "assurance"."inspections"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "crosswalks_pair_uq" ON "assurance"."crosswalks" USING btree ("tenant_id","from_node_id","to_node_id");--> statement-breakpoint
CREATE INDEX "crosswalks_to_idx" ON "assurance"."crosswalks" USING btree ("tenant_id","to_node_id");--> statement-breakpoint
CREATE INDEX "evidence_inspection_idx" ON "assurance"."evidence" USING btree ("tenant_id","inspection_id");--> statement-breakpoint
CREATE UNIQUE INDEX "judgements_node_uq" ON "assurance"."judgements" USING btree ("tenant_id","inspection_id","node_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_versions_number_uq" ON "assurance"."report_versions" USING btree ("tenant_id","inspection_id","number");