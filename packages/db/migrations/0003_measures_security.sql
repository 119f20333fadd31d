-- Row-level security for the measures service. Written by hand (see 0001_security.sql).
--
-- Definitions: an organisation reads its own measures and those published to a programme it is
-- invited to or enrolled in. Data (observations, limit changes, annotations): an organisation
-- reads its own, and a programme's owner reads an enrolled organisation's data for the
-- programme's measures only while the enrolment is active.

CREATE OR REPLACE FUNCTION measures.is_published_to_current(p_owner uuid, p_measure uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM measures.programme_measures pm
      JOIN tenancy.enrolments e ON e.tenant_id = pm.tenant_id AND e.programme_id = pm.programme_id
     WHERE pm.tenant_id = p_owner AND pm.measure_id = p_measure AND pm.withdrawn_at IS NULL
       AND e.organisation_id = platform.current_tenant() AND e.status IN ('invited', 'active'))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION measures.is_programme_data_of_current(p_organisation uuid, p_owner uuid, p_measure uuid)
  RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT p_owner = platform.current_tenant() AND EXISTS (
    SELECT 1 FROM measures.programme_measures pm
      JOIN tenancy.enrolments e ON e.tenant_id = pm.tenant_id AND e.programme_id = pm.programme_id
     WHERE pm.tenant_id = p_owner AND pm.measure_id = p_measure AND pm.withdrawn_at IS NULL
       AND e.organisation_id = p_organisation AND e.status = 'active')
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION measures.is_published_to_current(uuid, uuid), measures.is_programme_data_of_current(uuid, uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION measures.is_published_to_current(uuid, uuid), measures.is_programme_data_of_current(uuid, uuid, uuid) TO qms_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA measures TO qms_app;
--> statement-breakpoint
-- Removing a measure from a set, or a link from the golden thread, is an edit, not erased history.
GRANT DELETE ON measures.measure_set_items, measures.measure_links TO qms_app;
--> statement-breakpoint

ALTER TABLE measures.measures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measures.measures FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY measures_read ON measures.measures FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant() OR measures.is_published_to_current(tenant_id, id));
--> statement-breakpoint
CREATE POLICY measures_insert ON measures.measures FOR INSERT TO qms_app WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY measures_update ON measures.measures FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE measures.measure_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measures.measure_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY measure_versions_read ON measures.measure_versions FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant() OR measures.is_published_to_current(tenant_id, measure_id));
--> statement-breakpoint
CREATE POLICY measure_versions_insert ON measures.measure_versions FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
-- Only drafts change, and only to move along their lifecycle once active (enforced again by
-- the trigger below, whatever the caller).
CREATE POLICY measure_versions_update ON measures.measure_versions FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE OR REPLACE FUNCTION measures.refuse_active_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'retired' THEN
    RAISE EXCEPTION 'a retired measure version cannot change' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'active' AND (NEW.status = 'active' OR
     (NEW.title, NEW.description, NEW.rationale, NEW.kind, NEW.value_type, NEW.multiplier, NEW.numerator_definition,
      NEW.denominator_definition, NEW.unit, NEW.periodicity, NEW.improvement_direction, NEW.targets, NEW.default_chart,
      NEW.rule_family, NEW.data_quality_rules, NEW.domains, NEW.benchmarking, NEW.owner)
     IS DISTINCT FROM
     (OLD.title, OLD.description, OLD.rationale, OLD.kind, OLD.value_type, OLD.multiplier, OLD.numerator_definition,
      OLD.denominator_definition, OLD.unit, OLD.periodicity, OLD.improvement_direction, OLD.targets, OLD.default_chart,
      OLD.rule_family, OLD.data_quality_rules, OLD.domains, OLD.benchmarking, OLD.owner)) THEN
    RAISE EXCEPTION 'an active measure version is immutable; create a new version' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER measure_versions_immutable BEFORE UPDATE ON measures.measure_versions
  FOR EACH ROW EXECUTE FUNCTION measures.refuse_active_version_change();
--> statement-breakpoint

ALTER TABLE measures.programme_measures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measures.programme_measures FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY programme_measures_read ON measures.programme_measures FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant()
  OR EXISTS (SELECT 1 FROM tenancy.enrolments e
              WHERE e.tenant_id = programme_measures.tenant_id AND e.programme_id = programme_measures.programme_id
                AND e.organisation_id = platform.current_tenant() AND e.status IN ('invited', 'active'))
);
--> statement-breakpoint
CREATE POLICY programme_measures_insert ON measures.programme_measures FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY programme_measures_update ON measures.programme_measures FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE measures.adoptions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measures.adoptions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY adoptions_read ON measures.adoptions FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant()
         OR (tenant_id = ANY (platform.readable_tenants()) AND measure_tenant_id = platform.current_tenant()));
