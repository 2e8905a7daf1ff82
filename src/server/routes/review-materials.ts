/**
 * The assigned expert reads the application's materials from the review task: the list and each file,
 * granted by the seat (accepted or submitted, while under expert review) and audited on every view.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { taskMaterialsSchema } from '../../contracts/review.ts';
import { AppError } from '../../app/errors.ts';
import { openTaskMaterial, viewTaskMaterials } from '../../app/review/materials.ts';
import type { Db } from '../../db/client.ts';
import { findCall } from '../../db/loaders/recognition.ts';
import { findReviewApplication, findTask } from '../../db/loaders/review.ts';
import type { Actor } from '../../app/actor.ts';
import { actorOf } from '../plugins/auth.ts';
import { authorize, type Policy } from '../policies/core.ts';
import { reviewTaskPolicy } from '../policies/review.ts';
import { sendStoredFile } from '../uploads.ts';

const guard = { policy: reviewTaskPolicy as Policy<never>, action: 'read' };
const tags = ['review'];

/** Material kinds outside the call's list. */
const extraKinds: Record<string, { zh: string; en: string }> = {
  evidence: { zh: '佐证材料', en: 'Evidence' },
  other: { zh: '其他佐证材料', en: 'Other evidence' },
};

async function loadSeat(db: Db, actor: Actor, id: string) {
  const task = await findTask(db, id);
  if (!task) {
    throw new AppError('not_found', { entity: 'review_task' });
  }
  authorize(reviewTaskPolicy, actor, 'read', task);
  const app = (await findReviewApplication(db, task.applicationId))!;
  return { task, app };
}

export const reviewMaterialRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/review/tasks/:id/materials',
    {
      config: { guard },
      schema: {
        tags,
        summary: '评审任务：查阅申报材料（接受邀请后、评审期间；每次查阅记入审计日志）',
        params: z.object({ id: z.uuid() }),
        response: { 200: taskMaterialsSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return app.db.transaction(async (tx) => {
        const { task, app: application } = await loadSeat(tx, actor, request.params.id);
        const materials = await viewTaskMaterials({ actor, tx, task, app: application });
        const call = await findCall(tx, application.callId);
        const names = new Map((call?.requiredMaterials ?? []).map((m) => [m.key, m.name]));
        return {
          items: materials.map((m) => ({
            id: m.id,
            kindName: names.get(m.kind) ?? extraKinds[m.kind] ?? extraKinds.other!,
            file: { id: m.file.id, name: m.file.name, size: m.file.size, mime: m.file.mime },
          })),
        };
      });
    },
  );

  app.get(
    '/review/tasks/:id/materials/:fileId',
    {
      config: { guard },
      schema: {
        tags,
        summary: '评审任务：打开一份申报材料（记入审计日志）',
        params: z.object({ id: z.uuid(), fileId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const material = await app.db.transaction(async (tx) => {
        const { task, app: application } = await loadSeat(tx, actor, request.params.id);
        return openTaskMaterial({ actor, tx, task, app: application, fileId: request.params.fileId });
      });
      return sendStoredFile(reply, {
        fileName: material.file.name,
        mediaType: material.file.mime,
        sizeBytes: material.file.size,
        sha256: material.file.sha256,
      });
    },
  );
};
