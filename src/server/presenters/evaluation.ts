/** Presents annual reports and evaluations (never DB rows). */
import { documentTitle } from '../../contracts/source-documents.ts';
import type { Actor } from '../../app/actor.ts';
import { ratingChoices, ratingLabel } from '../../app/evaluation/ratings.ts';
import { today } from '../../app/publicity/clock.ts';
import type {
  AnnualReportView,
  EvaluationRowView,
  EvaluationView,
  ReportStandingView,
} from '../../contracts/evaluation.ts';
import { errorMessage } from '../../contracts/errors.ts';
import type { CenterRow } from '../../db/loaders/centers.ts';
import type { AnnualReportRow, CenterYearRow, EvaluationRow } from '../../db/loaders/evaluation.ts';
import {
  evaluationChain,
  nextStep,
  openRefusal,
  reportStanding,
  type EvaluationStatus,
} from '../../domain/evaluation/cycle.ts';
import {
  basisOf,
  metricsChecked,
  type EvidenceForm,
  type ProvenValue,
} from '../../domain/evaluation/evidence.ts';
import { findMetric } from '../../domain/metrics/index.ts';
import { annualReportDue, evaluationWindows } from '../../domain/policy/engine/deadlines.ts';
import { formatRequirement } from '../../domain/policy/engine/common.ts';
import { getPack } from '../../domain/policy/packs/index.ts';
import type { PolicyPack } from '../../domain/policy/schema.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import { targetOf } from '../../app/evaluation/prefill.ts';
import { can } from '../policies/core.ts';
import { evaluationPolicy, mayActOnStep } from '../policies/evaluation.ts';

export function presentStanding(
  center: CenterRow,
  year: number,
  report: AnnualReportRow | null,
): ReportStandingView {
  const pack = center.packId ? getPack(center.packId) : undefined;
  const due = report?.dueOn ?? (pack ? (annualReportDue(year, pack)?.due ?? null) : null);
  const s = reportStanding(report, due, today());
  return {
    reportId: report?.id ?? null,
    centerId: center.id,
    centerName: center.name,
    slug: center.slug,
    regionCode: center.regionCode,
    regionName: regionFullName(center.regionCode) ?? center.regionCode,
    packId: center.packId ?? '',
    packName: pack?.title ?? null,
    year,
    state: s.state,
    dueOn: due,
    overdue: s.overdue,
    late: s.late,
    submittedOn: report?.submittedOn ?? null,
    overdueNotifiedOn: report?.overdueNotifiedOn ?? null,
  };
}

export function presentReport(
  center: CenterRow,
  year: number,
  report: AnnualReportRow | null,
  proven: Record<string, ProvenValue>,
  mayFile: boolean,
): AnnualReportView {
  const pack = center.packId ? getPack(center.packId) : undefined;
  const due = pack ? annualReportDue(year, pack) : null;
  const standing = presentStanding(center, year, report);
  const keys = pack ? metricsChecked(pack, targetOf(center)) : [];
  const editable = mayFile && standing.state !== 'submitted';
  return {
    id: report?.id ?? null,
    center: { id: center.id, name: center.name, slug: center.slug, regionCode: center.regionCode },
    year,
    state: standing.state,
    summary: report?.summary ?? '',
    declaredValues: report?.declaredValues ?? {},
    dueOn: standing.dueOn,
    dueSource: due?.source ?? null,
    overdue: standing.overdue,
    late: standing.late,
    submittedOn: standing.submittedOn,
    version: report?.version ?? 0,
    fields: keys.map((metric) => {
      const def = findMetric(metric);
      return {
        metric,
        name: def ? { zh: def.zh, en: def.en } : { zh: metric, en: metric },
        unit: def?.unit ?? { zh: '', en: '' },
        basis: basisOf(metric),
        proven: proven[metric]?.value ?? null,
      };
    }),
    abilities: { edit: editable, submit: editable && report !== null },
  };
}

export function presentEvaluationRow(row: CenterYearRow, year: number, actor: Actor): EvaluationRowView {
  const { center, report, evaluation } = row;
  const pack = center.packId ? getPack(center.packId) : undefined;
  const refusal = evaluation ? null : openRefusal(center, pack, year, today());
  let refusalText: string | null = null;
  if (refusal) {
    refusalText =
      refusal.code === 'evaluation.too_early'
        ? errorMessage(refusal.code, 'zh-CN', {
            firstYear: refusal.firstYear,
            ref: `${documentTitle(refusal.source.file)}${refusal.source.ref}`,
          })
        : errorMessage(refusal.code, 'zh-CN', { year });
  }
  const rating = evaluation?.status === 'decided' ? evaluation.rating : null;
  return {
    centerId: center.id,
    centerName: center.name,
    slug: center.slug,
    regionCode: center.regionCode,
    regionName: regionFullName(center.regionCode) ?? center.regionCode,
    packId: center.packId ?? '',
    packName: pack?.title ?? null,
    year,
    evaluationId: evaluation?.id ?? null,
    status: (evaluation?.status ?? 'not_opened') as EvaluationRowView['status'],
    rating,
    ratingLabel: rating && pack ? ratingLabel(pack, rating) : null,
    publishedOn: evaluation?.publishedOn ?? null,
    reportState: reportStanding(report, null, today()).state,
    openRefusal: refusalText,
    canOpen: !evaluation && !refusal && can(evaluationPolicy, actor, 'open', center),
  };
}

