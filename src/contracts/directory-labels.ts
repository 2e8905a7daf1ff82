/** The directory's vocabularies and their labels, without zod: the first page's labels import these. */
export const centerLevelValues = ['national', 'provincial', 'municipal'] as const;
export const centerTypeValues = ['comprehensive', 'industry', 'functional'] as const;
export const centerKindValues = ['tech_innovation', 'incubation', 'talent', 'sme_service'] as const;
/** Statuses a center can have in the directory. */
export const directoryStatusValues = ['recognised', 'revoked'] as const;

export const centerLevelLabels: Record<(typeof centerLevelValues)[number], { zh: string; en: string }> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  municipal: { zh: '市级', en: 'Municipal' },
};
export const centerTypeLabels: Record<(typeof centerTypeValues)[number], { zh: string; en: string }> = {
  comprehensive: { zh: '综合类', en: 'Comprehensive' },
  industry: { zh: '行业类', en: 'Industry' },
  functional: { zh: '功能类', en: 'Functional' },
};
export const centerKindLabels: Record<(typeof centerKindValues)[number], { zh: string; en: string }> = {
  tech_innovation: { zh: '技术创新', en: 'Technology innovation' },
  incubation: { zh: '产业孵化', en: 'Incubation' },
  talent: { zh: '人才培训', en: 'Talent training' },
  sme_service: { zh: '中小企业服务', en: 'SME services' },
};
export const directoryStatusLabels: Record<
  (typeof directoryStatusValues)[number] | 'building',
  { zh: string; en: string }
> = {
  recognised: { zh: '已认定', en: 'Recognised' },
  revoked: { zh: '已撤销', en: 'Revoked' },
  building: { zh: '建设中', en: 'Under construction' },
};
