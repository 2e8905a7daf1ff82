/** Policy-pack API calls (public): list, show, evaluate. */
import { api } from '../../api/client.ts';
import type {
  ApplicationProfileInput,
  EvaluationReport,
  PolicyPack,
  PolicyPackSummary,
} from '../../../../src/contracts/policy.ts';

export type { ApplicationProfileInput, EvaluationReport, PolicyPack, PolicyPackSummary };

export const policyApi = {
  list: () => api<PolicyPackSummary[]>('/policy-packs', { quiet401: true }),
  get: (id: string) => api<PolicyPack>(`/policy-packs/${encodeURIComponent(id)}`, { quiet401: true }),
  evaluate: (id: string, profile: ApplicationProfileInput) =>
    api<EvaluationReport>(`/policy-packs/${encodeURIComponent(id)}/evaluate`, {
      method: 'POST',
      body: profile,
      quiet401: true,
    }),
};
