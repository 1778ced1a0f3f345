import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { PublicLayout } from '../shell/PublicLayout';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { usePageTitle } from '../ui/usePageTitle';
import './appointments.css';
import { verifyDraw, type DrawState } from './api';
import { formatSlot } from './format';

// /termin/verlosung?kreis=&token=: the link from the draw mail. The first
// visit verifies the request; later visits show where it stands, and after
// the draw its outcome (winners also get the confirmation mail with the
// manage link).

type State = { status: 'working' } | { status: 'error'; error: unknown } | { status: 'done'; draw: DrawState };

export function DrawPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('appointments.draw.verifyTitle'));
  const [params] = useSearchParams();
  const slug = params.get('kreis') ?? '';
  const token = params.get('token') ?? '';
  const [state, setState] = useState<State>({ status: 'working' });
  useEffect(() => {
    // A link cut short in the mail program: say so without asking the server.
    if (!slug || token.length < 16) return setState({ status: 'error', error: new ApiError(404, 'APPOINTMENT_LINK_INVALID', '') });
    // Verifying is idempotent on the server, so a double effect in development does no harm.
    verifyDraw(slug, token).then((draw) => setState({ status: 'done', draw }), (error: unknown) => setState({ status: 'error', error }));
  }, [slug, token]);

  return (
    <PublicLayout>
      <PageHeading focusOnMount>{t('appointments.draw.verifyTitle')}</PageHeading>
      {state.status === 'working' && <p role="status">{t('appointments.draw.verifying')}</p>}
      {state.status === 'error' && <LinkError error={state.error} />}
      {state.status === 'done' && <Outcome slug={slug} draw={state.draw} language={i18n.language} />}
    </PublicLayout>
  );
}

function Outcome({ slug, draw, language }: { slug: string; draw: DrawState; language: string }) {
  const { t } = useTranslation();
  const concern = (
    <>
      <dt>{t('appointments.concern')}</dt>
      <dd><bdi>{draw.concernTitle}</bdi></dd>
    </>
  );
  if (draw.outcome === 'won' && draw.slot) {
    return (
      <section aria-live="polite">
        <h2>{t('appointments.draw.won')}</h2>
        <dl className="booking-summary">
          {concern}
          <dt>{t('appointments.when')}</dt>
          <dd>{formatSlot(draw.slot.startsAt, language)}</dd>
          <dt>{t('appointments.place')}</dt>
          <dd><bdi>{draw.slot.locationName}{draw.slot.locationAddress ? `, ${draw.slot.locationAddress}` : ''}</bdi></dd>
        </dl>
        <p>{t('appointments.draw.wonText', { date: formatSlot(draw.drawnAt ?? draw.requestsCloseAt, language) })}</p>
      </section>
    );
  }
  if (draw.outcome === 'not_won') {
    return (
      <section aria-live="polite">
        <h2>{t('appointments.draw.notWon')}</h2>
        <dl className="booking-summary">{concern}</dl>
        <p>{t('appointments.draw.notWonText', { date: formatSlot(draw.drawnAt ?? draw.requestsCloseAt, language) })}</p>
        <p><Link to={`/termin?anliegen=${encodeURIComponent(draw.concernId)}&kreis=${encodeURIComponent(slug)}`}>{t('appointments.draw.toBooking')}</Link></p>
      </section>
    );
  }
  return (
    <section aria-live="polite">
      <h2>{t('appointments.draw.verified')}</h2>
      <dl className="booking-summary">
        {concern}
        <dt>{t('appointments.draw.closes')}</dt>
        <dd>{formatSlot(draw.requestsCloseAt, language)}</dd>
      </dl>
      <p>{t('appointments.draw.verifiedText')}</p>
    </section>
  );
}

/** An invalid link or one verified too late gets a sentence in the reader's language; other failures the general error text. */
function LinkError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  // NOT_FOUND: the district in the link does not exist.
  if (error instanceof ApiError && ['APPOINTMENT_LINK_INVALID', 'NOT_FOUND'].includes(error.code)) return <div role="alert" className="alert alert-error">{t('appointments.draw.linkInvalid')}</div>;
  if (error instanceof ApiError && error.code === 'APPOINTMENT_DRAW_CLOSED') return <div role="alert" className="alert alert-error">{t('appointments.draw.linkClosed')}</div>;
  return <ErrorAlert error={error} />;
}
