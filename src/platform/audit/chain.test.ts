import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalJson, entryHash, GENESIS_HASH } from './chain.js';

const reorder = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reorder);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reorder(v)]));
  return value;
};

describe('audit chain hashing', () => {
  it('canonical JSON ignores key order and round-trips through JSON (as jsonb does)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const canonical = canonicalJson(value);
        assert.equal(canonicalJson(reorder(value)), canonical);
        assert.equal(canonicalJson(JSON.parse(JSON.stringify(value))), canonical);
      }),
    );
  });

  it('changes the hash when any field changes', () => {
    const base = {
      tenantId: '7d1f2c44-4a51-4c83-9f0e-0c4b1d2e3f40', seq: 1, at: new Date('2026-01-01T10:00:00Z'), actorId: null, actorLabel: 'A',
      action: 'unit.create', subjectType: 'unit', subjectId: 'x', personId: null, purpose: 'p', details: { a: 1 }, prevHash: GENESIS_HASH,
    };
    const original = entryHash(base);
    const variants = [
      { seq: 2 }, { at: new Date('2026-01-01T10:00:00.001Z') }, { actorLabel: 'B' }, { action: 'unit.update' }, { subjectId: 'y' },
      { purpose: 'q' }, { details: { a: 2 } }, { prevHash: 'f'.repeat(64) }, { personId: '7d1f2c44-4a51-4c83-9f0e-0c4b1d2e3f41' },
    ];
    for (const change of variants) assert.notEqual(entryHash({ ...base, ...change }), original, JSON.stringify(change));
    assert.equal(entryHash({ ...base }), original);
  });
});
