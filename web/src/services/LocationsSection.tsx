// The district's locations (offices) as a short list with a form to add one.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { TextField } from '../ui/TextField';
import { useSubmission } from '../ui/useSubmission';
import { createLocation, type Location } from './api';

export function LocationsSection({ locations, onAdded }: { locations: Location[]; onAdded: (location: Location) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const submission = useSubmission();

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(t('validation.nameRequired'));
      return;
    }
    setNameError(null);
    await submission.run(async () => {
      onAdded(await createLocation({ name: name.trim(), address: address.trim() }));
      setName('');
      setAddress('');
    });
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('services.locationsHeading')}</h2>
      {locations.length === 0 ? (
        <p className="empty">{t('services.noLocations')}</p>
      ) : (
        <ul>
          {locations.map((location) => (
            <li key={location.id}>
              {location.name}
              {location.address ? ` – ${location.address}` : ''}
            </li>
          ))}
        </ul>
      )}
      <form className="form" noValidate onSubmit={(event) => void add(event)}>
        <ErrorAlert error={submission.error} />
        <TextField label={t('services.locationName')} value={name} onChange={setName} error={nameError} autoComplete="off" />
        <TextField label={t('services.locationAddress')} value={address} onChange={setAddress} autoComplete="off" />
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={submission.busy}>
            {t('services.addLocation')}
          </button>
        </div>
      </form>
    </section>
  );
}
