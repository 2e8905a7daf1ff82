ALTER TABLE "resources" ADD COLUMN "title_vector" "tsvector" DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "resources_kind_idx" ON "resources" USING btree ("kind","grade");