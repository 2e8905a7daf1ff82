/** Live evaluation of the working copy (eligibility and criteria, with citations), frozen versions and their diff. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  applicationFormPatchSchema,
  evaluationViewSchema,
  versionDiffSchema,
} from '../../contracts/recognition.ts';
import type { Db } from '../../db/client.ts';
import type { ApplicationRow } from '../../db/loaders/recognition.ts';
import { AppError } from '../../app/errors.ts';
import { evaluateApplication } from '../../app/recognition/context.ts';
import { diffSnapshots } from '../../app/recognition/snapshot.ts';
import { versionsOf } from '../../db/loaders/recognition.ts';
import { actorOf } from '../plugins/auth.ts';
import { applicationGuard, idParams, loadApplication } from './applications.ts';

/** The evaluation of an application's working copy, as the pre-check panel shows it. */
async function evaluationView(db: Db, row: ApplicationRow): Promise<z.infer<typeof evaluationViewSchema>> {
  const e = await evaluateApplication(db, row);
  return {
    eligible: e.eligible && e.missingMaterials.length === 0,
    blocking: [...e.blocking.map((r) => r.id), ...e.missingMaterials.map((m) => `materials.${m.key}`)],
    rules: [
      ...e.rules.map((r) => ({
        id: r.id,
        passed: r.passed,
        reason: r.reason,
        source: r.source,
        ...(r.inPrinciple ? { inPrinciple: true } : {}),
      })),
      ...e.missingMaterials.map((m) => ({
        id: `materials.${m.key}`,
        passed: false,
        reason: { zh: `缺少必需材料：${m.name.zh}`, en: `Missing required material: ${m.name.en}` },
        source: { file: 'call', ref: row.callTitle, text: m.name.zh },
      })),
    ],
    criteria: e.criteria.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      metric: c.metric,
      required: c.required,
      actual: c.actual,
      status: c.status,
      effect: c.effect,
      source: c.source,
    })),
    conflicts: [],
  };
}

export const applicationVersionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/applications/:id/evaluation',
    {
      config: { guard: applicationGuard('read') },
      schema: {
        tags: ['recognition'],
        summary: '申报条件与评价指标的实时判断（含出处）',
        params: idParams,
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await loadApplication(app.db, actor, request.params.id, 'read');
      return evaluationView(app.db, row);
    },
  );

  app.post(
    '/applications/:id/evaluation/preview',
    {
      config: { guard: applicationGuard('read') },
      schema: {
        tags: ['recognition'],
        summary: '按尚未保存的填报内容实时预检（不保存）',
        params: idParams,
        body: z.strictObject({ form: applicationFormPatchSchema }),
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await loadApplication(app.db, actor, request.params.id, 'read');
      // The pre-check as it would read with the fields being typed; nothing is written.
      return evaluationView(app.db, { ...row, form: { ...row.form, ...request.body.form } });
    },
  );

  app.get(
    '/applications/:id/versions/:versionNo',
    {
      config: { guard: applicationGuard('read') },
      schema: {
        tags: ['recognition'],
        summary: '申报版本快照',
        params: z.object({ id: z.uuid(), versionNo: z.coerce.number().int().min(1) }),
        response: {
          200: z.object({
            versionNo: z.number().int(),
            submittedAt: z.string(),
            snapshot: z.record(z.string(), z.unknown()),
            evaluation: z.record(z.string(), z.unknown()),
          }),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await loadApplication(app.db, actor, request.params.id, 'read');
      const v = (await versionsOf(app.db, request.params.id)).find(
        (x) => x.versionNo === request.params.versionNo,
      );
      if (!v) {
        throw new AppError('not_found', { entity: 'application_version' });
      }
      return {
        versionNo: v.versionNo,
        submittedAt: v.submittedAt.toISOString(),
        snapshot: v.snapshot,
        evaluation: v.evaluation,
      };
    },
  );

  app.get(
    '/applications/:id/diff',
    {
      config: { guard: applicationGuard('read') },
      schema: {
        tags: ['recognition'],
        summary: '两个版本之间的差异',
        params: idParams,
        querystring: z.object({
          from: z.coerce.number().int().min(1),
          to: z.coerce.number().int().min(1),
        }),
        response: { 200: versionDiffSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await loadApplication(app.db, actor, request.params.id, 'read');
      const versions = await versionsOf(app.db, request.params.id);
      const a = versions.find((v) => v.versionNo === request.query.from);
      const b = versions.find((v) => v.versionNo === request.query.to);
      if (!a || !b) {
        throw new AppError('not_found', { entity: 'application_version' });
      }
      return { from: a.versionNo, to: b.versionNo, changes: diffSnapshots(a.snapshot, b.snapshot) };
    },
  );
};
