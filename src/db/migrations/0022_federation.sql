CREATE TABLE "federation_feed_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"feed_id" uuid NOT NULL,
	"region_code" text DEFAULT '000000' NOT NULL,
	"purged_txid" bigint DEFAULT 0 NOT NULL,
	"purged_seq" bigint DEFAULT 0 NOT NULL,
	"purged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "federation_nodes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"base_url" text NOT NULL,
	"region_code" text NOT NULL,
	"public_key" text,
	"status" text DEFAULT 'active' NOT NULL,
	"cursor" text,
	"high_water" text,
	"lag" integer DEFAULT 0 NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "federation_nodes_base_url_unique" UNIQUE("base_url")
);
--> statement-breakpoint
CREATE TABLE "federation_outbox" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"txid" bigint NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federation_provenance" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"node_id" uuid NOT NULL,
	"urn" text NOT NULL,
	"run_id" uuid NOT NULL,
	"op" text NOT NULL,
	"version" bigint NOT NULL,
	"content_hash" text,
	"source_modified_at" timestamp with time zone,
	"applied_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federation_records" (
	"node_id" uuid NOT NULL,
	"urn" text NOT NULL,
	"record_type" text NOT NULL,
	"version" bigint NOT NULL,
	"content_hash" text NOT NULL,
	"payload" jsonb NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"region_code" text DEFAULT '' NOT NULL,
	"source_modified_at" timestamp with time zone NOT NULL,
	"first_harvested_at" timestamp with time zone NOT NULL,
	"harvested_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "federation_records_node_id_urn_pk" PRIMARY KEY("node_id","urn")
);
--> statement-breakpoint
CREATE TABLE "federation_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"node_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"pages" integer DEFAULT 0 NOT NULL,
	"applied" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"swept" integer DEFAULT 0 NOT NULL,
	"cursor_from" text,
	"cursor_to" text,
	"error" text,
	"failures" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "federation_records" ADD CONSTRAINT "federation_records_node_id_federation_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."federation_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federation_runs" ADD CONSTRAINT "federation_runs_node_id_federation_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."federation_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "federation_outbox_position_idx" ON "federation_outbox" USING btree ("txid","seq");--> statement-breakpoint
CREATE INDEX "federation_outbox_record_idx" ON "federation_outbox" USING btree ("record_type","record_id");--> statement-breakpoint
CREATE INDEX "federation_provenance_record_idx" ON "federation_provenance" USING btree ("node_id","urn","id");--> statement-breakpoint
CREATE INDEX "federation_records_type_idx" ON "federation_records" USING btree ("record_type","region_code");--> statement-breakpoint
CREATE INDEX "federation_runs_node_idx" ON "federation_runs" USING btree ("node_id","started_at");--> statement-breakpoint
-- Every change to a table holding public records leaves one outbox row in the same transaction
-- (docs/federation.md). Older rows of the same record are removed: the feed only says "this record changed".
CREATE FUNCTION federation_outbox_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rid uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    rid := OLD.id;
  ELSE
    rid := NEW.id;
  END IF;
  DELETE FROM federation_outbox WHERE record_type = TG_ARGV[0] AND record_id = rid;
  INSERT INTO federation_outbox (txid, record_type, record_id)
    VALUES (pg_current_xact_id()::text::bigint, TG_ARGV[0], rid);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER centers_federation_outbox AFTER INSERT OR UPDATE OR DELETE ON centers
  FOR EACH ROW EXECUTE FUNCTION federation_outbox_record('center');
--> statement-breakpoint
CREATE TRIGGER resources_federation_outbox AFTER INSERT OR UPDATE OR DELETE ON resources
  FOR EACH ROW EXECUTE FUNCTION federation_outbox_record('resource');
--> statement-breakpoint
CREATE TRIGGER calls_federation_outbox AFTER INSERT OR UPDATE OR DELETE ON calls
  FOR EACH ROW EXECUTE FUNCTION federation_outbox_record('call');
--> statement-breakpoint
CREATE TRIGGER publicity_notices_federation_outbox AFTER INSERT OR UPDATE OR DELETE ON publicity_notices
  FOR EACH ROW EXECUTE FUNCTION federation_outbox_record('publicity_notice');
--> statement-breakpoint
CREATE TRIGGER demands_federation_outbox AFTER INSERT OR UPDATE OR DELETE ON demands
  FOR EACH ROW EXECUTE FUNCTION federation_outbox_record('need');
--> statement-breakpoint
INSERT INTO federation_feed_state (id, feed_id) VALUES (1, gen_random_uuid());
--> statement-breakpoint
-- Records that exist before the upgrade enter the feed once.
INSERT INTO federation_outbox (txid, record_type, record_id)
  SELECT pg_current_xact_id()::text::bigint, 'center', id FROM centers
  UNION ALL SELECT pg_current_xact_id()::text::bigint, 'resource', id FROM resources
  UNION ALL SELECT pg_current_xact_id()::text::bigint, 'call', id FROM calls
  UNION ALL SELECT pg_current_xact_id()::text::bigint, 'publicity_notice', id FROM publicity_notices
  UNION ALL SELECT pg_current_xact_id()::text::bigint, 'need', id FROM demands;
