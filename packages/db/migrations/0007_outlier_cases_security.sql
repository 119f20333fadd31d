-- Row-level security for outlier cases. Written by hand (see 0005_benchmarking_security.sql).
--
-- An outlier case belongs to the programme's owner (tenant_id), who reads and writes all of its
-- programme's cases. The provider (organisation_id) reads its own cases and their history, and
-- may change a case only through its own transitions: responding to a notification and
-- acknowledging a confirmed outlier. The handler sets only the columns those transitions allow;
-- the policy and the trigger below hold the same line whatever the caller. The history is
-- append-only. Nothing is ever deleted.

GRANT SELECT, INSERT, UPDATE ON benchmarking.outlier_cases TO qms_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON benchmarking.outlier_case_events TO qms_app;
--> statement-breakpoint
ALTER TABLE benchmarking.outlier_cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE benchmarking.outlier_cases FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY outlier_cases_read ON benchmarking.outlier_cases FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant() OR organisation_id = platform.current_tenant()
);
--> statement-breakpoint
CREATE POLICY outlier_cases_insert ON benchmarking.outlier_cases FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY outlier_cases_owner_update ON benchmarking.outlier_cases FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
-- The provider's two transitions only: provider_notified → provider_responded, and
-- confirmed_notified → acknowledged.
CREATE POLICY outlier_cases_provider_update ON benchmarking.outlier_cases FOR UPDATE TO qms_app
  USING (organisation_id = platform.current_tenant() AND stage IN ('provider_notified', 'confirmed_notified'))
  WITH CHECK (organisation_id = platform.current_tenant() AND stage IN ('provider_responded', 'acknowledged'));
--> statement-breakpoint
CREATE OR REPLACE FUNCTION benchmarking.guard_outlier_case_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'outlier cases are never deleted' USING ERRCODE = 'check_violation';
  END IF;
  -- What a case is about never changes.
  IF (NEW.tenant_id, NEW.id, NEW.programme_id, NEW.measure_id, NEW.run_id, NEW.organisation_id, NEW.band, NEW.side,
      NEW.opened_by, NEW.created_at)
     IS DISTINCT FROM
     (OLD.tenant_id, OLD.id, OLD.programme_id, OLD.measure_id, OLD.run_id, OLD.organisation_id, OLD.band, OLD.side,
      OLD.opened_by, OLD.created_at) THEN
    RAISE EXCEPTION 'an outlier case''s run, organisation and band never change' USING ERRCODE = 'check_violation';
  END IF;
  -- The provider changes only its response and the stage bookkeeping. (No tenant set: a
  -- maintenance session of the database owner, which row-level security does not govern either.)
  IF nullif(current_setting('app.tenant_id', true), '') IS NOT NULL
     AND NEW.tenant_id::text <> current_setting('app.tenant_id', true) AND
     (NEW.escalated, NEW.outcome, NEW.regulator_notified, NEW.rerun_run_id)
     IS DISTINCT FROM (OLD.escalated, OLD.outcome, OLD.regulator_notified, OLD.rerun_run_id) THEN
    RAISE EXCEPTION 'the provider may only respond to or acknowledge an outlier case' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF nullif(current_setting('app.tenant_id', true), '') IS NOT NULL
     AND NEW.tenant_id::text <> current_setting('app.tenant_id', true)
     AND (OLD.stage, NEW.stage) NOT IN (('provider_notified', 'provider_responded'), ('confirmed_notified', 'acknowledged')) THEN
    RAISE EXCEPTION 'the provider may only respond to or acknowledge an outlier case' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER outlier_cases_guard BEFORE UPDATE OR DELETE ON benchmarking.outlier_cases
  FOR EACH ROW EXECUTE FUNCTION benchmarking.guard_outlier_case_change();
--> statement-breakpoint
ALTER TABLE benchmarking.outlier_case_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE benchmarking.outlier_case_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The history is visible to whoever sees the case (the sub-query is itself under the case policy).
CREATE POLICY outlier_case_events_read ON benchmarking.outlier_case_events FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant()
  OR EXISTS (SELECT 1 FROM benchmarking.outlier_cases c
              WHERE c.tenant_id = outlier_case_events.tenant_id AND c.id = outlier_case_events.case_id
                AND c.organisation_id = platform.current_tenant())
);
--> statement-breakpoint
CREATE POLICY outlier_case_events_append ON benchmarking.outlier_case_events FOR INSERT TO qms_app WITH CHECK (
  actor_tenant_id = platform.current_tenant()
  AND (tenant_id = platform.current_tenant()
       OR EXISTS (SELECT 1 FROM benchmarking.outlier_cases c
                   WHERE c.tenant_id = outlier_case_events.tenant_id AND c.id = outlier_case_events.case_id
                     AND c.organisation_id = platform.current_tenant()))
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION benchmarking.refuse_outlier_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the history of an outlier case is append-only' USING ERRCODE = 'check_violation';
END
$$;
--> statement-breakpoint
CREATE TRIGGER outlier_case_events_append_only BEFORE UPDATE OR DELETE ON benchmarking.outlier_case_events
  FOR EACH ROW EXECUTE FUNCTION benchmarking.refuse_outlier_event_change();
