-- Row-level security and triggers for evidence, judgements, report versions and crosswalks, and
-- the inspection crossing into measure data. Written by hand (see 0009_assurance_security.sql).
--
-- Evidence, judgements and report versions belong to the inspecting organisation (tenant_id).
-- The inspected organisation reads an inspection's evidence and judgements, like its findings,
-- only from factual accuracy on (assurance.findings_shown_to_current), and every version of
-- its published report. Evidence and judgements are written from fieldwork to factual accuracy
-- and are frozen once the inspection is published; evidence is never changed, report versions
-- are never changed or deleted (an amendment adds a version). Crosswalks belong to the owner of
-- the frameworks they join.
--
-- The inspected organisation also reads the framework version its inspection pins (the version,
-- its rating scale and its nodes) once it can see the inspection, so it can understand its draft.
--
-- THE INSPECTION CROSSING INTO MEASURE DATA. Until now a regulator read no trust's measure data;
-- the only crossing was a programme owner reading enrolled organisations' data for programme
-- measures. A second, narrow crossing: the inspecting organisation reads the inspected
-- organisation's data (observations, limit changes, annotations, its adoption of the measure:
-- what SPC needs), and the definition of the measure (measure and measure versions), only for
-- measures bound to nodes of the inspection's pinned framework version, and only while that
-- inspection is in fieldwork, draft or factual accuracy. Before fieldwork and after publication
-- nothing crosses; what an inspector needs afterwards is in the frozen measure snapshots of its
-- evidence. The policies below decide this, through SECURITY DEFINER helpers that read
-- assurance.inspections and assurance.measure_bindings without recursing into their policies.

GRANT SELECT, INSERT ON assurance.evidence, assurance.report_versions TO qms_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON assurance.judgements TO qms_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON assurance.crosswalks TO qms_app;
--> statement-breakpoint

-- A published version's roll-up rule is part of its content.
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
      NEW.roll_up, NEW.published_at, NEW.created_at)
     IS DISTINCT FROM
     (OLD.tenant_id, OLD.id, OLD.framework_id, OLD.version, OLD.node_kinds, OLD.rating_scale, OLD.evidence_categories,
      OLD.roll_up, OLD.published_at, OLD.created_at)) THEN
    RAISE EXCEPTION 'a published framework version is immutable; import a new version' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint

-- The inspected units are part of a published inspection too.
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
     (NEW.type, NEW.title, NEW.team, NEW.unit_ids, NEW.starts_on, NEW.ends_on) IS DISTINCT FROM
     (OLD.type, OLD.title, OLD.team, OLD.unit_ids, OLD.starts_on, OLD.ends_on)) THEN
    RAISE EXCEPTION 'a published inspection is immutable' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint

-- Whether the current tenant is inspected against this framework version by an inspection it
-- can see (an unannounced one only from fieldwork on, as the inspections_read policy says).
CREATE OR REPLACE FUNCTION assurance.version_pinned_for_current(p_tenant uuid, p_version uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM assurance.inspections i
     WHERE i.tenant_id = p_tenant AND i.framework_version_id = p_version
       AND i.organisation_id = platform.current_tenant()
       AND NOT (i.type = 'unannounced' AND i.stage = 'planned'))
$$;
--> statement-breakpoint
-- Whether the current tenant inspects this organisation, in fieldwork, draft or factual accuracy,
-- against a framework version that binds this measure: the inspection crossing into data.
CREATE OR REPLACE FUNCTION assurance.measure_data_open_to_current(p_organisation uuid, p_measure_tenant uuid, p_measure uuid)
  RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM assurance.inspections i
      JOIN assurance.measure_bindings b ON b.tenant_id = i.tenant_id AND b.version_id = i.framework_version_id
     WHERE i.tenant_id = platform.current_tenant() AND i.organisation_id = p_organisation
       AND i.stage IN ('fieldwork', 'draft', 'factual_accuracy')
       AND b.measure_tenant_id = p_measure_tenant AND b.measure_id = p_measure)
