import { DEFAULT_LANGUAGE, type Language } from '../i18n/language';

/**
 * The locale numbers and dates are written in follows the UI language: Indonesian notation (1.250,5; 6 Des 2026)
 * in Bahasa Indonesia, British English's (1,250.5; 6 Dec 2026) in English. createI18n sets it on every language
 * change, before the screens render again.
 */
const LOCALES: Readonly<Record<Language, string>> = { id: 'id-ID', en: 'en-GB' };

let active: Language = DEFAULT_LANGUAGE;

export function setFormatLanguage(language: Language): void {
  active = language;
}

export function formatLocale(): string {
  return LOCALES[active];
}

/**
 * An Intl formatter with fixed options for the active locale, made once per locale: `const f = localeFormat(o)`,
 * then `f().format(x)`.
 */
function perLocale<T>(make: (locale: string) => T): () => T {
  const made = new Map<string, T>();
  return () => {
    const locale = formatLocale();
    let formatter = made.get(locale);
    if (!formatter) {
      formatter = make(locale);
      made.set(locale, formatter);
    }
    return formatter;
  };
}

export const numberFormat = (options?: Intl.NumberFormatOptions) =>
  perLocale((locale) => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (options: Intl.DateTimeFormatOptions) =>
  perLocale((locale) => new Intl.DateTimeFormat(locale, options));
