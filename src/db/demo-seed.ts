/** The demo data set: authorities, experts, applicants, an operator and an SME, all with the demo password. */
import { eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { users } from './schema/index.ts';
import { DEMO_PASSWORD, isProduction } from '../app/auth/passwords.ts';
import { makeCreditCode } from '../domain/organisation/credit-code.ts';
import { makeCenter, makeOrganisation, makeUser } from '../../test/factories.ts';
import { seedCenterPlatformDemo } from '../../test/factories/center-platform.ts';
import { seedRecognitionDemo } from '../../test/factories/recognition.ts';
import { seedDemoResources } from '../../test/factories/resources.ts';
import type { Role } from '../contracts/common.ts';
import { seedDemoApplications } from './demo-applications.ts';
import { seedDemoStory, storyYears } from './demo-story.ts';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  description: string;
}

/** The demo accounts, as printed at start and listed in the README. */
export const demoAccounts: DemoAccount[] = [
  {
    username: 'national',
    displayName: '工信部管理员',
    role: 'national_admin',
    description: '工信部（全国）',
  },
  {
    username: 'province.sd',
    displayName: '山东省工信厅管理员',
    role: 'provincial_admin',
    description: '山东省工信厅',
  },
  {
    username: 'province.gs',
    displayName: '甘肃省工信厅管理员',
    role: 'provincial_admin',
    description: '甘肃省工信厅',
  },
  {
    username: 'province.fj',
    displayName: '福建省工信厅管理员',
    role: 'provincial_admin',
    description: '福建省工信厅',
  },
  {
    username: 'city.jinan',
    displayName: '济南市工信局经办人',
    role: 'city_officer',
    description: '济南市工信局',
  },
  {
    username: 'city.qingdao',
    displayName: '青岛市工信局经办人',
    role: 'city_officer',
    description: '青岛市工信局',
  },
  {
    username: 'city.lanzhou',
    displayName: '兰州市工信局经办人',
    role: 'city_officer',
    description: '兰州市工信局',
  },
  {
    username: 'expert.1',
    displayName: '王专家（技术）',
    role: 'expert',
    description: '评审专家 · 技术 · 山东',
  },
  {
    username: 'expert.2',
    displayName: '李专家（产业）',
    role: 'expert',
    description: '评审专家 · 产业 · 山东',
  },
  {
    username: 'expert.3',
    displayName: '张专家（管理）',
    role: 'expert',
    description: '评审专家 · 管理 · 山东',
  },
  {
    username: 'expert.4',
    displayName: '刘专家（财务）',
    role: 'expert',
    description: '评审专家 · 财务 · 山东',
  },
  {
    username: 'expert.5',
    displayName: '陈专家（技术、产业）',
    role: 'expert',
    description: '评审专家 · 技术/产业 · 甘肃',
  },
  {
    username: 'expert.6',
    displayName: '赵专家（管理、财务）',
    role: 'expert',
    description: '评审专家 · 管理/财务 · 福建',
  },
  {
    username: 'applicant.1',
    displayName: '济南申报单位联系人',
    role: 'applicant',
    description: '牵头单位（济南）',
  },
  {
    username: 'applicant.2',
    displayName: '兰州申报单位联系人',
    role: 'applicant',
    description: '牵头单位（兰州）',
  },
  {
    username: 'applicant.3',
    displayName: '青岛申报单位联系人',
    role: 'applicant',
    description: '牵头单位（青岛；上年度申报，公示期已满待公告）',
  },
  {
    username: 'applicant.4',
    displayName: '天水申报单位联系人',
    role: 'applicant',
    description: '牵头单位（天水；上年度申报，已公告认定）',
  },
  {
    username: 'operator.1',
    displayName: '促进中心运营专员',
    role: 'center_operator',
    description: '促进中心运营方（济南）',
  },
  {
    username: 'enterprise.1',
    displayName: '中小企业联系人',
    role: 'enterprise',
    description: '中小企业（济南）',
  },
];

