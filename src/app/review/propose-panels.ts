/**
 * Panel proposal as a job (OpenReview #370: a long task shows progress, never a silent "running"). The
 * province starts it; it runs in the server process after the request: loading → matching (progress per
 * application) → saving (draft panels with proposed seats, the CoI exclusions and shortfalls as notes).
 * Seats already invited, accepted or submitted stay; those declined, recused or removed are not proposed again.
 */
import { eq, inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { reviewAssignments, reviewJobs, reviewPanels } from '../../db/schema/index.ts';
import type { PanelNotes } from '../../db/schema/review.ts';
import {
  activeJobOfCall,
  applicationsInExpertReview,
  callLoads,
  expertPool,
  findCallRef,
  findJob,
  type PoolExpertRow,
  type ReviewApplication,
} from '../../db/loaders/review.ts';
import type { ListScope } from '../../db/loaders/scope.ts';
import type { ProposeBody } from '../../contracts/review.ts';
import { jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';
import {
  createPanelProposer,
  isActive,
  type AssignmentStatus,
  type PanelApplication,
  type PanelProposal,
  type ReviewField,
} from '../../domain/review/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { expertNames, organisationNames, toParties, toPoolExpert, today } from './context.ts';

/** Creates the job row (queued). The caller runs `runProposalJob` once the transaction has committed. */
export async function startProposal({
  actor,
  tx,
  callId,
  regionCode,
  input,
}: {
  actor: Actor;
  tx: Db;
  callId: string;
  /** The province (jurisdiction root) whose applications and pool are used. */
  regionCode: string;
  input: ProposeBody;
}): Promise<string> {
  if (await activeJobOfCall(tx, callId)) {
    throw new AppError('review.job_running');
  }
  const id = uuidv7();
  await tx.insert(reviewJobs).values({
    id,
    callId,
    regionCode,
    status: 'queued',
    phase: 'loading',
    params: { ...input },
    createdByUserId: actor.userId,
  });
  await appendAudit(tx, actor, {
    action: 'review.propose',
    targetType: 'review_job',
    targetId: id,
    scopeRegion: regionCode,
    after: input,
    detail: { callId, panelSize: input.panelSize, loadCap: input.loadCap },
  });
  return id;
}

async function progress(db: Db, id: string, set: Partial<typeof reviewJobs.$inferInsert>) {
  await db.update(reviewJobs).set(set).where(eq(reviewJobs.id, id));
}

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs a queued job to the end; failures are recorded on the job, never thrown. */
export async function runProposalJob(db: Db, jobId: string, actor: Actor): Promise<void> {
  const job = await findJob(db, jobId);
  if (!job || job.status !== 'queued') {
    return;
  }
  const started = performance.now();
  try {
    await progress(db, jobId, { status: 'running', phase: 'loading' });
    const params = job.params as unknown as ProposeBody;
    const call = await findCallRef(db, job.callId);
    if (!call) {
      throw new AppError('not_found', { entity: 'call' });
    }
    const prefix = jurisdictionPrefix(job.regionCode);
    const scope: ListScope = { all: prefix === '', regionPrefixes: [prefix], organisationIds: [] };
    const apps = await applicationsInExpertReview(db, scope, job.callId, params.applicationIds);
    const pool = await expertPool(db, jurisdictionPrefix(call.regionCode));
    const seats = await seatsOf(
      db,
      apps.map((a) => a.id),
    );
    const loads = await callLoads(
      db,
      job.callId,
      apps.map((a) => a.id),
    );
    const input: PanelApplication[] = apps.map((a) => {
      const own = seats.filter((s) => s.applicationId === a.id);
      return {
        ...toParties(a),
        regionCode: a.regionCode,
        keep: own
          .filter((s) => isActive(s.status as AssignmentStatus) && s.status !== 'proposed')
          .map((s) => s.expertUserId),
        exclude: own.filter((s) => !isActive(s.status as AssignmentStatus)).map((s) => s.expertUserId),
      };
    });
    const proposer = createPanelProposer({
      applications: input,
      experts: pool.map((e) => toPoolExpert(e, loads.get(e.userId) ?? 0)),
      panelSize: params.panelSize,
      loadCap: params.loadCap,
      requiredFields: params.requiredFields as ReviewField[],
      onDate: today(),
      organisationNames: organisationNames(apps, pool),
      expertNames: expertNames(pool),
    });
    await progress(db, jobId, { phase: 'matching', progressTotal: proposer.total, progressDone: 0 });
    const chunk = Math.max(10, Math.ceil(proposer.total / 50));
    while (proposer.done < proposer.total) {
      proposer.step(chunk);
      await progress(db, jobId, { progressDone: proposer.done });
      await yieldToRequests();
    }
    const proposal = proposer.result();
    await progress(db, jobId, { phase: 'saving' });
    await db.transaction((tx) => saveProposal(tx, actor, job.callId, params, apps, pool, seats, proposal));
    await progress(db, jobId, {
      status: 'done',
      phase: 'done',
      finishedAt: new Date(),
      result: {
        ...proposal.stats,
        shortfalls: proposal.shortfalls
          .filter((s) => s.applicationId === null)
          .map((s) => ({ code: s.code, message: s.message, remedy: s.remedy })),
        elapsedMs: Math.round(performance.now() - started),
      },
    });
  } catch (error) {
    await progress(db, jobId, {
      status: 'failed',
      finishedAt: new Date(),
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

async function seatsOf(db: Db, applicationIds: string[]) {
  const out: (typeof reviewAssignments.$inferSelect)[] = [];
  for (let i = 0; i < applicationIds.length; i += 5000) {
    out.push(
      ...(await db
        .select()
        .from(reviewAssignments)
        .where(inArray(reviewAssignments.applicationId, applicationIds.slice(i, i + 5000)))),
    );
  }
  return out;
}

async function saveProposal(
  tx: Db,
  actor: Actor,
  callId: string,
  params: ProposeBody,
  apps: ReviewApplication[],
  pool: PoolExpertRow[],
  seats: (typeof reviewAssignments.$inferSelect)[],
  proposal: PanelProposal,
): Promise<void> {
  const byApp = new Map(apps.map((a) => [a.id, a]));
  const fieldsOf = new Map(pool.map((e) => [e.userId, e.fields]));
  const existing = new Map<string, string>();
  const ids = apps.map((a) => a.id);
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await tx
      .select({ id: reviewPanels.id, applicationId: reviewPanels.applicationId })
      .from(reviewPanels)
      .where(inArray(reviewPanels.applicationId, ids.slice(i, i + 5000)));
    rows.forEach((r) => existing.set(r.applicationId, r.id));
  }
  // Earlier proposals that were never sent are replaced.
  const stale = seats.filter((s) => s.status === 'proposed').map((s) => s.id);
  for (let i = 0; i < stale.length; i += 5000) {
    await tx.delete(reviewAssignments).where(inArray(reviewAssignments.id, stale.slice(i, i + 5000)));
  }
  // Grouping once keeps saving linear in the number of applications.
  const shortfallsBy = new Map<string, PanelNotes>();
  for (const p of proposal.panels) {
    shortfallsBy.set(p.applicationId, { shortfalls: [], excluded: [] });
  }
  for (const s of proposal.shortfalls) {
    if (s.applicationId) {
      shortfallsBy.get(s.applicationId)?.shortfalls.push({
        code: s.code,
        ...(s.field ? { field: s.field } : {}),
        message: s.message,
        remedy: s.remedy,
      });
    }
  }
  for (const x of proposal.excluded) {
    shortfallsBy.get(x.applicationId)?.excluded.push({
      expertUserId: x.expertId,
      reasons: x.reasons.map((r) => ({ code: r.code, message: r.message })),
    });
  }
  const newPanels: (typeof reviewPanels.$inferInsert)[] = [];
  const newSeats: (typeof reviewAssignments.$inferInsert)[] = [];
  for (const p of proposal.panels) {
    const app = byApp.get(p.applicationId)!;
    const notes = shortfallsBy.get(p.applicationId)!;
    let panelId = existing.get(p.applicationId);
    if (panelId) {
      await tx
        .update(reviewPanels)
        .set({
          notes,
          panelSize: params.panelSize,
          requiredFields: params.requiredFields,
          needsReassignment: false,
          updatedAt: new Date(),
        })
        .where(eq(reviewPanels.id, panelId));
    } else {
      panelId = uuidv7();
      newPanels.push({
        id: panelId,
        applicationId: app.id,
        callId,
        regionCode: app.regionCode,
        status: 'draft',
        panelSize: params.panelSize,
        requiredFields: params.requiredFields,
        notes,
        createdByUserId: actor.userId,
      });
    }
    for (const m of p.members.filter((m) => !m.kept)) {
      newSeats.push({
        id: uuidv7(),
        panelId,
        applicationId: app.id,
        callId,
        expertUserId: m.expertId,
        status: 'proposed',
        fields: fieldsOf.get(m.expertId) ?? [],
      });
    }
  }
  for (let i = 0; i < newPanels.length; i += 1000) {
    await tx.insert(reviewPanels).values(newPanels.slice(i, i + 1000));
  }
  for (let i = 0; i < newSeats.length; i += 1000) {
    await tx.insert(reviewAssignments).values(newSeats.slice(i, i + 1000));
  }
  await appendAudit(tx, actor, {
    action: 'review.panels_proposed',
    targetType: 'call',
    targetId: callId,
    scopeRegion: apps[0]?.regionCode ?? null,
    after: { panels: proposal.panels.length, seats: newSeats.length },
    detail: { ...proposal.stats, shortfalls: proposal.shortfalls.length },
  });
}
