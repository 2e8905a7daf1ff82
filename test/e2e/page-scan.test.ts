/**
 * 页面扫描 (issue 13): every page of every role, in Chinese and in English, is free of developer text.
 *
 * For each demo role (and the anonymous public) a crawler starts at the pages the menu and the public
 * header offer, follows every in-app link it finds and visits one page per route (so a list of 500 rows
 * costs one detail page, not 500). Each page is read once it has settled — its visible text, and the
 * placeholders, titles and accessible names a user meets — and fails on the vocabulary of the code:
 * snake_case and camelCase identifiers, field paths (`members.0`), file names of the seed documents
 * (`.txt`), and in the Chinese UI any English word. A link that leads to a server error fails too.
 * The routes no crawl reached are listed, so a page cannot drop out of the scan unnoticed.
 */
import { eq } from 'drizzle-orm';
import { request, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centers, reviewPanels } from '../../src/db/schema/index.ts';
import { BrowserFlow, DEMO_PASSWORD, loginAt } from './support/flows.ts';

/** Every route of web/src/router.tsx as a pattern (one visit per pattern per role and language). */
const ROUTES: readonly (readonly [string, RegExp])[] = [
  ['/login', /^\/login$/],
  ['/policy', /^\/policy$/],
  ['/policy/:id', /^\/policy\/[^/]+$/],
  ['/policy/:id/self-check', /^\/policy\/[^/]+\/self-check$/],
  ['/catalog', /^\/catalog$/],
  ['/catalog/:id', /^\/catalog\/[^/]+$/],
  ['/centers/:slug', /^\/centers\/[^/]+$/],
  ['/training', /^\/training$/],
  ['/calls', /^\/calls$/],
  ['/publicity', /^\/publicity$/],
  ['/publicity/new', /^\/publicity\/new$/],
  ['/publicity/:id/objections', /^\/publicity\/[^/]+\/objections$/],
  ['/publicity/:id/print', /^\/publicity\/[^/]+\/print$/],
  ['/publicity/:id', /^\/publicity\/[^/]+$/],
  ['/directory', /^\/directory$/],
  ['/directory/print', /^\/directory\/print$/],
  ['/directory/:id', /^\/directory\/[^/]+$/],
  ['/verify', /^\/verify$/],
  ['/verify/:id', /^\/verify\/[^/]+$/],
  ['/', /^\/$/],
  ['/account', /^\/account$/],
  ['/decision-notices/:id', /^\/decision-notices\/[^/]+$/],
  ['/resources', /^\/resources$/],
  ['/admin/users', /^\/admin\/users$/],
  ['/admin/organisations', /^\/admin\/organisations$/],
  ['/admin/audit', /^\/admin\/audit$/],
  ['/calendar', /^\/calendar$/],
  ['/decision', /^\/decision$/],
  ['/decision/demand-graph', /^\/decision\/demand-graph$/],
  ['/network', /^\/network$/],
  ['/expert-review', /^\/expert-review$/],
  ['/expert-review/panels/:id', /^\/expert-review\/panels\/[^/]+$/],
  ['/experts', /^\/experts$/],
  ['/expert-tasks', /^\/expert-tasks$/],
  ['/expert-tasks/:id', /^\/expert-tasks\/[^/]+$/],
  ['/applications/mine', /^\/applications\/mine$/],
  ['/applications/:id', /^\/applications\/[^/]+$/],
  ['/applications/:id/print', /^\/applications\/[^/]+\/print$/],
  ['/review', /^\/review$/],
  ['/cultivation', /^\/cultivation$/],
  ['/notifications', /^\/notifications$/],
  ['/management/revocations', /^\/management\/revocations$/],
  ['/management/revocations/:id', /^\/management\/revocations\/[^/]+$/],
  ['/management/change-filings', /^\/management\/change-filings$/],
  ['/management/change-filings/:id', /^\/management\/change-filings\/[^/]+$/],
  ['/management/recommendations', /^\/management\/recommendations$/],
  ['/evaluation', /^\/evaluation$/],
  ['/evaluation/:id', /^\/evaluation\/[^/]+$/],
  ['/center/:slug/demands/:id', /^\/center\/[^/]+\/demands\/[^/]+$/],
  [
    '/center/:slug/:page',
    /^\/center\/[^/]+\/(dashboard|ledger|training|events|offers|finance|demands|annual-report)$/,
  ],
  ['/center/:slug', /^\/center(\/[^/]+)?$/],
  ['/enterprise/demands/:id', /^\/enterprise\/demands\/[^/]+$/],
  ['/enterprise/diagnosis/:id', /^\/enterprise\/diagnosis\/[^/]+$/],
  ['/enterprise/:page', /^\/enterprise(\/(services|courses|offers|financing|demands|diagnosis))?$/],
];

