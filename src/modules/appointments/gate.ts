// Admission for the public booking routes. When a release opens, thousands
// of requests arrive at once; without a queue of our own they would all wait
// for a database connection and fail after the pool's connect timeout. The
// gate lets as many through as there are connections to spare and queues the
// rest in order, so a storm is served slower instead of refused.

export class Gate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly width: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.width) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}
