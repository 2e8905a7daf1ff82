/** Typed calls to the center platform API. */
import { api, apiUrl, type QueryValue } from '../../api/client.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { Page } from '../../api/contracts.ts';
import type {
  AttachmentView,
  BookingView,
  CenterSummary,
  ClaimView,
  CourseView,
  CreateAgreementBody,
  CreateBookingBody,
  CreateCourseBody,
  CreateEventBody,
  CreateIeAgreementBody,
  CreateNeedBody,
  CreateOfferBody,
  CreateProductBody,
  CreateServiceRecordBody,
  CreateSessionBody,
  CreateTeamBody,
  DashboardView,
  DecideMatchBody,
  EventView,
  EvidenceView,
  IeAgreementView,
  MatchView,
  NeedView,
  OfferView,
  ProductView,
  RegistrationView,
  ServiceRecordView,
} from '../../../../src/contracts/center-platform/index.ts';

export type * from '../../../../src/contracts/center-platform/index.ts';

type Q = Record<string, QueryValue>;
const c = (slug: string) => `/centers/${encodeURIComponent(slug)}`;
type Created = { id: string };

export const platformApi = {
  myCenters: () => api<{ items: CenterSummary[] }>('/me/centers'),
  dashboard: (slug: string, year: number) => api<DashboardView>(`${c(slug)}/dashboard`, { query: { year } }),
  evidence: (slug: string, key: string, query: Q) =>
    api<Page<EvidenceView>>(`${c(slug)}/metrics/${key}/records`, { query }),
  ledger: (slug: string, query: Q) => api<Page<ServiceRecordView>>(`${c(slug)}/ledger`, { query }),
  createRecord: (slug: string, body: CreateServiceRecordBody) =>
    api<ServiceRecordView>(`${c(slug)}/ledger`, { method: 'POST', body }),
  attachmentUrl: (recordId: string, attachmentId: string) =>
    apiUrl(`/service-records/${recordId}/attachments/${attachmentId}`),
  /** Uploads one evidence file (multipart `file`); throws with the server's detail when refused. */
  uploadAttachment: async (recordId: string, file: File, csrf: string): Promise<AttachmentView> => {
    const form = new FormData();
    form.append('file', file);
    const res = await fetch(apiUrl(`/service-records/${recordId}/attachments`), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-csrf-token': csrf, 'Accept-Language': currentLocale() },
      body: form,
    });
    const body = (await res.json()) as AttachmentView & { detail?: string };
    if (!res.ok) {
      throw new Error(body.detail ?? `HTTP ${res.status}`);
    }
    return body;
  },
  courses: (slug: string, query: Q) => api<Page<CourseView>>(`${c(slug)}/courses`, { query }),
  createCourse: (slug: string, body: CreateCourseBody) =>
    api<Created>(`${c(slug)}/courses`, { method: 'POST', body }),
  createSession: (slug: string, courseId: string, body: CreateSessionBody) =>
    api<Created>(`${c(slug)}/courses/${courseId}/sessions`, { method: 'POST', body }),
  registrations: (slug: string, sessionId: string) =>
    api<{ items: RegistrationView[] }>(`${c(slug)}/sessions/${sessionId}/registrations`),
  recordAttendance: (slug: string, sessionId: string, registrationIds: string[]) =>
    api<{ recorded: number }>(`${c(slug)}/sessions/${sessionId}/attendance`, {
      method: 'POST',
      body: { registrationIds },
    }),
  events: (slug: string, query: Q) => api<Page<EventView>>(`${c(slug)}/events`, { query }),
  createEvent: (slug: string, body: CreateEventBody) =>
    api<Created>(`${c(slug)}/events`, { method: 'POST', body }),
  addTeam: (slug: string, eventId: string, body: CreateTeamBody) =>
    api<Created>(`${c(slug)}/events/${eventId}/teams`, { method: 'POST', body }),
  addAgreement: (slug: string, eventId: string, body: CreateAgreementBody) =>
    api<Created>(`${c(slug)}/events/${eventId}/agreements`, { method: 'POST', body }),
  ieAgreements: (slug: string, query: Q) => api<Page<IeAgreementView>>(`${c(slug)}/ie-agreements`, { query }),
  createIe: (slug: string, body: CreateIeAgreementBody) =>
    api<Created>(`${c(slug)}/ie-agreements`, { method: 'POST', body }),
  offers: (slug: string, query: Q) => api<Page<OfferView>>(`${c(slug)}/offers`, { query }),
  createOffer: (slug: string, body: CreateOfferBody) =>
    api<Created>(`${c(slug)}/offers`, { method: 'POST', body }),
  centerClaims: (slug: string, query: Q) => api<Page<ClaimView>>(`${c(slug)}/claims`, { query }),
  centerBookings: (slug: string, query: Q) => api<Page<BookingView>>(`${c(slug)}/bookings`, { query }),
  needs: (slug: string, query: Q) => api<Page<NeedView>>(`${c(slug)}/financing-needs`, { query }),
  products: (slug: string, query: Q) => api<Page<ProductView>>(`${c(slug)}/finance-products`, { query }),
  createProduct: (slug: string, body: CreateProductBody) =>
    api<Created>(`${c(slug)}/finance-products`, { method: 'POST', body }),
  matches: (slug: string, query: Q) => api<Page<MatchView>>(`${c(slug)}/finance-matches`, { query }),
  createMatch: (slug: string, needId: string, productId: string) =>
    api<Created>(`${c(slug)}/finance-matches`, { method: 'POST', body: { needId, productId } }),
  decideMatch: (slug: string, matchId: string, body: DecideMatchBody) =>
    api<unknown>(`${c(slug)}/finance-matches/${matchId}/decide`, { method: 'POST', body }),
};

