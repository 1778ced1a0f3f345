// Links to the areas the user's roles may use, the same set the navigation
// offers: administration and audit log for those who run the installation,
// then the modules. The data-protection officer's break-glass review and the
// administration come first for those roles, as they are their daily work.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Session } from '../api/types';
import { hasAnyRole } from '../auth/SessionContext';
import { MODULE_NAV } from '../shell/moduleNav';
import { paths } from '../shell/paths';
import { ADMIN_ROLES, AUDIT_ROLES } from '../shell/roles';

interface Shortcut {
  to: string;
  label: string;
}

export function shortcutsFor(session: Session): Shortcut[] {
  const own: Shortcut[] = [];
  if (hasAnyRole(session, ADMIN_ROLES)) {
    own.push({ to: paths.units, label: 'nav.units' }, { to: paths.staff, label: 'nav.staff' }, { to: paths.partners, label: 'nav.partners' });
  }
  if (hasAnyRole(session, AUDIT_ROLES)) own.push({ to: paths.audit, label: 'nav.audit' });
  const modules = MODULE_NAV.filter((entry) => entry.roles === 'any' || hasAnyRole(session, entry.roles));
  return [...own, ...modules.map(({ to, label }) => ({ to, label }))];
}

export function Shortcuts({ session }: { session: Session }) {
  const { t } = useTranslation();
  const shortcuts = shortcutsFor(session);
  if (shortcuts.length === 0) return null;
  return (
    <section className="section" aria-labelledby="home-shortcuts-heading">
      <h2 id="home-shortcuts-heading">{t('start.shortcuts')}</h2>
      <ul className="home-shortcuts">
        {shortcuts.map((shortcut) => (
          <li key={shortcut.to}>
            <Link className="home-shortcut" to={shortcut.to}>
              {t(shortcut.label as never)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
