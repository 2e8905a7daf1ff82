/** Review views: never DB rows; reviewer identities only where the policy allows them. */
import type { z } from 'zod';
import type {
  JobView,
  PanelSummary,
  PanelView,
  SheetView,
  TaskView,
  peerSheetSchema,
  taskSummarySchema,
} from '../../contracts/review.ts';
import type {
  JobRow,
  MemberRow,
  PanelListRow,
  PanelRow,
  ReviewApplication,
  SheetRow,
  TaskRow,
} from '../../db/loaders/review.ts';
import {
  isActive,
  mayViewPeerScores,
  nextAssignmentStatus,
  parseReviewFields,
  type Aggregation,
  type AssignmentStatus,
  type ReviewField,
  type ReviewReadiness,
  type ScoreForm,
} from '../../domain/review/index.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const round = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

export function presentJob(job: JobRow): JobView {
  return {
    id: job.id,
    callId: job.callId,
    status: job.status as JobView['status'],
    phase: job.phase,
    progressDone: job.progressDone,
    progressTotal: job.progressTotal,
    params: job.params,
    result: (job.result as JobView['result']) ?? null,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: iso(job.finishedAt),
  };
}

function fieldsCoverage(required: string[], covered: string[]) {
  const req = parseReviewFields(required);
  const cov = new Set(parseReviewFields(covered));
  return { coveredFields: req.filter((f) => cov.has(f)), missingFields: req.filter((f) => !cov.has(f)) };
}

export function presentPanelSummary(row: PanelListRow): PanelSummary {
  return {
    id: row.id,
    applicationId: row.applicationId,
    applicationName: row.applicationName,
    applicationState: row.applicationState,
    leadOrganisationName: row.leadOrganisationName,
    regionCode: row.regionCode,
    callId: row.callId,
    status: row.status as PanelSummary['status'],
    panelSize: row.panelSize,
    active: row.active,
    submitted: row.submitted,
    ...fieldsCoverage(row.requiredFields, row.coveredFields),
    needsReassignment: row.needsReassignment,
    shortfalls: row.notes.shortfalls.length,
    excluded: row.notes.excluded.length,
  };
}

export function presentPanel(input: {
  panel: PanelRow;
  app: ReviewApplication;
  seats: MemberRow[];
  loads: Map<string, number>;
  names: Map<string, string>;
  defenses: {
    d: {
      id: string;
      heldOn: string;
      location: string;
      participants: string[];
      presenters: string[];
      minutes: string;
      createdAt: Date;
    };
    recordedBy: string | null;
  }[];
  siteVisits: {
    v: {
      id: string;
      visitedOn: string;
      participants: string[];
      findings: string;
      conclusion: string;
      createdAt: Date;
    };
    recordedBy: string | null;
  }[];
  readiness: ReviewReadiness;
  abilities: PanelView['abilities'];
}): PanelView {
  const { panel, app, seats } = input;
  const active = seats.filter((s) => isActive(s.status as AssignmentStatus));
  return {
    id: panel.id,
    version: panel.version,
    applicationId: app.id,
    applicationName: app.centerName,
    applicationState: app.state,
    leadOrganisationName: app.leadName,
    regionCode: panel.regionCode,
    callId: panel.callId,
    status: panel.status as PanelView['status'],
    panelSize: panel.panelSize,
    requiredFields: parseReviewFields(panel.requiredFields),
    active: active.length,
    submitted: seats.filter((s) => s.status === 'submitted').length,
    ...fieldsCoverage(
      panel.requiredFields,
      active.flatMap((s) => s.fields),
    ),
    needsReassignment: panel.needsReassignment,
    shortfalls: panel.notes.shortfalls.length,
    excluded: panel.notes.excluded.length,
    members: seats.map((s) => ({
      assignmentId: s.id,
      expertUserId: s.expertUserId,
      expertName: s.expertName,
      organisationName: s.organisationName,
      regionCode: s.organisationRegionCode,
      fields: parseReviewFields(s.fields),
      status: s.status as AssignmentStatus,
      statusNote: s.statusNote,
      load: input.loads.get(s.expertUserId) ?? 0,
      invitedAt: iso(s.invitedAt),
      submittedAt: iso(s.submittedAt),
    })),
    notes: {
      shortfalls: panel.notes.shortfalls,
      excluded: panel.notes.excluded.map((x) => ({
        expertUserId: x.expertUserId,
        expertName: input.names.get(x.expertUserId) ?? '',
        reasons: x.reasons,
      })),
    },
    evidenceValues: panel.evidenceValues,
    defenses: input.defenses.map(({ d, recordedBy }) => ({
      id: d.id,
      heldOn: d.heldOn,
      location: d.location,
      participants: d.participants,
      presenters: d.presenters,
      minutes: d.minutes,
      recordedBy: recordedBy ?? '',
      createdAt: d.createdAt.toISOString(),
    })),
    siteVisits: input.siteVisits.map(({ v, recordedBy }) => ({
      id: v.id,
      visitedOn: v.visitedOn,
      participants: v.participants,
      findings: v.findings,
      conclusion: v.conclusion,
      recordedBy: recordedBy ?? '',
      createdAt: v.createdAt.toISOString(),
    })),
    readiness: input.readiness,
    abilities: input.abilities,
  };
}

