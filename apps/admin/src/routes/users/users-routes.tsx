import { type RouteObject } from 'react-router';
import { lazyRoute } from '../lazy-page';

/** Pengguna: accounts and their roles (administrators only). */
export const usersRoutes: RouteObject[] = [
  { path: 'users', ...lazyRoute(async () => (await import('./UsersPage')).UsersPage) },
];
