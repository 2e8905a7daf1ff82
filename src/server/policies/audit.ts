/** The audit log: national admins read all of it; provincial admins read entries about their province. */
import { allow, always, definePolicy, inJurisdiction } from './core.ts';

export interface AuditSubject {
  scopeRegion: string | null;
}

export const auditPolicy = definePolicy<AuditSubject>('audit', [
  allow('national_admin', ['read', 'verify'], always),
  allow(
    'provincial_admin',
    'read',
    inJurisdiction((a) => a.scopeRegion),
  ),
  allow('provincial_admin', 'verify', always),
]);
