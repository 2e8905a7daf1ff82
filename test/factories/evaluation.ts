/**
 * Evaluation factories: a recognised center under a given pack with its operator account, training
 * attendance (person-times) and ledger services inserted in bulk for a year, and annual reports.
 * Used by the API tests, the e2e flow and the benchmark's small cases.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../src/db/client.ts';
import {
  annualReports,
  courseAttendance,
  courseRegistrations,
  courseSessions,
  courses,
  serviceRecords,
  users,
} from '../../src/db/schema/index.ts';
import { ledgerRow, makeOperatedCenter } from './center-platform.ts';
import { systemActor } from '../../src/app/actor.ts';
import { recogniseCenter } from '../../src/app/directory/recognise-center.ts';
import { makeOrganisation, makeUser, type CenterOverrides } from '../factories.ts';

/** A recognised Gansu (甘肃) comprehensive center in 兰州 with an operator account. */
export function makeGansuCenter(db: Db, overrides: CenterOverrides & { username?: string } = {}) {
  return makeOperatedCenter(db, {
    regionCode: '620102',
    packId: 'gansu-2024',
    recognisedOn: '2024-06-30',
    level: 'provincial',
    type: 'comprehensive',
    status: 'recognised',
    ...overrides,
  });
}

/**
 * A Gansu center entered in the directory (名录) through the real command, with an operator account:
 * for flows that end on the public directory page.
 */
export async function makeDirectoryGansuCenter(
  db: Db,
  input: { name: string; username: string; recognisedOn?: string },
): Promise<{ centerId: string; slug: string; username: string; operatorOrganisationId: string }> {
  const leadOrganisationId = await makeOrganisation(db, { regionCode: '620102', kind: 'enterprise' });
  const centerId = await db.transaction((tx) =>
    recogniseCenter(tx, systemActor('factory'), {
      name: input.name,
      level: 'provincial',
      type: 'comprehensive',
      regionCode: '620102',
      industryCodes: ['C34'],
      leadOrganisationId,
      members: [],
      packId: 'gansu-2024',
      recognisedOn: input.recognisedOn ?? '2024-06-30',
      reason: '认定公告',
      source: 'import',
    }),
  );
  await makeUser(db, {
    username: input.username,
    organisationId: leadOrganisationId,
    roles: [{ role: 'center_operator' }],
  });
  const { findCenter } = await import('../../src/db/loaders/centers.ts');
  const center = (await findCenter(db, centerId))!;
  return {
    centerId,
    slug: center.slug,
    username: input.username,
    operatorOrganisationId: leadOrganisationId,
  };
}

/**
 * `personTimes` attendances (one row = one 人次) at the center in `year`, spread over sessions of one
 * course, attended by employees of one enterprise. Bulk inserts; no audit (data generation only).
 */
export async function addAttendance(
  db: Db,
  centerId: string,
  year: number,
  personTimes: number,
  enterpriseId?: string,
): Promise<void> {
  const organisationId = enterpriseId ?? (await makeOrganisation(db, { sme: true }));
  const perSession = 50;
  const people = Array.from({ length: Math.min(perSession, personTimes) }, (_, i) => ({
    id: uuidv7(),
    username: `trainee.${uuidv7().slice(-12)}.${i}`,
    displayName: `学员${i + 1}`,
    passwordHash: 'x',
    organisationId,
    passwordChangedAt: new Date(),
  }));
  if (people.length === 0) {
    return;
  }
  await db.insert(users).values(people);
  const courseId = uuidv7();
  await db
    .insert(courses)
    .values({ id: courseId, centerId, title: '工业互联网实训', mode: 'offline', teachers: ['讲师'] });
  const sessions = Array.from({ length: Math.ceil(personTimes / perSession) }, (_, i) => ({
    id: uuidv7(),
    courseId,
    centerId,
    sessionDate: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    startTime: '09:00',
    endTime: '16:00',
    seats: perSession,
  }));
  await db.insert(courseSessions).values(sessions);
  const registrations = Array.from({ length: personTimes }, (_, i) => {
    const session = sessions[Math.floor(i / perSession)]!;
    return {
      id: uuidv7(),
      sessionId: session.id,
      centerId,
      userId: people[i % perSession]!.id,
      organisationId,
      date: session.sessionDate,
    };
  });
  for (let i = 0; i < registrations.length; i += 1000) {
    const chunk = registrations.slice(i, i + 1000);
    await db.insert(courseRegistrations).values(chunk.map(({ date: _date, ...r }) => r));
    await db.insert(courseAttendance).values(
      chunk.map((r) => ({
        id: uuidv7(),
        registrationId: r.id,
        sessionId: r.sessionId,
        centerId,
        organisationId,
        attendedOn: r.date,
      })),
    );
  }
}

/** `enterprises` distinct enterprises served in `year` (confirmed unless told otherwise). */
export async function addServedEnterprises(
  db: Db,
  centerId: string,
  year: number,
  enterprises: number,
  confirmation: 'confirmed' | 'unconfirmed' | 'disputed' = 'confirmed',
): Promise<void> {
  const rows = [];
  for (let i = 0; i < enterprises; i += 1) {
    const enterpriseId = await makeOrganisation(db, { sme: true, regionCode: '620102' });
    rows.push(
      ledgerRow(centerId, enterpriseId, {
        serviceDate: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-10`,
        regionCode: '620102',
        confirmation,
      }),
    );
  }
  if (rows.length) {
    await db.insert(serviceRecords).values(rows);
  }
}

/** An annual report row (draft or submitted), inserted directly. */
export async function makeAnnualReport(
  db: Db,
  centerId: string,
  year: number,
  overrides: {
    declaredValues?: Record<string, number>;
    summary?: string;
    status?: 'draft' | 'submitted';
    dueOn?: string | null;
    submittedOn?: string | null;
  } = {},
): Promise<string> {
  const id = uuidv7();
  const status = overrides.status ?? 'submitted';
  await db.insert(annualReports).values({
    id,
    centerId,
    year,
    status,
    dueOn: overrides.dueOn === undefined ? `${year + 1}-01-31` : overrides.dueOn,
    summary: overrides.summary ?? `${year} 年度工作情况`,
    declaredValues: overrides.declaredValues ?? {},
    submittedOn: status === 'submitted' ? (overrides.submittedOn ?? `${year + 1}-01-20`) : null,
  });
  return id;
}
