/**
 * One workflow transition inside the caller's transaction: the state machine decides, the versioned
 * update guards against lost updates, the timeline row and the audit record are written together.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import {
  applicationTransitions as timeline,
  applications,
  files,
  organisations,
} from '../../db/schema/index.ts';
import type { ApplicationRow } from '../../db/loaders/recognition.ts';
import {
  applicationTransitions,
  applyTransition,
  IllegalTransitionError,
  type ApplicationState,
  type NextTransition,
  type WorkflowContext,
  type WorkflowRole,
} from '../../domain/workflow/application.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { now } from '../publicity/clock.ts';
import { AppError } from '../errors.ts';
import { notifyNext } from './notify-next.ts';

/** Asks the state machine; an illegal transition becomes 409 conflict.illegal_transition with its reason. */
export function decide(state: string, action: string, ctx: WorkflowContext): NextTransition {
  try {
    return applyTransition(state as ApplicationState, action, ctx);
  } catch (error) {
    if (error instanceof IllegalTransitionError) {
      throw new AppError('conflict.illegal_transition', {
        reason: error.reason.zh,
        reasonEn: error.reason.en,
        action,
        state,
      });
    }
    throw error;
  }
}

/** Throws 409 stale_version unless the client saw the current version. */
export function expectVersion(app: { version: number }, expected: number): void {
  if (app.version !== expected) {
    throw new AppError('conflict.stale_version');
  }
}

/** Bumps the application's version if it still matches (and sets the given columns). */
export async function bumpApplication(
  tx: Db,
  app: ApplicationRow,
  expected: number,
  set: Partial<typeof applications.$inferInsert> = {},
): Promise<void> {
  const updated = await tx
    .update(applications)
    .set({ ...set, version: expected + 1, updatedAt: now() })
    .where(and(eq(applications.id, app.id), eq(applications.version, expected)))
    .returning({ id: applications.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
}

/** Checks that referenced files exist and were uploaded by the actor's organisation. */
export async function checkOwnFiles(tx: Db, actor: Actor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  const rows = await tx
    .select({ id: files.id, organisationId: files.organisationId })
    .from(files)
    .where(inArray(files.id, [...new Set(ids)]));
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row || row.organisationId !== actor.organisationId) {
      throw new AppError('file.unknown', { fileId: id }, [
        { field: 'attachments', code: 'file.unknown', message: '' },
      ]);
    }
  }
}

export interface TransitionInput {
  actor: Actor;
  tx: Db;
  app: ApplicationRow;
  action: string;
  ctx: WorkflowContext;
  expectedVersion: number;
  comment?: string;
  attachments?: readonly string[];
  documentNumber?: string | null;
  detail?: Record<string, unknown>;
  /** Further columns changed with the state (version number on submission…). */
  set?: Partial<typeof applications.$inferInsert>;
  versionNo?: number;
}

/** Performs one transition: decide, versioned update, timeline, audit, notification. Returns the new state. */
export async function performTransition(input: TransitionInput): Promise<ApplicationState> {
  const { actor, tx, app, action, ctx } = input;
  expectVersion(app, input.expectedVersion);
  const next = decide(app.state, action, ctx);
  await checkOwnFiles(tx, actor, input.attachments ?? []);
  await bumpApplication(tx, app, input.expectedVersion, { ...input.set, state: next.to });
  const actors = applicationTransitions.find((t) => t.action === action)?.actors ?? [];
  const role: WorkflowRole | 'system' = (ctx.roles ?? []).find((r) => actors.includes(r)) ?? 'system';
  const [org] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, actor.organisationId))
    .limit(1);
  await tx.insert(timeline).values({
    id: uuidv7(),
    applicationId: app.id,
    at: now(),
    action,
    fromState: app.state,
    toState: next.to,
    actorUserId: actor.userId,
    actorName: actor.displayName,
    actorRole: role,
    actorOrganisationName: org?.name ?? '',
    comment: input.comment ?? '',
    attachments: [...(input.attachments ?? [])],
    documentNumber: input.documentNumber ?? null,
    versionNo: input.versionNo ?? app.currentVersionNo,
    detail: {
      ...(input.detail ?? {}),
      ...(next.stage
        ? { stage: { id: next.stage.id, ref: next.stage.source.ref, file: next.stage.source.file } }
        : {}),
    },
  });
  await appendAudit(tx, actor, {
    action: `application.${action}`,
    targetType: 'application',
    targetId: app.id,
    scopeRegion: app.regionCode,
    before: { state: app.state, version: app.version },
    after: { state: next.to, version: input.expectedVersion + 1 },
    detail: {
      from: app.state,
      to: next.to,
      ...(input.documentNumber ? { documentNumber: input.documentNumber } : {}),
    },
  });
  await notifyNext(tx, {
    actor,
    app,
    action,
    from: app.state,
    to: next.to,
    comment: input.comment ?? '',
    actorOrganisationName: org?.name ?? '',
    detail: input.detail ?? {},
  });
  return next.to;
}
