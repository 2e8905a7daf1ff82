/** Organisation kinds and their labels, apart from the input schema (zod) so that label tables stay light. */
import type { Localised } from './credit-code.ts';

export const organisationKindValues = [
  'enterprise',
  'university',
  'research_institute',
  'association',
  'authority',
  'telecom_operator',
] as const;
export type OrganisationKind = (typeof organisationKindValues)[number];

export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, Localised>> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  university: { zh: '高等院校', en: 'University' },
  research_institute: { zh: '科研院所', en: 'Research institute' },
  association: { zh: '行业协会', en: 'Industry association' },
  authority: { zh: '政府主管部门', en: 'Government authority' },
  telecom_operator: { zh: '基础电信运营商', en: 'Telecom operator' },
};
