/** Typed calls to the diagnosis API (数字化水平评测). */
import { api, type QueryValue } from '../../api/client.ts';
import type { Page } from '../../api/contracts.ts';
import type {
  AssessmentChangeView,
  AssessmentSummary,
  AssessmentView,
  BenchmarkView,
  DiagnosisModelSummary,
} from '../../../../src/contracts/diagnosis.ts';
import type { Answers, DiagnosisModel } from '../../../../src/domain/diagnosis/schema.ts';

export type {
  Answers,
  AssessmentChangeView,
  AssessmentSummary,
  AssessmentView,
  BenchmarkView,
  DiagnosisModel,
  DiagnosisModelSummary,
};

export const diagnosisApi = {
  models: () => api<DiagnosisModelSummary[]>('/diagnosis/models'),
  model: (id: string) => api<DiagnosisModel>(`/diagnosis/models/${id}`),
  list: (query: Record<string, QueryValue>) => api<Page<AssessmentSummary>>('/assessments', { query }),
  get: (id: string) => api<AssessmentView>(`/assessments/${id}`),
  benchmark: (id: string) => api<BenchmarkView>(`/assessments/${id}/benchmark`),
  change: (id: string) => api<AssessmentChangeView>(`/assessments/${id}/change`),
  create: (modelId: string) =>
    api<AssessmentView>('/assessments', { method: 'POST', body: { modelId, answers: {} } }),
  save: (id: string, version: number, answers: Answers) =>
    api<AssessmentView>(`/assessments/${id}/answers`, { method: 'PUT', body: { version, answers } }),
  submit: (id: string, version: number, pledge: boolean) =>
    api<AssessmentView>(`/assessments/${id}/submit`, { method: 'POST', body: { version, pledge } }),
};
