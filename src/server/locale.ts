/** Picks the response language: explicit ?lang, then Accept-Language, then the user's setting; zh-CN by default. */
import type { FastifyRequest } from 'fastify';
import type { Locale } from '../contracts/common.ts';

export function requestLocale(request: FastifyRequest): Locale {
  const query = request.query as Record<string, unknown> | undefined;
  const lang = typeof query?.lang === 'string' ? query.lang : undefined;
  const header = request.headers['accept-language'];
  const pick = lang ?? (header ? header.split(',')[0]?.trim() : undefined) ?? request.userLocale ?? 'zh-CN';
  return pick.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
