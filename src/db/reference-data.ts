/** Loads the GB/T 2260 and GB/T 4754 reference tables from src/domain/reference (idempotent). */
import { count } from 'drizzle-orm';
import type { Db } from './client.ts';
import { industries, regions } from './schema/index.ts';
import { allRegions } from '../domain/reference/regions.ts';
import { listDivisions, listSections } from '../domain/reference/industries.ts';

export async function syncReferenceData(db: Db): Promise<void> {
  const regionRows = allRegions().map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parent,
  }));
  const [regionCount] = await db.select({ n: count() }).from(regions);
  if (Number(regionCount?.n ?? 0) !== regionRows.length) {
    await db.transaction(async (tx) => {
      await tx.delete(regions);
      for (let i = 0; i < regionRows.length; i += 500) {
        await tx.insert(regions).values(regionRows.slice(i, i + 500));
      }
    });
  }
  const industryRows = [
    ...listSections().map((s) => ({ code: s.code, name: s.name, section: s.section })),
    ...listDivisions().map((d) => ({ code: d.code, name: d.name, section: d.section })),
  ];
  const [industryCount] = await db.select({ n: count() }).from(industries);
  if (Number(industryCount?.n ?? 0) !== industryRows.length) {
    await db.transaction(async (tx) => {
      await tx.delete(industries);
      await tx.insert(industries).values(industryRows);
    });
  }
}
