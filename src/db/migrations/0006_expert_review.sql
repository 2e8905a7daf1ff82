CREATE TABLE "conflict_declarations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"declared_by" text NOT NULL,
	"expert_user_id" uuid,
	"application_id" uuid,
	"organisation_credit_code" text,
	"organisation_name" text,
	"reason" text DEFAULT '' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_employments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"expert_user_id" uuid NOT NULL,
	"organisation_credit_code" text NOT NULL,
	"organisation_name" text NOT NULL,
	"from_date" date,
	"to_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"panel_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"expert_user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"fields" text[] NOT NULL,
	"status_note" text DEFAULT '' NOT NULL,
	"invited_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_defenses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"location" text NOT NULL,
	"participants" text[] NOT NULL,
	"presenters" text[] NOT NULL,
	"minutes" text NOT NULL,
	"attachments" jsonb NOT NULL,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"status" text NOT NULL,
	"phase" text NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"params" jsonb NOT NULL,
	"result" jsonb,
	"error" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "review_panels" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"status" text NOT NULL,
	"panel_size" integer NOT NULL,
	"required_fields" text[] NOT NULL,
	"needs_reassignment" boolean DEFAULT false NOT NULL,
	"notes" jsonb NOT NULL,
	"evidence_values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by_user_id" uuid,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_site_visits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"participants" text[] NOT NULL,
	"findings" text NOT NULL,
	"conclusion" text NOT NULL,
	"photos" jsonb NOT NULL,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_sheet_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assignment_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"expert_user_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"kind" text NOT NULL,
	"pack_id" text NOT NULL,
	"scores" jsonb NOT NULL,
	"overall" double precision,
	"recommendation" text,
	"comment" text DEFAULT '' NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD CONSTRAINT "conflict_declarations_expert_user_id_users_id_fk" FOREIGN KEY ("expert_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD CONSTRAINT "conflict_declarations_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD CONSTRAINT "conflict_declarations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_employments" ADD CONSTRAINT "expert_employments_expert_user_id_users_id_fk" FOREIGN KEY ("expert_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_panel_id_review_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."review_panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_expert_user_id_users_id_fk" FOREIGN KEY ("expert_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_defenses" ADD CONSTRAINT "review_defenses_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_defenses" ADD CONSTRAINT "review_defenses_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_jobs" ADD CONSTRAINT "review_jobs_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_jobs" ADD CONSTRAINT "review_jobs_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_panels" ADD CONSTRAINT "review_panels_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_panels" ADD CONSTRAINT "review_panels_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_panels" ADD CONSTRAINT "review_panels_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_site_visits" ADD CONSTRAINT "review_site_visits_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_site_visits" ADD CONSTRAINT "review_site_visits_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheet_versions" ADD CONSTRAINT "score_sheet_versions_assignment_id_review_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."review_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheet_versions" ADD CONSTRAINT "score_sheet_versions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheet_versions" ADD CONSTRAINT "score_sheet_versions_expert_user_id_users_id_fk" FOREIGN KEY ("expert_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conflict_declarations_expert_idx" ON "conflict_declarations" USING btree ("expert_user_id");--> statement-breakpoint
CREATE INDEX "conflict_declarations_application_idx" ON "conflict_declarations" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "expert_employments_expert_idx" ON "expert_employments" USING btree ("expert_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_assignments_seat_idx" ON "review_assignments" USING btree ("panel_id","expert_user_id");--> statement-breakpoint
CREATE INDEX "review_assignments_expert_idx" ON "review_assignments" USING btree ("expert_user_id","status");--> statement-breakpoint
CREATE INDEX "review_assignments_application_idx" ON "review_assignments" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "review_assignments_call_idx" ON "review_assignments" USING btree ("call_id","expert_user_id");--> statement-breakpoint
CREATE INDEX "review_defenses_application_idx" ON "review_defenses" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "review_jobs_call_idx" ON "review_jobs" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_panels_application_idx" ON "review_panels" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "review_panels_call_idx" ON "review_panels" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "review_panels_region_idx" ON "review_panels" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "review_site_visits_application_idx" ON "review_site_visits" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "score_sheet_versions_no_idx" ON "score_sheet_versions" USING btree ("assignment_id","version_no");--> statement-breakpoint
CREATE INDEX "score_sheet_versions_application_idx" ON "score_sheet_versions" USING btree ("application_id");