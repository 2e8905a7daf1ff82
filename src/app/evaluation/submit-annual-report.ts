/** The operator files the annual report (final); the pack's recipient authority is notified. Versioned, audited. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { CenterRow } from '../../db/loaders/centers.ts';
import type { AnnualReportRow } from '../../db/loaders/evaluation.ts';
import { annualReports } from '../../db/schema/index.ts';
import { getPack } from '../../domain/policy/packs/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { today } from '../publicity/clock.ts';
import { checkReportInput } from './save-annual-report.ts';
import { reportRecipient } from './recipients.ts';

export async function submitAnnualReport({
  actor,
  tx,
  center,
  report,
  version,
}: {
  actor: Actor;
  tx: Db;
  center: CenterRow;
  report: AnnualReportRow;
  version: number;
}): Promise<void> {
  if (report.status === 'submitted') {
    throw new AppError('annual_report.already_submitted');
  }
  checkReportInput(center, report.year, report.declaredValues);
  const on = today();
  const updated = await tx
    .update(annualReports)
    .set({
      status: 'submitted',
      submittedOn: on,
      submittedByUserId: actor.userId,
      updatedAt: new Date(),
      version: report.version + 1,
    })
    .where(and(eq(annualReports.id, report.id), eq(annualReports.version, version)))
    .returning({ id: annualReports.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'annual_report.submit',
    targetType: 'annual_report',
    targetId: report.id,
    scopeRegion: center.regionCode,
    before: { status: report.status, version: report.version },
    after: { status: 'submitted', submittedOn: on, version: report.version + 1 },
    detail: { center: center.name, year: report.year, late: report.dueOn !== null && on > report.dueOn },
  });
  const pack = center.packId ? getPack(center.packId) : undefined;
  await notify(tx, {
    role: reportRecipient(pack),
    regionCode: center.regionCode,
    kind: 'annual_report.submitted',
    params: { center: center.name, year: report.year },
    link: `/evaluation/reports?year=${report.year}`,
  });
}
