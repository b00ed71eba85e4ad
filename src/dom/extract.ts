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
 * `createCursor`).
 */
import type { PageHeading } from '../core/types';

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

/** Elements rendered as blocks by default (HTML Living Standard, "Rendering" §15.3). */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'LISTING',
  'MAIN',
  'MENU',
  'OL',
  'P',
  'PLAINTEXT',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
  'XMP',
]);

/** Like `innerText`: a paragraph is set off by a blank line, other blocks by a line break. */
const PARAGRAPH_TAGS = new Set(['P']);
const CELL_TAGS = new Set(['TD', 'TH']);
const PRE_TAGS = new Set(['PRE', 'LISTING', 'PLAINTEXT', 'XMP']);
const HEADING_LEVEL: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// NodeFilter constants, spelled out: the `NodeFilter` global is missing in linkedom and in Node.
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** A run of HTML white space (sticky; `isHtmlSpace` is true of its first character). */
const SPACE_RUN = /[ \t\n\f\r]+/y;

/**
 * Where a run of words joined by single plain spaces ends: at a tab, line break or form feed, or
 * at a space followed by more white space or by the end of the text.
 */
const RUN_END = /[\t\n\f\r]| (?![^ \t\n\f\r])/g;

/** More than one blank line never helps reading. */
const MAX_NEWLINES = 2;

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

/** Collects text, segments and headings while the walk reports nodes. */
class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  get size(): number {
    return this.length;
  }
  private readonly segments: TextSegment[] = [];
  private readonly headings: PageHeading[] = [];
  /** Open headings: start is null until their first real character. */
  private readonly headingStack: { level: number; start: number | null }[] = [];
  /** Line breaks owed before the next real character (emitted only if text follows). */
  private pendingNewlines = 0;
  /** A collapsed whitespace run owed before the next real character, and where it came from. */
  private pendingSpace: { node: Text; offset: number } | null = null;
  private pendingTab = false;
  /** End of the last real character: headings end there, not after owed breaks. */
  private lastRealEnd = 0;
  private preDepth = 0;

  enter(el: Element): void {
    const tag = tagOf(el);
    if (tag === 'BR') {
      // Counted, not maxed: `<br><br>` is a blank line.
      this.pendingNewlines = Math.min(MAX_NEWLINES, this.pendingNewlines + 1);
      this.pendingSpace = null;
      return;
    }
    this.blockBoundary(tag);
    if (CELL_TAGS.has(tag) && this.length > 0 && this.pendingNewlines === 0) this.pendingTab = true;
    if (PRE_TAGS.has(tag)) this.preDepth++;
    const level = HEADING_LEVEL[tag];
    if (level !== undefined) this.headingStack.push({ level, start: null });
  }

  leave(el: Element): void {
    const tag = tagOf(el);
    if (tag === 'BR') return;
    if (PRE_TAGS.has(tag)) this.preDepth = Math.max(0, this.preDepth - 1);
    if (HEADING_LEVEL[tag] !== undefined) {
      const open = this.headingStack.pop();
      if (open && open.start !== null && this.lastRealEnd > open.start) {
        this.headings.push({ level: open.level, start: open.start, end: this.lastRealEnd });
      }
    }
    this.blockBoundary(tag);
  }

  addText(node: Text): void {
    const data = node.data;
    if (this.preDepth > 0) {
      if (data.length > 0) this.addReal(node, 0, data);
      return;
    }
    // Split into words and HTML-whitespace runs (space, tab, LF, FF, CR; not U+00A0), found by
    // regular expressions: a page is read once, mostly before the JIT has compiled this method,
    // and a loop over a megabyte's character codes in the interpreter took most of the read.
    let i = 0;
    const n = data.length;
    while (i < n) {
      if (isHtmlSpace(data.charCodeAt(i))) {
        const runStart = i;
        SPACE_RUN.lastIndex = i;
        SPACE_RUN.test(data);
        i = SPACE_RUN.lastIndex;
        // A space is owed only between words on the same line.
        if (this.length > 0 && this.pendingNewlines === 0 && !this.pendingTab && !this.endsWithBreak()) {
          this.pendingSpace ??= { node, offset: runStart };
        }
      } else {
        // Words joined by single plain spaces go out as one run: the space would be emitted as
        // itself, from its own place, between them anyway (see the owed-space rule above), and
        // one push per run instead of two per word is most of the cost of reading a long paper.
        const wordStart = i;
        RUN_END.lastIndex = i;
        i = RUN_END.exec(data)?.index ?? n;
        this.addReal(node, wordStart, data.slice(wordStart, i));
      }
    }
  }

  /** Parts already handed out by `takeText`. */
  private taken = 0;
  /** What `takeText` handed out, in order: joined, the text of the first `taken` parts. */
  private readonly takenTexts: string[] = [];

  takeText(): string {
    const from = this.taken;
    this.taken = this.parts.length;
    const text = this.parts.slice(from).join('');
    this.takenTexts.push(text);
    return text;
  }

  finish(): ExtractedText {
    this.headings.sort((a, b) => a.start - b.start);
    // Read in slices, the text is mostly joined already, a slice at a time: joining those few
    // strings instead of the hundreds of thousands of parts again took most of the task that ends
    // a megabyte's read (5–6 ms).
    const rest = this.parts.slice(this.taken).join('');
    const text = this.takenTexts.length > 0 ? this.takenTexts.join('') + rest : rest;
    return { text, segments: this.segments, headings: this.headings };
  }

  private blockBoundary(tag: string): void {
    if (!BLOCK_TAGS.has(tag)) return;
    const want = PARAGRAPH_TAGS.has(tag) ? 2 : 1;
    this.pendingNewlines = Math.max(this.pendingNewlines, want);
    this.pendingSpace = null;
    this.pendingTab = false;
  }

  private endsWithBreak(): boolean {
    const last = this.parts[this.parts.length - 1];
    return last !== undefined && (last.endsWith('\n') || last.endsWith('\t'));
  }

  /** Emits `chars`, which start at `node.data[from]` (a word, or `<pre>` content). */
  private addReal(node: Text, from: number, chars: string): void {
    this.flushPending();
    if (this.pendingSpace) {
      const { node: spaceNode, offset } = this.pendingSpace;
      this.pendingSpace = null;
      this.push(' ', spaceNode, offset);
    }
    for (const open of this.headingStack) open.start ??= this.length;
    this.push(chars, node, from);
    this.lastRealEnd = this.length;
  }

  private flushPending(): void {
    if (this.pendingNewlines > 0) {
      if (this.length > 0) {
        const owed = this.pendingNewlines - this.trailingNewlines();
        if (owed > 0) this.emitSynthetic('\n'.repeat(owed));
      }
      this.pendingNewlines = 0;
      this.pendingSpace = null;
      this.pendingTab = false;
    }
    if (this.pendingTab) {
      this.emitSynthetic('\t');
      this.pendingTab = false;
      this.pendingSpace = null;
    }
  }

  /** Newlines already at the end of the text (from `<pre>` content), so breaks never pile up. */
  private trailingNewlines(): number {
    const last = this.parts[this.parts.length - 1] ?? '';
    let count = 0;
    for (let i = last.length - 1; i >= 0 && last[i] === '\n' && count < MAX_NEWLINES; i--) count++;
    return count;
  }

  private emitSynthetic(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Appends real characters, extending the last segment when they continue it in the same node. */
  private push(chars: string, node: Text, nodeOffset: number): void {
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      last.node === node &&
      last.end === this.length &&
      last.nodeOffset + (last.end - last.start) === nodeOffset
    ) {
      last.end += chars.length;
    } else {
      this.segments.push({ start: this.length, end: this.length + chars.length, node, nodeOffset });
    }
    this.parts.push(chars);
    this.length += chars.length;
  }
}

