-- Row-level security and triggers for action plans. Written by hand (see 0009_assurance_security.sql).
--
-- An action plan, its actions and their progress notes belong to the INSPECTED organisation
-- (tenant_id), which reads and writes them. The inspecting organisation (inspection_tenant_id)
-- reads them and may change one thing only: a completed action becomes verified. The policies
-- let each side see its rows; the trigger decides what each side may change, so a handler bug
-- cannot let the regulator rewrite a plan or the organisation verify its own action. Nothing is
-- deleted; notes are append-only; a verified action is final.
--
-- The inspected organisation also reads the measure bindings of the framework version its
-- inspection pins (as 0013 lets it read the version and its nodes), so that it can see which of
-- its measures the assurance relies on (the alignment report).

GRANT SELECT, INSERT, UPDATE ON assurance.action_plans, assurance.actions TO qms_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON assurance.action_notes TO qms_app;
--> statement-breakpoint

CREATE POLICY measure_bindings_inspected ON assurance.measure_bindings FOR SELECT TO qms_app
  USING (assurance.version_pinned_for_current(tenant_id, version_id));
--> statement-breakpoint

ALTER TABLE assurance.action_plans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.action_plans FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY action_plans_read ON assurance.action_plans FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant() OR inspection_tenant_id = platform.current_tenant());
--> statement-breakpoint
-- A plan answers a published report: the organisation must be the one inspected, and the
-- inspection published or closed (the inspections_read policy lets the organisation see it).
CREATE POLICY action_plans_insert ON assurance.action_plans FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant() AND EXISTS (
    SELECT 1 FROM assurance.inspections i
     WHERE i.tenant_id = action_plans.inspection_tenant_id AND i.id = action_plans.inspection_id
       AND i.organisation_id = platform.current_tenant() AND i.stage IN ('published', 'closed')));
--> statement-breakpoint
CREATE POLICY action_plans_update ON assurance.action_plans FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE OR REPLACE FUNCTION assurance.guard_action_plan_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'action plans are never deleted' USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW.tenant_id, NEW.id, NEW.inspection_tenant_id, NEW.inspection_id, NEW.created_by, NEW.created_at)
     IS DISTINCT FROM (OLD.tenant_id, OLD.id, OLD.inspection_tenant_id, OLD.inspection_id, OLD.created_by, OLD.created_at) THEN
    RAISE EXCEPTION 'an action plan''s inspection never changes' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER action_plans_guard BEFORE UPDATE OR DELETE ON assurance.action_plans
  FOR EACH ROW EXECUTE FUNCTION assurance.guard_action_plan_change();
--> statement-breakpoint

ALTER TABLE assurance.actions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.actions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY actions_read ON assurance.actions FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant() OR inspection_tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY actions_insert ON assurance.actions FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
-- Both sides may update; the trigger below limits the inspecting side to verifying.
CREATE POLICY actions_update ON assurance.actions FOR UPDATE TO qms_app
  USING (tenant_id = platform.current_tenant() OR inspection_tenant_id = platform.current_tenant())
  WITH CHECK (tenant_id = platform.current_tenant() OR inspection_tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE OR REPLACE FUNCTION assurance.guard_action_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- Null when the owner writes (migrations, seed); the application always has a tenant.
  actor uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'actions are never deleted' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'open' OR NEW.verified_at IS NOT NULL OR NEW.verified_by IS NOT NULL THEN
      RAISE EXCEPTION 'a new action is open' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM assurance.action_plans p
                    WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.plan_id
                      AND p.inspection_tenant_id = NEW.inspection_tenant_id) THEN
      RAISE EXCEPTION 'an action''s inspecting organisation is its plan''s' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.tenant_id, NEW.id, NEW.plan_id, NEW.inspection_tenant_id, NEW.created_by, NEW.created_at)
     IS DISTINCT FROM (OLD.tenant_id, OLD.id, OLD.plan_id, OLD.inspection_tenant_id, OLD.created_by, OLD.created_at) THEN
    RAISE EXCEPTION 'an action''s plan never changes' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'verified' THEN
    RAISE EXCEPTION 'a verified action is final' USING ERRCODE = 'check_violation';
  END IF;
  IF actor IS NOT NULL AND actor = NEW.inspection_tenant_id AND actor <> NEW.tenant_id THEN
    -- The inspecting organisation verifies a completed action and changes nothing else.
    IF NOT (OLD.status = 'completed' AND NEW.status = 'verified') OR
       (NEW.title, NEW.description, NEW.finding_ids, NEW.owner_kind, NEW.owner_subject, NEW.owner_unit_id,
        NEW.due_on, NEW.evidence_references, NEW.verification_rule, NEW.started_at, NEW.completed_at,
        NEW.verification_at_completion)
       IS DISTINCT FROM
       (OLD.title, OLD.description, OLD.finding_ids, OLD.owner_kind, OLD.owner_subject, OLD.owner_unit_id,
        OLD.due_on, OLD.evidence_references, OLD.verification_rule, OLD.started_at, OLD.completed_at,
        OLD.verification_at_completion) THEN
      RAISE EXCEPTION 'the inspecting organisation may only verify a completed action' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  -- The organisation moves its actions along, but never verifies them.
  IF NEW.status = 'verified' OR (NEW.verified_at, NEW.verified_by) IS DISTINCT FROM (OLD.verified_at, OLD.verified_by) THEN
    RAISE EXCEPTION 'only the inspecting organisation verifies an action' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status <> OLD.status AND (OLD.status, NEW.status) NOT IN
     (('open', 'in_progress'), ('in_progress', 'completed'), ('completed', 'in_progress')) THEN
    RAISE EXCEPTION 'an action cannot go from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER actions_guard BEFORE INSERT OR UPDATE OR DELETE ON assurance.actions
  FOR EACH ROW EXECUTE FUNCTION assurance.guard_action_change();
--> statement-breakpoint

ALTER TABLE assurance.action_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assurance.action_notes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY action_notes_read ON assurance.action_notes FOR SELECT TO qms_app
  USING (tenant_id = platform.current_tenant() OR inspection_tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE POLICY action_notes_insert ON assurance.action_notes FOR INSERT TO qms_app
  WITH CHECK (tenant_id = platform.current_tenant());
--> statement-breakpoint
CREATE OR REPLACE FUNCTION assurance.guard_action_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'progress notes are append-only' USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM assurance.actions a
                  WHERE a.tenant_id = NEW.tenant_id AND a.id = NEW.action_id
                    AND a.inspection_tenant_id = NEW.inspection_tenant_id) THEN
    RAISE EXCEPTION 'a note''s inspecting organisation is its action''s' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER action_notes_append_only BEFORE INSERT OR UPDATE OR DELETE ON assurance.action_notes
  FOR EACH ROW EXECUTE FUNCTION assurance.guard_action_note();
