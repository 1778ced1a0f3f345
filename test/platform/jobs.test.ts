import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startJobs, type JobLog } from '../../src/platform/jobs.js';

// The background job runner: runs each job again and again, never two runs
// of one job at a time, goes on after a failure, and stop() waits for a run.

function recordingLog() {
  const lines: Array<{ level: 'info' | 'error'; obj: Record<string, unknown> }> = [];
  const log: JobLog = {
    info: (obj) => lines.push({ level: 'info', obj: obj as Record<string, unknown> }),
    error: (obj) => lines.push({ level: 'error', obj: obj as Record<string, unknown> }),
  };
  return { log, lines };
}

const until = async (condition: () => boolean, what: string) => {
  for (let i = 0; i < 400 && !condition(); i += 1) await sleep(5);
  assert.ok(condition(), what);
};

describe('background jobs', () => {
  it('runs a job repeatedly, never overlapping itself, and stop() waits for the run in progress', async () => {
    const { log, lines } = recordingLog();
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    let finished = 0;
    const jobs = startJobs([{
      name: 'slow', everyMs: 5,
      run: async () => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        runs += 1;
        await sleep(30);
        active -= 1;
        finished += 1;
        return { runs };
      },
    }], log, { firstRunAfterMs: 0 });
    await until(() => runs >= 3, 'the job ran three times');
    await jobs.stop();
    assert.equal(maxActive, 1, 'runs of one job never overlap');
    assert.equal(finished, runs, 'stop waited for the run in progress');
    const after = runs;
    await sleep(40);
    assert.equal(runs, after, 'no run after stop');
    assert.ok(lines.some((line) => line.level === 'info' && line.obj.job === 'slow'));
  });

  it('logs a failing run and runs the job again next time', async () => {
    const { log, lines } = recordingLog();
    let runs = 0;
    const jobs = startJobs([{
      name: 'flaky', everyMs: 5,
      run: async () => {
        runs += 1;
        if (runs === 1) throw new Error('mail server away');
        return 'ok';
      },
    }], log, { firstRunAfterMs: 0 });
    await until(() => runs >= 2, 'the job ran again after failing');
    await jobs.stop();
    const failure = lines.find((line) => line.level === 'error');
    assert.equal(failure?.obj.job, 'flaky');
    assert.match(String((failure?.obj.err as Error).message), /mail server away/);
    assert.ok(lines.some((line) => line.level === 'info' && line.obj.result === 'ok'));
  });
});
