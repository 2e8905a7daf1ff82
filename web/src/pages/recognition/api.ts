/** Recognition API calls: calls, applications and their actions, uploads, cultivation report. */
import { api, apiUrl } from '../../api/client.ts';
import type { Page } from '../../api/contracts.ts';
import type {
  ApplicationDetail,
  ApplicationView,
  CallView,
  CultivationEntryView,
  EvaluationView,
  FileView,
  VersionDiff,
} from '../../../../src/contracts/recognition.ts';
import { currentLocale } from '../../i18n/index.ts';

export type {
  ApplicationDetail,
  ApplicationView,
  CallView,
  CultivationEntryView,
  EvaluationView,
  FileView,
  VersionDiff,
};
export type { NextAction, TimelineEntry } from '../../../../src/contracts/recognition.ts';

type Query = Record<string, string | number | boolean | undefined>;

export const recognitionApi = {
  calls: (query: Query) => api<Page<CallView>>('/calls', { query, quiet401: true }),
  call: (id: string) => api<CallView>(`/calls/${id}`, { quiet401: true }),
  createCall: (body: unknown) => api<CallView>('/calls', { method: 'POST', body }),
  setCallStatus: (id: string, action: 'publish' | 'close', version: number) =>
    api<CallView>(`/calls/${id}/${action}`, { method: 'POST', body: { version } }),
  applications: (query: Query) => api<Page<ApplicationView>>('/applications', { query }),
  application: (id: string) => api<ApplicationDetail>(`/applications/${id}`),
  createApplication: (body: unknown) => api<ApplicationDetail>('/applications', { method: 'POST', body }),
  updateApplication: (id: string, body: unknown) =>
    api<ApplicationDetail>(`/applications/${id}`, { method: 'PATCH', body }),
  setMembers: (id: string, body: unknown) =>
    api<ApplicationDetail>(`/applications/${id}/members`, { method: 'PUT', body }),
  removeMaterial: (id: string, materialId: string) =>
    api<unknown>(`/applications/${id}/materials/${materialId}`, { method: 'DELETE' }),
  evaluation: (id: string) => api<EvaluationView>(`/applications/${id}/evaluation`),
  /** The pre-check of fields not yet saved (nothing is written). */
  previewEvaluation: (id: string, form: unknown) =>
    api<EvaluationView>(`/applications/${id}/evaluation/preview`, { method: 'POST', body: { form } }),
  act: (id: string, path: string, body: unknown) =>
    api<ApplicationDetail>(`/applications/${id}/${path}`, { method: 'POST', body }),
  diff: (id: string, from: number, to: number) =>
    api<VersionDiff>(`/applications/${id}/diff`, { query: { from, to } }),
  fileUrl: (id: string, fileId: string) => apiUrl(`/applications/${id}/files/${fileId}`),
  cultivation: (query: Query) => api<Page<CultivationEntryView>>('/cultivation-report', { query }),
  createCultivation: (body: unknown) =>
    api<CultivationEntryView>('/cultivation-report', { method: 'POST', body }),
  updateCultivation: (id: string, body: unknown) =>
    api<CultivationEntryView>(`/cultivation-report/${id}`, { method: 'PATCH', body }),
  removeCultivation: (id: string, version: number) =>
    api<unknown>(`/cultivation-report/${id}`, { method: 'DELETE', query: { version } }),
};

/** Uploads one file (multipart); `endpoint` is `materials` (with kind) or `attachments`. */
export async function uploadFile(
  id: string,
  file: File,
  endpoint: 'materials' | 'attachments',
  fields: Record<string, string>,
  csrf: string,
): Promise<{ id?: string; file?: FileView } & Partial<FileView>> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    form.append(k, v);
  }
  form.append('file', file);
  const res = await fetch(apiUrl(`/applications/${id}/${endpoint}`), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'x-csrf-token': csrf, 'Accept-Language': currentLocale() },
    body: form,
  });
  const body = (await res.json()) as { detail?: string };
  if (!res.ok) {
    throw new Error(body.detail ?? `HTTP ${res.status}`);
  }
  return body as { id?: string; file?: FileView } & Partial<FileView>;
}
