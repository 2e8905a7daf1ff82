/**
 * Review factories: an application standing in expert review, made through the recognition commands
 * (draft with metric values) and then moved to `expert_review` with its timeline entry — the city and
 * formal-review steps are covered by the recognition tests; here they are a shortcut.
 */
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../src/db/client.ts';
import {
  applicationMembers,
  applicationTransitions,
  applications,
  organisations,
  reviewAssignments,
  reviewPanels,
  scoreSheetVersions,
  users,
} from '../../src/db/schema/index.ts';
import { findReviewApplication } from '../../src/db/loaders/review.ts';
import { formOf } from '../../src/app/review/context.ts';
import { addMaterial } from '../../src/app/recognition/materials.ts';
import { findApplication } from '../../src/db/loaders/recognition.ts';
import { actorFor, makeApplication } from './recognition.ts';

export interface ReviewApplicationOverrides {
  by?: string;
  centerName?: string;
  /** Consortium members, by the username of one of their accounts or by organisation id. */
  memberOfUsers?: string[];
  metricValues?: Record<string, number>;
  /** Materials uploaded by the lead unit while drafting (kind, file name, bytes). */
  materials?: { kind: string; name: string; bytes: Buffer }[];
}

/** An application of `callId` in expert review; returns its id. */
export async function makeApplicationInExpertReview(
  db: Db,
  callId: string,
  overrides: ReviewApplicationOverrides = {},
): Promise<string> {
  const id = await makeApplication(db, callId, {
    ...(overrides.by ? { by: overrides.by } : {}),
    centerName: overrides.centerName ?? '济南综合促进中心',
  });
  if (overrides.materials?.length) {
    const actor = await actorFor(db, overrides.by ?? 'applicant.1');
    for (const m of overrides.materials) {
      await db.transaction(async (tx) =>
        addMaterial({ actor, tx, app: (await findApplication(tx, id))!, metric: null, ...m }),
      );
    }
  }
  const [app] = await db.select().from(applications).where(eq(applications.id, id));
  await db
    .update(applications)
    .set({
      state: 'expert_review',
      currentVersionNo: 1,
      form: {
        ...app!.form,
        summary: '面向装备制造企业的综合类促进中心',
        metricValues: overrides.metricValues ?? { floorArea: 2500, operatingStaff: 30 },
      },
    })
    .where(eq(applications.id, id));
  let position = 0;
  for (const username of overrides.memberOfUsers ?? []) {
    const [org] = await db
      .select({ id: organisations.id, name: organisations.name, creditCode: organisations.creditCode })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.username, username));
    await db.insert(applicationMembers).values({
      id: uuidv7(),
      applicationId: id,
      creditCode: org!.creditCode,
      name: org!.name,
      organisationId: org!.id,
      orgKind: 'university',
      position: position++,
    });
  }
  await db.insert(applicationTransitions).values({
    id: uuidv7(),
    applicationId: id,
    action: 'formal_review_pass',
    fromState: 'formal_review',
    toState: 'expert_review',
    actorName: 'factory',
    actorRole: 'system',
    attachments: [],
    versionNo: 1,
    detail: {},
  });
  return id;
}

/**
 * A completed expert review of an application standing in `expert_review`: a confirmed panel of
 * `experts` (usernames; expert.1–3 unless told) whose seats have all submitted a full score sheet (every
 * row of the pack's form scored). Panel forming, invitations and scoring are driven through the API and
 * the UI by test/api/review.test.ts and test/e2e/expert-review.test.ts; here they are a shortcut.
 * Returns the panel id.
 */
export async function makeCompletedReview(
  db: Db,
  applicationId: string,
  {
    experts = ['expert.1', 'expert.2', 'expert.3'],
    overall = 85,
    notRecommending = [],
  }: {
    experts?: string[];
    overall?: number;
    /** Experts who do not recommend. */ notRecommending?: string[];
  } = {},
): Promise<string> {
  const app = (await findReviewApplication(db, applicationId))!;
  const [row] = await db
    .select({ callId: applications.callId, regionCode: applications.regionCode })
    .from(applications)
    .where(eq(applications.id, applicationId));
  const panelId = uuidv7();
  await db.insert(reviewPanels).values({
    id: panelId,
    applicationId,
    callId: row!.callId,
    regionCode: row!.regionCode,
    status: 'confirmed',
    panelSize: experts.length,
    requiredFields: [],
    notes: { shortfalls: [], excluded: [] },
    confirmedAt: new Date(),
  });
  const form = formOf(app, undefined);
  const scores = Object.fromEntries(form.rows.map((r) => [r.criterionId, { value: 1 }]));
  for (const username of experts) {
    const [expert] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
    const assignmentId = uuidv7();
    const now = new Date();
    await db.insert(reviewAssignments).values({
      id: assignmentId,
      panelId,
      applicationId,
      callId: row!.callId,
      expertUserId: expert!.id,
      status: 'submitted',
      fields: [],
      invitedAt: now,
      respondedAt: now,
      submittedAt: now,
    });
    await db.insert(scoreSheetVersions).values({
      id: uuidv7(),
      assignmentId,
      applicationId,
      expertUserId: expert!.id,
      versionNo: 1,
      kind: 'submitted',
      packId: form.packId,
      scores,
      overall,
      recommendation: notRecommending.includes(username) ? 'not_recommend' : 'recommend',
      comment: notRecommending.includes(username) ? '运营团队不足，不建议通过' : '材料完整，建议通过',
    });
  }
  return panelId;
}

/**
 * Every active seat (invited or accepted) of the application's existing panel submits a full score sheet —
 * what test/e2e/expert-review.test.ts drives in the browser (accept, draft, submit). Returns the count.
 */
export async function submitPanelScores(db: Db, applicationId: string, overall = 86): Promise<number> {
  const app = (await findReviewApplication(db, applicationId))!;
  const form = formOf(app, undefined);
  const scores = Object.fromEntries(form.rows.map((r) => [r.criterionId, { value: 1 }]));
  const seats = await db
    .select()
    .from(reviewAssignments)
    .where(eq(reviewAssignments.applicationId, applicationId));
  let n = 0;
  for (const seat of seats.filter((s) => s.status === 'invited' || s.status === 'accepted')) {
    const now = new Date();
    await db
      .update(reviewAssignments)
      .set({
        status: 'submitted',
        respondedAt: seat.respondedAt ?? now,
        submittedAt: now,
        version: seat.version + 1,
      })
      .where(eq(reviewAssignments.id, seat.id));
    await db.insert(scoreSheetVersions).values({
      id: uuidv7(),
      assignmentId: seat.id,
      applicationId,
      expertUserId: seat.expertUserId,
      versionNo: 1,
      kind: 'submitted',
      packId: form.packId,
      scores,
      overall: overall + n,
      recommendation: 'recommend',
      comment: '材料完整，建议通过',
    });
    n++;
  }
  return n;
}
