import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../ui/Alerts';
import { loadDraws, requestDraw, type OpenDraw } from './api';
import { formatDay, formatNumber, formatSlot } from './format';
import './appointments.css';

// On the booking page: the concern's draws that take requests. Scarce
// releases are not first come, first served; a person asks to take part
// (name, e-mail, the same proof of work as a reservation), verifies by the
// mailed link, and the lot decides after requests close. Draws that open
// later are announced with their start.

type Load = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; draws: OpenDraw[] };

export function DrawOffer({ slug, concernId }: { slug: string; concernId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    loadDraws(slug, concernId, controller.signal).then((result) => setState({ status: 'ready', draws: result.items }), (error: unknown) => {
      if (!controller.signal.aborted) setState({ status: 'error', error });
    });
    return () => controller.abort();
  }, [slug, concernId]);
  // While loading, say nothing: the slot list below has its own "loading".
  if (state.status === 'loading') return null;
  if (state.status === 'error') return <ErrorAlert error={state.error} />;
  if (state.draws.length === 0) return null;
  return (
    <section className="draw-offer" aria-labelledby="draw-offer-heading">
      <h2 id="draw-offer-heading">{t('appointments.draw.heading')}</h2>
      <p>{t('appointments.draw.intro')}</p>
      {state.draws.map((draw) => <DrawEntry key={draw.id} slug={slug} draw={draw} />)}
    </section>
  );
}

function DrawFacts({ draw }: { draw: OpenDraw }) {
  const { t, i18n } = useTranslation();
  const first = draw.firstSlotAt ? formatDay(draw.firstSlotAt, i18n.language) : null;
  const last = draw.lastSlotAt ? formatDay(draw.lastSlotAt, i18n.language) : null;
  return (
    <dl className="booking-summary">
      {draw.slots > 0 && (
        <>
          <dt>{t('appointments.draw.slots')}</dt>
          <dd>{formatNumber(draw.slots, i18n.language)}</dd>
          <dt>{t('appointments.draw.period')}</dt>
          {/* Each date keeps its own direction, so "from – to" reads correctly in Arabic and Farsi. */}
          <dd>{first === last ? first : <><bdi>{first}</bdi> – <bdi>{last}</bdi></>}</dd>
        </>
      )}
      <dt>{t('appointments.place')}</dt>
      <dd><bdi>{draw.location.name}{draw.location.address ? `, ${draw.location.address}` : ''}</bdi></dd>
      <dt>{draw.accepting ? t('appointments.draw.closes') : t('appointments.draw.opens')}</dt>
      <dd>{formatSlot(draw.accepting ? draw.requestsCloseAt : draw.requestsOpenAt, i18n.language)}</dd>
    </dl>
  );
}

function DrawEntry({ slug, draw }: { slug: string; draw: OpenDraw }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<{ mailStatus: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const sentRef = useRef<HTMLHeadingElement>(null);
  const ids = `draw-${draw.id.slice(0, 8)}`;

  useEffect(() => {
    if (open) nameRef.current?.focus();
  }, [open]);
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setSent(await requestDraw(slug, draw.id, { name, email, language: i18n.language }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <div className="draw-entry" aria-live="polite">
        <h3 ref={sentRef} tabIndex={-1}>{t('appointments.checkMail')}</h3>
        {sent.mailStatus === 'sent' ? (
          <p><Trans i18nKey="appointments.draw.checkMailText" values={{ email, date: formatSlot(draw.requestsCloseAt, i18n.language) }} components={{ email: <bdi dir="ltr" /> }} /></p>
        ) : (
          <div role="alert" className="alert alert-warning">{t('appointments.draw.mailNotSent')}</div>
        )}
      </div>
    );
  }

  return (
    <div className="draw-entry">
      <DrawFacts draw={draw} />
      {!draw.accepting ? (
        <p>{t('appointments.draw.opensLater')}</p>
      ) : !open ? (
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => setOpen(true)}>{t('appointments.draw.enter')}</button>
        </div>
      ) : (
        <form id={`${ids}-form`} className="booking-form" onSubmit={onSubmit} aria-labelledby={`${ids}-form-heading`}>
          <h3 id={`${ids}-form-heading`}>{t('appointments.draw.enter')}</h3>
          {error != null && <DrawError error={error} />}
          <div className="field">
            <label htmlFor={`${ids}-name`}>{t('appointments.name')}</label>
            <input ref={nameRef} id={`${ids}-name`} autoComplete="name" required maxLength={200} aria-describedby={`${ids}-name-hint`} value={name} onChange={(e) => setName(e.target.value)} />
            <p className="hint" id={`${ids}-name-hint`}>{t('appointments.draw.nameHint')}</p>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-email`}>{t('appointments.email')}</label>
            {/* type="text": type="email" refuses addresses with non-Latin letters before the @ (مريم@…). */}
            <input id={`${ids}-email`} type="text" inputMode="email" autoComplete="email" required maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('appointments.draw.submitting') : t('appointments.draw.submit')}</button>
          </div>
          {busy && <p role="status" className="visually-hidden">{t('appointments.draw.submitting')}</p>}
        </form>
      )}
    </div>
  );
}

/** The refusals a person can act on get a sentence in their language; anything else the general error text. */
function DrawError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.code === 'APPOINTMENT_DRAW_ALREADY_REQUESTED') return <div role="alert" className="alert alert-error">{t('appointments.draw.alreadyRequested')}</div>;
  if (error instanceof ApiError && error.code === 'APPOINTMENT_DRAW_CLOSED') return <div role="alert" className="alert alert-error">{t('appointments.draw.closed')}</div>;
  return <ErrorAlert error={error} />;
}
