/** SME offers routes: the operator publishes offers and sees uses; enterprises claim, buy after trial, book slots. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema, pageQuerySchema } from '../../../contracts/common.ts';
import {
  bookingPageSchema,
  claimPageSchema,
  createBookingBodySchema,
  createOfferBodySchema,
  offerListQuerySchema,
  offerPageSchema,
  purchaseBodySchema,
} from '../../../contracts/center-platform/offers.ts';
import { AppError } from '../../../app/errors.ts';
import { bookSlot } from '../../../app/center-platform/book-slot.ts';
import { cancelBooking } from '../../../app/center-platform/cancel-booking.ts';
import { claimOffer } from '../../../app/center-platform/claim-offer.ts';
import { createOffer } from '../../../app/center-platform/create-offer.ts';
import { purchaseAfterTrial } from '../../../app/center-platform/purchase-after-trial.ts';
import {
  findBooking,
  findClaim,
  findOfferWithCenter,
  listBookings,
  listClaims,
  listOffers,
} from '../../../db/loaders/center-platform/offers.ts';
import { zhLabelOf } from '../../../contracts/vocabulary-labels.ts';
import { shanghaiDateTime, yuan } from '../../excel.ts';
import { can } from '../../policies/core.ts';
import { centerPlatformPolicy } from '../../policies/center-platform.ts';
import { actorOf } from '../../plugins/auth.ts';
import { presentBooking, presentClaim, presentOffer } from '../../presenters/center-platform.ts';
import {
  authorizeEnterprise,
  enterpriseGuard,
  idParams,
  loadCenter,
  operateGuard,
  requireRecognised,
  slugParams,
} from './common.ts';
import { centerListRoute, enterpriseListRoute } from './list-routes.ts';

const tags = ['center-platform'];
const created = { 200: z.object({ id: z.uuid() }) };

export const offerRoutes: FastifyPluginAsyncZod = async (app) => {
  centerListRoute(app, {
    url: '/centers/:slug/offers',
    summary: '惠企服务列表（运营）',
    querystring: offerListQuerySchema,
    response: offerPageSchema,
    list: listOffers,
    present: presentOffer,
    export: {
      summary: '导出惠企服务列表',
      fileName: '惠企服务.xlsx',
      sheet: '惠企服务',
      columns: [
        { header: '类型', width: 14, value: (o) => zhLabelOf('offerKind', o.kind) },
        { header: '名称', width: 30, value: (o) => o.title },
        { header: '提供方', width: 30, value: (o) => o.provider },
        { header: '原价（元）', width: 12, value: (o) => yuan(o.listPriceFen) },
        { header: '优惠价（元）', width: 12, value: (o) => yuan(o.offerPriceFen) },
        { header: '试用天数', width: 10, value: (o) => o.trialDays },
        { header: '使用次数', width: 10, value: (o) => o.uses },
        { header: '状态', width: 10, value: (o) => zhLabelOf('offerStatus', o.status) },
        { header: '发布时间', value: (o) => shanghaiDateTime(o.createdAt) },
      ],
    },
  });

  app.post(
    '/centers/:slug/offers',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '发布惠企服务',
        params: slugParams,
        body: createOfferBodySchema,
        response: created,
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) =>
        createOffer({
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
    url: '/centers/:slug/claims',
    summary: '试用与优惠申领（运营）',
    querystring: pageQuerySchema,
    response: claimPageSchema,
    list: listClaims,
    present: presentClaim,
    export: {
      summary: '导出试用与优惠申领记录',
      fileName: '惠企服务申领记录.xlsx',
      sheet: '申领记录',
      columns: [
        { header: '申领日期', width: 12, value: (r) => r.claim.claimedOn },
        { header: '服务名称', width: 30, value: (r) => r.offer.title },
        { header: '服务类型', width: 14, value: (r) => zhLabelOf('offerKind', r.offer.kind) },
        { header: '企业', width: 32, value: (r) => r.organisationName },
        { header: '状态', width: 12, value: (r) => zhLabelOf('claimStatus', r.claim.status) },
        { header: '试用截止', width: 12, value: (r) => r.claim.trialEndsOn },
        { header: '购买日期', width: 12, value: (r) => r.claim.purchasedOn },
        { header: '金额（元）', width: 12, value: (r) => yuan(r.claim.amountFen) },
      ],
    },
  });

  centerListRoute(app, {
    url: '/centers/:slug/bookings',
    summary: '设备与产能预约（运营）',
    querystring: pageQuerySchema,
    response: bookingPageSchema,
    list: listBookings,
    present: presentBooking,
    export: {
      summary: '导出设备与产能预约记录',
      fileName: '惠企服务预约记录.xlsx',
      sheet: '预约记录',
      columns: [
        { header: '开始时间', value: (r) => shanghaiDateTime(r.booking.startsAt) },
        { header: '结束时间', value: (r) => shanghaiDateTime(r.booking.endsAt) },
        { header: '服务名称', width: 30, value: (r) => r.offer.title },
        { header: '企业', width: 32, value: (r) => r.organisationName },
        { header: '状态', width: 10, value: (r) => zhLabelOf('bookingStatus', r.booking.status) },
        { header: '备注', width: 30, value: (r) => r.booking.note },
      ],
    },
  });

  enterpriseListRoute(app, {
    url: '/offers',
    summary: '惠企服务（企业）',
    querystring: offerListQuerySchema,
    response: offerPageSchema,
    list: (db, query) => listOffers(db, { ...query, recognisedOnly: true }),
    present: presentOffer,
    authorize: true,
  });

  const loadOffer = async (tx: typeof app.db, id: string) => {
    const found = await findOfferWithCenter(tx, id);
    if (!found) {
      throw new AppError('not_found', { entity: 'sme_offer' });
    }
    requireRecognised(found.center, 'sme_offer');
    return found;
  };

  app.post(
    '/offers/:id/claims',
    {
      config: enterpriseGuard('claim'),
      schema: { tags, summary: '申领试用或优惠', params: idParams, response: created },
    },
    async (request) => {
      const actor = actorOf(request);
      authorizeEnterprise(actor, 'claim');
      const id = await app.db.transaction(async (tx) => {
        const { offer, center } = await loadOffer(tx, request.params.id);
        return claimOffer({ actor, tx, offer, centerRegionCode: center.regionCode });
      });
      return { id };
    },
  );

  app.post(
    '/claims/:id/purchase',
    {
      config: enterpriseGuard('claim'),
      schema: {
        tags,
        summary: '试用后购买',
        params: idParams,
        body: purchaseBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const found = await findClaim(tx, request.params.id);
        if (!found || found.claim.organisationId !== actor.organisationId) {
          throw new AppError('not_found', { entity: 'offer_claim' });
        }
        await purchaseAfterTrial({
          actor,
          tx,
          claim: found.claim,
          offer: found.offer,
          version: request.body.version,
          centerRegionCode: found.center.regionCode,
        });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/offers/:id/bookings',
    {
      config: enterpriseGuard('book'),
      schema: {
        tags,
        summary: '预约共享设备或产能',
        params: idParams,
        body: createBookingBodySchema,
        response: created,
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorizeEnterprise(actor, 'book');
      const id = await app.db.transaction(async (tx) => {
        const { center } = await loadOffer(tx, request.params.id);
        return bookSlot({
          actor,
          tx,
          offerId: request.params.id,
          centerRegionCode: center.regionCode,
          input: request.body,
        });
      });
      return { id };
    },
  );

  enterpriseListRoute(app, {
    url: '/my/bookings',
    summary: '我的预约',
    querystring: pageQuerySchema,
    response: bookingPageSchema,
    list: (db, query, actor) => listBookings(db, { ...query, organisationId: actor.organisationId }),
    present: presentBooking,
  });

  enterpriseListRoute(app, {
    url: '/my/claims',
    summary: '我的试用与优惠',
    querystring: pageQuerySchema,
    response: claimPageSchema,
    list: (db, query, actor) => listClaims(db, { ...query, organisationId: actor.organisationId }),
    present: presentClaim,
  });

  app.post(
    '/bookings/:id/cancel',
    {
      config: { guard: 'authenticated' },
      schema: { tags, summary: '取消预约', params: idParams, response: { 200: okSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const found = await findBooking(tx, request.params.id);
        const own =
          found?.booking.organisationId === actor.organisationId &&
          actor.grants.some((g) => g.role === 'enterprise');
        if (!found || (!own && !can(centerPlatformPolicy, actor, 'operate', found.center))) {
          throw new AppError('not_found', { entity: 'booking' });
        }
        await cancelBooking({
          actor,
          tx,
          bookingId: found.booking.id,
          centerRegionCode: found.center.regionCode,
        });
      });
      return { ok: true as const };
    },
  );
};
