-- Row-level security for the assurance service. Written by hand (see 0003_measures_security.sql).
--
-- Frameworks belong to their owner (a regulator or national body), who alone reads and writes
-- them. A published framework version is immutable, and so are its nodes and measure bindings;
-- a retired version changes no more. An inspection belongs to the inspecting organisation
-- (tenant_id); the inspected organisation (organisation_id) reads it (an unannounced one only
-- from fieldwork on), and reads its findings only
-- once the inspection reaches factual accuracy, never earlier. Nothing is deleted except nodes
-- and bindings of a draft framework version.

GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA assurance TO qms_app;
--> statement-breakpoint
GRANT DELETE ON assurance.framework_nodes, assurance.measure_bindings TO qms_app;
--> statement-breakpoint

ALTER TABLE assurance.frameworks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.frameworks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY frameworks_owner ON assurance.frameworks FOR ALL TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE assurance.framework_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.framework_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY framework_versions_owner ON assurance.framework_versions FOR ALL TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE OR REPLACE FUNCTION assurance.guard_framework_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'framework versions are never deleted' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'retired' THEN
    RAISE EXCEPTION 'a retired framework version cannot change' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'published' AND (NEW.status <> 'retired' OR
     (NEW.tenant_id, NEW.id, NEW.framework_id, NEW.version, NEW.node_kinds, NEW.rating_scale, NEW.evidence_categories,
      NEW.published_at, NEW.created_at)
     IS DISTINCT FROM
     (OLD.tenant_id, OLD.id, OLD.framework_id, OLD.version, OLD.node_kinds, OLD.rating_scale, OLD.evidence_categories,
      OLD.published_at, OLD.created_at)) THEN
    RAISE EXCEPTION 'a published framework version is immutable; import a new version' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER framework_versions_immutable BEFORE UPDATE OR DELETE ON assurance.framework_versions
  FOR EACH ROW EXECUTE FUNCTION assurance.guard_framework_version_change();
--> statement-breakpoint
-- Nodes and bindings change only while their version is a draft.
CREATE OR REPLACE FUNCTION assurance.refuse_frozen_framework_content() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p_tenant uuid;
  p_version_id uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    p_tenant := OLD.tenant_id; p_version_id := OLD.version_id;
  ELSE
    p_tenant := NEW.tenant_id; p_version_id := NEW.version_id;
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD.tenant_id, OLD.version_id) IS DISTINCT FROM (NEW.tenant_id, NEW.version_id) THEN
    RAISE EXCEPTION 'framework content cannot move between versions' USING ERRCODE = 'check_violation';
  END IF;
  IF EXISTS (SELECT 1 FROM assurance.framework_versions v
              WHERE v.tenant_id = p_tenant AND v.id = p_version_id AND v.status <> 'draft') THEN
    RAISE EXCEPTION 'a published framework version is immutable; import a new version' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint

ALTER TABLE assurance.framework_nodes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.framework_nodes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY framework_nodes_owner ON assurance.framework_nodes FOR ALL TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE TRIGGER framework_nodes_frozen BEFORE INSERT OR UPDATE OR DELETE ON assurance.framework_nodes
  FOR EACH ROW EXECUTE FUNCTION assurance.refuse_frozen_framework_content();
--> statement-breakpoint

ALTER TABLE assurance.measure_bindings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.measure_bindings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY measure_bindings_owner ON assurance.measure_bindings FOR ALL TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE TRIGGER measure_bindings_frozen BEFORE INSERT OR UPDATE OR DELETE ON assurance.measure_bindings
  FOR EACH ROW EXECUTE FUNCTION assurance.refuse_frozen_framework_content();
--> statement-breakpoint

ALTER TABLE assurance.inspections ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.inspections FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The inspected organisation reads its inspections, except an unannounced one still being planned.
CREATE POLICY inspections_read ON assurance.inspections FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant()
         OR (organisation_id = platform.current_tenant() AND NOT (type = 'unannounced' AND stage = 'planned')));
--> statement-breakpoint
CREATE POLICY inspections_insert ON assurance.inspections FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY inspections_update ON assurance.inspections FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE OR REPLACE FUNCTION assurance.guard_inspection_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'inspections are never deleted' USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW.tenant_id, NEW.id, NEW.organisation_id, NEW.framework_version_id, NEW.created_by, NEW.created_at)
     IS DISTINCT FROM (OLD.tenant_id, OLD.id, OLD.organisation_id, OLD.framework_version_id, OLD.created_by, OLD.created_at) THEN
    RAISE EXCEPTION 'an inspection''s organisation and framework version never change' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.stage = 'closed' THEN
    RAISE EXCEPTION 'a closed inspection cannot change' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.stage = 'published' AND (NEW.stage <> 'closed' OR
     (NEW.type, NEW.title, NEW.team, NEW.starts_on, NEW.ends_on) IS DISTINCT FROM
     (OLD.type, OLD.title, OLD.team, OLD.starts_on, OLD.ends_on)) THEN
    RAISE EXCEPTION 'a published inspection is immutable' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER inspections_guard BEFORE UPDATE OR DELETE ON assurance.inspections
  FOR EACH ROW EXECUTE FUNCTION assurance.guard_inspection_change();
--> statement-breakpoint

-- Whether the current tenant is the organisation inspected by this inspection, and the
-- inspection has reached the stage where the organisation is shown its draft.
CREATE OR REPLACE FUNCTION assurance.findings_shown_to_current(p_tenant uuid, p_inspection uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM assurance.inspections i
     WHERE i.tenant_id = p_tenant AND i.id = p_inspection
       AND i.organisation_id = platform.current_tenant()
       AND i.stage IN ('factual_accuracy', 'published', 'closed'))
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION assurance.findings_shown_to_current(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION assurance.findings_shown_to_current(uuid, uuid) TO qms_app;
--> statement-breakpoint
ALTER TABLE assurance.findings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.findings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY findings_read ON assurance.findings FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant() OR assurance.findings_shown_to_current(tenant_id, inspection_id));
--> statement-breakpoint
CREATE POLICY findings_insert ON assurance.findings FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY findings_update ON assurance.findings FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
-- Findings are written only while the inspection is being worked on (fieldwork to factual
-- accuracy); a published report's findings are frozen.
CREATE OR REPLACE FUNCTION assurance.refuse_frozen_finding() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'findings are never deleted' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' AND (NEW.tenant_id, NEW.id, NEW.inspection_id, NEW.created_by, NEW.created_at)
     IS DISTINCT FROM (OLD.tenant_id, OLD.id, OLD.inspection_id, OLD.created_by, OLD.created_at) THEN
    RAISE EXCEPTION 'a finding''s inspection never changes' USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM assurance.inspections i
                  WHERE i.tenant_id = NEW.tenant_id AND i.id = NEW.inspection_id
                    AND i.stage IN ('fieldwork', 'draft', 'factual_accuracy')) THEN
    RAISE EXCEPTION 'findings can be written only from fieldwork to factual accuracy' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER findings_frozen BEFORE INSERT OR UPDATE OR DELETE ON assurance.findings
  FOR EACH ROW EXECUTE FUNCTION assurance.refuse_frozen_finding();
