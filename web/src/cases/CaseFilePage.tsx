// The case file of one person (/akten/:personId): the sections the user's
// unit may see, the timeline, and the actions of the file as dialogs.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { listUnits } from '../api/admin';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { FormSection } from '../ui/FormSection';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { useSubmission } from '../ui/useSubmission';
import { apiRequest } from '../api/client';
import { casesApi, type CaseView, type MergeLink } from './api';
import { BreakGlassForm } from './BreakGlassForm';
import { ConferenceForm } from './ConferenceForm';
import { ConferencesPanel } from './ConferencesPanel';
import { ConsentPanel } from './ConsentPanel';
import { DocumentForm } from './DocumentForm';
import { PersonName } from './fields';
import { NoteForm } from './NoteForm';
import { ReferralForm } from './ReferralForm';
import { TasksPanel } from './TasksPanel';
import { Timeline } from './Timeline';
import './cases.css';

type Dialog = 'note' | 'document' | 'consent' | 'referral' | 'conference' | 'breakGlass' | null;

export function CaseFilePage() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const [version, setVersion] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState<string | null>(null);
  const view = useLoad<CaseView>((signal) => casesApi.open(personId, signal), [personId, version]);
  const units = useLoad((signal) => listUnits(signal), []);
  const person = view.data?.person;
  usePageTitle(person ? t('cases.file.title', { name: `${person.givenNames} ${person.familyName}` }) : t('cases.loading'));

  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
    setVersion((v) => v + 1);
  };

  if (view.loading && !view.data) return <p role="status">{t('cases.loading')}</p>;
  if (!view.data) {
    return (
      <>
        <ErrorAlert error={view.error} />
        <button type="button" className="button button-secondary" onClick={view.reload}>{t('cases.retry')}</button>
      </>
    );
  }
  const { sections, restrictedSections } = view.data;
  const caseId = view.data.case?.id;
  const unitList = (units.data ?? []).filter((u) => u.active);
  const canWrite = sections.some((s) => s.write);
  const props = { onDone: done, onCancel: () => setDialog(null) };

  return (
    <>
      <PageHeading>{t('cases.file.title', { name: '' })}<PersonName familyName={view.data.person.familyName} givenNames={view.data.person.givenNames} /></PageHeading>
      <StatusMessage message={message} />
      <ErrorAlert error={view.error ?? units.error} />
      <MergeNotice merge={view.data.merge} />
      {!caseId ? (view.data.merge.mergedInto ? null : <CreateCase personId={personId} onDone={done} />) : (
        <>
          <section className="section" aria-labelledby="sections-heading">
            <h2 id="sections-heading">{t('cases.file.sections')}</h2>
            {sections.length === 0 ? <p>{t('cases.file.noSections')}</p> : null}
            <ul className="case-sections">
              {sections.map((section) => (
                <li key={section.type} className="card">
                  <h3>{section.label}</h3>
                  <p className="hint">{section.ownerUnitName ? t('cases.file.owner', { name: section.ownerUnitName }) : t('cases.file.ownerNone')}</p>
                  <p>{section.write ? t('cases.file.canWrite') : t('cases.file.readOnly')} · {section.via.map((v) => t(`cases.file.via.${v}` as 'cases.file.via.matrix')).join(', ')}</p>
                </li>
              ))}
            </ul>
            {restrictedSections.length > 0 ? (
              <>
                <h3>{t('cases.file.restricted')}</h3>
                <p className="hint">{t('cases.file.restrictedHint')}</p>
                <ul>{restrictedSections.map((s) => <li key={s.type}>{s.label}</li>)}</ul>
              </>
            ) : null}
          </section>

          <section className="section" aria-labelledby="actions-heading">
            <h2 id="actions-heading">{t('cases.file.actions')}</h2>
            <div className="case-actions">
              {canWrite ? <button type="button" className="button button-primary" onClick={() => setDialog('note')}>{t('cases.note.open')}</button> : null}
              {canWrite ? <button type="button" className="button button-secondary" onClick={() => setDialog('document')}>{t('cases.document.open')}</button> : null}
              {canWrite ? <button type="button" className="button button-secondary" onClick={() => setDialog('consent')}>{t('cases.consent.open')}</button> : null}
              <button type="button" className="button button-secondary" onClick={() => setDialog('referral')}>{t('cases.referral.open')}</button>
              {canWrite ? <button type="button" className="button button-secondary" onClick={() => setDialog('conference')}>{t('cases.conference.open')}</button> : null}
              {restrictedSections.length > 0 ? <button type="button" className="button button-secondary" onClick={() => setDialog('breakGlass')}>{t('cases.breakGlass.open')}</button> : null}
            </div>
          </section>

          {dialog === 'note' ? <NoteForm caseId={caseId} sections={sections} {...props} /> : null}
          {dialog === 'document' ? <DocumentForm caseId={caseId} sections={sections} {...props} /> : null}
          {dialog === 'consent' ? <ConsentPanel caseId={caseId} sections={sections} units={unitList} {...props} /> : null}
          {dialog === 'referral' ? <ReferralForm caseId={caseId} sections={sections} units={unitList} {...props} /> : null}
          {dialog === 'conference' ? <ConferenceForm caseId={caseId} sections={sections} units={unitList} {...props} /> : null}
          {dialog === 'breakGlass' ? <BreakGlassForm caseId={caseId} {...props} /> : null}

          <TasksPanel caseId={caseId} sections={sections} units={unitList} version={version} onChanged={(text) => { setMessage(text); setVersion((v) => v + 1); }} />
          <ConferencesPanel caseId={caseId} sections={sections} units={unitList} version={version} onSaved={done} />
          <Timeline caseId={caseId} sections={sections} first={view.data.timeline} version={version} />
        </>
      )}
    </>
  );
}

