CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"notification_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notification_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"email" text,
	"email_enabled" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "resource_access_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"resource_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"requester_user_id" uuid NOT NULL,
	"requester_organisation_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_adoptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"resource_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"adopter_name" text NOT NULL,
	"adopter_credit_code" text,
	"adopter_organisation_id" uuid,
	"adopted_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY NOT NULL,
	"center_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"provider_name" text NOT NULL,
	"provider_credit_code" text,
	"industry_codes" text[] NOT NULL,
	"scenarios" text[] NOT NULL,
	"region_codes" text[] NOT NULL,
	"price_model" text NOT NULL,
	"price_fen" integer,
	"access" text NOT NULL,
	"status" text NOT NULL,
	"release_version" text DEFAULT '' NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"grade" text,
	"grade_score" real,
	"infrastructure_subkind" text,
	"reuse_count" integer DEFAULT 0 NOT NULL,
	"deployment_count" integer DEFAULT 0 NOT NULL,
	"search_vector" "tsvector" NOT NULL,
	"import_batch_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_settings" ADD CONSTRAINT "notification_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_access_requests" ADD CONSTRAINT "resource_access_requests_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_access_requests" ADD CONSTRAINT "resource_access_requests_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_access_requests" ADD CONSTRAINT "resource_access_requests_requester_user_id_users_id_fk" FOREIGN KEY ("requester_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_access_requests" ADD CONSTRAINT "resource_access_requests_requester_organisation_id_organisations_id_fk" FOREIGN KEY ("requester_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_access_requests" ADD CONSTRAINT "resource_access_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_adoptions" ADD CONSTRAINT "resource_adoptions_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_adoptions" ADD CONSTRAINT "resource_adoptions_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_adoptions" ADD CONSTRAINT "resource_adoptions_adopter_organisation_id_organisations_id_fk" FOREIGN KEY ("adopter_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_adoptions" ADD CONSTRAINT "resource_adoptions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "resource_access_requests_center_idx" ON "resource_access_requests" USING btree ("center_id","status");--> statement-breakpoint
CREATE INDEX "resource_access_requests_requester_idx" ON "resource_access_requests" USING btree ("resource_id","requester_user_id");--> statement-breakpoint
CREATE INDEX "resource_adoptions_resource_idx" ON "resource_adoptions" USING btree ("resource_id");--> statement-breakpoint
CREATE INDEX "resource_adoptions_center_idx" ON "resource_adoptions" USING btree ("center_id","adopted_on");--> statement-breakpoint
CREATE INDEX "resources_search_idx" ON "resources" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "resources_industries_idx" ON "resources" USING gin ("industry_codes");--> statement-breakpoint
CREATE INDEX "resources_scenarios_idx" ON "resources" USING gin ("scenarios");--> statement-breakpoint
CREATE INDEX "resources_regions_idx" ON "resources" USING gin ("region_codes");--> statement-breakpoint
CREATE INDEX "resources_center_idx" ON "resources" USING btree ("center_id","updated_at");--> statement-breakpoint
CREATE INDEX "resources_published_idx" ON "resources" USING btree ("published_at") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "resources_reuse_idx" ON "resources" USING btree ((reuse_count + deployment_count)) WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "resources_provider_idx" ON "resources" USING btree ("provider_name");