/** The operator lists a fund or financial product available to the center's enterprises. */
import { v7 as uuidv7 } from 'uuid';
import type { CreateProductBody } from '../../contracts/center-platform/finance.ts';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import { financeProducts } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { insertAudited } from './insert-audited.ts';

export function createFinanceProduct({
  actor,
  tx,
  center,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: PlatformCenterRow;
  input: CreateProductBody;
}): Promise<string> {
  return insertAudited(
    tx,
    actor,
    financeProducts,
    {
      id: uuidv7(),
      centerId: center.id,
      ...input,
      minAmountFen: input.minAmountFen ?? null,
      maxAmountFen: input.maxAmountFen ?? null,
    },
    {
      action: 'finance_product.create',
      targetType: 'finance_product',
      scopeRegion: center.regionCode,
      detail: { kind: input.kind },
    },
  );
}
