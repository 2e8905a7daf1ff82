/**
 * Decision support through the API: the 2025 targets (seed 004) against actual values — computed from the
 * directory and the ledger, entered with evidence, imported from .xlsx — with a least-squares projection;
 * monitoring series with anomalies; risk warnings acknowledged, commented and closed; the dashboard by
 * jurisdiction. Today is pinned (DTPC_TODAY) so no assertion depends on the real date.
 */
import ExcelJS from 'exceljs';
import { Command } from 'commander';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, serviceRecords } from '../../src/db/schema/index.ts';
import { targetStatuses } from '../../src/app/targets/status.ts';
import { registerMonitoringCommands } from '../../src/cli/monitoring.ts';
import { makeCenter, makeOrganisation } from '../factories.ts';
import { ledgerRow } from '../factories/center-platform.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';

const TODAY = '2025-06-30';
let t: TestApp;
const s: Record<string, Session> = {};
const previousToday = process.env.DTPC_TODAY;

beforeAll(async () => {
  process.env.DTPC_TODAY = TODAY;
  t = await createTestApp();
  for (const u of ['province.sd', 'city.jinan', 'city.qingdao', 'national']) {
    s[u] = await t.login(u);
  }
});
afterAll(async () => {
  process.env.DTPC_TODAY = previousToday;
  await t.close();
});

interface TargetView {
  id: string;
  value: number;
  actual: number | null;
  asOf: string | null;
  actualSource: string | null;
  projected: number | null;
  projectionMethod: string | null;
  status: string;
  responsibleUnits: string[];
  responsibleUnitsInferred: boolean;
  computedFrom: { zh: string } | null;
  history: { value: number; asOf: string; source: string; evidence: string; superseded: boolean }[];
  abilities: { enter: boolean };
}
interface TargetList {
  items: TargetView[];
  abilities: { enter: boolean; import: boolean };
}
interface Problem {
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}

async function targets(who = 'province.sd'): Promise<TargetList> {
  const res = await t.request(s[who]!, 'GET', '/api/targets');
  expect(res.statusCode).toBe(200);
  return res.json();
}
const target = async (id: string, who = 'province.sd') =>
  (await targets(who)).items.find((x) => x.id === id)!;
const fields = (p: Problem) => Object.fromEntries((p.errors ?? []).map((e) => [e.field, e.message]));

