CREATE TABLE "centers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"level" text NOT NULL,
	"type" text NOT NULL,
	"kind" text,
	"direction" text,
	"region_code" text NOT NULL,
	"industry_codes" text[] NOT NULL,
	"lead_organisation_id" uuid NOT NULL,
	"operator_organisation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"pack_id" text,
	"recognised_on" date,
	"summary" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "centers_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "centers" ADD CONSTRAINT "centers_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centers" ADD CONSTRAINT "centers_operator_organisation_id_organisations_id_fk" FOREIGN KEY ("operator_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "centers_region_idx" ON "centers" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "centers_operator_idx" ON "centers" USING btree ("operator_organisation_id");