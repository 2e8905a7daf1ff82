/**
 * The demo's dynamic-management and publicity story, dated relative to today (DTPC_TODAY-aware): past
 * steps are replayed through the real commands on the day they happened (`atDate`), so their dates,
 * audit entries, notifications and computed values are the ones the product would have produced.
 *
 * With Y the current year:
 * - 济南 demo center (recognised in Y-3): ledger for Y-2 and Y-1; the Y-2 report and evaluation are
 *   decided 良好 and published; the Y-1 report declares more enterprises served than the ledger proves
 *   (flagged), its evaluation is first-reviewed by 济南 and waits for the province's decision.
 * - 青岛 center failing Y-2 and Y-1: the engine has proposed its revocation (000 第二十条（一）).
 * - A Shandong Y-1 call whose approved application's publicity closed: waiting for 公告.
 * - A Gansu Y-1 call whose approved application was announced: a center in the directory.
 * - A Fujian center in the directory.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../app/actor.ts';
import { systemActor } from '../app/actor.ts';
import { currentCalendar } from '../app/calendar-years.ts';
import { answerServiceRecord } from '../app/center-platform/answer-service-record.ts';
import { createServiceRecord } from '../app/center-platform/create-service-record.ts';
import { recogniseCenter } from '../app/directory/recognise-center.ts';
import { decideEvaluation } from '../app/evaluation/decide-evaluation.ts';
import { openEvaluation } from '../app/evaluation/open-evaluation.ts';
import { publishEvaluation } from '../app/evaluation/publish-evaluation.ts';
import { reviewEvaluation } from '../app/evaluation/review-evaluation.ts';
import { saveAnnualReport } from '../app/evaluation/save-annual-report.ts';
import { submitAnnualReport } from '../app/evaluation/submit-annual-report.ts';
import { announcePublicity } from '../app/publicity/announce.ts';
import { atDate, today } from '../app/publicity/clock.ts';
import { openPublicity } from '../app/publicity/open-publicity.ts';
import type { DecideEvaluationBody } from '../contracts/evaluation.ts';
import { CalendarCoverageError } from '../domain/calendar/errors.ts';
import type { WorkingDayCalendar } from '../domain/calendar/types.ts';
import { makeCreditCode } from '../domain/organisation/credit-code.ts';
import type { Db } from './client.ts';
import { findCenter, findCenterBySlug, type CenterRow } from './loaders/centers.ts';
import { findEvaluation, findReport } from './loaders/evaluation.ts';
import { findServiceRecord } from './loaders/center-platform/ledger.ts';
import { findNotice } from './loaders/publicity.ts';
import { findApplication, findCall } from './loaders/recognition.ts';
import { organisations } from './schema/index.ts';
import { makeOrganisation } from '../../test/factories.ts';
import { makeDecidedApplication } from '../../test/factories/publicity.ts';
import { actorFor, makeCall } from '../../test/factories/recognition.ts';

/** `date` moved by `days` calendar days. */
export function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The earlier of `date` and today: a step dated later this year happens today when the year is young. */
function notAfterToday(date: string): string {
  const now = today();
  return date > now ? now : date;
}

/** The years of the story, from today. */
export function storyYears(): { year: number; lastYear: number; twoYearsAgo: number } {
  const year = Number(today().slice(0, 4));
  return { year, lastYear: year - 1, twoYearsAgo: year - 2 };
}

