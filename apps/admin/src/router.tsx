import { type RouteObject } from 'react-router';
import { gapsRoutes } from './routes/gaps/gaps-routes';
import { lazyRoute } from './routes/lazy-page';
import { LoginPage } from './routes/login/LoginPage';
import { needsRoutes } from './routes/needs/needs-routes';
import { planningRoutes } from './routes/planning/planning-routes';
import { positionsRoutes } from './routes/positions/positions-routes';
import { sectorsRoutes } from './routes/sectors/sectors-routes';
import { staffRoutes } from './routes/staff/staff-routes';
import { stakeholdersRoutes } from './routes/stakeholders/stakeholders-routes';
import { unitsRoutes } from './routes/units/units-routes';
import { usersRoutes } from './routes/users/users-routes';

/**
 * Every screen of the admin; the shell requires a session and redirects guests to /login. Only the sign-in page is
 * in the entry chunk; the shell and every screen inside it are loaded on first visit (see lazyRoute), and main.tsx
 * starts the first page's chunks at once.
 */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    // Blank until the shell's chunk is there (no fallback outside the shell); then a spinner while it asks who is
    // signed in.
    ...lazyRoute(async () => (await import('./routes/shell/AppShell')).AppShell),
    children: [
      { index: true, ...lazyRoute(async () => (await import('./routes/home/HomePage')).HomePage) },
      ...sectorsRoutes,
      ...unitsRoutes,
      ...positionsRoutes,
      ...needsRoutes,
      ...staffRoutes,
      ...gapsRoutes,
      ...stakeholdersRoutes,
      ...planningRoutes,
      ...usersRoutes,
      { path: '*', ...lazyRoute(async () => (await import('./ui/NotFoundState')).NotFoundPage) },
    ],
  },
];
