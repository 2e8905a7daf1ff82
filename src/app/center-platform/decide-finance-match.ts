/**
 * The operator records a match's outcome. A success closes the need as matched and, since money moved to
 * the enterprise through the center, records a financeMatching service in the ledger for it to confirm.
 */
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { DecideMatchBody } from '../../contracts/center-platform/finance.ts';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import {
  financeMatches,
  financeProducts,
  financingNeeds,
  organisations,
  serviceRecords,
} from '../../db/schema/index.ts';
import { canDecideMatch, type FinanceMatchStatus } from '../../domain/center-platform/vocabulary.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

export async function decideFinanceMatch({
  actor,
  tx,
  center,
  match,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: PlatformCenterRow;
  match: typeof financeMatches.$inferSelect;
  input: DecideMatchBody;
}): Promise<void> {
  if (!canDecideMatch(match.status as FinanceMatchStatus)) {
    throw new AppError('conflict.illegal_transition', { reason: '对接结果已登记' });
  }
  const updated = await tx
    .update(financeMatches)
    .set({
      status: input.status,
      grantedFen: input.status === 'succeeded' ? (input.grantedFen ?? null) : null,
      outcome: input.outcome,
      decidedOn: input.decidedOn,
      version: match.version + 1,
    })
    .where(and(eq(financeMatches.id, match.id), eq(financeMatches.version, input.version)))
    .returning({ id: financeMatches.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  if (input.status === 'succeeded') {
    const [need] = await tx.select().from(financingNeeds).where(eq(financingNeeds.id, match.needId));
    const [product] = await tx.select().from(financeProducts).where(eq(financeProducts.id, match.productId));
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, need!.organisationId));
    await tx.update(financingNeeds).set({ status: 'matched' }).where(eq(financingNeeds.id, need!.id));
    await tx.insert(serviceRecords).values({
      id: uuidv7(),
      centerId: center.id,
      serviceType: 'financeMatching',
      serviceDate: input.decidedOn,
      enterpriseId: org!.id,
      enterpriseSme: org!.sme,
      enterpriseSpecialisedSme: org!.specialisedSme,
      enterpriseAboveScale: org!.aboveScale,
      regionCode: org!.regionCode,
      industryCode: org!.industryCodes[0] ?? null,
      title: `产融对接：${product!.name}（${product!.institution}）`,
      outcome: input.outcome,
      amountFen: input.grantedFen ?? null,
      source: 'financeMatch',
      createdBy: actor.userId,
    });
  }
  await appendAudit(tx, actor, {
    action: `finance_match.${input.status}`,
    targetType: 'finance_match',
    targetId: match.id,
    scopeRegion: center.regionCode,
    before: { status: match.status },
    after: { status: input.status, grantedFen: input.grantedFen ?? null },
    detail: { needId: match.needId },
  });
}
