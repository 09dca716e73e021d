import { type RouteObject } from 'react-router';
import { lazyRoute } from '../lazy-page';

/** Jabatan: list, create, edit. */
export const positionsRoutes: RouteObject[] = [
  { path: 'positions', ...lazyRoute(async () => (await import('./PositionsPage')).PositionsPage) },
  {
    path: 'positions/new',
    ...lazyRoute(async () => (await import('./PositionCreatePage')).PositionCreatePage),
  },
  { path: 'positions/:id', ...lazyRoute(async () => (await import('./PositionEditPage')).PositionEditPage) },
];
