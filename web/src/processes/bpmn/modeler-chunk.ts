// The editor's chunk: the full bpmn-js Modeler, loaded only on the editor page.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import './bpmn-canvas.css';

export { default as Modeler } from 'bpmn-js/lib/Modeler';
