/**
 * Why a panel could not be formed, and what would fix it. A shortfall names the experts the proposal
 * could not use, counted by reason (conflict, marked unavailable, at their load cap, declined or removed),
 * and a remedy a province can act on: add an expert of the field to the pool, mark a named expert
 * available, raise the cap, or give the panel another seat when the seats ran out before the fields.
 */
import type { Localized } from '../policy/schema.ts';
import { reviewFieldLabels, type ReviewField } from './fields.ts';

/** Why one pool expert is not on the panel. */
export type UnusedReason = 'conflicted' | 'excluded' | 'unavailable' | 'at_cap' | 'seats_full';

export interface UnusedExpert {
  expertId: string;
  name: string;
  fields: readonly ReviewField[];
  reason: UnusedReason;
}

export interface ShortfallFacts {
  panelSize: number;
  seated: number;
  loadCap: number;
  /** Pool experts not on the panel, each with the first reason that kept them off. */
  unused: readonly UnusedExpert[];
}

const MAX_NAMES = 3;

function names(list: readonly UnusedExpert[], sepZh = '、', sepEn = ', '): Localized {
  const shown = list.slice(0, MAX_NAMES).map((e) => e.name);
  const more = list.length - shown.length;
  return {
    zh: shown.join(sepZh) + (more > 0 ? ` 等 ${list.length} 人` : ''),
    en: shown.join(sepEn) + (more > 0 ? ` and ${more} more` : ''),
  };
}

function count(list: readonly UnusedExpert[], reason: UnusedReason) {
  return list.filter((e) => e.reason === reason);
}

/** "其中 1 位存在利益冲突、2 位标记为不可用…" for the given experts (empty parts left out). */
function breakdown(list: readonly UnusedExpert[]): Localized {
  const parts: [UnusedReason, string, string][] = [
    ['conflicted', '位存在利益冲突', 'with a conflict of interest'],
    ['unavailable', '位标记为不可用', 'marked unavailable'],
    ['at_cap', '位已达评审上限', 'at their load cap'],
    ['excluded', '位已谢绝或被撤换', 'declined or removed'],
  ];
  const present = parts.map(([r, zh, en]) => ({ n: count(list, r).length, zh, en })).filter((p) => p.n > 0);
  return {
    zh: present.map((p) => `${p.n} ${p.zh}`).join('、'),
    en: present.map((p) => `${p.n} ${p.en}`).join(', '),
  };
}

function remedies(list: readonly UnusedExpert[], loadCap: number, addZh: string, addEn: string): Localized {
  const zh = [addZh];
  const en = [addEn];
  const unavailable = count(list, 'unavailable');
  if (unavailable.length > 0) {
    const n = names(unavailable);
    zh.push(`将 ${n.zh} 标记为可用`);
    en.push(`mark ${n.en} available`);
  }
  const atCap = count(list, 'at_cap');
  if (atCap.length > 0) {
    zh.push(`提高评审上限（当前每位专家 ${loadCap} 项，或其个人上限）`);
    en.push(`raise the load cap (now ${loadCap} per expert, or the expert's own limit)`);
  }
  return { zh: zh.join('，或'), en: en.join(', or ') };
}

/** The panel has fewer experts than required. */
export function notEnoughExperts(facts: ShortfallFacts): { message: Localized; remedy: Localized } {
  const { panelSize, seated, unused, loadCap } = facts;
  const blocked = unused.filter((e) => e.reason !== 'seats_full');
  const why = breakdown(blocked);
  return {
    message: {
      zh:
        `仅有 ${seated} 位无利益冲突、可用且未达评审上限的专家，少于要求的 ${panelSize} 位` +
        (why.zh ? `；库中另有 ${blocked.length} 位专家未能选用：${why.zh}` : '；专家库中没有更多专家'),
      en:
        `Only ${seated} experts are available without a conflict and under the load cap; ${panelSize} are required` +
        (why.en
          ? `; ${blocked.length} more in the pool cannot be used: ${why.en}`
          : '; the pool has no more experts'),
    },
    remedy: remedies(
      blocked,
      loadCap,
      `在专家库中至少增加 ${panelSize - seated} 位可用专家`,
      `add at least ${panelSize - seated} experts to the pool`,
    ),
  };
}

/** A required field is not covered by the panel. */
export function fieldUncovered(
  field: ReviewField,
  facts: ShortfallFacts,
): { message: Localized; remedy: Localized } {
  const label = reviewFieldLabels[field];
  const withField = facts.unused.filter((e) => e.fields.includes(field));
  const free = count(withField, 'seats_full');
  if (free.length > 0) {
    const n = names(free);
    const next = facts.panelSize + 1;
    return {
      message: {
        zh: `专家组 ${facts.panelSize} 个席位已满，未能覆盖「${label.zh}」领域（可用的${label.zh}专家：${n.zh}）`,
        en: `All ${facts.panelSize} seats are taken before ${label.en} is covered (available ${label.en} experts: ${n.en})`,
      },
      remedy: {
        zh: `将专家组人数增至 ${next} 人后重新生成建议，或在成员中增补 ${n.zh}，或改选兼具多个领域的专家`,
        en: `raise the panel size to ${next} and propose again, add ${n.en} to the panel, or choose experts covering several fields`,
      },
    };
  }
  const why = breakdown(withField);
  return {
    message: {
      zh:
        withField.length === 0
          ? `没有可用的「${label.zh}」领域专家：专家库中没有该领域的专家`
          : `没有可用的「${label.zh}」领域专家：库中 ${withField.length} 位该领域专家，${why.zh}`,
      en:
        withField.length === 0
          ? `No available ${label.en} expert: the pool has no expert in this field`
          : `No available ${label.en} expert: of ${withField.length} in the pool, ${why.en}`,
    },
    remedy: remedies(
      withField,
      facts.loadCap,
      `在专家库中增加「${label.zh}」领域专家`,
      `add a ${label.en} expert to the pool`,
    ),
  };
}
