/**
 * A small in-process job loop: runs `task`, and again at once while it reports more work
 * waiting, otherwise after `intervalMs`. A failing run is reported and retried after a longer
 * pause. `stop()` waits for a running task to finish, so shutdown never cuts one in half.
 */
export type Poller = { stop(): Promise<void> };

export type PollerOptions = {
  intervalMs: number;
  /** Pause after a failed run. Default: 5 × intervalMs, at least 1 s. */
  retryMs?: number;
  onError(error: unknown): void;
};

/** `task` returns true when it left work behind (a full batch), to be called again immediately. */
export function startPoller(task: () => Promise<boolean>, options: PollerOptions): Poller {
  const retryMs = options.retryMs ?? Math.max(1000, options.intervalMs * 5);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = run();
    }, delayMs);
  };

  async function run(): Promise<void> {
    let delay = options.intervalMs;
    try {
      if (await task()) delay = 0;
    } catch (error) {
      options.onError(error);
      delay = retryMs;
    }
    running = undefined;
    schedule(delay);
  }

  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
