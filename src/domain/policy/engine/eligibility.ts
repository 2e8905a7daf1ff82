/** Eligibility: who may apply (申报条件) and duplicate-construction limits (uniqueness). */
import { addCalendarMonths, compareDates } from '../../calendar/index.ts';
import type { ApplicationProfile, History } from '../profile.ts';
import type { EligibilityRule, Localized, PolicyPack, SourceRef, UniquenessRule } from '../schema.ts';
import { applies, compare, formatRequirement, msg } from './common.ts';
import type { EvaluationTarget } from './common.ts';

/** The verdict on one rule. */
export interface RuleResult {
  id: string;
  kind: EligibilityRule['kind'] | UniquenessRule['kind'];
  passed: boolean;
  reason: Localized;
  source: SourceRef;
  /** 原则上: the authority may decide otherwise. */
  inPrinciple?: boolean;
  /** For bans: the date re-application becomes possible. */
  banEndsOn?: string;
}

/** The eligibility verdict: eligible only when every applicable rule passes. */
export interface EligibilityResult {
  eligible: boolean;
  rules: RuleResult[];
}

/** The date `years` after `date` (same day; Feb 29 falls back to Feb 28). */
export function addYears(date: string, years: number): string {
  return addCalendarMonths(date, years * 12);
}

/** The ban end for one revocation record under the pack's ban rule, or null when the pack has none. */
export function banEndFor(pack: PolicyPack, record: History['revocations'][number]): string | null {
  if (record.banEndsOn) {
    return record.banEndsOn;
  }
  const ban = pack.revocation?.ban;
  if (!ban) {
    return null;
  }
  const from = ban.from === 'exit' ? (record.exitOn ?? record.revokedOn) : record.revokedOn;
  return addYears(from, ban.years);
}

function provincePrefix(code: string): string {
  // 370000 → 37, 370100 → 3701: the significant part of a GB/T 2260 code.
  return code.replace(/(00)+$/, '');
}