/** 济南 demo center: two years of ledger, reports and evaluations (one decided, one flagged and pending). */
async function jinanEvaluations(db: Db): Promise<void> {
  const center = (await findCenterBySlug(db, 'jinan-demo'))!;
  const operator = await actorFor(db, 'operator.1');
  const { year, lastYear, twoYearsAgo } = storyYears();
  const enterprises = await db
    .select({ creditCode: organisations.creditCode })
    .from(organisations)
    .where(eq(organisations.kind, 'enterprise'));
  const codes = enterprises.map((e) => e.creditCode).filter((c) => c.startsWith('91370'));
  const services: [string, string, string][] = [
    ['diagnosis', '02-20', '数字化转型诊断评估'],
    ['consulting', '04-15', '智能工厂规划咨询'],
    ['matchmaking', '06-18', '装备制造供需对接'],
    ['productTest', '09-10', '工业APP产品评测'],
    ['diagnosis', '11-05', '设备联网诊断'],
  ];
  const enterprise = await actorFor(db, 'enterprise.1');
  const [own] = await db
    .select({ creditCode: organisations.creditCode })
    .from(organisations)
    .where(eq(organisations.id, enterprise.organisationId));
  for (const y of [twoYearsAgo, lastYear]) {
    for (const [i, [serviceType, monthDay, title]] of services.entries()) {
      const enterpriseCreditCode = i % 2 === 0 ? own!.creditCode : codes[i % codes.length]!;
      const id = await db.transaction((tx) =>
        createServiceRecord({
          actor: operator,
          tx,
          center,
          input: {
            serviceType: serviceType as never,
            serviceDate: `${y}-${monthDay}`,
            enterpriseCreditCode,
            title,
            outcome: '已完成并出具报告',
            amountFen: null,
            preferential: serviceType === 'diagnosis',
          },
        }),
      );
      // enterprise.1 confirms the services it received; the other enterprises have no account to answer.
      if (enterpriseCreditCode === own!.creditCode) {
        await db.transaction(async (tx) => {
          const record = (await findServiceRecord(tx, id))!;
          await answerServiceRecord({
            actor: enterprise,
            tx,
            record,
            input: { answer: 'confirmed', version: record.version },
          });
        });
      }
    }
  }
  // Y-2: reported, rated 良好 and published. Y-1: 40 enterprises served declared against the ledger's few.
  await fileReport(db, center, operator, twoYearsAgo, `${twoYearsAgo + 1}-01-20`, {
    floorArea: 2600,
    operatingStaff: 32,
  });
  await fileReport(db, center, operator, lastYear, notAfterToday(`${year}-01-20`), {
    enterprisesServed: 40,
    floorArea: 2600,
    operatingStaff: 35,
  });
  await evaluate(db, center, twoYearsAgo, {
    city: 'city.jinan',
    on: `${twoYearsAgo + 1}-03-16`,
    rating: 'good',
    reason: `${twoYearsAgo} 年度服务台账完整，主要指标达到评价要素表要求，评为良好。`,
  });
  await evaluate(db, center, lastYear, { city: 'city.jinan', on: notAfterToday(`${year}-02-27`) });
}

async function fileReport(
  db: Db,
  center: CenterRow,
  operator: Actor,
  reportYear: number,
  on: string,
  declaredValues: Record<string, number>,
): Promise<void> {
  await atDate(on, async () => {
    await db.transaction((tx) =>
      saveAnnualReport({
        actor: operator,
        tx,
        center,
        year: reportYear,
        input: {
          summary: `${reportYear} 年度开展诊断评估、供需对接和人才培训工作。`,
          declaredValues,
          version: 0,
        },
      }),
    );
    await db.transaction(async (tx) => {
      const report = (await findReport(tx, center.id, reportYear))!;
      await submitAnnualReport({ actor: operator, tx, center, report, version: report.version });
    });
  });
}

/**
 * One center-year through the Shandong chain on `on`: province.sd opens, the city first-reviews; with a
 * `rating`, province.sd decides (with its document) and publishes.
 */
