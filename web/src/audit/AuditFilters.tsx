// Filter form for the audit log. The staff select is filled from
// /api/audit/actors (which the data-protection officer may read, unlike the
// staff admin list); the free-text actor ID also covers actors not in that
// list, e.g. system jobs or deleted accounts. Choosing in the select fills the
// text field, so there is one value that is actually sent.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../api/audit';
import type { AuditActor } from '../api/types';
import { FieldError } from '../ui/Alerts';

interface Props {
  actors: AuditActor[];
  actions: string[];
  busy: boolean;
  onApply: (filter: AuditFilter) => void;
}

/** datetime-local gives local wall-clock time without zone; the API wants ISO with zone. */
function toIso(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function AuditFilters({ actors, actions, busy, onApply }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [personId, setPersonId] = useState('');
  const [actorId, setActorId] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [rangeError, setRangeError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromIso = toIso(from);
    const toIsoValue = toIso(to);
    if (fromIso && toIsoValue && fromIso > toIsoValue) {
      setRangeError(t('audit.rangeInvalid'));
      return;
    }
    setRangeError(null);
    onApply({
      personId: personId.trim() || undefined,
      actorId: actorId.trim() || undefined,
      action: action || undefined,
      from: fromIso,
      to: toIsoValue,
    });
  };

  const reset = () => {
    setPersonId('');
    setActorId('');
    setAction('');
    setFrom('');
    setTo('');
    setRangeError(null);
    onApply({});
  };

  const selectedActor = actors.some((actor) => actor.id === actorId.trim()) ? actorId.trim() : '';

  return (
    <form onSubmit={submit} noValidate className="form filters" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('audit.filterHeading')}</h2>
      <div className="filter-grid">
        <div className="field">
          <label htmlFor={`${id}-person`}>{t('audit.personId')}</label>
          <input
            id={`${id}-person`}
            type="text"
            dir="ltr"
            autoComplete="off"
            value={personId}
            onChange={(e) => setPersonId(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-actor-select`}>{t('audit.actorSelect')}</label>
          <select
            id={`${id}-actor-select`}
            value={selectedActor}
            onChange={(e) => setActorId(e.target.value)}
          >
            <option value="">{t('audit.allActors')}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-actor`}>{t('audit.actorId')}</label>
          <input
            id={`${id}-actor`}
            type="text"
            dir="ltr"
            autoComplete="off"
            value={actorId}
            onChange={(e) => setActorId(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('audit.action')}</label>
          <select id={`${id}-action`} value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">{t('audit.allActions')}</option>
            {actions.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('audit.from')}</label>
          <input
            id={`${id}-from`}
            type="datetime-local"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            aria-invalid={rangeError ? true : undefined}
            aria-describedby={rangeError ? `${id}-range-error` : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('audit.to')}</label>
          <input
            id={`${id}-to`}
            type="datetime-local"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            aria-invalid={rangeError ? true : undefined}
            aria-describedby={rangeError ? `${id}-range-error` : undefined}
          />
        </div>
      </div>
      <FieldError id={`${id}-range-error`} message={rangeError} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('audit.apply')}
        </button>
        <button type="button" className="button button-secondary" onClick={reset} disabled={busy}>
          {t('audit.reset')}
        </button>
      </div>
    </form>
  );
}