function checkRule(
  rule: EligibilityRule,
  pack: PolicyPack,
  p: ApplicationProfile,
  history: History,
): Omit<RuleResult, 'id' | 'kind' | 'source'> {
  const ok = (zh: string, en: string) => ({ passed: true, reason: msg(zh, en) });
  const no = (zh: string, en: string) => ({ passed: false, reason: msg(zh, en) });
  switch (rule.kind) {
    case 'legal_person': {
      if (p.leadOrg.legalPerson) {
        return ok('牵头单位具备法人资格', 'The lead unit is a legal person');
      }
      if (rule.exemptOrgKinds.includes(p.leadOrg.orgKind)) {
        return ok(
          `牵头单位类型（${p.leadOrg.orgKind}）不受独立法人限制`,
          `The lead unit's kind (${p.leadOrg.orgKind}) is exempt from the legal-person rule`,
        );
      }
      return no('牵头单位不具备法人资格', 'The lead unit is not a legal person');
    }
    case 'member_legal_person': {
      const bad = p.members.filter((m) => !m.legalPerson).map((m) => m.name);
      return bad.length === 0
        ? ok('联合申报单位均具备法人资格', 'All joint applicants are legal persons')
        : no(
            `联合申报单位不具备法人资格：${bad.join('、')}`,
            `Joint applicants without legal personality: ${bad.join(', ')}`,
          );
    }
    case 'registered_in_region': {
      const code = p.leadOrg.registeredRegionCode;
      if (!code) {
        return no(
          `未提供牵头单位注册地，无法确认在${rule.regionName.zh}注册`,
          `Registration region missing; cannot confirm registration in ${rule.regionName.en}`,
        );
      }
      return code.startsWith(provincePrefix(rule.regionCode))
        ? ok(`牵头单位在${rule.regionName.zh}注册`, `The lead unit is registered in ${rule.regionName.en}`)
        : no(
            `牵头单位注册地（${code}）不在${rule.regionName.zh}`,
            `The lead unit is registered in ${code}, not ${rule.regionName.en}`,
          );
    }
    case 'lead_org_kind':
      return rule.allowed.includes(p.leadOrg.orgKind)
        ? ok('牵头单位类型符合要求', 'The lead unit is of an allowed kind')
        : no(
            `牵头单位类型（${p.leadOrg.orgKind}）不在允许范围内`,
            `Lead-unit kind ${p.leadOrg.orgKind} is not allowed`,
          );
    case 'no_major_incident': {
      const since = addYears(p.applicationDate, -rule.years);
      const hits = p.incidents.filter(
        (i) =>
          i.severity !== 'minor' &&
          compareDates(i.date, since) >= 0 &&
          compareDates(i.date, p.applicationDate) <= 0,
      );
      return hits.length === 0
        ? ok(
            `近${rule.years}年未发生较大以上事故或恶劣事件`,
            `No major incident in the last ${rule.years} years`,
          )
        : no(
            `${hits[0]?.date ?? ''}发生较大以上事故（近${rule.years}年内）`,
            `Major incident on ${hits[0]?.date ?? ''}, within ${rule.years} years`,
          );
    }
    case 'min_registration_years': {
      if (rule.orgKinds && !rule.orgKinds.includes(p.leadOrg.orgKind)) {
        return ok(
          '该类单位不适用注册年限要求',
          'Registration age does not apply to this kind of organisation',
        );
      }
      if (!p.leadOrg.registeredOn) {
        return no('未提供注册日期', 'Registration date missing');
      }
      const due = addCalendarMonths(p.leadOrg.registeredOn, Math.round(rule.years * 12));
      return compareDates(due, p.applicationDate) <= 0
        ? ok(`注册时间不少于${rule.years}年`, `Registered at least ${rule.years} year(s)`)
        : no(
            `注册时间不足${rule.years}年（${p.leadOrg.registeredOn}注册，${due}起满足）`,
            `Registered less than ${rule.years} year(s) (since ${p.leadOrg.registeredOn}; eligible from ${due})`,
          );
    }
    case 'consortium_agreement':
      if (p.members.length === 0) {
        return ok('无联合申报单位，不需要合作协议', 'No joint applicants; no agreement needed');
      }
      return p.consortiumAgreementSigned === true
        ? ok('联合体已签订合作协议', 'Consortium agreement signed')
        : no('联合体未在申报前签订合作协议', 'Consortium agreement not signed before applying');
    case 'no_active_ban': {
      const own = history.revocations.filter((r) => r.packId === undefined || r.packId === pack.id);
      for (const r of own) {
        const end = banEndFor(pack, r);
        if (end && compareDates(p.applicationDate, end) < 0) {
          return {
            ...no(`${r.revokedOn}被撤销，禁止申报至${end}`, `Revoked on ${r.revokedOn}; barred until ${end}`),
            banEndsOn: end,
          };
        }
      }
      return ok('无有效的禁止申报期', 'No re-application ban in force');
    }
    case 'build_status':
      if (!p.buildStatus) {
        return no('未提供建设状态', 'Build status missing');
      }
      return rule.allowed.includes(p.buildStatus)
        ? ok(`建设状态（${p.buildStatus}）符合要求`, `Build status ${p.buildStatus} is allowed`)
        : no(`建设状态（${p.buildStatus}）不符合要求`, `Build status ${p.buildStatus} is not allowed`);
    case 'metric_threshold': {
      const r = rule.requirement;
      const v = p.metricValues[r.metric];
      if (v === undefined) {
        return no(`缺少指标值：${r.metric}`, `Missing metric value: ${r.metric}`);
      }
      if (r.threshold === null) {
        return no(
          `阈值不明（原文：${r.raw ?? ''}），需人工判断`,
          `Threshold unreadable (printed: ${r.raw ?? ''}); needs a reviewer`,
        );
      }
      const need = formatRequirement(r.comparator, r.threshold);
      return compare(v, r.comparator, r.threshold)
        ? ok(`${r.metric} = ${v}（要求 ${need}）`, `${r.metric} = ${v} (required ${need})`)
        : no(`${r.metric} = ${v}，未达到 ${need}`, `${r.metric} = ${v}, below ${need}`);
    }
    case 'fact_date_range': {
      const d = p.factDates[rule.fact];
      if (!d) {
        return no(`缺少日期：${rule.fact}`, `Missing date: ${rule.fact}`);
      }
      const to = rule.to === 'call_deadline' ? p.callDeadline : rule.to;
      if (rule.from && compareDates(d, rule.from) < 0) {
        return no(`${rule.fact}（${d}）早于${rule.from}`, `${rule.fact} (${d}) is before ${rule.from}`);
      }
      if (to && compareDates(d, to) > 0) {
        return no(`${rule.fact}（${d}）晚于${to}`, `${rule.fact} (${d}) is after ${to}`);
      }
      return ok(`${rule.fact}（${d}）在规定期间内`, `${rule.fact} (${d}) is within the period`);
    }
    case 'attestation':
      return p.facts[rule.fact] === true
        ? ok(`已确认：${rule.description.zh}`, `Confirmed: ${rule.description.en}`)
        : no(`未确认：${rule.description.zh}`, `Not confirmed: ${rule.description.en}`);
  }
}

/** A direction's name from the pack (the id when the pack does not list it). */
function directionName(pack: PolicyPack, id: string | undefined): Localized {
  const found = pack.directions.find((d) => d.id === id);
  return found ? found.name : msg(id ?? '', id ?? '');
}

