/**
 * Page → text. Walks the paper's container and produces the plain text the core analyses,
 * plus a map from every real character back to the Text node it came from.
 *
 * The text imitates what a reader sees (roughly `innerText`, without layout): block elements
 * start new lines, paragraphs are separated by a blank line, `<br>` breaks a line, and runs of
 * HTML whitespace collapse to one space. Nothing is skipped for being invisible: the
 * tweedekamer.nl document text sits in a modal that is hidden until opened.
 *
 * Works with any DOM that has the standard node properties: Chromium, happy-dom (unit tests)
 * and linkedom (the CLI): the walk follows `firstChild`/`nextSibling`/`parentNode` itself (see
 * `tree-cursor.ts`).
 */
import type { PageHeading } from '../core/types';
import { TextBuilder } from './text-builder';
import { TEXT_NODE, createCursor, tagOf } from './tree-cursor';

/**
 * A run of real characters: `text.slice(start, end)` came from
 * `node.data.slice(nodeOffset, nodeOffset + (end - start))`, one to one (a collapsed
 * whitespace run is represented by its first character, which becomes a space).
 * Characters between segments are synthesized (line breaks, cell tabs) and have no node.
 */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  nodeOffset: number;
}

export interface ExtractedText {
  text: string;
  /** Sorted by `start`, non-overlapping. */
  segments: TextSegment[];
  /** h1–h6 inside the container, in document order, offsets into `text`. */
  headings: PageHeading[];
}

export interface ExtractOptions {
  /** CSS selectors of elements whose subtree is not part of the text (site chrome inside the container). */
  skip?: readonly string[];
}

/** Attribute that marks Kamerlens's own UI, so the extension never reads itself. */
export const KAMERLENS_ATTRIBUTE = 'data-kamerlens';

/** Elements whose content is never document text: code, controls, navigation, embedded media. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'FORM',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'AUDIO',
  'VIDEO',
  'MATH',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);
// NodeFilter constants, spelled out: the `NodeFilter` global is missing in linkedom and in Node.
const SHOW_TEXT = 0x4;

export function extractText(container: Element, options: ExtractOptions = {}): ExtractedText {
  const walk = startExtraction(container, options);
  walk.run(() => false);
  return walk.finish();
}

/**
 * The container's text up to about `maxChars` characters (it stops at the first node boundary
 * after that), in one go: enough of a long paper to show its first screens while the rest is
 * read in slices. `complete` says the whole container was read (a short paper).
 */
export function extractTextPrefix(
  container: Element,
  options: ExtractOptions,
  maxChars: number,
): { extracted: ExtractedText; complete: boolean } {
  const walk = startExtraction(container, options);
  const complete = walk.run(() => walk.size() >= maxChars);
  return { extracted: walk.finish(), complete };
}

/**
 * Does `el` hold any text but white space (`/\S/` on its `textContent`)? Reads its text nodes only
 * until the first that does: a long paper is not read whole to find that out.
 */
export function holdsText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/\S/.test((node as Text).data)) return true;
  }
  return false;
}

/** Waits for the main thread to be free (see `yieldToMain`). */
export type YieldFn = () => Promise<void>;

export interface SliceOptions {
  /** Longest slice of work between yields, in ms (default 8: well under the 50 ms of a long task). */
  sliceMs?: number;
  /** How to give the main thread back (default `yieldToMain`). */
  yieldFn?: YieldFn;
  /** The clock (default `performance.now`). */
  now?: () => number;
  /**
   * Called after each slice with the text that slice added (possibly empty): joined, the parts
   * are the whole text. The reader sends them on while the rest is read.
   */
  onText?: (text: string) => void;
  /**
   * With `onText`, a slice also ends once it has read this many characters (default 64 K): what
   * `onText` does with them (the browser serializing a message) takes time in the same task, about
   * 0.15 ms per thousand characters in Chromium, so a slice of 8 ms of reading (some 250 K
   * characters) made tasks of 50–70 ms.
   */
  partChars?: number;
}

const DEFAULT_PART_CHARS = 64 * 1024;

