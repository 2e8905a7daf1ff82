/** Organisations as the API shows them. */
import type { OrganisationView } from '../../contracts/organisations.ts';
import type { OrganisationRow } from '../../db/loaders/organisations.ts';
import { regionFullName } from '../../domain/reference/regions.ts';

export function presentOrganisation(o: OrganisationRow): OrganisationView {
  return {
    id: o.id,
    name: o.name,
    creditCode: o.creditCode,
    kind: o.kind as OrganisationView['kind'],
    authorityLevel: (o.authorityLevel as OrganisationView['authorityLevel']) ?? null,
    registrationDate: o.registrationDate,
    regionCode: o.regionCode,
    regionName: regionFullName(o.regionCode) ?? o.regionCode,
    industryCodes: o.industryCodes,
    sme: o.sme,
    specialisedSme: o.specialisedSme,
    aboveScale: o.aboveScale,
    soe: (o.soe as OrganisationView['soe']) ?? null,
    createdAt: o.createdAt.toISOString(),
    version: o.version,
  };
}
