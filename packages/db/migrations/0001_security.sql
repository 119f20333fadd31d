-- Roles, row-level security, grants and the append-only audit log.
-- Written by hand: drizzle-kit does not generate FORCE ROW LEVEL SECURITY, grants or
-- re-runnable role creation. Runs as the owner (the migrating user).

-- The application role owns nothing and cannot bypass RLS. On a server it logs in
-- (set its password out of band); on PGlite the single superuser switches to it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'qms_app') THEN
    CREATE ROLE qms_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another database on the same server created it first (roles are cluster-wide)
END
$$;
--> statement-breakpoint
CREATE SCHEMA IF NOT EXISTS measures;
--> statement-breakpoint
CREATE SCHEMA IF NOT EXISTS assurance;
--> statement-breakpoint
CREATE SCHEMA IF NOT EXISTS benchmarking;
--> statement-breakpoint
GRANT USAGE ON SCHEMA platform, tenancy, measures, assurance, benchmarking TO qms_app;
--> statement-breakpoint

-- Tenant context. current_tenant() errors when no tenant is set, so a policy that uses it
-- fails closed instead of returning every row.
CREATE OR REPLACE FUNCTION platform.current_tenant() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant_id')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION platform.is_platform_admin() RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.platform_admin', true), '') = 'on' $$;
--> statement-breakpoint
-- Tenants whose data the current tenant may read through active enrolments in its programmes.
CREATE OR REPLACE FUNCTION platform.readable_tenants() RETURNS uuid[]
  LANGUAGE sql STABLE AS $$ SELECT coalesce(nullif(current_setting('app.readable_tenants', true), ''), '{}')::uuid[] $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION platform.enter_tenant(p_tenant uuid, p_platform_admin boolean) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant::text, true);
  PERFORM set_config('app.platform_admin', CASE WHEN p_platform_admin THEN 'on' ELSE 'off' END, true);
  -- Computed by the database from enrolments, not passed in by the service.
  PERFORM set_config('app.readable_tenants', coalesce(
    (SELECT '{' || string_agg(DISTINCT e.organisation_id::text, ',') || '}'
       FROM tenancy.enrolments e
      WHERE e.tenant_id = p_tenant AND e.status = 'active'), '{}'), true);
END
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION platform.current_tenant(), platform.is_platform_admin(), platform.readable_tenants(),
  platform.enter_tenant(uuid, boolean) TO qms_app;
--> statement-breakpoint

-- Look-ups needed before a tenant is known (token issue and verification). SECURITY DEFINER
-- keeps them narrow: the application role can call them but cannot read the tables freely.
CREATE OR REPLACE FUNCTION platform.resolve_client(p_client_id text)
  RETURNS TABLE (tenant_id uuid, id uuid, secret_hash text, roles text[], scopes text[], status text,
                 tenant_status text, tenant_kind text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT c.tenant_id, c.id, c.secret_hash, c.roles, c.scopes, c.status, o.status::text, o.kind::text
    FROM tenancy.api_clients c
    JOIN tenancy.organisations o ON o.tenant_id = c.tenant_id
   WHERE c.client_id = p_client_id
$$;
--> statement-breakpoint
-- The first statement of every authenticated request: finds the principal's roles in the tenant
-- it asks for (or its only tenant) and enters that tenant only if the principal belongs to it,
-- its organisation is active and, for a client, the client is not revoked. One round trip
-- instead of a look-up and a second transaction; the database itself refuses to put a request
-- into a tenant its principal has no role in.
CREATE OR REPLACE FUNCTION platform.enter_request(p_issuer text, p_subject text, p_client_id text, p_tenant uuid)
  RETURNS TABLE (tenant_id uuid, tenant_kind text, tenant_status text, roles text[], scopes text[],
                 client_status text, tenants_held integer)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  v_tenant uuid;
  v_kind text;
  v_status text;
  v_roles text[];
  v_scopes text[];
  v_client_status text;
  v_count integer := 0;
BEGIN
  IF p_client_id IS NOT NULL THEN
    SELECT c.tenant_id, o.kind::text, o.status::text, c.roles, c.scopes, c.status
      INTO v_tenant, v_kind, v_status, v_roles, v_scopes, v_client_status
      FROM tenancy.api_clients c JOIN tenancy.organisations o ON o.tenant_id = c.tenant_id
     WHERE c.client_id = p_client_id;
    IF v_tenant IS NOT NULL THEN v_count := 1; END IF;
    IF p_tenant IS NOT NULL AND p_tenant <> v_tenant THEN v_roles := NULL; END IF;
  ELSE
    SELECT count(DISTINCT g.tenant_id)::integer, min(g.tenant_id::text)::uuid INTO v_count, v_tenant
      FROM tenancy.role_grants g
     WHERE g.issuer = p_issuer AND g.subject = p_subject AND g.revoked_at IS NULL;
    IF p_tenant IS NOT NULL THEN
      v_tenant := p_tenant;
    ELSIF v_count <> 1 THEN
      v_tenant := NULL;
    END IF;
    IF v_tenant IS NOT NULL THEN
      SELECT o.kind::text, o.status::text, array_agg(DISTINCT g.role ORDER BY g.role)
        INTO v_kind, v_status, v_roles
        FROM tenancy.role_grants g JOIN tenancy.organisations o ON o.tenant_id = g.tenant_id
       WHERE g.issuer = p_issuer AND g.subject = p_subject AND g.revoked_at IS NULL AND g.tenant_id = v_tenant
       GROUP BY o.kind, o.status;
    END IF;
  END IF;
  IF v_roles IS NOT NULL AND v_status = 'active' AND (p_client_id IS NULL OR v_client_status = 'active') THEN
    PERFORM platform.enter_tenant(v_tenant, v_kind = 'platform' AND 'platform_admin' = ANY (v_roles));
  END IF;
  RETURN QUERY SELECT v_tenant, v_kind, v_status, v_roles, v_scopes, v_client_status, v_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION platform.resolve_client(text), platform.enter_request(text, text, text, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION platform.resolve_client(text), platform.enter_request(text, text, text, uuid) TO qms_app;
--> statement-breakpoint

-- Grants: no DELETE anywhere in tenancy (facts are closed, revoked or withdrawn, not erased).
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA tenancy TO qms_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON platform.audit_log TO qms_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON platform.idempotency_keys TO qms_app;
--> statement-breakpoint

-- Row-level security, enabled and forced on every tenant-owned table.
ALTER TABLE tenancy.organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenancy.organisations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisations_read ON tenancy.organisations FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant()
  OR tenant_id = ANY (platform.readable_tenants())
  OR EXISTS (SELECT 1 FROM tenancy.enrolments e
              WHERE e.organisation_id = platform.current_tenant() AND e.tenant_id = organisations.tenant_id)
  OR platform.is_platform_admin()
);
--> statement-breakpoint
CREATE POLICY organisations_create ON tenancy.organisations FOR INSERT TO qms_app
  WITH CHECK (platform.is_platform_admin());
--> statement-breakpoint
CREATE POLICY organisations_update ON tenancy.organisations FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant() OR platform.is_platform_admin())
  WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform_admin());
