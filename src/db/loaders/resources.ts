/**
 * Loading resources: the operator's list of one center's pool, the public catalog search (Chinese full text
 * and facet lexemes in an app-built tsvector, facets, three sort orders; see searchCatalog), details,
 * adoptions and access requests.
 */
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  centers,
  organisations,
  resourceAccessRequests,
  resourceAdoptions,
  resources,
  users,
} from '../schema/index.ts';
import {
  anyOf,
  bucketLexeme,
  buildSearchQuery,
  filterLexeme,
  SAMPLE_BUCKETS,
  type FilterField,
  type SearchQuery,
} from '../../domain/search/tokenize.ts';
import { expandQuery, type ParsedQuery } from '../../domain/search/query.ts';
import { buildThesaurus, type Thesaurus } from '../../domain/search/thesaurus.ts';
import { DEFAULT_THESAURUS } from '../../domain/search/data/thesaurus.ts';
import { resourceKindValues, scenarioValues } from '../../domain/resources/vocabulary.ts';
import { supplierGradeValues } from '../../domain/resources/supplier-grade.ts';
import { listDivisions } from '../../domain/reference/industries.ts';
import { ancestorsOf, NATIONAL_REGION_CODE } from '../../domain/reference/regions.ts';

export type ResourceRow = typeof resources.$inferSelect & {
  centerSlug: string;
  centerName: string;
  centerRegionCode: string;
  centerOperatorOrganisationId: string;
  score: number | null;
};

const rowColumns = {
  resource: resources,
  centerSlug: centers.slug,
  centerName: centers.name,
  centerRegionCode: centers.regionCode,
  centerOperatorOrganisationId: centers.operatorOrganisationId,
};

type JoinedRow = {
  resource: typeof resources.$inferSelect;
  centerSlug: string;
  centerName: string;
  centerRegionCode: string;
  centerOperatorOrganisationId: string;
};

function flatten(r: JoinedRow, score: number | null = null): ResourceRow {
  return {
    ...r.resource,
    centerSlug: r.centerSlug,
    centerName: r.centerName,
    centerRegionCode: r.centerRegionCode,
    centerOperatorOrganisationId: r.centerOperatorOrganisationId,
    score,
  };
}

/** One resource with its center, or undefined. Visibility is decided by the caller. */
export async function findResource(db: Db, id: string): Promise<ResourceRow | undefined> {
  const [row] = await db
    .select(rowColumns)
    .from(resources)
    .innerJoin(centers, eq(centers.id, resources.centerId))
    .where(eq(resources.id, id))
    .limit(1);
  return row ? flatten(row) : undefined;
}

/** Region filter: a resource serves a region when it serves the region itself or one of its ancestors. */
export function servedRegionKeys(code: string): string[] {
  if (code === NATIONAL_REGION_CODE) {
    return [NATIONAL_REGION_CODE];
  }
  return [NATIONAL_REGION_CODE, ...ancestorsOf(code).map((r) => r.code), code];
}

/** Industry filter: a division also matches resources for its whole section; a section matches its divisions. */
export function industryKeys(code: string): string[] {
  if (/^[A-T]$/.test(code)) {
    return [code, ...listDivisions(code).map((d) => d.code)];
  }
  return [code, code.slice(0, 1)];
}

