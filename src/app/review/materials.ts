/**
 * Experts read what they score (000 第十五条, 003 第十二条: experts judge the materials): the expert of an
 * accepted or submitted seat reads the application's materials while the application is under expert
 * review. The access comes from the assignment and ends with it; every view is audited.
 */
import type { Db } from '../../db/client.ts';
import { applicationMaterialsOf, type MaterialRow } from '../../db/loaders/recognition.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

export interface MaterialTask {
  id: string;
  applicationId: string;
  status: string;
}

export interface MaterialApplication {
  id: string;
  regionCode: string;
  state: string;
}

/** Seats whose expert may read the materials: accepted the invitation, or already scored. */
const readingSeats = new Set(['accepted', 'submitted']);

/** Throws 403 with the reason unless the seat grants access to the materials now. */
export function assertMaterialAccess(task: MaterialTask, app: MaterialApplication): void {
  if (!readingSeats.has(task.status)) {
    throw new AppError('review.materials_closed', {
      reason: '接受评审邀请后方可查阅申报材料',
      reasonEn: 'Accept the invitation to read the materials',
    });
  }
  if (app.state !== 'expert_review') {
    throw new AppError('review.materials_closed', {
      reason: '专家评审已结束，查阅权限随评审任务终止',
      reasonEn: 'The expert review has ended, and with it the access',
    });
  }
}

/** The materials an assigned expert reads, audited as one view of the list. */
export async function viewTaskMaterials({
  actor,
  tx,
  task,
  app,
}: {
  actor: Actor;
  tx: Db;
  task: MaterialTask;
  app: MaterialApplication;
}): Promise<MaterialRow[]> {
  assertMaterialAccess(task, app);
  const materials = await applicationMaterialsOf(tx, app.id);
  await appendAudit(tx, actor, {
    action: 'review.materials_viewed',
    targetType: 'application',
    targetId: app.id,
    scopeRegion: app.regionCode,
    detail: { assignmentId: task.id, files: materials.length },
  });
  return materials;
}

/** One material file opened by the assigned expert (audited); 404 for a file that is not a material. */
export async function openTaskMaterial({
  actor,
  tx,
  task,
  app,
  fileId,
}: {
  actor: Actor;
  tx: Db;
  task: MaterialTask;
  app: MaterialApplication;
  fileId: string;
}): Promise<MaterialRow> {
  assertMaterialAccess(task, app);
  const material = (await applicationMaterialsOf(tx, app.id)).find((m) => m.fileId === fileId);
  if (!material) {
    throw new AppError('not_found', { entity: 'file' });
  }
  await appendAudit(tx, actor, {
    action: 'review.material_opened',
    targetType: 'application',
    targetId: app.id,
    scopeRegion: app.regionCode,
    detail: { assignmentId: task.id, fileId, name: material.file.name },
  });
  return material;
}
