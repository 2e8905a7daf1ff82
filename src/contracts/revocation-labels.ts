/** Revocation statuses and their labels, without zod: the first page's labels import these. */
export const revocationStatusValues = ['proposed', 'revoked', 'dismissed'] as const;
export const revocationStatusLabels: Record<
  (typeof revocationStatusValues)[number],
  { zh: string; en: string }
> = {
  proposed: { zh: '待决定', en: 'To decide' },
  revoked: { zh: '已撤销', en: 'Revoked' },
  dismissed: { zh: '不予撤销', en: 'Dismissed' },
};
