CREATE TABLE "change_filings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"center_id" uuid NOT NULL,
	"pack_id" text NOT NULL,
	"region_code" text NOT NULL,
	"operator_organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"change_date" date NOT NULL,
	"filed_on" date NOT NULL,
	"due_on" date NOT NULL,
	"late" boolean NOT NULL,
	"description" text NOT NULL,
	"old_name" text NOT NULL,
	"new_name" text,
	"operator_changed" boolean DEFAULT false NOT NULL,
	"direction_changed" boolean DEFAULT false NOT NULL,
	"evidence_file_ids" uuid[] DEFAULT '{}' NOT NULL,
	"status" text NOT NULL,
	"filed_by_user_id" uuid,
	"decided_on" date,
	"decided_by_user_id" uuid,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"center_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"reason" text NOT NULL,
	"evaluations" jsonb NOT NULL,
	"status" text NOT NULL,
	"recommended_on" date NOT NULL,
	"recommended_by_user_id" uuid,
	"withdrawn_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revocations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"center_id" uuid NOT NULL,
	"pack_id" text NOT NULL,
	"region_code" text NOT NULL,
	"center_level" text NOT NULL,
	"center_name" text NOT NULL,
	"lead_organisation_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"ground_id" text NOT NULL,
	"ground_description" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"facts" text DEFAULT '' NOT NULL,
	"ground_date" date NOT NULL,
	"evaluations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evidence_file_ids" uuid[] DEFAULT '{}' NOT NULL,
	"change_filing_id" uuid,
	"status" text NOT NULL,
	"proposed_on" date NOT NULL,
	"proposed_by_user_id" uuid,
	"decided_on" date,
	"decided_by_user_id" uuid,
	"decision_reason" text,
	"document_number" text,
	"revoked_on" date,
	"exit_on" date,
	"ban_ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "change_filings" ADD CONSTRAINT "change_filings_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_filings" ADD CONSTRAINT "change_filings_operator_organisation_id_organisations_id_fk" FOREIGN KEY ("operator_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_filings" ADD CONSTRAINT "change_filings_filed_by_user_id_users_id_fk" FOREIGN KEY ("filed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_filings" ADD CONSTRAINT "change_filings_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_recommended_by_user_id_users_id_fk" FOREIGN KEY ("recommended_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocations" ADD CONSTRAINT "revocations_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocations" ADD CONSTRAINT "revocations_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocations" ADD CONSTRAINT "revocations_proposed_by_user_id_users_id_fk" FOREIGN KEY ("proposed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocations" ADD CONSTRAINT "revocations_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_filings_region_idx" ON "change_filings" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "change_filings_center_idx" ON "change_filings" USING btree ("center_id","decided_on");--> statement-breakpoint
CREATE INDEX "recommendations_region_idx" ON "recommendations" USING btree ("region_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "recommendations_center_year_uq" ON "recommendations" USING btree ("center_id","year") WHERE status = 'submitted';--> statement-breakpoint
CREATE INDEX "revocations_region_idx" ON "revocations" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "revocations_lead_idx" ON "revocations" USING btree ("lead_organisation_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "revocations_open_per_center_uq" ON "revocations" USING btree ("center_id") WHERE status = 'proposed';