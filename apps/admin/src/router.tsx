import { type RouteObject } from 'react-router';
import { gapsRoutes } from './routes/gaps/gaps-routes';
import { HomePage } from './routes/home/HomePage';
import { LoginPage } from './routes/login/LoginPage';
import { needsRoutes } from './routes/needs/needs-routes';
import { planningRoutes } from './routes/planning/planning-routes';
import { PositionCreatePage } from './routes/positions/PositionCreatePage';
import { PositionEditPage } from './routes/positions/PositionEditPage';
import { PositionsPage } from './routes/positions/PositionsPage';
import { SectorCreatePage } from './routes/sectors/SectorCreatePage';
import { SectorEditPage } from './routes/sectors/SectorEditPage';
import { SectorsPage } from './routes/sectors/SectorsPage';
import { AppShell } from './routes/shell/AppShell';
import { staffRoutes } from './routes/staff/staff-routes';
import { stakeholdersRoutes } from './routes/stakeholders/stakeholders-routes';
import { UnitCreatePage } from './routes/units/UnitCreatePage';
import { UnitEditPage } from './routes/units/UnitEditPage';
import { UnitsPage } from './routes/units/UnitsPage';
import { usersRoutes } from './routes/users/users-routes';
import { NotFoundState } from './ui/PageStates';

/** Every screen of the admin; the shell requires a session and redirects guests to /login. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sectors', element: <SectorsPage /> },
      { path: 'sectors/new', element: <SectorCreatePage /> },
      { path: 'sectors/:id', element: <SectorEditPage /> },
      { path: 'units', element: <UnitsPage /> },
      { path: 'units/new', element: <UnitCreatePage /> },
      { path: 'units/:id', element: <UnitEditPage /> },
      { path: 'positions', element: <PositionsPage /> },
      { path: 'positions/new', element: <PositionCreatePage /> },
      { path: 'positions/:id', element: <PositionEditPage /> },
      ...needsRoutes,
      ...staffRoutes,
      ...gapsRoutes,
      ...stakeholdersRoutes,
      ...planningRoutes,
      ...usersRoutes,
      { path: '*', element: <NotFoundState backTo="/" /> },
    ],
  },
];
