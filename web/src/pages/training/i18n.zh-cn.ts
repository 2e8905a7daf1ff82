/** 培训报名 and public events strings (Chinese). */
import { vocabularyLabels } from '../../../../src/contracts/vocabulary-labels.ts';
import { zhNames } from '../../i18n/vocabulary.ts';

const training = {
  menu: '培训报名',
  title: '培训报名',
  subtitle: '各地已认定促进中心面向企业开设的培训课程，选择场次即可报名；报名需使用企业账号登录。',
  searchLabel: '搜索培训课程',
  searchPlaceholder: '输入课程名称，如：工业互联网',
  search: '搜索',
  empty: '近期暂无可报名的培训场次',
  noMatch: '没有找到名称相符的课程',
  total: '共 {{n}} 门课程',
  teachers: '授课：{{names}}',
  modes: { online: '线上', offline: '线下', hybrid: '线上线下结合' },
  seatsLeft: '余 {{n}} 个名额（共 {{seats}} 个）',
  full: '名额已满',
  loginToRegister: '登录后报名',
  register: '报名',
  registered: '已报名',
  registeredOk: '报名成功',
  cancel: '取消报名',
  cancelledOk: '已取消报名',
  enterpriseOnly: '企业账号可报名',
  centerCourses: '培训课程',
  centerEvents: '举办的活动',
  centerOffers: '惠企服务',
  portalTitle: '近期培训',
  portalEmpty: '近期暂无可报名的培训场次',
  portalNext: '{{date}} 开课',
  portalSessions: '{{n}} 个场次',
  offers: {
    empty: '暂无在用的惠企服务',
    provider: '{{name}} 提供',
    price: '优惠价 {{price}} 元',
    listPrice: '原价 {{price}} 元',
    trialDays: '可免费试用 {{n}} 天',
    uses: '已使用 {{n}} 次',
    loginToClaim: '登录后申领或预约',
    claim: '去申领或预约',
    enterpriseOnly: '惠企服务由企业账号申领或预约',
  },
  events: {
    kinds: zhNames(vocabularyLabels.eventKind),
    empty: '暂无活动记录',
    participants: '{{n}} 人参与',
    teams: '{{n}} 支参赛队伍',
    agreements: '达成合作 {{n}} 项',
  },
};

export default training;
