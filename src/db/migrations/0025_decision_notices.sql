CREATE TABLE "decision_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"center_id" uuid,
	"region_code" text NOT NULL,
	"addressee_organisation_ids" uuid[] NOT NULL,
	"authority_name" text NOT NULL,
	"document_number" text NOT NULL,
	"decided_on" date NOT NULL,
	"outcome" text NOT NULL,
	"title" jsonb NOT NULL,
	"addressee" text NOT NULL,
	"body" jsonb NOT NULL,
	"opinion" text NOT NULL,
	"basis" jsonb NOT NULL,
	"issued_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "center_evaluations" ADD COLUMN "document_number" text;--> statement-breakpoint
ALTER TABLE "change_filings" ADD COLUMN "document_number" text;--> statement-breakpoint
ALTER TABLE "decision_notices" ADD CONSTRAINT "decision_notices_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_notices" ADD CONSTRAINT "decision_notices_issued_by_user_id_users_id_fk" FOREIGN KEY ("issued_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_notices_subject_idx" ON "decision_notices" USING btree ("subject_id","created_at");--> statement-breakpoint
CREATE INDEX "decision_notices_center_idx" ON "decision_notices" USING btree ("center_id");