/** Pages opened from a button or a table row rather than a link, per role (filled in once seeded). */
const BUTTON_ROUTES: Partial<Record<string, string[]>> = {
  'province.sd': ['/publicity/new'],
};

const ROLES = [
  'public',
  'national',
  'province.sd',
  'city.jinan',
  'expert.1',
  'applicant.1',
  'operator.1',
  'enterprise.1',
] as const;
type Role = (typeof ROLES)[number];
type Language = 'zh' | 'en';

/** What the code calls things, never what a user should read. */
const DEVELOPER_TEXT: readonly (readonly [string, RegExp])[] = [
  ['snake_case', /\b[a-z][a-z0-9]*_[a-z0-9_]+\b/u],
  ['camelCase', /\b[a-z]+[A-Z][A-Za-z]+\b/u],
  ['field path', /\b[a-z]+[A-Za-z]*\.\d+\.[a-z]|\bmembers\.\d+/u],
  ['seed file name', /\.txt\b/u],
  ['undefined/null/NaN', /\b(undefined|null|NaN|\[object Object\])\b/u],
];

/**
 * English a Chinese page may show: account names (data a user types to log in), the product names of
 * formats and standards, and the letters of codes a user enters (credit codes, industry codes).
 */
const ENGLISH_IN_CHINESE =
  /^(national|province\.[a-z]+|city\.[a-z]+|expert\.\d|applicant\.\d|operator\.\d|enterprise\.\d|admin|OpenAPI|API|PDF|Excel|xlsx|JSON|SM2|SM3|SHA-256|Ed25519|URL|ID|HTTP|HTTPS|CSV|A4|T0|T1|GB|AI|IT|OT|ERP|MES|PLM|SCM|CRM|WMS|QR|Merkle|English|dtpc|Word|ZIP|PNG|JPEG)$/u;

interface Finding {
  role: Role;
  language: Language;
  url: string;
  kind: string;
  text: string;
}

function routeOf(path: string): string | undefined {
  return ROUTES.find(([, pattern]) => pattern.test(path))?.[0];
}

/** The visible text of the page and the hints a user meets (placeholders, titles, accessible names). */
async function readPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pieces = [document.body.innerText, document.title];
    // antd's own icon names and the clear button's label are hard-coded in English by the library whatever
    // the locale; they are not text this product writes. (The number stepper's are renamed: a11y-fixes.ts.)
    const library = '.anticon, [role="img"], [class*="-clear"], .ant-segmented';
    for (const el of Array.from(document.querySelectorAll('[placeholder],[title],[aria-label]'))) {
      const box = (el as HTMLElement).getBoundingClientRect();
      if ((box.width === 0 && box.height === 0) || el.matches(library)) {
        continue;
      }
      for (const attribute of ['placeholder', 'title', 'aria-label']) {
        const value = el.getAttribute(attribute);
        if (value) {
          pieces.push(value);
        }
      }
    }
    return pieces;
  });
}

/** In-app links on the page (no API, no downloads, no other origins). */
async function linksOf(page: Page, origin: string): Promise<string[]> {
  const hrefs = await page.evaluate(() =>
    Array.from(document.querySelectorAll('a[href]'))
      .filter((a) => !a.hasAttribute('download'))
      .map((a) => (a as HTMLAnchorElement).href),
  );
  return hrefs
    .map((href) => new URL(href))
    .filter((u) => u.origin === origin && !u.pathname.startsWith('/api/') && !/\.\w{2,4}$/u.test(u.pathname))
    .map((u) => u.pathname);
}