function asStatus(s: string): EvaluationStatus {
  return s as EvaluationStatus;
}

export function presentEvaluation(input: {
  evaluation: EvaluationRow;
  center: CenterRow;
  pack: PolicyPack;
  report: AnnualReportRow | null;
  form: EvidenceForm;
  actor: Actor;
  computedInMs: number;
}): EvaluationView {
  const { evaluation: e, center, pack, report, form, actor } = input;
  const chain = evaluationChain(pack)!;
  const step = nextStep(chain, asStatus(e.status));
  const due = report?.dueOn ?? annualReportDue(e.year, pack)?.due ?? null;
  const standing = reportStanding(report, due, today());
  const decider = mayActOnStep(actor, center.regionCode, chain.decider);
  return {
    id: e.id,
    center: {
      id: center.id,
      name: center.name,
      slug: center.slug,
      regionCode: center.regionCode,
      regionName: regionFullName(center.regionCode) ?? center.regionCode,
      level: center.level,
      type: center.type,
      kind: center.kind,
      recognisedOn: center.recognisedOn,
    },
    year: e.year,
    packId: pack.id,
    packName: pack.title,
    status: asStatus(e.status),
    nextStep: step,
    chain: { reviewers: chain.reviewers, decider: chain.decider, source: chain.source },
    // The year's work is evaluated in the following year's windows (national: July–August, October).
    windows: evaluationWindows(e.year + 1, pack).map((w) => ({
      stageId: w.stageId,
      name: w.name,
      start: w.start,
      end: w.end,
      source: w.source,
    })),
    report: {
      state: standing.state,
      summary: report?.status === 'submitted' ? report.summary : '',
      submittedOn: report?.submittedOn ?? null,
      dueOn: due,
      late: standing.late,
    },
    evidence: form.rows.map((r) => ({
      criterionId: r.criterionId,
      groupId: r.groupId,
      name: r.name,
      metric: r.metric,
      metricName: r.metricName,
      unit: r.unit,
      period: r.period,
      requirement: formatRequirement(r.comparator, r.required),
      basis: r.basis,
      proven: r.proven,
      pending: r.pending,
      disputed: r.disputed,
      declared: r.declared,
      difference: r.difference,
      excessRatio: r.excessRatio,
      flagged: r.flagged,
      used: r.used,
      status: r.status,
      source: r.source,
    })),
    qualitative: form.criteria.criteria
      .filter((c) => c.kind === 'qualitative')
      .map((c) => ({
        criterionId: c.id,
        name: c.name,
        status: c.status,
        met: e.judgements[c.id]?.met ?? null,
        note: e.judgements[c.id]?.note ?? null,
        source: c.source,
      })),
    summary: {
      ...form.summary,
      met: form.criteria.summary.met,
      notMet: form.criteria.summary.notMet,
      needsJudgement: form.criteria.summary.needsJudgement,
      missingValue: form.criteria.summary.missingValue,
    },
    proposal: form.proposal
      ? (() => {
          const rating = form.proposal.scale === 'grades' ? form.proposal.grade : String(form.proposal.stars);
          return {
            rating,
            label: ratingLabel(pack, rating),
            share: form.proposal.share,
            provisional: form.proposal.provisional,
          };
        })()
      : null,
    ratingOptions: ratingChoices(pack),
    reviews: e.reviews.map((r) => ({ role: r.role, opinion: r.opinion, on: r.on })),
    decision:
      e.status === 'decided' && e.rating
        ? {
            rating: e.rating,
            label: ratingLabel(pack, e.rating),
            reason: e.reason,
            decidedOn: e.decidedOn,
            documentNumber: e.documentNumber,
            publishedOn: e.publishedOn,
          }
        : null,
    recordsLink: `/center/${center.slug}/dashboard?year=${e.year}`,
    version: e.version,
    abilities: {
      review: step?.action === 'review' && mayActOnStep(actor, center.regionCode, step.role),
      decide: step?.action === 'decide' && decider,
      publish: e.status === 'decided' && !e.publishedOn && decider,
    },
    computedInMs: input.computedInMs,
  };
}
