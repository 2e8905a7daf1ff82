/** The catalog search's settings: the thesaurus (read, save a new version) and the zero-result log. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  saveThesaurusBodySchema,
  searchMissListSchema,
  thesaurusViewSchema,
} from '../../contracts/search.ts';
import { currentThesaurusVersion, saveThesaurus } from '../../app/search/thesaurus.ts';
import { listMisses } from '../../app/search/misses.ts';
import { authorize, type Policy } from '../policies/core.ts';
import { searchPolicy } from '../policies/search.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['search'];
const guard = (action: string) => ({ guard: { policy: searchPolicy as Policy<never>, action } });

async function thesaurusView(db: Parameters<typeof currentThesaurusVersion>[0]) {
  const v = await currentThesaurusVersion(db);
  return { ...v, createdAt: v.createdAt?.toISOString() ?? null };
}

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search/thesaurus',
    {
      config: guard('readThesaurus'),
      schema: {
        tags,
        summary: '检索同义词表（当前版本）',
        response: { 200: thesaurusViewSchema },
      },
    },
    async (request) => {
      authorize(searchPolicy, actorOf(request), 'readThesaurus', null);
      return thesaurusView(app.db);
    },
  );

  app.put(
    '/search/thesaurus',
    {
      config: guard('editThesaurus'),
      schema: {
        tags,
        summary: '保存检索同义词表（生成新版本，记入审计）',
        body: saveThesaurusBodySchema,
        response: { 200: thesaurusViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(searchPolicy, actor, 'editThesaurus', null);
      await app.db.transaction((tx) =>
        saveThesaurus({ actor, tx, entries: request.body.entries, note: request.body.note }),
      );
      return thesaurusView(app.db);
    },
  );

  app.get(
    '/search/misses',
    {
      config: guard('readMisses'),
      schema: {
        tags,
        summary: '无结果检索词（匿名，按次数）',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: searchMissListSchema },
      },
    },
    async (request) => {
      authorize(searchPolicy, actorOf(request), 'readMisses', null);
      return { items: await listMisses(app.db, request.query.limit) };
    },
  );
};
