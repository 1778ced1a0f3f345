// A counter (Schalter): choose one's unit and the counter's name, call the
// next number, call it again, finish it or mark that nobody came.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUnits } from '../api/admin';
import { useSession } from '../auth/SessionContext';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { intakeApi, type Ticket } from './api';
import { LocationSelect, useLocationChoice } from './LocationSelect';
import './intake.css';

const COUNTER_KEY = 'lotse.intake.counter';

export function CounterPage() {
  const { t } = useTranslation();
  usePageTitle(t('intake.counter.title'));
  const session = useSession();
  const choice = useLocationChoice();
  const units = useLoad((signal) => listUnits(signal), []);
  const myUnits = (units.data ?? []).filter((unit) => session.user.unitIds.includes(unit.id));
  const [unitId, setUnitId] = useState('');
  const [counterName, setCounterName] = useState(() => window.localStorage.getItem(COUNTER_KEY) ?? '');
  const [current, setCurrent] = useState<Ticket | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!unitId && myUnits[0]) setUnitId(myUnits[0].id);
  }, [myUnits, unitId]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const callNext = () =>
    act(async () => {
      window.localStorage.setItem(COUNTER_KEY, counterName);
      const result = await intakeApi.callNext({ locationId: choice.locationId, unitId, counterName: counterName.trim() });
      setCurrent(result.ticket);
      setMessage(result.ticket ? t('intake.counter.called', { number: result.ticket.number }) : t('intake.counter.queueEmpty'));
    });
  const end = (how: 'finish' | 'noShow') =>
    act(async () => {
      if (!current) return;
      await intakeApi[how](current.id);
      setMessage(t('intake.counter.finished', { number: current.number }));
      setCurrent(null);
    });

  return (
    <>
      <PageHeading>{t('intake.counter.title')}</PageHeading>
      <LocationSelect choice={choice} />
      {units.loading ? <p role="status">{t('common.loading')}</p> : null}
      <ErrorAlert error={units.error} />
      {units.data && myUnits.length === 0 ? <p className="empty">{t('intake.counter.noUnits')}</p> : null}
      {choice.locationId && myUnits.length > 0 ? (
        <section className="section form-section">
          <div className="form">
            <div className="field">
              <label htmlFor="counter-unit">{t('intake.counter.unit')}</label>
              <select id="counter-unit" value={unitId} onChange={(event) => setUnitId(event.target.value)}>
                {myUnits.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            </div>
            <TextField label={t('intake.counter.counterName')} value={counterName} onChange={setCounterName} maxLength={40} required />
          </div>
          <StatusMessage message={message} />
          <ErrorAlert error={error} />
          <div className="intake-current">
            <h2>{t('intake.counter.current')}</h2>
            {current ? (
              <p>
                <strong>{current.number}</strong> · {t(`intake.kinds.${current.kind}`)}
              </p>
            ) : (
              <p>{t('intake.counter.none')}</p>
            )}
          </div>
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={busy || !counterName.trim() || !unitId} onClick={() => void callNext()}>
              {t('intake.counter.callNext')}
            </button>
            {current ? (
              <>
                <button type="button" className="button button-secondary" disabled={busy} onClick={() => void act(async () => setCurrent(await intakeApi.recall(current.id)))}>
                  {t('intake.counter.recall')}
                </button>
                <button type="button" className="button button-secondary" disabled={busy} onClick={() => void end('finish')}>
                  {t('intake.counter.finish')}
                </button>
                <button type="button" className="button button-secondary" disabled={busy} onClick={() => void end('noShow')}>
                  {t('intake.counter.noShow')}
                </button>
              </>
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}
