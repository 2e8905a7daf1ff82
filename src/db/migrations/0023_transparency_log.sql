CREATE TABLE "transparency_nodes" (
	"level" integer NOT NULL,
	"index" bigint NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "transparency_nodes_level_index_pk" PRIMARY KEY("level","index")
);
--> statement-breakpoint
CREATE TABLE "transparency_tree_heads" (
	"tree_size" bigint PRIMARY KEY NOT NULL,
	"root_hash" text NOT NULL,
	"timestamp" timestamp with time zone NOT NULL,
	"algorithm" text NOT NULL,
	"public_key" text NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
-- The stored tree and its signed heads are append-only like the audit log (0001_audit_append_only).
CREATE TRIGGER transparency_nodes_no_update BEFORE UPDATE OR DELETE ON transparency_nodes
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER transparency_nodes_no_truncate BEFORE TRUNCATE ON transparency_nodes
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER transparency_tree_heads_no_update BEFORE UPDATE OR DELETE ON transparency_tree_heads
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER transparency_tree_heads_no_truncate BEFORE TRUNCATE ON transparency_tree_heads
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
