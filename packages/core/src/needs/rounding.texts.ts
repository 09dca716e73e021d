import { type Language } from '../shared/language.js';
import { type RoundingRule } from './rounding-rules.js';

/** A rounding rule as a short formula for explanations. */
export const ROUNDING_TEXTS: Readonly<Record<Language, Readonly<Record<RoundingRule, string>>>> = {
  en: {
    HALF_UP: 'round half up (≥ 0.5 up)',
    CEIL: 'round up',
    FLOOR: 'round down',
  },
  id: {
    HALF_UP: 'dibulatkan ke atas bila ≥ 0,5',
    CEIL: 'selalu dibulatkan ke atas',
    FLOOR: 'selalu dibulatkan ke bawah',
  },
};
