/**
 * 需求池与供需对接 routes: post (enterprise, or the center on its behalf), moderate, list, close; ranked
 * matches with their explanation; invitations, suppliers' answers and the center's agreement record.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import { answerInvitation } from '../../app/matching/answer-invitation.ts';
import { closeDemand } from '../../app/matching/close-demand.ts';
import { inviteSuppliers } from '../../app/matching/invite-suppliers.ts';
import { moderateDemand } from '../../app/matching/moderate-demand.ts';
import { postDemand } from '../../app/matching/post-demand.ts';
import { rankDemand } from '../../app/matching/rank-demand.ts';
import { recordAgreement } from '../../app/matching/record-agreement.ts';
import { today } from '../../app/publicity/clock.ts';
import { okSchema, pageQuerySchema } from '../../contracts/common.ts';
import {
  answerInvitationBodySchema,
  centerDemandBodySchema,
  closeDemandBodySchema,
  createDemandBodySchema,
  demandGraphQuerySchema,
  demandGraphSchema,
  demandExportQuerySchema,
  demandListQuerySchema,
  demandPageSchema,
  demandViewSchema,
  invitationListSchema,
  inviteBodySchema,
  matchListSchema,
  matchQuerySchema,
  moderateDemandBodySchema,
  recordAgreementBodySchema,
  type DemandListQuery,
} from '../../contracts/matching.ts';
import { zhLabelOf } from '../../contracts/vocabulary-labels.ts';
import type { Db } from '../../db/client.ts';
import { findCenter } from '../../db/loaders/centers.ts';
import {
  demandGraphCells,
  findDemand,
  findInvitation,
  listDemands,
  listInvitations,
  type DemandRow,
  type InvitationRow,
} from '../../db/loaders/matching.ts';
import { findOrganisation, findOrganisationByCreditCode } from '../../db/loaders/organisations.ts';
import { EXPORT_LIMIT, sendWorkbook, shanghaiDateTime, yuan } from '../excel.ts';
import { actorOf } from '../plugins/auth.ts';
import { authorize, listScope, type Policy } from '../policies/core.ts';
import { demandPolicy, invitationPolicy } from '../policies/matching.ts';
import { monitoringPolicy } from '../policies/decision-support.ts';
import { jurisdictionPrefix, NATIONAL_REGION_CODE } from '../../domain/jurisdiction/index.ts';
import { industryName } from '../../domain/reference/industries.ts';
import { isValidRegionCode, regionFullName } from '../../domain/reference/regions.ts';
import { scenarioValues, type Scenario } from '../../domain/resources/vocabulary.ts';
import { presentDemand, presentInvitation, presentMatch } from '../presenters/matching.ts';
import { loadCenter, requireRecognised, slugParams } from './center-platform/common.ts';

const tags = ['matching'];
const demandGuard = (action: string) => ({ guard: { policy: demandPolicy as Policy<never>, action } });
const invitationGuard = (action: string) => ({
  guard: { policy: invitationPolicy as Policy<never>, action },
});
const idParams = z.object({ id: z.uuid() });

/** The widest jurisdiction the actor holds among authority grants. */
function homeRegion(actor: Actor): string {
  const codes = actor.grants
    .filter((g) => ['national_admin', 'provincial_admin', 'city_officer'].includes(g.role))
    .map((g) => (g.role === 'national_admin' ? NATIONAL_REGION_CODE : (g.regionCode ?? '')));
  return codes.sort((a, b) => jurisdictionPrefix(a).length - jurisdictionPrefix(b).length)[0] ?? '';
}
const created = { 200: z.object({ id: z.uuid() }) };

async function loadDemand(db: Db, actor: Actor, id: string, action: string): Promise<DemandRow> {
  const demand = await findDemand(db, id);
  if (!demand) {
    throw new AppError('not_found', { entity: 'demand' });
  }
  authorize(demandPolicy, actor, 'read', demand);
  authorize(demandPolicy, actor, action, demand);
  return demand;
}

