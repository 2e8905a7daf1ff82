/** 门户 strings (Chinese). */
const portal = {
  menu: '首页',
  nav: '公开栏目',
  openMenu: '打开栏目菜单',
  title: '工业互联网数字化转型促进中心',
  intro:
    '促进中心为中小企业提供数字化转型诊断、解决方案与资源对接、人才培训等公共服务。本平台汇集各地促进中心的申报认定、公示公告、名录与年度评价，以及可检索的服务资源。',
  searchLabel: '搜索资源目录',
  searchPlaceholder: '搜索服务资源，如：预测性维护',
  search: '搜索',
  diagnose: '企业数字化诊断',
  postNeed: '发布转型需求',
  apply: '我要申报',
  stats: {
    centers: '已认定促进中心',
    openCalls: '正在受理的申报通知',
    inPublicity: '公示中的名单',
  },
  calls: {
    title: '申报通知',
    closesOn: '截止 {{date}}',
    daysLeft: '剩 {{n}} 天',
    lastDay: '今日截止',
    empty: '目前没有正在受理的申报通知',
  },
  publicity: {
    title: '公示公告',
    window: '{{start}} 至 {{end}}',
    empty: '暂无公示公告',
  },
  directory: {
    title: '促进中心名录',
    recognisedOn: '{{date}} 认定',
    empty: '名录暂无促进中心',
  },
  cases: {
    title: '典型案例',
    provider: '{{name}} 提供',
    reused: '已复用 {{n}} 次',
    empty: '资源目录暂无案例',
  },
  policy: {
    empty: '暂无政策文件',
    title: '政策文件',
    criteria: '{{n}} 项认定条件',
  },
  more: '查看全部',
};

export default portal;
