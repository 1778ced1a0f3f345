// Registering a person: the form first, then the people who may be the same
// (search before create); only when none of them is, the new record.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { FormSection } from '../ui/FormSection';
import { PageHeading } from '../ui/PageHeading';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { usePageTitle } from '../ui/usePageTitle';
import { useSubmission } from '../ui/useSubmission';
import { checkDuplicates, createPerson, type NewPerson, type SearchHit } from './api';
import { HitList } from './HitList';
import { splitCodes } from './labels';
import { Select } from './Select';

const SEXES = ['unknown', 'female', 'male', 'diverse', 'not_stated'] as const;
const PRECISIONS = ['', 'exact', 'month', 'year', 'placeholder'] as const;
const IDENTIFIERS = ['bamf', 'azr', 'passport', 'local_file'] as const;

export function CreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  usePageTitle(t('people.create.title'));
  const typed = (params.get('name') ?? '').replace(/[\d.\-/]+/g, ' ').trim().split(/\s+/);
  const [form, setForm] = useState<Record<string, string>>({
    givenNames: typed.length > 1 ? typed.slice(0, -1).join(' ') : '', familyName: typed.length > 0 ? (typed[typed.length - 1] ?? '') : '',
    originalFamily: '', originalGiven: '', sex: 'unknown', birthDate: '', precision: '', birthPlace: '', birthCountry: '', nationalities: '', languages: '',
    identifierKind: 'bamf', identifierValue: '', phone: '', email: '', address: '',
  });
  const [duplicates, setDuplicates] = useState<SearchHit[] | null>(null);
  const submission = useSubmission();
  const duplicatesId = useId();
  const set = (key: string) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const field = (key: string) => ({ label: t(`people.field.${key}` as never), value: form[key] ?? '', onChange: set(key) });

  const body = (): NewPerson => {
    const value = (key: string) => (form[key] ?? '').trim();
    return {
      familyName: value('familyName'),
      givenNames: value('givenNames'),
      ...(value('originalFamily') || value('originalGiven') ? { names: [{ kind: 'original_script', familyName: value('originalFamily'), givenNames: value('originalGiven') }] } : {}),
      ...(value('identifierValue') ? { identifiers: [{ kind: value('identifierKind'), value: value('identifierValue') }] } : {}),
      sex: value('sex'),
      ...(value('birthDate') ? { birthDate: value('birthDate') } : {}),
      ...(value('birthDate') && value('precision') ? { birthDatePrecision: value('precision') } : {}),
      birthPlace: value('birthPlace'),
      ...(value('birthCountry') ? { birthCountry: value('birthCountry') } : {}),
      nationalities: splitCodes(value('nationalities')),
      languages: splitCodes(value('languages')),
      phone: value('phone'), email: value('email'), address: value('address'),
    };
  };

  const create = (confirm: boolean) =>
    submission.run(async () => {
      const { id } = await createPerson(body(), confirm);
      navigate(`/personen/${id}`);
    });

  const check = () =>
    submission.run(async () => {
      const found = await checkDuplicates(body());
      if (found.length === 0) {
        const { id } = await createPerson(body(), false);
        navigate(`/personen/${id}`);
        return;
      }
      setDuplicates(found);
    });

  return (
    <>
      <PageHeading>{t('people.create.title')}</PageHeading>
      <p>{t('people.create.intro')}</p>
      {duplicates ? (
        <section className="section">
          <h2 id={duplicatesId} tabIndex={-1} ref={(el) => el?.focus()}>{t('people.create.duplicates')}</h2>
          <p>{t('people.create.duplicatesIntro')}</p>
          <HitList hits={duplicates} labelledBy={duplicatesId} />
          <div className="form-actions">
            <SubmitButton type="button" busy={submission.busy} onClick={() => void create(true)}>
              {t('people.create.confirm')}
            </SubmitButton>
            <button type="button" className="button button-secondary" onClick={() => setDuplicates(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      ) : (
        <FormSection heading={t('people.create.title')} error={submission.error} busy={submission.busy} submitLabel={t('people.create.check')} onSubmit={check}>
          <TextField {...field('familyName')} dir="auto" required autoComplete="off" />
          <TextField {...field('givenNames')} dir="auto" autoComplete="off" />
          <fieldset className="fieldset">
            <legend>{t('people.create.originalScript')}</legend>
            <TextField {...field('originalFamily')} dir="auto" autoComplete="off" />
            <TextField {...field('originalGiven')} dir="auto" autoComplete="off" />
          </fieldset>
          <Select label={t('people.field.sex')} value={form.sex ?? ''} onChange={set('sex')} options={SEXES.map((s) => [s, t(`people.sex.${s}`)])} />
          <TextField {...field('birthDate')} hint={t('people.field.birthDateHint')} inputMode="numeric" autoComplete="off" />
          <Select label={t('people.field.precision')} value={form.precision ?? ''} onChange={set('precision')} options={PRECISIONS.map((p) => [p, p ? t(`people.precision.${p}`) : t('common.pleaseChoose')])} />
          <fieldset className="fieldset">
            <legend>{t('people.create.identifier')}</legend>
            <Select label={t('people.field.identifierKind')} value={form.identifierKind ?? ''} onChange={set('identifierKind')} options={IDENTIFIERS.map((k) => [k, t(`people.identifier.${k}`)])} />
            <TextField {...field('identifierValue')} autoComplete="off" />
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t('people.create.more')}</legend>
            <TextField {...field('birthPlace')} dir="auto" />
            <TextField {...field('birthCountry')} autoComplete="off" />
            <TextField {...field('nationalities')} autoComplete="off" />
            <TextField {...field('languages')} autoComplete="off" />
            <TextField {...field('phone')} type="tel" />
            <TextField {...field('email')} type="email" />
            <TextField {...field('address')} dir="auto" />
          </fieldset>
        </FormSection>
      )}
    </>
  );
}
