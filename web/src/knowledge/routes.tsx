// Routes of the knowledge base and onboarding, added to the staff app in App.tsx.
import { Route } from 'react-router-dom';
import { RequireRole } from '../shell/guards';
import { ArticlePage } from './ArticlePage';
import { KnowledgePage } from './KnowledgePage';
import { MyOnboardingPage } from './MyOnboardingPage';
import { NewArticlePage } from './NewArticlePage';
import { KNOWLEDGE_EDITOR_ROLES, knowledgePaths } from './paths';
import { ProgressPage } from './ProgressPage';

export const knowledgeRoutes = (
  <Route path={knowledgePaths.home}>
    <Route index element={<KnowledgePage />} />
    <Route path="artikel/:id" element={<ArticlePage />} />
    <Route path="einarbeitung" element={<MyOnboardingPage />} />
    <Route
      path="neu"
      element={
        <RequireRole roles={KNOWLEDGE_EDITOR_ROLES}>
          <NewArticlePage />
        </RequireRole>
      }
    />
    <Route
      path="einarbeitung/fortschritt"
      element={
        <RequireRole roles={KNOWLEDGE_EDITOR_ROLES}>
          <ProgressPage />
        </RequireRole>
      }
    />
  </Route>
);