function textArray(values: string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

export interface ResourceListFilter {
  q?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  access?: string | undefined;
  page: number;
  pageSize: number;
}

/** A page of one center's resources for its operator (every status). */
export async function listCenterResources(
  db: Db,
  centerId: string,
  filter: ResourceListFilter,
): Promise<{ rows: ResourceRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [eq(resources.centerId, centerId)];
  const query = filter.q ? buildSearchQuery(filter.q) : null;
  if (query) {
    conditions.push(query.match ? sql`${resources.searchVector} @@ ${query.match}::tsquery` : sql`false`);
  }
  if (filter.kind) {
    conditions.push(eq(resources.kind, filter.kind));
  }
  if (filter.status) {
    conditions.push(eq(resources.status, filter.status));
  }
  if (filter.access) {
    conditions.push(eq(resources.access, filter.access));
  }
  const where = and(...conditions);
  const [totals] = await db.select({ total: count() }).from(resources).where(where);
  const rows = await db
    .select(rowColumns)
    .from(resources)
    .innerJoin(centers, eq(centers.id, resources.centerId))
    .where(where)
    .orderBy(desc(resources.updatedAt), desc(resources.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows: rows.map((r) => flatten(r)), total: Number(totals?.total ?? 0) };
}

export interface CatalogFilter {
  q?: string | undefined;
  kind?: string[] | undefined;
  industry?: string[] | undefined;
  scenario?: string[] | undefined;
  region?: string | undefined;
  provider?: string | undefined;
  grade?: string[] | undefined;
  centerId?: string | undefined;
  sort?: 'relevance' | 'newest' | 'most_reused' | undefined;
  /** The thesaurus expanding the query (default: the shipped one). */
  thesaurus?: Thesaurus | undefined;
  /** Access levels the caller may list (members_only needs a signed-in user). */
  access: string[];
  page: number;
  pageSize: number;
}

export interface FacetCount {
  facet: 'kind' | 'industry' | 'scenario' | 'region' | 'provider' | 'grade';
  value: string;
  count: number;
}

export interface CatalogPage {
  rows: ResourceRow[];
  total: number;
  /** True when the matches were many: the total is estimated from a uniform sample. */
  totalApproximate: boolean;
  facets: FacetCount[];
  facetsApproximate: boolean;
  /** Thesaurus terms searched besides the words typed ("也搜索了：…"). */
  expansions: string[];
  /** The words counting as hits, for highlighting titles and summaries. */
  highlight: string[];
}

let shippedThesaurus: Thesaurus | null = null;

/** The shipped thesaurus, built once. */
export function defaultThesaurus(): Thesaurus {
  shippedThesaurus ??= buildThesaurus(DEFAULT_THESAURUS);
  return shippedThesaurus;
}

const PROVIDER_FACET_LIMIT = 20;

/** How the catalog search decides between counting every match and sampling (tests shrink these). */
export interface CatalogTuning {
  /** Up to this many matches, everything is exact: every match is read, ranked and counted. */
  probeLimit: number;
  /** Beyond it, totals and facets come from a bucket sample of about this many matches. */
  sampleTarget: number;
}

export const DEFAULT_TUNING: CatalogTuning = { probeLimit: 500, sampleTarget: 600 };

/** The catalog's sort orders over `resources r`, matching the partial indexes on published rows. */
const NEWEST = sql`r.published_at desc nulls last, r.id desc nulls last`;
const MOST_REUSED = sql`(r.reuse_count + r.deployment_count) desc, r.published_at desc nulls last, r.id desc nulls last`;

function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows: Record<string, unknown>[] }).rows;
}

/**
 * The whole filter as one tsquery over the search vector's words and facet lexemes (null: no condition).
 * A facet with several values matches any of them; facets combine with AND.
 */
function catalogTsquery(query: SearchQuery | null, filter: CatalogFilter): string | null {
  const parts: string[] = [];
  if (query?.match) {
    parts.push(`(${query.match})`);
  }
  const any = (field: FilterField, values: string[] | undefined) => {
    if (values?.length) {
      parts.push(anyOf([...new Set(values)].map((v) => filterLexeme(field, v))));
    }
  };
  any('kind', filter.kind);
  any('ind', filter.industry?.flatMap(industryKeys));
  any('scn', filter.scenario);
  any('reg', filter.region ? servedRegionKeys(filter.region) : undefined);
  any('prov', filter.provider ? [filter.provider] : undefined);
  any('grade', filter.grade);
  any('center', filter.centerId ? [filter.centerId] : undefined);
  return parts.length > 0 ? parts.join(' & ') : null;
}

/**
 * The candidate condition of a catalog search as a tsquery (the expanded text's terms and the facet
 * lexemes): what the bare GIN query of a benchmark matches, for comparison with searchCatalog.
 */
export function catalogCandidateTsquery(filter: CatalogFilter): string | null {
  const parsed = filter.q ? expandQuery(filter.q, filter.thesaurus ?? defaultThesaurus()) : null;
  const query: SearchQuery | null = parsed ? { match: parsed.match, rank: parsed.typed, tokens: [] } : null;
  return catalogTsquery(query, filter);
}

