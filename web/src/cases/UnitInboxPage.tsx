// The unit inbox (/eingang-einheit): referrals to the user's units with
// counts, accept or return with a reason, and what the units sent out.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/SessionContext';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { useSubmission } from '../ui/useSubmission';
import { casesApi, type Referral } from './api';
import './cases.css';

export function UnitInboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.inbox.title'));
  const session = useSession();
  const board = useLoad((signal) => casesApi.board(signal), []);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <>
      <PageHeading>{t('cases.inbox.title')}</PageHeading>
      <StatusMessage message={message} />
      {session.user.unitIds.length === 0 ? <p>{t('cases.inbox.noUnits')}</p> : null}
      {board.loading ? <p role="status">{t('cases.loading')}</p> : null}
      <ErrorAlert error={board.error} />
      {board.data ? (
        <>
          <section className="section" aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t('cases.inbox.counts')}</h2>
            <div className="table-wrap">
              <table>
                <thead><tr><th scope="col">{t('cases.inbox.unit')}</th><th scope="col">{t('cases.inbox.open')}</th><th scope="col">{t('cases.inbox.accepted')}</th><th scope="col">{t('cases.inbox.overdue')}</th></tr></thead>
                <tbody>
                  {board.data.counts.map((row) => (
                    <tr key={row.unitId}><th scope="row">{row.unitName}</th><td>{row.open}</td><td>{row.accepted}</td><td>{row.overdue}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <ReferralList heading={t('cases.inbox.incoming')} items={board.data.incoming} incoming onChanged={(text) => { setMessage(text); board.reload(); }} />
          <ReferralList heading={t('cases.inbox.outgoing')} items={board.data.outgoing} incoming={false} onChanged={() => board.reload()} />
        </>
      ) : null}
    </>
  );
}

function ReferralList({ heading, items, incoming, onChanged }: { heading: string; items: Referral[]; incoming: boolean; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const id = incoming ? 'incoming-heading' : 'outgoing-heading';
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? <p>{t('cases.inbox.empty')}</p> : null}
      <ul className="case-referrals">
        {items.map((item) => <ReferralItem key={item.id} item={item} incoming={incoming} onChanged={onChanged} />)}
      </ul>
    </section>
  );
}

function ReferralItem({ item, incoming, onChanged }: { item: Referral; incoming: boolean; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmission();
  const decide = (action: 'accept' | 'return' | 'complete') => run(async () => {
    await casesApi.decide(item.id, action, reason);
    onChanged(t(`cases.inbox.states.${action === 'accept' ? 'accepted' : action === 'return' ? 'returned' : 'completed'}`));
  });
  return (
    <li className="card">
      <h3><bdi>{item.personName}</bdi></h3>
      <p>
        {t('cases.inbox.from')}: {item.fromUnitName} · {t('cases.inbox.to')}: {item.toUnitName} · {t('cases.inbox.due')}: {item.dueDate}
        {item.overdue ? <strong> · {t('cases.inbox.overdueMark')}</strong> : null}
      </p>
      <p>{t('cases.inbox.state')}: {t(`cases.inbox.states.${item.state}`)}{item.returnReason ? ` · ${t('cases.inbox.returnedBecause', { reason: item.returnReason })}` : ''}</p>
      {item.concernText ? <p dir="auto"><strong>{item.concernText}</strong></p> : null}
      <p dir="auto">{item.handoverNote}</p>
      <ErrorAlert error={error} />
      <div className="case-actions">
        <Link to={`/akten/${item.personId}`}>{t('cases.inbox.openFile')}</Link>
        {incoming && item.state === 'open' ? (
          <>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void decide('accept')}>{t('cases.inbox.accept')}</button>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => setReturning(true)}>{t('cases.inbox.return')}</button>
          </>
        ) : null}
        {incoming && item.state === 'accepted' ? <button type="button" className="button button-secondary" disabled={busy} onClick={() => void decide('complete')}>{t('cases.inbox.complete')}</button> : null}
      </div>
      {returning ? (
        <form className="form" onSubmit={(event) => { event.preventDefault(); void decide('return'); }}>
          <TextField label={t('cases.inbox.returnReason')} value={reason} onChange={setReason} maxLength={2000} autoFocus />
          <button type="submit" className="button button-primary" disabled={busy}>{t('cases.inbox.return')}</button>
        </form>
      ) : null}
    </li>
  );
}
