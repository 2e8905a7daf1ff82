/**
 * The catalog search's thesaurus: the latest administrator version (or the shipped defaults), and saving a
 * new version (one transaction with its audit record).
 */
import { desc } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { searchThesaurusVersions } from '../../db/schema/index.ts';
import { DEFAULT_THESAURUS } from '../../domain/search/data/thesaurus.ts';
import { buildThesaurus, type Thesaurus, type ThesaurusEntry } from '../../domain/search/thesaurus.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';

export interface ThesaurusVersion {
  /** 0: the shipped defaults, never saved. */
  version: number;
  entries: ThesaurusEntry[];
  note: string;
  createdAt: Date | null;
}

let cached: { version: number; thesaurus: Thesaurus } | null = null;

/** The thesaurus in force (latest saved version, else the shipped defaults). */
export async function currentThesaurusVersion(db: Db): Promise<ThesaurusVersion> {
  const [row] = await db
    .select()
    .from(searchThesaurusVersions)
    .orderBy(desc(searchThesaurusVersions.version))
    .limit(1);
  if (!row) {
    return { version: 0, entries: DEFAULT_THESAURUS, note: '', createdAt: null };
  }
  return { version: row.version, entries: row.entries, note: row.note, createdAt: row.createdAt };
}

/** The lookup of the thesaurus in force, rebuilt only when a new version was saved. */
export async function currentThesaurus(db: Db): Promise<Thesaurus> {
  const [row] = await db
    .select({ version: searchThesaurusVersions.version })
    .from(searchThesaurusVersions)
    .orderBy(desc(searchThesaurusVersions.version))
    .limit(1);
  const version = row?.version ?? 0;
  if (cached?.version !== version) {
    const current = await currentThesaurusVersion(db);
    cached = { version: current.version, thesaurus: buildThesaurus(current.entries) };
  }
  return cached.thesaurus;
}

/** Saves the entries as the next version; returns its number. */
export async function saveThesaurus({
  actor,
  tx,
  entries,
  note,
}: {
  actor: Actor;
  tx: Db;
  entries: ThesaurusEntry[];
  note: string;
}): Promise<number> {
  const previous = await currentThesaurusVersion(tx);
  const version = previous.version + 1;
  await tx.insert(searchThesaurusVersions).values({
    id: uuidv7(),
    version,
    entries,
    note,
    createdBy: actor.userId,
  });
  await appendAudit(tx, actor, {
    action: 'search_thesaurus.update',
    targetType: 'search_thesaurus',
    before: { version: previous.version, entries: previous.entries.length },
    after: { version, entries: entries.length },
    detail: { version, note },
  });
  return version;
}
