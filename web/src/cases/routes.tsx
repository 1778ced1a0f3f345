// Routes of the shared case file, added to the staff app in App.tsx.
import { Route } from 'react-router-dom';
import { RequireRole } from '../shell/guards';
import { AccessMatrixPage } from './AccessMatrixPage';
import { BreakGlassReviewPage } from './BreakGlassReviewPage';
import { CaseFilePage } from './CaseFilePage';
import { EscalationsPage } from './EscalationsPage';
import { UnitInboxPage } from './UnitInboxPage';

/** Roles that work with case files; partner counsellors see what a conference opens. */
export const CASE_ROLES = ['case_worker', 'unit_lead', 'partner_counsellor'] as const;
const CASE_STAFF = ['case_worker', 'unit_lead'] as const;
// The same roles as the server's policies of the routes these pages call.
const DPO = ['dpo'] as const;
const UNIT_LEAD = ['unit_lead'] as const;
const ADMIN = ['admin'] as const;

export const casesPaths = {
  breakGlassReview: '/datenschutz/notfallzugriffe',
  escalations: '/weiterleitungen/ueberfaellig',
  accessMatrix: '/verwaltung/aktenzugriff',
} as const;

export const casesRoutes = (
  <>
    <Route path="/akten/:personId" element={<RequireRole roles={CASE_ROLES}><CaseFilePage /></RequireRole>} />
    <Route path="/eingang-einheit" element={<RequireRole roles={CASE_STAFF}><UnitInboxPage /></RequireRole>} />
    <Route path={casesPaths.escalations} element={<RequireRole roles={UNIT_LEAD}><EscalationsPage /></RequireRole>} />
    <Route path={casesPaths.breakGlassReview} element={<RequireRole roles={DPO}><BreakGlassReviewPage /></RequireRole>} />
    <Route path={casesPaths.accessMatrix} element={<RequireRole roles={ADMIN}><AccessMatrixPage /></RequireRole>} />
  </>
);
