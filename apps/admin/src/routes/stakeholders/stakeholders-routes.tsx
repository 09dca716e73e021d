import { lazy, Suspense } from 'react';
import { type RouteObject } from 'react-router';
import { FormSkeleton } from '../../ui/PageStates';

const StakeholdersPage = lazy(() =>
  import('./StakeholdersPage').then((module) => ({ default: module.StakeholdersPage })),
);

/** Masukan Pemangku Kepentingan (`?year=`). */
export const stakeholdersRoutes: RouteObject[] = [
  {
    path: 'stakeholders',
    element: (
      <Suspense fallback={<FormSkeleton />}>
        <StakeholdersPage />
      </Suspense>
    ),
  },
];
