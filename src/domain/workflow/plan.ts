/**
 * Reads a pack's recognition process into the steps the application workflow knows: the city step
 * (who may skip it), the emergency-management opinion, formal review, expert review, decision,
 * publicity and announcement. The workflow cites these stages on every transition.
 */
import type { Level, Localized, OrgKind, PolicyPack, Stage } from '../policy/schema.ts';
import { applies } from '../policy/engine/common.ts';

/** The workflow's view of one pack's recognition process (per level). */
export interface WorkflowPlan {
  packId: string;
  /** 资格审核/初审 by the city (属地) bureau or recommending unit; null when the pack has none. */
  city: {
    stages: Stage[];
    /** Organisation kinds that apply directly to the province (003 §10). */
    skippedFor: OrgKind[];
    /** An on-site check (现场核查/现场查看) is part of the city step. */
    siteCheckRequired: boolean;
  } | null;
  /** 征求同级应急管理部门意见 before the recommendation (002 三（一）). */
  emergencyOpinion: Stage | null;
  formalReview: Stage | null;
  expertReview: Stage | null;
  decision: Stage | null;
  publicity: Stage | null;
  announcement: Stage | null;
}

const CITY_ACTORS = new Set(['city_officer', 'recommending_authority']);
const AUTHORITY_ACTORS = new Set(['provincial_admin', 'national_admin']);

function mentionsSiteCheck(stage: Stage): boolean {
  return /现场/.test(stage.name.zh) || /现场/.test(stage.source.text);
}

/** The recognition stages of a pack that apply to an application of `level`, in order. */
export function recognitionStages(pack: PolicyPack, level?: Level): Stage[] {
  const process = pack.processes.find((p) => p.kind === 'recognition');
  if (!process) {
    return [];
  }
  return process.stages
    .filter((s) => applies(s.appliesTo, { level }))
    .slice()
    .sort((a, b) => a.order - b.order);
}

/** Whether the pack defines a recognition process at all (calls are opened only under such packs). */
export function hasRecognitionProcess(pack: PolicyPack): boolean {
  return pack.processes.some((p) => p.kind === 'recognition');
}

/** Derives the workflow plan from the pack's recognition process. */
export function workflowPlan(pack: PolicyPack, level?: Level): WorkflowPlan {
  const stages = recognitionStages(pack, level);
  const city = stages.filter((s) => CITY_ACTORS.has(s.actor));
  const expertIndex = stages.findIndex((s) => s.actor === 'expert' || s.actor === 'third_party');
  const publicityIndex = stages.findIndex((s) => s.actor === 'public' || s.id === 'publicity');
  const formalReview =
    stages.find((s) => /formal/.test(s.id) || s.name.zh.includes('形式审查')) ??
    // A provincial step between submission and expert review (national-2022 省级认定) receives the file.
    stages.find(
      (s, i) =>
        AUTHORITY_ACTORS.has(s.actor) && i > 0 && (expertIndex === -1 || i < expertIndex) && s.id !== 'call',
    ) ??
    null;
  const decision =
    stages.find(
      (s, i) =>
        AUTHORITY_ACTORS.has(s.actor) &&
        i > expertIndex &&
        expertIndex !== -1 &&
        (publicityIndex === -1 || i < publicityIndex),
    ) ?? null;
  const announcement =
    publicityIndex === -1
      ? null
      : (stages.find((s, i) => i > publicityIndex && AUTHORITY_ACTORS.has(s.actor)) ?? null);
  return {
    packId: pack.id,
    city:
      city.length === 0
        ? null
        : {
            stages: city,
            skippedFor: [...new Set(city.flatMap((s) => s.skippedFor ?? []))],
            siteCheckRequired: city.some(mentionsSiteCheck),
          },
    emergencyOpinion: stages.find((s) => s.actor === 'emergency_management') ?? null,
    formalReview,
    expertReview: expertIndex === -1 ? null : stages[expertIndex]!,
    decision,
    publicity: publicityIndex === -1 ? null : stages[publicityIndex]!,
    announcement,
  };
}

/** Whether the city step applies to a lead unit of this kind. */
export function cityStepApplies(plan: WorkflowPlan, leadOrgKind: OrgKind): boolean {
  return plan.city !== null && !plan.city.skippedFor.includes(leadOrgKind);
}

/** The name of a stage, or a fallback for steps the platform adds. */
export function stageName(stage: Stage | null, fallback: Localized): Localized {
  return stage?.name ?? fallback;
}
