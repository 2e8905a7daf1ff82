CREATE TABLE "monitoring_points" (
	"series_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_series" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"indicator" text NOT NULL,
	"unit" text NOT NULL,
	"region_code" text NOT NULL,
	"industry_code" text,
	"source" text NOT NULL,
	"merge_jan_feb" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_series_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "risk_warning_comments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"warning_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_warnings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"rule_id" text NOT NULL,
	"severity" text NOT NULL,
	"region_code" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"subject_name" text NOT NULL,
	"reason" jsonb NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"assignee_user_id" uuid,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"close_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "risk_warnings_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "target_actuals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pack_id" text NOT NULL,
	"target_id" text NOT NULL,
	"region_code" text NOT NULL,
	"value" double precision NOT NULL,
	"as_of" date NOT NULL,
	"source" text NOT NULL,
	"evidence" text NOT NULL,
	"import_file" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitoring_points" ADD CONSTRAINT "monitoring_points_series_id_monitoring_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."monitoring_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_series" ADD CONSTRAINT "monitoring_series_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_warning_comments" ADD CONSTRAINT "risk_warning_comments_warning_id_risk_warnings_id_fk" FOREIGN KEY ("warning_id") REFERENCES "public"."risk_warnings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_warning_comments" ADD CONSTRAINT "risk_warning_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_warnings" ADD CONSTRAINT "risk_warnings_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_warnings" ADD CONSTRAINT "risk_warnings_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_warnings" ADD CONSTRAINT "risk_warnings_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_actuals" ADD CONSTRAINT "target_actuals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_points_series_period_idx" ON "monitoring_points" USING btree ("series_id","period");--> statement-breakpoint
CREATE INDEX "monitoring_series_region_idx" ON "monitoring_series" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "risk_warning_comments_warning_idx" ON "risk_warning_comments" USING btree ("warning_id","created_at");--> statement-breakpoint
CREATE INDEX "risk_warnings_region_status_idx" ON "risk_warnings" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "target_actuals_target_idx" ON "target_actuals" USING btree ("pack_id","target_id","as_of");