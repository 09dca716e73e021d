import { type RouteObject } from 'react-router';
import { lazyRoute } from '../lazy-page';

/** Data Pegawai: the roster (`?q=&unit=&position=&type=`) with its CSV import, and one member's page. */
export const staffRoutes: RouteObject[] = [
  { path: 'staff', ...lazyRoute(async () => (await import('./StaffPage')).StaffPage) },
  { path: 'staff/:id', ...lazyRoute(async () => (await import('./StaffMemberPage')).StaffMemberPage) },
];
