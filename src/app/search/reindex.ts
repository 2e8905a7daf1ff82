/**
 * Rebuilds every resource's search and title vectors with the current search core (after the segmenter,
 * its dictionary or the vector layout changed), in batches, keyed by id so it can run on a live pool.
 */
import { asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { resources } from '../../db/schema/index.ts';
import { resourceCardSchema } from '../../contracts/resources.ts';
import { searchVectorOf, titleVectorOf } from '../resources/card-record.ts';
import { forgetCatalog } from '../resources/catalog-cache.ts';

export interface ReindexReport {
  rebuilt: number;
  /** Rows whose stored card no longer validates: left as they were, listed by id. */
  skipped: string[];
}

export async function reindexResources(
  db: Db,
  onProgress: (done: number) => void = () => {},
  batchSize = 1000,
): Promise<ReindexReport> {
  const report: ReindexReport = { rebuilt: 0, skipped: [] };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db
      .select()
      .from(resources)
      .where(gt(resources.id, after))
      .orderBy(asc(resources.id))
      .limit(batchSize);
    if (rows.length === 0) {
      break;
    }
    await db.transaction(async (tx) => {
      for (const row of rows) {
        const card = resourceCardSchema.safeParse({
          kind: row.kind,
          title: row.title,
          summary: row.summary,
          providerName: row.providerName,
          providerCreditCode: row.providerCreditCode ?? undefined,
          industryCodes: row.industryCodes,
          scenarios: row.scenarios,
          regionCodes: row.regionCodes,
          priceModel: row.priceModel,
          priceFen: row.priceFen ?? undefined,
          access: row.access,
          status: row.status,
          releaseVersion: row.releaseVersion,
          attachments: row.attachments,
          details: row.details,
        });
        if (!card.success) {
          report.skipped.push(row.id);
          continue;
        }
        await tx
          .update(resources)
          .set({
            searchVector: searchVectorOf(card.data, { id: row.id, centerId: row.centerId }),
            titleVector: titleVectorOf(card.data),
          })
          .where(eq(resources.id, row.id));
        report.rebuilt += 1;
      }
    });
    after = rows[rows.length - 1]!.id;
    onProgress(report.rebuilt + report.skipped.length);
  }
  forgetCatalog();
  return report;
}