async function providerOrganisationId(db: Db, invitation: InvitationRow): Promise<string | null> {
  if (!invitation.providerCreditCode) {
    return null;
  }
  return (await findOrganisationByCreditCode(db, invitation.providerCreditCode))?.id ?? null;
}

/** The need pool a center operator or authority moderates, filtered as asked (list and export). */
async function poolDemands(
  db: Db,
  actor: Actor,
  query: Omit<DemandListQuery, 'page' | 'pageSize'>,
  page: number,
  pageSize: number,
) {
  const scope = listScope(demandPolicy, actor, 'moderate');
  const { rows, total } = await listDemands(db, { ...query, scope, page, pageSize });
  const now = today();
  return { items: rows.map((r) => presentDemand(r, actor, now)), total };
}

export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/demands',
    {
      config: demandGuard('post'),
      schema: { tags, summary: '发布需求（企业）', body: createDemandBodySchema, response: created },
    },
    async (request) => {
      const actor = actorOf(request);
      const { centerId, ...input } = request.body;
      const id = await app.db.transaction(async (tx) => {
        const center = await findCenter(tx, centerId);
        if (!center) {
          throw new AppError('not_found', { entity: 'center' });
        }
        requireRecognised(center);
        const subject = {
          organisationId: actor.organisationId,
          centerRegionCode: center.regionCode,
          centerOperatorOrganisationId: center.operatorOrganisationId,
        };
        authorize(demandPolicy, actor, 'post', subject);
        return postDemand({
          actor,
          tx,
          center,
          organisationId: actor.organisationId,
          postedBy: 'enterprise',
          input,
        });
      });
      return { id };
    },
  );

  app.post(
    '/centers/:slug/demands',
    {
      config: demandGuard('post'),
      schema: {
        tags,
        summary: '代企业发布需求（促进中心）',
        params: slugParams,
        body: centerDemandBodySchema,
        response: created,
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { enterpriseCreditCode, ...input } = request.body;
      const id = await app.db.transaction(async (tx) => {
        const center = await loadCenter(tx, actor, request.params.slug, 'operate');
        const enterprise = await findOrganisationByCreditCode(tx, enterpriseCreditCode);
        if (!enterprise) {
          throw new AppError('ledger.enterprise_unknown', { creditCode: enterpriseCreditCode }, [
            { field: 'enterpriseCreditCode', code: 'ledger.enterprise_unknown', message: '' },
          ]);
        }
        return postDemand({ actor, tx, center, organisationId: enterprise.id, postedBy: 'center', input });
      });
      return { id };
    },
  );

  app.get(
    '/my/demands',
    {
      config: demandGuard('post'),
      schema: {
        tags,
        summary: '我的需求',
        querystring: demandListQuerySchema,
        response: { 200: demandPageSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { rows, total } = await listDemands(app.db, {
        ...request.query,
        organisationId: actor.organisationId,
      });
      const now = today();
      return {
        items: rows.map((r) => presentDemand(r, actor, now)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/demands',
    {
      config: demandGuard('moderate'),
      schema: {
        tags,
        summary: '需求池（促进中心与主管部门）',
        querystring: demandListQuerySchema,
        response: { 200: demandPageSchema },
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query;
      const { items, total } = await poolDemands(app.db, actorOf(request), query, page, pageSize);
      return { items, total, page, pageSize };
    },
  );

  app.get(
    '/demands/export.xlsx',
    {
      config: demandGuard('moderate'),
      schema: { tags, summary: '导出需求池', querystring: demandExportQuerySchema },
    },
    async (request, reply) => {
      const { items } = await poolDemands(app.db, actorOf(request), request.query, 1, EXPORT_LIMIT);
      return sendWorkbook(
        reply,
        '需求对接.xlsx',
        '需求',
        [
          { header: '发布时间', value: (d) => shanghaiDateTime(d.createdAt) },
          { header: '需求标题', width: 30, value: (d) => d.title },
          { header: '需求企业', width: 30, value: (d) => d.enterpriseName },
          { header: '受理的促进中心', width: 32, value: (d) => d.center.name },
          { header: '所属行业', width: 20, value: (d) => d.industryName },
          {
            header: '应用场景',
            width: 24,
            value: (d) => d.scenarios.map((s) => zhLabelOf('scenario', s)).join('、'),
          },
          { header: '所在地区', width: 24, value: (d) => d.regionName },
          { header: '预算下限（元）', width: 14, value: (d) => yuan(d.budgetMinFen) },
          { header: '预算上限（元）', width: 14, value: (d) => yuan(d.budgetMaxFen) },
          { header: '截止日期', width: 12, value: (d) => d.deadline },
          { header: '发布方式', width: 14, value: (d) => zhLabelOf('demandPoster', d.postedBy) },
          { header: '状态', width: 10, value: (d) => zhLabelOf('demandStatus', d.status) },
          { header: '对接结果', width: 18, value: (d) => zhLabelOf('demandOutcome', d.outcome) },
          // Contacts only where the list shows them (a center-only contact stays hidden from others).
          { header: '联系人', width: 12, value: (d) => d.contact?.name ?? null },
          { header: '联系电话', width: 16, value: (d) => d.contact?.phone ?? null },
        ],
        items,
      );
    },
  );

  app.get(
    '/demands/:id',
    {
      config: demandGuard('read'),
      schema: { tags, summary: '需求详情', params: idParams, response: { 200: demandViewSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentDemand(await loadDemand(app.db, actor, request.params.id, 'read'), actor, today());
    },
  );

  app.post(
    '/demands/:id/moderate',
    {
      config: demandGuard('moderate'),
      schema: {
        tags,
        summary: '审核需求（发布或退回）',
        params: idParams,
        body: moderateDemandBodySchema,
        response: { 200: demandViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        moderateDemand({
          actor,
          tx,
          demand: await loadDemand(tx, actor, request.params.id, 'moderate'),
          input: request.body,
        }),
      );
      return presentDemand((await findDemand(app.db, request.params.id))!, actor, today());
    },
  );

  app.post(
    '/demands/:id/close',
    {
      config: demandGuard('close'),
      schema: {
        tags,
        summary: '关闭需求',
        params: idParams,
        body: closeDemandBodySchema,
        response: { 200: demandViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        closeDemand({
          actor,
          tx,
          demand: await loadDemand(tx, actor, request.params.id, 'close'),
          input: request.body,
        }),
      );
      return presentDemand((await findDemand(app.db, request.params.id))!, actor, today());
    },
  );

  app.get(
    '/demands/:id/matches',
    {
      config: demandGuard('match'),
      schema: {
        tags,
        summary: '需求的匹配结果（含每项得分理由）',
        params: idParams,
        querystring: matchQuerySchema,
        response: { 200: matchListSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const demand = await loadDemand(app.db, actor, request.params.id, 'match');
      const result = await rankDemand(app.db, demand, request.query.limit);
      const invited = new Map(
        (await listInvitations(app.db, { demandId: demand.id })).map((i) => [i.resourceId, i.id]),
      );
      return {
        items: result.ranked.map((r) =>
          presentMatch(r, result.candidates.get(r.id)!, invited.get(r.id) ?? null),
        ),
        excludedCount: result.excluded.length,
        candidateCount: result.candidates.size,
      };
    },
  );

  app.get(
    '/demands/:id/invitations',
    {
      config: demandGuard('read'),
      schema: { tags, summary: '需求的对接邀请', params: idParams, response: { 200: invitationListSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const demand = await loadDemand(app.db, actor, request.params.id, 'read');
      const rows = await listInvitations(app.db, { demandId: demand.id });
      const items = [];
      for (const row of rows) {
        items.push(presentInvitation(row, actor, demand, await providerOrganisationId(app.db, row)));
      }
      return { items };
    },
  );

  app.post(
    '/demands/:id/invitations',
    {
      config: demandGuard('invite'),
      schema: {
        tags,
        summary: '邀请供应商对接',
        params: idParams,
        body: inviteBodySchema,
        response: { 200: z.object({ ids: z.array(z.uuid()) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const ids = await app.db.transaction(async (tx) =>
        inviteSuppliers({
          actor,
          tx,
          demand: await loadDemand(tx, actor, request.params.id, 'invite'),
          resourceIds: request.body.resourceIds,
        }),
      );
      return { ids };
    },
  );

  app.get(
    '/my/invitations',
    {
      config: invitationGuard('answer'),
      schema: {
        tags,
        summary: '收到的对接邀请（供应商）',
        querystring: pageQuerySchema,
        response: { 200: invitationListSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const org = await findOrganisation(app.db, actor.organisationId);
      if (!org) {
        return { items: [] };
      }
      const rows = await listInvitations(app.db, { providerCreditCode: org.creditCode });
      const items = [];
      for (const row of rows) {
        const demand = (await findDemand(app.db, row.demandId))!;
        items.push(presentInvitation(row, actor, demand, org.id));
      }
      return { items };
    },
  );

  app.post(
    '/invitations/:id/answer',
    {
      config: invitationGuard('answer'),
      schema: {
        tags,
        summary: '答复对接邀请（供应商）',
        params: idParams,
        body: answerInvitationBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const invitation = await findInvitation(tx, request.params.id);
        if (!invitation) {
          throw new AppError('not_found', { entity: 'demand_invitation' });
        }
        authorize(invitationPolicy, actor, 'read', {
          providerOrganisationId: await providerOrganisationId(tx, invitation),
        });
        const demand = (await findDemand(tx, invitation.demandId))!;
        await answerInvitation({ actor, tx, demand, invitation, input: request.body });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/demands/:id/agreement',
    {
      config: demandGuard('recordAgreement'),
      schema: {
        tags,
        summary: '登记达成合作（促进中心），生成供需对接服务台账',
        params: idParams,
        body: recordAgreementBodySchema,
        response: { 200: z.object({ serviceRecordId: z.uuid() }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const serviceRecordId = await app.db.transaction(async (tx) => {
        const demand = await loadDemand(tx, actor, request.params.id, 'recordAgreement');
        const invitation = await findInvitation(tx, request.body.invitationId);
        if (!invitation || invitation.demandId !== demand.id) {
          throw new AppError('not_found', { entity: 'demand_invitation' });
        }
        return recordAgreement({ actor, tx, demand, invitation, input: request.body });
      });
      return { serviceRecordId };
    },
  );
  app.get(
    '/demand-graph',
    {
      config: { guard: { policy: monitoringPolicy as Policy<never>, action: 'dashboard' } },
      schema: {
        tags,
        summary: '需求图谱：辖区内企业需求（行业 × 场景）',
        querystring: demandGraphQuerySchema,
        response: { 200: demandGraphSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const region = request.query.region ?? homeRegion(actor);
      if (region !== NATIONAL_REGION_CODE && !isValidRegionCode(region)) {
        throw new AppError('not_found', { entity: 'region' });
      }
      authorize(monitoringPolicy, actor, 'read', { regionCode: region });
      const prefix = region === NATIONAL_REGION_CODE ? null : jurisdictionPrefix(region);
      const { cells, needs } = await demandGraphCells(app.db, prefix, today());
      const known = cells.filter((c): c is typeof c & { scenario: Scenario } =>
        (scenarioValues as readonly string[]).includes(c.scenario),
      );
      const byIndustry = new Map<string, number>();
      for (const c of known) {
        byIndustry.set(c.industryCode, (byIndustry.get(c.industryCode) ?? 0) + c.total);
      }
      return {
        regionCode: region,
        regionName: region === NATIONAL_REGION_CODE ? '全国' : (regionFullName(region) ?? region),
        industries: [...byIndustry]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([code, total]) => ({ code, name: industryName(code) ?? code, total })),
        scenarios: [...scenarioValues],
        cells: known,
        total: needs,
      };
    },
  );
};
