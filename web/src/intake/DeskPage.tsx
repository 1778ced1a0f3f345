// The intake desk: issue numbers (walk-in, emergency, appointment check-in),
// see today's numbers of the location, sort them to a unit by concern, forward
// them, link them to a case file.
import { Fragment, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listUnits } from '../api/admin';
import { hasAnyRole, useSession } from '../auth/SessionContext';
import { Name } from '../people/labels';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { intakeApi, type Ticket, type TicketKind } from './api';
import { LocationSelect, useLocationChoice } from './LocationSelect';
import { TicketActions } from './TicketActions';
import type { LinkedPerson } from './TicketPersonLink';
import './intake.css';

export function DeskPage() {
  const { t } = useTranslation();
  usePageTitle(t('intake.desk.title'));
  const choice = useLocationChoice();
  const { locationId } = choice;
  const concerns = useLoad((signal) => intakeApi.concerns(signal).then((result) => result.items), []);
  const units = useLoad((signal) => listUnits(signal), []);
  const tickets = useLoad((signal) => (locationId ? intakeApi.tickets(locationId, signal).then((result) => result.items) : Promise.resolve([] as Ticket[])), [locationId]);
  const [kind, setKind] = useState<TicketKind>('walk_in');
  const [scheduledAt, setScheduledAt] = useState('');
  const [concernId, setConcernId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [bookingId, setBookingId] = useState('');
  const [checkInError, setCheckInError] = useState<unknown>(null);
  // The ticket list never names a person; the desk remembers whom it linked itself.
  const editButtons = useRef<Record<string, HTMLButtonElement | null>>({});
  const [linkedPeople, setLinkedPeople] = useState<Record<string, LinkedPerson>>({});
  const session = useSession();
  // Intake staff open the register's page of the person; case staff the case file itself.
  const personPath = (id: string) => (hasAnyRole(session, ['case_worker', 'unit_lead']) ? `/akten/${id}` : `/personen/${id}`);

  async function checkIn(event: React.FormEvent) {
    event.preventDefault();
    setCheckInError(null);
    try {
      const result = await intakeApi.checkIn(bookingId.trim());
      setMessage(t('intake.desk.checkedIn', { number: result.ticket.number }));
      setBookingId('');
      tickets.reload();
    } catch (failure) {
      setCheckInError(failure);
    }
  }

  const personTag = (ticket: Ticket) => {
    if (!ticket.hasPerson) return null;
    const person = linkedPeople[ticket.id];
    if (!person) return ` · ${t('intake.desk.hasPerson')}`;
    return (
      <span className="intake-linked-person">
        {t('intake.personLink.linkedTo')}{' '}
        <Link to={personPath(person.id)}>
          <Name given={person.givenNames} family={person.familyName} />
        </Link>
      </span>
    );
  };

  const unitName = (id: string | null) => units.data?.find((unit) => unit.id === id)?.name ?? t('intake.desk.noUnit');

  async function issue(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await intakeApi.issue({
        locationId, kind, ...(kind === 'appointment' && scheduledAt ? { scheduledAt: new Date(scheduledAt).toISOString() } : {}), ...(concernId ? { concernId } : {}),
      });
      setMessage(t('intake.desk.issued', { number: result.ticket.number }));
      tickets.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <>
      <PageHeading>{t('intake.desk.title')}</PageHeading>
      <LocationSelect choice={choice} />
      <StatusMessage message={message} />
      {locationId ? (
        <>
          <section className="section form-section" aria-labelledby="desk-issue">
            <h2 id="desk-issue">{t('intake.desk.issueTitle')}</h2>
            <ErrorAlert error={error} />
            <form className="form" onSubmit={(event) => void issue(event)}>
              <div className="field">
                <label htmlFor="desk-kind">{t('intake.desk.kind')}</label>
                <select id="desk-kind" value={kind} onChange={(event) => setKind(event.target.value as TicketKind)}>
                  {(['walk_in', 'emergency', 'appointment'] as const).map((value) => (
                    <option key={value} value={value}>
                      {t(`intake.kinds.${value}`)}
                    </option>
                  ))}
                </select>
              </div>
              {kind === 'appointment' ? (
                <div className="field">
                  <label htmlFor="desk-scheduled">{t('intake.desk.scheduledAt')}</label>
                  <input id="desk-scheduled" type="datetime-local" required value={scheduledAt} onChange={(event) => setScheduledAt(event.target.value)} />
                </div>
              ) : null}
              <div className="field">
                <label htmlFor="desk-concern">{t('intake.desk.concern')}</label>
                <select id="desk-concern" value={concernId} onChange={(event) => setConcernId(event.target.value)}>
                  <option value="">{t('intake.desk.noConcern')}</option>
                  {concerns.data?.map((concern) => (
                    <option key={concern.id} value={concern.id}>
                      {concern.title}
                    </option>
                  ))}
                </select>
              </div>
              <div className="form-actions">
                <button type="submit" className="button button-primary">
                  {t('intake.desk.issue')}
                </button>
              </div>
            </form>
          </section>
          <section className="section form-section" aria-labelledby="desk-check-in">
            <h2 id="desk-check-in">{t('intake.desk.checkInTitle')}</h2>
            <ErrorAlert error={checkInError} />
            <form className="form" onSubmit={(event) => void checkIn(event)}>
              <div className="field">
                <label htmlFor="desk-booking">{t('intake.desk.bookingId')}</label>
                <input id="desk-booking" required dir="ltr" autoComplete="off" value={bookingId} onChange={(event) => setBookingId(event.target.value)} />
              </div>
              <div className="form-actions">
                <button type="submit" className="button button-secondary">
                  {t('intake.desk.checkIn')}
                </button>
              </div>
            </form>
          </section>
          <section className="section" aria-labelledby="desk-tickets">
            <h2 id="desk-tickets">{t('intake.desk.ticketsTitle')}</h2>
            <button type="button" className="button button-secondary button-small" onClick={tickets.reload}>
              {t('intake.staff.refresh')}
            </button>
            {tickets.loading ? <p role="status">{t('common.loading')}</p> : null}
            <ErrorAlert error={tickets.error} />
            {tickets.data && tickets.data.length === 0 ? <p className="empty">{t('intake.desk.empty')}</p> : null}
            {tickets.data && tickets.data.length > 0 ? (
              <div className="table-wrap intake-desk-table" role="region" aria-labelledby="desk-tickets" tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('intake.desk.number')}</th>
                      <th scope="col">{t('intake.desk.kind')}</th>
                      <th scope="col">{t('intake.desk.unit')}</th>
                      <th scope="col">{t('intake.desk.status')}</th>
                      <th scope="col">{t('intake.desk.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {tickets.data.map((ticket) => (
                      <Fragment key={ticket.id}>
                        <tr>
                          <th scope="row">{ticket.number}</th>
                          <td>
                            {t(`intake.kinds.${ticket.kind}`)}
                            {ticket.concernGroup ? ` · ${t(`intake.groups.${ticket.concernGroup}`)}` : ''}
                            {personTag(ticket)}
                          </td>
                          <td>{unitName(ticket.unitId)}</td>
                          <td>
                            {t(`intake.statuses.${ticket.status}`)}
                            {ticket.counterName ? ` · ${ticket.counterName}` : ''}
                          </td>
                          <td>
                            <button
                              ref={(element) => {
                                editButtons.current[ticket.id] = element;
                              }}
                              type="button" className="button button-secondary button-small" aria-label={`${t('common.edit')} ${ticket.number}`}
                              aria-expanded={selected === ticket.id} aria-controls={selected === ticket.id ? `desk-ticket-${ticket.id}` : undefined}
                              onClick={() => setSelected(selected === ticket.id ? null : ticket.id)}
                            >
                              {t('common.edit')}
                            </button>
                          </td>
                        </tr>
                        {selected === ticket.id ? (
                          // A row of its own, as wide as the table, so the actions have room on a phone.
                          <tr id={`desk-ticket-${ticket.id}`} className="intake-ticket-detail">
                            <td colSpan={5}>
                              <div className="intake-ticket-detail-body">
                                <TicketActions
                                  ticket={ticket}
                                  concerns={concerns.data ?? []}
                                  units={units.data ?? []}
                                  onDone={(text, person) => {
                                    setMessage(text);
                                    if (person) setLinkedPeople((current) => ({ ...current, [ticket.id]: person }));
                                    setSelected(null);
                                    tickets.reload();
                                    // The actions close; the focus goes back to where they were opened.
                                    requestAnimationFrame(() => editButtons.current[ticket.id]?.focus());
                                  }}
                                />
                              </div>
                            </td>
                          </tr>
                        ) : null}
                      </Fragment>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </section>
        </>
      ) : null}
    </>
  );
}