/**
 * The public catalog: published resources matching the text and facet filters, with facet counts.
 *
 * Text and facets are one GIN lookup (catalogTsquery). A probe reads at most `probeLimit` matches: when there
 * are fewer, every match is read, ranked (ts_rank on the title) and counted exactly in one statement. When
 * there are more, reading them all would dominate (a broad word matches a sixth of the pool), so the total
 * and the facets are estimated from a uniform sample (the matches in the first k of the 64 hash buckets,
 * again one GIN lookup; one bucket's count sizes k), and the page is read in the order of a sort index, stopping at the page's last row. Broad
 * relevance puts titles containing the whole query first (ranked by ts_rank when they are few), then the
 * other matches by reuse and recency.
 */
export async function searchCatalog(
  db: Db,
  filter: CatalogFilter,
  tuning: CatalogTuning = DEFAULT_TUNING,
): Promise<CatalogPage> {
  const parsed = filter.q ? expandQuery(filter.q, filter.thesaurus ?? defaultThesaurus()) : null;
  const hints = { expansions: parsed?.expansions ?? [], highlight: parsed?.highlight ?? [] };
  if (parsed && !parsed.match) {
    return { rows: [], total: 0, totalApproximate: false, facets: [], facetsApproximate: false, ...hints };
  }
  // Candidates hold any of the terms (OR); the ranking decides what comes first.
  const query: SearchQuery | null = parsed ? { match: parsed.match, rank: parsed.typed, tokens: [] } : null;
  const tsquery = catalogTsquery(query, filter);
  const base = [sql`r.status = 'published'`, sql`r.access = any(${textArray(filter.access)})`];
  if (tsquery) {
    base.push(sql`r.search_vector @@ ${tsquery}::tsquery`);
  }
  const where = sql.join(base, sql` and `);
  const sort = filter.sort ?? (query ? 'relevance' : 'newest');
  const offset = (filter.page - 1) * filter.pageSize;

  // 1. The probe: are there fewer matches than the limit?
  const [probe] = rowsOf(
    await db.execute(sql`
      select count(*)::int as n,
             (select greatest(reltuples, 1)::float8 from pg_class where oid = 'resources'::regclass) as tuples
        from (select 1 from resources r where ${where} limit ${tuning.probeLimit}) x`),
  );
  const probed = Number(probe!.n);
  if (probed < tuning.probeLimit) {
    return { ...(await exactSearch(db, filter, parsed, where, sort, offset)), ...hints };
  }

  // 2. A bucket sample for the total and the facets: the matches in one bucket (a 64th) size it, then the
  // first k buckets hold about `sampleTarget` matches.
  const [sizing] = rowsOf(
    await db.execute(sql`
      select count(*)::int as n from resources r
       where r.status = 'published' and r.access = any(${textArray(filter.access)})
         and r.search_vector @@ ${bucketQuery(1, tsquery)}::tsquery`),
  );
  const inOne = Number(sizing!.n);
  const buckets = Math.max(1, Math.min(SAMPLE_BUCKETS, Math.ceil(tuning.sampleTarget / Math.max(inOne, 1))));
  const sample = await sampleFacets(db, filter, query, tsquery, buckets);
  const scale = SAMPLE_BUCKETS / buckets;
  const total = Math.max(probed, Math.round(sample.sampled * scale));
  const facets = sample.facets.map((f) => ({ ...f, count: Math.round(f.count * scale) }));
  const approximate = buckets < SAMPLE_BUCKETS;
  const selectivity = Math.min(1, total / Math.max(Number(probe!.tuples), total));

  // 3. The page.
  const page = new OrderedPages(db, where, filter.access, tsquery, selectivity);
  let ids: { id: string; score: number | null }[];
  if (sort === 'relevance' && query?.match) {
    // A broad search leads with the titles holding a word as typed, ranked; the other matches follow.
    const titleMatch = sql`r.title_vector @@ ${query.rank ?? query.match}::tsquery`;
    const score = sql`ts_rank(r.title_vector, ${query.rank ?? query.match}::tsquery)`;
    const titled = Math.round(sample.titled * scale);
    let first: { id: string; score: number | null }[];
    let titledTotal: number;
    if (sample.titled * scale <= tuning.probeLimit * 2) {
      // Few titles hold the whole query: read them all (title GIN) and rank them.
      const result = rowsOf(
        await db.execute(sql`
          select r.id, ${score} as score, count(*) over () ::int as n from resources r
           where ${where} and ${titleMatch}
           order by score desc, ${MOST_REUSED} limit ${offset + filter.pageSize}`),
      );
      titledTotal = Number(result[0]?.n ?? 0);
      first = result.map((r) => ({ id: String(r.id), score: Number(r.score) }));
    } else {
      first = await page.read(MOST_REUSED, titleMatch, 0, offset + filter.pageSize);
      // The sample only estimates how many titles hold the query; a short read means they are all here.
      titledTotal = first.length < offset + filter.pageSize ? first.length : titled;
    }
    ids = first.slice(offset);
    if (ids.length < filter.pageSize && offset + filter.pageSize > titledTotal) {
      const rest = await page.read(
        MOST_REUSED,
        sql`not (${titleMatch})`,
        Math.max(0, offset - titledTotal),
        filter.pageSize - ids.length,
      );
      ids = [...ids, ...rest];
    }
  } else {
    ids = await page.read(sort === 'most_reused' ? MOST_REUSED : NEWEST, null, offset, filter.pageSize);
  }
  return {
    rows: await loadPage(db, ids),
    total,
    totalApproximate: approximate,
    facets,
    facetsApproximate: approximate,
    ...hints,
  };
}

