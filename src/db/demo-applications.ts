/**
 * The demo's recognition applications: one in every application state of this year's Shandong call, so
 * whoever follows the README finds something at every stage (draft, submitted, city review, returned,
 * recommended, formal review, expert review, decided, rejected, publicity, announced, withdrawn).
 *
 * Each has its own lead unit (serials 41–52, so no clash with the other demo organisations) whose contact
 * `demo.lead.N` is disabled: nobody logs in as them. Every step runs through the real commands on a date
 * between the call's opening and today (`atDate`), so the timeline, audit trail, notifications, review
 * tasks and decision notices are the ones the product would have produced. When today is the call's first
 * day no publicity window can have closed yet, and the announced application is left out.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../app/actor.ts';
import { atDate, today } from '../app/publicity/clock.ts';
import { announcePublicity } from '../app/publicity/announce.ts';
import { openPublicity } from '../app/publicity/open-publicity.ts';
import {
  recommendApplication,
  recordQualificationReview,
  recordSiteCheck,
  returnApplication,
} from '../app/recognition/city-review.ts';
import { addMaterial } from '../app/recognition/materials.ts';
import { decideApplication, formalReviewStep } from '../app/recognition/provincial-review.ts';
import { submitApplication, withdrawApplication } from '../app/recognition/submit-application.ts';
import { updateApplication } from '../app/recognition/update-application.ts';
import { addMember } from '../app/review/adjust-panel.ts';
import { formOf } from '../app/review/context.ts';
import { invitePanel } from '../app/review/invite-panel.ts';
import { runProposalJob, startProposal } from '../app/review/propose-panels.ts';
import { respondToInvitation, saveSheet } from '../app/review/tasks.ts';
import { reviewFieldValues } from '../domain/review/fields.ts';
import type { ScoreForm } from '../domain/review/index.ts';
import { makeCreditCode } from '../domain/organisation/credit-code.ts';
import type { ApplicationState } from '../domain/workflow/application.ts';
import type { Db } from './client.ts';
import { findApplication, findCall } from './loaders/recognition.ts';
import { findNotice } from './loaders/publicity.ts';
import { findPanelOfApplication, findReviewApplication, findTask, panelSeats } from './loaders/review.ts';
import { calls, users } from './schema/index.ts';
import { makeOrganisation, makeUser } from '../../test/factories.ts';
import { actorFor, makeApplication } from '../../test/factories/recognition.ts';
import { shiftDays } from './demo-story.ts';

/** The demo lead units, one per state; `city` is the 市工信局 account in charge of their district. */
const LEADS: { state: ApplicationState; name: string; center: string; regionCode: string }[] = [
  {
    state: 'draft',
    name: '济南云启工业软件有限公司',
    center: '济南工业软件数字化转型促进中心',
    regionCode: '370102',
  },
  {
    state: 'submitted',
    name: '青岛海纳智联科技有限公司',
    center: '青岛家电行业数字化转型促进中心',
    regionCode: '370203',
  },
  {
    state: 'city_review',
    name: '济南泉润数字科技有限公司',
    center: '济南泉城数字化转型促进中心',
    regionCode: '370103',
  },
  {
    state: 'returned',
    name: '青岛港湾智造服务有限公司',
    center: '青岛港口装备数字化转型促进中心',
    regionCode: '370211',
  },
  {
    state: 'recommended',
    name: '济南鲁信工业互联网有限公司',
    center: '济南钢铁行业数字化转型促进中心',
    regionCode: '370104',
  },
  {
    state: 'formal_review',
    name: '青岛蓝海工业数据有限公司',
    center: '青岛纺织服装数字化转型促进中心',
    regionCode: '370213',
  },
  {
    state: 'expert_review',
    name: '济南齐鲁智能制造有限公司',
    center: '济南装备制造数字化转型促进中心',
    regionCode: '370105',
  },
  {
    state: 'decided',
    name: '青岛东方智造科技有限公司',
    center: '青岛轨道交通装备数字化转型促进中心',
    regionCode: '370214',
  },
  {
    state: 'rejected',
    name: '济南华岳信息技术有限公司',
    center: '济南商贸物流数字化转型促进中心',
    regionCode: '370113',
  },
  {
    state: 'publicity',
    name: '青岛海尔斯工业服务有限公司',
    center: '青岛橡胶轮胎数字化转型促进中心',
    regionCode: '370202',
  },
  {
    state: 'announced',
    name: '济南明湖智慧工厂有限公司',
    center: '济南电子信息数字化转型促进中心',
    regionCode: '370112',
  },
  {
    state: 'withdrawn',
    name: '青岛崂山数智科技有限公司',
    center: '青岛食品饮料数字化转型促进中心',
    regionCode: '370212',
  },
];

