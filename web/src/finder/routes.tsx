// Public routes of the Anliegen-Finder. /finder serves the installation's
// first district (most installations serve one); /<district>/finder any other.
import { Route } from 'react-router-dom';
import { FinderPage } from './FinderPage';

export const finderPaths = {
  finder: '/finder',
  districtFinder: '/:tenantSlug/finder',
} as const;

export const finderRoutes = (
  <>
    <Route path={finderPaths.finder} element={<FinderPage />} />
    <Route path={finderPaths.districtFinder} element={<FinderPage />} />
  </>
);
