// The edit form works on text (lists as one line per entry); these turn a
// concern into that draft and back into what the server expects.
import type { Channel, Concern, ConcernInput } from './api';

export interface TextsDraft {
  title: string;
  description: string;
  prerequisites: string;
  documents: string;
  fees: string;
  accessNote: string;
}

export interface ConcernDraft {
  leikaKey: string;
  channel: Channel;
  durationMinutes: string;
  responsibleUnitId: string;
  locationIds: string[];
  forms: string;
  active: boolean;
  texts: Record<string, TextsDraft>;
}

export const emptyTexts = (): TextsDraft => ({ title: '', description: '', prerequisites: '', documents: '', fees: '', accessNote: '' });

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

export function draftOf(concern?: Concern): ConcernDraft {
  if (!concern) {
    return { leikaKey: '', channel: 'online_booking', durationMinutes: '', responsibleUnitId: '', locationIds: [], forms: '', active: true, texts: { de: emptyTexts() } };
  }
  return {
    leikaKey: concern.leikaKey ?? '',
    channel: concern.channel,
    durationMinutes: concern.durationMinutes === null ? '' : String(concern.durationMinutes),
    responsibleUnitId: concern.responsibleUnitId ?? '',
    locationIds: concern.locationIds,
    forms: concern.forms.map((form) => `${form.title} | ${form.url}`).join('\n'),
    active: concern.active,
    texts: Object.fromEntries(
      Object.entries(concern.texts).map(([language, texts]) => [
        language,
        {
          title: texts.title,
          description: texts.description,
          prerequisites: (texts.prerequisites ?? []).join('\n'),
          documents: (texts.documents ?? []).join('\n'),
          fees: texts.fees ?? '',
          accessNote: texts.accessNote ?? '',
        },
      ]),
    ),
  };
}

/** Languages whose title is empty are left out: the text does not exist in that language. */
export function inputOf(draft: ConcernDraft): ConcernInput {
  const duration = draft.durationMinutes.trim();
  return {
    leikaKey: draft.leikaKey.trim() === '' ? null : draft.leikaKey.trim(),
    channel: draft.channel,
    durationMinutes: duration === '' ? null : Number(duration),
    responsibleUnitId: draft.responsibleUnitId || null,
    locationIds: draft.locationIds,
    forms: lines(draft.forms).map((line) => {
      const [title = '', ...url] = line.split('|');
      return { title: title.trim(), url: url.join('|').trim() };
    }),
    active: draft.active,
    texts: Object.fromEntries(
      Object.entries(draft.texts)
        .filter(([, texts]) => texts.title.trim() !== '')
        .map(([language, texts]) => [
          language,
          {
            title: texts.title.trim(),
            description: texts.description.trim(),
            prerequisites: lines(texts.prerequisites),
            documents: lines(texts.documents),
            fees: texts.fees.trim(),
            accessNote: texts.accessNote.trim(),
          },
        ]),
    ),
  };
}
