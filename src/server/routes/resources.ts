/**
 * Resource pools: the public catalog (search with facets, details, a center's public page) and a signed-in
 * user's access request. The operator's back office and the import live in resource-admin.ts and
 * resource-import.ts, registered from here.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  publicCenterViewSchema,
  requestAccessBodySchema,
  resourceSearchQuerySchema,
  resourceSearchResultSchema,
  resourceViewSchema,
  RESOURCE_KIND_LABELS,
  SCENARIO_LABELS,
  SUPPLIER_GRADE_LABELS,
  type FacetBucket,
  type ResourceFacets,
} from '../../contracts/resources.ts';
import type { Locale } from '../../contracts/common.ts';
import { AppError } from '../../app/errors.ts';
import { requestAccess } from '../../app/resources/access-requests.ts';
import { cachedCatalog, rememberCatalog } from '../../app/resources/catalog-cache.ts';
import { currentThesaurus } from '../../app/search/thesaurus.ts';
import { recordMiss } from '../../app/search/misses.ts';
import { highlightRanges, suggestTerms } from '../../domain/search/highlight.ts';
import type { Actor } from '../../app/actor.ts';
import type { Db } from '../../db/client.ts';
import { loadPublicCenter } from './public-center.ts';
import {
  countPublishedResources,
  findResource,
  latestAccessRequest,
  searchCatalog,
  type CatalogPage,
  type FacetCount,
  type ResourceRow,
} from '../../db/loaders/resources.ts';
import { industryName } from '../../domain/reference/industries.ts';
import { NATIONAL_REGION_CODE, regionFullName } from '../../domain/reference/regions.ts';
import { can } from '../policies/core.ts';
import { centerPolicy } from '../policies/center.ts';
import { actorOf } from '../plugins/auth.ts';
import { requestLocale } from '../locale.ts';
import { presentResource, presentResourceSummary } from '../presenters/resource.ts';
import { resourceAdminRoutes } from './resource-admin.ts';
import { resourceAttachmentRoutes } from './resource-attachments.ts';
import { resourceImportRoutes } from './resource-import.ts';

const idParams = z.object({ id: z.uuid() });

/** Whether the actor operates the resource's center. */
export function operates(
  actor: Actor | null,
  r: { centerId: string; centerRegionCode: string; centerOperatorOrganisationId: string },
): boolean {
  return (
    actor !== null &&
    can(centerPolicy, actor, 'operate', {
      id: r.centerId,
      regionCode: r.centerRegionCode,
      operatorOrganisationId: r.centerOperatorOrganisationId,
    })
  );
}

/** A resource the caller may see in the catalog: published (or their own center's), members-only when signed in. */
export async function loadVisibleResource(db: Db, actor: Actor | null, id: string): Promise<ResourceRow> {
  const resource = await findResource(db, id);
  if (!resource) {
    throw new AppError('not_found', { entity: 'resource' });
  }
  if (operates(actor, resource)) {
    return resource;
  }
  if (resource.status !== 'published' || (resource.access === 'members_only' && !actor)) {
    throw new AppError('not_found', { entity: 'resource' });
  }
  return resource;
}

function labelOf(facet: FacetCount['facet'], value: string, locale: Locale): string {
  const pick = (l: { zh: string; en: string } | undefined) => (l ? (locale === 'en' ? l.en : l.zh) : value);
  switch (facet) {
    case 'kind':
      return pick(RESOURCE_KIND_LABELS[value as keyof typeof RESOURCE_KIND_LABELS]);
    case 'scenario':
      return pick(SCENARIO_LABELS[value as keyof typeof SCENARIO_LABELS]);
    case 'grade':
      return pick(SUPPLIER_GRADE_LABELS[value as keyof typeof SUPPLIER_GRADE_LABELS]);
    case 'industry':
      return industryName(value) ?? value;
    case 'region':
      return value === NATIONAL_REGION_CODE
        ? locale === 'en'
          ? 'Nationwide'
          : '全国'
        : (regionFullName(value) ?? value);
    default:
      return value;
  }
}