/** Moves over the container's accepted nodes; skipped subtrees are invisible to it. */
interface Cursor {
  firstChild(): Node | null;
  nextSibling(): Node | null;
  parentNode(): Node | null;
}

function createCursor(root: Element, isSkipped: (el: Element) => boolean): Cursor {
  const accept = (node: Node): number => {
    if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
    if (node.nodeType !== ELEMENT_NODE) return FILTER_REJECT;
    return isSkipped(node as Element) ? FILTER_REJECT : FILTER_ACCEPT;
  };
  return manualCursor(root, accept);
}

/**
 * The moves of a TreeWalker with FILTER_ACCEPT/FILTER_REJECT, over the raw node links. Not a
 * TreeWalker: Chromium calls a TreeWalker's filter from C++ for every node, which took twice the
 * time of this walk on a megabyte page, and linkedom's TreeWalker neither navigates nor filters.
 * A subtree the page removes during a pause ends the walk there: its parents lead to no root.
 */
function manualCursor(root: Node, accept: (node: Node) => number): Cursor {
  let current: Node = root;
  const firstAccepted = (start: Node | null): Node | null => {
    let n = start;
    while (n && accept(n) !== FILTER_ACCEPT) n = n.nextSibling;
    return n;
  };
  const move = (next: Node | null): Node | null => {
    if (next) current = next;
    return next;
  };
  return {
    firstChild: () => move(firstAccepted(current.firstChild)),
    nextSibling: () => (current === root ? null : move(firstAccepted(current.nextSibling))),
    parentNode: () => (current === root ? null : move(current.parentNode)),
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

/** Upper-case tag name without namespace prefix (XHTML documents may report lower case). */
function tagOf(el: Element): string {
  return (el.localName ?? el.tagName ?? '').toUpperCase();
}

function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}