export const enterpriseApi = {
  myRecords: (query: Q) => api<Page<ServiceRecordView>>('/my/service-records', { query }),
  answer: (
    id: string,
    body: { answer: 'confirmed'; version: number } | { answer: 'disputed'; version: number; reason: string },
  ) => api<ServiceRecordView>(`/service-records/${id}/answer`, { method: 'POST', body }),
  courses: (query: Q) => api<Page<CourseView>>('/courses', { query }),
  register: (sessionId: string) => api<Created>(`/sessions/${sessionId}/registrations`, { method: 'POST' }),
  cancelRegistration: (id: string) => api<unknown>(`/registrations/${id}/cancel`, { method: 'POST' }),
  offers: (query: Q) => api<Page<OfferView>>('/offers', { query }),
  claim: (offerId: string) => api<Created>(`/offers/${offerId}/claims`, { method: 'POST' }),
  purchase: (claimId: string, version: number) =>
    api<unknown>(`/claims/${claimId}/purchase`, { method: 'POST', body: { version } }),
  book: (offerId: string, body: CreateBookingBody) =>
    api<Created>(`/offers/${offerId}/bookings`, { method: 'POST', body }),
  cancelBooking: (id: string) => api<unknown>(`/bookings/${id}/cancel`, { method: 'POST' }),
  myBookings: (query: Q) => api<Page<BookingView>>('/my/bookings', { query }),
  myClaims: (query: Q) => api<Page<ClaimView>>('/my/claims', { query }),
  myNeeds: (query: Q) => api<Page<NeedView>>('/my/financing-needs', { query }),
  fileNeed: (body: CreateNeedBody) => api<Created>('/financing-needs', { method: 'POST', body }),
};

/** Fen to a yuan string with two decimals and thousands separators. */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) {
    return '—';
  }
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Yuan typed in a form (number) to integer fen. */
export function toFen(yuanValue: number | null | undefined): number | null {
  return yuanValue === null || yuanValue === undefined ? null : Math.round(yuanValue * 100);
}
