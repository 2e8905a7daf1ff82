/**
 * The kinds of record the network carries, as the screens and the exports name them. Kept free of imports
 * so the web's translations can use it without pulling the contracts into the first page.
 */
export type FederatedRecordTypeLabelKey = 'center' | 'resource' | 'call' | 'publicity_notice' | 'need';

export const federatedRecordTypeLabels: Record<FederatedRecordTypeLabelKey, { zh: string; en: string }> = {
  center: { zh: '促进中心', en: 'Center' },
  resource: { zh: '资源', en: 'Resource' },
  call: { zh: '申报通知', en: 'Call' },
  publicity_notice: { zh: '公示', en: 'Publicity notice' },
  need: { zh: '需求', en: 'Need' },
};
