/** Typed calls to the DTPC API, one function per endpoint; types come from src/contracts. */
import { api } from './client.ts';
import type {
  AuditEntryView,
  CalendarYearView,
  AuditListQuery,
  AuditVerifyResult,
  ChangePasswordBody,
  CreateOrganisationBody,
  CreateUserBody,
  Health,
  IndustryView,
  Locale,
  LoginBody,
  OrganisationListQuery,
  OrganisationView,
  Page,
  RegionView,
  SessionResponse,
  UpdateUserBody,
  UserListQuery,
  UserView,
} from './contracts.ts';

type Query<T> = { [K in keyof T]?: T[K] };

/** Reference lists may come bare or wrapped as `{ items }`; accept both. */
function itemsOf<T>(body: T[] | { items: T[] }): T[] {
  return Array.isArray(body) ? body : body.items;
}

export const authApi = {
  me: () => api<SessionResponse>('/auth/me', { quiet401: true }),
  login: (body: LoginBody) => api<SessionResponse>('/auth/login', { method: 'POST', body, quiet401: true }),
  logout: () => api<unknown>('/auth/logout', { method: 'POST', quiet401: true }),
  changePassword: (body: ChangePasswordBody) => api<unknown>('/auth/password', { method: 'POST', body }),
  setPreferences: (locale: Locale) => api<unknown>('/auth/preferences', { method: 'PUT', body: { locale } }),
};

export const usersApi = {
  list: (query: Query<UserListQuery>) => api<Page<UserView>>('/users', { query }),
  create: (body: CreateUserBody) => api<UserView>('/users', { method: 'POST', body }),
  update: (id: string, body: UpdateUserBody) => api<UserView>(`/users/${id}`, { method: 'PATCH', body }),
  unlock: (id: string) => api<unknown>(`/users/${id}/unlock`, { method: 'POST' }),
  resetPassword: (id: string, newPassword: string) =>
    api<unknown>(`/users/${id}/reset-password`, { method: 'POST', body: { newPassword } }),
};

export const organisationsApi = {
  list: (query: Query<OrganisationListQuery>) => api<Page<OrganisationView>>('/organisations', { query }),
  get: (id: string) => api<OrganisationView>(`/organisations/${id}`),
  create: (body: CreateOrganisationBody) => api<OrganisationView>('/organisations', { method: 'POST', body }),
};

export const auditApi = {
  list: (query: Query<AuditListQuery>) => api<Page<AuditEntryView>>('/audit', { query }),
  verify: () => api<AuditVerifyResult>('/audit/verify'),
};

export const referenceApi = {
  regions: async (parent?: string) =>
    itemsOf(await api<RegionView[] | { items: RegionView[] }>('/regions', { query: { parent } })),
  region: (code: string) => api<RegionView>(`/regions/${code}`),
  industries: async () => itemsOf(await api<IndustryView[] | { items: IndustryView[] }>('/industries')),
  health: () => api<Health>('/health'),
};

export const calendarApi = {
  years: () => api<CalendarYearView[]>('/calendar/years'),
  addWorkingDays: (from: string, n: number) =>
    api<{ from: string; n: number; result: string }>('/calendar/working-days', { query: { from, n } }),
  importYear: (text: string) =>
    api<{ year: number; warnings: string[] }>('/calendar/years', { method: 'POST', body: { text } }),
};
