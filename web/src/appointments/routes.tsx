// Public booking pages. The Anliegen-Finder links to /termin?anliegen=<concernId>
// (optionally &kreis=<district slug>; without it the default district);
// the mails link to /termin/bestaetigen, /termin/verwalten and /termin/verlosung.
// Staff: the day list at /termine, the planning of schedules at /termine/planung.
import { Route } from 'react-router-dom';
import { RequireRole } from '../shell/guards';
import { BookingPage } from './BookingPage';
import { ConfirmPage } from './ConfirmPage';
import { DayListPage } from './DayListPage';
import { DrawPage } from './DrawPage';
import { ManagePage } from './ManagePage';
import { PlanningPage } from './PlanningPage';
import { PLANNER_ROLES } from './roles';

export const DESK_ROLES = ['admin', 'unit_lead', 'case_worker', 'intake'] as const;

export const appointmentsPublicRoutes = (
  <>
    <Route path="/termin" element={<BookingPage />} />
    <Route path="/termin/bestaetigen" element={<ConfirmPage />} />
    <Route path="/termin/verwalten" element={<ManagePage />} />
    <Route path="/termin/verlosung" element={<DrawPage />} />
  </>
);

export const appointmentsRoutes = (
  <>
    <Route
      path="/termine"
      element={
        <RequireRole roles={DESK_ROLES}>
          <DayListPage />
        </RequireRole>
      }
    />
    <Route
      path="/termine/planung"
      element={
        <RequireRole roles={PLANNER_ROLES}>
          <PlanningPage />
        </RequireRole>
      }
    />
  </>
);
