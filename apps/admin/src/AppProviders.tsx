import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import idID from 'antd/es/locale/id_ID';
import { type i18n } from 'i18next';
import { type ReactNode, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Provider as UrqlProvider, type Client } from 'urql';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './i18n/language';
import { theme } from './ui/theme';

interface AppProvidersProps {
  /** The GraphQL client for a language; called again when the user switches language. */
  createClient: (language: Language) => Client;
  i18n: i18n;
  children: ReactNode;
}

/**
 * What every screen needs around it: translations, the GraphQL client, antd's locale and theme. antd's message and
 * modal API (`App.useApp`) comes with the signed-in shell, which is the only place that uses it.
 */
export function AppProviders({ createClient, i18n, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedClient createClient={createClient}>
        <LocalizedConfig>{children}</LocalizedConfig>
      </LocalizedClient>
    </I18nextProvider>
  );
}

/**
 * One client per language: the server answers explanations in the client's Accept-Language, and a new client (with
 * an empty cache) makes every mounted query run again in the new language, keeping what is on screen meanwhile.
 */
function LocalizedClient({ createClient, children }: Pick<AppProvidersProps, 'createClient' | 'children'>) {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const client = useMemo(() => createClient(language), [createClient, language]);
  return <UrqlProvider value={client}>{children}</UrqlProvider>;
}

function LocalizedConfig({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : idID} theme={theme}>
      {children}
    </ConfigProvider>
  );
}
