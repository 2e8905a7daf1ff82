/** Decision notices (决定书) issued with decisions. */
import { api } from '../../api/client.ts';
import type { DecisionNoticeView } from '../../../../src/contracts/decision-notices.ts';

export type { DecisionNoticeView };

export const noticeApi = {
  get: (id: string) => api<DecisionNoticeView>(`/decision-notices/${encodeURIComponent(id)}`),
  ofSubject: (subjectId: string) =>
    api<{ items: DecisionNoticeView[] }>('/decision-notices', { query: { subjectId } }),
};
