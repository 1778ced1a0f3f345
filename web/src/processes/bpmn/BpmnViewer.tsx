// Shows a BPMN model with bpmn-js (read only; pan and zoom with mouse or
// keyboard). bpmn-js is loaded only when the first diagram is shown.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  xml: string;
  label: string;
}

type ViewerState = 'loading' | 'ready' | 'error';

export function BpmnViewer({ xml, label }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [state, setState] = useState<ViewerState>('loading');

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => void) | null = null;
    setState('loading');
    import('./viewer-chunk')
      .then(async ({ NavigatedViewer }) => {
        if (cancelled || !container.current) return;
        const viewer = new NavigatedViewer({ container: container.current });
        destroy = () => viewer.destroy();
        await viewer.importXML(xml);
        if (cancelled) return;
        const canvas = viewer.get<{ zoom(level: string): void; getContainer(): HTMLElement }>('canvas');
        canvas.zoom('fit-viewport');
        labelCanvas(container.current, label, hintId);
        setState('ready');
      })
      .catch(() => {
        if (!cancelled) setState('error');
      });
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [xml, label, hintId]);

  return (
    <div>
      <p id={hintId} className="hint">
        {t('processes.viewer.keyboardHint')}
      </p>
      {state === 'loading' ? <p role="status">{t('processes.viewer.loading')}</p> : null}
      {state === 'error' ? (
        <p role="alert" className="alert alert-error">
          {t('processes.viewer.failed')}
        </p>
      ) : null}
      <div ref={container} className="bpmn-canvas" hidden={state === 'error'} />
    </div>
  );
}

/** bpmn-js makes its SVG focusable but gives it no name; screen readers need one. */
export function labelCanvas(container: HTMLElement | null, label: string, hintId: string): void {
  const svg = container?.querySelector('svg');
  if (!svg) return;
  svg.setAttribute('role', 'application');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('aria-describedby', hintId);
}
