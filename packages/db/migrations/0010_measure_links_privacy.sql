-- A programme owner used to see every golden-thread link of an organisation enrolled in its
-- programmes, including links between that organisation's own local measures (their ids). It
-- now sees an enrolled organisation's links only where they lead into one of its own measures,
-- which is what it needs to drill down from a national measure.
DROP POLICY IF EXISTS measure_links_read ON measures.measure_links;
--> statement-breakpoint
CREATE POLICY measure_links_read ON measures.measure_links FOR SELECT TO qms_app USING (
  tenant_id = platform.current_tenant()
  OR (tenant_id = ANY (platform.readable_tenants()) AND to_measure_tenant_id = platform.current_tenant())
  OR measures.is_published_to_current(tenant_id, from_measure_id)
);
