// The bpmn-js Modeler, loaded on demand. The parent gets a function that
// returns the current XML, for saving.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCanvas } from './BpmnViewer';

export type XmlSource = () => Promise<string>;

interface Props {
  xml: string;
  label: string;
  onReady: (source: XmlSource | null) => void;
}

export function BpmnModeler({ xml, label, onReady }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => void) | null = null;
    import('./modeler-chunk')
      .then(async ({ Modeler }) => {
        if (cancelled || !container.current) return;
        const modeler = new Modeler({ container: container.current });
        destroy = () => modeler.destroy();
        await modeler.importXML(xml);
        if (cancelled) return;
        const canvas = modeler.get<{ zoom(level: string): void; scroll(delta: { dx: number; dy: number }): void }>('canvas');
        canvas.zoom('fit-viewport');
        // The palette covers the left edge of the drawing; move the diagram out from under it.
        canvas.scroll({ dx: 80, dy: 0 });
        labelCanvas(container.current, label, hintId);
        onReady(async () => (await modeler.saveXML({ format: true })).xml ?? '');
        setState('ready');
      })
      .catch(() => {
        if (!cancelled) setState('error');
      });
    return () => {
      cancelled = true;
      onReady(null);
      destroy?.();
    };
  }, [xml, label, hintId, onReady]);

  return (
    <div>
      <p id={hintId} className="hint">
        {t('processes.editor.keyboardHint')}
      </p>
      {state === 'loading' ? <p role="status">{t('processes.viewer.loading')}</p> : null}
      {state === 'error' ? (
        <p role="alert" className="alert alert-error">
          {t('processes.viewer.failed')}
        </p>
      ) : null}
      <div ref={container} className="bpmn-canvas bpmn-canvas-editor" hidden={state === 'error'} />
    </div>
  );
}