function checkUniqueness(
  pack: PolicyPack,
  rule: UniquenessRule,
  p: ApplicationProfile,
  history: History,
): { passed: boolean; reason: Localized } {
  const clash = (zh: string, en: string) => ({
    passed: false,
    reason: msg(`${rule.inPrinciple ? '（原则上）' : ''}${zh}`, en),
  });
  switch (rule.kind) {
    case 'one_center_per_region_industry': {
      if (!p.regionCode || !p.industryCode) {
        return {
          passed: true,
          reason: msg('未指定地区或行业，不适用', 'No region or industry given; not applicable'),
        };
      }
      const c = history.centers.find(
        (x) => x.regionCode === p.regionCode && x.industryCode === p.industryCode,
      );
      return c
        ? clash(
            `该地区该行业已有促进中心：${c.name}`,
            `A center already exists for this region and industry: ${c.name}`,
          )
        : {
            passed: true,
            reason: msg('该地区该行业尚无促进中心', 'No center yet for this region and industry'),
          };
    }
    case 'one_type_per_unit': {
      const c = history.centers.find((x) => x.ledByApplicant && x.type !== p.type);
      return c
        ? clash(
            `牵头单位已建设其他类型数促中心：${c.name}`,
            `The lead unit already runs a center of another type: ${c.name}`,
          )
        : {
            passed: true,
            reason: msg('牵头单位未建设其他类型的中心', 'The lead unit runs no center of another type'),
          };
    }
    case 'one_industry_center_per_industry': {
      if (p.type !== 'industry') {
        return {
          passed: true,
          reason: msg('非行业类，不适用', 'Not an industry-type center; not applicable'),
        };
      }
      const c = history.centers.find(
        (x) => x.type === 'industry' && p.industryCode !== undefined && x.industryCode === p.industryCode,
      );
      return c
        ? clash(
            `该行业已有行业类中心：${c.name}`,
            `The industry already has an industry-type center: ${c.name}`,
          )
        : {
            passed: true,
            reason: msg('该行业尚无行业类中心', 'No industry-type center yet for this industry'),
          };
    }
    case 'one_direction_per_enterprise': {
      const other = history.otherApplications.find(
        (a) => a.direction !== undefined && a.direction !== p.direction,
      );
      const name = directionName(pack, other?.direction);
      return other
        ? clash(
            `同一企业牵头申报多个方向（另申报：${name.zh}）`,
            `The enterprise also leads an application in another direction: ${name.en}`,
          )
        : { passed: true, reason: msg('仅牵头申报一个方向', 'Leads an application in one direction only') };
    }
    case 'no_repeat_direction': {
      const held = history.directionsHeld.find((d) => d.direction === p.direction);
      return held
        ? clash(
            `已列入前期同方向示范（${held.year ?? ''}）`,
            `Already a demonstration in this direction (${held.year ?? ''})`,
          )
        : { passed: true, reason: msg('未列入前期同方向示范', 'Not yet a demonstration in this direction') };
    }
  }
}

/** Judge every applicable eligibility and uniqueness rule of the pack (and of the chosen direction). */
export function evaluateEligibility(
  pack: PolicyPack,
  profile: ApplicationProfile,
  history: History = profile.history,
): EligibilityResult {
  const target: EvaluationTarget = {
    level: profile.level,
    type: profile.type,
    kind: profile.kind,
    direction: profile.direction,
  };
  const direction = profile.direction ? pack.directions.find((d) => d.id === profile.direction) : undefined;
  const rules: RuleResult[] = [];
  if (profile.direction && pack.directions.length > 0 && !direction) {
    rules.push({
      id: 'direction',
      kind: 'attestation',
      passed: false,
      reason: msg(`未知示范方向：${profile.direction}`, `Unknown direction: ${profile.direction}`),
      source: {
        file: pack.sourceDocument.file,
        ref: pack.sourceDocument.title.zh,
        text: pack.directions.map((d) => d.name.zh).join('；'),
      },
    });
  }
  for (const rule of [...pack.eligibility, ...(direction?.eligibility ?? [])]) {
    if (!applies(rule.appliesTo, target)) {
      continue;
    }
    rules.push({
      id: rule.id,
      kind: rule.kind,
      source: rule.source,
      ...checkRule(rule, pack, profile, history),
    });
  }
  for (const rule of pack.uniqueness) {
    if (!applies(rule.appliesTo, target)) {
      continue;
    }
    rules.push({
      id: rule.id,
      kind: rule.kind,
      source: rule.source,
      inPrinciple: rule.inPrinciple,
      ...checkUniqueness(pack, rule, profile, history),
    });
  }
  return { eligible: rules.every((r) => r.passed), rules };
}
