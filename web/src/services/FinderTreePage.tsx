// The Anliegen-Finder's decision tree, edited as JSON. Simple on purpose:
// the server checks the whole tree (links, loops, German texts, concerns)
// and lists every fault; the public finder keeps the old tree until a
// correct one is saved.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { StatusMessage } from '../ui/Alerts';
import { FormSection } from '../ui/FormSection';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { useSubmission } from '../ui/useSubmission';
import { loadFinderTree, saveFinderTree } from './api';
import { servicesPaths } from './paths';
import { TextArea } from './TextArea';

interface Problem {
  where: string;
  problem: string;
}

export function FinderTreePage() {
  const { t } = useTranslation();
  usePageTitle(t('services.treeTitle'));
  const tree = useLoad((signal) => loadFinderTree(signal), []);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const submission = useSubmission();

  useEffect(() => {
    if (!tree.loading && !tree.error) setText(tree.data ? JSON.stringify(tree.data, null, 2) : '');
  }, [tree.data, tree.loading, tree.error]);

  const save = () =>
    submission.run(async () => {
      setStatus(null);
      setProblems([]);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw t('services.notJson');
      }
      try {
        const saved = await saveFinderTree(parsed);
        setText(JSON.stringify(saved.tree, null, 2));
        setStatus(t('services.treeSaved'));
      } catch (err) {
        if (err instanceof ApiError) setProblems((err.details?.problems as Problem[] | undefined) ?? []);
        throw err;
      }
    });

  return (
    <>
      <PageHeading>{t('services.treeTitle')}</PageHeading>
      <p>{t('services.treeIntro')}</p>
      <p>
        <Link to={servicesPaths.catalogue}>{t('services.backToCatalogue')}</Link>
      </p>
      <StatusMessage message={status} />
      {tree.loading ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <FormSection heading={t('services.treeHeading')} error={submission.error ?? tree.error} busy={submission.busy} submitLabel={t('common.save')} onSubmit={save}>
          {problems.length > 0 ? (
            <ul className="services-problems">
              {problems.map((problem) => (
                <li key={`${problem.where}${problem.problem}`}>
                  <code>{problem.where}</code>: {problem.problem}
                </li>
              ))}
            </ul>
          ) : null}
          <TextArea label={t('services.treeJson')} hint={t('services.treeHint')} value={text} onChange={setText} rows={24} dir="ltr" className="services-json" />
        </FormSection>
      )}
    </>
  );
}
