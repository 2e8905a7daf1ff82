/**
 * Dynamic-management factories: recognised centers with an operator, decided annual evaluations (until the
 * evaluation UI exists, they are inserted as decided rows), and organisations of demo accounts.
 */
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { systemActor } from '../../src/app/actor.ts';
import { appendAudit } from '../../src/app/audit.ts';
import { recogniseCenter } from '../../src/app/directory/recognise-center.ts';
import { today } from '../../src/app/publicity/clock.ts';
import type { Db } from '../../src/db/client.ts';
import { centerEvaluations, users } from '../../src/db/schema/index.ts';
import { makeOrganisation } from '../factories.ts';

/** The organisation a demo account acts for (applicant.1 → its lead unit, operator.1 → the operator). */
export async function organisationOf(db: Db, username: string): Promise<string> {
  const [u] = await db
    .select({ organisationId: users.organisationId })
    .from(users)
    .where(eq(users.username, username))
    .limit(1);
  if (!u) {
    throw new Error(`no user ${username}`);
  }
  return u.organisationId;
}

export interface ManagedCenterOverrides {
  name?: string;
  level?: 'national' | 'provincial' | 'municipal';
  regionCode?: string;
  packId?: string;
  recognisedOn?: string;
  leadOrganisationId?: string;
  operatorOrganisationId?: string;
}

/** A recognised center in the directory (with its first history period); returns its id. */
export async function makeManagedCenter(db: Db, o: ManagedCenterOverrides = {}): Promise<string> {
  const regionCode = o.regionCode ?? '370102';
  const leadOrganisationId = o.leadOrganisationId ?? (await makeOrganisation(db, { regionCode }));
  return db.transaction((tx) =>
    recogniseCenter(tx, systemActor('factory'), {
      name: o.name ?? `管理测试促进中心${Math.random().toString(36).slice(2, 8)}`,
      level: o.level ?? 'provincial',
      type: 'comprehensive',
      regionCode,
      industryCodes: ['C35'],
      leadOrganisationId,
      operatorOrganisationId: o.operatorOrganisationId ?? leadOrganisationId,
      members: [],
      packId: o.packId ?? 'shandong-guide',
      recognisedOn: o.recognisedOn ?? '2023-06-30',
      reason: '认定公告',
      source: 'import',
    }),
  );
}

export interface DecidedEvaluationInput {
  centerId: string;
  year: number;
  /** Grade id ('fail', 'excellent' …) or star count as text. */
  rating: string;
  decidedOn: string;
  packId?: string;
}

/** A decided annual evaluation of a center (status 'decided'), audited; returns its id. */
export async function makeDecidedEvaluation(db: Db, e: DecidedEvaluationInput): Promise<string> {
  const id = uuidv7();
  const row = {
    id,
    centerId: e.centerId,
    year: e.year,
    packId: e.packId ?? 'shandong-guide',
    status: 'decided',
    rating: e.rating,
    reason: '年度评价结果（测试数据）',
    decidedOn: e.decidedOn,
    publishedOn: e.decidedOn,
  };
  await db.transaction(async (tx) => {
    await tx.insert(centerEvaluations).values(row);
    await appendAudit(tx, systemActor('factory'), {
      action: 'evaluation.decide',
      targetType: 'center_evaluation',
      targetId: id,
      after: row,
      detail: { center: e.centerId, year: e.year, rating: e.rating },
    });
  });
  return id;
}

/** A center failing its annual evaluation twice in a row (000 第二十条（一）): years y-1 and y. */
export async function makeTwiceFailingCenter(
  db: Db,
  o: ManagedCenterOverrides & { years?: [number, number] } = {},
): Promise<string> {
  const id = await makeManagedCenter(db, o);
  const [y1, y2] = o.years ?? [2024, 2025];
  const packId = o.packId ?? 'shandong-guide';
  await makeDecidedEvaluation(db, {
    centerId: id,
    year: y1,
    rating: 'fail',
    decidedOn: `${y1 + 1}-03-20`,
    packId,
  });
  await makeDecidedEvaluation(db, {
    centerId: id,
    year: y2,
    rating: 'fail',
    decidedOn: `${y2 + 1}-03-20`,
    packId,
  });
  return id;
}

let documentSerial = 0;

/** The 文号 and 日期 every decision needs (a fresh number each time), dated today (DTPC_TODAY-aware). */
export function decisionDocument(): { documentNumber: string; decidedOn: string } {
  documentSerial += 1;
  return { documentNumber: `鲁工信字〔2026〕${documentSerial}号`, decidedOn: today() };
}
