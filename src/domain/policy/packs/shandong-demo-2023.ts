/**
 * Shandong 2023 新一代信息技术与制造业融合发展示范 application guide (seed 002): seven demonstration
 * directions with quotas, basic and restricting conditions, the recommending-unit step with the
 * emergency-management opinion, expert review, 5-working-day publicity and a 2-year demonstration period.
 */
import { definePack } from '../schema.ts';
import type { PolicyPack, SourceRef } from '../schema.ts';

const FILE = '002_e31b8155242699ce.txt';

function cite(ref: string, text: string): SourceRef {
  return { file: FILE, ref, text };
}

/** Direction ids, in the order of the guide's 一、示范方向 (一)–(七). */
export const SHANDONG_DEMO_2023_DIRECTIONS = [
  'integration_management_demo_enterprise',
  'equipment_cloud_benchmark',
  'benchmark_factory',
  'fiveg_industrial_internet_benchmark',
  'promotion_center_pilot',
  'fiveg_innovation_promotion_center',
  'industrial_internet_park',
] as const;

/** The one direction the guide calls 试点 (pilot): it alone may apply before the project is built. */
const PILOT_DIRECTION = 'promotion_center_pilot';

const ENTERPRISE_KINDS = ['enterprise', 'telecom_operator', 'central_soe', 'provincial_soe'] as const;

