/**
 * The demo seed holds an application in every state of this year's Shandong call, whatever day it runs:
 * seeded on a fresh database for three DTPC_TODAY dates (the call's first weeks, mid-year, late December),
 * then read through the HTTP API as province.sd and expert.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type Database } from '../../src/db/client.ts';
import { syncReferenceData } from '../../src/db/reference-data.ts';
import { seedDemo } from '../../src/db/demo-seed.ts';
import { demoDecisions } from '../../src/db/demo-applications.ts';
import { buildApp } from '../../src/server/app.ts';
import { applicationStates } from '../../src/domain/workflow/application.ts';
import { shiftDays } from '../../src/db/demo-story.ts';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { applications } from '../../src/db/schema/index.ts';

const PASSWORD = 'dtpc-demo-2026';
// Fixed dates inside the holiday calendar's data, computed from one base year.
const BASE = 2026;
const dates = [
  shiftDays(`${BASE}-01-01`, 9),
  shiftDays(`${BASE}-07-01`, 14),
  shiftDays(`${BASE - 1}-12-31`, -8),
];

interface Page<T> {
  items: T[];
  total: number;
}

describe.each(dates)('the demo seeded on %s', (date) => {
  const year = Number(date.slice(0, 4));
  let database: Database;
  let app: FastifyInstance;
  const saved = process.env.DTPC_TODAY;
  const sessions: Record<string, { cookie: string; csrf: string }> = {};

  const get = async <T>(who: string, url: string): Promise<T> => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie: sessions[who]!.cookie } });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json() as T;
  };

  beforeAll(async () => {
    process.env.DTPC_ARGON2_FAST ??= '1';
    process.env.DTPC_TODAY = date;
    database = await openDatabase({ dataDir: 'memory://' });
    await migrateDatabase(database);
    await syncReferenceData(database.db);
    expect(await seedDemo(database.db)).toBe(true);
    app = await buildApp({ database, serveWeb: false });
    await app.ready();
    for (const username of ['province.sd', 'expert.1']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: PASSWORD },
      });
      expect(res.statusCode, res.body).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'dtpc_session')!;
      sessions[username] = {
        cookie: `dtpc_session=${cookie.value}`,
        csrf: (res.json() as { csrfToken: string }).csrfToken,
      };
    }
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    if (saved === undefined) {
      delete process.env.DTPC_TODAY;
    } else {
      process.env.DTPC_TODAY = saved;
    }
  });

  async function sdCall(): Promise<string> {
    const calls = await get<Page<{ id: string; packId: string; year: number }>>('province.sd', '/api/calls');
    const call = calls.items.find((c) => c.packId === 'shandong-guide' && c.year === year);
    expect(call).toBeDefined();
    return call!.id;
  }

  async function inState(callId: string, state: string) {
    return get<Page<{ id: string; state: string; centerName: string }>>(
      'province.sd',
      `/api/applications?callId=${callId}&state=${state}&pageSize=50`,
    );
  }

  it('province.sd finds at least one application in every state of this year’s Shandong call', async () => {
    const callId = await sdCall();
    const missing: string[] = [];
    // A draft is the lead unit's own working copy: no authority lists it, so it is read from the database.
    const drafts = await database.db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.callId, callId), eq(applications.state, 'draft')));
    expect(drafts.length).toBeGreaterThan(0);
    for (const state of applicationStates.filter((s) => s !== 'draft')) {
      if ((await inState(callId, state)).total === 0) {
        missing.push(state);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the decided and the rejected applications carry their 文号, date and 意见', async () => {
    const callId = await sdCall();
    const docs = demoDecisions(year);
    for (const [state, doc] of [
      ['decided', docs.decided],
      ['rejected', docs.rejected],
    ] as const) {
      const [application] = (await inState(callId, state)).items;
      const notices = await get<Page<{ documentNumber: string; decidedOn: string; opinion: string }>>(
        'province.sd',
        `/api/decision-notices?subjectId=${application!.id}`,
      );
      expect(notices.items).toHaveLength(1);
      expect(notices.items[0]).toMatchObject({ documentNumber: doc.documentNumber, opinion: doc.opinion });
      expect(notices.items[0]!.decidedOn >= `${year}-01-01` && notices.items[0]!.decidedOn <= date).toBe(
        true,
      );
    }
    expect(docs.decided.documentNumber).toBe(`鲁工信字〔${year}〕18号`);
    expect(docs.rejected.documentNumber).toBe(`鲁工信字〔${year}〕19号`);
  });

  it('expert.1 has an accepted task whose 申报书 and 建设方案 download as PDFs', async () => {
    const tasks = await get<Page<{ id: string; status: string }>>(
      'expert.1',
      '/api/review/tasks?pageSize=50',
    );
    const accepted = tasks.items.filter((t) => t.status === 'accepted');
    expect(accepted).toHaveLength(1);
    const materials = await get<{ items: { file: { id: string; name: string; mime: string } }[] }>(
      'expert.1',
      `/api/review/tasks/${accepted[0]!.id}/materials`,
    );
    expect(materials.items.map((m) => m.file.name).sort()).toEqual(['建设方案.pdf', '申报书.pdf'].sort());
    for (const m of materials.items) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/review/tasks/${accepted[0]!.id}/materials/${m.file.id}`,
        headers: { cookie: sessions['expert.1']!.cookie },
      });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});
