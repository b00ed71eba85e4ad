/**
 * A paper's table of contents, as KOOP prints it: a line `Inhoudsopgave` (or `INHOUDSOPGAVE`, `Inhoud`), then
 * a line per section with its page number glued to the title: `1.1Inleiding2`, `ARTIKELSGEWIJS7` (538, 590,
 * 593). Those numbers are pages, not notes: the footnote rules must leave them alone.
 */
import type { Span } from '../types';
import { isDigit, isWhiteSpace } from './chars';

const HEADINGS = new Set(['inhoudsopgave', 'inhoud']);
/** The heading word opens its line: a cheap first test before any copy. */
const CONTENTS_WORD = /^\s*inhoud/i;

/** A heading line is the word, a colon and some spaces at most. */
const MAX_HEADING_LINE = 40;

/**
 * A line of a table of contents: a title whose last letter (or closing bracket, dot), or a year ending it (`… de Wmz
 * 19965`, 1041; a law's short year, `Overgangsrecht FVW'844`, 1703), has the page glued on.
 */
const ENTRY_LINE = /(?:[\p{L}).]|\s(?:19|20)\d{2}|\p{L}'\d{2})\d{1,3}[ \t]*$/u;

/** The head of the page column alone on its line: `  Blz.`, `Pagina`. */
const PAGE_HEAD_LINE = /^\s*(?:blz|pag|pagina)\.?:?\s*$/i;

/** Entry lines longer than this are running text, not a title with its page. */
const MAX_ENTRY = 150;

/** A table lists two sections or more: one line ending in a note under a heading `Inhoud` is running text. */
const MIN_ENTRIES = 2;

/**
 * The spans of the tables of contents in `s`: from the heading line to the end of its last entry line.
 * A heading line is the heading word alone, so only the word that opens a line can be one: read from the line
 * starts (found by `indexOf`, a few thousand in a long paper) rather than from every `inhoud` in the text, a
 * common word (`inhoudelijk`).
 */
