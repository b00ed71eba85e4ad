import { DAY_DATE_SOURCE, isoFromGroups } from './dutch-date';
import type { CitedPaperRef } from './types';
import { WindowedMatcher, hintPositions } from './windowed-matches';

/** A full citation as the short-form resolver sees it (normalized offsets). */
export interface Antecedent {
  start: number;
  end: number;
  refs: CitedPaperRef[];
  date: string | null;
  self: boolean;
}

export interface ShortForm {
  start: number;
  end: number;
  /** The full citation it stands for. */
  target: Antecedent;
}

/** `voornoemde brief`, `genoemde brief van 17 juni 2022`, `de eerder genoemde Kamerbrief d.d. …`. */
const NAMED_LETTER = new RegExp(
  `\\b(?:voornoemde|voormelde|(?:boven|eerder ?|hiervoor ?)?genoemde)\\s{1,4}(?:[Kk]amer)?brief\\b(?:\\s{1,4}(?:van|d\\.d\\.)\\s{1,4}(?:d\\.d\\.\\s{1,4})?${DAY_DATE_SOURCE})?`,
  'iy',
);
/** `(idem)`, `(ibid.)`, or a footnote that says only `2 Idem.`. */
const IDEM =
  /\((?:idem|ibidem|ibid\.?)\)|^[ \t]{0,8}\d{0,3}[ \t]{0,8}(?:idem|ibidem|ibid\.)[ \t]{0,8}\.?[ \t]{0,8}$/imy;
/**
 * Both patterns are only tried near their words (see `windowed-matches.ts`), found in one scan: every
 * NAMED_LETTER match has `noemde` or `melde` 2 to 11 code units after its start (`genoemde` at the start,
 * `hiervoor genoemde` at the far end); every IDEM match has its word at most 19 code units after its start
 * (`^`, then up to 8 spaces, 3 digits and 8 spaces). Hint words cannot hide each other: the one overlap,
 * `idem` inside `ibidem`, is found as `ibid`.
 */
const HINT = /noemde|melde|idem|ibid/gi;
const NAMED_LETTER_WINDOW = [-11, -2] as const;
const IDEM_WINDOW = [-19, 0] as const;

/** A full citation starting this close after a short form belongs to it (`genoemde brief (Kamerstuk …)`). */
const NEAR = 4;

function refKey(r: CitedPaperRef): string {
  return r.id ?? `${r.type}:${r.dossier}:${r.number}`;
}

/** First index in `full` (sorted, non-overlapping) whose start is at or after `pos`. */
function firstStartingAt(full: readonly Antecedent[], pos: number): number {
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((full[mid] as Antecedent).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function allKamerstukken(refs: readonly CitedPaperRef[]): boolean {
  for (const r of refs) if (r.type !== 'kamerstuk') return false;
  return true;
}

/** `idem` and `ibid` start with `i`; `noemde` and `melde` do not. */
function isIdemHint(text: string, h: number): boolean {
  return (text.charCodeAt(h) | 0x20) === 0x69;
}

/** The cited letters seen so far, grown as the scan moves on (keeps resolution linear). */
class LettersSoFar {
  private next = 0;
  readonly ids = new Set<string>();
  private readonly byDate = new Map<string, { ids: Set<string>; last: Antecedent }>();
  last: Antecedent | null = null;

  constructor(private readonly full: readonly Antecedent[]) {}

  /** Takes in every citation that ends at or before `pos`. */
  advance(pos: number): void {
    while (this.next < this.full.length && (this.full[this.next] as Antecedent).end <= pos) {
      const a = this.full[this.next++] as Antecedent;
      if (!allKamerstukken(a.refs)) continue;
      this.last = a;
      for (const r of a.refs) this.ids.add(refKey(r));
      if (a.date) {
        const entry = this.byDate.get(a.date) ?? { ids: new Set<string>(), last: a };
        for (const r of a.refs) entry.ids.add(refKey(r));
        entry.last = a;
        this.byDate.set(a.date, entry);
      }
    }
  }

  /** The one letter of that date, or the one letter at all; null when ambiguous or absent. */
  unique(iso: string | null): Antecedent | null {
    if (iso) {
      const entry = this.byDate.get(iso);
      return entry && entry.ids.size === 1 ? entry.last : null;
    }
    return this.ids.size === 1 ? this.last : null;
  }
}

/**
 * Resolves short forms to the full citation they refer to, only where the text makes that
 * unambiguous: a dated form matches exactly one earlier letter with that date; an undated
 * `voornoemde brief` needs exactly one earlier cited letter; `(idem)` is the previous citation.
 * `full` must be sorted by start and non-overlapping.
 */
export function resolveShortForms(text: string, full: readonly Antecedent[]): ShortForm[] {
  const out: ShortForm[] = [];
  const letters = new LettersSoFar(full);

  const namedHints: number[] = [];
  const idemHints: number[] = [];
  for (const h of hintPositions(text, HINT)) (isIdemHint(text, h) ? idemHints : namedHints).push(h);
  const named = new WindowedMatcher(
    text,
    namedHints,
    NAMED_LETTER,
    NAMED_LETTER_WINDOW[0],
    NAMED_LETTER_WINDOW[1],
  );
  for (let m = named.exec(); m; m = named.exec()) {
    const start = m.index;
    const end = start + m[0].length;
    // Inside a full citation, or followed at once by one (`genoemde brief (Kamerstuk …)`): not a short form.
    const after = full[firstStartingAt(full, start)];
    if (after && after.start <= end + NEAR) continue;
    const inside = full[firstStartingAt(full, start) - 1];
    if (inside && inside.end > start) continue;
    letters.advance(start);
    const iso = m[1] !== undefined || m[4] !== undefined ? isoFromGroups(m, 1) : null;
    if ((m[1] !== undefined || m[4] !== undefined) && !iso) continue;
    const target = letters.unique(iso);
    if (target) out.push({ start, end, target });
  }

  const idem = new WindowedMatcher(text, idemHints, IDEM, IDEM_WINDOW[0], IDEM_WINDOW[1]);
  for (let m = idem.exec(); m; m = idem.exec()) {
    // The span is the word itself (`Idem`), or the whole parenthesis: never the footnote number.
    const word = /(?:idem|ibidem|ibid)\.?/i.exec(m[0]);
    const start = m[0].startsWith('(') || !word ? m.index : m.index + word.index;
    const end = m[0].startsWith('(') || !word ? m.index + m[0].length : start + word[0].length;
    const i = firstStartingAt(full, start);
    // The previous citation must have ended before the short form.
    const prior = full[i - 1];
    const target = prior && prior.end <= start ? prior : full[i - 2];
    if (target) out.push({ start, end, target });
  }
  return out.sort((a, b) => a.start - b.start);
}
