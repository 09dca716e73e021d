import { App as AntApp, Flex, Layout, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useDayjsLocale } from '../../i18n/dayjs-locale';
import { useFeatureTranslations } from '../../i18n/features';
import { ErrorState } from '../../ui/ErrorState';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { FormSkeleton } from '../../ui/PageStates';
import { PageFallbackContext } from '../lazy-page';
import { AppShellQuery } from '../../shared/app-shell-query';
import { SideNav } from './components/SideNav';
import { UserMenu } from './components/UserMenu';
import { CurrentUserProvider } from '../../shared/current-user';
import { GovernmentName, RegionEmblem, useRegion } from '../../shared/region';

const AppShellSignOut = graphql(`
  mutation AppShellSignOut {
    logout
  }
`);

/**
 * The signed-in frame: navigation, the agency's name, language and account. Sends guests to /login. Brings the
 * screens' translations and antd's message API, which the sign-in page does without.
 */
export function AppShell() {
  useFeatureTranslations();
  useDayjsLocale();
  return (
    // antd's message, notification and modal API for every screen inside (App.useApp).
    <AntApp>
      <SignedInFrame />
    </AntApp>
  );
}

function SignedInFrame() {
  const { t } = useTranslation();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AppShellQuery });
  const [, signOut] = useMutation(AppShellSignOut);
  const region = useRegion();

  if (fetching && !data) {
    return <Spin fullscreen description={t('common.loading')} />;
  }
  if (error && !data) {
    return (
      <div className="formasi-content">
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </div>
    );
  }
  if (!data?.me) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={location.pathname === '/' ? '/login' : `/login?next=${next}`} replace />;
  }

  const handleSignOut = async () => {
    await signOut({});
    // A full reload drops every cached answer of this session.
    window.location.assign('/login');
  };

  return (
    <CurrentUserProvider roles={data.me.roles}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={232}>
          <div className="formasi-brand">
            <RegionEmblem region={region} />
            {!collapsed && (
              <Flex vertical style={{ lineHeight: 1.2 }}>
                <strong style={{ fontSize: 16 }}>{t('app.name')}</strong>
                <span className="formasi-brand-tagline">{t('app.tagline')}</span>
              </Flex>
            )}
          </div>
          <SideNav />
        </Layout.Sider>
        <Layout>
          <Layout.Header className="formasi-header">
            <Typography.Text strong className="formasi-header-government" data-testid="government-name">
              <GovernmentName region={region} />
            </Typography.Text>
            <Flex align="center" gap={16} style={{ marginInlineStart: 'auto' }}>
              <LanguageSwitch />
              <UserMenu user={data.me} onSignOut={() => void handleSignOut()} />
            </Flex>
          </Layout.Header>
          {/* antd renders Layout.Content as the page's one <main>. */}
          <Layout.Content>
            <div className="formasi-content">
              <PageFallbackContext value={<FormSkeleton />}>
                <Outlet />
              </PageFallbackContext>
            </div>
          </Layout.Content>
        </Layout>
      </Layout>
    </CurrentUserProvider>
  );
}