function findingsIn(texts: string[], language: Language): { kind: string; text: string }[] {
  const found: { kind: string; text: string }[] = [];
  const joined = texts.join('\n');
  for (const [kind, pattern] of DEVELOPER_TEXT) {
    const global = new RegExp(pattern.source, 'gu');
    for (const match of joined.matchAll(global)) {
      const line = joined.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30);
      // Web addresses and e-mail addresses are data, not developer text.
      if (/https?:\/\/\S*$|@\S*$/u.test(joined.slice(Math.max(0, match.index - 60), match.index))) {
        continue;
      }
      found.push({ kind, text: `${match[0]} … ${line.replace(/\s+/gu, ' ')}` });
    }
  }
  if (language === 'zh') {
    // Whole tokens: the letters inside a hash or a code (524cbbac) are not a word.
    for (const match of joined.matchAll(/(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]|[A-Za-z]/gu)) {
      const word = match[0];
      const before = joined.slice(Math.max(0, match.index - 60), match.index);
      // The extension of a file a user uploaded (申报书.pdf) is part of its name.
      if (!/[A-Za-z]/u.test(word) || /\.$/u.test(before)) {
        continue;
      }
      // Acronyms (MES, G-PON, EFLOPS) are how Chinese engineers write those terms too.
      const acronym = /^[A-Z][A-Z0-9-]*$/u.test(word);
      if (
        ENGLISH_IN_CHINESE.test(word) ||
        acronym ||
        word.length < 3 ||
        /https?:\/\/\S*$|@\S*$|\/\S*$/u.test(before)
      ) {
        continue;
      }
      // Codes people type (统一社会信用代码, 行业代码 C34, 文号) mix letters and digits; a hash prefix (the
      // audit log's 8 hex digits) may happen to hold no digit at all (dfdfccbb) and is no word either.
      if (/\d/u.test(word) || /^[0-9a-f]{8,}$/u.test(word)) {
        continue;
      }
      const line = joined.slice(Math.max(0, match.index - 30), match.index + word.length + 30);
      found.push({ kind: 'English in the Chinese UI', text: `${word} … ${line.replace(/\s+/gu, ' ')}` });
    }
  }
  return found;
}

