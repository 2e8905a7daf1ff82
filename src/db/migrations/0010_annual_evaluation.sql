CREATE TABLE "annual_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"center_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"due_on" date,
	"summary" text DEFAULT '' NOT NULL,
	"declared_values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_on" date,
	"submitted_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "center_evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"center_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"pack_id" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"rating" text,
	"proposal" jsonb,
	"findings" jsonb,
	"reason" text DEFAULT '' NOT NULL,
	"decided_on" date,
	"decided_by_user_id" uuid,
	"published_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "center_evaluations" ADD CONSTRAINT "center_evaluations_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "center_evaluations" ADD CONSTRAINT "center_evaluations_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_reports_center_year_uq" ON "annual_reports" USING btree ("center_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "center_evaluations_center_year_uq" ON "center_evaluations" USING btree ("center_id","year");--> statement-breakpoint
CREATE INDEX "center_evaluations_status_idx" ON "center_evaluations" USING btree ("status","year");