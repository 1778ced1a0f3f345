// Consent management on the case: record the person's consent for a purpose
// (or a legal basis) that opens a section to another unit, and revoke it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../api/types';
import { ErrorAlert } from '../ui/Alerts';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { useSubmission } from '../ui/useSubmission';
import { casesApi, type CaseSection } from './api';
import { SelectField } from './fields';

export function ConsentPanel({ caseId, sections, units, onDone, onCancel }: { caseId: string; sections: CaseSection[]; units: Unit[]; onDone: (message: string) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const grants = useLoad((signal) => casesApi.grants(caseId, signal), [caseId]);
  const texts = useLoad((signal) => casesApi.consentTexts(signal), []);
  const writable = sections.filter((s) => s.write);
  const [unitId, setUnitId] = useState(units[0]?.id ?? '');
  const [sectionType, setSectionType] = useState(writable[0]?.type ?? '');
  const [access, setAccess] = useState('read');
  const [basis, setBasis] = useState<'consent' | 'legal_basis'>('consent');
  const [purpose, setPurpose] = useState('');
  const [consentTextId, setConsentTextId] = useState('');
  const [legalReference, setLegalReference] = useState('');
  const { busy, error, run } = useSubmission();
  const revoke = useSubmission();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const textId = consentTextId || texts.data?.items[0]?.id || '';

  return (
    <>
      <section className="section" aria-labelledby="consent-heading">
        <h2 id="consent-heading">{t('cases.consent.title')}</h2>
        <ErrorAlert error={grants.error ?? revoke.error} />
        {grants.data && grants.data.items.length === 0 ? <p>{t('cases.consent.empty')}</p> : null}
        <ul>
          {grants.data?.items.map((grant) => (
            <li key={grant.id}>
              <bdi>{grant.unitName}</bdi> · {sections.find((s) => s.type === grant.sectionType)?.label ?? grant.sectionType} · {grant.access === 'write' ? t('cases.consent.write') : t('cases.consent.read')}
              {' · '}{grant.basis === 'consent' ? `${t('cases.consent.basisConsent')} (${t('cases.consent.version', { version: grant.consentVersion })})` : grant.legalReference}
              {' · '}<span dir="auto">{grant.purpose}</span>
              {grant.revokedAt ? <span className="hint"> · {t('cases.consent.revoked', { date: date.format(new Date(grant.revokedAt)) })}</span> : (
                <> <button type="button" className="button button-secondary" disabled={revoke.busy}
                  onClick={() => void revoke.run(async () => { await casesApi.revoke(grant.id); grants.reload(); onDone(t('cases.consent.revokedNow')); })}>{t('cases.consent.revoke')}</button></>
              )}
            </li>
          ))}
        </ul>
      </section>
      {writable.length > 0 ? (
        <FormSection heading={t('cases.consent.record')} error={error} busy={busy} submitLabel={t('cases.consent.record')} onCancel={onCancel}
          onSubmit={() => run(async () => {
            await casesApi.grant(caseId, { unitId, sectionType, access, basis, purpose, ...(basis === 'consent' ? { consentTextId: textId } : { legalReference }) });
            grants.reload(); onDone(t('cases.consent.recorded'));
          })}>
          <SelectField label={t('cases.consent.unit')} value={unitId} onChange={setUnitId}>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </SelectField>
          <SelectField label={t('cases.section')} value={sectionType} onChange={setSectionType}>
            {writable.map((s) => <option key={s.type} value={s.type}>{s.label}</option>)}
          </SelectField>
          <SelectField label={t('cases.consent.access')} value={access} onChange={setAccess}>
            <option value="read">{t('cases.consent.read')}</option>
            <option value="write">{t('cases.consent.write')}</option>
          </SelectField>
          <SelectField label={t('cases.consent.basis')} value={basis} onChange={(v) => setBasis(v as 'consent' | 'legal_basis')}>
            <option value="consent">{t('cases.consent.basisConsent')}</option>
            <option value="legal_basis">{t('cases.consent.basisLegal')}</option>
          </SelectField>
          <TextField label={t('cases.consent.purpose')} value={purpose} onChange={setPurpose} maxLength={300} />
          {basis === 'consent' ? (
            texts.data && texts.data.items.length === 0 ? <p className="hint">{t('cases.consent.noTexts')}</p> : (
              <SelectField label={t('cases.consent.text')} value={textId} onChange={setConsentTextId}>
                {texts.data?.items.map((text) => <option key={text.id} value={text.id}>{t('cases.consent.textOption', { purpose: text.purpose, version: text.version })}</option>)}
              </SelectField>
            )
          ) : (
            <TextField label={t('cases.consent.legalReference')} value={legalReference} onChange={setLegalReference} maxLength={300} />
          )}
        </FormSection>
      ) : null}
    </>
  );
}
