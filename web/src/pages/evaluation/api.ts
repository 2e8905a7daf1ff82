/** Typed calls to the annual report and evaluation API. */
import { api, type QueryValue } from '../../api/client.ts';
import type { Page } from '../../api/contracts.ts';
import type {
  AnnualReportView,
  DecideEvaluationBody,
  EvaluationRowView,
  EvaluationView,
  PublishedRatingView,
  ReportStandingView,
  ReviewEvaluationBody,
  SaveAnnualReportBody,
} from '../../../../src/contracts/evaluation.ts';

export type * from '../../../../src/contracts/evaluation.ts';

type Q = Record<string, QueryValue>;
const r = (slug: string, year?: number) =>
  `/centers/${encodeURIComponent(slug)}/annual-reports${year === undefined ? '' : `/${year}`}`;

export const evaluationApi = {
  centerReports: (slug: string) => api<{ items: ReportStandingView[] }>(r(slug)),
  report: (slug: string, year: number) => api<AnnualReportView>(r(slug, year)),
  saveReport: (slug: string, year: number, body: SaveAnnualReportBody) =>
    api<AnnualReportView>(r(slug, year), { method: 'PUT', body }),
  submitReport: (slug: string, year: number, version: number) =>
    api<AnnualReportView>(`${r(slug, year)}/submit`, { method: 'POST', body: { version } }),
  reports: (query: Q) => api<Page<ReportStandingView>>('/annual-reports', { query }),
  remind: (year: number) =>
    api<{ reminded: number; alreadyReminded: number }>('/annual-reports/reminders', {
      method: 'POST',
      body: { year },
    }),
  list: (query: Q) => api<Page<EvaluationRowView>>('/evaluations', { query }),
  open: (centerId: string, year: number) =>
    api<EvaluationView>('/evaluations', { method: 'POST', body: { centerId, year } }),
  get: (id: string) => api<EvaluationView>(`/evaluations/${id}`),
  review: (id: string, body: ReviewEvaluationBody) =>
    api<EvaluationView>(`/evaluations/${id}/review`, { method: 'POST', body }),
  decide: (id: string, body: DecideEvaluationBody) =>
    api<EvaluationView>(`/evaluations/${id}/decide`, { method: 'POST', body }),
  publish: (id: string, version: number) =>
    api<EvaluationView>(`/evaluations/${id}/publish`, { method: 'POST', body: { version } }),
  ratings: (centerId: string) => api<{ items: PublishedRatingView[] }>(`/directory/${centerId}/ratings`),
};

/** The previous calendar year: the one reports and evaluations are normally about. */
export function lastYear(): number {
  return new Date().getFullYear() - 1;
}
