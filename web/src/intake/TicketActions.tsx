// What the desk can do with one ticket: assign a concern (and mark an
// emergency), forward to another unit, link to a person's case file.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { intakeApi, type Ticket } from './api';
import { TicketPersonLink, type LinkedPerson } from './TicketPersonLink';

interface Props {
  ticket: Ticket;
  concerns: Array<{ id: string; title: string }>;
  units: Array<{ id: string; name: string; active: boolean }>;
  /** `linked` is the person the ticket was just linked to, if that was the action. */
  onDone: (message: string, linked?: LinkedPerson) => void;
}

export function TicketActions({ ticket, concerns, units, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [concernId, setConcernId] = useState(ticket.concernId ?? concerns[0]?.id ?? '');
  const [emergency, setEmergency] = useState(ticket.kind === 'emergency');
  const [unitId, setUnitId] = useState(units.find((unit) => unit.active && unit.id !== ticket.unitId)?.id ?? '');
  const [error, setError] = useState<unknown>(null);
  const waiting = ticket.status === 'waiting';

  const run = async (action: () => Promise<Ticket>, message: string) => {
    setError(null);
    try {
      await action();
      onDone(message);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <div className="form">
      <ErrorAlert error={error} />
      {waiting && concerns.length > 0 ? (
        <div className="intake-ticket-actions">
          <div className="field">
            <label htmlFor={`${id}-concern`}>{t('intake.desk.concern')}</label>
            <select id={`${id}-concern`} value={concernId} onChange={(event) => setConcernId(event.target.value)}>
              {concerns.map((concern) => (
                <option key={concern.id} value={concern.id}>
                  {concern.title}
                </option>
              ))}
            </select>
          </div>
          {ticket.kind !== 'appointment' ? (
            <label className="checkbox">
              <input type="checkbox" checked={emergency} onChange={(event) => setEmergency(event.target.checked)} /> {t('intake.desk.emergency')}
            </label>
          ) : null}
          <button type="button" className="button button-primary button-small" disabled={!concernId}
            onClick={() => void run(() => intakeApi.triage(ticket.id, { concernId, emergency }), t('intake.desk.triaged', { number: ticket.number }))}>
            {t('intake.desk.triage')}
          </button>
        </div>
      ) : null}
      {ticket.status === 'waiting' || ticket.status === 'called' ? (
        <div className="intake-ticket-actions">
          <div className="field">
            <label htmlFor={`${id}-unit`}>{t('intake.desk.forwardTo')}</label>
            <select id={`${id}-unit`} value={unitId} onChange={(event) => setUnitId(event.target.value)}>
              {units.filter((unit) => unit.active).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button-secondary button-small" disabled={!unitId}
            onClick={() => void run(() => intakeApi.forward(ticket.id, unitId), t('intake.desk.forwarded', { number: ticket.number }))}>
            {t('intake.desk.forward')}
          </button>
        </div>
      ) : null}
      <TicketPersonLink
        ticket={ticket}
        onLinked={(person) => onDone(t('intake.personLink.linked', { number: ticket.number, name: `${person.givenNames} ${person.familyName}`.trim() }), person)}
      />
    </div>
  );
}
