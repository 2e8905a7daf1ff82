/** 专家库 API calls (types from the server's contracts). */
import { ApiError, api, apiUrl, download, type QueryValue } from '../../api/client.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { Page } from '../../../../src/contracts/common.ts';
import type {
  AddExpertEmploymentBody,
  DeclareExpertConflictBody,
  ExpertImportReport,
  ExpertSummary,
  ExpertView,
  UpdateExpertBody,
} from '../../../../src/contracts/expert-pool.ts';

export type { ExpertImportReport, ExpertSummary, ExpertView };

export const expertsApi = {
  list: (query: Record<string, QueryValue>) => api<Page<ExpertSummary>>('/experts', { query }),
  get: (id: string) => api<ExpertView>(`/experts/${id}`),
  update: (id: string, body: UpdateExpertBody) =>
    api<ExpertView>(`/experts/${id}`, { method: 'PATCH', body }),
  addEmployment: (id: string, body: AddExpertEmploymentBody) =>
    api<ExpertView>(`/experts/${id}/employments`, { method: 'POST', body }),
  endEmployment: (id: string, employmentId: string, toDate: string) =>
    api<ExpertView>(`/experts/${id}/employments/${employmentId}/end`, { method: 'POST', body: { toDate } }),
  declareConflict: (id: string, body: DeclareExpertConflictBody) =>
    api<ExpertView>(`/experts/${id}/conflicts`, { method: 'POST', body }),
  template: () => download('/experts/import-template.xlsx', {}, '专家导入模板.xlsx'),
};

/** Sends the spreadsheet as the raw request body (dry run or commit). */
export async function uploadExperts(
  file: File,
  mode: 'dry-run' | 'commit',
  csrfToken: string | undefined,
): Promise<ExpertImportReport> {
  const res = await fetch(apiUrl(mode === 'dry-run' ? '/experts/import/dry-run' : '/experts/import'), {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/octet-stream',
      'x-csrf-token': csrfToken ?? '',
      'Accept-Language': currentLocale(),
    },
    body: await file.arrayBuffer(),
  });
  const body = (await res.json()) as unknown;
  if (!res.ok) {
    throw new ApiError(body as ConstructorParameters<typeof ApiError>[0]);
  }
  return body as ExpertImportReport;
}
