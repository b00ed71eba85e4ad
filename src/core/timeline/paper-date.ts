import type { DocumentKind, Span } from '../types';
import { MAX_LABEL, ONLY_FULL_STOP_AFTER, lastNonBlankBefore } from './label-chars';
import { capitalize } from './plain-label';

/**
 * The label of a paper's own date line, `Vastgesteld 10 juni 2025` below `LIJST VAN VRAGEN EN ANTWOORDEN` (2715),
 * `Voorgesteld 5 december 2017` below `D MOTIE VAN HET LID KOX C.S.` (2592), `Ontvangen 15 december 2020` below `Nr. 6
 * NOTA NAAR AANLEIDING VAN VERSLAG` (1296): the paper's kind, from the line in capitals above, and the line's word, as
 * the head of written questions gives `Vragen ingezonden` (see `headerFormulaLabel`). The label was the line itself,
 * which said its date again beside the date and not what was adopted, proposed or received: about one label in seven
 * of the corpus. Where no kind line stands right above (a metadata row, 1645), the paper's own kind (`ownKind`) when
 * the date is the paper's own. A bare date line right below the kind line is labelled by the kind alone (see
 * `bareDateLineLabel`). Null for any other date.
 */
export function paperDateLabel(
  original: string,
  date: Span,
  /**
   * The paper's kind as a label's opening (see `paperKindName`) when this date is the paper's own date, else null: what
   * labels the date line where the opening lacks the kind line (`Vastgesteld 4 november 2022` right below zoek's
   * metadata rows, 1645).
   */
  ownKind: string | null = null,
): string | null {
  // Most dates follow no such word: ruled out by the character before their white space (`d` or `n`) first.
  const k = lastNonBlankBefore(original, date.start);
  const c = original.charCodeAt(k);
  if (c === 0x0a) return bareDateLineLabel(original, date, k + 1);
  if (c !== 0x64 && c !== 0x6e && c !== 0x70 && c !== 0x3a && c !== 0x2c) return null;
  // Only the last stretch before the date is read: a scan back to the line's start for every date is quadratic on a
  // long line of dates (the core fuzz's 4 MB).
  const from = Math.max(0, date.start - OPENING_REACH);
  const opening = DATE_LINE_OPENING.exec(original.slice(from, date.start));
  if (!opening || !ONLY_FULL_STOP_AFTER.test(original.slice(date.end, date.end + 8))) return null;
  // A match at the stretch's start opens a line only where the text or a line does.
  const newline = opening[0].charCodeAt(0) === 0x0a;
  if (!newline && from > 0 && original.charCodeAt(from - 1) !== 0x0a) return null;
  const lineStart = from + opening.index + (newline ? 1 : 0);
  const kind = kindAbove(original, lineStart) ?? ownKind;
  if (kind === null) return null;
  const label = `${kind} ${(opening[1] as string).toLowerCase()}`;
  return label.length <= MAX_LABEL ? label : null;
}

/**
 * The label of a date alone on its line (from `lineStart`) right below the paper's kind line, with no word before it
 * (`VERSLAG VAN EEN ALGEMEEN OVERLEG\n\n8 december 1995`, 1750): the kind, which says whose date it is. Null
 * under any other line: a bare date line elsewhere is a table's cell or a list's value, which the paper's kind does
 * not label.
 */
function bareDateLineLabel(original: string, date: Span, lineStart: number): string | null {
  if (!ONLY_FULL_STOP_AFTER.test(original.slice(date.end, date.end + 8))) return null;
  const kind = kindAbove(original, lineStart);
  return kind !== null && kind.length <= MAX_LABEL ? kind : null;
}

/**
 * The paper's kind (`document.kind`) as the opening of its date line's label, for the kinds whose papers have such a
 * line: `Verslag vastgesteld`, `Nota ontvangen`, `Motie voorgesteld`. Null for letters, answers (their head's own
 * label: see `headerFormulaLabel`) and any other paper.
 */
export function paperKindName(kind: DocumentKind | null): string | null {
  switch (kind) {
    case 'verslag':
    case 'lijst van vragen en antwoorden':
    case 'nota':
    case 'motie':
    case 'amendement':
    case 'wetsvoorstel':
    case 'memorie van toelichting':
      return capitalize(kind);
    default:
      return null;
  }
}

