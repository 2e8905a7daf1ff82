export default {
  notices: {
    print: '打印',
    back: '返回',
    addressee: '{{name}}：',
    opinion: '意见',
    basis: '依据',
    issuer: '{{name}}',
    kept: '本决定书随决定一并保存，内容自作出决定时起不再改变。',
    issuedAt: '系统登记时间：{{time}}',
    notFound: '未找到决定书',
  },
  officialDocument: {
    print: '打印',
    back: '返回',
  },
  publicityPrint: {
    open: '打印公示',
    defaultBody:
      '根据《{{call}}》，经申报、审核和专家评审，现将拟认定名单予以公示。公示期为{{start}}至{{end}}{{days}}。公示期间，任何单位和个人对名单如有异议，可通过本平台公示页面提交异议，并提供必要的证明材料。',
    days: '（{{n}}个工作日）',
    number: '序号',
    announced: '本名单已于{{date}}公告{{number}}。',
    note: '本公示由促进中心服务平台生成，以发布机关公布的文本为准。打印时间：{{at}}',
  },
  directoryPrint: {
    open: '打印名录',
    title: '工业互联网数字化转型促进中心名录',
    asOf: '（截至{{date}}）',
    filtered: '筛选条件：{{filters}}',
    total: '共 {{n}} 家',
    number: '序号',
    note: '本名录由促进中心服务平台生成，以各级主管部门公布的认定文件为准。打印时间：{{at}}',
    truncated: '名录超过 {{n}} 条，仅打印前 {{n}} 条，请缩小筛选范围。',
  },
};
