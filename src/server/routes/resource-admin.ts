/** The operator's back office for a center's resource pool: list/export, create, edit, adoptions, access approvals. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../../contracts/common.ts';
import {
  accessRequestListQuerySchema,
  accessRequestPageSchema,
  adoptionViewSchema,
  createResourceBodySchema,
  decideAccessRequestBodySchema,
  recordAdoptionBodySchema,
  resourceListQuerySchema,
  resourcePageSchema,
  resourceViewSchema,
  updateResourceBodySchema,
  PRICE_MODEL_LABELS,
  RESOURCE_ACCESS_LABELS,
  RESOURCE_KIND_LABELS,
  RESOURCE_STATUS_LABELS,
  SCENARIO_LABELS,
  type PriceModel,
  type ResourceAccess,
  type ResourceKind,
  type ResourceStatus,
  type Scenario,
} from '../../contracts/resources.ts';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import { decideAccessRequest } from '../../app/resources/access-requests.ts';
import { recordAdoption } from '../../app/resources/record-adoption.ts';
import { createResource, updateResource } from '../../app/resources/save-resource.ts';
import type { Db } from '../../db/client.ts';
import { findCenter, findCenterBySlug, type CenterRow } from '../../db/loaders/centers.ts';
import {
  findAccessRequest,
  findResource,
  listAccessRequests,
  listAdoptions,
  listCenterResources,
  listCentersOperatedBy,
  type ResourceRow,
} from '../../db/loaders/resources.ts';
import { authorize, type Policy } from '../policies/core.ts';
import { centerPolicy } from '../policies/center.ts';
import { actorOf } from '../plugins/auth.ts';
import { EXPORT_LIMIT, sendWorkbook, shanghaiDateTime } from '../excel.ts';
import { zhLabelOf } from '../../contracts/vocabulary-labels.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import {
  presentAccessRequest,
  presentAdoption,
  presentResource,
  presentResourceSummary,
} from '../presenters/resource.ts';

const guard = { policy: centerPolicy as Policy<never>, action: 'operate' };
const idParams = z.object({ id: z.uuid() });
const slugParams = z.object({ slug: z.string().max(64) });

/** The center named by slug, if the actor operates it (unknown → 404, someone else's → 403). */
export async function loadOperatedCenter(db: Db, actor: Actor, slug: string): Promise<CenterRow> {
  const center = await findCenterBySlug(db, slug);
  if (!center) {
    throw new AppError('not_found', { entity: 'center' });
  }
  authorize(centerPolicy, actor, 'operate', center);
  return center;
}

/** A resource of a center the actor operates. */
export async function loadOperatedResource(db: Db, actor: Actor, id: string): Promise<ResourceRow> {
  const resource = await findResource(db, id);
  if (!resource) {
    throw new AppError('not_found', { entity: 'resource' });
  }
  authorize(centerPolicy, actor, 'operate', {
    id: resource.centerId,
    regionCode: resource.centerRegionCode,
    operatorOrganisationId: resource.centerOperatorOrganisationId,
  });
  return resource;
}

function operatorView(resource: ResourceRow) {
  return presentResource(resource, { canOperate: true, signedIn: true, myRequest: undefined });
}

