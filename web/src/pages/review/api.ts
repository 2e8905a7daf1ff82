/** Expert review API calls: proposal jobs, panels (province) and review tasks (experts). */
import { api, apiUrl } from '../../api/client.ts';
import type { Page } from '../../api/contracts.ts';
import type {
  JobView,
  PanelSummary,
  PanelView,
  SheetBody,
  TaskMaterials,
  TaskView,
} from '../../../../src/contracts/review.ts';
import type { CallView } from '../../../../src/contracts/recognition.ts';

export type { JobView, PanelSummary, PanelView, SheetBody, TaskView, CallView };

type Query = Record<string, string | number | boolean | undefined>;

export interface PoolExpert {
  expertUserId: string;
  name: string;
  organisationName: string;
  regionCode: string;
  fields: string[];
  title: string | null;
  available: boolean;
  load: number;
}

export interface TaskSummary {
  id: string;
  applicationId: string;
  applicationName: string;
  leadOrganisationName: string;
  callTitle: string;
  status: TaskView['status'];
  invitedAt: string | null;
  submittedAt: string | null;
  lastSavedAt: string | null;
}

export interface AggregationView {
  applicationId: string;
  applicationName: string;
  aggregation: {
    criteria: { criterionId: string; name: { zh: string; en: string }; maxPoints: number; stats: Stats }[];
    overall: Stats;
    recommendations: { recommend: number; notRecommend: number };
    recommendationSplit: boolean;
    submitted: number;
    expected: number;
    disagreement: boolean;
    threshold: number;
  };
  sheets: { label: string; expertName: string | null; sheet: NonNullable<TaskView['sheet']> }[];
}

export interface Stats {
  n: number;
  missing: number;
  mean: number | null;
  median: number | null;
  std: number | null;
  min: number | null;
  max: number | null;
  disagreement: boolean;
}

const post = <T>(path: string, body: unknown) => api<T>(path, { method: 'POST', body });

export const reviewApi = {
  calls: (query: Query) => api<Page<CallView>>('/calls', { query }),
  propose: (callId: string, body: unknown) => post<JobView>(`/review/calls/${callId}/proposals`, body),
  job: (id: string) => api<JobView>(`/review/jobs/${id}`),
  pool: (callId: string) => api<Page<PoolExpert>>('/review/pool', { query: { callId, pageSize: 200 } }),
  panels: (query: Query) => api<Page<PanelSummary>>('/review/panels', { query }),
  panel: (id: string) => api<PanelView>(`/review/panels/${id}`),
  addMember: (id: string, expertUserId: string, version: number) =>
    post<PanelView>(`/review/panels/${id}/members`, { expertUserId, version }),
  removeMember: (id: string, assignmentId: string, version: number, note: string) =>
    post<PanelView>(`/review/panels/${id}/members/${assignmentId}/remove`, { version, note }),
  reassign: (id: string, version: number) => post<PanelView>(`/review/panels/${id}/reassign`, { version }),
  invite: (id: string, version: number, dueOn: string) =>
    post<PanelView>(`/review/panels/${id}/invite`, { version, dueOn }),
  defense: (id: string, body: unknown) => post<PanelView>(`/review/panels/${id}/defenses`, body),
  siteVisit: (id: string, body: unknown) => post<PanelView>(`/review/panels/${id}/site-visits`, body),
  aggregation: (id: string) => api<AggregationView>(`/review/panels/${id}/aggregation`),
  complete: (id: string, body: unknown) => post<PanelView>(`/review/panels/${id}/complete`, body),
  applicationVersion: async (applicationId: string) =>
    (await api<{ version: number }>(`/applications/${applicationId}`)).version,
  tasks: (query: Query) => api<Page<TaskSummary>>('/review/tasks', { query }),
  task: (id: string) => api<TaskView>(`/review/tasks/${id}`),
  materials: (id: string) => api<TaskMaterials>(`/review/tasks/${id}/materials`),
  materialUrl: (id: string, fileId: string) => apiUrl(`/review/tasks/${id}/materials/${fileId}`),
  respond: (id: string, accept: boolean, version: number, note = '') =>
    post<TaskView>(`/review/tasks/${id}/${accept ? 'accept' : 'decline'}`, { version, note }),
  declareConflict: (id: string, version: number, reason: string) =>
    post<TaskView>(`/review/tasks/${id}/conflict`, { version, reason }),
  saveSheet: (id: string, mode: 'draft' | 'submit', body: SheetBody & { version: number }) =>
    post<TaskView>(`/review/tasks/${id}/${mode === 'draft' ? 'sheet' : 'submit'}`, body),
};
