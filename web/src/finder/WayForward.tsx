// How to go on with a concern: book a slot online, come without an
// appointment, or the emergency route, with the district's own note.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { bookingLink, type PublicConcern } from './api';
import { Localized } from './Localized';

export function WayForward({ concern }: { concern: PublicConcern }) {
  const { t } = useTranslation();
  const { tenantSlug } = useParams();
  const note = concern.accessNote ? (
    <Localized as="p" lang={concern.lang} dir={concern.dir}>
      {concern.accessNote}
    </Localized>
  ) : null;

  if (concern.channel === 'emergency') {
    return (
      <div className="alert alert-warning finder-way">
        <p className="finder-way-title">{t('finder.emergency')}</p>
        {note}
        <p>{t('finder.emergencyCall')}</p>
      </div>
    );
  }
  if (concern.channel === 'walk_in') {
    return (
      <div className="alert alert-info finder-way">
        <p className="finder-way-title">{t('finder.walkIn')}</p>
        {note}
      </div>
    );
  }
  return (
    <div className="alert alert-info finder-way">
      {note ? null : <p>{t('finder.bookOnlineHint')}</p>}
      <Link className="button button-primary finder-book" to={bookingLink(concern.id, tenantSlug)}>
        {t('finder.bookOnline')}
        <span className="visually-hidden">: {concern.title}</span>
      </Link>
      {note}
    </div>
  );
}
