import type { Actor } from '../../../platform/audit/index.js';
import type { Tx } from '../../../platform/db/index.js';
import type { LocalizedConcernText } from '../concern-model.js';
import { saveConcern } from '../concerns.js';
import { saveFinderTree } from '../finder-store.js';
import type { FinderTree } from '../finder-tree.js';
import { saveLocation } from '../locations.js';
import { demoFinderQuestions, demoFinderStart } from './finder.js';
import { immigrationOfficeConcerns } from './immigration-office.js';
import { neighbourConcerns } from './neighbours.js';
import { access, DEMO_LANGUAGES, documents, fees, prerequisites, type Phrase } from './phrases.js';
import type { DemoConcern } from './types.js';

// The demo district's catalogue: two locations, the concerns of the
// immigration office and its neighbours, and the finder's decision tree.
// Called by the demo seed of the access module once the units exist;
// written through the same domain functions as the staff app, so the demo
// obeys every rule of the catalogue.

export const DEMO_LOCATIONS = {
  kreishaus: { name: 'Kreishaus Musterstadt', address: 'Am Markt 1, 12345 Musterstadt' },
  nordstadt: { name: 'Bürgerbüro Nordstadt', address: 'Bahnhofstraße 12, 12346 Nordstadt' },
} as const;

export const DEMO_CONCERNS: readonly DemoConcern[] = [...immigrationOfficeConcerns, ...neighbourConcerns];

const channelAccess = { online_booking: 'online', walk_in: 'walkIn', emergency: 'emergency' } as const;

function textsOf(concern: DemoConcern): Record<string, LocalizedConcernText> {
  const pick = (phrase: Phrase, language: (typeof DEMO_LANGUAGES)[number]) => phrase[language];
  return Object.fromEntries(
    DEMO_LANGUAGES.map((language) => [
      language,
      {
        title: pick(concern.title, language),
        description: pick(concern.description, language),
        prerequisites: concern.prerequisites.map((key) => pick(prerequisites[key], language)),
        documents: concern.documents.map((key) => pick(documents[key], language)),
        fees: pick(fees[concern.fee], language),
        accessNote: pick(access[concern.access ?? channelAccess[concern.channel]], language),
      },
    ]),
  );
}

export interface SeededCatalogue {
  concernIds: Record<string, string>;
  locationIds: Record<keyof typeof DEMO_LOCATIONS, string>;
}

/** Fills an empty district's catalogue with the demo concerns and finder. Units are found by their demo names; missing ones leave the concern without a unit. */
export async function seedDemoCatalogue(tx: Tx, tenantId: string, actor: Actor = { id: null, label: 'Demo-Daten' }): Promise<SeededCatalogue> {
  const units = new Map((await tx.selectFrom('units').select(['id', 'name']).execute()).map((unit) => [unit.name, unit.id]));
  const locationIds = {
    kreishaus: (await saveLocation(tx, tenantId, actor, DEMO_LOCATIONS.kreishaus)).id,
    nordstadt: (await saveLocation(tx, tenantId, actor, DEMO_LOCATIONS.nordstadt)).id,
  };
  const concernIds: Record<string, string> = {};
  for (const concern of DEMO_CONCERNS) {
    const saved = await saveConcern(tx, tenantId, actor, {
      leikaKey: null,
      channel: concern.channel,
      durationMinutes: concern.durationMinutes,
      forms: concern.forms ?? [],
      active: true,
      texts: textsOf(concern),
      responsibleUnitId: units.get(concern.unit) ?? null,
      locationIds: concern.locations.map((key) => locationIds[key]),
    });
    concernIds[concern.key] = saved.id;
  }
  const tree: FinderTree = {
    start: demoFinderStart,
    nodes: Object.fromEntries(
      Object.entries(demoFinderQuestions).map(([id, question]) => [
        id,
        {
          question: question.question,
          ...(question.hint && { hint: question.hint }),
          answers: question.answers.map((answer) => ({
            id: answer.id,
            label: answer.label,
            ...(answer.next && { next: answer.next }),
            ...(answer.concerns && { concernIds: answer.concerns.map((key) => concernIds[key] as string) }),
          })),
        },
      ]),
    ),
  };
  await saveFinderTree(tx, tenantId, actor, tree);
  return { concernIds, locationIds };
}
