import {
  isLookupFailure,
  type CitedPaperRef,
  type LookupFailure,
  type LookupResult,
  type TitleLookupClient,
} from './types';

/**
 * How long a client may stay silent before the next one is asked too. The Tweede Kamer API answers
 * in well under a second when it is up; asking KOOP only after its 5 s timeout made a hung API cost
 * the reader 5 s per title, and asking both at once would double every request.
 */
export const DEFAULT_HEDGE_MS = 1500;

/**
 * Asks the clients in order of preference (the Tweede Kamer API, then KOOP SRU) and returns the first
 * details to arrive. The next client is asked as soon as the one before fails, or has not answered
 * within `hedgeMs`; once details arrive, the requests still open are cancelled. When all fail, the
 * most telling failure: a real error (offline, timeout) over `not-found`.
 */
export class FirstAnswerClient implements TitleLookupClient {
  constructor(
    private readonly clients: readonly TitleLookupClient[],
    private readonly hedgeMs = DEFAULT_HEDGE_MS,
  ) {}

  lookup(paper: CitedPaperRef, signal?: AbortSignal): Promise<LookupResult> {
    const clients = this.clients;
    if (clients.length === 0) return Promise.resolve({ state: 'not-found', message: 'No service to ask' });
    const inner = new AbortController();
    const cancel = (): void => inner.abort();
    if (signal?.aborted) inner.abort();
    signal?.addEventListener('abort', cancel, { once: true });
    return new Promise<LookupResult>((resolve) => {
      const failures: (LookupFailure | undefined)[] = [];
      let started = 0;
      let settled = 0;
      let done = false;
      let hedge: ReturnType<typeof setTimeout> | undefined;
      const finish = (result: LookupResult): void => {
        if (done) return;
        done = true;
        clearTimeout(hedge);
        signal?.removeEventListener('abort', cancel);
        inner.abort(); // the requests still open are no longer wanted
        resolve(result);
      };
      const mostTelling = (): LookupFailure => {
        let failure: LookupFailure | null = null;
        for (const f of failures) if (f && (!failure || failure.state === 'not-found')) failure = f;
        return failure ?? { state: 'not-found', message: 'No service to ask' };
      };
      const startNext = (): void => {
        clearTimeout(hedge);
        if (done || started >= clients.length) return;
        const index = started++;
        const client = clients[index] as TitleLookupClient;
        if (started < clients.length) hedge = setTimeout(startNext, this.hedgeMs);
        let request: Promise<LookupResult>;
        try {
          request = client.lookup(paper, inner.signal);
        } catch (error) {
          request = Promise.resolve(brokenClient(error));
        }
        request.then(
          (result) => settle(index, result),
          (error: unknown) => settle(index, brokenClient(error)),
        );
      };
      const settle = (index: number, result: LookupResult): void => {
        settled++;
        if (!isLookupFailure(result)) return finish(result);
        failures[index] = result;
        if (signal?.aborted) return finish(mostTelling());
        if (started < clients.length) startNext();
        else if (settled === started) finish(mostTelling());
      };
      startNext();
    });
  }
}

/** Clients resolve with failures; this only guards against one that throws or rejects. */
function brokenClient(error: unknown): LookupFailure {
  return { state: 'malformed', message: error instanceof Error ? error.message : 'Lookup failed' };
}
