// The compiler checks here that English and Arabic have every German key of the knowledge base.
import type de from './de.json';
import en from './en.json';
import ar from './ar.json';

export const knowledgeTextsEn: typeof de = en;
export const knowledgeTextsAr: typeof de = ar;
