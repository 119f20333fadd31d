DROP INDEX "measures"."observations_series_idx";--> statement-breakpoint
DROP INDEX "measures"."observations_programme_idx";--> statement-breakpoint
CREATE INDEX "observations_series_idx" ON "measures"."observations" USING btree ("tenant_id","measure_id","unit_id","period_start") WHERE is_current;--> statement-breakpoint
CREATE INDEX "observations_programme_idx" ON "measures"."observations" USING btree ("measure_tenant_id","measure_id","period_start") WHERE is_current;