-- Published inspection reports reach the owners of programmes. Written by hand (see
-- 0009_assurance_security.sql).
--
-- A regulator publishes its inspection reports: they are public documents. So the owner of a
-- programme in which the inspected organisation is ACTIVELY enrolled reads (SELECT only) the
-- inspection once it is published or closed, its report versions (the report as published and
-- every amendment), and the measure bindings of the framework version it pins (which of the
-- programme's measures the report rests on: the alignment report). Nothing unpublished crosses:
-- no inspection before publication, no live judgements, findings or evidence (their policies are
-- unchanged; a published report's content is read from its report versions), and nothing once
-- the enrolment is withdrawn. The helpers are SECURITY DEFINER so that the policies read
-- inspections and enrolments without recursing into their policies.

-- Whether the current tenant owns a programme in which this organisation is actively enrolled.
CREATE OR REPLACE FUNCTION assurance.enrolled_with_current(p_organisation uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM tenancy.enrolments e
     WHERE e.tenant_id = platform.current_tenant() AND e.organisation_id = p_organisation
       AND e.status = 'active')
$$;
--> statement-breakpoint
-- Whether this inspection is published (or closed) and inspected an organisation actively
-- enrolled in a programme of the current tenant.
CREATE OR REPLACE FUNCTION assurance.report_published_to_current(p_tenant uuid, p_inspection uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM assurance.inspections i
      JOIN tenancy.enrolments e ON e.organisation_id = i.organisation_id
     WHERE i.tenant_id = p_tenant AND i.id = p_inspection
       AND i.stage IN ('published', 'closed')
       AND e.tenant_id = platform.current_tenant() AND e.status = 'active')
$$;
--> statement-breakpoint
-- Whether a published (or closed) inspection of an organisation actively enrolled in a programme
-- of the current tenant pins this framework version.
CREATE OR REPLACE FUNCTION assurance.version_reported_to_current(p_tenant uuid, p_version uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM assurance.inspections i
      JOIN tenancy.enrolments e ON e.organisation_id = i.organisation_id
     WHERE i.tenant_id = p_tenant AND i.framework_version_id = p_version
       AND i.stage IN ('published', 'closed')
       AND e.tenant_id = platform.current_tenant() AND e.status = 'active')
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION assurance.enrolled_with_current(uuid),
  assurance.report_published_to_current(uuid, uuid),
  assurance.version_reported_to_current(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION assurance.enrolled_with_current(uuid),
  assurance.report_published_to_current(uuid, uuid),
  assurance.version_reported_to_current(uuid, uuid) TO qms_app;
--> statement-breakpoint

-- Permissive SELECT policies add to the existing ones (OR); no write policy changes.
CREATE POLICY inspections_published_to_programme_owner ON assurance.inspections FOR SELECT TO qms_app
  USING (stage IN ('published', 'closed') AND assurance.enrolled_with_current(organisation_id));
--> statement-breakpoint
CREATE POLICY report_versions_published_to_programme_owner ON assurance.report_versions FOR SELECT TO qms_app
  USING (assurance.report_published_to_current(tenant_id, inspection_id));
--> statement-breakpoint
CREATE POLICY measure_bindings_published_to_programme_owner ON assurance.measure_bindings FOR SELECT TO qms_app
  USING (assurance.version_reported_to_current(tenant_id, version_id));
