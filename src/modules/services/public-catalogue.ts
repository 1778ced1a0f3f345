import { Type, type Static } from 'typebox';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { LocalizedConcernText } from './concern-model.js';
import { channels } from './concern-model.js';
import { listConcerns, type Concern } from './concerns.js';
import { walkTree, type FinderTree } from './finder-tree.js';
import { CONTENT_LANGUAGES, direction, pickLanguage, type ContentLanguage } from './languages.js';

// What the public sees of the catalogue and the finder: one language at a
// time, German where a text is missing in the asked language (marked with
// its language, so the page can set lang and dir on it). These schemas are
// the allow-list: no unit ids, no change dates, nothing internal.

export const PublicLanguage = Type.Enum(CONTENT_LANGUAGES);
const Dir = Type.Enum(['ltr', 'rtl'] as const);

export const PublicText = Type.Object({ text: Type.String(), lang: PublicLanguage, dir: Dir });
export type PublicText = Static<typeof PublicText>;

export const PublicConcern = Type.Object({
  id: Type.String(),
  lang: PublicLanguage,
  dir: Dir,
  title: Type.String(),
  description: Type.String(),
  prerequisites: Type.Array(Type.String()),
  documents: Type.Array(Type.String()),
  fees: Type.String(),
  accessNote: Type.String(),
  leikaKey: Type.Union([Type.String(), Type.Null()]),
  channel: Type.Enum(channels),
  durationMinutes: Type.Union([Type.Integer(), Type.Null()]),
  forms: Type.Array(Type.Object({ title: Type.String(), url: Type.String() })),
  responsibleUnit: Type.Union([Type.String(), Type.Null()]),
  locations: Type.Array(Type.Object({ name: Type.String(), address: Type.String() })),
});
export type PublicConcern = Static<typeof PublicConcern>;

const text = (texts: Record<string, string>, language: ContentLanguage): PublicText => {
  const picked = pickLanguage(texts, language) ?? { language: 'de' as const, text: '' };
  return { text: picked.text, lang: picked.language, dir: direction(picked.language) };
};

interface Names {
  units: Map<string, string>;
  locations: Map<string, { name: string; address: string }>;
}

async function loadNames(tx: Tx): Promise<Names> {
  const units = await tx.selectFrom('units').select(['id', 'name']).execute();
  const locations = await tx.selectFrom('locations').select(['id', 'name', 'address']).execute();
  return { units: new Map(units.map((u) => [u.id, u.name])), locations: new Map(locations.map((l) => [l.id, { name: l.name, address: l.address }])) };
}

function presentConcern(concern: Concern, language: ContentLanguage, names: Names): PublicConcern {
  const picked = pickLanguage(concern.texts, language) as { language: ContentLanguage; text: Required<LocalizedConcernText> };
  const texts = picked.text;
  return {
    id: concern.id,
    lang: picked.language,
    dir: direction(picked.language),
    title: texts.title,
    description: texts.description,
    prerequisites: texts.prerequisites,
    documents: texts.documents,
    fees: texts.fees,
    accessNote: texts.accessNote,
    leikaKey: concern.leikaKey,
    channel: concern.channel,
    durationMinutes: concern.durationMinutes,
    forms: concern.forms,
    responsibleUnit: concern.responsibleUnitId ? (names.units.get(concern.responsibleUnitId) ?? null) : null,
    locations: concern.locationIds.flatMap((id) => names.locations.get(id) ?? []),
  };
}

/** The offered (active) concerns in one language. */
export async function publicConcerns(tx: Tx, language: ContentLanguage, ids?: readonly string[]): Promise<PublicConcern[]> {
  const names = await loadNames(tx);
  const concerns = await listConcerns(tx, { onlyActive: true });
  if (!ids) return concerns.map((concern) => presentConcern(concern, language, names));
  // In the order the finder's answer names them.
  return ids.flatMap((id) => concerns.filter((concern) => concern.id === id).map((concern) => presentConcern(concern, language, names)));
}

export const Checklist = Type.Object({
  concerns: Type.Array(PublicConcern),
  /** Everything to bring for all concerns together, each document once. */
  documents: Type.Array(PublicText),
});

export const FinderStepView = Type.Object({
  /** The district's name, for the page header. */
  district: Type.String(),
  language: PublicLanguage,
  /** The questions answered so far, for "your answers" and going back. */
  trail: Type.Array(Type.Object({ question: PublicText, answer: PublicText, answerId: Type.String() })),
  question: Type.Union([
    Type.Object({ id: Type.String(), text: PublicText, hint: Type.Union([PublicText, Type.Null()]), answers: Type.Array(Type.Object({ id: Type.String(), label: PublicText })) }),
    Type.Null(),
  ]),
  result: Type.Union([Checklist, Type.Null()]),
});
export type FinderStepView = Static<typeof FinderStepView>;

/** One step of the finder for the answers given so far: the next question, or the checklist. */
export async function finderStep(tx: Tx, district: string, tree: FinderTree | undefined, language: ContentLanguage, path: readonly string[]): Promise<FinderStepView> {
  if (!tree) throw new AppError('FINDER_NOT_SET_UP');
  const step = walkTree(tree, path);
  const trail = step.trail.map(({ nodeId, answerId }) => {
    const node = tree.nodes[nodeId];
    const answer = node?.answers.find((a) => a.id === answerId);
    return { question: text(node?.question ?? {}, language), answer: text(answer?.label ?? {}, language), answerId };
  });
  if (step.kind === 'question') {
    return {
      district,
      language,
      trail,
      question: {
        id: step.nodeId,
        text: text(step.node.question, language),
        hint: step.node.hint ? text(step.node.hint, language) : null,
        answers: step.node.answers.map((answer) => ({ id: answer.id, label: text(answer.label, language) })),
      },
      result: null,
    };
  }
  const concerns = await publicConcerns(tx, language, step.concernIds);
  const seen = new Set<string>();
  const documents: PublicText[] = [];
  for (const concern of concerns) {
    for (const document of concern.documents) {
      if (seen.has(document)) continue;
      seen.add(document);
      documents.push({ text: document, lang: concern.lang, dir: concern.dir });
    }
  }
  return { district, language, trail, question: null, result: { concerns, documents } };
}
