/**
 * The content script's side of `analyze`: sends the page's text to the background and gives
 * back the findings, or null when there are none to show (the background refused the text, or
 * could not be reached twice). Never throws: a page Kamerlens cannot analyse stays as it was.
 */
import type { AnalysisResult } from '../core/types';
import type { AnalyzeAnswer, AnalyzeRequestInput } from './protocol';
import { sendToBackground } from './runtime';

export interface AnalyzeClientOptions {
  /** Sends the message (default: `sendToBackground`). */
  send?(message: { type: 'analyze'; input: AnalyzeRequestInput }): Promise<AnalyzeAnswer>;
  /** Wait before the one retry (an MV3 service worker may be starting or restarting). */
  retryDelayMs?: number;
}

function isDone(answer: unknown): answer is Extract<AnalyzeAnswer, { state: 'done' }> {
  const a = answer as { state?: unknown; result?: { isParliamentary?: unknown } } | null | undefined;
  return a?.state === 'done' && typeof a.result?.isParliamentary === 'boolean';
}

function isRefused(answer: unknown): boolean {
  return (answer as { state?: unknown } | null | undefined)?.state === 'refused';
}

export async function analyzeInBackground(
  input: AnalyzeRequestInput,
  options: AnalyzeClientOptions = {},
): Promise<AnalysisResult | null> {
  const send = options.send ?? ((m) => sendToBackground(m));
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, options.retryDelayMs ?? 250));
    let answer: unknown;
    try {
      answer = await send({ type: 'analyze', input });
    } catch {
      // Not reachable now (restarting, or the extension was reloaded under the page): once more.
      continue;
    }
    if (isDone(answer)) return answer.result;
    // A refusal (too large, a failure) would be the same the second time.
    if (isRefused(answer)) return null;
  }
  return null;
}
