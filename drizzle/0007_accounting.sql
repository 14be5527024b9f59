CREATE TABLE "verification_run_parts" (
	"run_id" text NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"facility_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"flop_before" double precision NOT NULL,
	"flop_after" double precision NOT NULL,
	"hours_after" double precision NOT NULL,
	"workload_count" integer NOT NULL,
	CONSTRAINT "verification_run_parts_run_id_period_end_facility_id_sequence_pk" PRIMARY KEY("run_id","period_end","facility_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "verification_run_totals" (
	"run_id" text PRIMARY KEY NOT NULL,
	"cumulative_flop" double precision DEFAULT 0 NOT NULL,
	"accelerator_hours" double precision DEFAULT 0 NOT NULL,
	"workload_count" integer DEFAULT 0 NOT NULL,
	"crossings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"report_ids" text DEFAULT '' NOT NULL,
	"facility_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"last_period_end" timestamp with time zone,
	"last_facility_id" text,
	"last_sequence" integer
);
