CREATE TABLE "log_witness_progress" (
	"vkey" text PRIMARY KEY NOT NULL,
	"size" bigint,
	"cosignature" text,
	"cosigned_at" timestamp with time zone,
	"last_error" text,
	"failures" integer DEFAULT 0 NOT NULL,
	"next_try_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "log_witnessed_checkpoint" (
	"id" smallint PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"body" text NOT NULL,
	"log_signature" text NOT NULL,
	"cosignatures" text NOT NULL,
	"cosignature_count" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "log_witnesses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "log_witnesses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"vkey" text NOT NULL,
	"url" text NOT NULL,
	"participant_id" integer,
	"asked" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "log_witnesses_vkey_unique" UNIQUE("vkey")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "log_witnesses_participant_idx" ON "log_witnesses" USING btree ("participant_id");