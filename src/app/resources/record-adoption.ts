/** Records that an enterprise reused or deployed a resource; the counters feed "most reused" and metrics. */
import { eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { RecordAdoptionBody } from '../../contracts/resources.ts';
import type { Db } from '../../db/client.ts';
import type { ResourceRow } from '../../db/loaders/resources.ts';
import { organisations, resourceAdoptions, resources } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { forgetCatalog } from './catalog-cache.ts';

export async function recordAdoption({
  actor,
  tx,
  resource,
  input,
}: {
  actor: Actor;
  tx: Db;
  resource: ResourceRow;
  input: RecordAdoptionBody;
}): Promise<string> {
  const id = uuidv7();
  // Link the adopter to a registered organisation when its credit code is known.
  const [adopter] = input.adopterCreditCode
    ? await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.creditCode, input.adopterCreditCode))
        .limit(1)
    : [];
  await tx.insert(resourceAdoptions).values({
    id,
    resourceId: resource.id,
    centerId: resource.centerId,
    kind: input.kind,
    adopterName: input.adopterName,
    adopterCreditCode: input.adopterCreditCode ?? null,
    adopterOrganisationId: adopter?.id ?? null,
    adoptedOn: input.adoptedOn,
    note: input.note,
    recordedBy: actor.userId,
  });
  await tx
    .update(resources)
    .set(
      input.kind === 'reuse'
        ? { reuseCount: sql`${resources.reuseCount} + 1` }
        : { deploymentCount: sql`${resources.deploymentCount} + 1` },
    )
    .where(eq(resources.id, resource.id));
  forgetCatalog();
  await appendAudit(tx, actor, {
    action: 'resource.adoption',
    targetType: 'resource',
    targetId: resource.id,
    scopeRegion: resource.centerRegionCode,
    after: { kind: input.kind, adopterName: input.adopterName, adoptedOn: input.adoptedOn },
    detail: { kind: input.kind, title: resource.title },
  });
  return id;
}
