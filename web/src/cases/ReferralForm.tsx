// The referral dialog: hand a concern to another unit with a note, a due date
// and the sections it should look at.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../api/types';
import { useSession } from '../auth/SessionContext';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useSubmission } from '../ui/useSubmission';
import { casesApi, type CaseSection } from './api';
import { SelectField, TextAreaField } from './fields';

export function ReferralForm({ caseId, sections, units, onDone, onCancel }: { caseId: string; sections: CaseSection[]; units: Unit[]; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const own = units.filter((u) => session.user.unitIds.includes(u.id));
  const [fromUnitId, setFromUnitId] = useState(own[0]?.id ?? '');
  const [toUnitId, setToUnitId] = useState(units.find((u) => !session.user.unitIds.includes(u.id))?.id ?? '');
  const [concernText, setConcernText] = useState('');
  const [handoverNote, setHandoverNote] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [sectionTypes, setSectionTypes] = useState<string[]>([]);
  const { busy, error, run } = useSubmission();
  return (
    <FormSection heading={t('cases.referral.title')} focusHeading error={error} busy={busy} submitLabel={t('cases.referral.send')} onCancel={onCancel}
      onSubmit={() => run(async () => {
        await casesApi.refer(caseId, { fromUnitId, toUnitId, concernText, handoverNote, dueDate, sectionTypes });
        onDone(t('cases.referral.sent'));
      })}>
      <SelectField label={t('cases.referral.from')} value={fromUnitId} onChange={setFromUnitId}>
        {own.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
      </SelectField>
      <SelectField label={t('cases.referral.to')} value={toUnitId} onChange={setToUnitId}>
        {units.filter((u) => u.id !== fromUnitId).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
      </SelectField>
      <TextField label={t('cases.referral.concern')} value={concernText} onChange={setConcernText} maxLength={500} />
      <TextAreaField label={t('cases.referral.note')} value={handoverNote} onChange={setHandoverNote} maxLength={5000} />
      <TextField label={t('cases.referral.due')} type="date" value={dueDate} onChange={setDueDate} />
      <CheckboxGroup legend={t('cases.referral.share')} options={sections.map((s) => ({ value: s.type, label: s.label }))} selected={sectionTypes} onChange={setSectionTypes} />
    </FormSection>
  );
}
