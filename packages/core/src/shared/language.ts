import { isOneOf } from './validation.js';

/** Languages core writes its explanations in: Bahasa Indonesia and English (validation messages stay English). */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return isOneOf(LANGUAGES, value);
}
