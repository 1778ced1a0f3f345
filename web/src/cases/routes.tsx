// Routes of the shared case file, added to the staff app in App.tsx.
import { Route } from 'react-router-dom';
import { RequireRole } from '../shell/guards';
import { CaseFilePage } from './CaseFilePage';
import { UnitInboxPage } from './UnitInboxPage';

/** Roles that work with case files; partner counsellors see what a conference opens. */
export const CASE_ROLES = ['case_worker', 'unit_lead', 'partner_counsellor'] as const;
const CASE_STAFF = ['case_worker', 'unit_lead'] as const;

export const casesRoutes = (
  <>
    <Route path="/akten/:personId" element={<RequireRole roles={CASE_ROLES}><CaseFilePage /></RequireRole>} />
    <Route path="/eingang-einheit" element={<RequireRole roles={CASE_STAFF}><UnitInboxPage /></RequireRole>} />
  </>
);
