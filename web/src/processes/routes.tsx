// Routes of the process map, added to the staff app in App.tsx.
import { Route } from 'react-router-dom';
import { RequireRole } from '../shell/guards';
import { processPaths, PROCESS_EDITOR_ROLES } from './paths';
import { ProcessEditorPage } from './ProcessEditorPage';
import { ProcessMapPage } from './ProcessMapPage';
import { ProcessPage } from './ProcessPage';

export const processRoutes = (
  <Route path={processPaths.map}>
    <Route index element={<ProcessMapPage />} />
    <Route path=":id" element={<ProcessPage />} />
    <Route
      path=":id/modell"
      element={
        <RequireRole roles={PROCESS_EDITOR_ROLES}>
          <ProcessEditorPage />
        </RequireRole>
      }
    />
  </Route>
);
