-- A run's inputs are stored as columnar JSON text (`encodeRunInputs`), not parsed or compressed by
-- the database: storing a 6,000-input run as a jsonb array of objects took most of its creation
-- time. Runs recorded before keep their array form, which `decodeRunInputs` still reads.
ALTER TABLE "benchmarking"."benchmark_runs" ALTER COLUMN "inputs" SET DATA TYPE text USING "inputs"::text;
--> statement-breakpoint
ALTER TABLE "benchmarking"."benchmark_runs" ALTER COLUMN "inputs" SET STORAGE EXTERNAL;
