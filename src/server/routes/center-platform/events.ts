/** Events routes: contests (teams), forums, matchmaking events (agreements), industry–education agreements. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageQuerySchema } from '../../../contracts/common.ts';
import {
  createAgreementBodySchema,
  createEventBodySchema,
  createIeAgreementBodySchema,
  createTeamBodySchema,
  eventListQuerySchema,
  eventPageSchema,
  ieAgreementPageSchema,
} from '../../../contracts/center-platform/events.ts';
import { AppError } from '../../../app/errors.ts';
import { addContestTeam } from '../../../app/center-platform/add-contest-team.ts';
import { addEventAgreement } from '../../../app/center-platform/add-event-agreement.ts';
import { createEvent } from '../../../app/center-platform/create-event.ts';
import { createIeAgreement } from '../../../app/center-platform/create-ie-agreement.ts';
import { findEvent, listEvents, listIeAgreements } from '../../../db/loaders/center-platform/events.ts';
import { actorOf } from '../../plugins/auth.ts';
import { zhLabelOf } from '../../../contracts/vocabulary-labels.ts';
import { presentEvent } from '../../presenters/center-platform.ts';
import { loadCenter, operateGuard, slugParams } from './common.ts';
import { centerListRoute } from './list-routes.ts';

const tags = ['center-platform'];
const created = { 200: z.object({ id: z.uuid() }) };
const eventParams = slugParams.extend({ eventId: z.uuid() });

export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  centerListRoute(app, {
    url: '/centers/:slug/events',
    summary: '活动列表',
    querystring: eventListQuerySchema,
    response: eventPageSchema,
    list: listEvents,
    present: presentEvent,
    export: {
      summary: '导出活动列表',
      fileName: '活动列表.xlsx',
      sheet: '活动',
      columns: [
        { header: '日期', value: (e) => e.heldOn },
        { header: '类型', value: (e) => zhLabelOf('eventKind', e.kind) },
        { header: '名称', width: 32, value: (e) => e.title },
        { header: '地点', value: (e) => e.location },
        { header: '参与人数', value: (e) => e.participants },
        { header: '参赛队伍数', value: (e) => e.teams.length },
        { header: '达成合作数', value: (e) => e.agreements.length },
        {
          header: '合作金额（元）',
          value: (e) => e.agreements.reduce((sum, a) => sum + (a.amountFen ?? 0), 0) / 100,
        },
      ],
    },
  });

  app.post(
    '/centers/:slug/events',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '登记活动',
        params: slugParams,
        body: createEventBodySchema,
        response: created,
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) =>
        createEvent({
          actor,
          tx,
          center: await loadCenter(tx, actor, request.params.slug, 'operate'),
          input: request.body,
        }),
      );
      return { id };
    },
  );

  const loadEvent = async (tx: typeof app.db, centerId: string, eventId: string) => {
    const event = await findEvent(tx, eventId);
    if (!event || event.centerId !== centerId) {
      throw new AppError('not_found', { entity: 'center_event' });
    }
    return event;
  };

  app.post(
    '/centers/:slug/events/:eventId/teams',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '登记参赛队伍',
        params: eventParams,
        body: createTeamBodySchema,
        response: created,
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const center = await loadCenter(tx, actor, request.params.slug, 'operate');
        const event = await loadEvent(tx, center.id, request.params.eventId);
        return addContestTeam({ actor, tx, center, event, input: request.body });
      });
      return { id };
    },
  );

  app.post(
    '/centers/:slug/events/:eventId/agreements',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '登记达成合作',
        params: eventParams,
        body: createAgreementBodySchema,
        response: created,
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const center = await loadCenter(tx, actor, request.params.slug, 'operate');
        const event = await loadEvent(tx, center.id, request.params.eventId);
        return addEventAgreement({ actor, tx, center, event, input: request.body });
      });
      return { id };
    },
  );

  centerListRoute(app, {
    url: '/centers/:slug/ie-agreements',
    summary: '产教合作列表',
    querystring: pageQuerySchema,
    response: ieAgreementPageSchema,
    list: listIeAgreements,
    present: (a) => ({
      id: a.id,
      enterpriseName: a.enterpriseName,
      institutionName: a.institutionName,
      title: a.title,
      signedOn: a.signedOn,
    }),
  });

  app.post(
    '/centers/:slug/ie-agreements',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '登记产教合作',
        params: slugParams,
        body: createIeAgreementBodySchema,
        response: created,
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) =>
        createIeAgreement({
          actor,
          tx,
          center: await loadCenter(tx, actor, request.params.slug, 'operate'),
          input: request.body,
        }),
      );
      return { id };
    },
  );
};
