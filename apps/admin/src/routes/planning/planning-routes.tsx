import { lazy, Suspense } from 'react';
import { type RouteObject } from 'react-router';
import { FormSkeleton } from '../../ui/PageStates';

// Loaded on first visit.
const PlanningPage = lazy(() =>
  import('./PlanningPage').then((module) => ({ default: module.PlanningPage })),
);

/** Tahun Perencanaan: the yearly configuration (`?year=`). */
export const planningRoutes: RouteObject[] = [
  {
    path: 'planning',
    element: (
      <Suspense fallback={<FormSkeleton />}>
        <PlanningPage />
      </Suspense>
    ),
  },
];
