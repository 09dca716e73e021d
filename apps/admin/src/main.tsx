import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, type NavigateFunction, useNavigate, useRoutes } from 'react-router';
import { AppProviders } from './AppProviders';
import { createI18n } from './i18n/create-i18n';
import { type Language, readStoredLanguage } from './i18n/language';
import { createUrqlClient } from './lib/urql-client';
import { preloadRoutes } from './routes/lazy-page';
import { routes } from './router';
import './ui/global.css';

// A declarative router: the admin uses no loaders or actions, and it keeps the data router's state machine (half
// of react-router's code) out of the sign-in page's download.
const navigation: { navigate?: NavigateFunction } = {};

function AppRoutes() {
  const navigate = useNavigate();
  useEffect(() => {
    navigation.navigate = navigate;
  }, [navigate]);
  return useRoutes(routes);
}

const handleUnauthenticated = () => {
  const { pathname, search } = window.location;
  if (pathname !== '/login')
    void navigation.navigate?.(`/login?next=${encodeURIComponent(pathname + search)}`);
};
const createClient = (language: Language) =>
  createUrqlClient({ language, onUnauthenticated: handleUnauthenticated });

// The shell's and the screen's chunks load together, not one after the other as they render.
preloadRoutes(routes, window.location.pathname);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders createClient={createClient} i18n={createI18n(readStoredLanguage())}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
