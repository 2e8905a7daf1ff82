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
import { yesNo, zhLabelOf } from '../../../contracts/vocabulary-labels.ts';
import { shanghaiDateTime, yuan } from '../../excel.ts';
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
    export: {
      summary: '导出融资需求',
      fileName: '融资需求.xlsx',
      sheet: '融资需求',
      columns: [
        { header: '发布时间', value: (n) => shanghaiDateTime(n.createdAt) },
        { header: '企业', width: 32, value: (n) => n.organisationName },
        { header: '中小企业', width: 10, value: (n) => yesNo(n.organisationSme) },
        { header: '金额（元）', width: 14, value: (n) => yuan(n.amountFen) },
        { header: '用途', width: 36, value: (n) => n.purpose },
        { header: '期限（月）', width: 10, value: (n) => n.termMonths },
        { header: '状态', width: 12, value: (n) => zhLabelOf('financeNeedStatus', n.status) },
      ],
    },
  });

  centerListRoute(app, {
    url: '/centers/:slug/finance-products',
    summary: '基金与金融产品',
    querystring: pageQuerySchema,
    response: productPageSchema,
    list: listProducts,
    present: presentProduct,
    export: {
      summary: '导出基金与金融产品',
      fileName: '基金与金融产品.xlsx',
      sheet: '金融产品',
      columns: [
        { header: '类型', width: 12, value: (p) => zhLabelOf('financeProductKind', p.kind) },
        { header: '产品名称', width: 28, value: (p) => p.name },
        { header: '金融机构', width: 28, value: (p) => p.institution },
        { header: '最低金额（元）', width: 14, value: (p) => yuan(p.minAmountFen) },
        { header: '最高金额（元）', width: 14, value: (p) => yuan(p.maxAmountFen) },
        { header: '条件说明', width: 40, value: (p) => p.terms },
      ],
    },
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
    export: {
      summary: '导出产融对接记录',
      fileName: '产融对接记录.xlsx',
      sheet: '对接记录',
      columns: [
        { header: '企业', width: 32, value: (m) => m.need.organisationName },
        { header: '需求金额（元）', width: 14, value: (m) => yuan(m.need.amountFen) },
        { header: '用途', width: 30, value: (m) => m.need.purpose },
        { header: '产品', width: 28, value: (m) => m.product.name },
        { header: '产品类型', width: 12, value: (m) => zhLabelOf('financeProductKind', m.product.kind) },
        { header: '金融机构', width: 28, value: (m) => m.product.institution },
        { header: '状态', width: 10, value: (m) => zhLabelOf('financeMatchStatus', m.match.status) },
        { header: '获得金额（元）', width: 14, value: (m) => yuan(m.match.grantedFen) },
        { header: '结果说明', width: 30, value: (m) => m.match.outcome },
        { header: '日期', width: 12, value: (m) => m.match.decidedOn },
      ],
    },
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