async function evaluate(
  db: Db,
  center: CenterRow,
  year: number,
  step: { city: string; on: string; rating?: string; reason?: string },
): Promise<void> {
  const province = await actorFor(db, 'province.sd');
  const city = await actorFor(db, step.city);
  await atDate(step.on, async () => {
    const id = await db.transaction((tx) => openEvaluation({ actor: province, tx, center, year }));
    await db.transaction(async (tx) => {
      const evaluation = (await findEvaluation(tx, id))!;
      await reviewEvaluation({
        actor: city,
        tx,
        center,
        evaluation,
        input: {
          opinion: step.rating
            ? `${year} 年度工作情况报告与台账已核，同意报省审定。`
            : `${year} 年度报告申报的服务企业数明显高于台账记录，请省厅核实后审定。`,
          version: evaluation.version,
        },
      });
    });
    if (!step.rating) {
      return;
    }
    await db.transaction(async (tx) => {
      const evaluation = (await findEvaluation(tx, id))!;
      const input: DecideEvaluationBody = {
        rating: step.rating!,
        reason: step.reason ?? `${year} 年度评价结果`,
        documentNumber: `鲁工信评〔${year + 1}〕${center.regionCode.slice(2, 4)}号`,
        decidedOn: step.on,
        version: evaluation.version,
      };
      await decideEvaluation({ actor: province, tx, center, evaluation, input });
    });
    await db.transaction(async (tx) => {
      const evaluation = (await findEvaluation(tx, id))!;
      await publishEvaluation({ actor: province, tx, center, evaluation, version: evaluation.version });
    });
  });
}

/** A 青岛 center rated 不合格 for Y-2 and Y-1: deciding the second makes the engine propose revocation. */
async function qingdaoRevocation(db: Db, leadOrganisationId: string): Promise<void> {
  const { year, lastYear, twoYearsAgo } = storyYears();
  const id = await db.transaction((tx) =>
    recogniseCenter(tx, systemActor('demo-seed'), {
      name: '青岛海洋装备工业互联网促进中心（演示）',
      level: 'provincial',
      type: 'comprehensive',
      regionCode: '370202',
      industryCodes: ['C37'],
      leadOrganisationId,
      members: [],
      packId: 'shandong-guide',
      recognisedOn: `${year - 4}-06-30`,
      reason: '认定公告',
      documentNumber: `鲁工信字〔${year - 4}〕31号`,
      source: 'import',
    }),
  );
  const center = (await findCenter(db, id))!;
  for (const [y, on] of [
    [twoYearsAgo, `${twoYearsAgo + 1}-03-16`],
    [lastYear, notAfterToday(`${year}-03-02`)],
  ] as const) {
    await evaluate(db, center, y, {
      city: 'city.qingdao',
      on,
      rating: 'fail',
      reason: `${y} 年度未报送工作情况报告，平台无服务与培训记录，评为不合格。`,
    });
  }
}

/**
 * A window of `workingDays` that closed before today, inside the calendar's data: it starts about three
 * weeks ago, or in December of last year when today lies beyond the holiday data; null when even last
 * year has no holiday data (load it with `dtpc calendar import`).
 */
export function closedWindow(
  calendar: WorkingDayCalendar,
  workingDays: number,
): { startsOn: string; endsOn: string } | null {
  const lastCovered = Math.max(...calendar.coveredYears());
  let from = shiftDays(today(), -24);
  if (Number(from.slice(0, 4)) > lastCovered) {
    if (lastCovered < storyYears().lastYear) {
      return null;
    }
    from = `${lastCovered}-12-01`;
  }
  try {
    const startsOn = calendar.addWorkingDays(shiftDays(from, -1), 1);
    return { startsOn, endsOn: calendar.addWorkingDays(startsOn, workingDays - 1) };
  } catch (error) {
    if (error instanceof CalendarCoverageError) {
      return null;
    }
    throw error;
  }
}

