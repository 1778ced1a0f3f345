import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BPMN_MAX_BYTES, parseBpmn } from '../../src/modules/processes/bpmn.js';
import { buildBpmn } from '../../src/modules/processes/demo/bpmn-builder.js';
import { demoModels } from '../../src/modules/processes/demo/models.js';
import { AppError } from '../../src/platform/errors/index.js';
import { bpmnFile } from './support.js';

// Reading BPMN files: what is accepted, what is refused with which code and
// problem, and that what Lotse writes opens again unchanged.

async function refusal(xml: string): Promise<AppError> {
  try {
    await parseBpmn(xml);
  } catch (error) {
    assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
    return error;
  }
  assert.fail('the model was accepted');
}

describe('BPMN import checks', () => {
  it('accepts a valid model and lists its element ids', async () => {
    const parsed = await parseBpmn(bpmnFile());
    assert.deepEqual(parsed.elementIds, ['Definitions_test', 'End_1', 'Flow_1', 'Flow_2', 'Process_test', 'Task_1', 'Start_1'].sort());
  });

  it('refuses a reference to a missing element, naming the reference and the element', async () => {
    const error = await refusal(bpmnFile({ flowTarget: 'Task_9' }));
    assert.equal(error.code, 'PROCESS_BPMN_INVALID');
    assert.equal(error.fields?.problem, 'unresolved reference <Task_9>');
    assert.equal(error.fields?.element, 'Flow_1');
  });

  it('refuses unknown BPMN elements, with line and column', async () => {
    const error = await refusal(bpmnFile({ extra: '<bpmn:fooTask id="X_1" />' }));
    assert.equal(error.code, 'PROCESS_BPMN_INVALID');
    assert.match(String(error.fields?.problem), /unparsable content <bpmn:fooTask> detected/);
    assert.equal(typeof error.fields?.line, 'number');
    assert.equal(typeof error.fields?.column, 'number');
  });

  it('refuses duplicate element ids', async () => {
    const error = await refusal(bpmnFile({ extra: '<bpmn:task id="Task_1" name="Doppelt" />' }));
    assert.equal(error.code, 'PROCESS_BPMN_INVALID');
    assert.match(String(error.fields?.problem), /duplicate ID <Task_1>/);
  });

  it('refuses text that is not XML, a broken document and XML that is not BPMN', async () => {
    for (const xml of ['Das ist kein BPMN', bpmnFile().replace('</bpmn:process>', ''), '<?xml version="1.0"?><html><body/></html>']) {
      const error = await refusal(xml);
      assert.equal(error.code, 'PROCESS_BPMN_INVALID', xml);
      assert.ok(String(error.fields?.problem).length > 0);
    }
  });

  it('refuses definitions without a process', async () => {
    const error = await refusal('<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x"></bpmn:definitions>');
    assert.equal(error.code, 'PROCESS_BPMN_INVALID');
    assert.equal(error.fields?.problem, 'the file contains no bpmn:process');
  });

  it('does not process files with a DOCTYPE or entity declarations (XXE, entity expansion)', async () => {
    const xxe = bpmnFile().replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>').replace('name="Prüfen"', 'name="&x;"');
    assert.equal((await refusal(xxe)).code, 'PROCESS_BPMN_DOCTYPE_FORBIDDEN');
    assert.equal((await refusal(bpmnFile().replace('<bpmn:definitions', '<!doctype bpmn><bpmn:definitions'))).code, 'PROCESS_BPMN_DOCTYPE_FORBIDDEN');
  });

  it('refuses files over the size limit before parsing them', async () => {
    const padding = `<!-- ${'x'.repeat(BPMN_MAX_BYTES)} -->`;
    const error = await refusal(bpmnFile().replace('<bpmn:process', `${padding}<bpmn:process`));
    assert.equal(error.code, 'PROCESS_BPMN_TOO_LARGE');
    assert.equal(error.status, 413);
  });
});

describe('BPMN round trip', () => {
  it('writes every demo model so that it opens again without warnings and with the same ids, and with a diagram for each element', async () => {
    assert.ok(demoModels.length >= 8);
    for (const model of demoModels) {
      const first = await parseBpmn(await buildBpmn(model));
      const again = await parseBpmn(first.xml);
      assert.deepEqual(again.elementIds, first.elementIds, model.key);
      assert.equal(again.xml, first.xml, `${model.key}: export is stable`);
      // Diagram interchange: every flow node and flow has its shape or edge.
      const diagramRefs = new Set([...first.xml.matchAll(/bpmnElement="([^"]+)"/g)].map((match) => match[1]));
      for (const step of model.steps) assert.ok([...diagramRefs].some((ref) => ref?.endsWith(`_${step.key}`)), `${model.key}: ${step.key} has no shape`);
      assert.ok(first.xml.includes('<bpmn:startEvent') && first.xml.includes('<bpmn:endEvent') && /<bpmn:(exclusive|parallel)Gateway /.test(first.xml), `${model.key}: start, end and a gateway`);
    }
  });

  it('keeps the ids and extension attributes of a file from another modeller', async () => {
    const foreign = bpmnFile().replace('<bpmn:task id="Task_1"', '<bpmn:task xmlns:camunda="http://camunda.org/schema/1.0/bpmn" camunda:assignee="abh" id="Task_1"');
    const first = await parseBpmn(foreign);
    const again = await parseBpmn(first.xml);
    assert.deepEqual(again.elementIds, first.elementIds);
    assert.match(again.xml, /camunda:assignee="abh"/);
  });
});