function facetsOf(counts: FacetCount[], locale: Locale): ResourceFacets {
  const facets: ResourceFacets = {
    kind: [],
    industry: [],
    scenario: [],
    region: [],
    provider: [],
    grade: [],
  };
  for (const c of counts) {
    const bucket: FacetBucket = {
      value: c.value,
      label: labelOf(c.facet, c.value, locale),
      count: Number(c.count),
    };
    facets[c.facet].push(bucket);
  }
  for (const list of Object.values(facets)) {
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  facets.industry = facets.industry.slice(0, 30);
  return facets;
}

function visibleAccess(request: FastifyRequest): string[] {
  return request.actor ? ['public', 'on_request', 'members_only'] : ['public', 'on_request'];
}

export const resourceRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(resourceAdminRoutes);
  await app.register(resourceImportRoutes);
  await app.register(resourceAttachmentRoutes);

  app.get(
    '/catalog/resources',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['resources'],
        summary: '资源目录检索（全文检索 + 分面）',
        querystring: resourceSearchQuerySchema,
        response: { 200: resourceSearchResultSchema },
      },
    },
    async (request) => {
      const started = performance.now();
      const q = request.query;
      let centerId: string | undefined;
      if (q.center) {
        centerId = (await loadPublicCenter(app.db, q.center)).id;
      }
      const access = visibleAccess(request);
      // The landing view (no text, no facet filter) is cached; see catalog-cache.ts.
      const landing =
        !q.q &&
        !q.kind?.length &&
        !q.industry?.length &&
        !q.scenario?.length &&
        !q.region &&
        !q.provider &&
        !q.grade?.length;
      const cacheKey = landing ? JSON.stringify([access, centerId, q.sort, q.page, q.pageSize]) : null;
      const cached = cacheKey ? cachedCatalog<CatalogPage>(cacheKey) : undefined;
      const thesaurus = q.q ? await currentThesaurus(app.db) : undefined;
      const result =
        cached ??
        (await searchCatalog(app.db, {
          q: q.q,
          thesaurus,
          kind: q.kind,
          industry: q.industry,
          scenario: q.scenario,
          region: q.region,
          provider: q.provider,
          grade: q.grade,
          centerId,
          sort: q.sort,
          access,
          page: q.page,
          pageSize: q.pageSize,
        }));
      if (cacheKey && !cached) {
        rememberCatalog(cacheKey, result);
      }
      const missed = Boolean(q.q) && result.total === 0;
      if (missed && q.page === 1) {
        await recordMiss(app.db, q.q!);
      }
      return {
        items: result.rows.map(presentResourceSummary),
        expansions: result.expansions,
        highlights: result.rows.map((r) => ({
          id: r.id,
          title: highlightRanges(r.title, result.highlight),
          summary: highlightRanges(r.summary, result.highlight),
        })),
        suggestions: missed && thesaurus ? suggestTerms(q.q!, thesaurus) : [],
        total: result.total,
        totalApproximate: result.totalApproximate,
        page: q.page,
        pageSize: q.pageSize,
        facets: facetsOf(result.facets, requestLocale(request)),
        facetsApproximate: result.facetsApproximate,
        tookMs: Math.round((performance.now() - started) * 10) / 10,
      };
    },
  );

  app.get(
    '/catalog/resources/:id',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['resources'],
        summary: '资源详情（受控资源的附件在审批通过后可见）',
        params: idParams,
        response: { 200: resourceViewSchema },
      },
    },
    async (request) => {
      const actor = request.actor;
      const resource = await loadVisibleResource(app.db, actor, request.params.id);
      const myRequest = actor ? await latestAccessRequest(app.db, resource.id, actor.userId) : undefined;
      return presentResource(resource, {
        canOperate: operates(actor, resource),
        signedIn: !!actor,
        myRequest,
      });
    },
  );

  app.post(
    '/catalog/resources/:id/access-requests',
    {
      config: { guard: 'authenticated' },
      schema: {
        tags: ['resources'],
        summary: '申请使用受控资源',
        params: idParams,
        body: requestAccessBodySchema,
        response: { 200: resourceViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const resource = await loadVisibleResource(tx, actor, request.params.id);
        await requestAccess({ actor, tx, resource, input: request.body });
      });
      const resource = (await findResource(app.db, request.params.id))!;
      const myRequest = await latestAccessRequest(app.db, resource.id, actor.userId);
      return presentResource(resource, { canOperate: operates(actor, resource), signedIn: true, myRequest });
    },
  );

  app.get(
    '/catalog/centers/:slug',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['resources'],
        summary: '促进中心公共服务平台首页信息',
        params: z.object({ slug: z.string().max(64) }),
        response: { 200: publicCenterViewSchema },
      },
    },
    async (request) => {
      const center = await loadPublicCenter(app.db, request.params.slug);
      return {
        id: center.id,
        slug: center.slug,
        name: center.name,
        summary: center.summary,
        regionCode: center.regionCode,
        regionName: regionFullName(center.regionCode) ?? center.regionCode,
        level: center.level,
        type: center.type,
        status: center.status,
        resourceCount: await countPublishedResources(app.db, center.id),
        abilities: {
          operate: operates(request.actor, {
            centerId: center.id,
            centerRegionCode: center.regionCode,
            centerOperatorOrganisationId: center.operatorOrganisationId,
          }),
        },
      };
    },
  );
};
