/** Publicity, directory and notification API calls. */
import { ApiError, api, apiUrl } from '../../api/client.ts';
import type {
  DirectoryDetail,
  DirectoryEntry,
  DirectoryMap,
  DirectoryQuery,
  DirectorySummary,
} from '../../../../src/contracts/directory.ts';
import type {
  NotificationSettings,
  NotificationSettingsBody,
  NotificationView,
  UnreadCount,
} from '../../../../src/contracts/notifications.ts';
import type {
  ObjectionView,
  OpenPublicityBody,
  PublicityCandidate,
  PublicityListQuery,
  PublicityNoticeSummary,
  PublicityNoticeView,
  PublicityWindowView,
} from '../../../../src/contracts/publicity.ts';
import type { Page } from '../../api/contracts.ts';
import { currentLocale } from '../../i18n/index.ts';

export type {
  DirectoryDetail,
  DirectoryEntry,
  DirectorySummary,
  NotificationSettings,
  NotificationSettingsBody,
  NotificationView,
  ObjectionView,
  PublicityCandidate,
  PublicityNoticeSummary,
  PublicityNoticeView,
  PublicityWindowView,
};

export const publicityApi = {
  list: (query: {
    page?: number;
    pageSize?: number;
    phase?: PublicityListQuery['phase'];
    regionCode?: string;
  }) => api<Page<PublicityNoticeSummary>>('/publicity', { query, quiet401: true }),
  get: (id: string) => api<PublicityNoticeView>(`/publicity/${id}`, { quiet401: true }),
  window: (packId: string, startsOn?: string, endsOn?: string, days?: number) =>
    api<PublicityWindowView>('/publicity/window', {
      query: { packId, startsOn, endsOn, days },
      quiet401: true,
    }),
  candidates: (callId: string) => api<PublicityCandidate[]>('/publicity/candidates', { query: { callId } }),
  open: (body: OpenPublicityBody) => api<PublicityNoticeView>('/publicity', { method: 'POST', body }),
  objections: (id: string) => api<ObjectionView[]>(`/publicity/${id}/objections`),
  resolve: (
    id: string,
    objectionId: string,
    outcome: 'uphold' | 'dismiss',
    version: number,
    reason: string,
  ) =>
    api<unknown>(`/publicity/${id}/objections/${objectionId}/${outcome}`, {
      method: 'POST',
      body: { version, reason },
    }),
  announce: (id: string, version: number, documentNumber?: string) =>
    api<PublicityNoticeView>(`/publicity/${id}/announce`, {
      method: 'POST',
      body: { version, ...(documentNumber ? { documentNumber } : {}) },
    }),
  fileUrl: (id: string, objectionId: string, fileId: string) =>
    apiUrl(`/publicity/${id}/objections/${objectionId}/files/${fileId}`),
  /** Files an objection as multipart (fields + attachments); answers like `api` does. */
  async object(id: string, fields: Record<string, string>, files: File[]): Promise<{ id: string }> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) {
      form.append(k, v);
    }
    for (const f of files) {
      form.append('attachments', f, f.name);
    }
    const res = await fetch(apiUrl(`/publicity/${id}/objections`), {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': currentLocale() },
    });
    const body = (await res.json()) as { id: string } & { code?: string; detail?: string };
    if (!res.ok) {
      throw new ApiError({
        type: 'about:blank',
        title: res.statusText,
        status: res.status,
        code: body.code ?? `http.${res.status}`,
        detail: body.detail ?? res.statusText,
        ...(body as object),
      });
    }
    return body;
  },
};

export const directoryApi = {
  list: (query: { [K in keyof DirectoryQuery]?: string | number }) =>
    api<Page<DirectoryEntry>>('/directory', { query, quiet401: true }),
  get: (id: string) => api<DirectoryDetail>(`/directory/${id}`, { quiet401: true }),
  summary: () => api<DirectorySummary>('/directory/summary'),
  /** Recognised centers per province today (public), for the 地图 view. */
  map: (asOf?: string) => api<DirectoryMap>('/directory/map', { query: { asOf }, quiet401: true }),
};

export const notificationsApi = {
  list: (query: { page?: number; pageSize?: number; unread?: 'true' }) =>
    api<Page<NotificationView>>('/notifications', { query }),
  unreadCount: () => api<UnreadCount>('/notifications/unread-count', { quiet401: true }),
  read: (id: string) => api<unknown>(`/notifications/${id}/read`, { method: 'POST' }),
  readAll: () => api<{ updated: number }>('/notifications/read-all', { method: 'POST' }),
  settings: () => api<NotificationSettings>('/notifications/settings'),
  saveSettings: (body: NotificationSettingsBody) =>
    api<NotificationSettings>('/notifications/settings', { method: 'PUT', body }),
};