/**
 * Reads a page in a sort index's order: the published rows in that order, filtered, stopping at the page's
 * last row. The inner limit bounds the rows read (about three times what the selectivity predicts); when
 * it runs out first, the page is read the exact way (every match, sorted).
 */
class OrderedPages {
  constructor(
    private readonly db: Db,
    private readonly where: SQL,
    private readonly access: string[],
    private readonly tsquery: string | null,
    private readonly selectivity: number,
  ) {}

  async read(
    order: SQL,
    extra: SQL | null,
    offset: number,
    limit: number,
  ): Promise<{ id: string; score: number | null }[]> {
    if (limit <= 0) {
      return [];
    }
    const scan = Math.ceil(((offset + limit) / Math.max(this.selectivity, 1e-6)) * 3) + 200;
    if (scan <= 50_000) {
      const conditions = [sql`r.access = any(${textArray(this.access)})`];
      if (this.tsquery) {
        conditions.push(sql`r.search_vector @@ ${this.tsquery}::tsquery`);
      }
      if (extra) {
        conditions.push(extra);
      }
      // The subquery's limit keeps the conditions out of the index scan's reach: rows come in index order,
      // and the outer limit stops the scan at the page's end.
      const rows = rowsOf(
        await this.db.execute(sql`
          select r.id from (
            select r.id, r.access, r.search_vector, r.title_vector from resources r
             where r.status = 'published' order by ${order} limit ${scan}
          ) r where ${sql.join(conditions, sql` and `)} offset ${offset} limit ${limit}`),
      );
      if (rows.length === limit) {
        return rows.map((r) => ({ id: String(r.id), score: null }));
      }
    }
    const rows = rowsOf(
      await this.db.execute(sql`
        select r.id from resources r where ${this.where}${extra ? sql` and ${extra}` : sql``}
         order by ${order} limit ${limit} offset ${offset}`),
    );
    return rows.map((r) => ({ id: String(r.id), score: null }));
  }
}

/** The catalog query restricted to the first `buckets` sampling buckets (all of them: unrestricted). */
function bucketQuery(buckets: number, tsquery: string | null): string | null {
  if (buckets >= SAMPLE_BUCKETS) {
    return tsquery;
  }
  const any = anyOf(Array.from({ length: buckets }, (_, b) => bucketLexeme(b)));
  return tsquery ? `${tsquery} & ${any}` : any;
}

