/**
 * Entering a center in the directory (名录) and changing its status there. Each change closes the open
 * history period and opens the next, so the directory can be read as of any date.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { centerMembers, centerStatusHistory, centers } from '../../db/schema/index.ts';
import type { AnyActor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

export interface RecogniseCenterInput {
  name: string;
  level: string;
  type: string;
  kind?: string | null;
  direction?: string | null;
  regionCode: string;
  industryCodes: string[];
  leadOrganisationId: string;
  /** Defaults to the lead unit. */
  operatorOrganisationId?: string;
  members: { organisationId?: string | null; creditCode: string; name: string }[];
  packId: string | null;
  recognisedOn: string;
  summary?: string;
  reason: string;
  source: string;
  sourceId?: string | null;
  documentNumber?: string | null;
}

/** Creates a recognised center with its members and the first history period; returns its id. */
export async function recogniseCenter(tx: Db, actor: AnyActor, input: RecogniseCenterInput): Promise<string> {
  const id = uuidv7();
  const row = {
    id,
    name: input.name,
    slug: `c-${id.replace(/-/g, '').slice(-16)}`,
    level: input.level,
    type: input.type,
    kind: input.kind ?? null,
    direction: input.direction ?? null,
    regionCode: input.regionCode,
    industryCodes: input.industryCodes,
    leadOrganisationId: input.leadOrganisationId,
    operatorOrganisationId: input.operatorOrganisationId ?? input.leadOrganisationId,
    status: 'recognised',
    packId: input.packId,
    recognisedOn: input.recognisedOn,
    summary: input.summary ?? '',
  };
  await tx.insert(centers).values(row);
  if (input.members.length > 0) {
    await tx.insert(centerMembers).values(
      input.members.map((m, position) => ({
        id: uuidv7(),
        centerId: id,
        organisationId: m.organisationId ?? null,
        creditCode: m.creditCode,
        name: m.name,
        position,
      })),
    );
  }
  await tx.insert(centerStatusHistory).values({
    id: uuidv7(),
    centerId: id,
    status: 'recognised',
    fromDate: input.recognisedOn,
    toDate: null,
    reason: input.reason,
    source: input.source,
    sourceId: input.sourceId ?? null,
    documentNumber: input.documentNumber ?? null,
  });
  await appendAudit(tx, actor, {
    action: 'directory.enter',
    targetType: 'center',
    targetId: id,
    scopeRegion: input.regionCode,
    after: { ...row, members: input.members.map((m) => m.creditCode) },
    detail: { name: input.name, recognisedOn: input.recognisedOn, source: input.source },
  });
  return id;
}

/**
 * Changes a center's directory status from `on` (revocation, reinstatement): closes the open period,
 * opens the new one, updates the center (versioned). Audited.
 */
export async function changeCenterStatus(
  tx: Db,
  actor: AnyActor,
  input: {
    centerId: string;
    expectedVersion: number;
    status: 'recognised' | 'revoked';
    on: string;
    reason: string;
    source: string;
    sourceId?: string | null;
    documentNumber?: string | null;
  },
): Promise<void> {
  const [before] = await tx.select().from(centers).where(eq(centers.id, input.centerId)).limit(1);
  if (!before) {
    throw new AppError('not_found', { entity: 'center' });
  }
  if (before.status === input.status) {
    throw new AppError('conflict.illegal_transition', { reason: `already ${input.status}` });
  }
  const updated = await tx
    .update(centers)
    .set({ status: input.status, updatedAt: new Date(), version: before.version + 1 })
    .where(and(eq(centers.id, input.centerId), eq(centers.version, input.expectedVersion)))
    .returning({ id: centers.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await tx
    .update(centerStatusHistory)
    .set({ toDate: input.on })
    .where(and(eq(centerStatusHistory.centerId, input.centerId), isNull(centerStatusHistory.toDate)));
  await tx.insert(centerStatusHistory).values({
    id: uuidv7(),
    centerId: input.centerId,
    status: input.status,
    fromDate: input.on,
    reason: input.reason,
    source: input.source,
    sourceId: input.sourceId ?? null,
    documentNumber: input.documentNumber ?? null,
  });
  await appendAudit(tx, actor, {
    action: 'directory.change_status',
    targetType: 'center',
    targetId: input.centerId,
    scopeRegion: before.regionCode,
    before: { status: before.status },
    after: { status: input.status, on: input.on },
    detail: { status: input.status, on: input.on, source: input.source },
  });
}
