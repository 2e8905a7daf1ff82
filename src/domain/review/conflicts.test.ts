import { describe, expect, it } from 'vitest';
import {
  affiliations,
  checkConflicts,
  isRecentEmployment,
  type ApplicationParties,
  type ExpertFacts,
} from './conflicts.ts';

const app: ApplicationParties = {
  applicationId: 'app-1',
  leadOrganisationId: 'lead',
  memberOrganisationIds: ['member-a', 'member-b'],
  avoidOrganisationIds: [],
};
const expert = (over: Partial<ExpertFacts> = {}): ExpertFacts => ({
  expertId: 'e1',
  organisationId: 'university',
  employment: [],
  declarations: [],
  ...over,
});
const onDate = '2026-05-15';
const names = { lead: '济南智造', 'member-a': '山东大学', university: '山东理工' };

describe('checkConflicts', () => {
  it('finds no conflict for an expert with no tie to the parties', () => {
    expect(checkConflicts(expert(), app, { onDate })).toEqual([]);
  });

  it('excludes an expert whose organisation is the lead unit, naming it in Chinese and English', () => {
    const [r, ...rest] = checkConflicts(expert({ organisationId: 'lead' }), app, {
      onDate,
      organisationNames: names,
    });
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ code: 'organisation_is_lead', organisationId: 'lead' });
    expect(r!.message.zh).toContain('济南智造');
    expect(r!.message.zh).toContain('牵头单位');
    expect(r!.message.en).toContain('lead unit');
  });

  it('excludes an expert whose organisation is a consortium member', () => {
    expect(checkConflicts(expert({ organisationId: 'member-b' }), app, { onDate })).toMatchObject([
      { code: 'organisation_is_member', organisationId: 'member-b' },
    ]);
  });

  it('excludes an expert who left the lead unit 2 years ago (within 3 years)', () => {
    const e = expert({ employment: [{ organisationId: 'lead', from: '2015-01-01', to: '2024-05-01' }] });
    const reasons = checkConflicts(e, app, { onDate, organisationNames: names });
    expect(reasons).toMatchObject([{ code: 'recent_employment', organisationId: 'lead' }]);
    expect(reasons[0]!.message.zh).toContain('近3年内曾在「济南智造」任职');
  });

  it('excludes an expert who still works at a member (open-ended employment)', () => {
    const e = expert({ employment: [{ organisationId: 'member-a', from: '2020-01-01', to: null }] });
    expect(checkConflicts(e, app, { onDate })).toMatchObject([
      { code: 'recent_employment', organisationId: 'member-a' },
    ]);
  });

  it('counts employment that ended exactly 3 years ago, but not one day earlier', () => {
    const ended = (to: string) => expert({ employment: [{ organisationId: 'lead', from: null, to }] });
    expect(checkConflicts(ended('2023-05-15'), app, { onDate })).toHaveLength(1);
    expect(checkConflicts(ended('2023-05-14'), app, { onDate })).toEqual([]);
  });

  it('ignores a job that starts after the review date', () => {
    expect(isRecentEmployment({ organisationId: 'lead', from: '2027-01-01', to: null }, onDate)).toBe(false);
  });

  it('honours a configured look-back (5 years catches a job that ended 4 years ago)', () => {
    const e = expert({ employment: [{ organisationId: 'lead', from: null, to: '2022-06-01' }] });
    expect(checkConflicts(e, app, { onDate })).toEqual([]);
    expect(checkConflicts(e, app, { onDate, lookbackYears: 5 })).toHaveLength(1);
  });

  it('excludes an expert who declared a conflict with this application, with the reason given', () => {
    const e = expert({ declarations: [{ applicationId: 'app-1', reason: '曾为其提供咨询' }] });
    const [r] = checkConflicts(e, app, { onDate });
    expect(r).toMatchObject({ code: 'declared_by_expert', organisationId: null });
    expect(r!.message.zh).toContain('曾为其提供咨询');
  });

  it('applies an expert declaration against an organisation to every application it is party to', () => {
    const e = expert({ declarations: [{ organisationId: 'member-a' }] });
    expect(checkConflicts(e, app, { onDate })).toMatchObject([
      { code: 'declared_by_expert', organisationId: 'member-a' },
    ]);
    expect(checkConflicts(e, { ...app, memberOrganisationIds: [] }, { onDate })).toEqual([]);
    expect(checkConflicts(expert({ declarations: [{ applicationId: 'other' }] }), app, { onDate })).toEqual(
      [],
    );
  });

  it('excludes experts of an organisation the applicant asked to avoid — today or within 3 years', () => {
    const avoid = { ...app, avoidOrganisationIds: ['rival'] };
    expect(checkConflicts(expert({ organisationId: 'rival' }), avoid, { onDate })).toMatchObject([
      { code: 'declared_by_applicant', organisationId: 'rival' },
    ]);
    const former = expert({ employment: [{ organisationId: 'rival', from: null, to: '2025-01-01' }] });
    expect(checkConflicts(former, avoid, { onDate })).toMatchObject([{ code: 'declared_by_applicant' }]);
    const longAgo = expert({ employment: [{ organisationId: 'rival', from: null, to: '2019-01-01' }] });
    expect(checkConflicts(longAgo, avoid, { onDate })).toEqual([]);
  });

  it('reports every reason when several hold, without repeating the current organisation', () => {
    const e = expert({
      organisationId: 'lead',
      employment: [
        { organisationId: 'lead', from: '2010-01-01', to: null },
        { organisationId: 'member-a', from: '2005-01-01', to: '2025-01-01' },
      ],
      declarations: [{ applicationId: 'app-1' }],
    });
    expect(checkConflicts(e, app, { onDate }).map((r) => r.code)).toEqual([
      'organisation_is_lead',
      'recent_employment',
      'declared_by_expert',
    ]);
  });
});

describe('affiliations', () => {
  it('is the current organisation plus recent employers only', () => {
    const e = expert({
      employment: [
        { organisationId: 'recent', from: null, to: '2025-12-31' },
        { organisationId: 'old', from: null, to: '2020-12-31' },
      ],
    });
    expect([...affiliations(e, onDate)].sort()).toEqual(['recent', 'university']);
  });
});
