CREATE TABLE "coalition_agenda_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_agenda_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"position" integer NOT NULL,
	"time" text,
	"title" text NOT NULL,
	"speaker" text
);
--> statement-breakpoint
CREATE TABLE "coalition_campaigns" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_campaigns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"currency" text NOT NULL,
	"goal_minor" bigint NOT NULL,
	"minimum_minor" bigint NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"outcome" text,
	"pledged_at_settlement_minor" bigint,
	"settled_at" timestamp with time zone,
	"settled_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coalition_contributions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_contributions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"contributed_on" date NOT NULL,
	"hundredth_hours" integer DEFAULT 0 NOT NULL,
	"amount_minor" bigint DEFAULT 0 NOT NULL,
	"currency" text,
	"description" text DEFAULT '' NOT NULL,
	"reverses_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coalition_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"place" text,
	"online_url" text,
	"capacity" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coalition_milestone_events" (
	"milestone_id" integer NOT NULL,
	"event_id" integer NOT NULL,
	CONSTRAINT "coalition_milestone_events_milestone_id_event_id_pk" PRIMARY KEY("milestone_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "coalition_milestones" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_milestones_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target_date" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coalition_organizations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_organizations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"country_iso3" text,
	"joined_on" date,
	"website" text,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coalition_organizations_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "coalition_outreach_interactions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_outreach_interactions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"target_id" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"channel" text NOT NULL,
	"summary" text NOT NULL,
	"next_action" text,
	"next_action_due" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coalition_outreach_stage_changes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_outreach_stage_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"target_id" integer NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" integer
);
--> statement-breakpoint
CREATE TABLE "coalition_outreach_targets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_outreach_targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"type" text NOT NULL,
	"category" text NOT NULL,
	"country_iso3" text,
	"priority" text DEFAULT 'medium' NOT NULL,
	"owner_id" integer,
	"stage" text DEFAULT 'identified' NOT NULL,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coalition_payment_records" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_payment_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"pledge_id" integer NOT NULL,
	"action" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"reference" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coalition_people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"organization_id" integer,
	"visibility" text DEFAULT 'public' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coalition_pledges" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_pledges_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"campaign_id" integer NOT NULL,
	"person_id" integer,
	"pledger_name" text,
	"pledger_email" text,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"status" text DEFAULT 'authorized' NOT NULL,
	"payment_reference" text,
	"pledged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coalition_registrations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_registrations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"status" text NOT NULL,
	"cancel_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "coalition_working_group_members" (
	"event_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	CONSTRAINT "coalition_working_group_members_event_id_person_id_pk" PRIMARY KEY("event_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "coalition_working_group_outputs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coalition_working_group_outputs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"published_on" date
);
--> statement-breakpoint
ALTER TABLE "coalition_agenda_items" ADD CONSTRAINT "coalition_agenda_items_event_id_coalition_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."coalition_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_contributions" ADD CONSTRAINT "coalition_contributions_person_id_coalition_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."coalition_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_contributions" ADD CONSTRAINT "coalition_contributions_reverses_id_coalition_contributions_id_fk" FOREIGN KEY ("reverses_id") REFERENCES "public"."coalition_contributions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_contributions" ADD CONSTRAINT "coalition_contributions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_milestone_events" ADD CONSTRAINT "coalition_milestone_events_milestone_id_coalition_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."coalition_milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_milestone_events" ADD CONSTRAINT "coalition_milestone_events_event_id_coalition_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."coalition_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_organizations" ADD CONSTRAINT "coalition_organizations_country_iso3_states_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_outreach_interactions" ADD CONSTRAINT "coalition_outreach_interactions_target_id_coalition_outreach_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."coalition_outreach_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_outreach_interactions" ADD CONSTRAINT "coalition_outreach_interactions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_outreach_stage_changes" ADD CONSTRAINT "coalition_outreach_stage_changes_target_id_coalition_outreach_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."coalition_outreach_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_outreach_stage_changes" ADD CONSTRAINT "coalition_outreach_stage_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_outreach_targets" ADD CONSTRAINT "coalition_outreach_targets_country_iso3_states_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_outreach_targets" ADD CONSTRAINT "coalition_outreach_targets_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_payment_records" ADD CONSTRAINT "coalition_payment_records_pledge_id_coalition_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."coalition_pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_people" ADD CONSTRAINT "coalition_people_organization_id_coalition_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."coalition_organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_pledges" ADD CONSTRAINT "coalition_pledges_campaign_id_coalition_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."coalition_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_pledges" ADD CONSTRAINT "coalition_pledges_person_id_coalition_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."coalition_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_registrations" ADD CONSTRAINT "coalition_registrations_event_id_coalition_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."coalition_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_working_group_members" ADD CONSTRAINT "coalition_working_group_members_event_id_coalition_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."coalition_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_working_group_members" ADD CONSTRAINT "coalition_working_group_members_person_id_coalition_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."coalition_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_working_group_outputs" ADD CONSTRAINT "coalition_working_group_outputs_event_id_coalition_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."coalition_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coalition_agenda_items_event_idx" ON "coalition_agenda_items" USING btree ("event_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "coalition_contributions_reverses_idx" ON "coalition_contributions" USING btree ("reverses_id");--> statement-breakpoint
CREATE INDEX "coalition_contributions_funding_idx" ON "coalition_contributions" USING btree ("person_id","currency","hundredth_hours","amount_minor");--> statement-breakpoint
CREATE INDEX "coalition_outreach_interactions_target_idx" ON "coalition_outreach_interactions" USING btree ("target_id","occurred_on","id");--> statement-breakpoint
CREATE INDEX "coalition_outreach_stage_changes_target_idx" ON "coalition_outreach_stage_changes" USING btree ("target_id","id");--> statement-breakpoint
CREATE INDEX "coalition_outreach_targets_stage_idx" ON "coalition_outreach_targets" USING btree ("stage");--> statement-breakpoint
CREATE UNIQUE INDEX "coalition_payment_records_once_idx" ON "coalition_payment_records" USING btree ("pledge_id","action");--> statement-breakpoint
CREATE INDEX "coalition_pledges_campaign_idx" ON "coalition_pledges" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "coalition_registrations_event_idx" ON "coalition_registrations" USING btree ("event_id","status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "coalition_registrations_live_idx" ON "coalition_registrations" USING btree ("event_id","email") WHERE "coalition_registrations"."status" <> 'cancelled';