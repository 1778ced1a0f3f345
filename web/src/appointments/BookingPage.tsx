import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PublicLayout } from '../shell/PublicLayout';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { usePageTitle } from '../ui/usePageTitle';
import './appointments.css';
import { confirmBooking, districtSlug, reserve, type Appointment } from './api';
import { AppointmentSummary } from './AppointmentSummary';
import { DrawOffer } from './DrawOffer';
import { SlotPicker } from './SlotPicker';
import { useDistrict } from './useDistrict';

// /termin?anliegen=<concernId>[&kreis=<slug>]: choose a slot, give name and
// e-mail, the browser solves the proof of work, then the code from the mail.
// When the concern has a draw taking requests, it is offered above.
export function BookingPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('appointments.title'));
  const [params] = useSearchParams();
  const concernId = params.get('anliegen');
  const district = useDistrict(params.get('kreis'));
  const [slotId, setSlotId] = useState('');
  const [noSlots, setNoSlots] = useState(false);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState<null | 'reserving' | 'confirming'>(null);
  const [error, setError] = useState<unknown>(null);
  const [held, setHeld] = useState<Appointment | null>(null);
  const [code, setCode] = useState('');
  const [done, setDone] = useState<Appointment | null>(null);

  async function onReserve(event: FormEvent) {
    event.preventDefault();
    setBusy('reserving');
    setError(null);
    try {
      setHeld(await reserve(await districtSlug(district.slug), { slotId, name, email, language: i18n.language }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  async function onConfirm(event: FormEvent) {
    event.preventDefault();
    if (!held || !district.slug) return;
    setBusy('confirming');
    setError(null);
    try {
      setDone(await confirmBooking(district.slug, held.id, { code }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <PublicLayout>
      <PageHeading focusOnMount>{t('appointments.title')}</PageHeading>
      {!concernId && <p>{t('appointments.chooseConcern')} <Link to="/finder">{t('appointments.toFinder')}</Link></p>}
      {district.error != null && <ErrorAlert error={district.error} />}
      {error != null && <ErrorAlert error={error} />}
      {concernId && district.slug && !held && !done && <DrawOffer slug={district.slug} concernId={concernId} />}
      {done ? (
        <section aria-live="polite">
          <h2>{t('appointments.confirmed')}</h2>
          <AppointmentSummary appointment={done} />
          <p>{t('appointments.confirmedMail')}</p>
        </section>
      ) : held ? (
        <form className="booking-form" onSubmit={onConfirm} aria-live="polite">
          <h2>{t('appointments.checkMail')}</h2>
          {/* The address keeps its own direction: in Arabic text, "مريم@مثال.example" would otherwise be torn apart at the dot. */}
          <p><Trans i18nKey="appointments.checkMailText" values={{ email }} components={{ email: <bdi dir="ltr" /> }} /></p>
          <div className="field">
            <label htmlFor="booking-code">{t('appointments.code')}</label>
            <input id="booking-code" className="input-code" inputMode="numeric" autoComplete="one-time-code" pattern="\d{6}" maxLength={6} required value={code} onChange={(e) => setCode(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy !== null}>{busy === 'confirming' ? t('appointments.confirming') : t('appointments.confirm')}</button>
          </div>
        </form>
      ) : concernId && district.slug ? (
        // Without a free slot there is nothing to reserve: name and e-mail are not asked for (beside a draw's form they would be asked twice).
        <form className={noSlots ? 'booking-form booking-form-empty' : 'booking-form'} onSubmit={onReserve}>
          <SlotPicker slug={district.slug} concernId={concernId} value={slotId} onChange={setSlotId} onLoaded={(count) => setNoSlots(count === 0)} />
          <div className="field">
            <label htmlFor="booking-name">{t('appointments.name')}</label>
            <input id="booking-name" autoComplete="name" required maxLength={200} aria-describedby="booking-name-hint" value={name} onChange={(e) => setName(e.target.value)} />
            <p className="hint" id="booking-name-hint">{t('appointments.nameFixed')}</p>
          </div>
          <div className="field">
            <label htmlFor="booking-email">{t('appointments.email')}</label>
            {/* type="text": type="email" refuses addresses with non-Latin letters before the @ (مريم@…). */}
            <input id="booking-email" type="text" inputMode="email" autoComplete="email" required maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy !== null || !slotId}>{busy === 'reserving' ? t('appointments.reserving') : t('appointments.reserve')}</button>
          </div>
        </form>
      ) : null}
    </PublicLayout>
  );
}
