import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseBpmn } from '../../src/modules/processes/bpmn.js';
import { checklistOf, orderChecklist, type FlowGraph } from '../../src/modules/processes/checklist.js';
import { buildBpmn } from '../../src/modules/processes/demo/bpmn-builder.js';
import { demoModels } from '../../src/modules/processes/demo/models.js';

// The tasks of a model as an ordered checklist: every task once, and no task
// before a task that leads to it.

/** Random flow graphs; with `acyclic` every flow goes from an earlier to a later node. */
const graphs = (acyclic: boolean) =>
  fc.integer({ min: 1, max: 14 }).chain((size) =>
    fc.record({
      tasks: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
      // The document order is a permutation, so ties are not always broken by creation order.
      order: fc.shuffledSubarray([...Array(size).keys()], { minLength: size, maxLength: size }),
      flows: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: size * 2 }),
    }).map(({ tasks, order, flows }): FlowGraph => ({
      nodes: order.map((n) => ({ id: `n${n}`, name: `Schritt ${n}`, isTask: tasks[n] as boolean, lane: null })),
      flows: flows
        .filter(([a, b]) => !acyclic || a < b)
        .map(([a, b]) => ({ source: `n${a}`, target: `n${b}` })),
    })),
  );

/** Whether `to` can be reached from `from` along the flows. */
function reaches(graph: FlowGraph, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const flow of graph.flows.filter((f) => f.source === id)) {
      if (flow.target === to) return true;
      if (!seen.has(flow.target)) { seen.add(flow.target); stack.push(flow.target); }
    }
  }
  return false;
}

describe('checklist from a process model', () => {
  it('lists every task exactly once and nothing else, also with loops', () => {
    fc.assert(fc.property(graphs(false), (graph) => {
      const items = orderChecklist(graph).map((item) => item.elementId);
      const tasks = graph.nodes.filter((node) => node.isTask).map((node) => node.id);
      assert.deepEqual([...items].sort(), [...tasks].sort());
    }), { numRuns: 300 });
  });

  it('never puts a task before a task that leads to it (acyclic models)', () => {
    fc.assert(fc.property(graphs(true), (graph) => {
      const items = orderChecklist(graph).map((item) => item.elementId);
      for (const [i, earlier] of items.entries()) {
        for (const later of items.slice(i + 1)) assert.ok(!reaches(graph, later, earlier), `${later} leads to ${earlier} but comes after it`);
      }
    }), { numRuns: 300 });
  });

  it('names a condition only for tasks behind a decision with more than one way out', () => {
    fc.assert(fc.property(graphs(false), fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), (graph, decisions) => {
      const withDecisions: FlowGraph = { ...graph, nodes: graph.nodes.map((node, i) => ({ ...node, isDecision: !node.isTask && (decisions[i] ?? false) })) };
      for (const item of orderChecklist(withDecisions)) {
        if (item.condition === null) continue;
        const decision = withDecisions.nodes.find((node) => node.isDecision && item.condition === node.name);
        assert.ok(decision, `${item.elementId}: condition "${item.condition}" names no decision`);
        assert.ok(withDecisions.flows.filter((flow) => flow.source === decision.id).length > 1);
        assert.ok(reaches(withDecisions, decision.id, item.elementId));
      }
      const none: FlowGraph = { ...graph, nodes: graph.nodes.map((node) => ({ ...node, isDecision: false })) };
      assert.ok(orderChecklist(none).every((item) => item.condition === null));
    }), { numRuns: 300 });
  });

  it('gives the same list for the same model', () => {
    fc.assert(fc.property(graphs(false), (graph) => {
      assert.deepEqual(orderChecklist(graph), orderChecklist(structuredClone(graph)));
    }), { numRuns: 100 });
  });

  it('follows the flow of a real model, with lanes, and treats a loop back as already done', async () => {
    const model = demoModels.find((candidate) => candidate.key === 'ae_verlaengerung');
    assert.ok(model);
    const items = checklistOf((await parseBpmn(await buildBpmn(model))).definitions);
    assert.deepEqual(items.map((item) => item.elementId), [
      'Activity_erfassen', 'Activity_nachfordern', 'Activity_azr', 'Activity_voraussetzungen', 'Activity_anhoerung', 'Activity_bescheid', 'Activity_eat', 'Activity_ausgabe',
    ]);
    assert.equal(items[0]?.title, 'Antrag erfassen und Fiktionsbescheinigung prüfen');
    assert.equal(items[0]?.lane, 'Eingangszone');
    assert.equal(items[2]?.lane, 'Sachbearbeitung Ausländerbehörde');
    // Tasks on one branch of a decision say which; a task reached after a merge does not.
    assert.equal(items[1]?.condition, 'Unterlagen vollständig? – nein');
    assert.equal(items[5]?.condition, 'Voraussetzungen erfüllt? – nein');
    assert.equal(items[6]?.condition, 'Voraussetzungen erfüllt? – ja');
    assert.equal(items[0]?.condition, null);
  });

  it('gives no condition after a merge and none for parallel branches', async () => {
    const model = demoModels.find((candidate) => candidate.key === 'blaue_karte');
    assert.ok(model);
    const items = checklistOf((await parseBpmn(await buildBpmn(model))).definitions);
    const byId = new Map(items.map((item) => [item.elementId, item.condition]));
    assert.equal(byId.get('Activity_ba_anfrage'), 'Zustimmung der BA nötig? – ja');
    // "Sicherheitsabfrage" is reached with and without the BA: no condition of its own.
    assert.equal(byId.get('Activity_sicherheit'), null);
    const parallel = demoModels.find((candidate) => candidate.key === 'gu_aufnahme');
    assert.ok(parallel);
    const gu = checklistOf((await parseBpmn(await buildBpmn(parallel))).definitions);
    assert.equal(gu.find((item) => item.elementId === 'Activity_leistung')?.condition, 'Platz verfügbar? – ja');
  });

  it('puts parallel branches between the split and the join', async () => {
    const model = demoModels.find((candidate) => candidate.key === 'einbuergerung');
    assert.ok(model);
    const ids = checklistOf((await parseBpmn(await buildBpmn(model))).definitions).map((item) => item.elementId);
    const at = (id: string) => ids.indexOf(id);
    assert.ok(at('Activity_verfassungsschutz') > at('Activity_nachfordern') && at('Activity_bzr') > at('Activity_nachfordern'));
    assert.ok(at('Activity_pruefen') > at('Activity_verfassungsschutz') && at('Activity_pruefen') > at('Activity_bzr'));
    assert.ok(at('Activity_urkunde') > at('Activity_bekenntnis'));
  });
});
