/** Transparency-log API calls (public, no session). */
import { api } from '../../api/client.ts';
import type {
  ConsistencyProofView,
  DecisionProofView,
  SignedTreeHeadView,
} from '../../../../src/contracts/transparency.ts';

export type { DecisionProofView, SignedTreeHeadView };

const BASE = '/transparency/v1';

export const transparencyApi = {
  decision: (id: string, kind?: string) =>
    api<DecisionProofView>(`${BASE}/decisions/${encodeURIComponent(id)}`, {
      query: { kind },
      quiet401: true,
    }),
  consistency: (first: number, second: number) =>
    api<ConsistencyProofView>(`${BASE}/proof/consistency`, { query: { first, second }, quiet401: true }),
};
