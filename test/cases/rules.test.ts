import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { defaultMatrix, defaultSectionTypes } from '../../src/modules/cases/defaults.js';
import { isOverdue, nextReferralState, type ReferralAction } from '../../src/modules/cases/referral-state.js';
import { computeRights, mayReadEntry, type AccessFacts } from '../../src/modules/cases/rights.js';
import type { ReferralState } from '../../src/modules/cases/tables.js';

// The rules of need-to-know and of the referral state machine, as properties.

const sections = defaultSectionTypes.map((s) => s.key);
const unitTypes = ['intake', 'immigration', 'asylum_benefits', 'accommodation', 'integration', 'jobcentre', 'partner_desk', 'other'];
const facts = fc.record({
  unitTypes: fc.subarray(unitTypes),
  grants: fc.array(fc.record({ sectionType: fc.constantFrom(...sections), access: fc.constantFrom('read' as const, 'write' as const) }), { maxLength: 4 }),
  conferenceSections: fc.subarray(sections),
  breakGlass: fc.boolean(),
});
const build = (f: Omit<AccessFacts, 'matrix' | 'sectionTypes'>): AccessFacts => ({ ...f, matrix: defaultMatrix, sectionTypes: sections });

describe('need-to-know rules', () => {
  it('the defaults: the job centre never reads the immigration section, accommodation no health notes of others', () => {
    const jobcentre = computeRights(build({ unitTypes: ['jobcentre'], grants: [], conferenceSections: [], breakGlass: false }));
    assert.equal(jobcentre.has('immigration'), false);
    const accommodation = computeRights(build({ unitTypes: ['accommodation'], grants: [], conferenceSections: [], breakGlass: false }));
    for (const section of sections.filter((s) => s !== 'accommodation')) assert.equal(mayReadEntry(accommodation, section, 'special_category'), false);
  });

  it('more facts never take a right away (monotonic), and nothing at all grants nothing', () => {
    fc.assert(fc.property(facts, facts, (a, b) => {
      const merged = build({
        unitTypes: [...new Set([...a.unitTypes, ...b.unitTypes])], grants: [...a.grants, ...b.grants],
        conferenceSections: [...new Set([...a.conferenceSections, ...b.conferenceSections])], breakGlass: a.breakGlass || b.breakGlass,
      });
      const small = computeRights(build(a));
      const large = computeRights(merged);
      for (const [section, right] of small) {
        const bigger = large.get(section);
        assert.ok(bigger);
        assert.ok(!right.write || bigger.write);
        assert.ok(!right.special || bigger.special);
      }
    }));
    assert.equal(computeRights(build({ unitTypes: ['intake', 'other'], grants: [], conferenceSections: [], breakGlass: false })).size, 0);
  });

  it('conferences and emergency access only ever grant reading; writing comes from the matrix or a grant', () => {
    fc.assert(fc.property(facts, (f) => {
      const rights = computeRights(build(f));
      for (const [section, right] of rights) {
        if (!right.write) continue;
        const byMatrix = defaultMatrix.some((e) => e.sectionType === section && f.unitTypes.includes(e.unitType) && e.access === 'write');
        const byGrant = f.grants.some((g) => g.sectionType === section && g.access === 'write');
        assert.ok(byMatrix || byGrant);
      }
    }));
  });

  it('an entry is readable only in a readable section, and special categories need the special right', () => {
    fc.assert(fc.property(facts, fc.constantFrom(...sections), fc.constantFrom('standard' as const, 'confidential' as const, 'special_category' as const), (f, section, level) => {
      const rights = computeRights(build(f));
      const readable = mayReadEntry(rights, section, level);
      if (!rights.has(section)) assert.equal(readable, false);
      if (level === 'special_category') assert.equal(readable, rights.get(section)?.special ?? false);
      if (level === 'standard') assert.equal(readable, rights.has(section));
    }));
  });
});

describe('referral state machine', () => {
  const states: ReferralState[] = ['open', 'accepted', 'returned', 'completed'];
  const actions: ReferralAction[] = ['accept', 'return', 'complete'];

  it('every sequence of actions leaves the referral in exactly one known state; returned and completed are final', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...actions), { maxLength: 8 }), (sequence) => {
      let state: ReferralState = 'open';
      for (const action of sequence) {
        try {
          state = nextReferralState(state, action);
        } catch (error) {
          assert.equal((error as { code: string }).code, 'REFERRAL_TRANSITION_INVALID');
        }
        assert.ok(states.includes(state));
      }
      if (state === 'returned' || state === 'completed') for (const action of actions) assert.throws(() => nextReferralState(state, action));
    }));
  });

  it('only unfinished referrals past their due day are overdue', () => {
    fc.assert(fc.property(fc.constantFrom(...states), fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), fc.integer({ min: -30, max: 30 }), (state, due, shift) => {
      const dueDate = due.toISOString().slice(0, 10);
      const today = new Date(due.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
      assert.equal(isOverdue({ state, dueDate }, today), (state === 'open' || state === 'accepted') && shift > 0);
    }));
  });
});
