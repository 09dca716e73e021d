import { render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { type ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { type Client } from 'urql';
import { AppProviders } from '../AppProviders';
import { createI18n } from '../i18n/create-i18n';
import { addFeatureTranslations } from '../i18n/features';
import { type Language } from '../i18n/language';
import { CurrentUserProvider } from '../shared/current-user';

interface RenderRouteOptions {
  /** Used whatever the language (AppProviders.test covers the switch to a new client). */
  client: Client;
  /** The route pattern the element is mounted at, e.g. `/positions/:id`. */
  path: string;
  /** The URL the test starts at, e.g. `/positions?kind=FUNGSIONAL`. */
  url: string;
  language?: Language;
  roles?: string[];
  /** Other routes to navigate to (they render a marker by default). */
  otherRoutes?: RouteObject[];
}

/**
 * Renders one screen inside the app's providers, antd's App (which the shell provides in the app) and a memory
 * router; returns the router to inspect the URL.
 */
export function renderRoute(element: ReactElement, options: RenderRouteOptions) {
  const router = createMemoryRouter(
    [
      { path: options.path, element },
      ...(options.otherRoutes ?? []),
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [options.url] },
  );
  const i18n = addFeatureTranslations(createI18n(options.language ?? 'id'));
  const view = render(
    <AppProviders createClient={() => options.client} i18n={i18n}>
      <AntApp>
        <CurrentUserProvider roles={options.roles ?? ['ADMIN']}>
          <RouterProvider router={router} />
        </CurrentUserProvider>
      </AntApp>
    </AppProviders>,
  );
  return { ...view, router, i18n };
}
