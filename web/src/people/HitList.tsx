// A ranked list of people with the reasons for each: search results,
// possible duplicates, candidates for a merge or a family link.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SearchHit } from './api';
import { Name, Reasons, useBirthDate } from './labels';

interface Props {
  hits: SearchHit[];
  labelledBy: string;
  /** Extra controls per hit (e.g. "choose for comparison"); the name links to the person either way. */
  actions?: (hit: SearchHit) => ReactNode;
}

export function HitList({ hits, labelledBy, actions }: Props) {
  const { t } = useTranslation();
  const birth = useBirthDate();
  return (
    <ol className="people-hits" aria-labelledby={labelledBy}>
      {hits.map((hit) => (
        <li key={hit.id} className="people-hit">
          <p className="people-hit-name">
            <Link to={`/personen/${hit.id}`}>
              <Name given={hit.givenNames} family={hit.familyName} />
            </Link>
            <span className="hint">
              {' · '}
              {t('people.field.birthDate')}: {birth(hit.birthDate)}
              {hit.nationalities.length > 0 ? ` · ${hit.nationalities.join(', ')}` : ''}
            </span>
          </p>
          <p className="visually-hidden">{t('people.search.why')}</p>
          <Reasons reasons={hit.reasons} />
          {actions ? <div className="people-hit-actions">{actions(hit)}</div> : null}
        </li>
      ))}
    </ol>
  );
}
