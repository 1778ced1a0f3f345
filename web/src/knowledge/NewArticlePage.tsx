// A new article: its first version starts as a draft.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { usePageTitle } from '../ui/usePageTitle';
import { createArticle } from './api';
import { emptyVersion, MarkdownEditor, toVersionInput } from './MarkdownEditor';
import { articlePath } from './paths';
import './knowledge.css';

const splitList = (text: string) => text.split(/[,;\n]/).map((part) => part.trim()).filter(Boolean);

export function NewArticlePage() {
  const { t } = useTranslation();
  usePageTitle(t('knowledge.editor.newArticle'));
  const navigate = useNavigate();
  const [fields, setFields] = useState(emptyVersion());
  const [tags, setTags] = useState('');
  const [legalRefs, setLegalRefs] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await createArticle({ ...toVersionInput(fields), title: fields.title.trim(), tags: splitList(tags), legalRefs: splitList(legalRefs) });
      navigate(articlePath(created.id));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>{t('knowledge.editor.newArticle')}</PageHeading>
      <form onSubmit={(event) => void submit(event)} className="form">
        <MarkdownEditor value={fields} onChange={setFields} />
        <TextField label={t('knowledge.editor.tags')} value={tags} onChange={setTags} hint={t('knowledge.editor.listHint')} />
        <TextField label={t('knowledge.editor.legalRefs')} value={legalRefs} onChange={setLegalRefs} hint={t('knowledge.editor.legalRefsHint')} />
        <ErrorAlert error={error} />
        <SubmitButton busy={busy}>{t('knowledge.editor.saveDraft')}</SubmitButton>
      </form>
    </>
  );
}
