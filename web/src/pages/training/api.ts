/** The public training calendar and a center's public events and offers. */
import { api } from '../../api/client.ts';
import type { Page } from '../../api/contracts.ts';
import type { CourseView, OfferView, PublicEventView } from '../center/api.ts';

export interface CalendarQuery {
  q?: string | undefined;
  center?: string | undefined;
  page?: number;
  pageSize?: number;
}

export const trainingApi = {
  calendar: (query: CalendarQuery) => api<Page<CourseView>>('/catalog/courses', { query: { ...query } }),
  events: (slug: string, query: { page?: number; pageSize?: number }) =>
    api<Page<PublicEventView>>(`/catalog/centers/${encodeURIComponent(slug)}/events`, {
      query: { ...query },
    }),
  offers: (slug: string, query: { page?: number; pageSize?: number }) =>
    api<Page<OfferView>>(`/catalog/centers/${encodeURIComponent(slug)}/offers`, { query: { ...query } }),
};
