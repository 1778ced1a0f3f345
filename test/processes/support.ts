// Small BPMN files for the tests, with the one fault a test needs.

export function bpmnFile(options: { flowTarget?: string; extra?: string; taskName?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_test" targetNamespace="https://lotse.example/test">
  <bpmn:process id="Process_test" isExecutable="false">
    <bpmn:startEvent id="Start_1" name="Antrag" />
    <bpmn:task id="Task_1" name="${options.taskName ?? 'Prüfen'}" />
    <bpmn:endEvent id="End_1" name="Erledigt" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_1" targetRef="${options.flowTarget ?? 'Task_1'}" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="End_1" />
    ${options.extra ?? ''}
  </bpmn:process>
</bpmn:definitions>`;
}
