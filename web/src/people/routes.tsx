// Routes of the person register, added to the staff app in App.tsx.
import { Route } from 'react-router-dom';
import { RequireRole } from '../shell/guards';
import { CreatePage } from './CreatePage';
import { PersonPage } from './PersonPage';
import { SearchPage } from './SearchPage';
import './people.css';

/** Case staff use the register; the server enforces the same roles. */
export const PEOPLE_ROLES = ['case_worker', 'unit_lead', 'intake'] as const;

export const peopleRoutes = (
  <>
    <Route path="/personen" element={<RequireRole roles={PEOPLE_ROLES}><SearchPage /></RequireRole>} />
    <Route path="/personen/neu" element={<RequireRole roles={PEOPLE_ROLES}><CreatePage /></RequireRole>} />
    <Route path="/personen/:id" element={<RequireRole roles={PEOPLE_ROLES}><PersonPage /></RequireRole>} />
  </>
);
