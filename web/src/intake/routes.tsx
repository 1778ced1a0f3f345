// Routes of the entrance zone: kiosk and display are public (no login); the
// desk and the counter are staff pages.
import { Route } from 'react-router-dom';
import { RequireRole } from '../shell/guards';
import { CounterPage } from './CounterPage';
import { DeskPage } from './DeskPage';
import { DisplayPage } from './DisplayPage';
import { KioskPage } from './KioskPage';
import { COUNTER_ROLES, DESK_ROLES, intakePaths } from './paths';

export const intakePublicRoutes = (
  <>
    <Route path={intakePaths.kiosk} element={<KioskPage />} />
    <Route path={intakePaths.display} element={<DisplayPage />} />
  </>
);

export const intakeRoutes = (
  <>
    <Route
      path={intakePaths.desk}
      element={
        <RequireRole roles={DESK_ROLES}>
          <DeskPage />
        </RequireRole>
      }
    />
    <Route
      path={intakePaths.counter}
      element={
        <RequireRole roles={COUNTER_ROLES}>
          <CounterPage />
        </RequireRole>
      }
    />
  </>
);