interface Sample {
  sampled: number;
  /** Sampled matches whose title holds the whole query. */
  titled: number;
  facets: FacetCount[];
}

/** Facet counts over the matches in the first `buckets` sampling buckets (one GIN lookup). */
async function sampleFacets(
  db: Db,
  filter: CatalogFilter,
  query: SearchQuery | null,
  tsquery: string | null,
  buckets: number,
): Promise<Sample> {
  const sampleQuery = bucketQuery(buckets, tsquery);
  const where = [sql`r.status = 'published'`, sql`r.access = any(${textArray(filter.access)})`];
  if (sampleQuery) {
    where.push(sql`r.search_vector @@ ${sampleQuery}::tsquery`);
  }
  const titled = query?.match ? sql`r.title_vector @@ ${query.rank ?? query.match}::tsquery` : sql`false`;
  const statement = sql`
    with matched as materialized (
      select r.id, r.kind, r.industry_codes, r.scenarios, r.region_codes, r.provider_name, r.grade,
             ${titled} as titled
        from resources r where ${sql.join(where, sql` and `)}
    ),
    ${facetStatement(sql`matched`)},
    extra as (select count(*) filter (where titled)::int as titled from matched)
    select (select row_to_json(counts) from counts) as counts, (select titled from extra) as titled,
           (select coalesce(json_agg(json_build_object('facet', facet, 'value', value, 'count', n)), '[]'::json)
              from grouped) as facets`;
  const [first] = rowsOf(await db.execute(statement));
  const parsed = parseFacets(first!);
  return { sampled: parsed.total, titled: Number(first!.titled ?? 0), facets: parsed.facets };
}

const smallCounts = [
  ...resourceKindValues.map((v) => ['kind', v, sql`kind = ${v}`] as const),
  ...scenarioValues.map((v) => ['scenario', v, sql`scenarios @> array[${v}]::text[]`] as const),
  ...supplierGradeValues.map((v) => ['grade', v, sql`grade = ${v}`] as const),
];

/**
 * CTEs `counts` and `grouped` over a set of matched rows (a CTE with kind, industry_codes, scenarios,
 * region_codes, provider_name, grade): facets with few values are counted in one pass (count … filter);
 * industries, regions and providers group.
 */
function facetStatement(from: SQL): SQL {
  return sql`
    counts as (
      select count(*)::int as total,
             ${sql.join(
               smallCounts.map(
                 ([, , condition], i) =>
                   sql`count(*) filter (where ${condition})::int as ${sql.raw(`c${i}`)}`,
               ),
               sql`, `,
             )}
        from ${from}
    ),
    grouped as (
      select 'industry' as facet, c as value, count(*)::int as n from ${from}, unnest(industry_codes) c group by c
      union all
      select 'region', p, count(*)::int from (
        select distinct m.id, case when c = '000000' then c else left(c, 2) || '0000' end as p
          from ${from} m, unnest(m.region_codes) c
      ) x group by p
      union all
      (select 'provider', provider_name, count(*)::int as n from ${from} group by provider_name
        order by n desc, provider_name limit ${PROVIDER_FACET_LIMIT})
    )`;
}

function parseJson<T>(v: unknown): T {
  return typeof v === 'string' ? (JSON.parse(v) as T) : (v as T);
}

function parseFacets(row: Record<string, unknown>): { total: number; facets: FacetCount[] } {
  const counts = parseJson<Record<string, number>>(row.counts);
  const facets = parseJson<FacetCount[]>(row.facets).map((f) => ({ ...f, count: Number(f.count) }));
  smallCounts.forEach(([facet, value], i) => {
    const n = Number(counts[`c${i}`] ?? 0);
    if (n > 0) {
      facets.push({ facet, value, count: n });
    }
  });
  return { total: Number(counts.total ?? 0), facets };
}

/** ts_rank's weights for D, C, B, A: title (A) > tags and scenario (B) > summary and provider (C) > body (D). */
const FIELD_WEIGHTS = '{0.1, 0.25, 0.5, 1.0}';

