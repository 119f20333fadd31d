-- Inspected units. Written by hand (see 0013_assurance_evidence_security.sql).
--
-- An inspection may cover some units of the inspected organisation (assurance.inspections.unit_ids,
-- migration 0012). The inspecting organisation cannot read another organisation's units (RLS on
-- tenancy.units), so it checks the ids it names through this narrow SECURITY DEFINER helper:
-- which of them are NOT units of that organisation. It reveals nothing but that, for ids the
-- caller already holds.
CREATE OR REPLACE FUNCTION assurance.units_outside(p_organisation uuid, p_units uuid[]) RETURNS uuid[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT coalesce(array_agg(u.id), '{}'::uuid[])
    FROM unnest(p_units) AS u(id)
   WHERE NOT EXISTS (SELECT 1 FROM tenancy.units t WHERE t.tenant_id = p_organisation AND t.id = u.id)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION assurance.units_outside(uuid, uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION assurance.units_outside(uuid, uuid[]) TO qms_app;
