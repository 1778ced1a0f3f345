// Written forms of the name and the numbers of a person, each addable and
// removable (a wrongly recorded one); items of merged records are marked.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useSubmission } from '../ui/useSubmission';
import { addIdentifier, addName, removeIdentifier, removeName, type Person } from './api';
import { Name } from './labels';
import { Select } from './Select';

interface Props {
  person: Person;
  merged: Set<string>;
  reload: () => void;
}

const NAME_KINDS = ['original_script', 'transliteration', 'alias', 'birth_name', 'former_name'] as const;
const IDENTIFIERS = ['bamf', 'azr', 'passport', 'local_file'] as const;

export function NamesSection({ person, merged, reload }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ kind: 'original_script', familyName: '', givenNames: '', source: '' });
  const [status, setStatus] = useState<string | null>(null);
  const submission = useSubmission();
  const removal = useSubmission();
  const add = () =>
    submission.run(async () => {
      await addName(person.id, form);
      setForm({ ...form, familyName: '', givenNames: '', source: '' });
      setStatus(t('people.person.added'));
      reload();
    });
  return (
    <section className="section">
      <h2>{t('people.person.names')}</h2>
      <StatusMessage message={status} />
      <ErrorAlert error={removal.error} />
      <ul className="people-list">
        {person.names.map((name) => (
          <li key={name.id}>
            <strong>
              <Name given={name.givenNames} family={name.familyName} />
            </strong>{' '}
            <span className="hint">
              ({t(`people.nameKind.${name.kind}` as never)}, {t(`people.script.${name.script}` as never)}
              {name.source ? `, ${name.source}` : ''}
              {merged.has(name.recordId) ? `, ${t('people.person.fromMerged')}` : ''})
            </span>{' '}
            {name.kind !== 'primary' && !person.mergedInto ? (
              <button type="button" className="button button-secondary button-small" onClick={() => void removal.run(async () => { await removeName(person.id, name.id); reload(); })}>
                {t('people.person.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <details className="people-details">
      <summary>{t('people.person.addName')}</summary>
      <FormSection heading={t('people.person.addName')} error={submission.error} busy={submission.busy} submitLabel={t('people.person.addName')} onSubmit={add}>
        <Select label={t('people.field.nameKind')} value={form.kind} onChange={(kind) => setForm({ ...form, kind })} options={NAME_KINDS.map((k) => [k, t(`people.nameKind.${k}`)])} />
        <TextField label={t('people.field.familyName')} value={form.familyName} onChange={(familyName) => setForm({ ...form, familyName })} dir="auto" autoComplete="off" />
        <TextField label={t('people.field.givenNames')} value={form.givenNames} onChange={(givenNames) => setForm({ ...form, givenNames })} dir="auto" autoComplete="off" />
        <TextField label={t('people.field.source')} value={form.source} onChange={(source) => setForm({ ...form, source })} />
      </FormSection>
      </details>
    </section>
  );
}

export function IdentifiersSection({ person, merged, reload }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ kind: 'bamf', value: '' });
  const submission = useSubmission();
  const removal = useSubmission();
  const add = () =>
    submission.run(async () => {
      await addIdentifier(person.id, form);
      setForm({ ...form, value: '' });
      reload();
    });
  return (
    <section className="section">
      <h2>{t('people.person.identifiers')}</h2>
      <ErrorAlert error={removal.error} />
      {person.identifiers.length === 0 ? <p className="empty">{t('people.person.noIdentifiers')}</p> : null}
      <ul className="people-list">
        {person.identifiers.map((identifier) => (
          <li key={identifier.id}>
            {t(`people.identifier.${identifier.kind}` as never)}: <strong>{identifier.value}</strong>
            {merged.has(identifier.recordId) ? <span className="hint"> ({t('people.person.fromMerged')})</span> : null}{' '}
            {!person.mergedInto ? (
              <button type="button" className="button button-secondary button-small" onClick={() => void removal.run(async () => { await removeIdentifier(person.id, identifier.id); reload(); })}>
                {t('people.person.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <details className="people-details">
      <summary>{t('people.person.addIdentifier')}</summary>
      <FormSection heading={t('people.person.addIdentifier')} error={submission.error} busy={submission.busy} submitLabel={t('people.person.addIdentifier')} onSubmit={add}>
        <Select label={t('people.field.identifierKind')} value={form.kind} onChange={(kind) => setForm({ ...form, kind })} options={IDENTIFIERS.map((k) => [k, t(`people.identifier.${k}`)])} />
        <TextField label={t('people.field.identifierValue')} value={form.value} onChange={(value) => setForm({ ...form, value })} autoComplete="off" />
      </FormSection>
      </details>
    </section>
  );
}
