import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import idID from 'antd/es/locale/id_ID';
import { type i18n } from 'i18next';
import { type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Provider as UrqlProvider, type Client } from 'urql';
import { theme } from './ui/theme';

interface AppProvidersProps {
  client: Client;
  i18n: i18n;
  children: ReactNode;
}

/** Everything a screen needs around it: translations, the GraphQL client, antd's locale, theme and message API. */
export function AppProviders({ client, i18n, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <UrqlProvider value={client}>
        <LocalizedConfig>{children}</LocalizedConfig>
      </UrqlProvider>
    </I18nextProvider>
  );
}

function LocalizedConfig({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : idID} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
