/**
 * The SQL path of the metrics (app/metrics) must agree with the reference semantics of the pure module
 * (domain/metrics/from-records) on the same records: random ledgers, events and attendance, many periods.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { computeCenterMetrics } from '../../src/app/metrics/compute-center-metrics.ts';
import { centerEvents, organisations, serviceRecords } from '../../src/db/schema/index.ts';
import { evaluateAll, type MetricRecord } from '../../src/domain/metrics/from-records.ts';
import { serviceTypeValues } from '../../src/domain/center-platform/vocabulary.ts';
import { createTestApp, type TestApp } from '../support/api.ts';
import { ledgerRow, makeOperatedCenter } from '../factories/center-platform.ts';
import { makeOrganisation } from '../factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('metrics computed in SQL', () => {
  it('equal the reference evaluation on random records, value, pending, disputed and evidence alike', async () => {
    const db = t.database.db;
    const enterprises = await Promise.all(
      [0, 1, 2, 3].map((i) => makeOrganisation(db, { sme: i % 2 === 0 })),
    );
    const smeOf = new Map((await db.select().from(organisations)).map((o) => [o.id, o.sme] as const));
    const row = fc.record({
      e: fc.integer({ min: 0, max: 3 }),
      type: fc.constantFrom(...serviceTypeValues),
      year: fc.constantFrom(2025, 2026),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      c: fc.constantFrom('confirmed', 'unconfirmed', 'disputed' as const),
      region: fc.constantFrom('370112', '370113', '370202'),
      industry: fc.constantFrom('C34', 'C38', null),
      pref: fc.boolean(),
    });
    const event = fc.record({
      kind: fc.constantFrom('contest', 'forum', 'matchmaking' as const),
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.constantFrom(2025, 2026),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 25 }),
        fc.array(event, { maxLength: 5 }),
        async (rows, events) => {
          const { centerId } = await makeOperatedCenter(db);
          const date = (y: number, m: number, d = 1) =>
            `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const ledger = rows.map((r) =>
            ledgerRow(centerId, enterprises[r.e]!, {
              serviceType: r.type,
              serviceDate: date(r.year, r.month, r.day),
              confirmation: r.c as 'confirmed',
              regionCode: r.region,
              industryCode: r.industry,
              preferential: r.pref,
              sme: smeOf.get(enterprises[r.e]!)!,
            }),
          );
          if (ledger.length) {
            await db.insert(serviceRecords).values(ledger);
          }
          const evs = events.map((e) => ({
            id: uuidv7(),
            centerId,
            kind: e.kind,
            title: '活动',
            heldOn: date(e.year, e.month),
          }));
          if (evs.length) {
            await db.insert(centerEvents).values(evs);
          }
          const records: MetricRecord[] = [
            ...ledger.map((l) => ({
              source: 'serviceRecords' as const,
              id: l.id,
              date: l.serviceDate,
              enterpriseId: l.enterpriseId,
              regionCode: l.regionCode,
              industryCode: l.industryCode ?? null,
              serviceType: l.serviceType as MetricRecord['serviceType'],
              sme: l.enterpriseSme,
              preferential: l.preferential ?? false,
              confirmation: l.confirmation as MetricRecord['confirmation'],
            })),
            ...evs.map((e) => ({
              source: 'centerEvents' as const,
              id: e.id,
              date: e.heldOn,
              eventKind: e.kind,
            })),
          ];
          for (const period of [
            { from: '2026-01-01', to: '2026-12-31' },
            { from: '2025-04-01', to: '2025-09-30' },
          ]) {
            const sql = await computeCenterMetrics(db, centerId, period);
            expect(sql).toEqual(evaluateAll(records, period));
          }
          await db.delete(serviceRecords).where(eq(serviceRecords.centerId, centerId));
        },
      ),
      { numRuns: 15 },
    );
  });
});