/** The first organisation serial of the demo lead units (41, 42, …). */
export const DEMO_LEAD_SERIAL = 41;

/** The decision documents: 文号 and 意见 of the demo's approvals and its rejection, for `year`. */
export function demoDecisions(year: number) {
  return {
    announced: { documentNumber: `鲁工信字〔${year}〕16号`, opinion: '经专家评审，符合认定条件，同意认定。' },
    publicity: { documentNumber: `鲁工信字〔${year}〕17号`, opinion: '经专家评审，符合认定条件，拟予认定。' },
    decided: {
      documentNumber: `鲁工信字〔${year}〕18号`,
      opinion: '经专家评审，运营团队与服务能力符合认定条件，同意拟认定，按程序公示。',
    },
    rejected: {
      documentNumber: `鲁工信字〔${year}〕19号`,
      opinion: '形式审查发现专职运营人员名单与社保缴纳证明不一致，不符合专职运营团队要求，不予认定。',
    },
  };
}

const FORM = {
  summary: '面向本地重点产业链企业，提供诊断评估、供需对接、人才培训等数字化转型公共服务。',
  buildStatus: 'built' as const,
  consortiumAgreementSigned: true,
  metricValues: { floorArea: 2600, operatingStaff: 32 },
  facts: { fullTimeTeam: true },
};

