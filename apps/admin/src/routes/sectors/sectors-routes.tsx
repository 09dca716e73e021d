import { type RouteObject } from 'react-router';
import { lazyRoute } from '../lazy-page';

/** Sektor: list, create, edit. */
export const sectorsRoutes: RouteObject[] = [
  { path: 'sectors', ...lazyRoute(async () => (await import('./SectorsPage')).SectorsPage) },
  { path: 'sectors/new', ...lazyRoute(async () => (await import('./SectorCreatePage')).SectorCreatePage) },
  { path: 'sectors/:id', ...lazyRoute(async () => (await import('./SectorEditPage')).SectorEditPage) },
];
