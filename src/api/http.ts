import { DEFAULT_TIMEOUT_MS, type FetchLike, type LookupFailure } from './types';

export interface FetchTextOptions {
  fetch?: FetchLike;
  timeoutMs?: number;
  signal?: AbortSignal;
  accept: string;
}

function defaultFetch(): FetchLike | null {
  // The global fetch of the background service worker and of Node 20; absent in odd hosts.
  return typeof fetch === 'function' ? (fetch as unknown as FetchLike) : null;
}

/**
 * GETs a URL as text with a timeout (AbortController) that also covers reading the body,
 * and turns every way of failing into a `LookupFailure`.
 */
export async function fetchText(
  url: string,
  options: FetchTextOptions,
): Promise<{ body: string } | LookupFailure> {
  const doFetch = options.fetch ?? defaultFetch();
  if (!doFetch) return { state: 'offline', message: 'No fetch available here' };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const outer = options.signal;
  const onAbort = (): void => controller.abort();
  if (outer?.aborted) controller.abort();
  outer?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await doFetch(url, { signal: controller.signal, headers: { Accept: options.accept } });
    if (!response.ok) return { state: 'http-error', message: `The service answered HTTP ${response.status}` };
    return { body: await response.text() };
  } catch (error) {
    if (timedOut)
      return { state: 'timeout', message: `No answer within ${Math.round(timeoutMs / 100) / 10} s` };
    if (outer?.aborted) return { state: 'timeout', message: 'The lookup was cancelled' };
    const detail = error instanceof Error ? error.message : String(error);
    return { state: 'offline', message: `Could not reach the service (${detail})` };
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}
