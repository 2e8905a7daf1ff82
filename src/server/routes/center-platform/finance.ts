/** 产融对接 routes: enterprises file needs; the operator lists products, matches needs and records outcomes. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema, pageQuerySchema } from '../../../contracts/common.ts';
import {
  createMatchBodySchema,
  createNeedBodySchema,
  createProductBodySchema,
  decideMatchBodySchema,
  financeListQuerySchema,
  matchPageSchema,
  needPageSchema,
  productPageSchema,
} from '../../../contracts/center-platform/finance.ts';
import { AppError } from '../../../app/errors.ts';
import { createFinanceProduct } from '../../../app/center-platform/create-finance-product.ts';
import { decideFinanceMatch } from '../../../app/center-platform/decide-finance-match.ts';
import { fileFinancingNeed } from '../../../app/center-platform/file-financing-need.ts';
import { proposeFinanceMatch } from '../../../app/center-platform/propose-finance-match.ts';
import { findCenter } from '../../../db/loaders/centers.ts';
import {
  findMatch,
  listMatches,
  listNeeds,
  listProducts,
} from '../../../db/loaders/center-platform/finance.ts';
import { actorOf } from '../../plugins/auth.ts';
import { presentMatch, presentNeed, presentProduct } from '../../presenters/center-platform.ts';
import {
  authorizeEnterprise,
  enterpriseGuard,
  loadCenter,
  operateGuard,
  requireRecognised,
  slugParams,
} from './common.ts';
import { centerListRoute, enterpriseListRoute } from './list-routes.ts';

const tags = ['center-platform'];
const created = { 200: z.object({ id: z.uuid() }) };

export const financeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/financing-needs',
    {
      config: enterpriseGuard('fileNeed'),
      schema: { tags, summary: '发布融资需求（企业）', body: createNeedBodySchema, response: created },
    },
    async (request) => {
      const actor = actorOf(request);
      authorizeEnterprise(actor, 'fileNeed');
      const id = await app.db.transaction(async (tx) => {
        const center = await findCenter(tx, request.body.centerId);
        if (!center) {
          throw new AppError('not_found', { entity: 'center' });
        }
        requireRecognised(center);
        return fileFinancingNeed({ actor, tx, centerRegionCode: center.regionCode, input: request.body });
      });
      return { id };
    },
  );

  enterpriseListRoute(app, {
    url: '/my/financing-needs',
    summary: '我的融资需求',
    querystring: pageQuerySchema,
    response: needPageSchema,
    list: (db, query, actor) => listNeeds(db, { ...query, organisationId: actor.organisationId }),
    present: presentNeed,
  });

  centerListRoute(app, {
    url: '/centers/:slug/financing-needs',
    summary: '融资需求（运营）',
    querystring: financeListQuerySchema,
    response: needPageSchema,
    list: listNeeds,
    present: presentNeed,
  });

  centerListRoute(app, {
    url: '/centers/:slug/finance-products',
    summary: '基金与金融产品',
    querystring: pageQuerySchema,
    response: productPageSchema,
    list: listProducts,
    present: presentProduct,
  });

  app.post(
    '/centers/:slug/finance-products',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '登记金融产品',
        params: slugParams,
        body: createProductBodySchema,
        response: created,
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) =>
        createFinanceProduct({
          actor,
          tx,
          center: await loadCenter(tx, actor, request.params.slug, 'operate'),
          input: request.body,
        }),
      );
      return { id };
    },
  );

  centerListRoute(app, {
    url: '/centers/:slug/finance-matches',
    summary: '产融对接记录',
    querystring: financeListQuerySchema,
    response: matchPageSchema,
    list: listMatches,
    present: presentMatch,
  });

  app.post(
    '/centers/:slug/finance-matches',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '对接融资需求与产品',
        params: slugParams,
        body: createMatchBodySchema,
        response: created,
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const center = await loadCenter(tx, actor, request.params.slug, 'operate');
        return proposeFinanceMatch({ actor, tx, center, ...request.body });
      });
      return { id };
    },
  );

  app.post(
    '/centers/:slug/finance-matches/:matchId/decide',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '登记对接结果',
        params: slugParams.extend({ matchId: z.uuid() }),
        body: decideMatchBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const center = await loadCenter(tx, actor, request.params.slug, 'operate');
        const match = await findMatch(tx, request.params.matchId);
        if (!match || match.centerId !== center.id) {
          throw new AppError('not_found', { entity: 'finance_match' });
        }
        await decideFinanceMatch({ actor, tx, center, match, input: request.body });
      });
      return { ok: true as const };
    },
  );
};
