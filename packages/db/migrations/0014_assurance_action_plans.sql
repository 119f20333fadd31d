CREATE TABLE "assurance"."action_notes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"inspection_tenant_id" uuid NOT NULL,
	"body" text NOT NULL,
	"author" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_notes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "assurance"."action_plans" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"inspection_tenant_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_plans_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "assurance"."actions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"inspection_tenant_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"finding_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_subject" text,
	"owner_unit_id" uuid,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"evidence_references" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"verification_rule" jsonb,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"verified_by" text,
	"verification_at_completion" jsonb,
	"created_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "assurance"."action_notes" ADD CONSTRAINT "action_notes_tenant_id_action_id_actions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","action_id") REFERENCES "assurance"."actions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."actions" ADD CONSTRAINT "actions_tenant_id_plan_id_action_plans_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "assurance"."action_plans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance"."actions" ADD CONSTRAINT "actions_tenant_id_owner_unit_id_units_tenant_id_id_fk" FOREIGN KEY ("tenant_id","owner_unit_id") REFERENCES "tenancy"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_notes_action_idx" ON "assurance"."action_notes" USING btree ("tenant_id","action_id");--> statement-breakpoint
CREATE UNIQUE INDEX "action_plans_inspection_uq" ON "assurance"."action_plans" USING btree ("tenant_id","inspection_tenant_id","inspection_id");--> statement-breakpoint
CREATE INDEX "action_plans_inspecting_idx" ON "assurance"."action_plans" USING btree ("inspection_tenant_id","inspection_id");--> statement-breakpoint
CREATE INDEX "actions_plan_idx" ON "assurance"."actions" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "actions_inspecting_idx" ON "assurance"."actions" USING btree ("inspection_tenant_id");