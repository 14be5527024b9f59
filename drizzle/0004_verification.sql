CREATE TABLE "verification_challenge_workloads" (
	"challenge_id" integer NOT NULL,
	"workload_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"problems" jsonb,
	"record" jsonb,
	"salt" text,
	"answered_at" timestamp with time zone,
	"answered_by" integer,
	CONSTRAINT "verification_challenge_workloads_challenge_id_workload_id_pk" PRIMARY KEY("challenge_id","workload_id")
);
--> statement-breakpoint
CREATE TABLE "verification_challenges" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "verification_challenges_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"facility_id" text NOT NULL,
	"issued_by" integer,
	"issued_at" timestamp with time zone NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"sample_size" integer,
	"seed_hex" text,
	"tree_size" bigint,
	"sequence_from" integer,
	"sequence_to" integer,
	"sample_candidates" jsonb,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "verification_facilities" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"operator" text NOT NULL,
	"jurisdiction" text NOT NULL,
	"inventory" jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_facility_keys" (
	"key_id" text PRIMARY KEY NOT NULL,
	"facility_id" text NOT NULL,
	"public_key_pem" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "verification_facility_operators" (
	"facility_id" text NOT NULL,
	"user_id" integer NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verification_facility_operators_facility_id_user_id_pk" PRIMARY KEY("facility_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "verification_reports" (
	"facility_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"metered_accelerator_hours" double precision NOT NULL,
	"energy_kwh" double precision NOT NULL,
	"declared_accelerator_hours" double precision NOT NULL,
	"workload_count" integer NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL,
	"report_sha256" text NOT NULL,
	"log_index" bigint NOT NULL,
	"submitted_by" integer,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verification_reports_facility_id_sequence_pk" PRIMARY KEY("facility_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "verification_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"developer" text NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"expected_flop" double precision NOT NULL,
	"licence_ref" text,
	"declared_by" integer,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_settings" (
	"id" smallint PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_workloads" (
	"facility_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"position" integer NOT NULL,
	"workload_id" text NOT NULL,
	"class" text NOT NULL,
	"accelerator_hours" double precision NOT NULL,
	"utilization" double precision NOT NULL,
	"run_id" text,
	"accelerator" text,
	"commitment" text NOT NULL,
	CONSTRAINT "verification_workloads_facility_id_sequence_position_pk" PRIMARY KEY("facility_id","sequence","position")
);
--> statement-breakpoint
ALTER TABLE "verification_challenge_workloads" ADD CONSTRAINT "verification_challenge_workloads_challenge_id_verification_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."verification_challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_challenge_workloads" ADD CONSTRAINT "verification_challenge_workloads_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_challenges" ADD CONSTRAINT "verification_challenges_facility_id_verification_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."verification_facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_challenges" ADD CONSTRAINT "verification_challenges_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_facilities" ADD CONSTRAINT "verification_facilities_jurisdiction_states_iso3_fk" FOREIGN KEY ("jurisdiction") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_facilities" ADD CONSTRAINT "verification_facilities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_facility_keys" ADD CONSTRAINT "verification_facility_keys_facility_id_verification_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."verification_facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_facility_operators" ADD CONSTRAINT "verification_facility_operators_facility_id_verification_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."verification_facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_facility_operators" ADD CONSTRAINT "verification_facility_operators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_reports" ADD CONSTRAINT "verification_reports_facility_id_verification_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."verification_facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_reports" ADD CONSTRAINT "verification_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_runs" ADD CONSTRAINT "verification_runs_declared_by_users_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "verification_challenges_facility_idx" ON "verification_challenges" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "verification_challenges_status_idx" ON "verification_challenges" USING btree ("status");--> statement-breakpoint
CREATE INDEX "verification_facility_keys_facility_idx" ON "verification_facility_keys" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "verification_facility_operators_user_idx" ON "verification_facility_operators" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "verification_workloads_facility_workload_idx" ON "verification_workloads" USING btree ("facility_id","workload_id");