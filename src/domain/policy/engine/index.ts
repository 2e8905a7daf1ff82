/** The policy engine: eligibility, criteria, rating proposals, revocation, deadlines, pack lint. */
export type { EvaluationTarget } from './common.ts';
export { applies, compare, formatRequirement } from './common.ts';
export type { EligibilityResult, RuleResult } from './eligibility.ts';
export { addYears, banEndFor, evaluateEligibility } from './eligibility.ts';
export type {
  CriteriaResult,
  CriteriaSummary,
  CriterionResult,
  CriterionStatus,
  RequirementCheck,
} from './criteria.ts';
export { evaluateCriteria, evaluateCriterion } from './criteria.ts';
export type { GradeBands, RatingProposal } from './rating.ts';
export { DEFAULT_GRADE_BANDS, proposeRating } from './rating.ts';
export type { GroundResult, RevocationVerdict } from './revocation.ts';
export { evaluateRevocation } from './revocation.ts';
export type { DatedWindow } from './deadlines.ts';
export {
  annualReportDue,
  changeFilingDue,
  evaluationWindows,
  publicityWindow,
  recognitionTermEnd,
  reportDue,
  resolveDeadline,
  validityEnd,
} from './deadlines.ts';
export type { PackIssue, PackValidation } from './validate.ts';
export { lintPack, validatePack } from './validate.ts';
