/**
 * Variant folding before segmentation: full-width to half-width and compatibility forms (NFKC), lower case,
 * and traditional to simplified characters, so 數字孿生, ＭＥＳ and 数字孪生 / mes are one search.
 *
 * The traditional table covers the characters of this field's vocabulary (industry, manufacturing, IT,
 * management) rather than all of Unicode: a pair is added when a term of the thesaurus or the catalog
 * needs it. Each pair maps one traditional character to its simplified form.
 */

const PAIRS =
  '數数據据維维護护測测質质檢检計计劃划產产雲云設设備备網网聯联業业製制運运營营電电機机車车協协發发開开應应' +
  '務务體体圖图標标識识際际邊边緣缘預预與与環环節节廠厂線线統统輸输傳传號号優优學学習习視视覺觉驗验軟软庫库' +
  '資资區区園园鏈链實实現现動动態态價价專专項项報报點点養养儲储數数據据調调氣气溫温濕湿錄录單单銷销購购' +
  '貨货倉仓庫库費费稅税務务財财貿贸鋼钢鐵铁紡纺織织纖纤絲丝藥药醫医療疗農农牧牧漁渔礦矿煉炼鑄铸鍛锻焊焊' +
  '塗涂裝装飾饰箱箱櫃柜門门窗窗樓楼層层結结構构創创新新術术專专權权認认證证評评級级審审計计論论議议規规範范' +
  '準准則则與与為为這这個个們们來来時时間间後后過过還还進进遠远遞递選选連连達达適适邏逻輯辑識识類类碼码' +
  '錯错誤误關关閉闭問问題题響响導导彈弹蘭兰東东廣广華华歐欧亞亚圓圆場场塊块壓压廢废熱热爐炉燒烧煙烟燈灯' +
  '礎础確确簡简範范紅红約约紙纸級级細细終终組组織织經经綜综緊紧績绩續续總总績绩罰罚聲声腦脑膠胶臺台觀观' +
  '計计訂订記记許许設设診诊詢询試试話话詳详誌志語语說说課课請请諮咨謀谋講讲證证識识變变讓让負负貢贡貸贷' +
  '質质購购賽赛贊赞趨趋躍跃軌轨軸轴輔辅輕轻載载輪轮轉转辦办農农這这遷迁選选遺遗鄉乡醫医釋释鈴铃鉆钻銀银' +
  '鋪铺鋁铝錢钱鍋锅鏡镜長长閥阀閱阅隊队階阶險险隱隐雙双雜杂離离難难靈灵頁页項项順顺預预領领頭头頻频題题' +
  '顏颜風风飛飞飼饲馬马驅驱驗验體体髮发鬥斗魚鱼鳥鸟麥麦點点齊齐齒齿龍龙孿孪瑕瑕疵疵碳碳耗耗碼码' +
  '絡络別别係系於于會会義义處处當当對对從从將将歷历麼么幾几無无萬万億亿壞坏倫伦樣样';

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const from = PAIRS[i]!;
  const to = PAIRS[i + 1]!;
  if (from !== to) {
    TO_SIMPLIFIED.set(from, to);
  }
}

/** NFKC (full-width → half-width), lower case, traditional → simplified. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    out += TO_SIMPLIFIED.get(ch) ?? ch;
  }
  return out;
}