export function presentSheet(row: SheetRow): SheetView {
  return {
    versionNo: row.versionNo,
    kind: row.kind as SheetView['kind'],
    scores: row.scores,
    overall: row.overall,
    recommendation: row.recommendation as SheetView['recommendation'],
    comment: row.comment,
    savedAt: row.savedAt.toISOString(),
  };
}

export function presentTaskSummary(t: TaskRow): z.infer<typeof taskSummarySchema> {
  return {
    id: t.id,
    applicationId: t.applicationId,
    applicationName: t.applicationName,
    leadOrganisationName: t.leadOrganisationName,
    callTitle: t.callTitle,
    status: t.status as AssignmentStatus,
    invitedAt: iso(t.invitedAt),
    submittedAt: iso(t.submittedAt),
    lastSavedAt: iso(t.lastSavedAt),
  };
}

/** Peers are 专家 1, 2 … to each other; the province (withNames) sees who scored what. */
export function presentPeerSheets(
  sheets: SheetRow[],
  names: Map<string, string> | null,
): z.infer<typeof peerSheetSchema>[] {
  return sheets.map((s, i) => ({
    label: `专家 ${i + 1}`,
    expertName: names ? (names.get(s.expertUserId) ?? '') : null,
    sheet: presentSheet(s),
  }));
}

export function presentTask(input: {
  task: TaskRow;
  app: ReviewApplication;
  form: ScoreForm;
  versions: SheetRow[];
  peers: SheetRow[];
}): TaskView {
  const { task, app, form, versions } = input;
  const status = task.status as AssignmentStatus;
  const latest = versions.at(-1);
  const can = (a: Parameters<typeof nextAssignmentStatus>[1]) => nextAssignmentStatus(status, a).ok;
  return {
    ...presentTaskSummary(task),
    version: task.version,
    application: {
      level: app.level,
      type: app.type,
      kind: app.kind,
      direction: app.direction,
      regionCode: app.regionCode,
      summary: app.summary,
      members: app.members,
      packId: app.packId,
    },
    form: {
      packId: form.packId,
      packVersion: form.packVersion,
      overallMax: form.overallMax,
      rows: form.rows,
    },
    sheet: latest ? presentSheet(latest) : null,
    versions: versions.map((v) => ({
      versionNo: v.versionNo,
      kind: v.kind,
      savedAt: v.savedAt.toISOString(),
    })),
    // Phase-gated: nothing of the others before one's own submission.
    peers: mayViewPeerScores(status)
      ? presentPeerSheets(
          input.peers.filter((p) => p.assignmentId !== task.id),
          null,
        )
      : null,
    abilities: {
      accept: can('accept'),
      decline: can('decline'),
      save: can('save'),
      submit: can('submit'),
      declareConflict: can('declare_conflict'),
    },
  };
}

export function presentAggregation(form: ScoreForm, a: Aggregation) {
  const names = new Map(form.rows.map((r) => [r.criterionId, r.name]));
  const stats = (s: Aggregation['overall']) => ({
    ...s,
    mean: round(s.mean),
    median: round(s.median),
    std: round(s.std),
  });
  return {
    criteria: a.criteria.map((c) => ({
      criterionId: c.criterionId,
      name: names.get(c.criterionId)!,
      maxPoints: c.maxPoints,
      stats: stats(c.stats),
    })),
    overall: stats(a.overall),
    recommendations: a.recommendations,
    recommendationSplit: a.recommendationSplit,
    submitted: a.submitted,
    expected: a.expected,
    disagreement: a.disagreement,
    threshold: a.threshold,
  };
}

export type { ReviewField };
