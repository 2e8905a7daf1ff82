/**
 * Conflicts of interest (回避 / 利益冲突) as hard constraints: an expert with any reason below is never
 * proposed, invited or kept on a panel for the application (HotCRP #316/#396, OpenReview #301).
 *
 * 1. the expert's organisation is the application's lead unit, or
 * 2. one of its consortium members;
 * 3. the expert worked at the lead unit or a member within the last 3 years (employment history);
 * 4. the expert declared a conflict — with this application, or with an organisation that is a party to it;
 * 5. the applicant asked for experts of an organisation to be avoided (申请回避) and the expert is,
 *    or within the look-back period was, affiliated with it.
 */
import { addCalendarMonths } from '../calendar/dates.ts';
import type { IsoDate } from '../calendar/types.ts';
import type { Localized } from '../policy/schema.ts';

/** How far back employment counts (近三年). */
export const DEFAULT_LOOKBACK_YEARS = 3;

/** One job in the expert's employment history; `to: null` means it continues. */
export interface EmploymentRecord {
  organisationId: string;
  from: IsoDate | null;
  to: IsoDate | null;
}

/** A conflict the expert declared: with one application, or with an organisation (any application it is party to). */
export interface ExpertDeclaration {
  applicationId?: string | null;
  organisationId?: string | null;
  reason?: string | null;
}

export interface ExpertFacts {
  expertId: string;
  /** The organisation the expert's account belongs to today. */
  organisationId: string;
  employment: readonly EmploymentRecord[];
  declarations: readonly ExpertDeclaration[];
}

export interface ApplicationParties {
  applicationId: string;
  leadOrganisationId: string;
  memberOrganisationIds: readonly string[];
  /** Organisations the applicant asked to be avoided. */
  avoidOrganisationIds: readonly string[];
}

export type ConflictCode =
  | 'organisation_is_lead'
  | 'organisation_is_member'
  | 'recent_employment'
  | 'declared_by_expert'
  | 'declared_by_applicant';

export const conflictCodeValues: readonly ConflictCode[] = [
  'organisation_is_lead',
  'organisation_is_member',
  'recent_employment',
  'declared_by_expert',
  'declared_by_applicant',
];

export interface ConflictReason {
  code: ConflictCode;
  organisationId: string | null;
  message: Localized;
}

export interface ConflictOptions {
  /** The day the check is made (Asia/Shanghai); employment ending on or after onDate − 3 years counts. */
  onDate: IsoDate;
  lookbackYears?: number;
  /** Organisation names for the messages; ids are shown when a name is missing. */
  organisationNames?: Readonly<Record<string, string>>;
}

/** The first day employment still counts: onDate minus the look-back period. */
export function lookbackStart(onDate: IsoDate, years = DEFAULT_LOOKBACK_YEARS): IsoDate {
  return addCalendarMonths(onDate, -12 * years);
}

/** Whether a job overlaps the look-back window [onDate − years, onDate]. */
export function isRecentEmployment(
  record: EmploymentRecord,
  onDate: IsoDate,
  years = DEFAULT_LOOKBACK_YEARS,
): boolean {
  const since = lookbackStart(onDate, years);
  const endedInWindow = record.to === null || record.to >= since;
  const startedByThen = record.from === null || record.from <= onDate;
  return endedInWindow && startedByThen;
}

/** The organisations an expert is tied to: today's, and those of recent employment. */
export function affiliations(
  expert: Pick<ExpertFacts, 'organisationId' | 'employment'>,
  onDate: IsoDate,
  years = DEFAULT_LOOKBACK_YEARS,
): Set<string> {
  const out = new Set([expert.organisationId]);
  for (const job of expert.employment) {
    if (isRecentEmployment(job, onDate, years)) {
      out.add(job.organisationId);
    }
  }
  return out;
}

/** Every organisation that is a party to the application (lead and members). */
export function partiesOf(app: ApplicationParties): Set<string> {
  return new Set([app.leadOrganisationId, ...app.memberOrganisationIds]);
}

/** Every reason the expert may not review the application; empty when there is none. */
export function checkConflicts(
  expert: ExpertFacts,
  app: ApplicationParties,
  options: ConflictOptions,
): ConflictReason[] {
  const years = options.lookbackYears ?? DEFAULT_LOOKBACK_YEARS;
  const name = (id: string) => options.organisationNames?.[id] ?? id;
  const members = new Set(app.memberOrganisationIds);
  const parties = partiesOf(app);
  const reasons: ConflictReason[] = [];

  if (expert.organisationId === app.leadOrganisationId) {
    reasons.push({
      code: 'organisation_is_lead',
      organisationId: expert.organisationId,
      message: {
        zh: `专家所在单位「${name(expert.organisationId)}」是本申报的牵头单位`,
        en: `The expert's organisation "${name(expert.organisationId)}" is the lead unit of this application`,
      },
    });
  } else if (members.has(expert.organisationId)) {
    reasons.push({
      code: 'organisation_is_member',
      organisationId: expert.organisationId,
      message: {
        zh: `专家所在单位「${name(expert.organisationId)}」是本申报的联合申报单位`,
        en: `The expert's organisation "${name(expert.organisationId)}" is a consortium member of this application`,
      },
    });
  }

  const seenEmployment = new Set<string>([expert.organisationId]);
  for (const job of expert.employment) {
    if (
      parties.has(job.organisationId) &&
      !seenEmployment.has(job.organisationId) &&
      isRecentEmployment(job, options.onDate, years)
    ) {
      seenEmployment.add(job.organisationId);
      const until = job.to ?? options.onDate;
      reasons.push({
        code: 'recent_employment',
        organisationId: job.organisationId,
        message: {
          zh: `专家近${years}年内曾在「${name(job.organisationId)}」任职（至 ${until}），该单位是本申报的${job.organisationId === app.leadOrganisationId ? '牵头单位' : '联合申报单位'}`,
          en: `The expert worked at "${name(job.organisationId)}" within the last ${years} years (until ${until}); it is ${job.organisationId === app.leadOrganisationId ? 'the lead unit' : 'a consortium member'} of this application`,
        },
      });
    }
  }

  for (const d of expert.declarations) {
    const onThis = d.applicationId === app.applicationId;
    const onParty = !!d.organisationId && parties.has(d.organisationId);
    if (!onThis && !onParty) {
      continue;
    }
    const why = d.reason ? `：${d.reason}` : '';
    const whyEn = d.reason ? `: ${d.reason}` : '';
    reasons.push({
      code: 'declared_by_expert',
      organisationId: onParty ? d.organisationId! : null,
      message: onParty
        ? {
            zh: `专家声明与「${name(d.organisationId!)}」存在利益冲突${why}`,
            en: `The expert declared a conflict with "${name(d.organisationId!)}"${whyEn}`,
          }
        : {
            zh: `专家声明与本申报存在利益冲突${why}`,
            en: `The expert declared a conflict with this application${whyEn}`,
          },
    });
  }

  if (app.avoidOrganisationIds.length > 0) {
    const tied = affiliations(expert, options.onDate, years);
    for (const orgId of app.avoidOrganisationIds) {
      if (tied.has(orgId)) {
        reasons.push({
          code: 'declared_by_applicant',
          organisationId: orgId,
          message: {
            zh: `申报单位申请回避「${name(orgId)}」的专家`,
            en: `The applicant asked that experts of "${name(orgId)}" be avoided`,
          },
        });
      }
    }
  }
  return reasons;
}