--> statement-breakpoint
CREATE POLICY adoptions_insert ON measures.adoptions FOR INSERT TO qms_app WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY adoptions_update ON measures.adoptions FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE measures.measure_sets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measures.measure_sets FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY measure_sets_read ON measures.measure_sets FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant()
  OR (programme_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM tenancy.enrolments e
         WHERE e.tenant_id = measure_sets.tenant_id AND e.programme_id = measure_sets.programme_id
           AND e.organisation_id = platform.current_tenant() AND e.status IN ('invited', 'active')))
);
--> statement-breakpoint
CREATE POLICY measure_sets_insert ON measures.measure_sets FOR INSERT TO qms_app WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY measure_sets_update ON measures.measure_sets FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE measures.measure_set_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measures.measure_set_items FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- An item is visible exactly when its set is (the set's own policy decides).
CREATE POLICY measure_set_items_read ON measures.measure_set_items FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant()
  OR EXISTS (SELECT 1 FROM measures.measure_sets s WHERE s.tenant_id = measure_set_items.tenant_id AND s.id = measure_set_items.set_id)
);
--> statement-breakpoint
CREATE POLICY measure_set_items_write ON measures.measure_set_items FOR ALL TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE measures.measure_links ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measures.measure_links FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY measure_links_read ON measures.measure_links FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant()
  OR tenant_id = ANY (platform.readable_tenants())
  OR measures.is_published_to_current(tenant_id, from_measure_id)
);
--> statement-breakpoint
CREATE POLICY measure_links_write ON measures.measure_links FOR ALL TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE measures.submissions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measures.submissions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY submissions_tenant ON measures.submissions FOR ALL TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE measures.observations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measures.observations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY observations_read ON measures.observations FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant()
  OR (tenant_id = ANY (platform.readable_tenants())
      AND measures.is_programme_data_of_current(tenant_id, measure_tenant_id, measure_id))
);
--> statement-breakpoint
CREATE POLICY observations_insert ON measures.observations FOR INSERT TO qms_app WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
-- Only `is_current` moves when a new revision arrives; values are never rewritten (trigger below).
CREATE POLICY observations_update ON measures.observations FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE OR REPLACE FUNCTION measures.refuse_observation_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.measure_tenant_id, NEW.measure_id, NEW.measure_version_id, NEW.unit_id, NEW.period_start, NEW.revision,
      NEW.numerator, NEW.denominator, NEW.value, NEW.expected, NEW.status, NEW.late, NEW.submission_id, NEW.submitted_at)
     IS DISTINCT FROM
     (OLD.measure_tenant_id, OLD.measure_id, OLD.measure_version_id, OLD.unit_id, OLD.period_start, OLD.revision,
      OLD.numerator, OLD.denominator, OLD.value, OLD.expected, OLD.status, OLD.late, OLD.submission_id, OLD.submitted_at) THEN
    RAISE EXCEPTION 'observations are never rewritten; submit a new revision' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER observations_no_rewrite BEFORE UPDATE ON measures.observations
  FOR EACH ROW EXECUTE FUNCTION measures.refuse_observation_rewrite();
--> statement-breakpoint

ALTER TABLE measures.limit_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measures.limit_changes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY limit_changes_read ON measures.limit_changes FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant()
  OR (tenant_id = ANY (platform.readable_tenants())
      AND measures.is_programme_data_of_current(tenant_id, measure_tenant_id, measure_id))
);
--> statement-breakpoint
CREATE POLICY limit_changes_write ON measures.limit_changes FOR INSERT TO qms_app WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY limit_changes_update ON measures.limit_changes FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE measures.annotations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measures.annotations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY annotations_read ON measures.annotations FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant()
  OR (tenant_id = ANY (platform.readable_tenants())
      AND measures.is_programme_data_of_current(tenant_id, measure_tenant_id, measure_id))
);
--> statement-breakpoint
CREATE POLICY annotations_write ON measures.annotations FOR INSERT TO qms_app WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY annotations_update ON measures.annotations FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint

ALTER TABLE measures.submission_payloads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measures.submission_payloads FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY submission_payloads_tenant ON measures.submission_payloads FOR ALL TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