export const shandongDemo2023: PolicyPack = definePack({
  id: 'shandong-demo-2023',
  version: '2023.1',
  title: {
    zh: '2023年山东省新一代信息技术与制造业融合发展示范申报工作指南',
    en: 'Shandong 2023 guide for applying to the next-generation IT and manufacturing integration demonstrations',
  },
  jurisdiction: {
    level: 'provincial',
    regionCode: '370000',
    name: { zh: '山东省', en: 'Shandong Province' },
  },
  sourceDocument: {
    file: FILE,
    title: {
      zh: '2023年山东省新一代信息技术与制造业融合发展示范申报工作指南',
      en: 'Shandong 2023 guide for applying to the next-generation IT and manufacturing integration demonstrations',
    },
    // The guide does not print its issuer; applications go to and are reviewed by this department (三、).
    issuer: { zh: '山东省工业和信息化厅', en: 'Shandong Department of Industry and Information Technology' },
    docNumber: null,
    date: null,
  },
  recognitionTerm: {
    years: 2,
    from: 'recognition',
    description: {
      zh: '经公示无异议的，认定为2023年山东省新一代信息技术与制造业融合发展示范项目，示范期2年',
      en: 'Projects without objection after publicity are recognised as 2023 demonstration projects; the demonstration period is 2 years',
    },
    source: cite(
      '三、（四）认定',
      '经公示无异议的，认定为2023年山东省新一代信息技术与制造业融合发展示范项目，示范期2年。',
    ),
  },
  levels: ['provincial'],
  directions: [
    {
      id: 'integration_management_demo_enterprise',
      name: {
        zh: '两化融合管理体系贯标示范企业',
        en: 'Integration-management-system conformance demonstration enterprise',
      },
      description: {
        zh: '鼓励已通过两化融合管理体系贯标的企业总结提炼贯标实践经验成果，系统性构建、运行、优化数字经济时代的新型能力体系',
        en: 'Enterprises certified under the informatisation–industrialisation integration management system distil their practice and build new capabilities for the digital economy',
      },
      quota: {
        count: 20,
        approximate: true,
        unit: { zh: '家', en: 'enterprises' },
        source: cite('一、（一）', '新认定两化融合管理体系贯标示范企业20家左右。'),
      },
      eligibility: [
        {
          id: 'integration_management_certificate_window',
          kind: 'fact_date_range',
          fact: 'integrationManagementCertificateDate',
          from: '2023-01-01',
          to: 'call_deadline',
          description: {
            zh: '两化融合管理体系贯标评定证书获得时间应为2023年1月1日至本次申报截止日',
            en: 'The integration-management-system conformance certificate was obtained between 2023-01-01 and this call’s deadline',
          },
          source: cite(
            '一、（一）',
            '企业两化融合管理体系贯标评定证书获得时间应为2023年1月1日至本次申报截止日。',
          ),
        },
      ],
      priorities: [
        {
          id: 'integration_management_aaa',
          fact: 'integrationManagementAaaCertified',
          description: {
            zh: '优先支持获得两化融合管理体系AAA级认证的企业',
            en: 'Priority to enterprises with AAA-level integration-management-system certification',
          },
          source: cite('一、（一）', '优先支持获得两化融合管理体系AAA级认证的企业。'),
        },
      ],
    },
    {
      id: 'equipment_cloud_benchmark',
      name: { zh: '工业设备上云标杆企业', en: 'Industrial equipment-on-cloud benchmark enterprise' },
      description: {
        zh: '通过私有云、公有云或混合云的模式，实现设备上云上平台，深化设备管理、数据监控、决策优化等云端服务',
        en: 'Equipment connected to cloud platforms (private, public or hybrid) with cloud services for equipment management, data monitoring and decision optimisation',
      },
      quota: {
        count: 20,
        approximate: true,
        unit: { zh: '家', en: 'enterprises' },
        source: cite('一、（二）', '新认定工业设备上云标杆企业20家左右。'),
      },
      priorities: [
        {
          id: 'priority_equipment_classes_on_cloud',
          fact: 'priorityEquipmentClassesOnCloud',
          description: {
            zh: '优先支持化工装置、高能耗设备、通用动力设备、新能源设备和智能化设备上云上平台的企业',
            en: 'Priority to enterprises putting chemical units, energy-intensive, general power, new-energy or intelligent equipment on the cloud',
          },
          source: cite(
            '一、（二）',
            '优先支持化工装置、高能耗设备、通用动力设备、新能源设备和智能化设备上云上平台的企业。',
          ),
        },
      ],
    },
    {
      id: 'benchmark_factory',
      name: { zh: '工业互联网标杆工厂', en: 'Industrial-internet benchmark factory' },
      description: {
        zh: '主要依托工业互联网平台，使工厂生产向数字化、网络化、自动化、智能化迈进，完成企业生产模式创新',
        en: 'A factory that, mainly on an industrial-internet platform, moves to digital, networked, automated and intelligent production',
      },
      quota: {
        count: 20,
        approximate: true,
        unit: { zh: '个', en: 'factories' },
        source: cite('一、（三）', '新认定工业互联网标杆工厂20个左右。'),
      },
    },
    {
      id: 'fiveg_industrial_internet_benchmark',
      name: { zh: '5G+工业互联网应用标杆', en: '5G + industrial-internet application benchmark' },
      description: {
        zh: '突出5G技术应用，聚焦研发设计、生产制造、故障运维、物流运输、仓储管理、安全管理等重点环节，打造“5G+工业互联网”应用标杆',
        en: '5G applications in key links (R&D, production, maintenance, logistics, warehousing, safety)',
      },
      quota: {
        count: 20,
        approximate: true,
        unit: { zh: '个', en: 'benchmarks' },
        source: cite('一、（四）', '新认定5G+工业互联网应用标杆20个左右。'),
      },
    },
    {
      id: 'promotion_center_pilot',
      name: {
        zh: '工业互联网数字化转型促进中心试点',
        en: 'Industrial-internet digital-transformation promotion center pilot',
      },
      description: {
        zh: '集聚基础平台、服务商、人才、金融等资源要素，打造区域数字化转型创新载体，为企业和社会提供数字化转型公共服务',
        en: 'A regional carrier aggregating platforms, service providers, talent and finance to offer public digital-transformation services',
      },
      quota: {
        count: 10,
        approximate: true,
        unit: { zh: '个', en: 'centers' },
        source: cite('一、（五）', '培育工业互联网数字化转型促进中心试点10个左右。'),
      },
      eligibility: [
        {
          id: 'pilot_lead_and_joint_applicants',
          kind: 'attestation',
          fact: 'hasLeadAndJointApplicants',
          description: {
            zh: '促进中心建设运营应有牵头单位和联合申报单位',
            en: 'The center is built and run by a lead unit together with joint applicants',
          },
          source: cite('一、（五）', '促进中心建设运营应有牵头单位和联合申报单位'),
        },
        {
          id: 'pilot_fixed_site',
          kind: 'attestation',
          fact: 'hasFixedOperatingSite',
          description: { zh: '具有固定的建设运营场地', en: 'Has a fixed site for building and operation' },
          source: cite('一、（五）', '具有固定的建设运营场地'),
        },
        {
          id: 'pilot_floor_area',
          kind: 'metric_threshold',
          requirement: { metric: 'floorArea', comparator: 'gte', threshold: 1000, period: 'current' },
          description: { zh: '使用面积1000平方米以上', en: 'Usable floor area of at least 1,000 m²' },
          source: cite('一、（五）', '使用面积1000平方米以上'),
        },
        {
          id: 'pilot_sustained_investment',
          kind: 'attestation',
          fact: 'sustainedResourceInvestment',
          description: {
            zh: '满足充分保障资源的可持续投入与能力建设等要求',
            en: 'Meets the requirements for sustained investment of resources and capability building',
          },
          source: cite('一、（五）', '满足充分保障资源的可持续投入与能力建设等要求'),
        },
        {
          id: 'pilot_operating_staff',
          kind: 'metric_threshold',
          requirement: { metric: 'operatingStaff', comparator: 'gte', threshold: 15, period: 'current' },
          description: {
            zh: '具有15人以上的专职运营团队',
            en: 'A full-time operating team of at least 15 people',
          },
          source: cite('一、（五）', '具有15人以上的专职运营团队开展相关数字化转型服务工作'),
        },
      ],
      priorities: [
        {
          id: 'pilot_in_project_library',
          fact: 'inPromotionCenterProjectLibrary',
          description: {
            zh: '优先支持工业互联网数字化转型促进中心已入库项目',
            en: 'Priority to projects already in the promotion-center project library',
          },
          source: cite('一、（五）', '优先支持工业互联网数字化转型促进中心已入库项目。'),
        },
      ],
    },
    {
      id: 'fiveg_innovation_promotion_center',
      name: { zh: '5G行业应用创新推广中心', en: '5G industry-application innovation promotion center' },
      description: {
        zh: '集聚5G相关产、学、研、用协同，打造行业应用资源交汇共享的推广中心和5G应用孵化的重要载体',
        en: 'A promotion center where 5G producers, operators, users, universities and institutes share application resources and incubate 5G applications',
      },
      quota: {
        count: 5,
        approximate: true,
        unit: { zh: '个', en: 'centers' },
        source: cite('一、（六）', '认定5G行业应用创新推广中心5个左右。'),
      },
      eligibility: [
        {
          id: 'fiveg_center_led_by_industry_or_user',
          kind: 'lead_org_kind',
          // 产 (producers, operators) or 用 (users) lead; 学 (universities) and 研 (institutes) only join.
          allowed: [...ENTERPRISE_KINDS],
          description: {
            zh: '5G创新应用推广中心应由产或用牵头，其他方面合作加入共同创建',
            en: 'Led by industry (producer) or user; the other parties join as partners',
          },
          source: cite('一、（六）', '5G创新应用推广中心应由产或用牵头，其他方面合作加入共同创建'),
        },
        {
          id: 'fiveg_center_lead_is_producer_or_user',
          kind: 'attestation',
          fact: 'leadIsFivegProducerOrUser',
          description: {
            zh: '牵头单位为5G产业（生产）方或应用（用户）方',
            en: 'The lead unit is a 5G producer or a 5G user (the reviewer checks which)',
          },
          source: cite('一、（六）', '5G创新应用推广中心应由产或用牵头'),
        },
        {
          id: 'fiveg_center_operating_site',
          kind: 'attestation',
          fact: 'hasActualOperatingSite',
          description: { zh: '具有实际运营场所', en: 'Has an actual operating site' },
          source: cite('一、（六）', '具有实际运营场所'),
        },
        {
          id: 'fiveg_center_rd_staff',
          kind: 'metric_threshold',
          requirement: { metric: 'rdStaff', comparator: 'gte', threshold: 5, period: 'current' },
          description: {
            zh: '运营团队包括至少5位专职研发人员',
            en: 'The operating team includes at least 5 full-time R&D staff',
          },
          source: cite('一、（六）', '运营团队包括至少5位专职研发人员'),
        },
        {
          id: 'fiveg_center_experience_area',
          kind: 'metric_threshold',
          requirement: { metric: 'experienceArea', comparator: 'gte', threshold: 200, period: 'current' },
          description: {
            zh: '运营场所中应具备200平方米以上体验条件，集展示、体验、培训、交流活动于一体',
            en: 'At least 200 m² of experience space combining showcase, hands-on experience, training and exchange',
          },
          source: cite(
            '一、（六）',
            '运营场所中应具备200平方米以上体验条件，集展示、体验、培训、交流活动于一体。',
          ),
        },
      ],
      priorities: [
        {
          id: 'fiveg_center_led_by_industry_leader',
          fact: 'leadIsIndustryLeader',
          description: {
            zh: '优先支持行业龙头企业牵头建设的5G行业应用创新推广中心',
            en: 'Priority to centers led by an industry-leading enterprise',
          },
          source: cite('一、（六）', '优先支持行业龙头企业牵头建设的5G行业应用创新推广中心。'),
        },
      ],
    },
    {
      id: 'industrial_internet_park',
      name: { zh: '工业互联网园区', en: 'Industrial-internet park' },
      description: {
        zh: '围绕高新技术开发区、经济开发区、工业园区、产业园区等，通过工业互联网网络、平台、安全三大体系构建，推动园区数字化转型',
        en: 'Development zones and industrial parks transformed through industrial-internet networks, platforms and security',
      },
      quota: {
        count: 10,
        approximate: true,
        unit: { zh: '个', en: 'parks' },
        source: cite('一、（七）', '新认定工业互联网园区10个左右。'),
      },
      priorities: [
        {
          id: 'park_on_last_year_cultivation_list',
          fact: 'onLastYearParkCultivationList',
          description: {
            zh: '优先支持已列入上年度工业互联网园区培育名单的园区',
            en: 'Priority to parks on last year’s industrial-internet park cultivation list',
          },
          source: cite('一、（七）', '优先支持已列入上年度工业互联网园区培育名单的园区。'),
        },
      ],
    },
  ],
  eligibility: [
    // 二、（一）基本条件
    {
      id: 'registered_in_shandong',
      kind: 'registered_in_region',
      regionCode: '370000',
      regionName: { zh: '山东省', en: 'Shandong Province' },
      description: { zh: '应在山东省内注册', en: 'Registered in Shandong Province' },
      source: cite('二、（一）1', '应在山东省内注册'),
    },
    {
      id: 'independent_legal_person',
      kind: 'legal_person',
      exemptOrgKinds: ['telecom_operator'],
      description: {
        zh: '具有独立法人资格（电信运营商可不受独立法人限制）',
        en: 'An independent legal person (telecom operators are exempt)',
      },
      source: cite('二、（一）1', '具有独立法人资格（电信运营商可不受独立法人限制）'),
    },
    {
      id: 'registered_at_least_one_year',
      kind: 'min_registration_years',
      years: 1,
      orgKinds: [...ENTERPRISE_KINDS],
      description: {
        zh: '企业注册时间不少于1年',
        en: 'The enterprise has been registered for at least 1 year',
      },
      source: cite('二、（一）1', '企业注册时间不少于1年'),
    },
    {
      id: 'economic_and_technical_strength',
      kind: 'attestation',
      fact: 'economicAndTechnicalStrength',
      description: {
        zh: '具有较好的经济实力、技术研发和融合发展能力',
        en: 'Sound economic strength, R&D and integration capability',
      },
      source: cite('二、（一）1', '具有较好的经济实力、技术研发和融合发展能力。'),
    },
    {
      id: 'sound_financial_management',
      kind: 'attestation',
      fact: 'soundFinancialManagement',
      description: {
        zh: '具有健全的财务管理机构和制度，运营状况良好',
        en: 'A sound finance department and financial rules; operating well',
      },
      source: cite('二、（一）2', '具有健全的财务管理机构和制度，运营状况良好'),
    },
    {
      id: 'influence_and_good_credit',
      kind: 'attestation',
      fact: 'industryInfluenceAndGoodCredit',
      description: {
        zh: '在本行业和省内具有一定的影响力和良好的社会信用',
        en: 'Influence in its industry and the province, and good social credit',
      },
      source: cite('二、（一）2', '在本行业和省内具有一定的影响力和良好的社会信用。'),
    },
    {
      id: 'professional_team',
      kind: 'attestation',
      fact: 'professionalTeam',
      description: {
        zh: '具有专业化的团队和人才支撑，所申报项目应具有良好的示范作用',
        en: 'A professional team and talent; the project has a good demonstration effect',
      },
      source: cite('二、（一）3', '具有专业化的团队和人才支撑，所申报项目应具有良好的示范作用。'),
    },
    // 二、（二）限制条件
    {
      id: 'no_major_incident_three_years',
      kind: 'no_major_incident',
      years: 3,
      description: {
        zh: '近三年来未在生产经营中发生较大以上安全生产事故、环境事故或造成恶劣影响的社会事件',
        en: 'No major (较大以上) production-safety or environmental accident, nor a social event with bad impact, in the last 3 years',
      },
      source: cite(
        '二、（二）1',
        '近三年来，在生产经营中发生较大以上安全生产事故、环境事故或发生造成恶劣影响的社会事件等。',
      ),
    },
    {
      id: 'complies_with_industrial_policy',
      kind: 'attestation',
      fact: 'compliesWithIndustrialPolicy',
      description: {
        zh: '符合国家和省相关产业政策',
        en: 'Complies with national and provincial industrial policy',
      },
      source: cite('二、（二）2', '不符合国家和省相关产业政策的。'),
    },
    {
      id: 'built_projects_only_except_pilot',
      kind: 'build_status',
      allowed: ['built'],
      appliesTo: { directions: SHANDONG_DEMO_2023_DIRECTIONS.filter((d) => d !== PILOT_DIRECTION) },
      description: {
        zh: '除试点方向外，不支持未建或在建项目申报',
        en: 'Except for the pilot direction, projects not yet built or under construction may not apply',
      },
      source: cite('二、（二）3', '除试点方向外，不支持未建或在建项目申报。'),
    },
  ],
  uniqueness: [
    {
      id: 'no_repeat_in_same_direction',
      kind: 'no_repeat_direction',
      description: {
        zh: '不支持已列入前期同方向示范的项目重复申报',
        en: 'A project already listed as a demonstration in a direction may not apply again in that direction',
      },
      source: cite('二、（二）4', '不支持已列入前期同方向示范的项目重复申报。'),
    },
    {
      id: 'one_direction_per_lead_enterprise',
      kind: 'one_direction_per_enterprise',
      description: {
        zh: '不支持同一企业牵头申报多个方向',
        en: 'One enterprise may lead an application in at most one direction',
      },
      source: cite('二、（二）4', '不支持同一企业牵头申报多个方向。'),
    },
  ],
  processes: [
    {
      id: 'demonstration_recognition',
      kind: 'recognition',
      name: {
        zh: '示范申报、评审、公示、认定',
        en: 'Demonstration application, review, publicity and recognition',
      },
      source: cite('三、申报流程', '三、申报流程'),
      stages: [
        {
          id: 'application',
          name: { zh: '申报', en: 'Application' },
          actor: 'applicant',
          order: 0,
          source: cite('三、（一）申报', '企业准备申报材料，填写申报书'),
        },
        {
          id: 'recommending_check',
          name: { zh: '推荐单位把关', en: 'Check by the recommending unit' },
          actor: 'recommending_authority',
          order: 1,
          source: cite('三、（一）申报', '经推荐单位把关'),
        },
        {
          id: 'emergency_management_opinion',
          name: {
            zh: '征求同级应急管理部门意见',
            en: 'Opinion of the same-level emergency-management department',
          },
          actor: 'emergency_management',
          order: 2,
          source: cite('三、（一）申报', '征求同级应急管理部门意见'),
        },
        {
          id: 'recommendation',
          name: {
            zh: '形成推荐意见并报送省工业和信息化厅',
            en: 'Recommendation sent to the provincial department',
          },
          actor: 'recommending_authority',
          order: 3,
          source: cite('三、（一）申报', '形成推荐意见后，报送至省工业和信息化厅'),
        },
        {
          id: 'expert_review',
          name: {
            zh: '专家评审，确定拟支持的示范项目名单',
            en: 'Expert review; list of projects proposed for support',
          },
          actor: 'expert',
          order: 4,
          source: cite('三、（二）评审', '省工业和信息化厅组织专家进行评审，确定拟支持的示范项目名单。'),
        },
        {
          id: 'publicity',
          name: {
            zh: '在省工业和信息化厅门户网站公示',
            en: 'Publicity on the provincial department’s portal',
          },
          // The public reads the list and may object within the window (the engine's publicity convention).
          actor: 'public',
          order: 5,
          deadline: { kind: 'working_days', days: 5 },
          source: cite(
            '三、（三）公示',
            '对拟认定的示范名单在省工业和信息化厅门户网站进行公示，公示期为5个工作日。',
          ),
        },
        {
          id: 'recognition',
          name: { zh: '认定', en: 'Recognition' },
          actor: 'provincial_admin',
          order: 6,
          source: cite(
            '三、（四）认定',
            '经公示无异议的，认定为2023年山东省新一代信息技术与制造业融合发展示范项目，示范期2年。',
          ),
        },
      ],
    },
  ],
  notes: [
    {
      zh: '指南未给出本次申报截止日；贯标证书时间窗口的终点取自申报批次（call）的截止日。',
      en: 'The guide does not state this call’s deadline; the end of the certificate window is taken from the call.',
    },
    {
      zh: '“试点方向”仅指（五）工业互联网数字化转型促进中心试点，只有该方向可以未建或在建项目申报。',
      en: '“The pilot direction” is read as (5) the promotion-center pilot, the only direction open to projects not yet built.',
    },
    {
      zh: '“同一企业牵头申报多个方向”按同一申报批次理解；前期已获示范的方向由“同方向不重复申报”约束。',
      en: '“One enterprise leading several directions” is read per call; directions already held are covered by the no-repeat rule.',
    },
    {
      zh: '工业互联网园区方向的申报主体（园区管理机构）不一定是企业，企业注册年限条件仅适用于企业。',
      en: 'The park direction’s applicant (a park authority) need not be an enterprise; the registration-age rule applies to enterprises only.',
    },
  ],
});
