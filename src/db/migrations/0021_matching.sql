CREATE TABLE "demand_invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"demand_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"provider_name" text NOT NULL,
	"provider_credit_code" text,
	"score" real NOT NULL,
	"explanation" jsonb NOT NULL,
	"status" text NOT NULL,
	"answer_note" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"agreement_amount_fen" bigint,
	"agreed_on" date,
	"service_record_id" uuid,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demands" (
	"id" uuid PRIMARY KEY NOT NULL,
	"center_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"posted_by" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"industry_code" text NOT NULL,
	"scenarios" text[] DEFAULT '{}'::text[] NOT NULL,
	"region_code" text NOT NULL,
	"budget_min_fen" bigint,
	"budget_max_fen" bigint,
	"deadline" date NOT NULL,
	"contact_visibility" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"status" text NOT NULL,
	"moderation_note" text,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"outcome" text,
	"outcome_note" text,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "demand_invitations" ADD CONSTRAINT "demand_invitations_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_invitations" ADD CONSTRAINT "demand_invitations_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_invitations" ADD CONSTRAINT "demand_invitations_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_invitations" ADD CONSTRAINT "demand_invitations_service_record_id_service_records_id_fk" FOREIGN KEY ("service_record_id") REFERENCES "public"."service_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_invitations" ADD CONSTRAINT "demand_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "demand_invitations_demand_idx" ON "demand_invitations" USING btree ("demand_id");--> statement-breakpoint
CREATE INDEX "demand_invitations_provider_idx" ON "demand_invitations" USING btree ("provider_credit_code");--> statement-breakpoint
CREATE INDEX "demands_center_status_idx" ON "demands" USING btree ("center_id","status");--> statement-breakpoint
CREATE INDEX "demands_organisation_idx" ON "demands" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "demands_region_industry_idx" ON "demands" USING btree ("region_code","industry_code");