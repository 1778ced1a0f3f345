// The household: family links and what follows from them (siblings,
// grandchildren, the spouse's children); links are added by searching.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../ui/Alerts';
import { useSubmission } from '../ui/useSubmission';
import { addRelation, removeRelation, type Person } from './api';
import { Name, useBirthDate } from './labels';
import { PersonPicker } from './PersonPicker';
import { Select } from './Select';

export function HouseholdSection({ person, reload }: { person: Person; reload: () => void }) {
  const { t } = useTranslation();
  const birth = useBirthDate();
  const [relation, setRelation] = useState('child');
  const submission = useSubmission();
  return (
    <section className="section">
      <h2>{t('people.person.household')}</h2>
      <ErrorAlert error={submission.error} />
      {person.household.length === 0 ? <p className="empty">{t('people.person.noHousehold')}</p> : null}
      <ul className="people-list">
        {person.household.map((member) => (
          <li key={member.personId}>
            {t(`people.relation.${member.relation}` as never)}:{' '}
            <Link to={`/personen/${member.personId}`}>
              <Name given={member.givenNames} family={member.familyName} />
            </Link>{' '}
            <span className="hint">({birth(member.birthDate)})</span>{' '}
            {member.relationId && !person.mergedInto ? (
              <button type="button" className="button button-secondary button-small" onClick={() => void submission.run(async () => { await removeRelation(person.id, member.relationId as string); reload(); })}>
                {t('people.person.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {!person.mergedInto ? (
        <details className="people-details">
          <summary>{t('people.person.addRelation')}</summary>
          <Select label={t('people.person.relationKind')} value={relation} onChange={setRelation} options={(['spouse', 'child', 'parent'] as const).map((r) => [r, t(`people.relation.${r}`)])} />
          <PersonPicker
            label={t('people.person.relatedSearch')}
            chooseLabel={t('people.person.link')}
            excludeId={person.id}
            purpose="case_work"
            onChoose={(hit) => void submission.run(async () => { await addRelation(person.id, hit.id, relation); reload(); })}
          />
        </details>
      ) : null}
    </section>
  );
}
