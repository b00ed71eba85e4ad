/**
 * At most `limit` tasks at a time; the rest wait in order. A paper with sixty citations asked for
 * every title at once: the browser sends six requests to a host at a time and queues the rest, while
 * each request's timeout was already running, so a slow service (an answer in 0.8 s) left half the
 * titles "cannot be looked up" although every request would have been answered. A task's timeout
 * now starts when its turn comes.
 */
export class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  /**
   * Runs `task` when a place is free. `signal` aborted while it waits: `task` never runs, and
   * `onCancelled` gives the answer instead.
   */
  run<T>(task: () => Promise<T>, onCancelled: () => T, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.resolve(onCancelled());
    if (this.running < this.limit) return this.start(task);
    return new Promise<T>((resolve) => {
      const turn = (): void => {
        signal?.removeEventListener('abort', cancel);
        resolve(this.start(task));
      };
      const cancel = (): void => {
        const at = this.waiting.indexOf(turn);
        if (at >= 0) this.waiting.splice(at, 1);
        resolve(onCancelled());
      };
      signal?.addEventListener('abort', cancel, { once: true });
      this.waiting.push(turn);
    });
  }

  private async start<T>(task: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
