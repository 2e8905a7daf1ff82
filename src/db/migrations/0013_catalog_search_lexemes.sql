DROP INDEX "resources_published_idx";--> statement-breakpoint
DROP INDEX "resources_reuse_idx";--> statement-breakpoint
CREATE INDEX "resources_published_order_idx" ON "resources" USING btree ("published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "resources_reuse_order_idx" ON "resources" USING btree ((reuse_count + deployment_count) desc,"published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "resources_title_idx" ON "resources" USING gin ("title_vector");--> statement-breakpoint
-- The search vector loses its positions and gains the facet and sampling-bucket lexemes
-- (src/domain/search/tokenize.ts filterLexemes; the bucket is the low six bits of the id's last byte).
UPDATE "resources" SET "search_vector" = strip("search_vector") || array_to_tsvector(
  array['center=' || "center_id"::text, 'kind=' || "kind", 'prov=' || "provider_name",
        '#b' || ((('x' || right("id"::text, 2))::bit(8)::int) & 63)::text]
  || array(select 'ind=' || c from unnest("industry_codes") c)
  || array(select 'scn=' || c from unnest("scenarios") c)
  || array(select 'reg=' || c from unnest("region_codes") c)
  || (case when "grade" is null then array[]::text[] else array['grade=' || "grade"] end)
);
