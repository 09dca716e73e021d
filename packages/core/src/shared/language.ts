import { isOneOf } from './validation.js';

/** Languages core writes its explanations in: Bahasa Indonesia and English (validation messages stay English). */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether a value (a header, a stored choice) names one of them. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && isOneOf(LANGUAGES, value);
}
