DROP INDEX "assurance"."action_notes_action_idx";--> statement-breakpoint
DROP INDEX "assurance"."actions_plan_idx";--> statement-breakpoint
DROP INDEX "assurance"."evidence_inspection_idx";--> statement-breakpoint
DROP INDEX "assurance"."findings_inspection_idx";--> statement-breakpoint
CREATE INDEX "benchmark_runs_id_idx" ON "benchmarking"."benchmark_runs" USING btree ("id");--> statement-breakpoint
CREATE INDEX "action_notes_action_idx" ON "assurance"."action_notes" USING btree ("tenant_id","action_id","id");--> statement-breakpoint
CREATE INDEX "actions_plan_idx" ON "assurance"."actions" USING btree ("tenant_id","plan_id","id");--> statement-breakpoint
CREATE INDEX "evidence_inspection_idx" ON "assurance"."evidence" USING btree ("tenant_id","inspection_id","id");--> statement-breakpoint
CREATE INDEX "findings_inspection_idx" ON "assurance"."findings" USING btree ("tenant_id","inspection_id","id");