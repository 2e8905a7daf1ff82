/**
 * Fujian 2022 notice on promotion centers (seed 001, the notice and its 附件2): each city surveys and
 * reserves promotion centers and files the 培育情况表 (cultivation report) with the provincial department
 * by October 25. The forwarded national guide, rules and standards are the `national-2022` pack.
 */
import { definePack } from '../schema.ts';
import type { PolicyPack, SourceRef } from '../schema.ts';

const FILE = '001_515e38f239b45b15.txt';

function cite(ref: string, text: string): SourceRef {
  return { file: FILE, ref, text };
}

const NOTICE_TITLE = {
  zh: '福建省工业和信息化厅关于推进工业互联网数字化转型促进中心建设的通知',
  en: 'Notice of the Fujian Department of Industry and Information Technology on building promotion centers',
};

const FILING_TEXT = '并于10月25日前将培育情况表（见附件2）报送省工信厅';

/** The header row of 附件2 as printed (OCR splits 成员单位 over two lines). */
const HEADER_TEXT =
  '序号 名称 类别 牵头组建单位 成员单位 能力简介（重点阐述） 技术交流、展示、孵化、创新的实体落地点位 建设周期 属地';

export const fujianCultivation2022: PolicyPack = definePack({
  id: 'fujian-cultivation-2022',
  version: '2022.1',
  title: {
    zh: '福建省工业互联网数字化转型促进中心培育情况表（2022年）',
    en: 'Fujian promotion-center cultivation report (2022)',
  },
  jurisdiction: { level: 'provincial', regionCode: '350000', name: { zh: '福建省', en: 'Fujian Province' } },
  sourceDocument: {
    file: FILE,
    title: NOTICE_TITLE,
    issuer: { zh: '福建省工业和信息化厅', en: 'Fujian Department of Industry and Information Technology' },
    docNumber: null,
    // The notice prints no date; its form is dated 2022.09.XX, so the filing year is 2022.
    date: null,
  },
  levels: ['municipal', 'provincial', 'national'],
  types: ['comprehensive', 'industry', 'functional'],
  processes: [
    {
      id: 'city_cultivation',
      kind: 'cultivation_report',
      name: {
        zh: '促进中心梯次培育与培育情况报送',
        en: 'Tiered cultivation of centers and the cultivation report',
      },
      source: cite(
        '通知 三、持续发挥促进作用 第二段',
        '为进一步集中力量开展促进中心梯次培育和重点孵化工作，请各地广泛宣传发动，深入组织摸底，储备推动一批有意愿、有潜力、有号召力的促进中心建设',
      ),
      stages: [
        {
          id: 'survey_and_reserve',
          name: {
            zh: '宣传发动、组织摸底、储备促进中心',
            en: 'Publicise, survey and reserve candidate centers',
          },
          actor: 'city_officer',
          order: 0,
          source: cite(
            '通知 三、持续发挥促进作用 第二段',
            '请各地广泛宣传发动，深入组织摸底，储备推动一批有意愿、有潜力、有号召力的促进中心建设',
          ),
        },
        {
          id: 'file_cultivation_report',
          name: { zh: '报送培育情况表', en: 'File the cultivation report with the province' },
          actor: 'city_officer',
          order: 1,
          deadline: { kind: 'fixed_date', month: 10, day: 25, yearOffset: 0 },
          source: cite('通知 三、持续发挥促进作用 第二段', FILING_TEXT),
        },
        {
          id: 'provincial_support',
          name: {
            zh: '“揭榜挂帅”倾斜支持，择优推荐工信部项目',
            en: 'Preference in open-competition projects; the best recommended for MIIT projects',
          },
          actor: 'provincial_admin',
          order: 2,
          optional: true,
          source: cite(
            '通知 三、持续发挥促进作用 第二段',
            '我们将在应用场景创新“揭榜挂帅”中，重点向促进中心倾斜，对发展成熟的促进中心，将择优推荐工信部项目支持。',
          ),
        },
      ],
    },
  ],
  reportTemplates: [
    {
      id: 'cultivation_report',
      name: { zh: '工业互联网数字化转型促进中心培育情况表', en: 'Promotion-center cultivation report' },
      filedBy: 'city_officer',
      filedTo: 'provincial_admin',
      due: { kind: 'fixed_date', month: 10, day: 25, yearOffset: 0 },
      // The schema has one source per template and none per column: cite the header row of 附件2
      // here; the due date is cited by the `file_cultivation_report` stage, which carries the same deadline.
      source: cite('附件2 培育情况表 表头', HEADER_TEXT),
      columns: [
        { key: 'serialNo', zh: '序号', en: 'No.', type: 'integer' },
        { key: 'name', zh: '名称', en: 'Name', type: 'string' },
        {
          key: 'category',
          zh: '类别',
          en: 'Type',
          type: 'enum',
          options: [
            { value: 'comprehensive', zh: '综合类', en: 'Comprehensive' },
            { value: 'industry', zh: '行业类', en: 'Industry' },
            { value: 'functional', zh: '功能类', en: 'Functional' },
          ],
        },
        { key: 'leadOrg', zh: '牵头组建单位', en: 'Lead organisation', type: 'string' },
        { key: 'memberOrgs', zh: '成员单位', en: 'Member organisations', type: 'orgList' },
        {
          key: 'capabilitySummary',
          zh: '能力简介（重点阐述）',
          en: 'Capabilities (main points)',
          type: 'text',
        },
        {
          key: 'physicalSites',
          zh: '技术交流、展示、孵化、创新的实体落地点位',
          en: 'Physical sites for technical exchange, showcase, incubation and innovation',
          type: 'text',
        },
        { key: 'constructionPeriod', zh: '建设周期', en: 'Construction schedule', type: 'text' },
        { key: 'jurisdiction', zh: '属地', en: 'Jurisdiction', type: 'region' },
      ],
    },
  ],
  notes: [
    {
      zh: '培育情况表表头另有“单位：XXX市”和“日期：2022.09.XX”，由报送的市和报送日期填写。',
      en: 'The form header also carries “单位：XXX市” (the filing city) and “日期” (the filing date), taken from the filing itself.',
    },
    {
      zh: '备注：条件成熟的地区，可附各促进中心建设方案。',
      en: 'Note on the form: where conditions are ripe, a region may attach each center’s construction plan (optional).',
    },
    {
      zh: '通知未写明报送年份；表样日期为2022.09.XX，故截止日为2022年10月25日。报送对象包括各设区市工信局和平潭综合实验区经发局。',
      en: 'The notice gives no year for “10月25日前”; the form is dated 2022.09.XX, so the due date is 2022-10-25. Filers are the prefecture-level city bureaus and the Pingtan Comprehensive Experimental Zone bureau.',
    },
    {
      zh: '各地可根据当地实际参考制定市级促进中心建设指南，形成国家、省、市梯次培育模式。',
      en: 'Cities may write their own city-level guide, forming a national–provincial–municipal tiered cultivation model.',
    },
  ],
});
