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
  users,
} from '../../src/db/schema/index.ts';
import { makeApplication } from './recognition.ts';

export interface ReviewApplicationOverrides {
  by?: string;
  centerName?: string;
  /** Consortium members, by the username of one of their accounts or by organisation id. */
  memberOfUsers?: string[];
  metricValues?: Record<string, number>;
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
