/**
 * A center files a change (更名、合并、分立、重组) with the province; due within the pack's period after the
 * change (000 第二十二条 / 003 第十八条: 一个月). A late filing is accepted but flagged, and the authority
 * is notified with the lateness.
 */
import { v7 as uuidv7 } from 'uuid';
import type { FileChangeBody } from '../../contracts/change-filings.ts';
import { changeKindLabels } from '../../contracts/change-filings.ts';
import type { Db } from '../../db/client.ts';
import type { ManagedCenterRow } from '../../db/loaders/management.ts';
import { changeFilings } from '../../db/schema/index.ts';
import { filingTimeliness } from '../../domain/management/management.ts';
import { getPack } from '../../domain/policy/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError, fieldError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { today } from '../publicity/clock.ts';

export async function fileChange({
  actor,
  tx,
  center,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: ManagedCenterRow;
  input: FileChangeBody;
}): Promise<string> {
  if (center.status !== 'recognised') {
    throw new AppError('revocation.center_not_recognised');
  }
  const pack = center.packId ? getPack(center.packId) : undefined;
  const filedOn = today();
  if (input.changeDate > filedOn) {
    throw fieldError('management.future_date', 'changeDate');
  }
  const timeliness = pack ? filingTimeliness(pack, input.changeDate, filedOn) : null;
  if (!pack || !timeliness || !pack.changeFiling?.kinds.includes(input.kind)) {
    throw new AppError('change_filing.no_rule');
  }
  const id = uuidv7();
  const row = {
    id,
    centerId: center.id,
    packId: pack.id,
    regionCode: center.regionCode,
    operatorOrganisationId: center.operatorOrganisationId,
    kind: input.kind,
    changeDate: input.changeDate,
    filedOn,
    dueOn: timeliness.dueOn,
    late: timeliness.late,
    description: input.description,
    oldName: center.name,
    newName: input.kind === 'rename' ? (input.newName ?? null) : null,
    operatorChanged: input.operatorChanged,
    directionChanged: input.directionChanged,
    status: 'filed',
    filedByUserId: actor.userId,
  };
  await tx.insert(changeFilings).values(row);
  await appendAudit(tx, actor, {
    action: 'change_filing.file',
    targetType: 'change_filing',
    targetId: id,
    scopeRegion: center.regionCode,
    after: row,
    detail: { center: center.id, kind: input.kind, late: timeliness.late, dueOn: timeliness.dueOn },
  });
  const label = changeKindLabels[input.kind];
  await notify(tx, {
    role: center.level === 'national' ? 'national_admin' : 'provincial_admin',
    regionCode: center.regionCode,
    kind: 'change_filing.filed',
    params: {
      center: center.name,
      kind: label.zh,
      kindEn: label.en.toLowerCase(),
      changeDate: input.changeDate,
      filedOn,
      lateZh: timeliness.late ? `，逾期 ${timeliness.daysLate} 天` : '',
      lateEn: timeliness.late ? `, ${timeliness.daysLate} days late` : '',
    },
    link: `/management/change-filings/${id}`,
    exceptUserIds: [actor.userId],
  });
  return id;
}
