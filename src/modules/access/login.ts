import type { Config } from '../../platform/config/config.js';
import { recordAudit } from '../../platform/audit/index.js';
import { withSystem, withTenant, type Database, type Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { RequestAuth } from '../../platform/http/policy.js';
import { sha256, verifyPassword } from './secrets.js';
import { createSession, revokeSession, type NewSession } from './sessions.js';
import { assertNotThrottled, clearFailures, recordFailure } from './throttle.js';
import { enrolmentMaterial, matchTotp, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode } from './totp.js';

// The local login: e-mail and password first, then a second factor (a TOTP
// code or a one-time recovery code), or TOTP enrolment on the first login.
// Each step that raises the session's trust issues a new session token, so a
// token seen before the second factor is worthless afterwards.

const PURPOSE = 'Zugangssicherheit (Anmeldung)';

export interface LoginResult {
  session: NewSession;
  stage: 'totp' | 'enrol' | 'full';
}

export async function passwordLogin(db: Database, config: Config, input: { email: string; password: string; address: string }): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  await assertNotThrottled(db, [['account', email], ['address', input.address]]);
  const staff = await withSystem(db, (tx) =>
    tx.selectFrom('staff').select(['id', 'tenant_id', 'display_name', 'status', 'password_hash', 'totp_secret']).where('email', '=', email).executeTakeFirst(),
  );
  const passwordOk = await verifyPassword(staff?.password_hash ?? null, input.password);
  if (!staff || !passwordOk) {
    await recordFailure(db, [['account', email], ['address', input.address]]);
    if (staff) {
      await withTenant(db, staff.tenant_id, (tx) =>
        recordAudit(tx, {
          tenantId: staff.tenant_id,
          actor: { id: staff.id, label: staff.display_name },
          action: 'auth.login_failed',
          subjectType: 'staff',
          subjectId: staff.id,
          purpose: PURPOSE,
          details: { reason: 'wrong_password', address: input.address },
        }),
      );
    }
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  if (staff.status !== 'active') throw new AppError('AUTH_ACCOUNT_DISABLED');
  const stage = staff.totp_secret ? 'totp' : 'enrol';
  const session = await withTenant(db, staff.tenant_id, (tx) =>
    createSession(tx, config, { tenantId: staff.tenant_id, staffId: staff.id, stage, authMethod: 'password' }),
  );
  return { session, stage };
}

/** Checks a TOTP code or a recovery code and upgrades the session to full. */
export async function completeSecondFactor(db: Database, config: Config, auth: RequestAuth, code: string, address: string): Promise<LoginResult> {
  if (auth.stage !== 'totp') throw new AppError('AUTH_WRONG_STAGE');
  await assertNotThrottled(db, [['account', auth.email], ['address', address]]);
  const outcome = await withTenant(db, auth.tenantId, async (tx) => {
    const staff = await tx.selectFrom('staff').select(['totp_secret', 'totp_last_step']).where('id', '=', auth.staffId).executeTakeFirstOrThrow();
    if (!staff.totp_secret) throw new AppError('AUTH_WRONG_STAGE');
    const step = matchTotp(staff.totp_secret, code, staff.totp_last_step === null ? null : Number(staff.totp_last_step));
    if (step !== null) {
      await tx.updateTable('staff').set({ totp_last_step: step }).where('id', '=', auth.staffId).execute();
      return 'totp' as const;
    }
    if (await useRecoveryCode(tx, auth, code)) return 'recovery_code' as const;
    await recordAudit(tx, {
      tenantId: auth.tenantId,
      actor: { id: auth.staffId, label: auth.displayName },
      action: 'auth.second_factor_failed',
      subjectType: 'staff',
      subjectId: auth.staffId,
      purpose: PURPOSE,
      details: { address },
    });
    return 'failed' as const;
  });
  if (outcome === 'failed') {
    await recordFailure(db, [['account', auth.email], ['address', address]]);
    throw new AppError('AUTH_INVALID_CODE');
  }
  await clearFailures(db, 'account', auth.email);
  const session = await withTenant(db, auth.tenantId, (tx) => upgradeSession(tx, config, auth, { method: outcome, address }));
  return { session, stage: 'full' };
}

async function useRecoveryCode(tx: Tx, auth: RequestAuth, code: string): Promise<boolean> {
  const result = await tx
    .updateTable('recovery_codes')
    .set({ used_at: new Date() })
    .where('staff_id', '=', auth.staffId)
    .where('code_hash', '=', sha256(normaliseRecoveryCode(code)))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function upgradeSession(tx: Tx, config: Config, auth: RequestAuth, details: Record<string, unknown>): Promise<NewSession> {
  await revokeSession(tx, auth.sessionId);
  const session = await createSession(tx, config, { tenantId: auth.tenantId, staffId: auth.staffId, stage: 'full', authMethod: auth.authMethod });
  await recordAudit(tx, {
    tenantId: auth.tenantId,
    actor: { id: auth.staffId, label: auth.displayName },
    action: 'auth.login',
    subjectType: 'staff',
    subjectId: auth.staffId,
    purpose: PURPOSE,
    details,
  });
  return session;
}

export async function startEnrolment(db: Database, auth: RequestAuth) {
  if (auth.stage !== 'enrol') throw new AppError('AUTH_WRONG_STAGE');
  const secret = newTotpSecret();
  await withTenant(db, auth.tenantId, (tx) => tx.updateTable('sessions').set({ pending_totp_secret: secret }).where('id', '=', auth.sessionId).execute());
  return enrolmentMaterial(secret, auth.email);
}

export async function confirmEnrolment(db: Database, config: Config, auth: RequestAuth, code: string, address: string): Promise<LoginResult & { recoveryCodes: string[] }> {
  if (auth.stage !== 'enrol') throw new AppError('AUTH_WRONG_STAGE');
  await assertNotThrottled(db, [['account', auth.email], ['address', address]]);
  const result = await withTenant(db, auth.tenantId, async (tx) => {
    const row = await tx.selectFrom('sessions').select('pending_totp_secret').where('id', '=', auth.sessionId).executeTakeFirstOrThrow();
    if (!row.pending_totp_secret) throw new AppError('AUTH_WRONG_STAGE', 'enrolment was not started');
    const step = matchTotp(row.pending_totp_secret, code, null);
    if (step === null) return null;
    await tx.updateTable('staff').set({ totp_secret: row.pending_totp_secret, totp_last_step: step, updated_at: new Date() }).where('id', '=', auth.staffId).execute();
    const recoveryCodes = newRecoveryCodes();
    await tx.deleteFrom('recovery_codes').where('staff_id', '=', auth.staffId).execute();
    await tx
      .insertInto('recovery_codes')
      .values(recoveryCodes.map((recoveryCode) => ({ tenant_id: auth.tenantId, staff_id: auth.staffId, code_hash: sha256(recoveryCode) })))
      .execute();
    await recordAudit(tx, {
      tenantId: auth.tenantId,
      actor: { id: auth.staffId, label: auth.displayName },
      action: 'auth.totp_enrolled',
      subjectType: 'staff',
      subjectId: auth.staffId,
      purpose: PURPOSE,
    });
    const session = await upgradeSession(tx, config, auth, { method: 'totp_enrolment', address });
    return { session, recoveryCodes };
  });
  if (!result) {
    await recordFailure(db, [['account', auth.email], ['address', address]]);
    throw new AppError('AUTH_INVALID_CODE');
  }
  await clearFailures(db, 'account', auth.email);
  return { ...result, stage: 'full' };
}
