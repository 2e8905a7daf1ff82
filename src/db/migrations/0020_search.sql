CREATE TABLE "search_misses" (
	"query" text PRIMARY KEY NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"first_seen_on" date NOT NULL,
	"last_seen_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_thesaurus_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"entries" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_thesaurus_versions_version_unique" UNIQUE("version")
);
--> statement-breakpoint
ALTER TABLE "search_thesaurus_versions" ADD CONSTRAINT "search_thesaurus_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_misses_last_seen_idx" ON "search_misses" USING btree ("last_seen_on","count");