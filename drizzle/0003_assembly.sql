CREATE TABLE "assembly_amendment_comments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assembly_amendment_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"amendment_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"participant_id" integer,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assembly_amendment_seconds" (
	"amendment_id" integer NOT NULL,
	"participant_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assembly_amendment_seconds_amendment_id_participant_id_pk" PRIMARY KEY("amendment_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "assembly_amendments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assembly_amendments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"treaty_id" integer NOT NULL,
	"participant_id" integer NOT NULL,
	"proposed_by" integer NOT NULL,
	"base_version" integer NOT NULL,
	"op" text NOT NULL,
	"article_key" text,
	"after_key" text,
	"heading" text,
	"body" text,
	"rationale" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"applied_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assembly_ballots" (
	"motion_id" integer NOT NULL,
	"participant_id" integer NOT NULL,
	"choice" text NOT NULL,
	"salt" text NOT NULL,
	"commitment" text NOT NULL,
	"user_id" integer NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assembly_ballots_motion_id_participant_id_pk" PRIMARY KEY("motion_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "assembly_motion_electorate" (
	"motion_id" integer NOT NULL,
	"participant_id" integer NOT NULL,
	"kind" text NOT NULL,
	"weight" double precision NOT NULL,
	CONSTRAINT "assembly_motion_electorate_motion_id_participant_id_pk" PRIMARY KEY("motion_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "assembly_motions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assembly_motions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"treaty_id" integer,
	"amendment_id" integer,
	"treaty_version" integer,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"frozen" jsonb,
	"closed_at" timestamp with time zone,
	"outcome" jsonb
);
--> statement-breakpoint
CREATE TABLE "assembly_participants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assembly_participants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"iso3" text,
	"name" text NOT NULL,
	"category" text,
	"status" text DEFAULT 'invited' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assembly_participants_iso3_unique" UNIQUE("iso3")
);
--> statement-breakpoint
CREATE TABLE "assembly_rules" (
	"id" smallint PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assembly_treaties" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assembly_treaties_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"current_version" integer NOT NULL,
	"next_article_key" integer NOT NULL,
	"entry_into_force" jsonb NOT NULL,
	"adopted_version" integer,
	"adopted_on" date,
	"adopted_by_motion" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assembly_treaty_acts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assembly_treaty_acts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"treaty_id" integer NOT NULL,
	"participant_id" integer NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assembly_treaty_versions" (
	"treaty_id" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"articles" jsonb NOT NULL,
	"amendment_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assembly_treaty_versions_treaty_id_number_pk" PRIMARY KEY("treaty_id","number")
);
--> statement-breakpoint
ALTER TABLE "assembly_amendment_comments" ADD CONSTRAINT "assembly_amendment_comments_amendment_id_assembly_amendments_id_fk" FOREIGN KEY ("amendment_id") REFERENCES "public"."assembly_amendments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_amendment_comments" ADD CONSTRAINT "assembly_amendment_comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_amendment_comments" ADD CONSTRAINT "assembly_amendment_comments_participant_id_assembly_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."assembly_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_amendment_seconds" ADD CONSTRAINT "assembly_amendment_seconds_amendment_id_assembly_amendments_id_fk" FOREIGN KEY ("amendment_id") REFERENCES "public"."assembly_amendments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_amendment_seconds" ADD CONSTRAINT "assembly_amendment_seconds_participant_id_assembly_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."assembly_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_amendment_seconds" ADD CONSTRAINT "assembly_amendment_seconds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_amendments" ADD CONSTRAINT "assembly_amendments_treaty_id_assembly_treaties_id_fk" FOREIGN KEY ("treaty_id") REFERENCES "public"."assembly_treaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_amendments" ADD CONSTRAINT "assembly_amendments_participant_id_assembly_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."assembly_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_amendments" ADD CONSTRAINT "assembly_amendments_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_ballots" ADD CONSTRAINT "assembly_ballots_motion_id_assembly_motions_id_fk" FOREIGN KEY ("motion_id") REFERENCES "public"."assembly_motions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_ballots" ADD CONSTRAINT "assembly_ballots_participant_id_assembly_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."assembly_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_ballots" ADD CONSTRAINT "assembly_ballots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_motion_electorate" ADD CONSTRAINT "assembly_motion_electorate_motion_id_assembly_motions_id_fk" FOREIGN KEY ("motion_id") REFERENCES "public"."assembly_motions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_motion_electorate" ADD CONSTRAINT "assembly_motion_electorate_participant_id_assembly_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."assembly_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_motions" ADD CONSTRAINT "assembly_motions_treaty_id_assembly_treaties_id_fk" FOREIGN KEY ("treaty_id") REFERENCES "public"."assembly_treaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_motions" ADD CONSTRAINT "assembly_motions_amendment_id_assembly_amendments_id_fk" FOREIGN KEY ("amendment_id") REFERENCES "public"."assembly_amendments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_motions" ADD CONSTRAINT "assembly_motions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_participants" ADD CONSTRAINT "assembly_participants_iso3_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_treaty_acts" ADD CONSTRAINT "assembly_treaty_acts_treaty_id_assembly_treaties_id_fk" FOREIGN KEY ("treaty_id") REFERENCES "public"."assembly_treaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_treaty_acts" ADD CONSTRAINT "assembly_treaty_acts_participant_id_assembly_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."assembly_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_treaty_acts" ADD CONSTRAINT "assembly_treaty_acts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_treaty_versions" ADD CONSTRAINT "assembly_treaty_versions_treaty_id_assembly_treaties_id_fk" FOREIGN KEY ("treaty_id") REFERENCES "public"."assembly_treaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assembly_amendment_comments_amendment_idx" ON "assembly_amendment_comments" USING btree ("amendment_id");--> statement-breakpoint
CREATE INDEX "assembly_amendments_treaty_idx" ON "assembly_amendments" USING btree ("treaty_id");--> statement-breakpoint
CREATE INDEX "assembly_motions_treaty_idx" ON "assembly_motions" USING btree ("treaty_id");--> statement-breakpoint
CREATE INDEX "assembly_motions_amendment_idx" ON "assembly_motions" USING btree ("amendment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assembly_participants_kind_name_idx" ON "assembly_participants" USING btree ("kind","name");--> statement-breakpoint
CREATE INDEX "assembly_participants_status_idx" ON "assembly_participants" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "assembly_treaty_acts_once_idx" ON "assembly_treaty_acts" USING btree ("treaty_id","participant_id","kind");