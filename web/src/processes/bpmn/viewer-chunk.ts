// Loaded on demand (dynamic import) so that bpmn-js and its styles stay out
// of the main bundle; only the process pages pull this chunk in.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import './bpmn-canvas.css';

export { default as NavigatedViewer } from 'bpmn-js/lib/NavigatedViewer';
