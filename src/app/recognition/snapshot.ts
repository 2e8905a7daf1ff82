/** Frozen versions: the snapshot of the working copy at submission, and the diff between two versions. */
import type { Db } from '../../db/client.ts';
import {
  applicationMaterialsOf,
  applicationMembersOf,
  type ApplicationRow,
} from '../../db/loaders/recognition.ts';

/** Everything the applicant submits, as plain JSON (files by name and hash). */
export async function snapshotOf(tx: Db, app: ApplicationRow): Promise<Record<string, unknown>> {
  const members = await applicationMembersOf(tx, app.id);
  const materials = await applicationMaterialsOf(tx, app.id);
  return {
    centerName: app.centerName,
    level: app.level,
    type: app.type,
    kind: app.kind,
    direction: app.direction,
    industryCode: app.industryCode,
    form: app.form,
    members: members.map((m) => ({
      creditCode: m.creditCode,
      name: m.name,
      orgKind: m.orgKind,
      legalPerson: m.legalPerson,
      agreement: m.agreementFile ? { name: m.agreementFile.name, sha256: m.agreementFile.sha256 } : null,
    })),
    materials: materials.map((m) => ({
      kind: m.kind,
      metric: m.metric,
      name: m.file.name,
      sha256: m.file.sha256,
      size: m.file.size,
      mime: m.file.mime,
    })),
  };
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) {
      out.set(prefix, Array.isArray(value) ? [] : {});
    }
    for (const [k, v] of entries) {
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    return;
  }
  out.set(prefix, value);
}

/** The leaf-level differences between two snapshots, by dotted path. */
export function diffSnapshots(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { path: string; before?: unknown; after?: unknown }[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(before, '', a);
  flatten(after, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changes: { path: string; before?: unknown; after?: unknown }[] = [];
  for (const path of paths) {
    const x = a.get(path);
    const y = b.get(path);
    if (JSON.stringify(x) !== JSON.stringify(y)) {
      changes.push({ path, ...(a.has(path) ? { before: x } : {}), ...(b.has(path) ? { after: y } : {}) });
    }
  }
  return changes;
}
