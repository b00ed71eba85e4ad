/**
 * The content script's side of `analyze`: sends the page's text to the background and gives
 * back the findings, or null when there are none to show (the background refused the text, or
 * could not be reached twice). Never throws: a page Kamerlens cannot analyse stays as it was.
 */
import type { AnalysisResult } from '../core/types';
import type { AnalyzeAnswer, AnalyzeRequestInput, TextPart } from './protocol';
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

/**
 * A long page's text sent to the background part by part while it is read (see
 * `./text-parts`), and the `analyze` call that then names the parts instead of carrying
 * the text: the page's main thread never serializes a megabyte in one task, and the background has
 * the text as soon as the read ends.
 */
export interface TextStream {
  /** Sends the next part of the text (an empty one is skipped). */
  push(text: string): void;
  /**
   * Analyses `input`, whose text is the parts pushed, joined. When they did not all reach the
   * background (refused, lost with a restarted service worker), the text goes whole, as without a
   * stream. Never throws.
   */
  analyze(input: AnalyzeRequestInput): Promise<AnalysisResult | null>;
}

export interface TextStreamOptions extends AnalyzeClientOptions {
  /** Sends one part (default: `sendToBackground`). */
  sendPart?(message: { type: 'analyze-part'; part: TextPart }): Promise<boolean>;
  /** The stream's name (default: made up at random; the background also keys it by tab and frame). */
  stream?: string;
}

export function startTextStream(options: TextStreamOptions = {}): TextStream {
  const sendPart = options.sendPart ?? ((m) => sendToBackground(m));
  const stream = options.stream ?? `t${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const sent: Promise<boolean>[] = [];
  let length = 0;
  return {
    push(text) {
      if (text.length === 0) return;
      length += text.length;
      sent.push(
        sendPart({ type: 'analyze-part', part: { stream, index: sent.length, text } }).then(
          (kept) => kept === true,
          () => false,
        ),
      );
    },
    async analyze(input) {
      const allKept = (await Promise.all(sent)).every(Boolean);
      // Nothing sent ahead, or not what is to be analysed: the text goes with the call.
      if (sent.length === 0 || !allKept || length !== input.text.length)
        return analyzeInBackground(input, options);
      const answer = await analyzeWithParts(input, { stream, count: sent.length, length }, options);
      return answer === MISSING ? analyzeInBackground(input, options) : answer;
    },
  };
}

/** The background did not have every part: send the text whole. */
const MISSING = Symbol('missing-text');

async function analyzeWithParts(
  input: AnalyzeRequestInput,
  parts: NonNullable<AnalyzeRequestInput['parts']>,
  options: AnalyzeClientOptions,
): Promise<AnalysisResult | null | typeof MISSING> {
  const send = options.send ?? ((m) => sendToBackground(m));
  let answer: unknown;
  try {
    answer = await send({ type: 'analyze', input: { ...input, text: '', parts } });
  } catch {
    return MISSING;
  }
  if (isDone(answer)) return answer.result;
  const reason = (answer as { reason?: unknown } | null | undefined)?.reason;
  return isRefused(answer) && reason !== 'missing-text' ? null : MISSING;
}
