/**
 * The tables of contents of a text as its lines show them, read once for the outline's rules: the heading rules take
 * no heading from an entry and know the sections the entries name; the footnote rules take no note from a page number
 * (`Reactie van de minister` / `6`, 2452).
 *
 * A table's title is `Inhoudsopgave` or `Inhoud` on a line of its own (`contentsTitleWord`). Its entries name
 * sections that come later, with their page numbers glued on, after them or on lines of their own, or with none; the
 * text after it begins at the section its first entry names or at the first line with a paragraph under it
 * (`contentsLine`). A table that lost its title is told by its end alone: the text begins at its first entry's
 * section, and its entries carry their pages (`readUntitled`). `text/table-of-contents.ts` reads the layout with the
 * page glued on (`1.1Inleiding2`) from the text alone, for normalization.
 */
import {
  contentsKey,
  contentsTitleWord,
  endsInPage,
  isContentsFiller,
  ROMAN_TO_TEN,
} from '../text/table-of-contents';
import { endsSentence, type Line, nextNonBlank, prevNonBlank, startsLower } from './lines';

/** Longer than this, a line in a table of contents is running text (the same bound as `table-of-contents.ts`). */
export const MAX_CONTENTS_ENTRY = 150;
/** A page number alone on its line, under the title of its entry (`Inleiding` / `2`, 1437). */
const PAGE_NUMBER = /^\d{1,3}$/;

/** What the tables of contents of a text make of its lines. */
export interface ContentsLines {
  /**
   * The lines of the tables' entries: titles, their numbers and pages on lines of their own (`I.` / `Vragen en
   * opmerkingen uit de fracties` / `2`, 2452), leaders, the page column's head. Neither a heading nor a note.
   */
  entries: ReadonlySet<number>;
  /**
   * The tables' titles, and the lines where the text after a table begins at the section its first entry names
   * (`I. VRAGEN EN OPMERKINGEN UIT DE FRACTIES`, 2452): headings whatever follows them.
   */
  named: ReadonlySet<number>;
  /** The titles the entries name (`contentsKey`), each with the line of its first entry: sections that come later. */
  listed: ReadonlyMap<string, number>;
}

/** The tables of contents among lines `from…`. */
export function readContents(lines: readonly Line[], from: number): ContentsLines {
  const entries = new Set<number>();
  const named = new Set<number>();
  const listed = new Map<string, number>();
  let contents: Contents | null = null;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    if (contents !== null) {
      const role = contentsLine(lines, line, contents);
      if (role === 'entry') {
        entries.add(i);
        continue;
      }
      if (role === 'named') named.add(i);
      contents = null;
    }
    // The title of a table of contents is a heading whatever its first entry looks like (`Inhoudsopgave` /
    // `Inleiding` / `VVD-fractie`, 1974), the page column's head perhaps on its line (`Inhoudsopgave blz.`, 2733).
    if (contentsTitleWord(line.text) !== null) {
      contents = { firstKey: null, firstNumber: null, listed };
      named.add(i);
    }
  }
  readUntitled(lines, from, entries, named, listed);
  return { entries, named, listed };
}

/** A table without its title lists this many entries with their pages at least. */
const MIN_UNTITLED_ENTRIES = 2;

/**
 * The tables of contents that lost their title, told by the text after them: it begins at the section the first entry
 * names, its title again without a page (`I` / `Vragen en opmerkingen vanuit de fracties en reactie van de Minister`
 * / `2` / `Vragen en opmerkingen van de leden van de PVV-fractie` / `2` / … / `I Vragen en opmerkingen vanuit de
 * fracties en reactie van de Minister`, 322). Every line between is an entry (`contentsLine`), and two of them at least
 * carry their pages.
 */
