import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { createI18n } from './i18n/create-i18n';
import { type Language, readStoredLanguage } from './i18n/language';
import { createUrqlClient } from './lib/urql-client';
import { routes } from './router';
import './ui/global.css';

const router = createBrowserRouter(routes);

const handleUnauthenticated = () => {
  const { pathname, search } = router.state.location;
  if (pathname !== '/login') void router.navigate(`/login?next=${encodeURIComponent(pathname + search)}`);
};
const createClient = (language: Language) =>
  createUrqlClient({ language, onUnauthenticated: handleUnauthenticated });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders createClient={createClient} i18n={createI18n(readStoredLanguage())}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