export function tablesOfContents(s: string): Span[] {
  const spans: Span[] = [];
  for (let lineStart = 0; lineStart <= s.length;) {
    let lineEnd = s.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = s.length;
    let at = lineStart;
    while (at < lineEnd && isWhiteSpace(s.charCodeAt(at))) at++;
    // `Inhoud`, `INHOUDSOPGAVE`: whatever the first letter, the heading is read in lower case by `tableAt`.
    if (s.startsWith('nhoud', at + 1) || s.startsWith('NHOUD', at + 1)) {
      const span = tableAt(s, at);
      if (span) spans.push(span);
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

/**
 * The title word of a table of contents as `line` writes it, or null when `line` is no such title: the word alone,
 * the page column's head perhaps following, glued on or not: `Inhoudsopgave blz.` (2866), `Inhoudsopgaveblz.` (1041),
 * `INHOUDSOPGAVE:Blz.` (1791), `InhoudsopgavePagina` (2162) are `Inhoudsopgave` and `INHOUDSOPGAVE`.
 */
export function contentsTitleWord(line: string): string | null {
  if (line.length > MAX_HEADING_LINE || !CONTENTS_WORD.test(line)) return null;
  const word = line
    .trim()
    .replace(/:$/, '')
    .replace(/\s?(?:blz|pag|pagina)\.?$/i, '')
    .replace(/:$/, '');
  return HEADINGS.has(word.toLowerCase()) ? word : null;
}

/** Is `line` the title of a table of contents (`contentsTitleWord`)? The outline's heading rules use it too. */
export function isContentsTitle(line: string): boolean {
  return contentsTitleWord(line) !== null;
}

/**
 * A line of a table of contents that names no section: the page number on a line of its own (`16`, a draft's
 * `00`, 1437, 1574), the number of an entry whose title follows on the next line (`1.`, `3.2.1.`, `2.1`, `II.`,
 * `a.`: 1227, 2587, 1541), the page column's head (`Blz.`), a dash before an entry (`–`, 1563), a dotted leader
 * with or without its page, a table's rule (`---|---|`, 2792).
 */
const CONTENTS_FILLER =
  /^(?:\d{1,3}|\d{1,2}(?:\.\d{1,2}){0,3}\.?|(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.?|\p{Ll}[.)]|(?:blz|pag|pagina)\.?:?|[–—-]|[.…·\s]{3,}\d{0,3}|[-|:\s]*-[-|:\s]*)$/iu;

export function isContentsFiller(line: string): boolean {
  return CONTENTS_FILLER.test(line);
}

/** A page number ends the line: glued on (`1.1Inleiding2`), after a space or a leader (`1. Algemeen 1`), in a cell. */
const PAGE_AT_END = /(?<!\d)\d{1,3}[ \t]*(?:\|[ \t]*)?$/u;

/** Does an entry line carry its page number? A year does not end in one (`Verkiezingen 2023`, 1823). */
export function endsInPage(line: string): boolean {
  return PAGE_AT_END.test(line);
}

/**
 * The roman numbers I–X of sections and entries, longest first, so that an alternation unanchored at its end takes
 * the whole numeral (`VIII`, not `V`). Shared with the outline's contents (`outline/contents.ts`), which read the same
 * numbers before its entries and the headings they name.
 */
export const ROMAN_TO_TEN = 'VIII|VII|VI|IV|IX|V|X|III|II|I';

/**
 * What may stand before an entry's title: a dash or bullet, a section number, a roman one, glued on to a capitalised
 * word (`IAlgemeen`, 2200) but not into a word in capitals (`VRAGEN`, 381).
 */
const ENTRY_PREFIX = new RegExp(
  String.raw`^(?:[–—•·-]\s*)?(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|(?:${ROMAN_TO_TEN})(?:\.|(?=\s|\p{Lu}\p{Ll})))?\s*`,
  'u',
);
/** What may follow it: its page, after a leader or in a table's cell. */
const ENTRY_SUFFIX = /(?:\s*\|.*|(?<!\d)[\s.…·]*\d{1,3})$/u;

/**
 * The title an entry names, to know it again where its section begins: `1. Inleiding 1`, `1.1Inleiding2`, `I.
 * Inleiding`, `1 INLEIDING` all name `inleiding` (2733, 1962); `IAlgemeen 1` and `I ALGEMEEN` name `algemeen` (2200).
 */
export function contentsKey(line: string): string {
  return line.replace(ENTRY_SUFFIX, '').replace(ENTRY_PREFIX, '').trim().toLowerCase();
}

/** The table of contents whose heading word starts at `at`, or null when it is no heading line of its own. */
function tableAt(s: string, at: number): Span | null {
  if (at < 0) return null;
  const lineStart = s.lastIndexOf('\n', at) + 1;
  let lineEnd = s.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = s.length;
  // `inhoud` is a common word: most lines holding it are long running text, ruled out before any copy.
  if (lineEnd - lineStart > MAX_HEADING_LINE) return null;
  if (!isContentsTitle(s.slice(lineStart, lineEnd))) return null;
  let end = -1;
  let entries = 0;
  // Entry lines follow, blank lines of spaces between groups allowed (538); an empty line after them, or a
  // line that is no entry, ends the table.
  for (let start = lineEnd + 1; start < s.length;) {
    let next = s.indexOf('\n', start);
    if (next < 0) next = s.length;
    const line = s.slice(start, next);
    if (line.trim() === '') {
      if (line === '' && end >= 0) break;
    } else if (line.length <= MAX_ENTRY && ENTRY_LINE.test(line)) {
      end = next;
      entries++;
    } else if (end < 0 && PAGE_HEAD_LINE.test(line)) {
      // The page column's head on a line of its own before the first entry: `Inhoudsopgave`, ``, `  Blz.` (2741).
    } else {
      break;
    }
    start = next + 1;
  }
  return entries < MIN_ENTRIES ? null : { start: lineStart, end };
}

/**
 * The titles the entries of the table `span` name (`contentsKey`): `1 Inleiding2` names `inleiding`, so the line
 * `1 Inleiding` after the table is its section, not a note (1785).
 */
export function contentsEntryKeys(s: string, span: Span): Set<string> {
  const keys = new Set<string>();
  for (const line of s.slice(span.start, span.end).split('\n').slice(1)) {
    const key = contentsKey(line);
    if (key !== '') keys.add(key);
  }
  return keys;
}

/** Does `at` lie in one of `spans` (sorted, few)? */
export function inTableOfContents(spans: readonly Span[], at: number): boolean {
  for (const span of spans) if (at >= span.start && at < span.end) return true;
  return false;
}

/**
 * A numbered entry of a table of contents without its heading, the page glued to the title:
 * `2.2.Emissieregistratie3`, `3.1.Artikel 210` (867, whose page prints no `Inhoudsopgave`). The title may end
 * in a number itself (`Artikel 2`), so the line need only end in digits.
 */
const NUMBERED_ENTRY = /^\d{1,2}(?:\.\d{1,2})*\.[ \t]?\S[^\n]{0,140}\d[ \t]*$/u;

/** A headless table lists this many numbered entries in a row at least, so one numbered line is not one. */
const MIN_NUMBERED_ENTRIES = 3;

/**
 * Is [at, end) the page number that ends a line of a table of contents without heading: a numbered entry among
 * numbered entries (MIN_NUMBERED_ENTRIES in a row, counting it)? Looks only at the lines around it, as a
 * marker's rules do.
 */
export function inNumberedContents(s: string, at: number, end: number): boolean {
  let k = end;
  while (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x09) k++;
  if (k < s.length && s.charCodeAt(k) !== 0x0a) return false;
  const start = s.lastIndexOf('\n', at - 1) + 1;
  if (!isNumberedEntry(s, start)) return false;
  let rows = 1;
  // Lines above, then lines below, while they are entries too.
  for (let nl = start - 1; nl > 0 && rows < MIN_NUMBERED_ENTRIES; nl = s.lastIndexOf('\n', nl - 1)) {
    const above = s.lastIndexOf('\n', nl - 1) + 1;
    if (!isNumberedEntry(s, above)) break;
    rows++;
    if (above === 0) break;
  }
  for (
    let next = s.indexOf('\n', at);
    next >= 0 && rows < MIN_NUMBERED_ENTRIES;
    next = s.indexOf('\n', next + 1)
  ) {
    if (!isNumberedEntry(s, next + 1)) break;
    rows++;
  }
  return rows >= MIN_NUMBERED_ENTRIES;
}

/** Is the line that starts at `start` a numbered entry (NUMBERED_ENTRY)? */
function isNumberedEntry(s: string, start: number): boolean {
  if (!isDigit(s.charCodeAt(start))) return false; // most lines: no number first, no copy
  let end = s.indexOf('\n', start);
  if (end < 0) end = s.length;
  return end - start <= MAX_ENTRY && NUMBERED_ENTRY.test(s.slice(start, end));
}
