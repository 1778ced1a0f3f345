// The timeline of the case file, newest first, filterable by section and
// loaded page by page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { useLoad } from '../ui/useLoad';
import { casesApi, type CaseSection, type TimelineItem, type TimelinePage } from './api';
import { SelectField } from './fields';

export function Timeline({ caseId, sections, first, version }: { caseId: string; sections: CaseSection[]; first: TimelinePage; version: number }) {
  const { t, i18n } = useTranslation();
  const [section, setSection] = useState('');
  const [extra, setExtra] = useState<{ items: TimelineItem[]; cursor: string | null } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const page = useLoad<TimelinePage>((signal) => (section || version > 0 ? casesApi.timeline(caseId, section || undefined, undefined, signal) : Promise.resolve(first)), [caseId, section, version]);
  const items = [...(page.data?.items ?? []), ...(extra?.items ?? [])];
  const cursor = extra ? extra.cursor : (page.data?.nextCursor ?? null);
  const labels = new Map(sections.map((s) => [s.type, s.label]));
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const loadMore = async () => {
    if (!cursor) return;
    setMoreError(null);
    try {
      const next = await casesApi.timeline(caseId, section || undefined, cursor);
      setExtra({ items: [...(extra?.items ?? []), ...next.items], cursor: next.nextCursor });
    } catch (error) {
      setMoreError(error);
    }
  };

  return (
    <section className="section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('cases.timeline.title')}</h2>
      <SelectField label={t('cases.timeline.filter')} value={section} onChange={(value) => { setSection(value); setExtra(null); }}>
        <option value="">{t('cases.timeline.all')}</option>
        {sections.map((s) => <option key={s.type} value={s.type}>{s.label}</option>)}
      </SelectField>
      {page.loading ? <p role="status">{t('cases.loading')}</p> : null}
      <ErrorAlert error={page.error} />
      {!page.loading && items.length === 0 ? <p>{t('cases.timeline.empty')}</p> : null}
      <ol className="case-timeline">
        {items.map((item) => (
          <li key={item.id} className="case-timeline-item">
            <p className="hint">
              <time dateTime={item.at}>{format.format(new Date(item.at))}</time>
              {' · '}{t(`cases.timeline.kind.${item.kind}` as 'cases.timeline.kind.note')}
              {' · '}{item.sectionType ? labels.get(item.sectionType) ?? item.sectionType : t('cases.timeline.fileWide')}
              {item.confidentiality !== 'standard' ? ` · ${t(`cases.confidentiality.${item.confidentiality}` as 'cases.confidentiality.standard')}` : ''}
              {' · '}<bdi>{item.actorLabel}</bdi>
            </p>
            <p dir="auto">{item.summary}</p>
          </li>
        ))}
      </ol>
      <ErrorAlert error={moreError} />
      {cursor ? <button type="button" className="button button-secondary" onClick={() => void loadMore()}>{t('cases.timeline.more')}</button> : null}
    </section>
  );
}
