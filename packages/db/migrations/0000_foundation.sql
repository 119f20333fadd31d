CREATE SCHEMA "platform";
--> statement-breakpoint
CREATE SCHEMA "tenancy";
--> statement-breakpoint
CREATE TYPE "tenancy"."organisation_kind" AS ENUM('platform', 'national_body', 'regulator', 'health_board', 'trust', 'independent_provider', 'commissioner');--> statement-breakpoint
CREATE TYPE "tenancy"."organisation_status" AS ENUM('active', 'suspended');--> statement-breakpoint
CREATE TYPE "tenancy"."unit_kind" AS ENUM('site', 'directorate', 'service', 'ward', 'team', 'department');--> statement-breakpoint
CREATE TABLE "platform"."audit_log" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"request_id" text NOT NULL,
	"change_hash" text NOT NULL,
	CONSTRAINT "audit_log_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "platform"."idempotency_keys" (
	"tenant_id" uuid NOT NULL,
	"principal_id" text NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"response_status" integer NOT NULL,
	"response_headers" jsonb NOT NULL,
	"response_body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_tenant_id_principal_id_key_pk" PRIMARY KEY("tenant_id","principal_id","key")
);
--> statement-breakpoint
CREATE TABLE "tenancy"."api_clients" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"name" text NOT NULL,
	"secret_hash" text NOT NULL,
	"secret_hint" text NOT NULL,
	"roles" text[] NOT NULL,
	"scopes" text[] NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"secret_rotated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_clients_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "api_clients_roles_nonempty" CHECK (cardinality("tenancy"."api_clients"."roles") > 0)
);
--> statement-breakpoint
CREATE TABLE "tenancy"."enrolments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"data_sharing_agreement_ref" text,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"activated_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "tenancy"."organisations" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "tenancy"."organisation_kind" NOT NULL,
	"status" "tenancy"."organisation_status" DEFAULT 'active' NOT NULL,
	"external_ids" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "tenancy"."programmes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "tenancy"."role_grants" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"display_name" text,
	"role" text NOT NULL,
	"granted_by" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_grants_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "tenancy"."units" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"parent_id" uuid,
	"kind" "tenancy"."unit_kind" NOT NULL,
	"name" text NOT NULL,
	"code" text,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "tenancy"."enrolments" ADD CONSTRAINT "enrolments_organisation_id_organisations_tenant_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "tenancy"."organisations"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenancy"."enrolments" ADD CONSTRAINT "enrolments_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "tenancy"."programmes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenancy"."units" ADD CONSTRAINT "units_tenant_id_parent_id_units_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "tenancy"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "platform"."audit_log" USING btree ("tenant_id","target_type","target_id");--> statement-breakpoint
CREATE INDEX "idempotency_expiry_idx" ON "platform"."idempotency_keys" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "api_clients_client_id_uq" ON "tenancy"."api_clients" USING btree ("tenant_id","client_id");--> statement-breakpoint
CREATE INDEX "api_clients_lookup_idx" ON "tenancy"."api_clients" USING btree ("client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_live_uq" ON "tenancy"."enrolments" USING btree ("tenant_id","programme_id","organisation_id") WHERE status <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "enrolments_organisation_idx" ON "tenancy"."enrolments" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_code_uq" ON "tenancy"."programmes" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "role_grants_live_uq" ON "tenancy"."role_grants" USING btree ("tenant_id","issuer","subject","role") WHERE revoked_at is null;--> statement-breakpoint
CREATE INDEX "role_grants_subject_idx" ON "tenancy"."role_grants" USING btree ("issuer","subject");--> statement-breakpoint
CREATE UNIQUE INDEX "units_code_uq" ON "tenancy"."units" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "units_parent_idx" ON "tenancy"."units" USING btree ("tenant_id","parent_id");