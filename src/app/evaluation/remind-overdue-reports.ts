/**
 * Flags overdue annual reports (not filed after the pack's due date; Gansu: 31 January, 003 第十五条) to
 * the center's operator and to its authority, once per report. A center that has not started its report
 * gets an empty draft carrying the reminder date. Audited per center, one transaction.
 */
import { documentTitle } from '../../contracts/source-documents.ts';
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import type { CenterYearRow } from '../../db/loaders/evaluation.ts';
import { annualReports } from '../../db/schema/index.ts';
import { reportStanding } from '../../domain/evaluation/cycle.ts';
import { annualReportDue } from '../../domain/policy/engine/deadlines.ts';
import { getPack } from '../../domain/policy/packs/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { notify } from '../notifications/notify.ts';
import { today } from '../publicity/clock.ts';
import { reportRecipient } from './recipients.ts';

export async function remindOverdueReports({
  actor,
  tx,
  year,
  rows,
}: {
  actor: Actor;
  tx: Db;
  year: number;
  rows: CenterYearRow[];
}): Promise<{ reminded: number; alreadyReminded: number }> {
  const on = today();
  let reminded = 0;
  let alreadyReminded = 0;
  for (const { center, report } of rows) {
    const pack = center.packId ? getPack(center.packId) : undefined;
    const due = pack ? annualReportDue(year, pack) : null;
    if (!due || !reportStanding(report, due.due, on).overdue) {
      continue;
    }
    if (report?.overdueNotifiedOn) {
      alreadyReminded += 1;
      continue;
    }
    let reportId = report?.id;
    if (report) {
      await tx.update(annualReports).set({ overdueNotifiedOn: on }).where(eq(annualReports.id, report.id));
    } else {
      reportId = uuidv7();
      await tx.insert(annualReports).values({
        id: reportId,
        centerId: center.id,
        year,
        status: 'draft',
        dueOn: due.due,
        overdueNotifiedOn: on,
      });
    }
    await appendAudit(tx, actor, {
      action: 'annual_report.overdue_notified',
      targetType: 'annual_report',
      targetId: reportId!,
      scopeRegion: center.regionCode,
      after: { overdueNotifiedOn: on },
      detail: { center: center.name, year, due: due.due },
    });
    const params = {
      center: center.name,
      year,
      due: due.due,
      ref: `${documentTitle(due.source.file)}${due.source.ref}`,
    };
    await notify(tx, {
      role: 'center_operator',
      organisationId: center.operatorOrganisationId,
      kind: 'annual_report.overdue',
      params,
      link: `/center/${center.slug}/annual-report`,
    });
    await notify(tx, {
      role: reportRecipient(pack),
      regionCode: center.regionCode,
      kind: 'annual_report.overdue',
      params,
      link: `/evaluation/reports?year=${year}`,
      exceptUserIds: [actor.userId],
    });
    reminded += 1;
  }
  return { reminded, alreadyReminded };
}
