import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { canonicalJson, entryHash, entryMaterial, GENESIS_HASH } from './chain.js';

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

  it('hashes exactly the canonical JSON array of the fields, however they are split for the database', () => {
    const text = fc.string({ unit: 'grapheme' });
    const maybe = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          tenantId: fc.uuid(), seq: fc.integer({ min: 1, max: 2 ** 40 }), at: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
          actorId: maybe(fc.uuid()), actorLabel: text, action: text, subjectType: maybe(text), subjectId: maybe(text), personId: maybe(fc.uuid()),
          purpose: text, details: fc.jsonValue(), prevHash: fc.stringMatching(/^[0-9a-f]{64}$/),
        }),
        (fields) => {
          assert.equal(entryHash(fields), createHash('sha256').update(entryMaterial(fields)).digest('hex'));
        },
      ),
    );
  });
});