describe('page scan: no developer text on any page of any role', () => {
  const flow = new BrowserFlow();
  const findings: Finding[] = [];
  const serverErrors: string[] = [];
  const visited = new Map<string, Set<string>>();

  /** Logs `username` in through the API and returns a poster that carries the session's CSRF token. */
  async function apiAs(username: string) {
    const context = await request.newContext({ baseURL: flow.url });
    const login = await context.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
    expect(login.status()).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    return {
      post: async (path: string, data: unknown): Promise<{ id: string }> => {
        const response = await context.post(path, { data, headers: { 'x-csrf-token': csrfToken } });
        expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
        return (await response.json()) as { id: string };
      },
      dispose: () => context.dispose(),
    };
  }

  const previousToday = process.env.DTPC_TODAY;

  beforeAll(async () => {
    process.env.DTPC_TODAY = '2026-06-30';
    await flow.start();
    // Pages that only exist once a user has acted: a diagnosis, a posted need, a change filing.
    const [jinan] = await flow.db.select().from(centers).where(eq(centers.slug, 'jinan-demo'));
    const enterprise = await apiAs('enterprise.1');
    const assessment = await enterprise.post('/api/assessments', { modelId: 'sme-digital-2024' });
    const demand = await enterprise.post('/api/demands', {
      title: '铸件表面缺陷视觉检测',
      description: '需要一套替代人工目检的铸件表面缺陷视觉检测方案，覆盖两条产线。',
      industryCode: 'C33',
      regionCode: '370102',
      deadline: '2026-09-30',
      contactVisibility: 'center_only',
      contactName: '王工',
      contactPhone: '0531-88886666',
      centerId: jinan!.id,
    });
    await enterprise.dispose();
    const operator = await apiAs('operator.1');
    await operator.post('/api/change-filings', {
      centerId: jinan!.id,
      kind: 'rename',
      changeDate: '2026-06-01',
      description: '运营单位更名，业务与场地不变。',
      newName: '济南工业互联网数字化转型促进中心（更名）',
    });
    await operator.dispose();
    const [panel] = await flow.db.select({ id: reviewPanels.id }).from(reviewPanels).limit(1);
    BUTTON_ROUTES['enterprise.1'] = [
      `/enterprise/diagnosis/${assessment.id}`,
      `/enterprise/demands/${demand.id}`,
    ];
    BUTTON_ROUTES['operator.1'] = [`/center/jinan-demo/demands/${demand.id}`];
    BUTTON_ROUTES['province.sd']!.push(`/expert-review/panels/${panel!.id}`);
  }, 180_000);

  afterAll(async () => {
    process.env.DTPC_TODAY = previousToday;
    await flow.close();
  });

  /** Waits until no request is in flight (for 250 ms) and no spinner or skeleton shows. */
  async function settle(page: Page, inflight: () => number): Promise<void> {
    const deadline = Date.now() + 20_000;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      await page.waitForTimeout(50);
      const busy =
        inflight() > 0 ||
        (await page
          .locator('.ant-spin-spinning, .ant-skeleton-active, .ant-table-placeholder .ant-spin')
          .count()) > 0;
      if (busy) {
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= 250) {
        return;
      }
    }
  }

  async function crawl(role: Role, language: Language): Promise<void> {
    const page = await flow.openPage();
    if (language === 'en') {
      await page.context().addInitScript(() => localStorage.setItem('dtpc.lang', 'en'));
    }
    let inflight = 0;
    page.on('request', (request) => {
      if (request.resourceType() === 'fetch' || request.resourceType() === 'xhr') {
        inflight++;
      }
    });
    const done = (request: { resourceType(): string }) => {
      if (request.resourceType() === 'fetch' || request.resourceType() === 'xhr') {
        inflight = Math.max(0, inflight - 1);
      }
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    page.on('response', (response) => {
      if (response.status() >= 500) {
        serverErrors.push(`${role}/${language} ${page.url()}: ${response.status()} ${response.url()}`);
      }
    });

    const origin = new URL(flow.url).origin;
    const queue: string[] = [];
    if (role === 'public') {
      queue.push('/', '/login', '/directory', '/publicity', '/policy', '/policy/shandong-guide/self-check');
      queue.push('/catalog', '/verify');
      await page.goto(`${flow.url}/directory`);
    } else {
      await loginAt(flow.url, page, role);
      // The bell opens 消息 (a button, not a link).
      queue.push('/', '/notifications');
      queue.push(...(BUTTON_ROUTES[role] ?? []));
    }
    const seen = new Set<string>();
    const key = `${role}/${language}`;
    visited.set(key, new Set());
    while (queue.length > 0) {
      const path = queue.shift()!;
      const route = routeOf(path);
      if (route === undefined || seen.has(route)) {
        continue;
      }
      seen.add(route);
      // Move inside the single-page app, as a click on a link would.
      await page.evaluate((to) => {
        window.history.pushState({}, '', to);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await settle(page, () => inflight);
      const landed = new URL(page.url()).pathname;
      visited.get(key)!.add(route);
      for (const finding of findingsIn(await readPage(page), language)) {
        findings.push({ role, language, url: landed, ...finding });
      }
      for (const link of await linksOf(page, origin)) {
        if (!seen.has(routeOf(link) ?? link)) {
          queue.push(link);
        }
      }
    }
    await page.context().close();
  }

  for (const language of ['zh', 'en'] as const) {
    it.each(ROLES)(
      `%s (${language}) reads no developer text`,
      async (role) => {
        await crawl(role, language);
        const mine = findings.filter((f) => f.role === role && f.language === language);
        const errors = serverErrors.filter((e) => e.startsWith(`${role}/${language} `));
        expect([...mine.map((f) => `${f.url} [${f.kind}] ${f.text}`), ...errors].join('\n')).toBe('');
      },
      300_000,
    );
  }

  it('reached every route of the app', () => {
    const reached = new Set([...visited.values()].flatMap((s) => [...s]));
    const missed = ROUTES.map(([route]) => route).filter((route) => !reached.has(route));
    expect(missed).toEqual([]);
  });
});
