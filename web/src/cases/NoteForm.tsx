// Writing a note into a section the unit works in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../ui/FormSection';
import { useSubmission } from '../ui/useSubmission';
import { casesApi, type CaseSection, type Confidentiality } from './api';
import { SelectField, TextAreaField } from './fields';

export function NoteForm({ caseId, sections, onDone, onCancel }: { caseId: string; sections: CaseSection[]; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const writable = sections.filter((s) => s.write);
  const [sectionType, setSectionType] = useState(writable[0]?.type ?? '');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>('standard');
  const [body, setBody] = useState('');
  const { busy, error, run } = useSubmission();
  return (
    <FormSection heading={t('cases.note.title')} focusHeading error={error} busy={busy} submitLabel={t('cases.note.save')} onCancel={onCancel}
      onSubmit={() => run(async () => { await casesApi.addNote(caseId, { sectionType, confidentiality, body }); onDone(t('cases.note.saved')); })}>
      <SelectField label={t('cases.section')} value={sectionType} onChange={setSectionType}>
        {writable.map((s) => <option key={s.type} value={s.type}>{s.label}</option>)}
      </SelectField>
      <SelectField label={t('cases.confidentiality.label')} value={confidentiality} onChange={(v) => setConfidentiality(v as Confidentiality)}>
        {(['standard', 'confidential', 'special_category'] as const).map((level) => <option key={level} value={level}>{t(`cases.confidentiality.${level}`)}</option>)}
      </SelectField>
      <TextAreaField label={t('cases.note.body')} value={body} onChange={setBody} rows={6} maxLength={20000} />
    </FormSection>
  );
}
