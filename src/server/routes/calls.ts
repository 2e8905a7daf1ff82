/** 申报通知: public list and detail of published calls; issuing authorities create, edit, publish, close. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  callListQuerySchema,
  callPageSchema,
  callViewSchema,
  createCallBodySchema,
  updateCallBodySchema,
  versionBodySchema,
  type CreateCallBody,
} from '../../contracts/recognition.ts';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import { createCall } from '../../app/recognition/create-call.ts';
import { setCallStatus, updateCall } from '../../app/recognition/update-call.ts';
import type { Db } from '../../db/client.ts';
import { findCall, listCalls, liveApplicationsOf, type CallFilter } from '../../db/loaders/recognition.ts';
import { shanghaiToday } from '../../app/recognition/context.ts';
import { NATIONAL_REGION_CODE } from '../../domain/jurisdiction/index.ts';
import { authorize, can, listScope, type Policy } from '../policies/core.ts';
import { callPolicy } from '../policies/call.ts';
import { actorOf } from '../plugins/auth.ts';
import { presentCall } from '../presenters/recognition.ts';
import { EXPORT_LIMIT, sendWorkbook } from '../excel.ts';
import { zhLabelOf } from '../../contracts/vocabulary-labels.ts';
import { getPack } from '../../domain/policy/index.ts';

const guard = (action: string) => ({ policy: callPolicy as Policy<never>, action });
const idParams = z.object({ id: z.uuid() });

/** A call the caller may see: published ones for anyone, others only for those who manage it (else 404). */
async function loadCall(db: Db, actor: Actor | null, id: string, action: 'read' | 'manage') {
  const call = await findCall(db, id);
  if (!call) {
    throw new AppError('not_found', { entity: 'call' });
  }
  const subject = { id: call.id, regionCode: call.regionCode, status: call.status };
  if (action === 'read') {
    if (call.status !== 'published' && !(actor && can(callPolicy, actor, 'manage', subject))) {
      throw new AppError('not_found', { entity: 'call' });
    }
    return call;
  }
  authorize(callPolicy, actor!, 'manage', subject);
  return call;
}

/** The jurisdiction a call of `level` is issued for: the grant of the matching authority role. */
function issuingRegion(actor: Actor, level: CreateCallBody['level']): string {
  const role = { national: 'national_admin', provincial: 'provincial_admin', municipal: 'city_officer' }[
    level
  ];
  const grant = actor.grants.find((g) => g.role === role);
  if (!grant) {
    throw new AppError('forbidden', {}, [{ field: 'level', code: 'forbidden', message: '' }]);
  }
  return role === 'national_admin' ? NATIONAL_REGION_CODE : grant.regionCode!;
}

/** An applicant's live application per call, for 查看我的申报 instead of 我要申报. */
async function myApplications(db: Db, actor: Actor | null, callIds: string[]): Promise<Map<string, string>> {
  return actor?.grants.some((g) => g.role === 'applicant')
    ? liveApplicationsOf(db, actor.organisationId, callIds)
    : new Map();
}

/** The list's filter: `open` means open today (Asia/Shanghai, DTPC_TODAY-aware). */
function callFilter<Q extends { open?: boolean | undefined }>(
  query: Q,
): Omit<Q, 'open'> & Pick<CallFilter, 'openOn'> {
  const { open, ...rest } = query;
  return { ...rest, openOn: open ? shanghaiToday() : undefined };
}

export const callRoutes: FastifyPluginAsyncZod = async (app) => {
  const manageScope = (actor: Actor | null) => (actor ? listScope(callPolicy, actor, 'manage') : null);

  app.get(
    '/calls',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['recognition'],
        summary: '申报通知列表（公众可见已发布的通知）',
        querystring: callListQuerySchema,
        response: { 200: callPageSchema },
      },
    },
    async (request) => {
      const { rows, total } = await listCalls(app.db, manageScope(request.actor), callFilter(request.query));
      const mine = await myApplications(
        app.db,
        request.actor,
        rows.map((c) => c.id),
      );
      return {
        items: rows.map((c) => presentCall(c, request.actor, mine.get(c.id) ?? null)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/calls/export.xlsx',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['recognition'],
        summary: '导出申报通知列表',
        querystring: callListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const { rows } = await listCalls(app.db, manageScope(request.actor), {
        ...callFilter(request.query),
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      return sendWorkbook(
        reply,
        '申报通知.xlsx',
        '申报通知',
        [
          { header: '年度', width: 8, value: (c) => c.year },
          { header: '标题', width: 40, value: (c) => c.title },
          { header: '政策包', width: 30, value: (c) => getPack(c.packId)?.title.zh ?? c.packId },
          { header: '发布单位', width: 28, value: (c) => c.issuingOrganisationName },
          { header: '开始日期', value: (c) => c.opensOn },
          { header: '截止日期', value: (c) => c.closesOn },
          { header: '状态', width: 10, value: (c) => zhLabelOf('callStatus', c.status) },
        ],
        rows,
      );
    },
  );

  app.get(
    '/calls/:id',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['recognition'],
        summary: '申报通知详情',
        params: idParams,
        response: { 200: callViewSchema },
      },
    },
    async (request) =>
      presentCall(
        await loadCall(app.db, request.actor, request.params.id, 'read'),
        request.actor,
        (await myApplications(app.db, request.actor, [request.params.id])).get(request.params.id) ?? null,
      ),
  );

  app.post(
    '/calls',
    {
      config: { guard: guard('manage') },
      schema: {
        tags: ['recognition'],
        summary: '新建申报通知（草稿）',
        body: createCallBodySchema,
        response: { 200: callViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) =>
        createCall({ actor, tx, input: request.body, regionCode: issuingRegion(actor, request.body.level) }),
      );
      return presentCall((await findCall(app.db, id))!, actor);
    },
  );

  app.patch(
    '/calls/:id',
    {
      config: { guard: guard('manage') },
      schema: {
        tags: ['recognition'],
        summary: '修改申报通知',
        params: idParams,
        body: updateCallBodySchema,
        response: { 200: callViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        updateCall({
          actor,
          tx,
          call: await loadCall(tx, actor, request.params.id, 'manage'),
          input: request.body,
        }),
      );
      return presentCall((await findCall(app.db, request.params.id))!, actor);
    },
  );

  for (const [path, status, summary] of [
    ['publish', 'published', '发布申报通知'],
    ['close', 'closed', '截止申报通知'],
  ] as const) {
    app.post(
      `/calls/:id/${path}`,
      {
        config: { guard: guard('manage') },
        schema: {
          tags: ['recognition'],
          summary,
          params: idParams,
          body: versionBodySchema,
          response: { 200: callViewSchema },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await app.db.transaction(async (tx) =>
          setCallStatus({
            actor,
            tx,
            call: await loadCall(tx, actor, request.params.id, 'manage'),
            version: request.body.version,
            status,
          }),
        );
        return presentCall((await findCall(app.db, request.params.id))!, actor);
      },
    );
  }
};
