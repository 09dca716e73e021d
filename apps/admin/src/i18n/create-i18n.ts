import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';
import { setFormatLanguage } from '../lib/locale';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './language';

/**
 * A ready i18next instance with the sign-in page's and the shell's texts (bundled, so initialisation is
 * synchronous); the shell adds the screens' namespaces (features.ts) and sets dayjs's locale (dayjs-locale.ts).
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    // Numbers and dates follow the language from the next render on.
    setFormatLanguage(isLanguage(lng) ? lng : DEFAULT_LANGUAGE);
  });
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources: { id: { translation: id }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
