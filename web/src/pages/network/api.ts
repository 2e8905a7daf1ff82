/** Typed calls to the network's hub administration (联网节点与全网目录). */
import { api } from '../../api/client.ts';
import type { NetworkRecordList, NodeView, RunView } from '../../../../src/contracts/federation.ts';

export type { NetworkRecordList, NodeView, RunView };

export interface NetworkQuery {
  q?: string | undefined;
  type?: string | undefined;
  province?: string | undefined;
  nodeId?: string | undefined;
  page: number;
  pageSize: number;
}

export const networkApi = {
  nodes: () => api<{ items: NodeView[] }>('/federation/nodes'),
  register: (body: { name: string; baseUrl: string; regionCode: string; publicKey?: string | null }) =>
    api<NodeView>('/federation/nodes', { method: 'POST', body }),
  harvest: (id: string) => api<RunView>(`/federation/nodes/${id}/harvest`, { method: 'POST' }),
  runs: (id: string) => api<{ items: RunView[] }>(`/federation/nodes/${id}/runs`),
  records: (query: NetworkQuery) => api<NetworkRecordList>('/federation/records', { query: { ...query } }),
};
