// The compiler checks here that English and Arabic have every German key of the case file.
import type de from './de.json';
import en from './en.json';
import ar from './ar.json';

export const caseTextsEn: typeof de = en;
export const caseTextsAr: typeof de = ar;
