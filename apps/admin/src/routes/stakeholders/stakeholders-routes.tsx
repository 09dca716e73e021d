import { type RouteObject } from 'react-router';
import { lazyRoute } from '../lazy-page';

/** Masukan Pemangku Kepentingan (`?year=`). */
export const stakeholdersRoutes: RouteObject[] = [
  { path: 'stakeholders', ...lazyRoute(async () => (await import('./StakeholdersPage')).StakeholdersPage) },
];
