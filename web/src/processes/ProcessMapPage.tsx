// Prozesslandkarte: all processes of the authority by service area, with a
// filter that narrows the map as you type. Editors can add service areas and
// processes below the map.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasAnyRole, useSession } from '../auth/SessionContext';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { loadProcessMap, type ProcessGroup } from './api';
import { NewProcessForms } from './NewProcessForms';
import { ownerLabel } from './ownerLabel';
import { PROCESS_EDITOR_ROLES, processPath } from './paths';
import './processes.css';

function matches(query: string, ...texts: string[]): boolean {
  const words = query.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  const haystack = texts.join(' ').toLocaleLowerCase('de');
  return words.every((word) => haystack.includes(word));
}

export function ProcessMapPage() {
  const { t } = useTranslation();
  usePageTitle(t('processes.map.title'));
  const session = useSession();
  const isEditor = hasAnyRole(session, PROCESS_EDITOR_ROLES);
  const map = useLoad((signal) => loadProcessMap(signal), []);
  const [query, setQuery] = useState('');
  const resultId = useId();

  const visible = useMemo((): ProcessGroup[] => {
    const groups = map.data ?? [];
    if (query.trim() === '') return groups;
    return groups
      .map((group) => ({
        ...group,
        processes: matches(query, group.name) ? group.processes : group.processes.filter((p) => matches(query, p.title, p.description, p.owner?.name ?? '')),
      }))
      .filter((group) => group.processes.length > 0);
  }, [map.data, query]);
  const total = (map.data ?? []).reduce((sum, group) => sum + group.processes.length, 0);
  const shown = visible.reduce((sum, group) => sum + group.processes.length, 0);

  return (
    <>
      <PageHeading>{t('processes.map.title')}</PageHeading>
      <p>{t('processes.map.intro')}</p>

      {map.loading ? <p role="status">{t('common.loading')}</p> : null}
      {map.error ? (
        <>
          <ErrorAlert error={map.error} />
          <button type="button" className="button button-secondary" onClick={map.reload}>
            {t('common.retry')}
          </button>
        </>
      ) : null}

      {map.data ? (
        <>
          <div role="search" className="filters">
            <TextField
              label={t('processes.map.filterLabel')}
              hint={t('processes.map.filterHint')}
              enterKeyHint="search"
              value={query}
              onChange={setQuery}
              aria-controls={resultId}
            />
          </div>
          <p role="status" id={resultId}>
            {query.trim() === '' ? t('processes.map.count', { count: total, groups: map.data.length }) : t('processes.map.filtered', { shown, total })}
          </p>
          {total === 0 ? <p className="empty">{t('processes.map.empty')}</p> : null}
          {visible.map((group) => (
            <section className="section" key={group.id} aria-labelledby={`group-${group.id}`}>
              <h2 id={`group-${group.id}`}>{group.name}</h2>
              {group.processes.length === 0 ? <p className="empty">{t('processes.map.groupEmpty')}</p> : null}
              <ul className="process-list">
                {group.processes.map((process) => (
                  <li key={process.id} className="process-card">
                    <Link to={processPath(process.id)} className="process-card-title">
                      {process.title}
                    </Link>
                    <p className="hint">{ownerLabel(t, process.owner)}</p>
                    {process.description ? <p className="process-card-description">{process.description}</p> : null}
                    <p className="tag-list">
                      <span className="tag">{t('processes.versionShort', { version: process.currentVersion })}</span>
                      {process.hasModel ? <span className="tag">{t('processes.map.hasModel')}</span> : null}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {isEditor ? <NewProcessForms groups={map.data} onCreated={map.reload} /> : null}
        </>
      ) : null}
    </>
  );
}
