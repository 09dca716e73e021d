import { isLanguage, type Language } from '@formasi/core';

// The languages are core's (its explanations come in the same ones); the UI opens in Bahasa Indonesia.
export { isLanguage, LANGUAGES, type Language } from '@formasi/core';
export const DEFAULT_LANGUAGE: Language = 'id';

const STORAGE_KEY = 'formasi.language';

/** The language chosen earlier on this browser, or Bahasa Indonesia. */
export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}
