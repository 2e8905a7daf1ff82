CREATE TABLE "center_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"center_id" uuid NOT NULL,
	"organisation_id" uuid,
	"credit_code" text NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "center_status_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"center_id" uuid NOT NULL,
	"status" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"reason" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid,
	"document_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"notice_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"name" text NOT NULL,
	"contact" text NOT NULL,
	"content" text NOT NULL,
	"attachment_file_ids" uuid[] NOT NULL,
	"status" text NOT NULL,
	"resolution" text,
	"resolved_by_user_id" uuid,
	"resolved_at" timestamp with time zone,
	"ip_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publicity_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"notice_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"center_name" text NOT NULL,
	"lead_organisation_id" uuid NOT NULL,
	"lead_organisation_name" text NOT NULL,
	"member_names" text[] NOT NULL,
	"level" text NOT NULL,
	"type" text,
	"kind" text,
	"direction" text,
	"region_code" text NOT NULL,
	"status" text NOT NULL,
	"center_id" uuid,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publicity_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"pack_id" text NOT NULL,
	"region_code" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"rule" jsonb NOT NULL,
	"status" text NOT NULL,
	"announced_on" date,
	"announcement_number" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "center_members" ADD CONSTRAINT "center_members_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "center_members" ADD CONSTRAINT "center_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "center_status_history" ADD CONSTRAINT "center_status_history_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_notice_id_publicity_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."publicity_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_entry_id_publicity_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."publicity_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_resolved_by_user_id_users_id_fk" FOREIGN KEY ("resolved_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_entries" ADD CONSTRAINT "publicity_entries_notice_id_publicity_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."publicity_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_entries" ADD CONSTRAINT "publicity_entries_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_entries" ADD CONSTRAINT "publicity_entries_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_entries" ADD CONSTRAINT "publicity_entries_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_notices" ADD CONSTRAINT "publicity_notices_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_notices" ADD CONSTRAINT "publicity_notices_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "center_members_center_idx" ON "center_members" USING btree ("center_id");--> statement-breakpoint
CREATE INDEX "center_status_history_center_idx" ON "center_status_history" USING btree ("center_id","from_date");--> statement-breakpoint
CREATE INDEX "objections_notice_idx" ON "objections" USING btree ("notice_id","status");--> statement-breakpoint
CREATE INDEX "publicity_entries_notice_idx" ON "publicity_entries" USING btree ("notice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "publicity_entries_notice_app_idx" ON "publicity_entries" USING btree ("notice_id","application_id");--> statement-breakpoint
CREATE INDEX "publicity_notices_region_idx" ON "publicity_notices" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "publicity_notices_call_idx" ON "publicity_notices" USING btree ("call_id");