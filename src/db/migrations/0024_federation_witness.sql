CREATE TABLE "federation_witnessed_heads" (
	"node_id" uuid NOT NULL,
	"tree_size" bigint NOT NULL,
	"root_hash" text NOT NULL,
	"log_public_key" text NOT NULL,
	"head" jsonb NOT NULL,
	"cosignature" jsonb NOT NULL,
	"witnessed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "federation_witnessed_heads_node_id_tree_size_pk" PRIMARY KEY("node_id","tree_size")
);
--> statement-breakpoint
ALTER TABLE "federation_nodes" ADD COLUMN "witnessed_tree_size" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "federation_nodes" ADD COLUMN "witness_error" text;--> statement-breakpoint
ALTER TABLE "federation_witnessed_heads" ADD CONSTRAINT "federation_witnessed_heads_node_id_federation_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."federation_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "federation_witnessed_heads_log_idx" ON "federation_witnessed_heads" USING btree ("log_public_key","tree_size");