/** Change-filing kinds and statuses with their labels, without zod: the first page's labels import these. */
export const changeKindValues = ['rename', 'merger', 'split', 'restructuring'] as const;
export const changeKindLabels: Record<(typeof changeKindValues)[number], { zh: string; en: string }> = {
  rename: { zh: '更名', en: 'Rename' },
  merger: { zh: '合并', en: 'Merger' },
  split: { zh: '分立', en: 'Split' },
  restructuring: { zh: '重组', en: 'Restructuring' },
};
export const changeFilingStatusValues = ['filed', 'confirmed', 'returned'] as const;
export const changeFilingStatusLabels: Record<
  (typeof changeFilingStatusValues)[number],
  { zh: string; en: string }
> = {
  filed: { zh: '待确认', en: 'To confirm' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  returned: { zh: '已退回', en: 'Returned' },
};