/**
 * The relevance score of a candidate `m` (with `sv`, `title`, `summary`, `adoptions`, `grade`) in a CTE
 * holding the candidates' count `n` and each term's document frequency `d<i>`: a BM25-style sum over the
 * terms of weight × idf × the field-weighted ts_rank, the exact phrase in the title (then the summary)
 * first, and small boosts for confirmed adoptions and the supplier grade.
 */
function relevanceScore(parsed: ParsedQuery): SQL {
  const parts = parsed.terms.map(
    (term, i) =>
      sql`${term.weight}::float8 * ln(1 + (s.n - s.${sql.raw(`d${i}`)} + 0.5) / (s.${sql.raw(`d${i}`)} + 0.5))
          * ts_rank(${FIELD_WEIGHTS}::float4[], m.sv, ${term.tsquery}::tsquery)`,
  );
  const phrase =
    [...parsed.phrase].length >= 2
      ? sql`case when strpos(lower(m.title), ${parsed.phrase}) > 0 then 3
                 when strpos(lower(m.summary), ${parsed.phrase}) > 0 then 0.5 else 0 end`
      : sql`0`;
  return sql`(${sql.join(parts, sql` + `)}) + ${phrase}
    + 0.02 * ln(1 + m.adoptions) + case m.grade when 'A' then 0.03 when 'B' then 0.02 else 0 end`;
}

/** Few matches: read, rank and count every one in one statement. */
async function exactSearch(
  db: Db,
  filter: CatalogFilter,
  parsed: ParsedQuery | null,
  where: SQL,
  sort: 'relevance' | 'newest' | 'most_reused',
  offset: number,
): Promise<Omit<CatalogPage, 'expansions' | 'highlight'>> {
  const ranked = sort === 'relevance' && parsed !== null && parsed.terms.length > 0;
  const order = ranked
    ? sql`m.score desc, m.adoptions desc, m.published_at desc nulls last, m.id desc`
    : sort === 'most_reused'
      ? sql`m.adoptions desc, m.published_at desc nulls last, m.id desc`
      : sql`m.published_at desc nulls last, m.id desc`;
  const frequencies = ranked
    ? sql.join(
        parsed.terms.map(
          (term, i) =>
            sql`count(*) filter (where sv @@ ${term.tsquery}::tsquery)::float8 as ${sql.raw(`d${i}`)}`,
        ),
        sql`, `,
      )
    : sql`1 as d`;
  const score = ranked ? relevanceScore(parsed) : sql`null::float8`;
  const statement = sql`
    with matched as materialized (
      select r.id, r.kind, r.industry_codes, r.scenarios, r.region_codes, r.provider_name, r.grade,
             r.published_at, r.reuse_count + r.deployment_count as adoptions, r.search_vector as sv,
             r.title, r.summary
        from resources r
       where ${where}
    ),
    stats as (select count(*)::float8 as n, ${frequencies} from matched),
    scored as (
      select m.id, m.published_at, m.adoptions, ${score} as score from matched m, stats s
    ),
    page as (
      select m.id, m.score from scored m order by ${order} limit ${filter.pageSize} offset ${offset}
    ),
    ${facetStatement(sql`matched`)}
    select (select row_to_json(counts) from counts) as counts,
           (select coalesce(json_agg(json_build_object('id', id, 'score', score)), '[]'::json) from page) as page,
           (select coalesce(json_agg(json_build_object('facet', facet, 'value', value, 'count', n)), '[]'::json)
              from grouped) as facets`;
  const [first] = rowsOf(await db.execute(statement));
  const pageIds = parseJson<{ id: string; score: number | null }[]>(first!.page);
  const { total, facets } = parseFacets(first!);
  return {
    rows: await loadPage(db, pageIds),
    total,
    totalApproximate: false,
    facets,
    facetsApproximate: false,
  };
}

/** The page's rows with their centers, in the page's order. */
async function loadPage(db: Db, pageIds: { id: string; score: number | null }[]): Promise<ResourceRow[]> {
  if (pageIds.length === 0) {
    return [];
  }
  const loaded = await db
    .select(rowColumns)
    .from(resources)
    .innerJoin(centers, eq(centers.id, resources.centerId))
    .where(
      inArray(
        resources.id,
        pageIds.map((p) => p.id),
      ),
    );
  const byId = new Map(loaded.map((r) => [r.resource.id, r]));
  return pageIds.flatMap((p) => {
    const row = byId.get(p.id);
    return row ? [flatten(row, p.score)] : [];
  });
}

