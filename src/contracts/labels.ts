/** Display names shared by the server's exports and the web app. */
import type { Role } from './common.ts';
import { ORGANISATION_KIND_LABELS } from '../domain/organisation/kind-labels.ts';

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  national_admin: { zh: '工信部管理员', en: 'National administrator (MIIT)' },
  provincial_admin: { zh: '省工信厅管理员', en: 'Provincial administrator' },
  city_officer: { zh: '市/县工信局', en: 'City/county officer' },
  expert: { zh: '评审专家', en: 'Expert reviewer' },
  applicant: { zh: '申报单位', en: 'Applicant' },
  center_operator: { zh: '促进中心运营方', en: 'Center operator' },
  enterprise: { zh: '企业', en: 'Enterprise' },
};

export const organisationKindLabels = ORGANISATION_KIND_LABELS;