$$;
--> statement-breakpoint
-- The same crossing for the measure's definition (which lives in its owner's tenant).
CREATE OR REPLACE FUNCTION assurance.measure_bound_for_current(p_measure_tenant uuid, p_measure uuid)
  RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM assurance.inspections i
      JOIN assurance.measure_bindings b ON b.tenant_id = i.tenant_id AND b.version_id = i.framework_version_id
     WHERE i.tenant_id = platform.current_tenant()
       AND i.stage IN ('fieldwork', 'draft', 'factual_accuracy')
       AND b.measure_tenant_id = p_measure_tenant AND b.measure_id = p_measure)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION assurance.version_pinned_for_current(uuid, uuid),
  assurance.measure_data_open_to_current(uuid, uuid, uuid),
  assurance.measure_bound_for_current(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION assurance.version_pinned_for_current(uuid, uuid),
  assurance.measure_data_open_to_current(uuid, uuid, uuid),
  assurance.measure_bound_for_current(uuid, uuid) TO qms_app;
--> statement-breakpoint

CREATE POLICY framework_versions_inspected ON assurance.framework_versions FOR SELECT TO qms_app
  USING (assurance.version_pinned_for_current(tenant_id, id));
--> statement-breakpoint
CREATE POLICY framework_nodes_inspected ON assurance.framework_nodes FOR SELECT TO qms_app
  USING (assurance.version_pinned_for_current(tenant_id, version_id));
--> statement-breakpoint

-- Permissive policies add to the existing ones (OR): the inspection crossing.
CREATE POLICY measures_read_inspection ON measures.measures FOR SELECT TO qms_app
  USING (assurance.measure_bound_for_current(tenant_id, id));
--> statement-breakpoint
CREATE POLICY measure_versions_read_inspection ON measures.measure_versions FOR SELECT TO qms_app
  USING (assurance.measure_bound_for_current(tenant_id, measure_id));
--> statement-breakpoint
CREATE POLICY observations_read_inspection ON measures.observations FOR SELECT TO qms_app
  USING (tenant_id <> platform.current_tenant()
         AND assurance.measure_data_open_to_current(tenant_id, measure_tenant_id, measure_id));
--> statement-breakpoint
CREATE POLICY limit_changes_read_inspection ON measures.limit_changes FOR SELECT TO qms_app
  USING (tenant_id <> platform.current_tenant()
         AND assurance.measure_data_open_to_current(tenant_id, measure_tenant_id, measure_id));
--> statement-breakpoint
CREATE POLICY annotations_read_inspection ON measures.annotations FOR SELECT TO qms_app
  USING (tenant_id <> platform.current_tenant()
         AND assurance.measure_data_open_to_current(tenant_id, measure_tenant_id, measure_id));
--> statement-breakpoint
CREATE POLICY adoptions_read_inspection ON measures.adoptions FOR SELECT TO qms_app
  USING (tenant_id <> platform.current_tenant()
         AND assurance.measure_data_open_to_current(tenant_id, measure_tenant_id, measure_id));
--> statement-breakpoint

-- Evidence, judgements (and findings, 0009) are written only while the inspection is being
-- worked on; a published report is frozen.
CREATE OR REPLACE FUNCTION assurance.refuse_frozen_inspection_work() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION '% are never deleted', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'evidence' THEN
    RAISE EXCEPTION 'evidence is never changed; capture new evidence' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' AND (NEW.tenant_id, NEW.id, NEW.inspection_id) IS DISTINCT FROM (OLD.tenant_id, OLD.id, OLD.inspection_id) THEN
    RAISE EXCEPTION 'a record''s inspection never changes' USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM assurance.inspections i
                  WHERE i.tenant_id = NEW.tenant_id AND i.id = NEW.inspection_id
                    AND i.stage IN ('fieldwork', 'draft', 'factual_accuracy')) THEN
    RAISE EXCEPTION '% can be written only from fieldwork to factual accuracy', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint

ALTER TABLE assurance.evidence ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.evidence FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY evidence_read ON assurance.evidence FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant() OR assurance.findings_shown_to_current(tenant_id, inspection_id));
--> statement-breakpoint
CREATE POLICY evidence_insert ON assurance.evidence FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE TRIGGER evidence_frozen BEFORE INSERT OR UPDATE OR DELETE ON assurance.evidence
  FOR EACH ROW EXECUTE FUNCTION assurance.refuse_frozen_inspection_work();
--> statement-breakpoint

ALTER TABLE assurance.judgements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.judgements FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY judgements_read ON assurance.judgements FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant() OR assurance.findings_shown_to_current(tenant_id, inspection_id));
--> statement-breakpoint
CREATE POLICY judgements_insert ON assurance.judgements FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY judgements_update ON assurance.judgements FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE TRIGGER judgements_frozen BEFORE INSERT OR UPDATE OR DELETE ON assurance.judgements
  FOR EACH ROW EXECUTE FUNCTION assurance.refuse_frozen_inspection_work();
--> statement-breakpoint

ALTER TABLE assurance.report_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.report_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY report_versions_read ON assurance.report_versions FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant() OR assurance.findings_shown_to_current(tenant_id, inspection_id));
--> statement-breakpoint
CREATE POLICY report_versions_insert ON assurance.report_versions FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
-- A report version is written when (or after) the inspection is published, and never changes.
CREATE OR REPLACE FUNCTION assurance.guard_report_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'report versions never change; amend the report to add a version' USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM assurance.inspections i
                  WHERE i.tenant_id = NEW.tenant_id AND i.id = NEW.inspection_id
                    AND i.stage IN ('published', 'closed')) THEN
    RAISE EXCEPTION 'only a published inspection has report versions' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER report_versions_guard BEFORE INSERT OR UPDATE OR DELETE ON assurance.report_versions
  FOR EACH ROW EXECUTE FUNCTION assurance.guard_report_version();
--> statement-breakpoint

ALTER TABLE assurance.crosswalks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.crosswalks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY crosswalks_owner ON assurance.crosswalks FOR ALL TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
