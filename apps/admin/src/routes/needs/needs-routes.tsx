import { type RouteObject } from 'react-router';
import { lazyRoute } from '../lazy-page';

/** Analisis Kebutuhan: list (`?year=&unit=&status=&versions=all`), editor, version comparison (`?with=`). */
export const needsRoutes: RouteObject[] = [
  { path: 'needs', ...lazyRoute(async () => (await import('./NeedsAnalysesPage')).NeedsAnalysesPage) },
  { path: 'needs/:id', ...lazyRoute(async () => (await import('./NeedsAnalysisPage')).NeedsAnalysisPage) },
  {
    path: 'needs/:id/compare',
    ...lazyRoute(async () => (await import('./NeedsComparePage')).NeedsComparePage),
  },
];
