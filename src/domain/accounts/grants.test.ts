import { describe, expect, it } from 'vitest';
import { grantShapeProblem, mayGrant } from './grants.ts';

const sdAdmin = [{ role: 'provincial_admin' as const, regionCode: '370000' }];

describe('role grants', () => {
  it('requires a province-level jurisdiction for a provincial admin', () => {
    expect(
      grantShapeProblem({ role: 'provincial_admin', regionCode: '370000', organisationId: null }),
    ).toBeNull();
    expect(
      grantShapeProblem({ role: 'provincial_admin', regionCode: '370100', organisationId: null }),
    ).toMatch(/省级/);
  });

  it('requires a city or county jurisdiction for a city officer and an organisation for an applicant', () => {
    expect(
      grantShapeProblem({ role: 'city_officer', regionCode: '370100', organisationId: null }),
    ).toBeNull();
    expect(
      grantShapeProblem({ role: 'city_officer', regionCode: '370000', organisationId: null }),
    ).not.toBeNull();
    expect(grantShapeProblem({ role: 'applicant', regionCode: null, organisationId: null })).not.toBeNull();
  });

  it('lets a Shandong admin grant a 济南 officer but not a 兰州 one, nor a national admin', () => {
    expect(
      mayGrant(sdAdmin, { role: 'city_officer', regionCode: '370100', organisationId: null }, null),
    ).toBe(true);
    expect(
      mayGrant(sdAdmin, { role: 'city_officer', regionCode: '620100', organisationId: null }, null),
    ).toBe(false);
    expect(
      mayGrant(sdAdmin, { role: 'national_admin', regionCode: '000000', organisationId: null }, null),
    ).toBe(false);
  });

  it('judges organisation roles by the organisation region', () => {
    expect(mayGrant(sdAdmin, { role: 'applicant', regionCode: null, organisationId: 'x' }, '370102')).toBe(
      true,
    );
    expect(mayGrant(sdAdmin, { role: 'applicant', regionCode: null, organisationId: 'x' }, '620102')).toBe(
      false,
    );
  });
});
