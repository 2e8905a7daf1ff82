/** Recognition factories: calls and applications made through the real commands, as a named demo user. */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../src/app/actor.ts';
import { createCall } from '../../src/app/recognition/create-call.ts';
import { setCallStatus } from '../../src/app/recognition/update-call.ts';
import { draftApplication } from '../../src/app/recognition/create-application.ts';
import type { CreateCallBody } from '../../src/contracts/recognition.ts';
import type { Role } from '../../src/contracts/common.ts';
import type { Db } from '../../src/db/client.ts';
import { findCall } from '../../src/db/loaders/recognition.ts';
import { roleGrants, users } from '../../src/db/schema/index.ts';

/** The actor of an existing account (as the session would build it). */
export async function actorFor(db: Db, username: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user) {
    throw new Error(`no user ${username}`);
  }
  const grants = await db.select().from(roleGrants).where(eq(roleGrants.userId, user.id));
  return {
    kind: 'user',
    userId: user.id,
    username,
    displayName: user.displayName,
    organisationId: user.organisationId,
    organisationRegionCode: '',
    grants: grants.map((g) => ({
      role: g.role as Role,
      regionCode: g.regionCode,
      organisationId: g.organisationId,
    })),
    ip: null,
  };
}

export type CallOverrides = Partial<CreateCallBody> & {
  by?: string;
  status?: 'draft' | 'published' | 'closed';
};

/** A call (published unless told otherwise) open from 2020 to 2099, by province.sd unless `by` says. */
export async function makeCall(db: Db, overrides: CallOverrides = {}): Promise<string> {
  const { by = 'province.sd', status = 'published', ...input } = overrides;
  const actor = await actorFor(db, by);
  const regionCode = actor.grants[0]?.regionCode ?? '370000';
  const body: CreateCallBody = {
    packId: 'shandong-guide',
    year: 2026,
    title: `${input.packId ?? 'shandong-guide'} 测试申报通知`,
    description: '',
    level: 'provincial',
    types: [],
    kinds: [],
    directions: [],
    quotas: [],
    opensOn: '2020-01-01',
    closesOn: '2099-12-31',
    ...input,
  };
  const id = await db.transaction((tx) => createCall({ actor, tx, input: body, regionCode }));
  if (status !== 'draft') {
    await db.transaction(async (tx) =>
      setCallStatus({ actor, tx, call: (await findCall(tx, id))!, version: 1, status: 'published' }),
    );
  }
  if (status === 'closed') {
    await db.transaction(async (tx) =>
      setCallStatus({ actor, tx, call: (await findCall(tx, id))!, version: 2, status: 'closed' }),
    );
  }
  return id;
}

/** A draft application by the applicant account `by` (applicant.1 unless told) to `callId`. */
export async function makeApplication(
  db: Db,
  callId: string,
  overrides: {
    by?: string;
    centerName?: string;
    type?: 'comprehensive' | 'industry' | 'functional';
    direction?: string;
  } = {},
): Promise<string> {
  const actor = await actorFor(db, overrides.by ?? 'applicant.1');
  const call = (await findCall(db, callId))!;
  return db.transaction((tx) =>
    draftApplication({
      actor,
      tx,
      call,
      leadOrganisationId: actor.organisationId,
      input: {
        callId,
        centerName: overrides.centerName ?? '测试促进中心',
        ...(overrides.direction
          ? { direction: overrides.direction }
          : { type: overrides.type ?? 'comprehensive' }),
      },
    }),
  );
}

/** The demo calls: a Shandong guide call, a Gansu 2024 call and the Shandong 2023 demonstration call. */
export async function seedRecognitionDemo(db: Db): Promise<void> {
  const { today } = await import('../../src/app/publicity/clock.ts');
  const year = Number(today().slice(0, 4));
  await makeCall(db, {
    packId: 'shandong-guide',
    year,
    title: `${year}年山东省工业互联网数字化转型促进中心申报工作通知`,
    description: '各市工业和信息化局：请组织符合条件的单位按属地申报，经资格审核、现场核查后以正式文件报省。',
    opensOn: `${year}-01-01`,
    closesOn: `${year}-12-31`,
  });
  await makeCall(db, {
    packId: 'gansu-2024',
    by: 'province.gs',
    year,
    title: `${year}年甘肃省工业互联网数字化转型促进中心评价工作通知`,
    description: '中央在甘企业和省属企业可直接向省工信厅申报（甘工信发〔2024〕128号 第十条）。',
    opensOn: `${year}-01-01`,
    closesOn: `${year}-12-31`,
  });
  await makeCall(db, {
    packId: 'shandong-demo-2023',
    year,
    title: `${year}年山东省新一代信息技术与制造业融合发展示范申报`,
    opensOn: `${year}-01-01`,
    closesOn: `${year}-12-31`,
  });
}