function readUntitled(
  lines: readonly Line[],
  from: number,
  entries: Set<number>,
  named: Set<number>,
  listed: Map<string, number>,
): void {
  // The lines with a page, by the title they name: the first entries such a table may have.
  const paged = new Map<string, number>();
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    const t = line.text;
    if (t === '' || t.length > MAX_LONG_ENTRY || entries.has(i) || named.has(i) || isContentsFiller(t))
      continue;
    const next = nextNonBlank(lines, i);
    const pageBelow = next !== undefined && PAGE_NUMBER.test(next.text) && !numbersParagraph(lines, next);
    if (isRunningText(t) && !(pageBelow && isLongEntry(t))) continue;
    const key = contentsKey(t);
    if (key === '') continue;
    if (endsInPage(t) || pageBelow) {
      if (!paged.has(key)) paged.set(key, i);
      continue;
    }
    const first = paged.get(key);
    if (first === undefined) continue;
    const table = untitledTable(lines, first, i);
    if (table === null) continue;
    for (const e of table.entries) entries.add(e);
    named.add(i);
    for (const [k, at] of table.listed) if (!listed.has(k)) listed.set(k, at);
    // Its entries start no other table.
    for (const [k, at] of paged) if (at < i) paged.delete(k);
  }
}

/**
 * The table whose first entry is line `first` and after which the text begins at line `named`, its first entry's
 * title again, or null when the lines between are not all entries or too few carry their pages. The number of the
 * first entry may stand on the line above it (`I` / `Vragen en opmerkingen vanuit de fracties …` / `2`, 322).
 */
function untitledTable(
  lines: readonly Line[],
  first: number,
  named: number,
): { entries: number[]; listed: Map<string, number> } | null {
  const above = prevNonBlank(lines, first);
  const number = above !== undefined && isContentsFiller(above.text) ? leadingNumber(above.text) : null;
  const contents: Contents = { firstKey: null, firstNumber: number, listed: new Map() };
  const found = number === null || above === undefined ? [] : [above.index];
  let withPage = 0;
  for (let i = first; i < named; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    if (contentsLine(lines, line, contents) !== 'entry') return null;
    found.push(i);
    if (
      !isContentsFiller(line.text) &&
      (endsInPage(line.text) || PAGE_NUMBER.test(nextNonBlank(lines, i)?.text ?? ''))
    )
      withPage++;
  }
  const end = contentsLine(lines, lines[named] as Line, contents);
  return end === 'named' && withPage >= MIN_UNTITLED_ENTRIES
    ? { entries: found, listed: contents.listed }
    : null;
}

/** A table of contents being read. */
interface Contents {
  /** The title its first entry names, once seen. */
  firstKey: string | null;
  /** The number of its first entry (`I`, `1.` → `1`), once seen. */
  firstNumber: string | null;
  /** The titles its entries name (shared by all the tables of the text), each with its first entry's line. */
  listed: Map<string, number>;
}

/**
 * The number that opens an entry or a heading: `I` in `I Vragen …` and in `I` alone, `1` in `1.`, `1 Inleiding`,
 * `1Inleiding3`, `2.1` in `2.1 Horizontale afstemming3`.
 */
const LEADING_NUMBER = new RegExp(
  String.raw`^(\d{1,2}(?:\.\d{1,2}){0,3}|${ROMAN_TO_TEN})\.?(?=\s|$|\p{Lu}\p{Ll})`,
  'u',
);

function leadingNumber(t: string): string | null {
  return LEADING_NUMBER.exec(t)?.[1] ?? null;
}

/** Is `t` running text, where a table of contents can't be any more: a sentence's end, or too long for an entry? */
function isRunningText(t: string): boolean {
  return !isContentsFiller(t) && (endsSentence(t) || t.length > MAX_CONTENTS_ENTRY);
}

/** Longer than this, a line is running text even with a page number under it. */
const MAX_LONG_ENTRY = 300;

/**
 * An entry too long for `MAX_CONTENTS_ENTRY`, told by the page number on the line under it: `3.` / `Kabinetsreactie op
 * het rapport «Voorbereiden op digitale ontwrichting» van de Wetenschappelijke Raad voor het Regeringsbeleid (WRR) en
 * een overzicht van de geleerde lessen van de Citrix-problematiek` (162 characters) / `5` (2673). No sentence ends it.
 */
