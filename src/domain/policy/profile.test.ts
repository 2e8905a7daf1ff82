import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicationProfileJsonSchemaText, applicationProfileSchema } from './profile.ts';

describe('application profile schema', () => {
  it('matches the committed docs/schemas/application-profile.schema.json (run scripts/gen-schemas.ts when it changes)', () => {
    const committed = readFileSync(
      new URL('../../../docs/schemas/application-profile.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(applicationProfileJsonSchemaText());
  });

  it('names the field of an invalid level', () => {
    const r = applicationProfileSchema.safeParse({
      applicationDate: '2025-01-01',
      level: 'city',
      leadOrg: { name: 'x', orgKind: 'enterprise', legalPerson: true },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['level']);
  });

  it('defaults metric values, judgements and history', () => {
    const p = applicationProfileSchema.parse({
      applicationDate: '2025-01-01',
      level: 'provincial',
      leadOrg: { name: 'x', orgKind: 'enterprise', legalPerson: true },
    });
    expect(p.metricValues).toEqual({});
    expect(p.history.revocations).toEqual([]);
  });
});
