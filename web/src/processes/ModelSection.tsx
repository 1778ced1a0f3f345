// The BPMN model of one version in the viewer, and its tasks as a checklist
// (which is also the text version of the diagram).
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { useLoad } from '../ui/useLoad';
import { loadChecklist, loadModel, type ProcessDetail } from './api';
import { BpmnViewer } from './bpmn/BpmnViewer';

export function ModelSection({ process, version }: { process: ProcessDetail; version: number }) {
  const { t } = useTranslation();
  const model = useLoad((signal) => loadModel(process.id, version, signal), [process.id, version]);
  const checklist = useLoad((signal) => loadChecklist(process.id, signal), [process.id, process.currentVersion]);
  const isCurrent = version === process.currentVersion;

  return (
    <>
      <section className="section" aria-labelledby="process-model-heading">
        <h2 id="process-model-heading" tabIndex={-1}>
          {isCurrent ? t('processes.model.headingCurrent') : t('processes.model.headingVersion', { version })}
        </h2>
        {model.loading ? <p role="status">{t('common.loading')}</p> : null}
        <ErrorAlert error={model.error} />
        {model.data ? <BpmnViewer xml={model.data.xml} label={t('processes.model.canvasLabel', { title: process.title, version })} /> : null}
      </section>
      <section className="section" aria-labelledby="process-checklist-heading">
        <h2 id="process-checklist-heading">{t('processes.checklist.heading')}</h2>
        <p className="hint">{t('processes.checklist.intro')}</p>
        {checklist.loading ? <p role="status">{t('common.loading')}</p> : null}
        <ErrorAlert error={checklist.error} />
        {checklist.data && checklist.data.length === 0 ? <p className="empty">{t('processes.checklist.empty')}</p> : null}
        {checklist.data && checklist.data.length > 0 ? (
          <ol className="process-checklist">
            {checklist.data.map((item) => (
              <li key={item.elementId}>
                {item.title}
                {item.lane ? <span className="hint"> – {item.lane}</span> : null}
                {item.condition ? <span className="hint process-checklist-condition">{t('processes.checklist.condition', { condition: item.condition })}</span> : null}
              </li>
            ))}
          </ol>
        ) : null}
      </section>
    </>
  );
}
