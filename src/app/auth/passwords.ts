/** Password hashing (argon2id) and the 等保 2.0 password rules. */
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm is an ambient const enum (not importable as a value under verbatimModuleSyntax); 2 = Argon2id.
const ARGON2ID = 2 as Algorithm;
import { passwordClassCount } from '../../contracts/auth.ts';

/** The demo accounts' password; refused whenever NODE_ENV=production. */
export const DEMO_PASSWORD = 'dtpc-demo-2026';

export function isProduction(): boolean {
  return process.env.NODE_ENV === 'production';
}

// OWASP's argon2id baseline (19 MiB, 2 passes); tests lower the cost through DTPC_ARGON2_FAST.
function options() {
  const fast = process.env.DTPC_ARGON2_FAST === '1';
  return { algorithm: ARGON2ID, memoryCost: fast ? 1024 : 19456, timeCost: 2, parallelism: 1 };
}

export async function hashPassword(password: string): Promise<string> {
  return hash(password, options());
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the username is unknown, so timing does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('dummy-Password-1');
  return dummyHash;
}

/** Whether a password meets 等保 2.0: ≥ 8 characters from ≥ 3 of 4 classes. */
export function meetsPasswordRules(password: string): boolean {
  return password.length >= 8 && passwordClassCount(password) >= 3;
}
