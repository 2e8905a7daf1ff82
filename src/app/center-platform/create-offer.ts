/** The operator publishes an SME offer: trial-then-buy, discount, shared equipment or capacity. */
import { v7 as uuidv7 } from 'uuid';
import type { CreateOfferBody } from '../../contracts/center-platform/offers.ts';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import { smeOffers } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { fieldError } from '../errors.ts';
import { insertAudited } from './insert-audited.ts';

export function createOffer({
  actor,
  tx,
  center,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: PlatformCenterRow;
  input: CreateOfferBody;
}): Promise<string> {
  if (input.kind === 'trial' && !input.trialDays) {
    throw fieldError('request.validation', 'trialDays');
  }
  return insertAudited(
    tx,
    actor,
    smeOffers,
    {
      id: uuidv7(),
      centerId: center.id,
      ...input,
      listPriceFen: input.listPriceFen ?? null,
      offerPriceFen: input.offerPriceFen ?? null,
      trialDays: input.trialDays ?? null,
    },
    {
      action: 'sme_offer.create',
      targetType: 'sme_offer',
      scopeRegion: center.regionCode,
      detail: { kind: input.kind },
    },
  );
}
