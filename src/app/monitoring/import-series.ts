/** 导入监测序列: a bureau's monthly indicator (CSV `period,value`), stored as one imported series. */
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { monitoringPoints, monitoringSeries } from '../../db/schema/index.ts';
import { parseSeriesCsv } from '../../domain/monitoring/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

/** Stores the series or refuses the whole file with one error per bad row, naming row and column. */
export async function importSeries(input: {
  actor: Actor;
  tx: Db;
  name: string;
  indicator: string;
  unit: string;
  regionCode: string;
  mergeJanFeb: boolean;
  csv: string;
}): Promise<string> {
  const { actor, tx } = input;
  const parsed = parseSeriesCsv(input.csv);
  if (!parsed.ok) {
    throw new AppError(
      'import.rejected',
      { count: parsed.errors.length },
      parsed.errors.slice(0, 200).map((e) => ({
        field: `csv · 第 ${e.row} 行 · ${e.column}`,
        code: 'import.rejected',
        message: e.message,
      })),
    );
  }
  const id = uuidv7();
  await tx.insert(monitoringSeries).values({
    id,
    key: `imported:${id}`,
    name: input.name,
    indicator: input.indicator,
    unit: input.unit,
    regionCode: input.regionCode,
    source: 'imported',
    mergeJanFeb: input.mergeJanFeb,
    createdBy: actor.userId,
  });
  for (let i = 0; i < parsed.series.length; i += 1000) {
    await tx
      .insert(monitoringPoints)
      .values(
        parsed.series.slice(i, i + 1000).map((p) => ({ seriesId: id, period: p.period, value: p.value })),
      );
  }
  await appendAudit(tx, actor, {
    action: 'monitoring_series.import',
    targetType: 'monitoring_series',
    targetId: id,
    scopeRegion: input.regionCode,
    detail: { name: input.name, months: parsed.series.length },
  });
  return id;
}
