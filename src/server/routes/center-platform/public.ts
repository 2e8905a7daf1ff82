/**
 * What the public sees of a center's platform: the training calendar every visitor can browse (and an
 * enterprise user register from, with the usual POST /sessions/:id/registrations), the events a center
 * has held and the SME offers it runs now (claimed or booked by enterprise users in 企业服务). All are read
 * as anonymous visitors are; a signed-in caller also sees its own registrations.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  publicEventPageSchema,
  publicEventQuerySchema,
  type PublicEventView,
} from '../../../contracts/center-platform/events.ts';
import { offerListQuerySchema, offerPageSchema } from '../../../contracts/center-platform/offers.ts';
import { coursePageSchema, publicCourseQuerySchema } from '../../../contracts/center-platform/training.ts';
import { today } from '../../../app/publicity/clock.ts';
import { listEvents } from '../../../db/loaders/center-platform/events.ts';
import { listOffers } from '../../../db/loaders/center-platform/offers.ts';
import { listCourses } from '../../../db/loaders/center-platform/training.ts';
import { presentCourse, presentOffer } from '../../presenters/center-platform.ts';
import { loadPublicCenter } from '../public-center.ts';

const tags = ['center-platform'];

export const publicPlatformRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/catalog/courses',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '培训日历（公开）：已认定促进中心今天及以后的培训场次',
        querystring: publicCourseQuerySchema,
        response: { 200: coursePageSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const centerId = q.center ? (await loadPublicCenter(app.db, q.center)).id : undefined;
      const { rows, total } = await listCourses(
        app.db,
        {
          centerId,
          recognisedOnly: true,
          q: q.q,
          sessionsFrom: today(),
          page: q.page,
          pageSize: q.pageSize,
        },
        request.actor?.userId ?? null,
      );
      return { items: rows.map(presentCourse), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/catalog/centers/:slug/events',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '促进中心举办的活动（公开）',
        params: z.object({ slug: z.string().max(64) }),
        querystring: publicEventQuerySchema,
        response: { 200: publicEventPageSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const center = await loadPublicCenter(app.db, request.params.slug);
      const { rows, total } = await listEvents(app.db, {
        centerId: center.id,
        kind: q.kind,
        page: q.page,
        pageSize: q.pageSize,
      });
      const items: PublicEventView[] = rows.map((e) => ({
        id: e.id,
        kind: e.kind as PublicEventView['kind'],
        title: e.title,
        heldOn: e.heldOn,
        location: e.location,
        summary: e.summary,
        participants: e.participants,
        teams: e.teams.length,
        agreements: e.agreements.length,
      }));
      return { items, total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/catalog/centers/:slug/offers',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '促进中心的惠企服务（公开）：在用的试用、优惠、共享设备与产能',
        params: z.object({ slug: z.string().max(64) }),
        querystring: offerListQuerySchema,
        response: { 200: offerPageSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const center = await loadPublicCenter(app.db, request.params.slug);
      const { rows, total } = await listOffers(app.db, {
        centerId: center.id,
        recognisedOnly: true,
        kind: q.kind,
        page: q.page,
        pageSize: q.pageSize,
      });
      return { items: rows.map(presentOffer), total, page: q.page, pageSize: q.pageSize };
    },
  );
};
