/**
 * For search engines: /sitemap.xml lists every public page (src/app/seo/public-pages.ts) with absolute
 * URLs, /robots.txt points to it and keeps crawlers out of the API, and the web app's entry page carries
 * the page's own <title> for public records, so a crawler that runs no script still reads what the page is.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { publicPages, publicPageTitle } from '../app/seo/public-pages.ts';

/** The site's origin: DTPC_PUBLIC_URL when the deployment sets it (behind a proxy), else the request's. */
function origin(request: FastifyRequest): string {
  const configured = process.env.DTPC_PUBLIC_URL?.replace(/\/+$/u, '');
  return configured || `${request.protocol}://${request.host}`;
}

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function registerSeo(app: FastifyInstance): void {
  app.get('/sitemap.xml', { config: { guard: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const base = origin(request);
    const urls = (await publicPages(app.db)).map(
      (p) =>
        `  <url><loc>${escapeXml(base + p.path)}</loc>${p.lastModified ? `<lastmod>${p.lastModified}</lastmod>` : ''}</url>`,
    );
    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
      );
  });
  app.get('/robots.txt', { config: { guard: 'public' }, schema: { hide: true } }, async (request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(`User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: ${origin(request)}/sitemap.xml\n`),
  );
}

/** The entry page with the <title> of the public page at `url`, when it is one. */
export async function titledEntryPage(app: FastifyInstance, page: string, url: string): Promise<string> {
  const title = await publicPageTitle(app.db, url).catch(() => null);
  return title ? page.replace(/<title>[^<]*<\/title>/u, `<title>${escapeHtml(title)}</title>`) : page;
}