describe('targets against actual values', () => {
  it('lists every target of shandong-targets-2025 with its 责任单位 and a status', async () => {
    const list = await targets();
    expect(list.items).toHaveLength(46);
    expect(list.abilities).toEqual({ enter: true, import: true });
    const soe = list.items.find((x) => x.id === 'provincial_soe_strategy_coverage')!;
    expect(soe.responsibleUnits).toEqual(['省工业和信息化厅', '省国资委', '各市、县（区）人民政府']);
    expect(soe.responsibleUnitsInferred).toBe(false);
    const fiveG = list.items.find((x) => x.id === 'fiveg_base_stations')!;
    // 一、（二） prints no unit; the task that builds base stations (二、（二）5) does.
    expect(fiveG.responsibleUnits[0]).toBe('省通信管理局');
    expect(fiveG.responsibleUnitsInferred).toBe(true);
    expect(fiveG.status).toBe('unknown');
  });

  it('computes 省级促进中心 from the directory: recognised provincial centers of Shandong, by recognition date', async () => {
    const before = await target('provincial_promotion_centers');
    expect(before.computedFrom?.zh).toContain('省级促进中心');
    await makeCenter(t.database.db, {
      level: 'provincial',
      regionCode: '370102',
      recognisedOn: '2024-03-01',
    });
    await makeCenter(t.database.db, {
      level: 'provincial',
      regionCode: '370211',
      recognisedOn: '2025-03-01',
    });
    // Not counted: another province, a municipal center, one not yet recognised by today, one revoked.
    await makeCenter(t.database.db, {
      level: 'provincial',
      regionCode: '620102',
      recognisedOn: '2024-03-01',
    });
    await makeCenter(t.database.db, { level: 'municipal', regionCode: '370102', recognisedOn: '2024-03-01' });
    await makeCenter(t.database.db, {
      level: 'provincial',
      regionCode: '370102',
      recognisedOn: '2025-09-01',
    });
    await makeCenter(t.database.db, {
      level: 'provincial',
      regionCode: '370102',
      status: 'revoked',
      recognisedOn: '2024-01-01',
    });
    const after = await target('provincial_promotion_centers');
    expect(after.actual).toBe((before.actual ?? 0) + 2);
    expect(after.asOf).toBe(TODAY);
    expect(after.actualSource).toBe('computed');
    const end2024 = after.history.find((h) => h.asOf === '2024-12-31')!;
    const end2023 = after.history.find((h) => h.asOf === '2023-12-31');
    expect(end2024.value - (end2023?.value ?? end2024.value - 1)).toBeGreaterThanOrEqual(1);
    expect(after.projectionMethod).toBe('least-squares-linear');
  });

  it('computes SMEs served from the ledger: distinct SMEs with a confirmed service in Shandong', async () => {
    const before = await target('smes_transformed');
    const center = await makeCenter(t.database.db, { regionCode: '370102' });
    const sme = await makeOrganisation(t.database.db, { regionCode: '370102' });
    const other = await makeOrganisation(t.database.db, { regionCode: '370102' });
    await t.database.db.insert(serviceRecords).values([
      ledgerRow(center, sme, { serviceDate: '2025-01-10', regionCode: '370102' }),
      ledgerRow(center, sme, { serviceDate: '2025-02-10', regionCode: '370102' }), // same SME: once
      ledgerRow(center, other, {
        serviceDate: '2025-02-10',
        regionCode: '370102',
        confirmation: 'unconfirmed',
      }),
      ledgerRow(center, other, { serviceDate: '2025-02-11', regionCode: '370102', sme: false }),
    ]);
    const after = await target('smes_transformed');
    expect(after.actual).toBe((before.actual ?? 0) + 1);
  });

  it('lets the province enter values with evidence and projects them by least squares to 31 Dec 2025', async () => {
    const enter = (value: number, asOf: string) =>
      t.request(s['province.sd']!, 'POST', '/api/targets/fiveg_base_stations/actuals', {
        value,
        asOf,
        evidence: '省通信管理局通报',
      });
    expect((await enter(200_000, '2023-12-31')).statusCode).toBe(200);
    const res = await enter(230_000, '2024-12-31');
    expect(res.statusCode).toBe(200);
    const v = res.json() as TargetView;
    expect(v.actual).toBe(230_000);
    expect(v.actualSource).toBe('entered');
    expect(v.projectionMethod).toBe('least-squares-linear');
    // 30,000 over 366 days (2024 is a leap year), continued for 365 more.
    expect(v.projected).toBeCloseTo(230_000 + (30_000 * 365) / 366, 0);
    expect(v.status).toBe('green');
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'target_actual.record'), eq(auditLog.targetId, 'fiveg_base_stations')));
    expect(audit).toHaveLength(2);
  });

  it('keeps a corrected value as history: the newest entry of a date is in force', async () => {
    const res = await t.request(s['province.sd']!, 'POST', '/api/targets/fiveg_base_stations/actuals', {
      value: 235_000,
      asOf: '2024-12-31',
      evidence: '更正：年报口径',
    });
    const v = res.json() as TargetView;
    expect(v.actual).toBe(235_000);
    expect(v.history.filter((h) => h.asOf === '2024-12-31').map((h) => [h.value, h.superseded])).toEqual([
      [230_000, true],
      [235_000, false],
    ]);
  });

  it('refuses an entry without evidence or dated after today, naming the field in Chinese', async () => {
    const noEvidence = await t.request(
      s['province.sd']!,
      'POST',
      '/api/targets/fiveg_base_stations/actuals',
      {
        value: 1,
        asOf: '2025-01-01',
        evidence: '',
      },
    );
    expect(noEvidence.statusCode).toBe(400);
    expect(JSON.stringify(noEvidence.json())).toContain('evidence');
    const future = await t.request(s['province.sd']!, 'POST', '/api/targets/fiveg_base_stations/actuals', {
      value: 1,
      asOf: '2025-07-01',
      evidence: '预测值',
    });
    expect(future.statusCode).toBe(400);
    expect(fields(future.json())).toEqual({ asOf: '截至日期不能晚于今天（2025-06-30）' });
    const unknown = await t.request(s['province.sd']!, 'POST', '/api/targets/no_such_target/actuals', {
      value: 1,
      asOf: '2025-01-01',
      evidence: '依据',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('lets city officers and the ministry read the targets but not enter them', async () => {
    const city = await targets('city.jinan');
    expect(city.abilities).toEqual({ enter: false, import: false });
    expect(city.items).toHaveLength(46);
    const denied = await t.request(s['city.jinan']!, 'POST', '/api/targets/fiveg_base_stations/actuals', {
      value: 1,
      asOf: '2025-01-01',
      evidence: '依据',
    });
    expect(denied.statusCode).toBe(403);
    expect((await targets('national')).abilities.enter).toBe(false);
    expect((await t.request(null, 'GET', '/api/targets')).statusCode).toBe(401);
  });
});

describe('importing actual values from .xlsx', () => {
  async function workbook(rows: (string | number | Date)[][]): Promise<Buffer> {
    const tpl = await t.request(s['province.sd']!, 'GET', '/api/targets/import/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    ws.spliceRows(2, ws.rowCount);
    for (const r of rows) {
      ws.addRow(r);
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const upload = (who: string, body: Buffer, dryRun: boolean) =>
    t.app.inject({
      method: 'POST',
      url: `/api/targets/import?dryRun=${dryRun}&fileName=${encodeURIComponent('2025年中期统计.xlsx')}`,
      headers: {
        cookie: s[who]!.cookie,
        'x-csrf-token': s[who]!.csrf,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: body,
    });

  it('reports every bad row in Chinese, commits nothing while any is bad, then imports all rows', async () => {
    const bad = await workbook([
      ['digital_pilot_enterprises', 4, '2024-06-30', '省工信厅公布名单'],
      ['no_such_target', 5, '2024-12-31', '名单'],
      ['“数字领航”企业10家左右', 'abc', '2025-13-01', ''],
    ]);
    const dry = await upload('province.sd', bad, true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 3, valid: 1, committed: 0 });
    const commit = await upload('province.sd', bad, false);
    expect(commit.statusCode).toBe(400);
    const p = commit.json() as Problem;
    expect(p.code).toBe('import.rejected');
    expect(fields(p)).toMatchObject({
      '第 3 行 · 目标编号': '没有编号或名称为“no_such_target”的目标',
      '第 4 行 · 实际值': '“abc” 不是数值',
      '第 4 行 · 截至日期': '“2025-13-01” 不是日期（YYYY-MM-DD）',
      '第 4 行 · 依据': '请填写依据（文件、统计口径或来源）',
    });
    expect((await target('digital_pilot_enterprises')).actual).toBeNull();

    const good = await workbook([
      ['digital_pilot_enterprises', 4, '2024-06-30', '省工信厅公布名单'],
      // A target may be named by its Chinese name too.
      ['“数字领航”企业10家左右', 6, '2025-06-30', '省工信厅公布名单（第二批）'],
    ]);
    const ok = await upload('province.sd', good, false);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ committed: 2 });
    const v = await target('digital_pilot_enterprises');
    expect(v.actual).toBe(6);
    expect(v.actualSource).toBe('imported');
    // 2 a year from mid-2024 → 2025-12-31 ≈ 7 against “about 10”: red.
    expect(v.projected).toBeCloseTo(6 + (2 * 184) / 365, 1);
    expect(v.status).toBe('red');
  });

  it('refuses a file that is not a workbook, and a city officer', async () => {
    const junk = await upload('province.sd', Buffer.from('not a workbook'), true);
    expect(junk.statusCode).toBe(400);
    expect((junk.json() as Problem).code).toBe('import.unreadable');
    expect((await upload('city.jinan', await workbook([]), true)).statusCode).toBe(403);
  });

  it('dtpc targets status --json prints {id, target, actual, asOf, projected, status} for every target', async () => {
    let out = '';
    const program = new Command().exitOverride();
    registerMonitoringCommands(program, { stdout: (x) => void (out += x) }, async () =>
      (await targetStatuses(t.database.db, TODAY)).map((x) => x.row),
    );
    await program.parseAsync(['targets', 'status', '--json'], { from: 'user' });
    const rows = JSON.parse(out) as Record<string, unknown>[];
    expect(rows).toHaveLength(46);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['actual', 'asOf', 'id', 'projected', 'status', 'target']);
    }
    expect(rows.find((r) => r.id === 'digital_pilot_enterprises')).toMatchObject({
      target: 10,
      actual: 6,
      asOf: '2025-06-30',
      status: 'red',
    });
  });
});

interface WarningView {
  id: string;
  ruleId: string;
  owner: { zh: string };
  dueDate: string;
  severity: string;
  regionCode: string;
  subject: { kind: string; id: string; name: string };
  reason: { zh: string };
  status: string;
  comments: { body: string }[];
  abilities: { acknowledge: boolean; comment: boolean; close: boolean };
}

/** 30 calm months to 2025-05 with the last one spiked. */
function spikedCsv(): string {
  const lines = ['period,value'];
  for (let i = 0; i < 29; i++) {
    const period = `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    lines.push(`${period},${i === 28 ? 400 : 100 + (i % 3) * 2}`);
  }
  return lines.join('\n');
}

describe('monitoring series and risk warnings', () => {
  let seriesId = '';

  it('imports a series for 济南 and explains its anomaly', async () => {
    const res = await t.request(s['city.jinan']!, 'POST', '/api/monitoring/series', {
      name: '济南 规上工业用电量',
      indicator: 'electricity',
      unit: '万千瓦时',
      regionCode: '370100',
      csv: spikedCsv(),
    });
    expect(res.statusCode).toBe(200);
    const v = res.json() as { id: string; anomalies: Record<string, unknown>[]; months: number };
    seriesId = v.id;
    expect(v.months).toBe(29);
    expect(v.anomalies).toEqual([
      expect.objectContaining({
        period: '2025-05',
        value: 400,
        baseline: 102,
        sameMonthLastYear: 102,
        threshold: 3.5,
      }),
    ]);
  });

  it('refuses a bad CSV naming row and column, and a region outside the officer’s jurisdiction', async () => {
    const bad = await t.request(s['city.jinan']!, 'POST', '/api/monitoring/series', {
      name: 'x',
      indicator: 'x',
      unit: 'x',
      regionCode: '370100',
      csv: 'period,value\n2024-01,1\n2024-02,abc',
    });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad.json())).toEqual({ 'csv · 第 3 行 · value': '“abc” 不是数值' });
    const outside = await t.request(s['city.jinan']!, 'POST', '/api/monitoring/series', {
      name: 'x',
      indicator: 'x',
      unit: 'x',
      regionCode: '370200',
      csv: spikedCsv(),
    });
    expect(outside.statusCode).toBe(403);
  });

  it('lists series by jurisdiction: 青岛 does not see 济南’s series', async () => {
    const qd = await t.request(s['city.qingdao']!, 'GET', '/api/monitoring/series');
    expect((qd.json() as { id: string }[]).map((x) => x.id)).not.toContain(seriesId);
    expect(
      (await t.request(s['city.qingdao']!, 'GET', `/api/monitoring/series/${seriesId}`)).statusCode,
    ).toBe(404);
    const sd = await t.request(s['province.sd']!, 'GET', '/api/monitoring/series');
    expect((sd.json() as { id: string }[]).map((x) => x.id)).toContain(seriesId);
  });

  it('raises warnings once: the anomaly, the red target, the idle center', async () => {
    const idle = await makeCenter(t.database.db, {
      regionCode: '370102',
      recognisedOn: '2024-01-01',
      name: '无服务促进中心',
    });
    const first = await t.request(s['province.sd']!, 'POST', '/api/monitoring/refresh');
    expect(first.statusCode).toBe(200);
    expect((first.json() as { warningsRaised: number }).warningsRaised).toBeGreaterThan(0);
    const again = await t.request(s['province.sd']!, 'POST', '/api/monitoring/refresh');
    expect(again.json()).toMatchObject({ warningsRaised: 0 });
    // The ledger's confirmed services became a computed monthly series per city, zero-filled, without
    // the running month (June 2025 is incomplete on 2025-06-30).
    const series = (await t.request(s['province.sd']!, 'GET', '/api/monitoring/series')).json() as {
      id: string;
      source: string;
      regionCode: string;
      lastPeriod: string;
    }[];
    const jinan = series.find((x) => x.source === 'computed' && x.regionCode === '370100')!;
    expect(jinan.lastPeriod).toBe('2025-05');
    const view = (await t.request(s['province.sd']!, 'GET', `/api/monitoring/series/${jinan.id}`)).json() as {
      points: { period: string; value: number }[];
    };
    expect(view.points.find((p) => p.period === '2025-01')?.value).toBeGreaterThanOrEqual(1);
    expect(view.points.find((p) => p.period === '2025-03')?.value).toBe(0);
    const list = (await t.request(s['province.sd']!, 'GET', '/api/warnings')).json() as WarningView[];
    const anomaly = list.find((w) => w.subject.id === seriesId)!;
    expect(anomaly.ruleId).toBe('series-anomaly');
    expect(anomaly.owner.zh).toBe('山东省济南市工业和信息化局');
    expect(anomaly.dueDate).toBe('2025-07-10');
    expect(anomaly.severity).toBe('medium');
    expect(anomaly.reason.zh).toContain('2025-05 值 400，前12个月中位数 102');
    expect(list.find((w) => w.subject.id === 'digital_pilot_enterprises')?.ruleId).toBe(
      'target-projected-red',
    );
    expect(list.find((w) => w.subject.id === idle)?.ruleId).toBe('center-idle-3-months');
    // The green 5G target raises nothing.
    expect(list.find((w) => w.subject.id === 'fiveg_base_stations')).toBeUndefined();
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(like(auditLog.action, 'monitoring.refresh'));
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('scopes warnings: 济南 sees its own, not the province’s target warnings nor 青岛’s', async () => {
    const jn = (await t.request(s['city.jinan']!, 'GET', '/api/warnings')).json() as WarningView[];
    expect(jn.length).toBeGreaterThan(0);
    expect(jn.every((w) => w.regionCode.startsWith('3701'))).toBe(true);
    const qd = (await t.request(s['city.qingdao']!, 'GET', '/api/warnings')).json() as WarningView[];
    expect(qd.every((w) => w.regionCode.startsWith('3702'))).toBe(true);
  });

  it('lets the province acknowledge, comment on and close a warning, each audited; 青岛 cannot touch 济南’s', async () => {
    const list = (await t.request(s['province.sd']!, 'GET', '/api/warnings')).json() as WarningView[];
    const w = list.find((x) => x.subject.id === seriesId)!;
    expect(w.abilities).toEqual({ acknowledge: true, comment: true, close: true });
    expect(
      (await t.request(s['city.qingdao']!, 'POST', `/api/warnings/${w.id}/acknowledge`, {})).statusCode,
    ).toBe(404);
    const ack = await t.request(s['province.sd']!, 'POST', `/api/warnings/${w.id}/acknowledge`, {});
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({
      status: 'acknowledged',
      abilities: { acknowledge: false, close: true },
    });
    expect(
      (await t.request(s['province.sd']!, 'POST', `/api/warnings/${w.id}/acknowledge`, {})).statusCode,
    ).toBe(409);
    const c = await t.request(s['province.sd']!, 'POST', `/api/warnings/${w.id}/comments`, {
      body: '请济南市核实5月数据',
    });
    expect((c.json() as WarningView).comments.map((x) => x.body)).toEqual(['请济南市核实5月数据']);
    const noNote = await t.request(s['province.sd']!, 'POST', `/api/warnings/${w.id}/close`, { note: '' });
    expect(noNote.statusCode).toBe(400);
    const closed = await t.request(s['province.sd']!, 'POST', `/api/warnings/${w.id}/close`, {
      note: '经核实为企业集中检修后复产，数据无误',
    });
    expect(closed.json()).toMatchObject({ status: 'closed', abilities: { comment: false, close: false } });
    const active = (await t.request(s['province.sd']!, 'GET', '/api/warnings')).json() as WarningView[];
    expect(active.map((x) => x.id)).not.toContain(w.id);
    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, w.id))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(['risk_warning.acknowledge', 'risk_warning.comment', 'risk_warning.resolve']);
  });
});

describe('dashboard', () => {
  interface Dashboard {
    region: { code: string; name: string };
    centersByRegion: { regionCode: string; regionName: string; provincial: number }[];
    showTargets: boolean;
  }
  it('shows the province its 16 cities (莱芜 inside 济南) and the targets', async () => {
    const d = (await t.request(s['province.sd']!, 'GET', '/api/decision/dashboard')).json() as Dashboard;
    expect(d.region).toEqual({ code: '370000', name: '山东省' });
    expect(d.centersByRegion).toHaveLength(16);
    expect(d.centersByRegion.map((r) => r.regionName)).not.toContain('莱芜市');
    expect(d.showTargets).toBe(true);
  });

  it('shows 济南 only itself and refuses another city', async () => {
    const d = (await t.request(s['city.jinan']!, 'GET', '/api/decision/dashboard')).json() as Dashboard;
    expect(d.centersByRegion.map((r) => r.regionName)).toEqual(['济南市']);
    expect(
      (await t.request(s['city.jinan']!, 'GET', '/api/decision/dashboard?region=370200')).statusCode,
    ).toBe(404);
  });

  it('shows the ministry every province', async () => {
    const d = (await t.request(s.national!, 'GET', '/api/decision/dashboard')).json() as Dashboard;
    expect(d.centersByRegion.length).toBeGreaterThanOrEqual(31);
  });
});
