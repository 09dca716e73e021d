import { lazy, Suspense, type ReactNode } from 'react';
import { type RouteObject } from 'react-router';
import { FormSkeleton } from '../../ui/PageStates';

// Loaded on first visit, so the ABK editor does not weigh on the main bundle.
const NeedsAnalysesPage = lazy(() =>
  import('./NeedsAnalysesPage').then((module) => ({ default: module.NeedsAnalysesPage })),
);
const NeedsAnalysisPage = lazy(() =>
  import('./NeedsAnalysisPage').then((module) => ({ default: module.NeedsAnalysisPage })),
);
const NeedsComparePage = lazy(() =>
  import('./NeedsComparePage').then((module) => ({ default: module.NeedsComparePage })),
);

function page(element: ReactNode) {
  return <Suspense fallback={<FormSkeleton />}>{element}</Suspense>;
}

/** Analisis Kebutuhan: list (`?year=&unit=&status=&versions=all`), editor, version comparison (`?with=`). */
export const needsRoutes: RouteObject[] = [
  { path: 'needs', element: page(<NeedsAnalysesPage />) },
  { path: 'needs/:id', element: page(<NeedsAnalysisPage />) },
  { path: 'needs/:id/compare', element: page(<NeedsComparePage />) },
];
