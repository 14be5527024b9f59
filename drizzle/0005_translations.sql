CREATE TABLE "assembly_translations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assembly_translations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"treaty_id" integer NOT NULL,
	"article_key" text NOT NULL,
	"language" text NOT NULL,
	"heading" text NOT NULL,
	"body" text NOT NULL,
	"source_version" integer NOT NULL,
	"source_hash" text NOT NULL,
	"translator_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assembly_motions" ADD COLUMN "languages" jsonb;--> statement-breakpoint
ALTER TABLE "assembly_treaties" ADD COLUMN "source_language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "assembly_translations" ADD CONSTRAINT "assembly_translations_treaty_id_assembly_treaties_id_fk" FOREIGN KEY ("treaty_id") REFERENCES "public"."assembly_treaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_translations" ADD CONSTRAINT "assembly_translations_translator_id_users_id_fk" FOREIGN KEY ("translator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assembly_translations_treaty_idx" ON "assembly_translations" USING btree ("treaty_id","language","article_key");