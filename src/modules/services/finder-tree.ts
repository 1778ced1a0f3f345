import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { AppError } from '../../platform/errors/index.js';
import { isContentLanguage } from './languages.js';

// The Anliegen-Finder's decision tree: questions with answers; an answer
// leads to the next question or to one or more concerns. Staff edit it as a
// whole; it is checked here before it is stored, so the public finder never
// meets a dangling link, a loop or a question without German text.

const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$', description: 'lower-case letters, digits and hyphens' });
const Texts = Type.Record(Type.String({ maxLength: 20 }), Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }), { description: 'text per language tag; "de" required' });

export const FinderAnswer = Type.Object(
  {
    id: Id,
    label: Texts,
    next: Type.Optional(Id),
    concernIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 10 })),
  },
  { additionalProperties: false },
);

export const FinderQuestion = Type.Object(
  {
    question: Texts,
    hint: Type.Optional(Texts),
    answers: Type.Array(FinderAnswer, { minItems: 1, maxItems: 15 }),
  },
  { additionalProperties: false },
);

export const FinderTree = Type.Object(
  {
    start: Id,
    nodes: Type.Record(Type.String(), FinderQuestion),
  },
  { additionalProperties: false },
);
export type FinderTree = Static<typeof FinderTree>;
export type FinderQuestion = Static<typeof FinderQuestion>;

export interface TreeProblem {
  where: string;
  problem: string;
}

const MAX_NODES = 300;

function checkTexts(texts: Record<string, string>, where: string, problems: TreeProblem[]) {
  if (!texts.de) problems.push({ where, problem: 'German text ("de") is required' });
  for (const language of Object.keys(texts)) {
    if (!isContentLanguage(language)) problems.push({ where: `${where}/${language}`, problem: 'unsupported language' });
  }
}

/**
 * Every fault of a tree, or none. `concernExists` says whether an id names a
 * concern of this district.
 */
export function findTreeProblems(raw: unknown, concernExists: (id: string) => boolean): TreeProblem[] {
  if (!Value.Check(FinderTree, raw)) {
    return [...Value.Errors(FinderTree, raw)]
      .filter((error) => error.keyword !== 'boolean')
      .slice(0, 50)
      .map((error) => ({ where: error.instancePath || '/', problem: error.message }));
  }
  const tree = raw;
  const problems: TreeProblem[] = [];
  const ids = Object.keys(tree.nodes);
  if (ids.length > MAX_NODES) problems.push({ where: '/nodes', problem: `at most ${MAX_NODES} questions` });
  if (!tree.nodes[tree.start]) problems.push({ where: '/start', problem: `no question "${tree.start}"` });
  for (const id of ids) {
    const node = tree.nodes[id] as FinderQuestion;
    const where = `/nodes/${id}`;
    if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(id)) problems.push({ where, problem: 'question ids use lower-case letters, digits and hyphens' });
    checkTexts(node.question, `${where}/question`, problems);
    if (node.hint) checkTexts(node.hint, `${where}/hint`, problems);
    const seen = new Set<string>();
    node.answers.forEach((answer, index) => {
      const at = `${where}/answers/${index}`;
      if (seen.has(answer.id)) problems.push({ where: `${at}/id`, problem: `answer id "${answer.id}" used twice in this question` });
      seen.add(answer.id);
      checkTexts(answer.label, `${at}/label`, problems);
      const leadsOn = answer.next !== undefined;
      const concludes = answer.concernIds !== undefined;
      if (leadsOn === concludes) problems.push({ where: at, problem: 'an answer needs either "next" (a question) or "concernIds" (the result), not both' });
      if (answer.next !== undefined && !tree.nodes[answer.next]) problems.push({ where: `${at}/next`, problem: `no question "${answer.next}"` });
      for (const concernId of answer.concernIds ?? []) {
        if (!concernExists(concernId)) problems.push({ where: `${at}/concernIds`, problem: `no concern ${concernId}` });
      }
    });
  }
  if (problems.length === 0) {
    const cycle = findCycle(tree);
    if (cycle) problems.push({ where: `/nodes/${cycle[0]}`, problem: `questions lead in a circle: ${cycle.join(' → ')}` });
  }
  return problems;
}

/** A loop reachable from the start, as the list of question ids, or null. */
function findCycle(tree: FinderTree): string[] | null {
  const done = new Set<string>();
  const visit = (id: string, stack: string[]): string[] | null => {
    if (stack.includes(id)) return [...stack.slice(stack.indexOf(id)), id];
    if (done.has(id)) return null;
    for (const answer of tree.nodes[id]?.answers ?? []) {
      if (answer.next) {
        const cycle = visit(answer.next, [...stack, id]);
        if (cycle) return cycle;
      }
    }
    done.add(id);
    return null;
  };
  return visit(tree.start, []);
}

export function assertValidTree(raw: unknown, concernExists: (id: string) => boolean): FinderTree {
  const problems = findTreeProblems(raw, concernExists);
  if (problems.length > 0) throw new AppError('FINDER_TREE_INVALID', problems[0]?.problem, { problems });
  return raw as FinderTree;
}

export type FinderStep =
  | { kind: 'question'; nodeId: string; node: FinderQuestion; trail: TrailEntry[] }
  | { kind: 'result'; concernIds: string[]; trail: TrailEntry[] };

export interface TrailEntry {
  nodeId: string;
  answerId: string;
}

/**
 * Follows the chosen answers from the start. The path comes from the
 * person's browser (address bar), so anything that does not fit the tree is
 * FINDER_PATH_INVALID, never a crash.
 */
export function walkTree(tree: FinderTree, path: readonly string[]): FinderStep {
  let nodeId = tree.start;
  const trail: TrailEntry[] = [];
  for (const [index, answerId] of path.entries()) {
    const node = tree.nodes[nodeId];
    const answer = node?.answers.find((candidate) => candidate.id === answerId);
    if (!answer) throw new AppError('FINDER_PATH_INVALID', `step ${index + 1}: no answer "${answerId}" at "${nodeId}"`);
    trail.push({ nodeId, answerId });
    if (answer.concernIds) {
      if (index !== path.length - 1) throw new AppError('FINDER_PATH_INVALID', 'answers after the result');
      return { kind: 'result', concernIds: answer.concernIds, trail };
    }
    nodeId = answer.next as string;
  }
  return { kind: 'question', nodeId, node: tree.nodes[nodeId] as FinderQuestion, trail };
}
