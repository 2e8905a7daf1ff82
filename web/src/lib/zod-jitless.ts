/**
 * What `import … from 'zod'` resolves to in the web build (web/vite.config.ts aliases it here): zod, set
 * jitless before any schema exists. Under the server's CSP (no 'unsafe-eval') zod's object parsers must not
 * compile with `new Function`, and zod decides that when a schema is constructed, so the setting has to come
 * with zod itself rather than from the entry module — which keeps zod out of the first page's JavaScript:
 * it loads with the first screen that validates.
 */
import * as z from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
