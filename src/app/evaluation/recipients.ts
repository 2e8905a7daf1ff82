/** Which authority role receives a center's annual report and evaluation notifications. */
import { roleValues, type Role } from '../../contracts/common.ts';
import { evaluationChain } from '../../domain/evaluation/cycle.ts';
import type { PolicyPack } from '../../domain/policy/schema.ts';

/** The pack's report recipient (Gansu: the province), else the first authority of its evaluation chain. */
export function reportRecipient(pack: PolicyPack | undefined): Role {
  const named = pack?.annualReport?.recipient;
  if (named && (roleValues as readonly string[]).includes(named)) {
    return named as Role;
  }
  const chain = pack ? evaluationChain(pack) : null;
  return chain ? (chain.reviewers[0] ?? chain.decider) : 'provincial_admin';
}