function CreateCase({ personId, onDone }: { personId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const settings = useLoad((signal) => apiRequest<{ sectionTypes: Array<{ key: string; label: string }> }>('/api/case-settings', { signal }), []);
  const [selected, setSelected] = useState<string[]>([]);
  const { busy, error, run } = useSubmission();
  return (
    <FormSection heading={t('cases.file.create')} error={error ?? settings.error} busy={busy} submitLabel={t('cases.file.create')}
      aboveForm={<p>{t('cases.file.noCase')}</p>}
      onSubmit={() => run(async () => { await casesApi.create(personId, selected); onDone(t('cases.file.created')); })}>
      <CheckboxGroup legend={t('cases.file.createSections')} options={(settings.data?.sectionTypes ?? []).map((s) => ({ value: s.key, label: s.label }))} selected={selected} onChange={setSelected} />
    </FormSection>
  );
}

/** The other side of person merges: both files stay, and each leads to the other. */
function MergeNotice({ merge }: { merge: CaseView['merge'] }) {
  const { t } = useTranslation();
  const name = (link: MergeLink) => <PersonName familyName={link.familyName} givenNames={link.givenNames} />;
  if (!merge.mergedInto && merge.mergedRecords.length === 0) return null;
  return (
    <section className="section case-merge">
      {merge.mergedInto ? (
        <p className="alert alert-info">
          {t('cases.merge.mergedInto')}{' '}
          <Link to={`/akten/${merge.mergedInto.personId}`}>{t('cases.merge.toFileOf')} {name(merge.mergedInto)}</Link>
        </p>
      ) : null}
      {merge.mergedRecords.length > 0 ? (
        <>
          <p>{t('cases.merge.mergedRecords')}</p>
          <ul>
            {merge.mergedRecords.map((link) => (
              <li key={link.personId}>
                {name(link)} – {link.caseId ? <Link to={`/akten/${link.personId}`}>{t('cases.merge.openFile')}</Link> : t('cases.merge.noFile')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
