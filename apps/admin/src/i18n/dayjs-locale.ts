import dayjs from 'dayjs';
import 'dayjs/locale/id';
import { useTranslation } from 'react-i18next';

/**
 * dayjs (antd's date pickers) follows the UI language; Bahasa Indonesia and English are its only locales. Set by
 * the shell, around every screen, so that dayjs stays out of the sign-in page; again on every language change.
 */
export function useDayjsLocale(): void {
  const { i18n } = useTranslation();
  dayjs.locale(i18n.language === 'id' ? 'id' : 'en');
}
