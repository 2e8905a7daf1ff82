/** Typed calls to the decision-support API (决策支持). */
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import type {
  dashboardSchema,
  refreshResultSchema,
  seriesSummarySchema,
  seriesViewSchema,
  targetListSchema,
  TargetView,
  WarningView,
} from '../../../../src/contracts/decision-support.ts';

export type Dashboard = z.infer<typeof dashboardSchema>;
export type TargetList = z.infer<typeof targetListSchema>;
export type SeriesSummary = z.infer<typeof seriesSummarySchema>;
export type SeriesView = z.infer<typeof seriesViewSchema>;
export type { TargetView, WarningView };

export const decisionApi = {
  dashboard: (region?: string) => api<Dashboard>('/decision/dashboard', { query: { region } }),
  targets: () => api<TargetList>('/targets'),
  enter: (id: string, body: { value: number; asOf: string; evidence: string }) =>
    api<TargetView>(`/targets/${id}/actuals`, { method: 'POST', body }),
  series: () => api<SeriesSummary[]>('/monitoring/series'),
  seriesView: (id: string) => api<SeriesView>(`/monitoring/series/${id}`),
  refresh: () => api<z.infer<typeof refreshResultSchema>>('/monitoring/refresh', { method: 'POST' }),
  warnings: () => api<WarningView[]>('/warnings'),
  acknowledge: (id: string) => api<WarningView>(`/warnings/${id}/acknowledge`, { method: 'POST', body: {} }),
  comment: (id: string, body: string) =>
    api<WarningView>(`/warnings/${id}/comments`, { method: 'POST', body: { body } }),
  close: (id: string, note: string) =>
    api<WarningView>(`/warnings/${id}/close`, { method: 'POST', body: { note } }),
};
