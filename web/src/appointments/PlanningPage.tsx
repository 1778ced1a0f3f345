// Staff: "Terminplanung" – the district's schedules for online booking, a
// form for a new one, and per schedule closing days, releases and draws.
// For unit leads and administrators (the API's planners).
import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiRequest } from '../api/client';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { loadPlanning, type Schedule } from './planning-api';
import { ScheduleCard } from './ScheduleCard';
import { ScheduleForm } from './ScheduleForm';
import './appointments.css';

export function PlanningPage() {
  const { t } = useTranslation();
  usePageTitle(t('appointments.planning.title'));
  const listHeadingId = useId();
  const { data, error, loading, reload, setData } = useLoad(loadPlanning, []);
  const titles = useMemo(() => new Map((data?.concerns ?? []).map((c) => [c.id, c.title])), [data?.concerns]);

  // After a release or a draw only the schedules are read again; the forms stay as they are.
  const refresh = useCallback(() => {
    apiRequest<{ items: Schedule[] }>('/api/appointments/schedules').then(
      ({ items }) => setData((current) => current && { ...current, schedules: items }),
      () => reload(),
    );
  }, [setData, reload]);
  const replace = useCallback((schedule: Schedule) => setData((current) => current && {
    ...current, schedules: current.schedules.some((s) => s.id === schedule.id) ? current.schedules.map((s) => (s.id === schedule.id ? schedule : s)) : [...current.schedules, schedule],
  }), [setData]);

  return (
    <div className="planning">
      <PageHeading>{t('appointments.planning.title')}</PageHeading>
      <p>{t('appointments.planning.intro')} <Link to="/termine">{t('appointments.planning.toDayList')}</Link></p>
      {error != null && (
        <>
          <ErrorAlert error={error} />
          <button type="button" className="button button-secondary" onClick={reload}>{t('appointments.planning.retry')}</button>
        </>
      )}
      {loading && !data && error == null && <p role="status">{t('appointments.loading')}</p>}
      {data && (
        <>
          <section className="section" aria-labelledby={listHeadingId}>
            <h2 id={listHeadingId}>{t('appointments.planning.listHeading')}</h2>
            {data.schedules.length === 0 && <p className="empty">{t('appointments.planning.empty')}</p>}
            {data.schedules.map((schedule) => (
              <ScheduleCard key={schedule.id} schedule={schedule} data={data} titles={titles} onChanged={replace} onRefresh={refresh} />
            ))}
          </section>
          <ScheduleForm data={data} onCreated={replace} />
        </>
      )}
    </div>
  );
}
