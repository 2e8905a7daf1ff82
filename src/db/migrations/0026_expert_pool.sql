ALTER TABLE "expert_profiles" ADD COLUMN "max_load" integer;--> statement-breakpoint
ALTER TABLE "expert_profiles" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "expert_profiles" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;