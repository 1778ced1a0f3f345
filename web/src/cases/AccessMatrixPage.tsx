// The need-to-know matrix of the district (/verwaltung/aktenzugriff): which
// unit type may read or write which section of a case file. The server
// replaces the whole matrix on saving, so the page always sends every cell.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_TYPES } from '../api/types';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { SubmitButton } from '../ui/SubmitButton';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { useSubmission } from '../ui/useSubmission';
import { casesApi, type CaseSettings, type MatrixEntry } from './api';
import { AccessMatrixTable, cellKey, NO_ACCESS, type MatrixCell, type MatrixDraft } from './AccessMatrixTable';
import './cases.css';

function draftOf(settings: CaseSettings): MatrixDraft {
  return Object.fromEntries(settings.matrix.map((entry) => [cellKey(entry.unitType, entry.sectionType), { access: entry.access, specialCategory: entry.specialCategory }]));
}

/** Unit types the web app knows, plus any newer one the server already uses, so no rule gets lost on saving. */
function unitTypesOf(settings: CaseSettings): string[] {
  const known: string[] = [...UNIT_TYPES];
  for (const entry of settings.matrix) if (!known.includes(entry.unitType)) known.push(entry.unitType);
  return known;
}

const sameCell = (a: MatrixCell | undefined, b: MatrixCell) => a?.access === b.access && a.specialCategory === b.specialCategory;

export function AccessMatrixPage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.matrix.title'));
  const settings = useLoad((signal) => casesApi.settings(signal), []);
  // Only the cells changed since the last load or save; the rest shows the saved state.
  const [edits, setEdits] = useState<MatrixDraft>({});
  const [message, setMessage] = useState<string | null>(null);
  const { busy, error, run } = useSubmission();

  if (settings.loading && !settings.data) return <p role="status">{t('cases.matrix.loading')}</p>;
  if (!settings.data) {
    return (
      <>
        <PageHeading>{t('cases.matrix.title')}</PageHeading>
        <ErrorAlert error={settings.error} />
        <button type="button" className="button button-secondary" onClick={settings.reload}>{t('cases.retry')}</button>
      </>
    );
  }

  const current = settings.data;
  const saved = draftOf(current);
  const unitTypes = unitTypesOf(current);
  const draft: MatrixDraft = { ...saved, ...edits };
  const changes = Object.keys(edits).filter((key) => !sameCell(edits[key], saved[key] ?? NO_ACCESS)).length;

  const save = () => run(async () => {
    setMessage(null);
    const matrix: MatrixEntry[] = unitTypes.flatMap((unitType) => current.sectionTypes.map((section) => {
      const cell = draft[cellKey(unitType, section.key)] ?? NO_ACCESS;
      // Without any access the special-category flag means nothing; send it cleared.
      return { unitType, sectionType: section.key, access: cell.access, specialCategory: cell.access !== 'none' && cell.specialCategory };
    }));
    const sectionTypes = current.sectionTypes.map(({ key, label, ownerUnitType, position }) => ({ key, label, ownerUnitType, position }));
    const result = await casesApi.saveSettings({ sectionTypes, matrix });
    settings.setData(() => result);
    setEdits({});
    setMessage(t('cases.matrix.saved'));
  });

  return (
    <>
      <PageHeading>{t('cases.matrix.title')}</PageHeading>
      <p>{t('cases.matrix.intro')}</p>
      {current.custom ? null : <p className="hint">{t('cases.matrix.defaults')}</p>}
      <ul className="hint">
        <li>{t('cases.matrix.legendRead')}</li>
        <li>{t('cases.matrix.legendWrite')}</li>
        <li>{t('cases.matrix.legendSpecial')}</li>
      </ul>
      <StatusMessage message={message} />
      <form className="section" onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <h2 id="matrix-heading">{t('cases.matrix.tableHeading')}</h2>
        <ErrorAlert error={error} />
        <AccessMatrixTable labelledBy="matrix-heading" unitTypes={unitTypes} sectionTypes={current.sectionTypes} draft={draft} saved={saved}
          onChange={(key: string, cell: MatrixCell) => { setMessage(null); setEdits((previous) => ({ ...previous, [key]: cell })); }} />
        <p className="hint" aria-live="polite">{changes === 0 ? t('cases.matrix.noChanges') : t('cases.matrix.changes', { count: changes })}</p>
        <div className="form-actions">
          <SubmitButton busy={busy} disabled={changes === 0}>{t('cases.matrix.save')}</SubmitButton>
          <button type="button" className="button button-secondary" disabled={busy || changes === 0} onClick={() => setEdits({})}>{t('cases.matrix.discard')}</button>
        </div>
      </form>
    </>
  );
}
