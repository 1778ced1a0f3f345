// Writes a new version of an article, or edits a draft.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { SubmitButton } from '../ui/SubmitButton';
import { createVersion, loadVersion, updateDraft } from './api';
import { emptyVersion, MarkdownEditor, toVersionInput } from './MarkdownEditor';

interface Props {
  articleId: string;
  articleTitle: string;
  /** The draft to edit; without it a new version is written. */
  draftId: string | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

export function VersionForm({ articleId, articleTitle, draftId, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(emptyVersion(articleTitle));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!draftId) return;
    const controller = new AbortController();
    loadVersion(draftId, controller.signal).then(
      (draft) => setFields({ title: draft.title, bodyMarkdown: draft.bodyMarkdown, validFrom: draft.validFrom, validUntil: draft.validUntil ?? '', changeNote: draft.changeNote }),
      (err: unknown) => { if (!controller.signal.aborted) setError(err); },
    );
    return () => controller.abort();
  }, [draftId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = draftId ? await updateDraft(draftId, toVersionInput(fields)) : await createVersion(articleId, toVersionInput(fields));
      onSaved(t('knowledge.editor.saved', { number: saved.number }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="knowledge-version-form">
      <h2 id="knowledge-version-form">{draftId ? t('knowledge.editor.editDraft') : t('knowledge.editor.newVersion')}</h2>
      <form onSubmit={(event) => void submit(event)} className="form">
        <MarkdownEditor value={fields} onChange={setFields} />
        <ErrorAlert error={error} />
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('knowledge.editor.saveDraft')}</SubmitButton>
          <button type="button" className="button button-secondary" onClick={onCancel}>{t('common.cancel')}</button>
        </div>
      </form>
    </section>
  );
}
