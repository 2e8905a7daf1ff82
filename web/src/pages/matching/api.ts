/** Typed calls to the need pool and matchmaking API (需求池与供需对接). */
import { api } from '../../api/client.ts';
import type {
  CenterDemandBody,
  DemandGraph,
  CreateDemandBody,
  DemandView,
  InvitationView,
  MatchList,
  MatchView,
} from '../../../../src/contracts/matching.ts';

export type { DemandGraph, DemandView, InvitationView, MatchList, MatchView };
export interface DemandPage {
  items: DemandView[];
  total: number;
  page: number;
  pageSize: number;
}

export const matchingApi = {
  myDemands: () => api<DemandPage>('/my/demands', { query: { pageSize: 100 } }),
  /** The need pool the caller moderates; `centerId` narrows it to one center's needs. */
  demands: (query: { status?: string; centerId?: string } = {}) =>
    api<DemandPage>('/demands', { query: { ...query, pageSize: 100 } }),
  demand: (id: string) => api<DemandView>(`/demands/${id}`),
  post: (body: CreateDemandBody) => api<{ id: string }>('/demands', { method: 'POST', body }),
  postForEnterprise: (slug: string, body: CenterDemandBody) =>
    api<{ id: string }>(`/centers/${slug}/demands`, { method: 'POST', body }),
  moderate: (id: string, body: { decision: 'publish' | 'reject'; note: string; version: number }) =>
    api<DemandView>(`/demands/${id}/moderate`, { method: 'POST', body }),
  close: (id: string, body: { outcome: 'no_match' | 'withdrawn'; note: string; version: number }) =>
    api<DemandView>(`/demands/${id}/close`, { method: 'POST', body }),
  matches: (id: string) => api<MatchList>(`/demands/${id}/matches`, { query: { limit: 20 } }),
  invitations: (id: string) => api<{ items: InvitationView[] }>(`/demands/${id}/invitations`),
  invite: (id: string, resourceIds: string[]) =>
    api<{ ids: string[] }>(`/demands/${id}/invitations`, { method: 'POST', body: { resourceIds } }),
  myInvitations: () => api<{ items: InvitationView[] }>('/my/invitations'),
  answer: (id: string, body: { answer: 'accepted' | 'declined'; note: string; version: number }) =>
    api<{ ok: true }>(`/invitations/${id}/answer`, { method: 'POST', body }),
  agreement: (
    id: string,
    body: { invitationId: string; amountFen: number; agreedOn: string; note: string },
  ) => api<{ serviceRecordId: string }>(`/demands/${id}/agreement`, { method: 'POST', body }),
};

export const demandGraphApi = {
  graph: (region?: string) => api<DemandGraph>('/demand-graph', { query: { region } }),
};
