ALTER TABLE "annual_reports" ADD COLUMN "overdue_notified_on" date;--> statement-breakpoint
ALTER TABLE "center_evaluations" ADD COLUMN "reviews" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "center_evaluations" ADD COLUMN "judgements" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "center_evaluations" ADD COLUMN "opened_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "center_evaluations" ADD CONSTRAINT "center_evaluations_opened_by_user_id_users_id_fk" FOREIGN KEY ("opened_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;