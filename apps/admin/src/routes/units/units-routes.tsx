import { type RouteObject } from 'react-router';
import { lazyRoute } from '../lazy-page';

/** Unit Kerja: list, create, edit. */
export const unitsRoutes: RouteObject[] = [
  { path: 'units', ...lazyRoute(async () => (await import('./UnitsPage')).UnitsPage) },
  { path: 'units/new', ...lazyRoute(async () => (await import('./UnitCreatePage')).UnitCreatePage) },
  { path: 'units/:id', ...lazyRoute(async () => (await import('./UnitEditPage')).UnitEditPage) },
];
