CREATE TABLE "log_entries" (
	"idx" bigint PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"subject" text,
	"canonical" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "log_keys" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "log_keys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"private_key_pem" text NOT NULL,
	"public_key" "bytea" NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "log_state" (
	"id" smallint PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"instance" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "log_tiles" (
	"tile_level" smallint NOT NULL,
	"tile_index" bigint NOT NULL,
	"width" integer NOT NULL,
	"nodes" "bytea" NOT NULL,
	CONSTRAINT "log_tiles_tile_level_tile_index_pk" PRIMARY KEY("tile_level","tile_index")
);
--> statement-breakpoint
CREATE INDEX "log_entries_subject_idx" ON "log_entries" USING btree ("subject");--> statement-breakpoint
CREATE INDEX "log_entries_kind_idx" ON "log_entries" USING btree ("kind");