/** The word of a paper's date line before its date, alone on the line (see `VASTGESTELD` in `date-line-openings.ts`). */
const DATE_LINE_OPENING = /(?:^|\n)[^\S\n]*(Vastgesteld|Voorgesteld|Ontvangen)(?:[^\S\n]+op)?[:,]?[^\S\n]*$/;
/** How far before its date the line's word is looked for: `Vastgesteld op: ` and some white space. */
const OPENING_REACH = 40;

/** How far above its date line the kind line is looked for: blank lines between, no more. */
const KIND_REACH = 300;

/**
 * The paper's kind from the last non-blank line before `lineStart`, in sentence case: its line in capitals without
 * the number or letter in front (`Nr. 6`, `D`, `CH1`, `HERDRUK1`), footnote digits and who made it (`MOTIE VAN HET
 * LID KOX C.S.` is `Motie`, `VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR …` is `Voorlopig verslag`). Null when
 * that line is no such line.
 */
function kindAbove(original: string, lineStart: number): string | null {
  const above = original.slice(Math.max(0, lineStart - KIND_REACH), lineStart).trimEnd();
  const lineFrom = above.lastIndexOf('\n') + 1;
  const line = above.slice(lineFrom).trim();
  return (
    kindOfLine(line) ??
    // A kind line wrapped onto a second line: `GEWIJZIGD AMENDEMENT VAN DE LEDEN GEURTS EN HARBERS TER VERVANGING VAN
    // DAT GEDRUKT` above `ONDER NR. 19` (1046).
    (lineFrom > 0
      ? kindOfLine(`${above.slice(above.lastIndexOf('\n', lineFrom - 2) + 1, lineFrom).trim()} ${line}`)
      : null)
  );
}

/** The paper's kind from its kind line `line` (see `kindAbove`), or null. */
function kindOfLine(line: string): string | null {
  const m = KIND_LINE.exec(line);
  if (!m) return null;
  const kind = (m[1] as string).replace(FOOTNOTE_DIGITS, '').replace(MADE_BY, '').trim();
  if (!KIND_WORD.test(kind)) return null;
  return capitalize(kind.toLowerCase());
}

/**
 * A kind line: a number or a letter code in front if any, and `HERDRUK` (`Nr. 73 HERDRUK1 VERSLAG VAN EEN ALGEMEEN
 * OVERLEG`, 2413; `B HERDRUK1 VOORLOPIG VERSLAG …`, 30), then capitals (with their footnote digits) to its
 * end, or to a comma typed for the full stop of `C.S.` (`Nr. 12 MOTIE VAN HET LID BOUWMEESTER C.S,`, 1882). Group 1 is
 * the kind.
 */
const KIND_LINE =
  /^(?:(?:Nr\.|nr\.)\s*\d+\s+|[A-Z]{1,2}\d?\s+(?=[A-Z]{3})|HERDRUK\d?\s+){0,2}(\p{Lu}[\p{Lu}\d .,'’/&()-]*[\p{Lu}.\d)]),?$/u;
/** Footnote digits glued to a word of capitals (`JUSTITIE1`). */
const FOOTNOTE_DIGITS = /(?<=\p{Lu})\d+/gu;
/**
 * Who made or holds the paper, or names after its kind, which capitals do not tell from other words: `VAN HET LID …`,
 * `VAN DE LEDEN …`, `VAN DE VASTE COMMISSIE …`, `ONDER NR. …`, any `VAN …` after a motion or amendment (`MOTIE VAN HET
 * DIK-FABER C.S.`, a line that lost its `LID`), `VAN DE STATEN VAN ARUBA`, a place (`… IN KOPENHAGEN`).
 */
const MADE_BY =
  /\s+(?:VAN\s+(?:HET\s+LID|DE\s+LEDEN|DE\s+(?:VASTE\s+)?COMMISSIE|DE\s+STATEN)|ONDER\s+NR\.|IN\s+[A-Z-]+$).*$|(?<=(?:MOTIE|AMENDEMENT))\s+VAN\s.*$/;
/** A kind's first word: one of the words papers' kinds open with, after an ordinal (`ZEVENDE NOTA VAN WIJZIGING`, 795). */
const KIND_WORD =
  /^(?:(?:GEWIJZIGDE?|NADERE?|VOORLOPIG|EERSTE|TWEEDE|DERDE|VIERDE|VIJFDE|ZESDE|ZEVENDE|ACHTSTE|NEGENDE|TIENDE)\s+)*(?:MOTIE|AMENDEMENT|VERSLAG|LIJST|NOTA|MEMORIE|BRIEF|EINDVERSLAG)\b/;
