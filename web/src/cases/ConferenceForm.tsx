// The case conference dialog: invite units and partner counsellors to the
// named sections of this case, with the person's consent, until an end date.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../api/types';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { useSubmission } from '../ui/useSubmission';
import { casesApi, type CaseSection } from './api';
import { SelectField } from './fields';

export function ConferenceForm({ caseId, sections, units, onDone, onCancel }: { caseId: string; sections: CaseSection[]; units: Unit[]; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const partners = useLoad((signal) => casesApi.partnerCounsellors(signal), []);
  const texts = useLoad((signal) => casesApi.consentTexts(signal), []);
  const [title, setTitle] = useState('');
  const [sectionTypes, setSectionTypes] = useState<string[]>([]);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [partnerStaffIds, setPartnerStaffIds] = useState<string[]>([]);
  const [consentTextId, setConsentTextId] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const { busy, error, run } = useSubmission();
  const textId = consentTextId || texts.data?.items[0]?.id || '';
  return (
    <FormSection heading={t('cases.conference.title')} focusHeading error={error ?? partners.error} busy={busy} submitLabel={t('cases.conference.create')} onCancel={onCancel}
      onSubmit={() => run(async () => {
        await casesApi.conference(caseId, { title, sectionTypes, unitIds, partnerStaffIds, consentTextId: textId, ...(endsOn && { endsAt: new Date(`${endsOn}T23:59:00`).toISOString() }) });
        onDone(t('cases.conference.created'));
      })}>
      <TextField label={t('cases.conference.name')} value={title} onChange={setTitle} maxLength={200} />
      <CheckboxGroup legend={t('cases.conference.sections')} options={sections.filter((s) => s.write).map((s) => ({ value: s.type, label: s.label }))} selected={sectionTypes} onChange={setSectionTypes} />
      <CheckboxGroup legend={t('cases.conference.units')} options={units.map((u) => ({ value: u.id, label: u.name }))} selected={unitIds} onChange={setUnitIds} />
      <CheckboxGroup legend={t('cases.conference.partners')} emptyText={t('cases.conference.noPartners')}
        options={(partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName, hint: p.organisationName }))} selected={partnerStaffIds} onChange={setPartnerStaffIds} />
      {texts.data && texts.data.items.length === 0 ? <p className="hint">{t('cases.consent.noTexts')}</p> : (
        <SelectField label={t('cases.conference.consent')} value={textId} onChange={setConsentTextId}>
          {texts.data?.items.map((text) => <option key={text.id} value={text.id}>{t('cases.consent.textOption', { purpose: text.purpose, version: text.version })}</option>)}
        </SelectField>
      )}
      <TextField label={t('cases.conference.endsAt')} type="date" value={endsOn} onChange={setEndsOn} hint={t('cases.conference.endsHint')} />
    </FormSection>
  );
}
