import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../platform/errors/index.js';

// Passwords, random tokens and their hashes. Tokens (session cookies,
// invitation links, recovery codes) carry 128+ bits of randomness, so a plain
// SHA-256 is enough to store them; passwords are short and get Argon2id.

// OWASP's recommended Argon2id baseline: 19 MiB memory, 2 iterations.
// The package's Algorithm enum is a const enum, so the value is spelled out: 2 = Argon2id.
const ARGON2ID = 2;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

// The most common long passwords in breach lists; a real deployment can add
// its own list, this keeps the obvious ones out.
const COMMON_PASSWORDS = new Set([
  '123456789012', 'passwort1234', 'password1234', 'qwertzuiop12', 'qwertyuiop12', '111111111111',
  'abcdefghijkl', 'hallo1234567', 'willkommen12', 'sommer202020', 'winter202020', 'lotselotse12',
]);

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    // Spend the same time as a real check so response times do not reveal
    // which e-mail addresses have accounts.
    await hash(password, ARGON2_OPTIONS);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

export function assertPasswordAcceptable(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new AppError('PASSWORD_TOO_SHORT');
  if (COMMON_PASSWORDS.has(password.toLowerCase()) || new Set(password).size < 4) throw new AppError('PASSWORD_TOO_COMMON');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
