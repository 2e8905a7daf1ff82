/** Typed calls to the resource-pool API (catalog, back office, import). */
import { api, apiUrl, download, ApiError, type QueryValue } from '../../api/client.ts';
import type { Page } from '../../api/contracts.ts';
import { currentLocale } from '../../i18n/index.ts';
import type {
  AccessRequestView,
  AdoptionView,
  DecideAccessRequestBody,
  ImportJobView,
  PublicCenterView,
  ResourceFileList,
  RecordAdoptionBody,
  ResourceCard,
  ResourceSearchResult,
  ResourceSummaryView,
  ResourceView,
  UpdateResourceBody,
} from '../../../../src/contracts/resources.ts';

export * from '../../../../src/contracts/resources.ts';

export interface CatalogQuery {
  q?: string;
  kind?: string[];
  industry?: string[];
  scenario?: string[];
  region?: string;
  provider?: string;
  grade?: string[];
  center?: string;
  sort?: 'relevance' | 'newest' | 'most_reused';
  page: number;
  pageSize: number;
}

function flat(query: object): Record<string, QueryValue> {
  return Object.fromEntries(
    Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v as QueryValue)]),
  );
}

export const catalogApi = {
  search: (query: CatalogQuery) => api<ResourceSearchResult>('/catalog/resources', { query: flat(query) }),
  get: (id: string) => api<ResourceView>(`/catalog/resources/${id}`),
  center: (slug: string) => api<PublicCenterView>(`/catalog/centers/${slug}`),
  requestAccess: (id: string, purpose: string) =>
    api<ResourceView>(`/catalog/resources/${id}/access-requests`, { method: 'POST', body: { purpose } }),
};

export const poolApi = {
  myCenters: () => api<{ items: { id: string; slug: string; name: string }[] }>('/catalog/my-centers'),
  list: (slug: string, query: Record<string, QueryValue>) =>
    api<Page<ResourceSummaryView>>(`/centers/${slug}/resources`, { query }),
  export: (slug: string, query: Record<string, QueryValue>) =>
    download(`/centers/${slug}/resources/export.xlsx`, query, 'resources.xlsx'),
  create: (slug: string, card: ResourceCard) =>
    api<ResourceView>(`/centers/${slug}/resources`, { method: 'POST', body: card }),
  update: (id: string, body: UpdateResourceBody) =>
    api<ResourceView>(`/resources/${id}`, { method: 'PATCH', body }),
  adoptions: (id: string) => api<{ items: AdoptionView[] }>(`/resources/${id}/adoptions`),
  recordAdoption: (id: string, body: RecordAdoptionBody) =>
    api<ResourceView>(`/resources/${id}/adoptions`, { method: 'POST', body }),
  accessRequests: (slug: string, query: Record<string, QueryValue>) =>
    api<Page<AccessRequestView>>(`/centers/${slug}/resource-access-requests`, { query }),
  decide: (id: string, body: DecideAccessRequestBody) =>
    api<unknown>(`/resource-access-requests/${id}/decision`, { method: 'POST', body }),
  template: (slug: string) =>
    download(`/centers/${slug}/resources/import-template.xlsx`, {}, '资源导入模板.xlsx'),
  job: (id: string) => api<ImportJobView>(`/resource-import-jobs/${id}`),
};

/** Sends a spreadsheet as the raw request body (dry run or commit). */
export async function uploadImport<T>(
  slug: string,
  file: File,
  mode: 'dry-run' | 'commit',
  csrfToken: string | undefined,
): Promise<T> {
  const format = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
  const path =
    mode === 'dry-run' ? `/centers/${slug}/resources/import/dry-run` : `/centers/${slug}/resources/import`;
  const res = await fetch(apiUrl(path, { format }), {
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
  return body as T;
}

/** Files attached to a resource: listed for whoever sees it, downloaded per its access rule, managed by the operator. */
export const filesApi = {
  list: (id: string) => api<ResourceFileList>(`/catalog/resources/${id}/files`),
  downloadUrl: (id: string, fileId: string) => apiUrl(`/catalog/resources/${id}/files/${fileId}`),
  remove: (id: string, fileId: string) =>
    api<ResourceFileList>(`/resources/${id}/files/${fileId}`, { method: 'DELETE' }),
  /** Uploads one file (multipart `file`); throws with the server's detail when refused. */
  upload: async (id: string, file: File, csrf: string): Promise<ResourceFileList> => {
    const form = new FormData();
    form.append('file', file);
    const res = await fetch(apiUrl(`/resources/${id}/files`), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-csrf-token': csrf, 'Accept-Language': currentLocale() },
      body: form,
    });
    const body = (await res.json()) as ResourceFileList & { detail?: string };
    if (!res.ok) {
      throw new Error(body.detail ?? `HTTP ${res.status}`);
    }
    return body;
  },
};
