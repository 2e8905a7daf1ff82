/**
 * Decision notices (决定书): the printable documents issued with recognition, rating, revocation and
 * change-confirmation decisions. Read-only; the decision use cases issue them.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findNotice, noticesOfSubject, type NoticeRow } from '../../app/decisions/notices.ts';
import { AppError } from '../../app/errors.ts';
import {
  decisionNoticeListQuerySchema,
  decisionNoticeListSchema,
  decisionNoticeViewSchema,
  type DecisionNoticeView,
} from '../../contracts/decision-notices.ts';
import { noticeKindLabels, type NoticeKind } from '../../domain/decisions/notice.ts';
import { authorize, can, type Policy } from '../policies/core.ts';
import { decisionNoticePolicy } from '../policies/decision-notice.ts';
import { actorOf } from '../plugins/auth.ts';

const guard = { policy: decisionNoticePolicy as Policy<never>, action: 'read' };

function present(row: NoticeRow): DecisionNoticeView {
  return {
    id: row.id,
    kind: row.kind as NoticeKind,
    kindLabel: noticeKindLabels[row.kind as NoticeKind],
    subjectType: row.subjectType as DecisionNoticeView['subjectType'],
    subjectId: row.subjectId,
    centerId: row.centerId,
    authorityName: row.authorityName,
    documentNumber: row.documentNumber,
    decidedOn: row.decidedOn,
    outcome: row.outcome,
    title: row.title,
    addressee: row.addressee,
    body: row.body,
    opinion: row.opinion,
    basis: row.basis,
    issuedAt: row.createdAt.toISOString(),
  };
}

export const decisionNoticeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/decision-notices',
    {
      config: { guard },
      schema: {
        tags: ['decisions'],
        summary: '某条记录的决定书',
        querystring: decisionNoticeListQuerySchema,
        response: { 200: decisionNoticeListSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await noticesOfSubject(app.db, request.query.subjectId);
      return { items: rows.filter((r) => can(decisionNoticePolicy, actor, 'read', r)).map(present) };
    },
  );

  app.get(
    '/decision-notices/:id',
    {
      config: { guard },
      schema: {
        tags: ['decisions'],
        summary: '决定书',
        params: z.object({ id: z.uuid() }),
        response: { 200: decisionNoticeViewSchema },
      },
    },
    async (request) => {
      const row = await findNotice(app.db, request.params.id);
      if (!row) {
        throw new AppError('not_found', { entity: 'decision_notice' });
      }
      authorize(decisionNoticePolicy, actorOf(request), 'read', row);
      return present(row);
    },
  );
};
