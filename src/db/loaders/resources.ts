/**
 * Loading resources: the operator's list of one center's pool, the public catalog search (Chinese full text
 * over an app-built tsvector, facets, three sort orders — one statement, one round trip), details,
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
import { buildSearchQuery } from '../../domain/search/tokenize.ts';
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
  facets: FacetCount[];
  facetsApproximate: boolean;
}

const PROVIDER_FACET_LIMIT = 20;
/**
 * Facets are counted exactly up to this many matches; beyond it, on a hash sample of about this size (the
 * counts are scaled up and flagged approximate), so a broad query costs the same as a narrow one.
 */
export const FACET_SAMPLE = 4000;

/** The public catalog: published resources matching the text and facet filters, with facet counts. */
export async function searchCatalog(db: Db, filter: CatalogFilter): Promise<CatalogPage> {
  const query = filter.q ? buildSearchQuery(filter.q) : null;
  if (query && !query.match) {
    return { rows: [], total: 0, facets: [], facetsApproximate: false };
  }
  const where: SQL[] = [sql`r.status = 'published'`, sql`r.access = any(${textArray(filter.access)})`];
  if (query?.match) {
    where.push(sql`r.search_vector @@ ${query.match}::tsquery`);
  }
  if (filter.kind?.length) {
    where.push(sql`r.kind = any(${textArray(filter.kind)})`);
  }
  if (filter.industry?.length) {
    where.push(sql`r.industry_codes && ${textArray(filter.industry.flatMap(industryKeys))}`);
  }
  if (filter.scenario?.length) {
    where.push(sql`r.scenarios && ${textArray(filter.scenario)}`);
  }
  if (filter.region) {
    where.push(sql`r.region_codes && ${textArray(servedRegionKeys(filter.region))}`);
  }
  if (filter.provider) {
    where.push(sql`r.provider_name = ${filter.provider}`);
  }
  if (filter.grade?.length) {
    where.push(sql`r.grade = any(${textArray(filter.grade)})`);
  }
  if (filter.centerId) {
    where.push(sql`r.center_id = ${filter.centerId}`);
  }
  const sort = filter.sort ?? (query ? 'relevance' : 'newest');
  // Ranking reads only the small title vector: every match contains the whole query somewhere, so the
  // title decides the order (then reuse and recency); the large search vector is touched by its index only.
  const score = query?.rank ? sql`ts_rank(r.title_vector, ${query.rank}::tsquery)` : sql`null::real`;
  const order =
    sort === 'relevance' && query
      ? sql`m.score desc, m.adoptions desc, m.published_at desc nulls last, m.id desc`
      : sort === 'most_reused'
        ? sql`m.adoptions desc, m.published_at desc nulls last, m.id desc`
        : sql`m.published_at desc nulls last, m.id desc`;
  const offset = (filter.page - 1) * filter.pageSize;
  // Facets with few values are counted in one pass (count … filter); industries, regions and providers group.
  const smallCounts = [
    ...resourceKindValues.map((v) => ['kind', v, sql`kind = ${v}`] as const),
    ...scenarioValues.map((v) => ['scenario', v, sql`scenarios @> array[${v}]::text[]`] as const),
    ...supplierGradeValues.map((v) => ['grade', v, sql`grade = ${v}`] as const),
  ];
  const statement = sql`
    with matched as materialized (
      select r.id, r.kind, r.industry_codes, r.scenarios, r.region_codes, r.provider_name, r.grade,
             r.published_at, r.reuse_count + r.deployment_count as adoptions, ${score} as score
        from resources r
       where ${sql.join(where, sql` and `)}
    ),
    page as (
      select m.id, m.score from matched m order by ${order} limit ${filter.pageSize} offset ${offset}
    ),
    sized as (select count(*)::int as total from matched),
    sample as (
      select m.* from matched m, sized
       where sized.total <= ${FACET_SAMPLE}
          or (hashtext(m.id::text) & 65535) < 65536.0 * ${FACET_SAMPLE} / sized.total
    ),
    counts as (
      select (select total from sized) as total, count(*)::int as sampled,
             ${sql.join(
               smallCounts.map(
                 ([, , condition], i) =>
                   sql`count(*) filter (where ${condition})::int as ${sql.raw(`c${i}`)}`,
               ),
               sql`, `,
             )}
        from sample
    ),
    grouped as (
      select 'industry' as facet, c as value, count(*)::int as n from sample, unnest(industry_codes) c group by c
      union all
      select 'region', p, count(*)::int from (
        select distinct m.id, case when c = '000000' then c else left(c, 2) || '0000' end as p
          from sample m, unnest(m.region_codes) c
      ) x group by p
      union all
      (select 'provider', provider_name, count(*)::int as n from sample group by provider_name
        order by n desc, provider_name limit ${PROVIDER_FACET_LIMIT})
    )
    select (select row_to_json(counts) from counts) as counts,
           (select coalesce(json_agg(json_build_object('id', id, 'score', score)), '[]'::json) from page) as page,
           (select coalesce(json_agg(json_build_object('facet', facet, 'value', value, 'count', n)), '[]'::json)
              from grouped) as facets`;
  const result = await db.execute(statement);
  const first = (result as unknown as { rows: Record<string, unknown>[] }).rows[0]!;
  const parse = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
  const pageIds = parse<{ id: string; score: number | null }[]>(first.page);
  const counts = parse<Record<string, number>>(first.counts);
  const total = Number(counts.total ?? 0);
  const sampled = Number(counts.sampled ?? 0);
  const scale = sampled > 0 && sampled < total ? total / sampled : 1;
  const facets = parse<FacetCount[]>(first.facets).map((f) => ({
    ...f,
    count: Math.round(Number(f.count) * scale),
  }));
  smallCounts.forEach(([facet, value], i) => {
    const n = Number(counts[`c${i}`] ?? 0);
    if (n > 0) {
      facets.push({ facet, value, count: Math.round(n * scale) });
    }
  });
  let rows: ResourceRow[] = [];
  if (pageIds.length > 0) {
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
    rows = pageIds.flatMap((p) => {
      const row = byId.get(p.id);
      return row ? [flatten(row, p.score)] : [];
    });
  }
  return { rows, total, facets, facetsApproximate: scale !== 1 };
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