--> statement-breakpoint

ALTER TABLE tenancy.units ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenancy.units FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY units_read ON tenancy.units FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant() OR tenant_id = ANY (platform.readable_tenants()));
--> statement-breakpoint
CREATE POLICY units_write ON tenancy.units FOR INSERT TO qms_app WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY units_update ON tenancy.units FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE tenancy.programmes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenancy.programmes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY programmes_read ON tenancy.programmes FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant()
  OR EXISTS (SELECT 1 FROM tenancy.enrolments e
              WHERE e.organisation_id = platform.current_tenant()
                AND e.tenant_id = programmes.tenant_id AND e.programme_id = programmes.id)
);
--> statement-breakpoint
CREATE POLICY programmes_write ON tenancy.programmes FOR INSERT TO qms_app WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY programmes_update ON tenancy.programmes FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE tenancy.enrolments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenancy.enrolments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY enrolments_read ON tenancy.enrolments FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant() OR organisation_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY enrolments_write ON tenancy.enrolments FOR INSERT TO qms_app WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
-- Both sides move an enrolment (the owner invites and withdraws, the organisation accepts or withdraws).
CREATE POLICY enrolments_update ON tenancy.enrolments FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant() OR organisation_id = platform.current_tenant())
  WITH CHECK (tenant_id = platform.current_tenant() OR organisation_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE tenancy.role_grants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenancy.role_grants FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY role_grants_tenant ON tenancy.role_grants FOR ALL TO qms_app
  USING (tenant_id = platform.current_tenant() OR platform.is_platform_admin())
  WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform_admin());
--> statement-breakpoint

ALTER TABLE tenancy.api_clients ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenancy.api_clients FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY api_clients_tenant ON tenancy.api_clients FOR ALL TO qms_app
  USING (tenant_id = platform.current_tenant() OR platform.is_platform_admin())
  WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform_admin());
--> statement-breakpoint

ALTER TABLE platform.audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE platform.audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_log_read ON platform.audit_log FOR SELECT TO qms_app USING (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY audit_log_append ON platform.audit_log FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform_admin());
--> statement-breakpoint

ALTER TABLE platform.idempotency_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE platform.idempotency_keys FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY idempotency_keys_tenant ON platform.idempotency_keys FOR ALL TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

-- Append-only audit log: refused even for the owner, not only by missing grants.
CREATE OR REPLACE FUNCTION platform.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'platform.audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON platform.audit_log
  FOR EACH ROW EXECUTE FUNCTION platform.refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON platform.audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_audit_change();
