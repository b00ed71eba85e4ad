import { NUMBERED } from './heading-shapes';
import { MAX_RULE_LINE, nextNonBlank, type Line } from './lines';
import type { LineEntry } from './question-shapes';

/**
 * Numbered lines that are a list, not headings: runs of items numbered one after another, or each ending in a page
 * number (a table of contents); and lines that open with the same label (`Fiche: …`).
 */

/**
 * The entries without the numbered lines that are a list's items, not sections: a run of two or more numbered lines
 * of the same depth, numbered one after another, with nothing but blank lines between them (`Daarbij is de inzet
 * gericht op drie hoofdpunten.` / `1. Beschikbaarheid van geneesmiddelen` / `2. Innovatie en flexibele
 * beoordelingsprocessen` / `3. Weerbaarheid` / `Naast deze drie hoofdpunten …`, 2407), or each with its page number
 * (`pagedOn`). A section holds text before the next one begins.
 */
export function withoutListRuns(lines: readonly Line[], entries: LineEntry[]): LineEntry[] {
  const items = new Set<number>();
  let run: LineEntry[] = [];
  const close = (): void => {
    if (run.length >= 2) for (const e of run) items.add(e.line);
    run = [];
  };
  for (const e of entries) {
    const prev = run.at(-1);
    if (
      prev &&
      !(
        follows(lines, prev.line, e.line) &&
        (nextNumber(lines, prev.line, e.line) || pagedOn(lines, prev.line, e.line))
      )
    )
      close();
    if (NUMBERED.test((lines[e.line] as Line).text.slice(0, MAX_RULE_LINE))) run.push(e);
    else close();
  }
  close();
  return items.size === 0 ? entries : entries.filter((e) => !items.has(e.line));
}

/**
 * Do the numbered lines `a` and `b` both end in a page number, `b`'s no lower: entries of a table of contents that
 * skips a number (`8. Flexibiliteit 5` / `10. Staatsnoodrecht 7`, 682) or goes a level deeper, where `nextNumber` no
 * longer tells. Two sections, one right under the other, do not both end in a number.
 */
function pagedOn(lines: readonly Line[], a: number, b: number): boolean {
  const pa = PAGE_AT_END.exec((lines[a] as Line).text);
  const pb = PAGE_AT_END.exec((lines[b] as Line).text);
  return pa !== null && pb !== null && Number(pb[1]) >= Number(pa[1]);
}

/** A page number at a line's end, after a space or a leader: `10. Staatsnoodrecht 7`. */
const PAGE_AT_END = /[\p{L})][\s.…·]*\s(\d{1,3})$/u;

/** A label before a colon that opens a line: `Fiche: …`. */
const LINE_LABEL = /^(\p{Lu}[\p{L}-]{1,24}):\s/u;

/** Do the lines `a` and `b` open with the same label (`LINE_LABEL`)? */
export function sameLabel(a: string, b: string): boolean {
  const la = LINE_LABEL.exec(a);
  return la !== null && b.startsWith(la[0]);
}

/** Is line `b` the next non-blank line after line `a`? */
function follows(lines: readonly Line[], a: number, b: number): boolean {
  return nextNonBlank(lines, a)?.index === b;
}

/** Is the numbered line `b` numbered next after the numbered line `a`, at the same depth (`1.` then `2.`, `2.1` then `2.2`)? */
export function nextNumber(lines: readonly Line[], a: number, b: number): boolean {
  const na = NUMBERED.exec((lines[a] as Line).text.slice(0, MAX_RULE_LINE));
  const nb = NUMBERED.exec((lines[b] as Line).text.slice(0, MAX_RULE_LINE));
  if (!na || !nb || na[2] !== nb[2]) return false;
  const pa = (na[1] as string).split('.');
  const pb = (nb[1] as string).split('.');
  if (pa.length !== pb.length) return false;
  const last = pa.length - 1;
  return (
    pa.slice(0, last).join('.') === pb.slice(0, last).join('.') && Number(pb[last]) === Number(pa[last]) + 1
  );
}
