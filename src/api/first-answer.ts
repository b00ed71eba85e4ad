import {
  isLookupFailure,
  type CitedPaperRef,
  type LookupFailure,
  type LookupResult,
  type TitleLookupClient,
} from './types';

/**
 * Asks the clients in order (e.g. the Tweede Kamer API, then KOOP SRU) and returns the first
 * details. When all fail, the most telling failure: a real error (offline, timeout) over `not-found`.
 */
export class FirstAnswerClient implements TitleLookupClient {
  constructor(private readonly clients: readonly TitleLookupClient[]) {}

  async lookup(paper: CitedPaperRef, signal?: AbortSignal): Promise<LookupResult> {
    let failure: LookupFailure | null = null;
    for (const client of this.clients) {
      const result = await client.lookup(paper, signal);
      if (!isLookupFailure(result)) return result;
      if (!failure || failure.state === 'not-found') failure = result;
      if (signal?.aborted) break;
    }
    return failure ?? { state: 'not-found', message: 'No service to ask' };
  }
}
