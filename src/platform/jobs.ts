// Recurring background work of a running server (reminder mails and the
// like). Each job runs once shortly after start and then every `everyMs`; a
// run never overlaps the previous one of the same job, a failing run is
// logged and the next one comes as planned. Jobs must be safe when several
// app processes run them at once (claim each piece of work in the database),
// so no process needs to be the "leader".

export interface Job {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export interface JobLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface RunningJobs {
  /** Stops the timers and waits for runs in progress. */
  stop(): Promise<void>;
}

export function startJobs(jobs: Job[], log: JobLog, options: { firstRunAfterMs?: number } = {}): RunningJobs {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<void>>();
  let stopped = false;

  const runOnce = (job: Job) => {
    if (stopped || running.has(job.name)) return;
    const started = Date.now();
    const run = job.run().then(
      (result) => log.info({ job: job.name, ms: Date.now() - started, result }, 'job done'),
      (error: unknown) => log.error({ job: job.name, err: error }, 'job failed'),
    ).finally(() => running.delete(job.name));
    running.set(job.name, run);
  };

  for (const job of jobs) {
    const first = setTimeout(() => {
      runOnce(job);
      const every = setInterval(() => runOnce(job), job.everyMs);
      every.unref();
      timers.push(every);
    }, options.firstRunAfterMs ?? 5_000);
    // The jobs never keep the process alive on their own.
    first.unref();
    timers.push(first);
  }

  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(running.values());
    },
  };
}
