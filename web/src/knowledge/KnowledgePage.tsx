// The knowledge base start page: the search box, review reminders for the
// owner, the onboarding links and the list of articles.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasAnyRole, useSession } from '../auth/SessionContext';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { dueReviews, listArticles } from './api';
import { articlePath, KNOWLEDGE_EDITOR_ROLES, knowledgePaths } from './paths';
import { SearchBox } from './SearchBox';
import './knowledge.css';

export function KnowledgePage() {
  const { t } = useTranslation();
  usePageTitle(t('knowledge.title'));
  const session = useSession();
  const canEdit = hasAnyRole(session, KNOWLEDGE_EDITOR_ROLES);
  const articles = useLoad((signal) => listArticles(signal), []);
  const reviews = useLoad((signal) => dueReviews('mine', signal), []);

  return (
    <>
      <PageHeading>{t('knowledge.title')}</PageHeading>
      <nav aria-label={t('knowledge.subnav')} className="knowledge-links">
        <Link to={knowledgePaths.myPath}>{t('knowledge.onboarding.myTitle')}</Link>
        {canEdit ? <Link to={knowledgePaths.progress}>{t('knowledge.progress.title')}</Link> : null}
        {canEdit ? <Link to={knowledgePaths.newArticle}>{t('knowledge.editor.newArticle')}</Link> : null}
      </nav>
      <SearchBox />
      {reviews.data && reviews.data.items.length > 0 ? (
        <section aria-labelledby="knowledge-reviews" className="alert alert-warning">
          <h2 id="knowledge-reviews">{t('knowledge.reviews.heading')}</h2>
          <ul>
            {reviews.data.items.map((item) => (
              <li key={item.articleId}>
                <Link to={articlePath(item.articleId)}>{item.title}</Link> – {t('knowledge.reviews.overdue', { date: item.reviewBy, days: item.daysOverdue })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="knowledge-all">
        <h2 id="knowledge-all">{t('knowledge.list.heading')}</h2>
        <ErrorAlert error={articles.error} />
        {articles.loading && !articles.data ? <p role="status">{t('common.loading')}</p> : null}
        {articles.data && articles.data.items.length === 0 ? <p>{t('knowledge.list.empty')}</p> : null}
        <ul className="knowledge-list">
          {articles.data?.items.map((article) => (
            <li key={article.id}>
              <Link to={articlePath(article.id)}>{article.title}</Link>
              {article.legalRefs.length > 0 ? <span className="knowledge-refs"> · {article.legalRefs.join(', ')}</span> : null}
              {!article.validToday ? <span className="badge"> {t('knowledge.list.notValidToday')}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
