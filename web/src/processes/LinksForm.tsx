// Which concerns (Anliegen) and knowledge articles belong to a process.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { ErrorAlert } from '../ui/Alerts';
import { FormSection } from '../ui/FormSection';
import { useLoad } from '../ui/useLoad';
import { useSubmission } from '../ui/useSubmission';
import { loadEditOptions, updateLinks, type ProcessDetail } from './api';

export function LinksForm({ process, onSaved, onCancel }: { process: ProcessDetail; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const options = useLoad((signal) => loadEditOptions(signal), []);
  const submission = useSubmission();
  const [concernIds, setConcernIds] = useState(process.concerns.map((concern) => concern.id));
  const fromArticle = new Set(process.articles.filter((article) => article.fromArticle).map((article) => article.id));
  const [articleIds, setArticleIds] = useState(process.articles.filter((article) => !article.fromArticle).map((article) => article.id));

  const save = () =>
    submission.run(async () => {
      await updateLinks(process.id, { concernIds, articleIds });
      onSaved();
    });

  return (
    <FormSection heading={t('processes.links.editHeading')} focusHeading error={submission.error} busy={submission.busy} submitLabel={t('common.save')} onSubmit={save} onCancel={onCancel}>
      <ErrorAlert error={options.error} />
      {options.loading ? <p role="status">{t('common.loading')}</p> : null}
      {options.data ? (
        <>
          <CheckboxGroup
            legend={t('processes.links.concerns')}
            options={options.data.concerns.map((concern) => ({ value: concern.id, label: concern.title }))}
            selected={concernIds}
            onChange={setConcernIds}
            emptyText={t('processes.links.noConcerns')}
          />
          <CheckboxGroup
            legend={t('processes.links.articles')}
            options={options.data.articles.map((article) => ({
              value: article.id,
              label: article.title,
              ...(fromArticle.has(article.id) && { hint: t('processes.links.fromArticle') }),
            }))}
            selected={articleIds}
            onChange={setArticleIds}
            emptyText={t('processes.links.noArticles')}
          />
        </>
      ) : null}
    </FormSection>
  );
}
