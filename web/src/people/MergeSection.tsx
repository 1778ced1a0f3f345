// Merging a duplicate after review, and splitting a merge again. The review
// shows both records side by side before anything changes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useSubmission } from '../ui/useSubmission';
import { getPerson, mergeInto, splitMerge, type Person } from './api';
import { Name, useBirthDate } from './labels';
import { PersonPicker } from './PersonPicker';

function Summary({ heading, person }: { heading: string; person: Person }) {
  const { t } = useTranslation();
  const birth = useBirthDate();
  return (
    <div className="people-compare-column">
      <h3>{heading}</h3>
      <p>
        <strong>
          <Name given={person.givenNames} family={person.familyName} />
        </strong>
      </p>
      <p>{t('people.field.birthDate')}: {birth(person.birthDate)}</p>
      <ul className="people-list">
        {person.names.map((name) => (
          <li key={name.id}>
            <Name given={name.givenNames} family={name.familyName} /> <span className="hint">({t(`people.nameKind.${name.kind}` as never)})</span>
          </li>
        ))}
        {person.identifiers.map((identifier) => (
          <li key={identifier.id}>
            {t(`people.identifier.${identifier.kind}` as never)}: {identifier.value}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MergeSection({ person, reload }: { person: Person; reload: () => void }) {
  const { t } = useTranslation();
  const [other, setOther] = useState<Person | null>(null);
  const [reason, setReason] = useState('');
  const [splitReason, setSplitReason] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const submission = useSubmission();
  const active = person.merges.filter((merge) => !merge.splitAt && merge.survivorId !== merge.mergedId);
  if (person.mergedInto) return null;
  return (
    <section className="section">
      <h2>{t('people.merge.heading')}</h2>
      <StatusMessage message={status} />
      <ErrorAlert error={submission.error} />
      {active.length > 0 ? (
        <>
          <h3>{t('people.merge.records')}</h3>
          <ul className="people-list">
            {active.map((merge) => {
              const record = person.records.find((r) => r.id === merge.mergedId);
              return (
                <li key={merge.id}>
                  {record ? <Name given={record.givenNames} family={record.familyName} /> : merge.mergedId} <span className="hint">({merge.mergedBy}, {new Date(merge.mergedAt).toLocaleDateString('de-DE')}: <bdi dir="auto">{merge.reason}</bdi>)</span>
                </li>
              );
            })}
          </ul>
          <FormSection
            heading={t('people.merge.split')}
            error={null}
            busy={submission.busy}
            submitLabel={t('people.merge.split')}
            onSubmit={() => submission.run(async () => {
              for (const merge of active.slice(0, 1)) await splitMerge(merge.id, splitReason);
              setSplitReason('');
              setStatus(t('people.merge.splitDone'));
              reload();
            })}
          >
            <TextField label={t('people.merge.splitReason')} value={splitReason} onChange={setSplitReason} required />
          </FormSection>
        </>
      ) : null}
      <details className="people-details">
        <summary>{t('people.merge.search')}</summary>
        <p>{t('people.merge.intro')}</p>
        <PersonPicker
          label={t('people.merge.search')}
          chooseLabel={t('people.merge.choose')}
          excludeId={person.id}
          purpose="merge_review"
          onChoose={(hit) => void submission.run(async () => setOther(await getPerson(hit.id, undefined, 'merge_review')))}
        />
      </details>
      {other ? (
        <div className="people-compare">
          <h3>{t('people.merge.review')}</h3>
          <div className="people-compare-columns">
            <Summary heading={t('people.merge.this')} person={person} />
            <Summary heading={t('people.merge.other')} person={other} />
          </div>
          <p>
            <Link to={`/personen/${other.id}`}>
              <Name given={other.givenNames} family={other.familyName} />
            </Link>
          </p>
          <FormSection
            heading={t('people.merge.confirm')}
            error={null}
            busy={submission.busy}
            submitLabel={t('people.merge.confirm')}
            onSubmit={() => submission.run(async () => {
              await mergeInto(person.id, other.id, reason);
              setOther(null);
              setReason('');
              setStatus(t('people.merge.merged'));
              reload();
            })}
            onCancel={() => setOther(null)}
          >
            <TextField label={t('people.field.reason')} value={reason} onChange={setReason} required />
          </FormSection>
        </div>
      ) : null}
    </section>
  );
}
