// Uploading a document into a section; the server checks the content type.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/SessionContext';
import { FormSection } from '../ui/FormSection';
import { useSubmission } from '../ui/useSubmission';
import { uploadDocument, type CaseSection } from './api';
import { SelectField } from './fields';

export function DocumentForm({ caseId, sections, onDone, onCancel }: { caseId: string; sections: CaseSection[]; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const writable = sections.filter((s) => s.write);
  const [sectionType, setSectionType] = useState(writable[0]?.type ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const { busy, error, run } = useSubmission();
  const id = useId();
  return (
    <FormSection heading={t('cases.document.title')} focusHeading error={error} busy={busy} submitLabel={t('cases.document.save')} onCancel={onCancel}
      onSubmit={() => {
        if (!file) { setMissing(true); return; }
        return run(async () => { await uploadDocument(caseId, sectionType, file, session.csrfToken); onDone(t('cases.document.saved')); });
      }}>
      <SelectField label={t('cases.section')} value={sectionType} onChange={setSectionType}>
        {writable.map((s) => <option key={s.type} value={s.type}>{s.label}</option>)}
      </SelectField>
      <div className="field">
        <label htmlFor={id}>{t('cases.document.file')}</label>
        <p id={`${id}-hint`} className="hint">{t('cases.document.hint')}</p>
        <input id={id} type="file" accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,.docx,.odt" aria-describedby={`${id}-hint`} aria-invalid={missing || undefined}
          onChange={(event) => { setFile(event.target.files?.[0] ?? null); setMissing(false); }} />
        {missing ? <p className="field-error" role="alert">{t('cases.document.missing')}</p> : null}
      </div>
    </FormSection>
  );
}