/** How many published resources a center lists publicly. */
export async function countPublishedResources(db: Db, centerId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(resources)
    .where(and(eq(resources.centerId, centerId), eq(resources.status, 'published')));
  return Number(row?.n ?? 0);
}

export type AdoptionRow = typeof resourceAdoptions.$inferSelect;

export async function listAdoptions(db: Db, resourceId: string): Promise<AdoptionRow[]> {
  return db
    .select()
    .from(resourceAdoptions)
    .where(eq(resourceAdoptions.resourceId, resourceId))
    .orderBy(desc(resourceAdoptions.adoptedOn), desc(resourceAdoptions.id));
}

export type AccessRequestRow = typeof resourceAccessRequests.$inferSelect & {
  resourceTitle: string;
  resourceKind: string;
  requesterName: string;
  requesterOrganisationName: string;
};

const accessColumns = {
  request: resourceAccessRequests,
  resourceTitle: resources.title,
  resourceKind: resources.kind,
  requesterName: users.displayName,
  requesterOrganisationName: organisations.name,
};

function accessQuery(db: Db) {
  return db
    .select(accessColumns)
    .from(resourceAccessRequests)
    .innerJoin(resources, eq(resources.id, resourceAccessRequests.resourceId))
    .innerJoin(users, eq(users.id, resourceAccessRequests.requesterUserId))
    .innerJoin(organisations, eq(organisations.id, resourceAccessRequests.requesterOrganisationId));
}

function flattenAccess(r: {
  request: typeof resourceAccessRequests.$inferSelect;
  resourceTitle: string;
  resourceKind: string;
  requesterName: string;
  requesterOrganisationName: string;
}): AccessRequestRow {
  return {
    ...r.request,
    resourceTitle: r.resourceTitle,
    resourceKind: r.resourceKind,
    requesterName: r.requesterName,
    requesterOrganisationName: r.requesterOrganisationName,
  };
}

export async function findAccessRequest(db: Db, id: string): Promise<AccessRequestRow | undefined> {
  const [row] = await accessQuery(db).where(eq(resourceAccessRequests.id, id)).limit(1);
  return row ? flattenAccess(row) : undefined;
}

/** The caller's latest request for a resource (pending, approved or rejected), if any. */
export async function latestAccessRequest(
  db: Db,
  resourceId: string,
  userId: string,
): Promise<AccessRequestRow | undefined> {
  const [row] = await accessQuery(db)
    .where(
      and(
        eq(resourceAccessRequests.resourceId, resourceId),
        eq(resourceAccessRequests.requesterUserId, userId),
      ),
    )
    .orderBy(desc(resourceAccessRequests.createdAt), desc(resourceAccessRequests.id))
    .limit(1);
  return row ? flattenAccess(row) : undefined;
}

export async function listAccessRequests(
  db: Db,
  centerId: string,
  filter: { status?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: AccessRequestRow[]; total: number }> {
  const where = and(
    eq(resourceAccessRequests.centerId, centerId),
    filter.status ? eq(resourceAccessRequests.status, filter.status) : undefined,
  );
  const [totals] = await db.select({ total: count() }).from(resourceAccessRequests).where(where);
  const rows = await accessQuery(db)
    .where(where)
    .orderBy(desc(resourceAccessRequests.createdAt), desc(resourceAccessRequests.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows: rows.map(flattenAccess), total: Number(totals?.total ?? 0) };
}

/** Centers run by any of the organisations (the operator's own centers). */
export async function listCentersOperatedBy(
  db: Db,
  organisationIds: string[],
): Promise<{ id: string; slug: string; name: string }[]> {
  if (organisationIds.length === 0) {
    return [];
  }
  return db
    .select({ id: centers.id, slug: centers.slug, name: centers.name })
    .from(centers)
    .where(inArray(centers.operatorOrganisationId, organisationIds))
    .orderBy(asc(centers.name));
}
