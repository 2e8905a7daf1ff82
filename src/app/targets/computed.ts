/**
 * Target actual values the platform computes from its own records. Only targets whose metric maps
 * cleanly onto records are here; each mapping is named so the dashboard can show it beside the figure.
 */
import type { Db } from '../../db/client.ts';
import { firstConfirmedSmeServiceDates, recognitionDates } from '../../db/loaders/decision-support.ts';
import type { ActualPoint } from '../../domain/monitoring/index.ts';
import { jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';

export interface ComputedSource {
  describe: { zh: string; en: string };
  /** Month-end readings from the first record to today (and today itself). */
  history(db: Db, regionCode: string, today: string): Promise<ActualPoint[]>;
}

function monthEnd(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return d.toISOString().slice(0, 10);
}

/** Cumulative counts of sorted event dates at each month end from the first event, plus today. */
export function cumulativeByMonthEnd(dates: readonly string[], today: string): ActualPoint[] {
  const upto = dates.filter((d) => d <= today);
  if (upto.length === 0) {
    return [{ asOf: today, value: 0 }];
  }
  const points: ActualPoint[] = [];
  let [y, m] = upto[0]!.split('-').map(Number) as [number, number];
  let i = 0;
  for (;;) {
    const end = monthEnd(y, m);
    if (end >= today) {
      break;
    }
    while (i < upto.length && upto[i]! <= end) {
      i++;
    }
    points.push({ asOf: end, value: i });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  points.push({ asOf: today, value: upto.length });
  return points;
}

export const computedSources: Record<string, ComputedSource> = {
  // 试点建设10个以上省级促进中心 ← the directory: recognised provincial centers of the province.
  provincial_promotion_centers: {
    describe: {
      zh: '名录中本省已认定（未撤销）的省级促进中心数，按认定日期累计',
      en: 'Recognised (not revoked) provincial centers of the province in the directory, by recognition date',
    },
    history: async (db, regionCode, today) =>
      cumulativeByMonthEnd(await recognitionDates(db, 'provincial', jurisdictionPrefix(regionCode)), today),
  },
  // 推进10万家以上中小企业数字化转型 ← the ledger: distinct SMEs with a confirmed service. A lower bound:
  // SMEs transformed outside the centers' ledgers are not in the platform.
  smes_transformed: {
    describe: {
      zh: '服务台账中获得过已确认服务的中小企业数（去重，按首次服务日期累计；仅含促进中心服务的企业，为下限）',
      en: 'Distinct SMEs with a confirmed service in the ledger, by first service date (centers only: a lower bound)',
    },
    history: async (db, regionCode, today) =>
      cumulativeByMonthEnd(await firstConfirmedSmeServiceDates(db, jurisdictionPrefix(regionCode)), today),
  },
};
