/**
 * The catalog's landing view (no search text, no facet filter) counts facets over the whole pool; it is the
 * most frequent and the most expensive query, so its answer is kept for 30 s. Every resource write in this
 * process forgets it at once; another server process sees a write within the 30 s.
 */
const TTL_MS = 30_000;
const MAX_ENTRIES = 200;

const entries = new Map<string, { at: number; value: unknown }>();

export function cachedCatalog<T>(key: string): T | undefined {
  const entry = entries.get(key);
  if (!entry || Date.now() - entry.at > TTL_MS) {
    entries.delete(key);
    return undefined;
  }
  return entry.value as T;
}

export function rememberCatalog(key: string, value: unknown): void {
  if (entries.size >= MAX_ENTRIES) {
    entries.clear();
  }
  entries.set(key, { at: Date.now(), value });
}

/** Called by every command that changes what the catalog shows. */
export function forgetCatalog(): void {
  entries.clear();
}
