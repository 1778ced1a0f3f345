// Staff pages of the concern catalogue.
import { Route } from 'react-router-dom';
import { RequireRole } from '../shell/guards';
import { CataloguePage } from './CataloguePage';
import { FinderTreePage } from './FinderTreePage';
import { CATALOGUE_EDITORS, servicesPaths } from './paths';

export const servicesRoutes = (
  <>
    <Route
      path={servicesPaths.catalogue}
      element={
        <RequireRole roles={CATALOGUE_EDITORS}>
          <CataloguePage />
        </RequireRole>
      }
    />
    <Route
      path={servicesPaths.finderTree}
      element={
        <RequireRole roles={CATALOGUE_EDITORS}>
          <FinderTreePage />
        </RequireRole>
      }
    />
  </>
);
