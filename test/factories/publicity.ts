/**
 * Publicity factories: approved (decided) applications ready for publicity. The earlier steps have their
 * own tests; here the application is created as a draft through the real command and moved to `decided`.
 */
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../src/db/client.ts';
import { applicationMembers, applications } from '../../src/db/schema/index.ts';
import { nextCreditCode } from '../factories.ts';
import { makeApplication, makeCall, type CallOverrides } from './recognition.ts';

/** A published call under `packId` by the provincial admin `by` (province.gs / gansu-2024 unless told). */
export function makePublicityCall(db: Db, overrides: CallOverrides = {}): Promise<string> {
  return makeCall(db, {
    by: 'province.gs',
    packId: 'gansu-2024',
    title: '2026年甘肃省数促中心评价',
    ...overrides,
  });
}

/** An application of `callId` in state `decided` with `members` consortium members; returns its id. */
export async function makeDecidedApplication(
  db: Db,
  callId: string,
  overrides: {
    by?: string;
    centerName?: string;
    type?: 'comprehensive' | 'industry' | 'functional';
    direction?: string;
    members?: string[];
  } = {},
): Promise<string> {
  const id = await makeApplication(db, callId, { by: overrides.by ?? 'applicant.2', ...overrides });
  const [app] = await db.select().from(applications).where(eq(applications.id, id));
  await db
    .update(applications)
    .set({ state: 'decided', currentVersionNo: 1, version: app!.version + 1 })
    .where(eq(applications.id, id));
  const members = overrides.members ?? ['兰州联合研究院有限公司'];
  if (members.length > 0) {
    await db.insert(applicationMembers).values(
      members.map((name, position) => ({
        id: uuidv7(),
        applicationId: id,
        creditCode: nextCreditCode(app!.regionCode),
        name,
        orgKind: 'enterprise',
        position,
      })),
    );
  }
  return id;
}
