import type { Channel } from '../concern-model.js';
import type { access, documents, fees, Phrase, prerequisites } from './phrases.js';

/** One concern of the demo district, in terms of the shared phrases. */
export interface DemoConcern {
  /** Name inside the demo data, used by the finder tree. */
  key: string;
  /** Unit of the demo district (see src/modules/access/seed.ts). */
  unit: string;
  channel: Channel;
  durationMinutes: number | null;
  fee: keyof typeof fees;
  documents: Array<keyof typeof documents>;
  prerequisites: Array<keyof typeof prerequisites>;
  /** Overrides the note of the channel (access.online / walkIn / emergency). */
  access?: keyof typeof access;
  locations: Array<'kreishaus' | 'nordstadt'>;
  forms?: Array<{ title: string; url: string }>;
  title: Phrase;
  description: Phrase;
}
