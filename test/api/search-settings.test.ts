/**
 * The search core's visible side (#17): query expansion and highlight ranges in the catalog answer, the
 * administrator's thesaurus (versioned, audited, used at once), and the anonymised zero-result log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/api.ts';
import { makeCenter } from '../factories.ts';
import { makeResource } from '../factories/resources.ts';
import type { ResourceSearchResult } from '../../src/contracts/resources.ts';
import type { SearchMissList, ThesaurusView } from '../../src/contracts/search.ts';
import { sql } from 'drizzle-orm';
import { reindexResources } from '../../src/app/search/reindex.ts';

let t: TestApp;
const previousToday = process.env.DTPC_TODAY;

beforeAll(async () => {
  process.env.DTPC_TODAY = '2026-06-15';
  t = await createTestApp();
  const centerId = await makeCenter(t.database.db, { slug: 'search-settings' });
  await makeResource(t.database.db, centerId, 'solution', {
    title: 'AI 表面缺陷检测系统',
    summary: '深度学习识别划痕与裂纹',
  });
  await makeResource(t.database.db, centerId, 'solution', {
    title: '钣金折弯工艺包',
    summary: '折弯参数库',
  });
});

afterAll(async () => {
  process.env.DTPC_TODAY = previousToday;
  await t.close();
});

async function search(q: string): Promise<ResourceSearchResult> {
  const res = await t.request(
    null,
    'GET',
    `/api/catalog/resources?center=search-settings&q=${encodeURIComponent(q)}`,
  );
  expect(res.statusCode).toBe(200);
  return res.json<ResourceSearchResult>();
}

describe('catalog search expansion and highlighting', () => {
  it('finds 缺陷检测 for 质量检测, says it also searched it, and marks the words as ranges', async () => {
    const result = await search('质量检测');
    expect(result.items.map((i) => i.title)).toEqual(['AI 表面缺陷检测系统']);
    expect(result.expansions).toContain('缺陷检测');
    const item = result.items[0]!;
    const ranges = result.highlights.find((h) => h.id === item.id)!.title;
    expect(ranges.map(([s, e]) => item.title.slice(s, e))).toEqual(['缺陷检测']);
  });
});

describe('the administrator’s thesaurus', () => {
  it('saves a new version, audited, used by the next search; others may not edit it', async () => {
    const national = await t.login('national');
    const before = (await t.request(national, 'GET', '/api/search/thesaurus')).json<ThesaurusView>();
    expect(before.version).toBe(0);
    const enterprise = await t.login('enterprise.1');
    const denied = await t.request(enterprise, 'PUT', '/api/search/thesaurus', {
      entries: [{ terms: ['钣金', '冲压'], narrower: [] }],
    });
    expect(denied.statusCode).toBe(403);
    const saved = await t.request(national, 'PUT', '/api/search/thesaurus', {
      entries: [...before.entries, { terms: ['冲压', '钣金'], narrower: [] }],
      note: '增加钣金',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<ThesaurusView>().version).toBe(1);
    const result = await search('冲压');
    expect(result.items.map((i) => i.title)).toEqual(['钣金折弯工艺包']);
    expect(result.expansions).toEqual(['钣金']);
    const audit = await t.request(national, 'GET', '/api/audit?action=search_thesaurus.update');
    expect(audit.body).toContain('search_thesaurus.update');
  });

  it('refuses an entry without terms, naming the field', async () => {
    const national = await t.login('national');
    const res = await t.request(national, 'PUT', '/api/search/thesaurus', { entries: [{ terms: [] }] });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('entries');
  });
});

describe('the zero-result log', () => {
  it('keeps what found nothing without who asked, digits masked, for operators only', async () => {
    const none = await search('氢能炼钢 13800138000');
    expect(none.total).toBe(0);
    await search('氢能炼钢 13800138000');
    const operator = await t.login('operator.1');
    const misses = await t.request(operator, 'GET', '/api/search/misses');
    expect(misses.statusCode).toBe(200);
    const item = misses.json<SearchMissList>().items.find((m) => m.query.startsWith('氢能炼钢'));
    expect(item).toEqual({
      query: '氢能炼钢 ＊',
      count: 2,
      firstSeenOn: '2026-06-15',
      lastSeenOn: '2026-06-15',
    });
    const enterprise = await t.login('enterprise.1');
    expect((await t.request(enterprise, 'GET', '/api/search/misses')).statusCode).toBe(403);
  });
});

describe('rebuilding the search vectors', () => {
  it('makes a resource with a stale vector findable again', async () => {
    await t.database.db.execute(
      sql`update resources set search_vector = ''::tsvector, title_vector = ''::tsvector where title = '钣金折弯工艺包'`,
    );
    expect((await search('钣金')).total).toBe(0);
    const report = await reindexResources(t.database.db);
    expect(report.skipped).toEqual([]);
    expect(report.rebuilt).toBeGreaterThanOrEqual(2);
    expect((await search('钣金')).items.map((i) => i.title)).toEqual(['钣金折弯工艺包']);
  });
});
