/**
 * The public pages a search engine may index: the sections, and every public record — each publicity
 * notice, each center in the directory and its public site, each published resource the public may read,
 * each policy pack — with the title its page carries. Used by /sitemap.xml and to give the web app's
 * entry page a real <title> for these paths before any script runs.
 */
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { centers, publicityNotices, resources } from '../../db/schema/index.ts';
import { getPack, policyPacks } from '../../domain/policy/index.ts';

export const SITE_NAME = '工业互联网数字化转型促进中心 服务平台';

/** The public sections (web/src/layout/PublicLayout.tsx), with their titles. */
const SECTIONS: readonly { path: string; title: string }[] = [
  { path: '/', title: SITE_NAME },
  { path: '/calls', title: '申报通知' },
  { path: '/publicity', title: '公示公告' },
  { path: '/directory', title: '促进中心名录' },
  { path: '/catalog', title: '资源目录' },
  { path: '/training', title: '培训报名' },
  { path: '/policy', title: '政策文件' },
  { path: '/verify', title: '验证决定' },
];

/** Resources the anonymous public may open (catalog access rules: members_only needs a session). */
const PUBLIC_ACCESS = ['public', 'on_request'];
/** More URLs than one sitemap file may hold (sitemaps.org: 50,000) are left to a sitemap index. */
export const SITEMAP_LIMIT = 50_000;

export interface PublicPage {
  path: string;
  /** YYYY-MM-DD */
  lastModified: string | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function publicPages(db: Db): Promise<PublicPage[]> {
  const pages: PublicPage[] = SECTIONS.map((s) => ({ path: s.path, lastModified: null }));
  for (const pack of policyPacks) {
    pages.push({ path: `/policy/${pack.id}`, lastModified: null });
  }
  const notices = await db
    .select({ id: publicityNotices.id, updatedAt: publicityNotices.updatedAt })
    .from(publicityNotices)
    .orderBy(desc(publicityNotices.updatedAt))
    .limit(SITEMAP_LIMIT);
  pages.push(...notices.map((n) => ({ path: `/publicity/${n.id}`, lastModified: day(n.updatedAt) })));
  const listed = await db
    .select({ id: centers.id, slug: centers.slug, updatedAt: centers.updatedAt })
    .from(centers)
    .where(ne(centers.status, 'building'))
    .orderBy(desc(centers.updatedAt))
    .limit(SITEMAP_LIMIT);
  for (const c of listed) {
    pages.push({ path: `/directory/${c.id}`, lastModified: day(c.updatedAt) });
  }
  const sites = await db
    .select({ slug: centers.slug, updatedAt: centers.updatedAt })
    .from(centers)
    .where(ne(centers.status, 'revoked'))
    .limit(SITEMAP_LIMIT);
  pages.push(...sites.map((c) => ({ path: `/centers/${c.slug}`, lastModified: day(c.updatedAt) })));
  const published = await db
    .select({ id: resources.id, updatedAt: resources.updatedAt })
    .from(resources)
    .where(and(eq(resources.status, 'published'), inArray(resources.access, PUBLIC_ACCESS)))
    .orderBy(desc(resources.updatedAt))
    .limit(SITEMAP_LIMIT);
  pages.push(...published.map((r) => ({ path: `/catalog/${r.id}`, lastModified: day(r.updatedAt) })));
  return pages.slice(0, SITEMAP_LIMIT);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

/** The title of the public page at `path` ("<record> - <section> - <site>"), or null when it is not one. */
export async function publicPageTitle(db: Db, path: string): Promise<string | null> {
  const clean = path.split('?')[0]!.replace(/\/+$/u, '') || '/';
  const section = SECTIONS.find((s) => s.path === clean);
  if (section) {
    return section.path === '/' ? SITE_NAME : `${section.title} - ${SITE_NAME}`;
  }
  const [, head, key] = /^\/([a-z]+)\/([^/]+)$/u.exec(clean) ?? [];
  if (!head || !key) {
    return null;
  }
  const titled = (record: string | undefined, sectionTitle: string) =>
    record ? `${record} - ${sectionTitle} - ${SITE_NAME}` : null;
  if (head === 'policy') {
    const pack = getPack(key);
    return titled(pack?.title.zh, '政策文件');
  }
  if (head === 'centers') {
    const [c] = await db
      .select({ name: centers.name })
      .from(centers)
      .where(and(eq(centers.slug, key), ne(centers.status, 'revoked')));
    return titled(c?.name, '促进中心');
  }
  if (!UUID.test(key)) {
    return null;
  }
  if (head === 'publicity') {
    const [n] = await db
      .select({ title: publicityNotices.title })
      .from(publicityNotices)
      .where(eq(publicityNotices.id, key));
    return titled(n?.title, '公示公告');
  }
  if (head === 'directory') {
    const [c] = await db
      .select({ name: centers.name })
      .from(centers)
      .where(and(eq(centers.id, key), ne(centers.status, 'building')));
    return titled(c?.name, '促进中心名录');
  }
  if (head === 'catalog') {
    const [r] = await db
      .select({ title: resources.title })
      .from(resources)
      .where(
        and(
          eq(resources.id, key),
          eq(resources.status, 'published'),
          inArray(resources.access, PUBLIC_ACCESS),
        ),
      );
    return titled(r?.title, '资源目录');
  }
  return null;
}
