/** Revocation, change-filing and recommendation API calls (dynamic management). */
import { api, apiUrl } from '../../api/client.ts';
import type {
  ChangeFilingView,
  DecideChangeBody,
  FileChangeBody,
} from '../../../../src/contracts/change-filings.ts';
import type { RecommendBody, RecommendationView } from '../../../../src/contracts/recommendations.ts';
import type {
  DecideRevocationBody,
  ProposeRevocationBody,
  RevocationView,
} from '../../../../src/contracts/revocation.ts';
import { currentLocale } from '../../i18n/index.ts';

export type { ChangeFilingView, RecommendationView, RevocationView };

export interface RevocableCenter {
  id: string;
  name: string;
  level: string;
  packId: string | null;
  grounds: { id: string; description: { zh: string; en: string }; source: { ref: string; text: string } }[];
}
export interface FileableCenter {
  id: string;
  name: string;
  packId: string | null;
  rule: { months: number | null; source: { file: string; ref: string; text: string } } | null;
}
export interface Snapshot {
  year: number;
  rating: string;
  ratingLabel: { zh: string; en: string };
  decidedOn: string | null;
}
export interface Candidate {
  id: string;
  name: string;
  type: string;
  regionName: string;
  latest: Snapshot | null;
  evaluations: Snapshot[];
  rank: number;
  eligible: boolean;
  recommendationId: string | null;
}

/** Uploads one file (multipart `file`) and returns the parsed answer or throws with the server's detail. */
async function upload<T>(path: string, file: File, csrf: string): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(apiUrl(path), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'x-csrf-token': csrf, 'Accept-Language': currentLocale() },
    body: form,
  });
  const body = (await res.json()) as { detail?: string };
  if (!res.ok) {
    throw new Error(body.detail ?? `HTTP ${res.status}`);
  }
  return body as T;
}

export const revocationApi = {
  list: (status?: string) =>
    api<{ items: RevocationView[] }>('/revocations', { query: { status } }).then((r) => r.items),
  get: (id: string) => api<RevocationView>(`/revocations/${id}`),
  scan: () =>
    api<{ checked: number; proposed: { id: string; centerName: string }[] }>('/revocations/scan', {
      method: 'POST',
    }),
  centers: () => api<{ items: RevocableCenter[] }>('/revocations/centers').then((r) => r.items),
  propose: (body: ProposeRevocationBody) => api<RevocationView>('/revocations', { method: 'POST', body }),
  decide: (id: string, body: DecideRevocationBody) =>
    api<RevocationView>(`/revocations/${id}/decide`, { method: 'POST', body }),
  upload: (id: string, file: File, csrf: string) => upload(`/revocations/${id}/evidence`, file, csrf),
  fileUrl: (id: string, fileId: string) => apiUrl(`/revocations/${id}/files/${fileId}`),
};

export const changeFilingApi = {
  list: () => api<{ items: ChangeFilingView[] }>('/change-filings').then((r) => r.items),
  get: (id: string) => api<ChangeFilingView>(`/change-filings/${id}`),
  centers: () => api<{ items: FileableCenter[] }>('/change-filings/centers').then((r) => r.items),
  file: (body: FileChangeBody) => api<ChangeFilingView>('/change-filings', { method: 'POST', body }),
  decide: (id: string, body: DecideChangeBody) =>
    api<ChangeFilingView>(`/change-filings/${id}/decide`, { method: 'POST', body }),
  upload: (id: string, file: File, csrf: string) => upload(`/change-filings/${id}/evidence`, file, csrf),
  fileUrl: (id: string, fileId: string) => apiUrl(`/change-filings/${id}/files/${fileId}`),
};

export const recommendationApi = {
  list: () => api<{ items: RecommendationView[] }>('/recommendations').then((r) => r.items),
  candidates: () =>
    api<{ items: Candidate[] }>('/recommendations/candidates', { quiet401: true }).then((r) => r.items),
  recommend: (body: RecommendBody) => api<RecommendationView>('/recommendations', { method: 'POST', body }),
  withdraw: (id: string, version: number) =>
    api<RecommendationView>(`/recommendations/${id}/withdraw`, { method: 'POST', body: { version } }),
};
