/**
 * 打印申报书 (issue 18): applicant.1's application — two consortium members, metrics, two materials — opens
 * from its page as the 申报书 with its basic facts, members, the metrics against the criteria with the
 * pre-check's verdicts and citations, and the materials list; in print media the app chrome is gone, and
 * Chromium prints it to an A4 PDF. The city that reviews it first prints the same document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMaterial, uploadAttachment } from '../../src/app/recognition/materials.ts';
import { submitApplication } from '../../src/app/recognition/submit-application.ts';
import { setMembers, updateApplication } from '../../src/app/recognition/update-application.ts';
import { tinyPdf } from '../../src/db/demo-applications.ts';
import { findApplication } from '../../src/db/loaders/recognition.ts';
import { makeCreditCode } from '../../src/domain/organisation/credit-code.ts';
import { actorFor, makeApplication, makeCall } from '../factories/recognition.ts';
import { BrowserFlow, screenshotFromTop } from './support/flows.ts';

const flow = new BrowserFlow();
let applicationId = '';
const MEMBERS = [
  { name: '齐鲁数智科技有限公司', creditCode: makeCreditCode({ regionCode: '370102', serial: 9101 }) },
  {
    name: '泉城工业技术研究院',
    creditCode: makeCreditCode({ regionCode: '370102', serial: 9102, authority: '1', category: '2' }),
  },
];

beforeAll(async () => {
  await flow.start();
  const db = flow.db;
  const callId = await makeCall(db, { title: '打印测试申报通知' });
  applicationId = await makeApplication(db, callId, { centerName: '济南打印测试促进中心' });
  const applicant = await actorFor(db, 'applicant.1');
  const app = async () => (await findApplication(db, applicationId))!;
  // The embedded database has one connection: read the row before opening each transaction.
  const draft = await app();
  await db.transaction(async (tx) =>
    updateApplication({
      actor: applicant,
      tx,
      app: draft,
      input: {
        version: 1,
        form: {
          summary: '面向济南装备制造企业提供诊断评估与人才培训服务。',
          buildStatus: 'built',
          consortiumAgreementSigned: true,
          metricValues: { floorArea: 2600, operatingStaff: 32 },
          facts: { fullTimeTeam: true },
        },
      },
    }),
  );
  const current = await app();
  const agreements: string[] = [];
  for (const m of MEMBERS) {
    const file = await db.transaction((tx) =>
      uploadAttachment({
        actor: applicant,
        tx,
        app: current,
        name: `${m.name}合作协议.pdf`,
        bytes: tinyPdf('agreement'),
      }),
    );
    agreements.push(file.id);
  }
  await db.transaction((tx) =>
    setMembers({
      actor: applicant,
      tx,
      app: current,
      input: {
        version: current.version,
        members: [
          { ...MEMBERS[0]!, orgKind: 'enterprise', legalPerson: true, agreementFileId: agreements[0]! },
          {
            ...MEMBERS[1]!,
            orgKind: 'research_institute',
            legalPerson: true,
            agreementFileId: agreements[1]!,
          },
        ],
      },
    }),
  );
  for (const [kind, name] of [
    ['application_form', '申报书.pdf'],
    ['construction_plan', '建设方案.pdf'],
  ] as const) {
    const row = await app();
    await db.transaction((tx) =>
      addMaterial({ actor: applicant, tx, app: row, kind, metric: null, name, bytes: tinyPdf(kind) }),
    );
  }
  const ready = await app();
  await db.transaction((tx) =>
    submitApplication({
      actor: applicant,
      tx,
      app: ready,
      roles: ['applicant'],
      input: { version: ready.version, comment: '', attachments: [] },
    }),
  );
}, 180_000);

afterAll(async () => {
  await flow.close();
});

describe('打印申报书', () => {
  it('applicant.1 opens the 申报书 from its application and Chromium prints it to an A4 PDF', async () => {
    const page = await flow.loggedIn('applicant.1', { viewport: { width: 1366, height: 900 } });
    await page.goto(`${flow.url}/applications/${applicationId}`);
    await page.getByTestId('print-application').click();
    await page.waitForURL(new RegExp(`/applications/${applicationId}/print$`));
    const doc = page.getByTestId('application-print');
    await doc.getByRole('heading', { name: '工业互联网数字化转型促进中心申报书' }).waitFor();
    await doc.getByText('打印测试申报通知').waitFor();
    await doc.getByText('济南打印测试促进中心').waitFor();
    await doc.getByText('面向济南装备制造企业提供诊断评估与人才培训服务。').waitFor();

    const members = doc.getByTestId('print-members');
    for (const m of MEMBERS) {
      await members
        .getByRole('row', { name: new RegExp(m.name) })
        .getByText(m.creditCode)
        .waitFor();
    }
    await members
      .getByRole('row', { name: /泉城工业技术研究院/ })
      .getByText('科研院所')
      .waitFor();

    // The metrics against the pack's criteria, each with its verdict and its citation.
    const area = doc.getByTestId('print-criteria').getByRole('row', { name: /基本运营要求：场地面积/ });
    await area.getByText('2,600').waitFor();
    await expect(area.innerText()).resolves.toMatch(/达标/);
    await expect(area.innerText()).resolves.toMatch(
      /《山东省促进中心建设工作指南（暂行）》 附件 引导性要素条件/,
    );
    await doc.getByTestId('print-precheck').getByRole('row').nth(1).waitFor();

    const materials = doc.getByTestId('print-materials');
    await materials.getByText(/申报书\.pdf（\d+ KB）/).waitFor();
    await materials.getByText(/建设方案\.pdf（\d+ KB）/).waitFor();
    await screenshotFromTop(page, 'application-print-screen');

    // In print media only the document remains: no menu, no header, no buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ant-layout-sider').first().isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: /打\s*印/ }).isVisible()).resolves.toBe(false);
    await expect(doc.isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    // A4 is 595.28 × 841.89 points; Chromium writes every page's MediaBox.
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThan(0);
    for (const [, w, h] of boxes) {
      expect(Math.round(Number(w))).toBe(595);
      expect(Math.round(Number(h))).toBe(842);
    }
  });

  it('city.jinan, which reviews it first, opens the same 申报书', async () => {
    const page = await flow.loggedIn('city.jinan');
    await page.goto(`${flow.url}/applications/${applicationId}/print`);
    const doc = page.getByTestId('application-print');
    await doc.getByText('济南打印测试促进中心').waitFor();
    await doc.getByTestId('print-members').getByText('齐鲁数智科技有限公司').waitFor();
  });
});
