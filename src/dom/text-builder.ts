import type { PageHeading } from '../core/types';
import type { ExtractedText, TextSegment } from './extract';
import { tagOf } from './tree-cursor';

/**
 * The text of a walk, built as a reader sees it (see `extract.ts`): block elements start new lines, paragraphs are
 * separated by a blank line, `<br>` breaks a line, runs of HTML whitespace collapse to one space, and every real
 * character keeps its Text node and offset.
 */

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

/** A run of HTML white space (sticky; `isHtmlSpace` is true of its first character). */
const SPACE_RUN = /[ \t\n\f\r]+/y;

/**
 * Where a run of words joined by single plain spaces ends: at a tab, line break or form feed, or
 * at a space followed by more white space or by the end of the text.
 */
const RUN_END = /[\t\n\f\r]| (?![^ \t\n\f\r])/g;

/** More than one blank line never helps reading. */
const MAX_NEWLINES = 2;

/** Collects text, segments and headings while the walk reports nodes. */
export class TextBuilder {
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

function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}