/**
 * `extractText` in slices of a few milliseconds that give the main thread back in between, so
 * reading a megabyte page never blocks input or rendering. Same result as `extractText` on a
 * page that does not change meanwhile (a subtree the page removes during a pause may end the
 * walk early: the text read so far is kept, and nothing throws).
 */
export async function extractTextInSlices(
  container: Element,
  options: ExtractOptions = {},
  slices: SliceOptions = {},
): Promise<ExtractedText> {
  const walk = startExtraction(container, options);
  const sliceMs = slices.sliceMs ?? 8;
  const yieldFn = slices.yieldFn ?? yieldToMain;
  const now = slices.now ?? (() => performance.now());
  const onText = slices.onText;
  const partChars = onText ? (slices.partChars ?? DEFAULT_PART_CHARS) : Infinity;
  let handedOut = 0;
  for (;;) {
    const deadline = now() + sliceMs;
    const done = walk.run(() => now() >= deadline || walk.size() - handedOut >= partChars);
    if (onText) {
      const text = walk.takeText();
      handedOut += text.length;
      onText(text);
    }
    // Joining a megabyte of text is work enough for a task: not in the one that handed a part on.
    if (done && onText) await yieldFn();
    if (done) return walk.finish();
    await yieldFn();
  }
}

/**
 * Gives the main thread back and resumes soon after, in a task of its own: a MessageChannel
 * message (no 4 ms clamp of nested timers), else `setTimeout(0)`. Not `scheduler.yield()`: its
 * continuations go before the browser's rendering, so a long read in slices would hold back every
 * frame (and with it the first screens' highlights) until the read is done.
 */
export function yieldToMain(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How often (in nodes) a slice looks at the clock: often enough for ~1 ms precision, rarely enough to cost nothing. */
const CLOCK_EVERY = 64;

/** A walk over the container that can stop between nodes and resume where it stopped. */
interface Extraction {
  /** Walks until done (true) or until `pause()` says stop (false). */
  run(pause: () => boolean): boolean;
  /** Characters of text so far. */
  size(): number;
  /** The text added since the last call (all of it on the first). */
  takeText(): string;
  finish(): ExtractedText;
}

function startExtraction(container: Element, options: ExtractOptions): Extraction {
  // One selector list, one `matches` per element: the list matches when any of its selectors does.
  const skipList = usableSelectors(container, options.skip ?? []).join(', ');
  const isSkipped = (el: Element): boolean =>
    SKIPPED_TAGS.has(tagOf(el)) ||
    el.hasAttribute(KAMERLENS_ATTRIBUTE) ||
    (skipList !== '' && el.matches(skipList));
  const builder = new TextBuilder();
  const cursor = createCursor(container, isSkipped);

  // Depth-first walk with explicit enter/leave, iterative so a deep DOM cannot overflow the stack.
  let node = cursor.firstChild();
  const run = (pause: () => boolean): boolean => {
    let count = 0;
    while (node) {
      if (++count % CLOCK_EVERY === 0 && pause()) return false;
      if (node.nodeType === TEXT_NODE) {
        builder.addText(node as Text);
      } else {
        builder.enter(node as Element);
        const child = cursor.firstChild();
        if (child) {
          node = child;
          continue;
        }
        builder.leave(node as Element);
      }
      // Climb until a sibling is found; leave every element we climb out of.
      for (;;) {
        const sibling = cursor.nextSibling();
        if (sibling) {
          node = sibling;
          break;
        }
        const parent = cursor.parentNode();
        if (!parent || parent === container) {
          node = null;
          break;
        }
        builder.leave(parent as Element);
      }
    }
    return true;
  };
  return {
    run,
    size: () => builder.size,
    takeText: () => builder.takeText(),
    finish: () => builder.finish(),
  };
}

/** Drops selectors the DOM cannot parse, so one bad site selector never breaks extraction. */
function usableSelectors(probe: Element, selectors: readonly string[]): string[] {
  const usable: string[] = [];
  for (const sel of selectors) {
    if (typeof sel !== 'string' || sel.trim() === '') continue;
    try {
      probe.matches(sel);
      usable.push(sel);
    } catch {
      // Invalid selector: ignore it.
    }
  }
  return usable;
}
