/**
 * Factories for the center platform: an operated center with its operator account, enterprise accounts,
 * and ledger records inserted directly (for metrics and benchmarks). Used by tests and the demo seed.
 */
import { v7 as uuidv7 } from 'uuid';
import { makeCreditCode } from '../../src/domain/organisation/credit-code.ts';
import type { Db } from '../../src/db/client.ts';
import type { serviceRecords } from '../../src/db/schema/index.ts';
import { organisations } from '../../src/db/schema/index.ts';
import { eq } from 'drizzle-orm';
import {
  makeCenter,
  makeOrganisation,
  makeUser,
  type CenterOverrides,
  type OrganisationOverrides,
} from '../factories.ts';

/** A center with its own operator organisation and an operator account (demo password). */
export async function makeOperatedCenter(
  db: Db,
  overrides: CenterOverrides & { username?: string } = {},
): Promise<{ centerId: string; slug: string; username: string; operatorOrganisationId: string }> {
  const regionCode = overrides.regionCode ?? '370202';
  const operatorOrganisationId =
    overrides.operatorOrganisationId ?? (await makeOrganisation(db, { regionCode, industryCodes: ['I65'] }));
  const slug = overrides.slug ?? `center-${uuidv7().slice(-10)}`;
  const { username: wanted, ...centerOverrides } = overrides;
  const centerId = await makeCenter(db, { ...centerOverrides, regionCode, slug, operatorOrganisationId });
  const username = wanted ?? `operator.${slug}`;
  await makeUser(db, {
    username,
    organisationId: operatorOrganisationId,
    roles: [{ role: 'center_operator' }],
  });
  return { centerId, slug, username, operatorOrganisationId };
}

/** An enterprise organisation with one enterprise account; returns both. */
export async function makeEnterpriseAccount(
  db: Db,
  overrides: OrganisationOverrides & { username?: string } = {},
): Promise<{ organisationId: string; username: string; creditCode: string }> {
  const { username: wanted, ...orgOverrides } = overrides;
  const organisationId = await makeOrganisation(db, { sme: true, ...orgOverrides });
  const username = wanted ?? `enterprise.${organisationId.slice(-8)}`;
  await makeUser(db, { username, organisationId, roles: [{ role: 'enterprise' }] });
  const [org] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  return { organisationId, username, creditCode: org!.creditCode };
}

export interface LedgerRowOverrides {
  serviceType?: string;
  serviceDate?: string;
  regionCode?: string;
  industryCode?: string | null;
  confirmation?: 'unconfirmed' | 'confirmed' | 'disputed';
  preferential?: boolean;
  sme?: boolean;
  amountFen?: number | null;
  title?: string;
}

/** A ledger row for direct insertion (no audit): for metrics tests and data generation only. */
export function ledgerRow(
  centerId: string,
  enterpriseId: string,
  o: LedgerRowOverrides = {},
): typeof serviceRecords.$inferInsert {
  return {
    id: uuidv7(),
    centerId,
    serviceType: o.serviceType ?? 'diagnosis',
    serviceDate: o.serviceDate ?? '2026-03-01',
    enterpriseId,
    enterpriseSme: o.sme ?? true,
    enterpriseSpecialisedSme: false,
    enterpriseAboveScale: !(o.sme ?? true),
    regionCode: o.regionCode ?? '370112',
    industryCode: o.industryCode === undefined ? 'C34' : o.industryCode,
    title: o.title ?? '数字化转型诊断',
    outcome: '',
    amountFen: o.amountFen ?? null,
    preferential: o.preferential ?? false,
    confirmation: o.confirmation ?? 'confirmed',
    source: 'import',
  };
}

/**
 * Demo data of the 济南 demo center: services in its ledger (confirmed, awaiting confirmation, one disputed),
 * courses with sessions, attendance, events with teams and agreements, an industry–education agreement,
 * SME offers and a financial product. Written through the real commands, so it is audited like user input.
 */
