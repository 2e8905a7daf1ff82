import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicationActions } from '../domain/workflow/application.ts';
import { auditActionKnown, auditActionLabel, auditTargetLabel } from './audit-labels.ts';

const root = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      return sourceFiles(path);
    }
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The values a templated action (`entity.${…}`) can take, by its prefix. */
const templated: Record<string, readonly string[]> = {
  application: applicationActions,
  objection: ['uphold', 'dismiss'],
  service_record: ['confirm', 'dispute'],
  finance_match: ['succeeded', 'failed'],
  change_filing: ['confirm', 'return'],
  revocation: ['revoke', 'dismiss'],
};

/** Every audit action the code can write: literals on `action:` lines, templates expanded. */
function auditedActions(): { literals: Set<string>; unknownTemplates: string[] } {
  const literals = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const file of [...sourceFiles(join(root, 'app')), ...sourceFiles(join(root, 'cli'))]) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('appendAudit') && !text.includes('insertAudited')) {
      continue;
    }
    for (const line of text.split('\n')) {
      if (!/^\s*action:/.test(line)) {
        continue;
      }
      for (const m of line.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) {
        literals.add(m[1]!);
      }
      const template = /`([a-z_]+)\.\$\{/.exec(line);
      if (template) {
        const values = templated[template[1]!];
        if (values) {
          values.forEach((v) => literals.add(`${template[1]}.${v}`));
        } else {
          unknownTemplates.push(`${file}: ${line.trim()}`);
        }
      }
    }
  }
  return { literals, unknownTemplates };
}

describe('audit action labels', () => {
  it('names the workflow transitions of an application in Chinese and English', () => {
    expect(auditActionLabel('application.recommend')).toBe('申报 · 推荐报省');
    expect(auditActionLabel('application.recommend', 'en')).toBe('Application: Recommend to the province');
    expect(auditActionLabel('user.reset_password')).toBe('账号 · 重置口令');
  });

  it('shows an unknown action as its code rather than hiding it', () => {
    expect(auditActionLabel('spaceship.launch')).toBe('spaceship · launch');
    expect(auditActionKnown('spaceship.launch')).toBe(false);
    expect(auditTargetLabel('spaceship')).toBe('spaceship');
  });

  it('has a Chinese name for every action the code audits', () => {
    const { literals, unknownTemplates } = auditedActions();
    expect(literals.size).toBeGreaterThan(50);
    expect(unknownTemplates).toEqual([]);
    expect([...literals].filter((a) => !auditActionKnown(a)).sort()).toEqual([]);
  });
});
