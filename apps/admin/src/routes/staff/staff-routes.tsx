import { type RouteObject } from 'react-router';
import { lazyRoute } from '../lazy-page';

/** Data Pegawai: the roster (`?q=&unit=&position=&type=`) and its CSV import. */
export const staffRoutes: RouteObject[] = [
  { path: 'staff', ...lazyRoute(async () => (await import('./StaffPage')).StaffPage) },
];
