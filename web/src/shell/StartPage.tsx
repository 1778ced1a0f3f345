// Landing page after login: who am I here, with which roles and units.
import { useTranslation } from 'react-i18next';
import { listUnits } from '../api/admin';
import { useSession } from '../auth/SessionContext';
import { PageHeading } from '../ui/PageHeading';
import { useLabels } from '../ui/labels';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';

export function StartPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { roleLabel, unitTypeLabel } = useLabels();
  // Not every role may list units; without the names we fall back to a count.
  const units = useLoad((signal) => listUnits(signal).catch(() => null), []);
  usePageTitle(t('nav.start'));

  const { user, tenant } = session;
  const myUnits = units.data?.filter((unit) => user.unitIds.includes(unit.id)) ?? null;

  return (
    <>
      <PageHeading>{t('start.title', { name: user.displayName })}</PageHeading>
      <p>{t('start.intro', { tenant: tenant.name })}</p>

      <section className="section">
        <h2 id="start-roles">{t('start.roles')}</h2>
        {user.roles.length === 0 ? (
          <p className="empty">{t('start.noRoles')}</p>
        ) : (
          <ul className="tag-list">
            {user.roles.map((role) => (
              <li key={role} className="tag">
                {roleLabel(role)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section">
        <h2 id="start-units">{t('start.units')}</h2>
        {user.unitIds.length === 0 ? (
          <p className="empty">{t('start.noUnits')}</p>
        ) : units.loading ? (
          <p role="status">{t('common.loading')}</p>
        ) : myUnits && myUnits.length > 0 ? (
          <ul className="unit-list">
            {myUnits.map((unit) => (
              <li key={unit.id}>
                <strong>{unit.name}</strong> <span className="hint">({unitTypeLabel(unit.type)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('start.unitsCount', { n: user.unitIds.length })}</p>
        )}
      </section>

      <section className="section">
        <h2 id="start-next">{t('start.nextHeading')}</h2>
        <p>{t('start.nextText')}</p>
      </section>
    </>
  );
}