/** A closed Y-1 call of `packId` holding one approved application by `by`, in publicity from `startsOn`. */
async function publicised(
  db: Db,
  o: { by: string; province: string; packId: string; title: string; centerName: string; members: string[] },
  window: { startsOn: string; endsOn: string },
  manualEnd: boolean,
): Promise<string> {
  const { lastYear } = storyYears();
  const opensOn = `${lastYear}-03-01`;
  const callId = await atDate(opensOn, () =>
    makeCall(db, {
      by: o.province,
      packId: o.packId,
      year: lastYear,
      title: o.title,
      description: '演示数据：上一年度申报批次。',
      opensOn,
      closesOn: `${lastYear}-06-30`,
    }),
  );
  const applicationId = await atDate(`${lastYear}-04-10`, () =>
    makeDecidedApplication(db, callId, { by: o.by, centerName: o.centerName, members: o.members }),
  );
  const actor = await actorFor(db, o.province);
  return atDate(window.startsOn, () =>
    db.transaction(async (tx) =>
      openPublicity({
        actor,
        tx,
        call: (await findCall(tx, callId))!,
        applications: [{ app: (await findApplication(tx, applicationId))!, roles: ['provincial_admin'] }],
        input: {
          callId,
          applicationIds: [applicationId],
          startsOn: window.startsOn,
          ...(manualEnd ? { endsOn: window.endsOn } : {}),
        },
      }),
    ),
  );
}

/** Shandong: publicity closed, waiting for 公告. Gansu: announced, in the directory. */
async function publicityStory(db: Db): Promise<void> {
  const window = closedWindow(await currentCalendar(db), 5);
  if (!window) {
    return;
  }
  const { lastYear } = storyYears();
  await publicised(
    db,
    {
      by: 'applicant.3',
      province: 'province.sd',
      packId: 'shandong-guide',
      title: `${lastYear}年山东省工业互联网数字化转型促进中心申报工作通知（第二批）`,
      centerName: '青岛工业互联网数字化转型促进中心（演示）',
      members: ['青岛海洋科技研究院（演示）'],
    },
    window,
    true,
  );
  const gansuNotice = await publicised(
    db,
    {
      by: 'applicant.4',
      province: 'province.gs',
      packId: 'gansu-2024',
      title: `${lastYear}年甘肃省工业互联网数字化转型促进中心评价工作通知`,
      centerName: '天水装备制造数字化转型促进中心（演示）',
      members: ['天水职业技术学院（演示）'],
    },
    window,
    false,
  );
  const province = await actorFor(db, 'province.gs');
  const notice = (await findNotice(db, gansuNotice))!;
  await atDate(shiftDays(notice.endsOn, 3) > today() ? today() : shiftDays(notice.endsOn, 3), () =>
    db.transaction((tx) =>
      announcePublicity({
        actor: province,
        tx,
        notice,
        rolesOf: () => ['provincial_admin'],
        input: { version: notice.version, documentNumber: `甘工信发〔${lastYear + 1}〕8号` },
      }),
    ),
  );
}

/** A Fujian center in the directory (recognised two years ago). */
async function fujianCenter(db: Db, leadOrganisationId: string): Promise<void> {
  const { twoYearsAgo } = storyYears();
  await db.transaction((tx) =>
    recogniseCenter(tx, systemActor('demo-seed'), {
      name: '福州工业互联网数字化转型促进中心（演示）',
      level: 'provincial',
      type: 'comprehensive',
      regionCode: '350102',
      industryCodes: ['C39', 'I65'],
      leadOrganisationId,
      members: [
        {
          name: '闽江智造学院（演示）',
          creditCode: makeCreditCode({ regionCode: '350102', serial: 15, authority: '1', category: '2' }),
        },
      ],
      packId: null,
      recognisedOn: `${twoYearsAgo}-09-28`,
      reason: '认定公告',
      documentNumber: `闽工信函〔${twoYearsAgo}〕66号`,
      source: 'import',
    }),
  );
}

/** Seeds the story (after the accounts, the 济南 demo center and its platform data exist). */
export async function seedDemoStory(db: Db): Promise<void> {
  const lead = async (name: string, regionCode: string, serial: number) =>
    makeOrganisation(db, {
      name,
      regionCode,
      industryCodes: ['C34', 'I65'],
      registrationDate: '2015-05-20',
      aboveScale: true,
      creditCode: makeCreditCode({ regionCode, serial }),
    });
  await jinanEvaluations(db);
  await qingdaoRevocation(db, await lead('青岛海工装备集团有限公司（演示）', '370211', 31));
  await fujianCenter(db, await lead('福州智能制造科技有限公司（演示）', '350102', 33));
  await publicityStory(db);
}
