/**
 * Short titles of the source documents, for citations in the UI: people recognise 《…》 titles, not the
 * seed file names under which the texts are stored. The file name stays in the tooltip for traceability.
 */
type Names = { zh: string; en: string };

export const sourceDocumentTitles: Record<string, Names> = {
  '000_803fcdb3f0604fbe.txt': {
    zh: '《山东省促进中心建设工作指南（暂行）》',
    en: 'Shandong Promotion Center guide (interim)',
  },
  '001_515e38f239b45b15.txt': {
    zh: '《促进中心建设指南、管理办法、认定标准》（闽工信转发）',
    en: 'National guide, measures and recognition standard (as forwarded by Fujian)',
  },
  '002_e31b8155242699ce.txt': {
    zh: '《2023年山东省融合发展示范申报工作指南》',
    en: 'Shandong 2023 integration demonstration guide',
  },
  '003_cc2352fc7793a6dc.txt': {
    zh: '《甘肃省促进中心建设实施细则（试行）》（甘工信发〔2024〕128号）',
    en: 'Gansu Promotion Center implementation rules (trial), 甘工信发〔2024〕128号',
  },
  '004_db211bfba31f3480.txt': {
    zh: '《山东省制造业数字化转型提标行动实施方案》',
    en: 'Shandong manufacturing digital transformation upgrade plan',
  },
};

/** The document's short title in the language asked for; unknown files are shown as they are. */
export function documentTitle(file: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const names = sourceDocumentTitles[file];
  return names ? (locale === 'en' ? names.en : names.zh) : file;
}