export const resourceAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/catalog/my-centers',
    {
      config: { guard },
      schema: {
        tags: ['resources'],
        summary: '我运营的促进中心',
        response: {
          200: z.object({ items: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string() })) }),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const organisationIds = actor.grants
        .filter((g) => g.role === 'center_operator')
        .map((g) => g.organisationId ?? actor.organisationId);
      return { items: await listCentersOperatedBy(app.db, organisationIds) };
    },
  );

  app.get(
    '/centers/:slug/resources',
    {
      config: { guard },
      schema: {
        tags: ['resources'],
        summary: '资源池管理列表',
        params: slugParams,
        querystring: resourceListQuerySchema,
        response: { 200: resourcePageSchema },
      },
    },
    async (request) => {
      const center = await loadOperatedCenter(app.db, actorOf(request), request.params.slug);
      const { rows, total } = await listCenterResources(app.db, center.id, request.query);
      return {
        items: rows.map(presentResourceSummary),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/centers/:slug/resources/export.xlsx',
    {
      config: { guard },
      schema: {
        tags: ['resources'],
        summary: '导出资源池',
        params: slugParams,
        querystring: resourceListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const center = await loadOperatedCenter(app.db, actorOf(request), request.params.slug);
      const { rows } = await listCenterResources(app.db, center.id, {
        ...request.query,
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      return sendWorkbook(
        reply,
        `${center.name}资源池.xlsx`,
        '资源',
        [
          { header: '资源类型', value: (r) => RESOURCE_KIND_LABELS[r.kind as ResourceKind]?.zh ?? r.kind },
          { header: '名称', width: 36, value: (r) => r.title },
          { header: '提供方', width: 28, value: (r) => r.providerName },
          { header: '适用行业', value: (r) => r.industryCodes.join('、') },
          {
            header: '应用场景',
            width: 24,
            value: (r) => r.scenarios.map((s) => SCENARIO_LABELS[s as Scenario]?.zh ?? s).join('、'),
          },
          {
            header: '服务区域',
            value: (r) => r.regionCodes.map((c) => regionFullName(c) ?? c).join('、'),
          },
          {
            header: '价格模式',
            value: (r) => PRICE_MODEL_LABELS[r.priceModel as PriceModel]?.zh ?? r.priceModel,
          },
          {
            header: '开放方式',
            value: (r) => RESOURCE_ACCESS_LABELS[r.access as ResourceAccess]?.zh ?? r.access,
          },
          { header: '供应商等级', value: (r) => zhLabelOf('supplierGrade', r.grade) },
          { header: '复用次数', value: (r) => r.reuseCount },
          { header: '部署企业数', value: (r) => r.deploymentCount },
          {
            header: '状态',
            value: (r) => RESOURCE_STATUS_LABELS[r.status as ResourceStatus]?.zh ?? r.status,
          },
          { header: '更新时间', value: (r) => shanghaiDateTime(r.updatedAt) },
        ],
        rows,
      );
    },
  );

  app.post(
    '/centers/:slug/resources',
    {
      config: { guard },
      schema: {
        tags: ['resources'],
        summary: '新增资源',
        params: slugParams,
        body: createResourceBodySchema,
        response: { 200: resourceViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const center = await loadOperatedCenter(tx, actor, request.params.slug);
        return createResource({ actor, tx, center, card: request.body });
      });
      return operatorView((await findResource(app.db, id))!);
    },
  );

  app.patch(
    '/resources/:id',
    {
      config: { guard },
      schema: {
        tags: ['resources'],
        summary: '修改资源（整卡替换，可下架）',
        params: idParams,
        body: updateResourceBodySchema,
        response: { 200: resourceViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const resource = await loadOperatedResource(tx, actor, request.params.id);
        await updateResource({ actor, tx, resource, input: request.body });
      });
      return operatorView((await findResource(app.db, request.params.id))!);
    },
  );

  app.get(
    '/resources/:id/adoptions',
    {
      config: { guard },
      schema: {
        tags: ['resources'],
        summary: '资源的复用与部署记录',
        params: idParams,
        response: { 200: z.object({ items: z.array(adoptionViewSchema) }) },
      },
    },
    async (request) => {
      const resource = await loadOperatedResource(app.db, actorOf(request), request.params.id);
      return { items: (await listAdoptions(app.db, resource.id)).map(presentAdoption) };
    },
  );

  app.post(
    '/resources/:id/adoptions',
    {
      config: { guard },
      schema: {
        tags: ['resources'],
        summary: '登记复用或部署',
        params: idParams,
        body: recordAdoptionBodySchema,
        response: { 200: resourceViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const resource = await loadOperatedResource(tx, actor, request.params.id);
        await recordAdoption({ actor, tx, resource, input: request.body });
      });
      return operatorView((await findResource(app.db, request.params.id))!);
    },
  );

  app.get(
    '/centers/:slug/resource-access-requests',
    {
      config: { guard },
      schema: {
        tags: ['resources'],
        summary: '资源使用申请（待审批与已处理）',
        params: slugParams,
        querystring: accessRequestListQuerySchema,
        response: { 200: accessRequestPageSchema },
      },
    },
    async (request) => {
      const center = await loadOperatedCenter(app.db, actorOf(request), request.params.slug);
      const { rows, total } = await listAccessRequests(app.db, center.id, request.query);
      return {
        items: rows.map(presentAccessRequest),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    '/resource-access-requests/:id/decision',
    {
      config: { guard },
      schema: {
        tags: ['resources'],
        summary: '审批资源使用申请',
        params: idParams,
        body: decideAccessRequestBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const accessRequest = await findAccessRequest(tx, request.params.id);
        if (!accessRequest) {
          throw new AppError('not_found', { entity: 'resource_access_request' });
        }
        const center = (await findCenter(tx, accessRequest.centerId))!;
        authorize(centerPolicy, actor, 'operate', center);
        await decideAccessRequest({
          actor,
          tx,
          request: accessRequest,
          input: request.body,
          scopeRegion: center.regionCode,
        });
      });
      return { ok: true as const };
    },
  );
};
