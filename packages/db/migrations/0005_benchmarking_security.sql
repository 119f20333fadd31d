-- Row-level security for the benchmarking service. Written by hand (see 0001_security.sql).
--
-- A benchmark run belongs to the programme's owner, who reads and writes its runs. An organisation
-- actively enrolled in the programme may read the programme's published runs, and only through the
-- anonymised peer view (the handler replaces peers' identities with pseudonyms). Runs are never
-- deleted, and a published run never changes (trigger below, whatever the caller).

GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA benchmarking TO qms_app;
--> statement-breakpoint

ALTER TABLE benchmarking.benchmark_runs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE benchmarking.benchmark_runs FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY benchmark_runs_read ON benchmarking.benchmark_runs FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant()
  OR (status = 'published' AND EXISTS (
        SELECT 1 FROM tenancy.enrolments e
         WHERE e.tenant_id = benchmark_runs.tenant_id AND e.programme_id = benchmark_runs.programme_id
           AND e.organisation_id = platform.current_tenant() AND e.status = 'active'))
);
--> statement-breakpoint
CREATE POLICY benchmark_runs_insert ON benchmarking.benchmark_runs FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY benchmark_runs_update ON benchmarking.benchmark_runs FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
-- A run is a snapshot: its inputs, method and results never change once recorded, and a published
-- run does not change at all. A draft may only move to published.
CREATE OR REPLACE FUNCTION benchmarking.refuse_run_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'benchmark runs are never deleted' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'a published benchmark run is immutable; compute a new run' USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW.tenant_id, NEW.id, NEW.programme_id, NEW.measure_id, NEW.measure_version_id, NEW.period_spec, NEW.period_from,
      NEW.period_to, NEW.peer_group, NEW.method, NEW.engine_version, NEW.inputs, NEW.inputs_hash, NEW.results,
      NEW.results_hash, NEW.organisation_count, NEW.input_count, NEW.pseudonym_key, NEW.created_by, NEW.created_at)
     IS DISTINCT FROM
     (OLD.tenant_id, OLD.id, OLD.programme_id, OLD.measure_id, OLD.measure_version_id, OLD.period_spec, OLD.period_from,
      OLD.period_to, OLD.peer_group, OLD.method, OLD.engine_version, OLD.inputs, OLD.inputs_hash, OLD.results,
      OLD.results_hash, OLD.organisation_count, OLD.input_count, OLD.pseudonym_key, OLD.created_by, OLD.created_at) THEN
    RAISE EXCEPTION 'a benchmark run''s inputs, method and results never change; compute a new run'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER benchmark_runs_immutable BEFORE UPDATE OR DELETE ON benchmarking.benchmark_runs
  FOR EACH ROW EXECUTE FUNCTION benchmarking.refuse_run_change();
--> statement-breakpoint
-- Reading a programme's data for a run. Row-level security on observations and organisations
-- evaluates its policy functions row by row (a 500-organisation programme × 12 months took over a
-- second); these narrow look-ups apply the same rule once, for one programme: the caller must own
-- the programme, the measure must be published to it, and only organisations actively enrolled in
-- it are returned. Stricter than the table policies (one programme, not all of the owner's).
CREATE OR REPLACE FUNCTION benchmarking.programme_observations(p_programme uuid, p_measure uuid, p_from date, p_to date)
  RETURNS TABLE (id uuid, organisation_id uuid, period_start date, revision integer, numerator double precision,
                 denominator double precision, expected double precision, value double precision)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT o.id, o.tenant_id, o.period_start, o.revision, o.numerator, o.denominator, o.expected, o.value
    FROM measures.observations o
    JOIN tenancy.enrolments e
      ON e.tenant_id = platform.current_tenant() AND e.programme_id = p_programme
     AND e.organisation_id = o.tenant_id AND e.status = 'active'
   WHERE o.measure_tenant_id = platform.current_tenant() AND o.measure_id = p_measure
     AND o.unit_id IS NULL AND o.is_current AND o.period_start BETWEEN p_from AND p_to
     AND EXISTS (SELECT 1 FROM measures.programme_measures pm
                  WHERE pm.tenant_id = platform.current_tenant() AND pm.programme_id = p_programme
                    AND pm.measure_id = p_measure AND pm.withdrawn_at IS NULL)
   ORDER BY o.tenant_id, o.period_start
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION benchmarking.programme_members(p_programme uuid)
  RETURNS TABLE (id uuid, name text, kind text, attributes jsonb)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT org.tenant_id, org.name, org.kind::text, org.attributes
    FROM tenancy.enrolments e
    JOIN tenancy.organisations org ON org.tenant_id = e.organisation_id
   WHERE e.tenant_id = platform.current_tenant() AND e.programme_id = p_programme AND e.status = 'active'
   ORDER BY org.tenant_id
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION benchmarking.programme_observations(uuid, uuid, date, date), benchmarking.programme_members(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION benchmarking.programme_observations(uuid, uuid, date, date), benchmarking.programme_members(uuid) TO qms_app;
