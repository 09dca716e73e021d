import { lazy, Suspense } from 'react';
import { type RouteObject } from 'react-router';
import { FormSkeleton } from '../../ui/PageStates';

// Loaded on first visit: the charts (recharts) stay out of the main bundle.
const GapsPage = lazy(() => import('./GapsPage').then((module) => ({ default: module.GapsPage })));

/** Kesenjangan: the gap dashboard (`?year=&horizon=` and the table's filters). */
export const gapsRoutes: RouteObject[] = [
  {
    path: 'gaps',
    element: (
      <Suspense fallback={<FormSkeleton />}>
        <GapsPage />
      </Suspense>
    ),
  },
];
