import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage, storeLanguage, type Language } from '../i18n/language';

/** Bahasa Indonesia / English, remembered on this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'id';
  const handleChange = (language: Language) => {
    storeLanguage(language);
    void i18n.changeLanguage(language);
  };
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t('language.label')}
      size="small"
      value={current}
      onChange={handleChange}
      options={[
        { value: 'id', label: t('language.id') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}