// Demo organisations use fixed serials so their credit codes are the same in every installation.
function code(regionCode: string, serial: number, authority = '9', category = '1'): string {
  return makeCreditCode({ regionCode, serial, authority, category });
}

/** Seeds the demo data unless already present. Refuses in production. Returns whether it seeded. */
export async function seedDemo(db: Db): Promise<boolean> {
  if (isProduction()) {
    throw new Error('The demo seed refuses to run with NODE_ENV=production.');
  }
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'national'))
    .limit(1);
  if (existing) {
    return false;
  }
  const authority = (
    name: string,
    regionCode: string,
    level: 'national' | 'provincial' | 'municipal',
    serial: number,
  ) =>
    makeOrganisation(db, {
      name,
      kind: 'authority',
      authorityLevel: level,
      regionCode,
      industryCodes: [],
      registrationDate: null,
      creditCode: code(regionCode === '000000' ? '100000' : regionCode, serial, '1', '1'),
    });
  const miit = await authority('中华人民共和国工业和信息化部', '000000', 'national', 1);
  const sd = await authority('山东省工业和信息化厅', '370000', 'provincial', 2);
  const gs = await authority('甘肃省工业和信息化厅', '620000', 'provincial', 3);
  const fj = await authority('福建省工业和信息化厅', '350000', 'provincial', 4);
  const jinan = await authority('济南市工业和信息化局', '370100', 'municipal', 5);
  const qingdao = await authority('青岛市工业和信息化局', '370200', 'municipal', 6);
  const lanzhou = await authority('兰州市工业和信息化局', '620100', 'municipal', 7);

  const sdUniversity = await makeOrganisation(db, {
    name: '齐鲁工业技术大学（演示）',
    kind: 'university',
    regionCode: '370102',
    industryCodes: [],
    creditCode: code('370102', 11, '1', '2'),
  });
  const sdInstitute = await makeOrganisation(db, {
    name: '山东智能制造研究院（演示）',
    kind: 'research_institute',
    regionCode: '370202',
    industryCodes: ['M73'],
    creditCode: code('370202', 12, '1', '2'),
  });
  const sdFinance = await makeOrganisation(db, {
    name: '泉城会计师事务所（演示）',
    kind: 'enterprise',
    regionCode: '370103',
    industryCodes: ['L72'],
    creditCode: code('370103', 13),
  });
  const gsInstitute = await makeOrganisation(db, {
    name: '陇原工业互联网研究院（演示）',
    kind: 'research_institute',
    regionCode: '620102',
    industryCodes: ['M73'],
    creditCode: code('620102', 14, '1', '2'),
  });
  const fjUniversity = await makeOrganisation(db, {
    name: '闽江智造学院（演示）',
    kind: 'university',
    regionCode: '350102',
    industryCodes: [],
    creditCode: code('350102', 15, '1', '2'),
  });

  const applicantJinan = await makeOrganisation(db, {
    name: '济南智造工业互联网科技有限公司（演示）',
    regionCode: '370112',
    industryCodes: ['I65', 'C34'],
    registrationDate: '2016-03-18',
    aboveScale: true,
    creditCode: code('370112', 21),
  });
  const applicantLanzhou = await makeOrganisation(db, {
    name: '兰州数智工业服务有限公司（演示）',
    regionCode: '620102',
    industryCodes: ['I65', 'C26'],
    registrationDate: '2017-09-01',
    soe: 'provincial',
    aboveScale: true,
    creditCode: code('620102', 22),
  });
  const applicantQingdao = await makeOrganisation(db, {
    name: '青岛海创工业互联网有限公司（演示）',
    regionCode: '370212',
    industryCodes: ['I65', 'C37'],
    registrationDate: '2015-08-08',
    aboveScale: true,
    creditCode: code('370212', 25),
  });
  const applicantTianshui = await makeOrganisation(db, {
    name: '天水智能装备工业服务有限公司（演示）',
    regionCode: '620502',
    industryCodes: ['I65', 'C34'],
    registrationDate: '2014-11-11',
    aboveScale: true,
    creditCode: code('620502', 26),
  });
  const operator = await makeOrganisation(db, {
    name: '济南工业互联网促进中心运营有限公司（演示）',
    regionCode: '370112',
    industryCodes: ['I65'],
    registrationDate: '2021-06-30',
    creditCode: code('370112', 23),
  });
  const sme = await makeOrganisation(db, {
    name: '济南精工机械制造有限公司（演示）',
    regionCode: '370113',
    industryCodes: ['C34'],
    registrationDate: '2012-04-12',
    sme: true,
    specialisedSme: true,
    creditCode: code('370113', 24),
  });

  const pw = DEMO_PASSWORD;
  const names = Object.fromEntries(demoAccounts.map((a) => [a.username, a.displayName]));
  const u = (
    username: string,
    organisationId: string,
    roles: { role: Role; regionCode?: string }[],
    expertFields?: string[],
  ) =>
    makeUser(db, {
      username,
      displayName: names[username] ?? username,
      password: pw,
      organisationId,
      roles,
      ...(expertFields ? { expertFields } : {}),
    });

  await u('national', miit, [{ role: 'national_admin', regionCode: '000000' }]);
  await u('province.sd', sd, [{ role: 'provincial_admin', regionCode: '370000' }]);
  await u('province.gs', gs, [{ role: 'provincial_admin', regionCode: '620000' }]);
  await u('province.fj', fj, [{ role: 'provincial_admin', regionCode: '350000' }]);
  await u('city.jinan', jinan, [{ role: 'city_officer', regionCode: '370100' }]);
  await u('city.qingdao', qingdao, [{ role: 'city_officer', regionCode: '370200' }]);
  await u('city.lanzhou', lanzhou, [{ role: 'city_officer', regionCode: '620100' }]);
  await u('expert.1', sdUniversity, [{ role: 'expert', regionCode: '370000' }], ['技术']);
  await u('expert.2', sdInstitute, [{ role: 'expert', regionCode: '370000' }], ['产业']);
  await u('expert.3', sdUniversity, [{ role: 'expert', regionCode: '370000' }], ['管理']);
  await u('expert.4', sdFinance, [{ role: 'expert', regionCode: '370000' }], ['财务']);
  await u('expert.5', gsInstitute, [{ role: 'expert', regionCode: '620000' }], ['技术', '产业']);
  await u('expert.6', fjUniversity, [{ role: 'expert', regionCode: '350000' }], ['管理', '财务']);
  await u('applicant.1', applicantJinan, [{ role: 'applicant' }]);
  await u('applicant.2', applicantLanzhou, [{ role: 'applicant' }]);
  await u('applicant.3', applicantQingdao, [{ role: 'applicant' }]);
  await u('applicant.4', applicantTianshui, [{ role: 'applicant' }]);
  await u('operator.1', operator, [{ role: 'center_operator' }]);
  await u('enterprise.1', sme, [{ role: 'enterprise' }]);

  const demoCenterId = await makeCenter(db, {
    name: '济南工业互联网数字化转型促进中心（演示）',
    slug: 'jinan-demo',
    level: 'provincial',
    type: 'comprehensive',
    regionCode: '370112',
    industryCodes: ['C34', 'C38', 'I65'],
    leadOrganisationId: applicantJinan,
    operatorOrganisationId: operator,
    status: 'recognised',
    packId: 'shandong-guide',
    // Three years ago: evaluated from the year after (000 第十七条), so two finished years are evaluable.
    recognisedOn: `${storyYears().year - 3}-12-20`,
    summary:
      '面向济南装备制造、电子信息企业，提供诊断评估、供需对接、人才培训等数字化转型公共服务（演示数据）。',
  });
  await seedDemoResources(db, demoCenterId);
  await seedRecognitionDemo(db);
  await seedCenterPlatformDemo(db);
  await seedDemoStory(db);
  await seedDemoApplications(db);
  return true;
}
