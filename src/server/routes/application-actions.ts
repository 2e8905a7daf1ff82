/**
 * Workflow actions on an application, one route per action: each loads the application (404 outside
 * the caller's view, 403 without the right), runs its command in one transaction (409 with the reason
 * for an illegal transition or a stale version) and answers the fresh detail.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  applicationDetailSchema,
  decisionBodySchema,
  emergencyOpinionBodySchema,
  qualificationReviewBodySchema,
  recommendBodySchema,
  returnBodySchema,
  siteCheckBodySchema,
  transitionBodySchema,
} from '../../contracts/recognition.ts';
import type { Actor } from '../../app/actor.ts';
import {
  attachEmergencyOpinion,
  recommendApplication,
  recordQualificationReview,
  recordSiteCheck,
  returnApplication,
} from '../../app/recognition/city-review.ts';
import { decideApplication, formalReviewStep } from '../../app/recognition/provincial-review.ts';
import { submitApplication, withdrawApplication } from '../../app/recognition/submit-application.ts';
import type { Db } from '../../db/client.ts';
import type { ApplicationRow } from '../../db/loaders/recognition.ts';
import type { WorkflowRole } from '../../domain/workflow/application.ts';
import { workflowRolesOf } from '../policies/application.ts';
import { actorOf } from '../plugins/auth.ts';
import { subjectOf } from '../presenters/recognition.ts';
import { applicationDetail, applicationGuard, idParams, loadApplication } from './applications.ts';

interface ActionRoute<S extends z.ZodType> {
  path: string;
  summary: string;
  policyAction: 'apply' | 'cityReview' | 'provinceReview';
  body: S;
  run: (args: {
    actor: Actor;
    tx: Db;
    app: ApplicationRow;
    roles: WorkflowRole[];
    input: z.infer<S>;
  }) => Promise<void>;
}

function route<S extends z.ZodType>(r: ActionRoute<S>): ActionRoute<z.ZodType> {
  return r as unknown as ActionRoute<z.ZodType>;
}

const routes: ActionRoute<z.ZodType>[] = [
  route({
    path: 'submit',
    summary: '提交申报（冻结版本，预审申报条件）',
    policyAction: 'apply',
    body: transitionBodySchema,
    run: submitApplication,
  }),
  route({
    path: 'withdraw',
    summary: '撤回申报（审核开始前）',
    policyAction: 'apply',
    body: transitionBodySchema,
    run: withdrawApplication,
  }),
  route({
    path: 'qualification-review',
    summary: '市级资格审核（核查清单）',
    policyAction: 'cityReview',
    body: qualificationReviewBodySchema,
    run: recordQualificationReview,
  }),
  route({
    path: 'site-check',
    summary: '现场核查记录',
    policyAction: 'cityReview',
    body: siteCheckBodySchema,
    run: recordSiteCheck,
  }),
  route({
    path: 'emergency-opinion',
    summary: '同级应急管理部门意见（示范申报）',
    policyAction: 'cityReview',
    body: emergencyOpinionBodySchema,
    run: attachEmergencyOpinion,
  }),
  route({
    path: 'recommend',
    summary: '推荐报省（正式文件文号）',
    policyAction: 'cityReview',
    body: recommendBodySchema,
    run: recommendApplication,
  }),
  route({
    path: 'city-return',
    summary: '市级退回修改（附原因）',
    policyAction: 'cityReview',
    body: returnBodySchema,
    run: (a) => returnApplication({ ...a, action: 'city_return' }),
  }),
  route({
    path: 'formal-review/start',
    summary: '开始形式审查',
    policyAction: 'provinceReview',
    body: transitionBodySchema,
    run: (a) => formalReviewStep({ ...a, action: 'start_formal_review' }),
  }),
  route({
    path: 'formal-review/pass',
    summary: '形式审查通过（进入专家评审）',
    policyAction: 'provinceReview',
    body: transitionBodySchema,
    run: (a) => formalReviewStep({ ...a, action: 'formal_review_pass' }),
  }),
  route({
    path: 'formal-review/return',
    summary: '形式审查退回（附原因）',
    policyAction: 'provinceReview',
    body: returnBodySchema,
    run: (a) => returnApplication({ ...a, action: 'formal_review_return' }),
  }),
  route({
    path: 'decision',
    summary: '审定：通过或不通过（逐项理由；检查唯一性规则）',
    policyAction: 'provinceReview',
    body: decisionBodySchema,
    run: decideApplication,
  }),
];

export const applicationActionRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const r of routes) {
    app.post(
      `/applications/:id/${r.path}`,
      {
        config: { guard: applicationGuard(r.policyAction) },
        schema: {
          tags: ['recognition'],
          summary: r.summary,
          params: idParams,
          body: r.body,
          response: { 200: applicationDetailSchema },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const id = (request.params as { id: string }).id;
        await app.db.transaction(async (tx) => {
          const row = await loadApplication(tx, actor, id, r.policyAction);
          await r.run({
            actor,
            tx,
            app: row,
            roles: workflowRolesOf(actor, subjectOf(row)),
            input: request.body,
          });
        });
        return applicationDetail(app.db, actor, id);
      },
    );
  }
};
