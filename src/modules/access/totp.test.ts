import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { currentTotp, matchTotp, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode } from './totp.js';

describe('TOTP', () => {
  const secret = newTotpSecret();

  it('accepts a code one step early or late, not two', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_600_000_000_000, max: 2_000_000_000_000 }), (now) => {
        const step = Math.floor(now / 30_000);
        assert.equal(matchTotp(secret, currentTotp(secret, now), null, now), step);
        assert.equal(matchTotp(secret, currentTotp(secret, now - 30_000), null, now), step - 1);
        assert.equal(matchTotp(secret, currentTotp(secret, now + 30_000), null, now), step + 1);
        const farCode = currentTotp(secret, now + 90_000);
        // A code from two steps away only matches if it happens to equal a near one.
        const near = [-1, 0, 1].map((d) => currentTotp(secret, now + d * 30_000));
        if (!near.includes(farCode)) assert.equal(matchTotp(secret, farCode, null, now), null);
      }),
      { numRuns: 200 },
    );
  });

  it('never accepts a step at or before the last used one', () => {
    const now = Date.now();
    const step = Math.floor(now / 30_000);
    assert.equal(matchTotp(secret, currentTotp(secret, now), step, now), null);
    assert.equal(matchTotp(secret, currentTotp(secret, now), step - 1, now), step);
  });

  it('refuses malformed input', () => {
    for (const code of ['', '12345', '1234567', 'abcdef', '12 34 5x']) assert.equal(matchTotp(secret, code, null), null);
  });

  it('makes distinct recovery codes that survive sloppy typing', () => {
    const codes = newRecoveryCodes();
    assert.equal(new Set(codes).size, 10);
    for (const code of codes) {
      assert.match(code, /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      assert.equal(normaliseRecoveryCode(` ${code.toUpperCase().replace(/-/g, ' ')} `), code);
    }
  });
});