/** A tiny valid PDF (one page, one line of text) with a correct cross-reference table. */
export function tinyPdf(text: string): Buffer {
  const content = `BT /F1 14 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The day `fraction` of the way from `from` to `to` (calendar days, rounded down). */
function between(from: string, to: string, fraction: number): string {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  return shiftDays(from, Math.floor(days * fraction));
}

/** A full score sheet for `form`: every row scored at or above its pass mark. */
function passingScores(form: ScoreForm): Record<string, { value: number }> {
  return Object.fromEntries(
    form.rows.map((r) => {
      const s = r.scale;
      const value =
        s.kind === 'pass_fail'
          ? 1
          : s.kind === 'score'
            ? Math.max(s.passAt, Math.floor(s.max * 0.9))
            : s.passFrom;
      return [r.criterionId, { value }];
    }),
  );
}

interface Actors {
  province: Actor;
  cities: Record<string, Actor>;
}

/** Seeds the applications (after the accounts and the demo calls exist); does nothing when already there. */
export async function seedDemoApplications(db: Db): Promise<void> {
  const [done] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'demo.lead.1'));
  if (done) {
    return;
  }
  const now = today();
  const year = Number(now.slice(0, 4));
  const [call] = await db
    .select({ id: calls.id, opensOn: calls.opensOn })
    .from(calls)
    .where(and(eq(calls.packId, 'shandong-guide'), eq(calls.year, year), eq(calls.status, 'published')))
    .limit(1);
  if (!call) {
    return;
  }
  const start = call.opensOn > `${year}-01-01` ? call.opensOn : `${year}-01-01`;
  // The milestones of the season, spread between the call's opening and today.
  const on = (fraction: number) => between(start, now, fraction);
  const actors: Actors = {
    province: await actorFor(db, 'province.sd'),
    cities: { '3701': await actorFor(db, 'city.jinan'), '3702': await actorFor(db, 'city.qingdao') },
  };
  const ids = new Map<ApplicationState, string>();
  const pdfs = {
    application_form: { name: '申报书.pdf', bytes: tinyPdf('Application form (demo)') },
    construction_plan: { name: '建设方案.pdf', bytes: tinyPdf('Construction plan (demo)') },
  };
  for (const [i, lead] of LEADS.entries()) {
    const organisationId = await makeOrganisation(db, {
      name: `${lead.name}（演示）`,
      regionCode: lead.regionCode,
      industryCodes: ['I65', 'C34'],
      registrationDate: '2016-05-20',
      aboveScale: true,
      creditCode: makeCreditCode({ regionCode: lead.regionCode, serial: DEMO_LEAD_SERIAL + i }),
    });
    const username = `demo.lead.${i + 1}`;
    const userId = await makeUser(db, {
      username,
      displayName: `${lead.name.replace(/有限公司$/, '')}联系人`,
      // Nobody signs in as a demo lead: the account is disabled and its password unknown.
      password: `${crypto.randomUUID()}Aa1!`,
      organisationId,
      roles: [{ role: 'applicant' }],
    });
    await db.update(users).set({ disabled: true }).where(eq(users.id, userId));
    const applicant = await actorFor(db, username);
    ids.set(
      lead.state,
      await atDate(on(0.05), async () => {
        const id = await makeApplication(db, call.id, { by: username, centerName: `${lead.center}（演示）` });
        await db.transaction(async (tx) =>
          updateApplication({
            actor: applicant,
            tx,
            app: (await findApplication(tx, id))!,
            input: { version: 1, form: FORM },
          }),
        );
        for (const [kind, file] of Object.entries(pdfs)) {
          await db.transaction(async (tx) =>
            addMaterial({
              actor: applicant,
              tx,
              app: (await findApplication(tx, id))!,
              kind,
              metric: null,
              ...file,
            }),
          );
        }
        return id;
      }),
    );
  }
  const stage = new Stage(db, actors, ids);
  const beyond = (s: ApplicationState) => LEADS.filter((l) => l.state !== 'draft' && l.state !== s);
  await atDate(on(0.1), () => stage.forEach(beyond('draft'), (id, lead) => stage.submit(id, lead)));
  await atDate(on(0.15), () => stage.withdraw(ids.get('withdrawn')!));
  const cityStates: ApplicationState[] = ['submitted', 'withdrawn'];
  await atDate(on(0.2), () =>
    stage.forEach(
      LEADS.filter((l) => l.state !== 'draft' && !cityStates.includes(l.state)),
      (id, lead) => stage.cityReview(id, lead, lead.state !== 'city_review'),
    ),
  );
  const atProvince = LEADS.filter(
    (l) => !['draft', 'submitted', 'withdrawn', 'city_review', 'recommended'].includes(l.state),
  );
  await atDate(on(0.3), () => stage.forEach(atProvince, (id) => stage.formal(id, 'start_formal_review')));
  await atDate(on(0.35), async () => {
    await stage.returnAtFormalReview(ids.get('returned')!);
    await stage.decide(ids.get('rejected')!, 'reject', demoDecisions(year).rejected, on(0.35));
  });
  const reviewed: ApplicationState[] = ['expert_review', 'decided', 'publicity', 'announced'];
  await atDate(on(0.4), async () => {
    for (const s of reviewed) {
      await stage.formal(ids.get(s)!, 'formal_review_pass');
    }
    await stage.review(
      call.id,
      reviewed.map((s) => ids.get(s)!),
      ids.get('expert_review')!,
      shiftDays(now, 14),
    );
  });
  const decisions = demoDecisions(year);
  for (const [s, fraction] of [
    ['announced', 0.5],
    ['publicity', 0.6],
    ['decided', 0.7],
  ] as const) {
    await atDate(on(fraction), () => stage.decide(ids.get(s)!, 'approve', decisions[s], on(fraction)));
  }
  // Announced: a window that closed before today. Publicity: a window still open today.
  const closesOn = on(0.9) < now ? on(0.9) : shiftDays(now, -1);
  if (closesOn >= on(0.8) && closesOn >= on(0.5)) {
    const noticeId = await atDate(on(0.8), () => stage.publicise(call.id, ids.get('announced')!, closesOn));
    await stage.announce(noticeId, `鲁工信字〔${year}〕21号`);
  }
  await atDate(on(0.85), () => stage.publicise(call.id, ids.get('publicity')!, shiftDays(now, 7)));
}

/** The steps, each one transaction through its command, as the authority in charge. */
class Stage {
  constructor(
    private readonly db: Db,
    private readonly actors: Actors,
    private readonly ids: Map<ApplicationState, string>,
  ) {}

  async forEach(
    leads: typeof LEADS,
    step: (id: string, lead: (typeof LEADS)[number]) => Promise<void>,
  ): Promise<void> {
    for (const lead of leads) {
      await step(this.ids.get(lead.state)!, lead);
    }
  }

  private app(tx: Db, id: string) {
    return findApplication(tx, id).then((a) => a!);
  }

  /** One step on an application: its own transaction, on the application as it stands in it. */
  private onApplication<T>(
    id: string,
    step: (tx: Db, app: Awaited<ReturnType<Stage['app']>>) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (tx) => step(tx, await this.app(tx, id)));
  }

  private async applicant(id: string): Promise<Actor> {
    const app = await this.app(this.db, id);
    const [user] = await this.db
      .select({ username: users.username })
      .from(users)
      .where(eq(users.organisationId, app.leadOrganisationId));
    return actorFor(this.db, user!.username);
  }

  private city(regionCode: string): Actor {
    return this.actors.cities[regionCode.slice(0, 4)]!;
  }

  async submit(id: string, _lead: unknown): Promise<void> {
    const actor = await this.applicant(id);
    await this.onApplication(id, (tx, app) =>
      submitApplication({
        actor,
        tx,
        app,
        roles: ['applicant'],
        input: { version: app.version, comment: '', attachments: [] },
      }),
    );
  }

  async withdraw(id: string): Promise<void> {
    const actor = await this.applicant(id);
    await this.onApplication(id, (tx, app) =>
      withdrawApplication({
        actor,
        tx,
        app,
        roles: ['applicant'],
        input: { version: app.version, comment: '本单位调整建设方案，下一批次再行申报。', attachments: [] },
      }),
    );
  }

  /** 资格审核 and 现场核查 by the city; `recommend` also sends the file to the province with its 文号. */
  async cityReview(id: string, lead: (typeof LEADS)[number], recommend: boolean): Promise<void> {
    const actor = this.city(lead.regionCode);
    const roles = ['city_officer' as const];
    const run = (step: (tx: Db, app: Awaited<ReturnType<Stage['app']>>) => Promise<unknown>) =>
      this.onApplication(id, step);
    await run((tx, app) =>
      recordQualificationReview({
        actor,
        tx,
        app,
        roles,
        input: {
          version: app.version,
          checklist: [
            { key: 'legal_person', label: '牵头单位具备独立法人资格', passed: true },
            { key: 'materials', label: '申报书、建设方案齐全', passed: true },
          ],
          comment: '资格审核通过。',
        },
      }),
    );
    if (!recommend) {
      return;
    }
    await run((tx, app) =>
      recordSiteCheck({
        actor,
        tx,
        app,
        roles,
        input: {
          version: app.version,
          date: today(),
          participants: ['市工信局经办人', '行业专家'],
          findings: '运营场地、专职人员与申报材料一致。',
          photos: [],
        },
      }),
    );
    const city = lead.regionCode.startsWith('3701') ? '济工信字' : '青工信字';
    await run((tx, app) =>
      recommendApplication({
        actor,
        tx,
        app,
        roles,
        input: {
          version: app.version,
          documentNumber: `${city}〔${today().slice(0, 4)}〕${LEADS.indexOf(lead) + 3}号`,
          comment: '经资格审核和现场核查，同意推荐。',
          attachments: [],
        },
      }),
    );
  }

  async formal(id: string, action: 'start_formal_review' | 'formal_review_pass'): Promise<void> {
    const actor = this.actors.province;
    await this.onApplication(id, (tx, app) =>
      formalReviewStep({
        actor,
        tx,
        app,
        roles: ['provincial_admin'],
        action,
        input: {
          version: app.version,
          comment: action === 'formal_review_pass' ? '形式审查通过，进入专家评审。' : '',
          attachments: [],
        },
      }),
    );
  }

  async returnAtFormalReview(id: string): Promise<void> {
    const actor = this.actors.province;
    await this.onApplication(id, (tx, app) =>
      returnApplication({
        actor,
        tx,
        app,
        roles: ['provincial_admin'],
        action: 'formal_review_return',
        input: {
          version: app.version,
          comment: '建设方案缺少近三年服务企业清单，请补充后重新提交。',
          reasons: ['建设方案缺少近三年服务企业清单'],
          attachments: [],
        },
      }),
    );
  }

  async decide(
    id: string,
    outcome: 'approve' | 'reject',
    doc: { documentNumber: string; opinion: string },
    decidedOn: string,
  ): Promise<void> {
    const actor = this.actors.province;
    await this.onApplication(id, (tx, app) =>
      decideApplication({
        actor,
        tx,
        app,
        roles: ['provincial_admin'],
        input: {
          version: app.version,
          outcome,
          comment: doc.opinion,
          reasons:
            outcome === 'reject'
              ? [{ criterionId: 'sd-comp-staff', met: false, note: '专职运营人员名单与社保缴纳证明不一致' }]
              : [],
          acknowledgeConflicts: true,
          attachments: [],
          documentNumber: doc.documentNumber,
          decidedOn,
        },
      }),
    );
  }

  /**
   * Expert review of `applicationIds`: panels proposed and invited; every seat accepts and scores, except
   * on `pending`, where only expert.1 has accepted (its task waits in 评审任务) and the others are invited.
   */
  async review(callId: string, applicationIds: string[], pending: string, dueOn: string): Promise<void> {
    const province = this.actors.province;
    const jobId = await this.db.transaction((tx) =>
      startProposal({
        actor: province,
        tx,
        callId,
        regionCode: '370000',
        input: { panelSize: 3, loadCap: 10, requiredFields: [...reviewFieldValues], applicationIds },
      }),
    );
    await runProposalJob(this.db, jobId, province);
    const expert1 = await actorFor(this.db, 'expert.1');
    for (const id of applicationIds) {
      let panel = (await findPanelOfApplication(this.db, id))!;
      const app = (await findReviewApplication(this.db, id))!;
      if (
        id === pending &&
        !(await panelSeats(this.db, panel.id)).some((s) => s.expertUserId === expert1.userId)
      ) {
        await this.db.transaction((tx) =>
          addMember({
            actor: province,
            tx,
            panel,
            app,
            version: panel.version,
            expertUserId: expert1.userId,
          }),
        );
        panel = (await findPanelOfApplication(this.db, id))!;
      }
      await this.db.transaction((tx) =>
        invitePanel({ actor: province, tx, panel, app, version: panel.version, dueOn }),
      );
      for (const seat of await panelSeats(this.db, panel.id)) {
        if (seat.status !== 'invited' || (id === pending && seat.expertUserId !== expert1.userId)) {
          continue;
        }
        const [user] = await this.db
          .select({ username: users.username })
          .from(users)
          .where(eq(users.id, seat.expertUserId));
        const expert = await actorFor(this.db, user!.username);
        await this.db.transaction(async (tx) => {
          const task = (await findTask(tx, seat.id))!;
          await respondToInvitation({
            actor: expert,
            tx,
            task,
            app,
            version: task.version,
            accept: true,
            note: '',
          });
        });
        if (id === pending) {
          continue;
        }
        await this.db.transaction(async (tx) => {
          const task = (await findTask(tx, seat.id))!;
          const current = (await findReviewApplication(tx, id))!;
          await saveSheet({
            actor: expert,
            tx,
            task,
            app: current,
            version: task.version,
            mode: 'submit',
            sheet: {
              baseVersionNo: 0,
              scores: passingScores(formOf(current, panel)),
              overall: 86,
              recommendation: 'recommend',
              comment: '服务体系完整，运营团队稳定，建议认定。',
            },
          });
        });
      }
    }
  }

  /** Opens a publicity notice (today, as the clock reads it) for one application, ending on `endsOn`. */
  async publicise(callId: string, id: string, endsOn: string): Promise<string> {
    const actor = this.actors.province;
    return this.db.transaction(async (tx) => {
      return openPublicity({
        actor,
        tx,
        call: (await findCall(tx, callId))!,
        applications: [{ app: await this.app(tx, id), roles: ['provincial_admin'] }],
        input: { callId, applicationIds: [id], startsOn: today(), endsOn },
      });
    });
  }

  async announce(noticeId: string, documentNumber: string): Promise<void> {
    const actor = this.actors.province;
    await this.db.transaction(async (tx) => {
      const notice = (await findNotice(tx, noticeId))!;
      await announcePublicity({
        actor,
        tx,
        notice,
        rolesOf: () => ['provincial_admin'],
        input: { version: notice.version, documentNumber },
      });
    });
  }
}
