ALTER TABLE "assessments" ADD COLUMN "center_id" uuid;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "service_record_id" uuid;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;