import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findTreeProblems, walkTree, type FinderTree } from '../../src/modules/services/finder-tree.js';
import { isAppError } from '../../src/platform/errors/index.js';

// Rules of the decision tree, for trees of any shape: a checked tree walks
// from any sequence of its answers to its question or result; anything else
// is FINDER_PATH_INVALID; a link back up the tree is found as a loop.

const CONCERNS = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];

/** A random tree: question i may lead only to questions with a larger number, so it has no loops. */
const treeArbitrary = fc.integer({ min: 1, max: 8 }).chain((size) =>
  fc.array(
    fc.array(fc.record({ leadsOn: fc.boolean(), target: fc.nat(), concerns: fc.subarray(CONCERNS, { minLength: 1 }) }), { minLength: 1, maxLength: 4 }),
    { minLength: size, maxLength: size },
  ).map((questions): FinderTree => ({
    start: 'q0',
    nodes: Object.fromEntries(questions.map((answers, index) => [
      `q${index}`,
      {
        question: { de: `Frage ${index}?`, ar: `سؤال ${index}؟` },
        answers: answers.map((answer, a) => {
          const canLeadOn = index < size - 1 && answer.leadsOn;
          return canLeadOn
            ? { id: `a${a}`, label: { de: `Antwort ${a}` }, next: `q${index + 1 + (answer.target % (size - index - 1))}` }
            : { id: `a${a}`, label: { de: `Antwort ${a}` }, concernIds: answer.concerns };
        }),
      },
    ])),
  })),
);

const exists = (id: string) => CONCERNS.includes(id);

describe('finder tree rules', () => {
  it('finds no problem in a well-formed tree, and walks any chosen answers to the question or result they lead to', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.array(fc.nat(), { maxLength: 10 }), (tree, choices) => {
        assert.deepEqual(findTreeProblems(tree, exists), []);
        // Follow the choices through the tree by hand, and compare.
        let node = tree.start;
        const path: string[] = [];
        for (const choice of choices) {
          const answers = tree.nodes[node]?.answers ?? [];
          const answer = answers[choice % answers.length];
          if (!answer) break;
          path.push(answer.id);
          if (answer.concernIds) {
            const step = walkTree(tree, path);
            assert.equal(step.kind, 'result');
            assert.deepEqual(step.kind === 'result' && step.concernIds, answer.concernIds);
            assert.equal(step.trail.length, path.length);
            return;
          }
          node = answer.next as string;
        }
        const step = walkTree(tree, path);
        assert.equal(step.kind, 'question');
        assert.equal(step.kind === 'question' && step.nodeId, node);
      }),
      { numRuns: 300 },
    );
  });

  it('answers any path that does not fit with FINDER_PATH_INVALID, never another failure', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.array(fc.stringMatching(/^[a-z0-9-]{1,4}$/), { minLength: 1, maxLength: 6 }), (tree, path) => {
        try {
          walkTree(tree, path);
        } catch (error) {
          assert.ok(isAppError(error) && error.code === 'FINDER_PATH_INVALID', String(error));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a loop when any question links back to one on its way from the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.nat(), (depth, back) => {
        // A chain q0 → q1 → … → q<depth>, whose last question links back to an earlier one.
        const nodes: FinderTree['nodes'] = {};
        for (let i = 0; i <= depth; i += 1) {
          const next = i < depth ? `q${i + 1}` : `q${back % (depth + 1)}`;
          nodes[`q${i}`] = { question: { de: `Frage ${i}?` }, answers: [{ id: 'weiter', label: { de: 'Weiter' }, next }, { id: 'fertig', label: { de: 'Fertig' }, concernIds: [CONCERNS[0] as string] }] };
        }
        const problems = findTreeProblems({ start: 'q0', nodes }, exists);
        assert.equal(problems.length, 1);
        assert.match(problems[0]?.problem ?? '', /circle/);
      }),
      { numRuns: 100 },
    );
  });
});
