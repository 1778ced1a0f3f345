// The main navigation. Areas the user's roles do not cover are left out;
// modules that do not exist yet are listed as plain text, so staff can see
// where the product is going without running into dead links.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import type { Session } from '../api/types';
import { hasAnyRole } from '../auth/SessionContext';
import { paths } from './paths';
import { MODULE_NAV } from './moduleNav';
import { ADMIN_ROLES, AUDIT_ROLES } from './roles';

const UPCOMING = [
  'network',
  'help',
  'housing',
  'insights',
] as const;

interface Props {
  id: string;
  session: Session;
  open: boolean;
}

export function MainNav({ id, session, open }: Props) {
  const { t } = useTranslation();
  const adminLabelId = useId();
  const upcomingLabelId = useId();
  const isAdmin = hasAnyRole(session, ADMIN_ROLES);
  const canAudit = hasAnyRole(session, AUDIT_ROLES);
  const linkClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link is-active' : 'nav-link');

  return (
    <nav id={id} className={open ? 'app-nav is-open' : 'app-nav'} aria-label={t('shell.mainNav')}>
      <ul className="nav-list">
        <li>
          <NavLink to={paths.start} end className={linkClass}>
            {t('nav.start')}
          </NavLink>
        </li>
        {isAdmin ? (
          <li className="nav-group">
            <span className="nav-group-label" id={adminLabelId}>
              {t('nav.admin')}
            </span>
            <ul aria-labelledby={adminLabelId}>
              <li>
                <NavLink to={paths.units} className={linkClass}>
                  {t('nav.units')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.staff} className={linkClass}>
                  {t('nav.staff')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.partners} className={linkClass}>
                  {t('nav.partners')}
                </NavLink>
              </li>
            </ul>
          </li>
        ) : null}
        {canAudit ? (
          <li>
            <NavLink to={paths.audit} className={linkClass}>
              {t('nav.audit')}
            </NavLink>
          </li>
        ) : null}
        {MODULE_NAV.filter((entry) => entry.roles === 'any' || hasAnyRole(session, entry.roles)).map((entry) => (
          <li key={entry.to}>
            <NavLink to={entry.to} className={linkClass}>
              {t(entry.label as never)}
            </NavLink>
          </li>
        ))}
      </ul>
      <p className="nav-group-label" id={upcomingLabelId}>
        {t('shell.upcomingHeading')}
      </p>
      <ul className="nav-list nav-upcoming" aria-labelledby={upcomingLabelId}>
        {UPCOMING.map((module) => (
          <li key={module} className="nav-upcoming-item">
            <span>{t(`nav.${module}`)}</span> <span className="badge">{t('shell.upcoming')}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
