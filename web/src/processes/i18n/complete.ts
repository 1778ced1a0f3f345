// The compiler checks here that English and Arabic have every German key of the process map.
import type de from './de.json';
import en from './en.json';
import ar from './ar.json';

export const processTextsEn: typeof de = en;
export const processTextsAr: typeof de = ar;
