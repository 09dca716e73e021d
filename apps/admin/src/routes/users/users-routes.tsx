import { lazy, Suspense } from 'react';
import { type RouteObject } from 'react-router';
import { FormSkeleton } from '../../ui/PageStates';

const UsersPage = lazy(() => import('./UsersPage').then((module) => ({ default: module.UsersPage })));

/** Pengguna: accounts and their roles (administrators only). */
export const usersRoutes: RouteObject[] = [
  {
    path: 'users',
    element: (
      <Suspense fallback={<FormSkeleton />}>
        <UsersPage />
      </Suspense>
    ),
  },
];
