/**
 * Request examples for the main operations, keyed by `METHOD /path` as the document spells it. The redocly
 * lint (no-invalid-media-type-examples) checks each against its schema, and the document build refuses an
 * example for an operation that no longer exists, so they cannot silently go stale.
 */
type Examples = Record<string, { summary: string; value: unknown }>;

export const requestExamples: Record<string, Examples> = {
  'POST /api/auth/login': {
    demoProvince: {
      summary: 'Log in as the demo provincial officer (山东省工信厅)',
      value: { username: 'province.sd', password: 'dtpc-demo-2026' },
    },
  },
  'POST /api/calls': {
    provincialCall: {
      summary: '山东省 2026 年度省级中心申报通知（草稿）',
      value: {
        packId: 'shandong-guide',
        year: 2026,
        title: '关于组织申报2026年度山东省工业互联网数字化转型促进中心的通知',
        description: '请各市工业和信息化主管部门组织辖区内单位申报。',
        level: 'provincial',
        types: ['industry', 'functional'],
        opensOn: '2026-03-02',
        closesOn: '2026-04-30',
      },
    },
  },
  'POST /api/applications': {
    industryCenter: {
      summary: '为一则已发布的通知新建行业型中心申报（草稿）',
      value: {
        callId: '0190a3c2-7f5e-7d61-9b9a-3c1f2e4d5a6b',
        centerName: '济南市装备制造业数字化转型促进中心',
        level: 'provincial',
        type: 'industry',
        industryCode: 'C34',
      },
    },
  },
  'POST /api/users': {
    cityOfficer: {
      summary: 'An account for a city officer of 济南市',
      value: {
        username: 'city.jinan.2',
        displayName: '济南市工信局 王科长',
        password: 'change-me-on-first-login',
        organisationId: '0190a3c2-7f5e-7d61-9b9a-3c1f2e4d5a6c',
        locale: 'zh-CN',
        roles: [{ role: 'city_officer', regionCode: '370100' }],
      },
    },
  },
  'POST /api/organisations': {
    enterprise: {
      summary: 'Register an enterprise',
      value: {
        name: '山东某装备制造有限公司',
        creditCode: '91370100MA3C000000',
        kind: 'enterprise',
        regionCode: '370100',
        industryCodes: ['C34'],
        sme: true,
      },
    },
  },
};
