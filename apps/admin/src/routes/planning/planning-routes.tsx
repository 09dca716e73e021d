import { type RouteObject } from 'react-router';
import { lazyRoute } from '../lazy-page';

/** Tahun Perencanaan: the yearly configuration (`?year=`). */
export const planningRoutes: RouteObject[] = [
  { path: 'planning', ...lazyRoute(async () => (await import('./PlanningPage')).PlanningPage) },
];