export async function seedCenterPlatformDemo(db: Db, slug = 'jinan-demo'): Promise<void> {
  const { findCenterBySlug } = await import('../../src/db/loaders/centers.ts');
  const { createServiceRecord } = await import('../../src/app/center-platform/create-service-record.ts');
  const { answerServiceRecord } = await import('../../src/app/center-platform/answer-service-record.ts');
  const { findServiceRecord } = await import('../../src/db/loaders/center-platform/ledger.ts');
  const { createCourse } = await import('../../src/app/center-platform/create-course.ts');
  const { createSession } = await import('../../src/app/center-platform/create-session.ts');
  const { createEvent } = await import('../../src/app/center-platform/create-event.ts');
  const { addContestTeam } = await import('../../src/app/center-platform/add-contest-team.ts');
  const { addEventAgreement } = await import('../../src/app/center-platform/add-event-agreement.ts');
  const { createIeAgreement } = await import('../../src/app/center-platform/create-ie-agreement.ts');
  const { createOffer } = await import('../../src/app/center-platform/create-offer.ts');
  const { createFinanceProduct } = await import('../../src/app/center-platform/create-finance-product.ts');
  const { findEvent } = await import('../../src/db/loaders/center-platform/events.ts');
  const { users } = await import('../../src/db/schema/index.ts');
  const center = await findCenterBySlug(db, slug);
  if (!center) {
    return;
  }
  const [operator] = await db
    .select()
    .from(users)
    .where(eq(users.organisationId, center.operatorOrganisationId));
  const [sme] = await db.select().from(users).where(eq(users.username, 'enterprise.1'));
  if (!operator || !sme) {
    return;
  }
  const actorOf = (u: typeof operator, role: 'center_operator' | 'enterprise') => ({
    kind: 'user' as const,
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    organisationId: u.organisationId,
    organisationRegionCode: '370112',
    grants: [{ role, regionCode: null, organisationId: u.organisationId }],
    ip: null,
  });
  const op = actorOf(operator, 'center_operator');
  const ent = actorOf(sme, 'enterprise');
  const [smeOrg] = await db.select().from(organisations).where(eq(organisations.id, sme.organisationId));
  const others = await Promise.all(
    [
      {
        name: '济南数控装备有限公司（演示）',
        regionCode: '370112',
        industryCodes: ['C34'],
        sme: true,
        serial: 61,
      },
      {
        name: '章丘铸造科技有限公司（演示）',
        regionCode: '370114',
        industryCodes: ['C33'],
        sme: true,
        serial: 62,
      },
      {
        name: '山东重型机械集团（演示）',
        regionCode: '370102',
        industryCodes: ['C35'],
        aboveScale: true,
        serial: 63,
      },
    ].map(async ({ serial, ...o }) => {
      // Fixed serials: the same credit codes in every installation, never colliding with factory serials.
      const id = await makeOrganisation(db, {
        ...o,
        creditCode: makeCreditCode({ regionCode: o.regionCode, serial }),
      });
      const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
      return row!.creditCode;
    }),
  );
  const { today } = await import('../../src/app/publicity/clock.ts');
  const now = today();
  const year = Number(now.slice(0, 4));
  // Services delivered and events held are facts: early in the year, the later demo dates become today.
  const past = (date: string): string => (date > now ? now : date);
  const records: [string, string, string, string, number | null][] = [
    ['diagnosis', past(`${year}-02-18`), smeOrg!.creditCode, '数字化转型诊断评估', null],
    ['consulting', past(`${year}-03-09`), others[0]!, '智能工厂规划咨询', 8_000_000],
    ['matchmaking', past(`${year}-04-12`), others[1]!, '铸造行业工业互联网供需对接', null],
    ['productTest', past(`${year}-05-20`), others[2]!, '工业APP产品评测', 3_500_000],
    ['orderMatching', past(`${year}-06-03`), smeOrg!.creditCode, '配套订单对接', 120_000_000],
    ['diagnosis', past(`${year}-06-21`), others[0]!, '设备联网诊断', null],
  ];
  const ids: string[] = [];
  for (const [serviceType, serviceDate, code, title, amountFen] of records) {
    ids.push(
      await db.transaction((tx) =>
        createServiceRecord({
          actor: op,
          tx,
          center,
          input: {
            serviceType: serviceType as never,
            serviceDate,
            enterpriseCreditCode: code,
            title,
            outcome: '已完成并出具报告',
            amountFen,
            preferential: serviceType === 'diagnosis',
          },
        }),
      ),
    );
  }
  // enterprise.1 confirms its first service; the others of other enterprises are confirmed by their operator-held evidence later.
  await db.transaction(async (tx) => {
    const r = (await findServiceRecord(tx, ids[0]!))!;
    await answerServiceRecord({
      actor: ent,
      tx,
      record: r,
      input: { answer: 'confirmed', version: r.version },
    });
  });
  const ahead = (days: number): string => {
    const d = new Date(`${now}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  // The online course first, so the on-site one is the newest (it heads the operator's list).
  const onlineId = await db.transaction((tx) =>
    createCourse({
      actor: op,
      tx,
      center,
      input: {
        title: '数字化转型诊断方法（线上）',
        summary: '讲解数字化转型成熟度评估的方法与常见问题，适合企业信息化负责人',
        mode: 'online',
        teachers: ['张老师'],
      },
    }),
  );
  await db.transaction((tx) =>
    createSession({
      actor: op,
      tx,
      center,
      courseId: onlineId,
      input: {
        sessionDate: ahead(5),
        startTime: '14:00',
        endTime: '16:00',
        location: '线上直播',
        seats: 200,
      },
    }),
  );
  const courseId = await db.transaction((tx) =>
    createCourse({
      actor: op,
      tx,
      center,
      input: {
        title: '工业互联网平台应用实训',
        summary: '面向中小企业的工业互联网平台上机实训',
        mode: 'offline',
        teachers: ['王工', '李工'],
      },
    }),
  );
  // Sessions ahead of today, whatever the date: one with room, one nearly full.
  for (const [date, seats] of [
    [ahead(12), 30],
    [ahead(22), 2],
  ] as const) {
    await db.transaction((tx) =>
      createSession({
        actor: op,
        tx,
        center,
        courseId,
        input: {
          sessionDate: date,
          startTime: '09:00',
          endTime: '16:30',
          location: '济南高新区促进中心实训室',
          seats,
        },
      }),
    );
  }
  const contest = await db.transaction((tx) =>
    createEvent({
      actor: op,
      tx,
      center,
      input: {
        kind: 'contest',
        title: '工业互联网创新应用大赛',
        heldOn: past(`${year}-05-16`),
        location: '济南',
        summary: '',
        participants: 260,
      },
    }),
  );
  const matchmaking = await db.transaction((tx) =>
    createEvent({
      actor: op,
      tx,
      center,
      input: {
        kind: 'matchmaking',
        title: '装备制造数字化供需对接会',
        heldOn: past(`${year}-04-12`),
        location: '济南',
        summary: '',
        participants: 120,
      },
    }),
  );
  await db.transaction((tx) =>
    createEvent({
      actor: op,
      tx,
      center,
      input: {
        kind: 'forum',
        title: '数字化转型高峰论坛',
        heldOn: past(`${year}-09-08`),
        location: '济南',
        summary: '',
        participants: 300,
      },
    }),
  );
  await db.transaction(async (tx) => {
    const e = (await findEvent(tx, contest))!;
    await addContestTeam({
      actor: op,
      tx,
      center,
      event: e,
      input: { name: '泉城智造队', affiliation: '齐鲁工业技术大学（演示）', members: 5 },
    });
    await addContestTeam({
      actor: op,
      tx,
      center,
      event: e,
      input: { name: '精工数智队', affiliation: '济南精工机械制造有限公司（演示）', members: 4 },
    });
    const m = (await findEvent(tx, matchmaking))!;
    await addEventAgreement({
      actor: op,
      tx,
      center,
      event: m,
      input: {
        parties: ['济南精工机械制造有限公司（演示）', '济南智造工业互联网科技有限公司（演示）'],
        amountFen: 50_000_000,
        scenario: '设备预测性维护',
        signedOn: `${year}-04-12`,
      },
    });
    await createIeAgreement({
      actor: op,
      tx,
      center,
      input: {
        enterpriseName: '济南精工机械制造有限公司（演示）',
        institutionName: '齐鲁工业技术大学（演示）',
        title: '智能制造现场工程师联合培养',
        signedOn: `${year}-03-01`,
      },
    });
    await createOffer({
      actor: op,
      tx,
      center,
      input: {
        kind: 'trial',
        title: 'MES 轻量版',
        provider: '济南智造工业互联网科技有限公司（演示）',
        summary: '',
        listPriceFen: 2_000_000,
        offerPriceFen: 1_200_000,
        trialDays: 30,
      },
    });
    await createOffer({
      actor: op,
      tx,
      center,
      input: {
        kind: 'sharedEquipment',
        title: '五轴加工中心共享',
        provider: '济南精工机械制造有限公司（演示）',
        summary: '',
        listPriceFen: 60_000,
        offerPriceFen: 40_000,
        trialDays: null,
      },
    });
    await createFinanceProduct({
      actor: op,
      tx,
      center,
      input: {
        kind: 'loan',
        name: '数字化改造贷',
        institution: '齐鲁银行（演示）',
        minAmountFen: 10_000_000,
        maxAmountFen: 500_000_000,
        terms: '年化 3.45% 起，最长 3 年',
      },
    });
  });
}
