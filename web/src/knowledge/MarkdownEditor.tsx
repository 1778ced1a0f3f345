// The fields of one version: title, Markdown text with a preview rendered
// by the server's sanitiser (the same HTML the article page will show),
// validity period and change note.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { TextField } from '../ui/TextField';
import { previewMarkdown } from './api';

export interface VersionFields {
  title: string;
  bodyMarkdown: string;
  validFrom: string;
  validUntil: string;
  changeNote: string;
}

export const emptyVersion = (title = ''): VersionFields => ({ title, bodyMarkdown: '', validFrom: '', validUntil: '', changeNote: '' });

export function MarkdownEditor({ value, onChange }: { value: VersionFields; onChange: (value: VersionFields) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const set = (field: keyof VersionFields) => (text: string) => onChange({ ...value, [field]: text });

  const showPreview = async () => {
    setError(null);
    try {
      setPreview((await previewMarkdown(value.bodyMarkdown)).html);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      <TextField label={t('knowledge.editor.title')} value={value.title} onChange={set('title')} required maxLength={300} />
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('knowledge.editor.body')}</label>
        <p id={`${id}-hint`} className="hint">{t('knowledge.editor.bodyHint')}</p>
        <textarea id={`${id}-body`} aria-describedby={`${id}-hint`} rows={14} value={value.bodyMarkdown} onChange={(event) => set('bodyMarkdown')(event.target.value)} />
      </div>
      <div className="knowledge-dates">
        <TextField label={t('knowledge.editor.validFrom')} type="date" value={value.validFrom} onChange={set('validFrom')} required />
        <TextField label={t('knowledge.editor.validUntil')} type="date" value={value.validUntil} onChange={set('validUntil')} hint={t('knowledge.editor.validUntilHint')} />
      </div>
      <TextField label={t('knowledge.editor.changeNote')} value={value.changeNote} onChange={set('changeNote')} maxLength={2000} />
      <button type="button" className="button button-secondary" onClick={() => void showPreview()}>
        {t('knowledge.editor.preview')}
      </button>
      <ErrorAlert error={error} />
      {preview !== null ? (
        <section aria-label={t('knowledge.editor.previewHeading')} className="knowledge-body knowledge-preview">
          {/* Sanitised by the server (markdown-it without raw HTML + sanitize-html allow-list). */}
          <div dangerouslySetInnerHTML={{ __html: preview }} />
        </section>
      ) : null}
    </>
  );
}

/** The fields as the API wants them: empty dates and notes left out. */
export function toVersionInput(value: VersionFields) {
  return {
    title: value.title.trim(),
    bodyMarkdown: value.bodyMarkdown,
    validFrom: value.validFrom,
    validUntil: value.validUntil || null,
    changeNote: value.changeNote,
  };
}
