// The location a staff page works for, remembered per device (a desk or
// counter stays where it is), with links to the location's public pages.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/SessionContext';
import { ErrorAlert } from '../ui/Alerts';
import { useLoad } from '../ui/useLoad';
import { intakeApi } from './api';
import { intakePaths, publicPath } from './paths';

const STORAGE_KEY = 'lotse.intake.location';

function stored(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function useLocationChoice() {
  const locations = useLoad((signal) => intakeApi.locations(signal).then((result) => result.items), []);
  const [locationId, setLocationId] = useState(stored);
  useEffect(() => {
    const items = locations.data;
    if (items && items.length > 0 && !items.some((item) => item.id === locationId)) setLocationId(items[0]?.id ?? '');
  }, [locations.data, locationId]);
  const choose = (id: string) => {
    setLocationId(id);
    try {
      window.localStorage.setItem(STORAGE_KEY, id);
    } catch {
      // Without storage the choice lasts for this page.
    }
  };
  return { locations, locationId, choose };
}

export function LocationSelect({ choice }: { choice: ReturnType<typeof useLocationChoice> }) {
  const { t } = useTranslation();
  const id = useId();
  const session = useSession();
  const { locations, locationId, choose } = choice;
  if (locations.loading) return <p role="status">{t('common.loading')}</p>;
  if (locations.error) return <ErrorAlert error={locations.error} />;
  if (!locations.data || locations.data.length === 0) return <p className="empty">{t('intake.staff.noLocations')}</p>;
  return (
    <div className="form">
      <div className="field">
        <label htmlFor={id}>{t('intake.staff.location')}</label>
        <select id={id} value={locationId} onChange={(event) => choose(event.target.value)}>
          {locations.data.map((location) => (
            <option key={location.id} value={location.id}>
              {location.name}
            </option>
          ))}
        </select>
      </div>
      {locationId ? (
        <p className="hint">
          {t('intake.staff.links')}:{' '}
          <a href={publicPath(intakePaths.kiosk, session.tenant.slug, locationId)} target="_blank" rel="noreferrer">
            {t('intake.staff.kioskLink')}
          </a>
          {' · '}
          <a href={publicPath(intakePaths.display, session.tenant.slug, locationId)} target="_blank" rel="noreferrer">
            {t('intake.staff.displayLink')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