function isLongEntry(t: string): boolean {
  return t.length <= MAX_LONG_ENTRY && !endsSentence(t);
}

/**
 * Does a paragraph start at `line`: running text, or a hard-wrapped line run on in lower case (`De leden van de
 * fractie van GroenLinks-PvdA hebben kennisgenomen van het initiatiefvoorstel` / `van het lid Bontenbal. …`, 712)?
 * An entry wrapped the same way has its page under the rest (`… en reactie van de` / `bewindspersonen` / `6`, 1563).
 */
function startsParagraph(lines: readonly Line[], line: Line): boolean {
  if (isRunningText(line.text)) return true;
  const rest = lines[line.index + 1];
  if (rest === undefined || !startsLower(rest.text)) return false;
  const after = nextNonBlank(lines, rest.index);
  return after === undefined || !isContentsFiller(after.text);
}

/**
 * What `line` is to the table of contents being read. Its entries name sections that come later, each with its page
 * number glued on, after it (`1. Algemeen 1`, 2866), or on a line of its own (`1. Inleiding` / `1`, 2722; `1.` /
 * `Inleiding` / `1`, 1823), or with none at all (`Inleiding` / `VVD-fractie` / … / `BBB-fractie`, 1974). The table
 * ends where the text begins: at running text, at a line with a paragraph under it (`1. Inleiding` / `De leden van
 * de CDA-fractie …`, 1461), or at the section its first entry names (`Inleiding` again, without a page, 1974): that
 * line is a heading whatever follows it (`I VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES` / `1 Inleiding`, 1785).
 */
function contentsLine(lines: readonly Line[], line: Line, contents: Contents): 'entry' | 'end' | 'named' {
  const t = line.text;
  if (isContentsFiller(t)) {
    // The number of the first entry may stand on a line of its own, its title under it (`I` / `Vragen en
    // opmerkingen vanuit de fracties …` / `2`, 445).
    if (contents.firstKey === null) contents.firstNumber ??= leadingNumber(t);
    return 'entry';
  }
  const next = nextNonBlank(lines, line.index);
  const pageBelow = next !== undefined && PAGE_NUMBER.test(next.text) && !numbersParagraph(lines, next);
  if (isRunningText(t) && !(pageBelow && isLongEntry(t))) return 'end';
  const paged = endsInPage(t) || pageBelow;
  if (!paged) {
    const key = contentsKey(t);
    if (contents.firstKey !== null) {
      if (key === contents.firstKey) return 'named';
      // A table lists each number once: the first entry's number again opens the text, whatever the title says (`I
      // Vragen en opmerkingen vanuit de fracties en en reactie …` under `I` / `Vragen en opmerkingen vanuit de
      // fracties en reactie …`, 445).
      if (contents.firstNumber !== null && leadingNumber(t) === contents.firstNumber) return 'named';
    }
    if (next !== undefined && startsParagraph(lines, next)) return 'end';
    // A question's number under it, no page: the text has begun (`Vragen en antwoorden op het Jaarverslag Jeugd &
    // Gezin 2009 – Volksgezondheid, Welzijn en Sport:` / `1` / `Hoeveel geld is er in 2009 …?`, 227).
    if (next !== undefined && PAGE_NUMBER.test(next.text)) return 'end';
  }
  if (contents.firstKey === null) {
    contents.firstKey = contentsKey(t) || null;
    contents.firstNumber ??= leadingNumber(t);
  }
  const key = contentsKey(t);
  if (key !== '' && !contents.listed.has(key)) contents.listed.set(key, line.index);
  return 'entry';
}

/**
 * Is the number alone on line `page` the number of a question, not a page: running text under it (`1. Inleiding` /
 * `1` / `Zijn de beide bewindslieden bereid …?`, 988)? A page number has the next entry under it, or nothing.
 */
function numbersParagraph(lines: readonly Line[], page: Line): boolean {
  const after = nextNonBlank(lines, page.index);
  return after !== undefined && isRunningText(after.text);
}
