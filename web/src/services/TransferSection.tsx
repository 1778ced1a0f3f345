// Export the catalogue as a JSON file and import one: the server takes all
// concerns of the file or, at the first fault, none; the faults are listed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { exportCatalogue, importCatalogue } from './api';

interface Problem {
  where: string;
  problem: string;
}

export function TransferSection({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const fileId = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setError(null);
    setStatus(null);
    try {
      const file = await exportCatalogue();
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `anliegen-katalog-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      URL.revokeObjectURL(url);
      setStatus(t('services.exported'));
    } catch (err) {
      setError(err);
    }
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setProblems([]);
    setStatus(null);
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
      } catch {
        throw t('services.notJson');
      }
      const result = await importCatalogue(parsed);
      setStatus(t('services.imported', { created: result.created, updated: result.updated }));
      onImported();
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) setProblems((err.details?.problems as Problem[] | undefined) ?? []);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('services.transferHeading')}</h2>
      <p>{t('services.transferIntro')}</p>
      <StatusMessage message={status} />
      <ErrorAlert error={error} />
      {problems.length > 0 ? (
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.where}${problem.problem}`}>
              <code>{problem.where}</code>: {problem.problem}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => void download()}>
          {t('services.export')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={fileId}>{t('services.importFile')}</label>
        <input id={fileId} type="file" accept="application/json,.json" disabled={busy} onChange={(e) => void upload(e.target.files?.[0])} />
      </div>
    </section>
  );
}
