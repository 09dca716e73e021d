import { lazy, Suspense } from 'react';
import { type RouteObject } from 'react-router';
import { FormSkeleton } from '../../ui/PageStates';

// Loaded on first visit (the CSV parser comes with it).
const StaffPage = lazy(() => import('./StaffPage').then((module) => ({ default: module.StaffPage })));

/** Data Pegawai: the roster (`?q=&unit=&position=&type=`) and its CSV import. */
export const staffRoutes: RouteObject[] = [
  {
    path: 'staff',
    element: (
      <Suspense fallback={<FormSkeleton />}>
        <StaffPage />
      </Suspense>
    ),
  },
];
