import { randomBytes } from 'node:crypto';
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { AppError } from '../../platform/errors/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Tx } from '../../platform/db/index.js';

// Proof of work on reserve (ALTCHA): the server hands out a signed challenge,
// the browser searches the counter that produces the signed key prefix, the
// server checks the signature and that the challenge was not used before.
// It costs a person a second and a booking script the same second per try.

export interface PowSettings {
  secret: string;
  keySecret: string;
  /** The counter is drawn up to this: the expected work of one solution. */
  maxNumber: number;
  /** Tenant the challenge is bound to, so it cannot be spent elsewhere. */
  validMinutes: number;
}

export function powSettings(configured: { powSecret: string | undefined; powMaxNumber: number }): PowSettings {
  // Without a configured secret each process makes its own; then a challenge
  // must be solved against the process that issued it (fine for one process).
  const secret = configured.powSecret ?? randomBytes(32).toString('hex');
  return { secret, keySecret: `${secret}:key`, maxNumber: configured.powMaxNumber, validMinutes: 10 };
}

export async function issueChallenge(settings: PowSettings, tenantId: string, clock: Clock): Promise<Challenge> {
  const low = Math.max(0, Math.floor(settings.maxNumber / 2));
  return createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(low, settings.maxNumber),
    deriveKey,
    data: { tenant: tenantId },
    expiresAt: new Date(clock.now().getTime() + settings.validMinutes * 60_000),
    hmacSignatureSecret: settings.secret,
    hmacKeySignatureSecret: settings.keySecret,
  });
}

export interface PowPayload {
  challenge: Challenge;
  solution: Solution;
}

/** Throws APPOINTMENT_POW_INVALID unless the solution is right, unexpired and for this tenant. */
export async function assertSolved(settings: PowSettings, tenantId: string, payload: PowPayload): Promise<void> {
  let verified = false;
  try {
    const result = await verifySolution({ challenge: payload.challenge, solution: payload.solution, deriveKey, hmacSignatureSecret: settings.secret, hmacKeySignatureSecret: settings.keySecret });
    verified = result.verified && payload.challenge.parameters.data?.tenant === tenantId;
  } catch {
    verified = false;
  }
  if (!verified) throw new AppError('APPOINTMENT_POW_INVALID', 'proof of work not verified');
}

/** Marks the challenge spent; false when it was spent before (a replay). */
export async function spendChallenge(tx: Tx, tenantId: string, payload: PowPayload): Promise<boolean> {
  const spent = await tx
    .insertInto('appointment_pow_spent')
    .values({ tenant_id: tenantId, challenge_nonce: payload.challenge.parameters.nonce })
    .onConflict((conflict) => conflict.doNothing())
    .returning('challenge_nonce')
    .executeTakeFirst();
  return spent !== undefined;
}
