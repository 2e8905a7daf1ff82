/** Writes the committed JSON Schemas under docs/schemas/ (run: node bin/tsx.mjs scripts/gen-schemas.ts). */
import { writeFileSync } from 'node:fs';
import { applicationProfileJsonSchemaText } from '../src/domain/policy/profile.ts';

writeFileSync(
  new URL('../docs/schemas/application-profile.schema.json', import.meta.url),
  applicationProfileJsonSchemaText(),
);
console.log('docs/schemas/application-profile.schema.json written');
