/** Writes the committed JSON Schemas under docs/schemas/ (run: node bin/tsx.mjs scripts/gen-schemas.ts). */
import { writeFileSync } from 'node:fs';
import { applicationProfileJsonSchemaText } from '../src/domain/policy/profile.ts';
import { diagnosisModelJsonSchemaText } from '../src/domain/diagnosis/schema.ts';
import { matchingJsonSchemaTexts } from '../src/domain/matching/schema.ts';

const schemas: [string, string][] = [
  ['application-profile.schema.json', applicationProfileJsonSchemaText()],
  ['diagnosis-model.schema.json', diagnosisModelJsonSchemaText()],
  ...matchingJsonSchemaTexts(),
];
for (const [name, text] of schemas) {
  writeFileSync(new URL(`../docs/schemas/${name}`, import.meta.url), text);
  console.log(`docs/schemas/${name} written`);
}
