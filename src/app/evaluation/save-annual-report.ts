/**
 * The operator drafts (or revises) its center's annual work report for a finished year: a summary and
 * declared values keyed by metric-catalogue key. The due date comes from the pack (Gansu: 31 January of
 * the following year, 003 第十五条). Versioned and audited; a submitted report is final.
 */
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { SaveAnnualReportBody } from '../../contracts/evaluation.ts';
import type { Db } from '../../db/client.ts';
import type { CenterRow } from '../../db/loaders/centers.ts';
import { findReport } from '../../db/loaders/evaluation.ts';
import { annualReports } from '../../db/schema/index.ts';
import { reportableYear } from '../../domain/evaluation/cycle.ts';
import { findMetric } from '../../domain/metrics/index.ts';
import { annualReportDue } from '../../domain/policy/engine/deadlines.ts';
import { getPack } from '../../domain/policy/packs/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { assertMetricValues } from '../metric-values.ts';
import { AppError, fieldError } from '../errors.ts';
import { today } from '../publicity/clock.ts';

export interface SaveAnnualReportInput {
  actor: Actor;
  tx: Db;
  center: CenterRow;
  year: number;
  input: SaveAnnualReportBody;
}

/** Checks the year and the metric keys of a report (shared by save and submit). */
export function checkReportInput(center: CenterRow, year: number, declared: Record<string, number>): void {
  if (!reportableYear(year, center.recognisedOn, today())) {
    throw fieldError('annual_report.year_not_reportable', 'year', { year });
  }
  for (const key of Object.keys(declared)) {
    if (!findMetric(key)) {
      throw fieldError('annual_report.unknown_metric', `declaredValues.${key}`, { metric: key });
    }
  }
  assertMetricValues(declared, 'declaredValues');
}

/** Creates or updates the draft; returns its id. */
export async function saveAnnualReport({
  actor,
  tx,
  center,
  year,
  input,
}: SaveAnnualReportInput): Promise<string> {
  checkReportInput(center, year, input.declaredValues);
  const existing = await findReport(tx, center.id, year);
  if (!existing) {
    if (input.version !== 0) {
      throw new AppError('conflict.stale_version');
    }
    const pack = center.packId ? getPack(center.packId) : undefined;
    const id = uuidv7();
    const row = {
      id,
      centerId: center.id,
      year,
      status: 'draft',
      dueOn: pack ? (annualReportDue(year, pack)?.due ?? null) : null,
      summary: input.summary,
      declaredValues: input.declaredValues,
    };
    // A concurrent first save hits the (center, year) unique index: answered as a stale version.
    const inserted = await tx
      .insert(annualReports)
      .values(row)
      .onConflictDoNothing()
      .returning({ id: annualReports.id });
    if (inserted.length === 0) {
      throw new AppError('conflict.stale_version');
    }
    await appendAudit(tx, actor, {
      action: 'annual_report.create',
      targetType: 'annual_report',
      targetId: id,
      scopeRegion: center.regionCode,
      after: row,
      detail: { center: center.name, year },
    });
    return id;
  }
  if (existing.status === 'submitted') {
    throw new AppError('annual_report.already_submitted');
  }
  const updated = await tx
    .update(annualReports)
    .set({
      summary: input.summary,
      declaredValues: input.declaredValues,
      updatedAt: new Date(),
      version: existing.version + 1,
    })
    .where(and(eq(annualReports.id, existing.id), eq(annualReports.version, input.version)))
    .returning({ id: annualReports.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'annual_report.update',
    targetType: 'annual_report',
    targetId: existing.id,
    scopeRegion: center.regionCode,
    before: { summary: existing.summary, declaredValues: existing.declaredValues, version: existing.version },
    after: { summary: input.summary, declaredValues: input.declaredValues, version: existing.version + 1 },
    detail: { center: center.name, year },
  });
  return existing.id;
}
