import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

// Time-based one-time passwords (RFC 6238) as every authenticator app reads
// them: SHA-1, 6 digits, 30 seconds. A code is accepted one step early or
// late for clock drift, and never twice (the last used step is stored).

const ISSUER = 'Lotse';

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export async function enrolmentMaterial(secretBase32: string, email: string) {
  const otpauthUri = totpFor(secretBase32, email).toString();
  const qrDataUrl = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
  return { secret: secretBase32, otpauthUri, qrDataUrl };
}

/**
 * Returns the time step the code belongs to, or null if it is wrong or was
 * already used (step ≤ lastUsedStep).
 */
export function matchTotp(secretBase32: string, code: string, lastUsedStep: number | null, now = Date.now()): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32, 'check').validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 30_000) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}

/** The current code; used by the CLI's demo output and by tests. */
export function currentTotp(secretBase32: string, now = Date.now()): string {
  return totpFor(secretBase32, 'check').generate({ timestamp: now });
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten one-time recovery codes like "k7pq-3mxa-h2wd" (about 70 bits each). */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export function normaliseRecoveryCode(input: string): string {
  const compact = input.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8, 12)}`;
}
