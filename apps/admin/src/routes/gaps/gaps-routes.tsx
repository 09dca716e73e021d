import { type RouteObject } from 'react-router';
import { lazyRoute } from '../lazy-page';

/** Kesenjangan: the gap dashboard (`?year=&horizon=` and the table's filters); recharts comes with it. */
export const gapsRoutes: RouteObject[] = [
  { path: 'gaps', ...lazyRoute(async () => (await import('./GapsPage')).GapsPage) },
];
