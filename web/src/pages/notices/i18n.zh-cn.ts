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
};
