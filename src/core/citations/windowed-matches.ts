/**
 * Runs a pattern as a global regex would, but tries it only near the hits of a cheap hint scan.
 *
 * A pattern that opens with an optional prefix or a case-insensitive alternation (`(Aanhangsel …)?Handelingen`,
 * `voornoemde|…genoemde brief`) costs several plain scans when tried at every position. Every match of such
 * a pattern holds one of a few literal words at a bounded distance from its start, so a fast scan for those
 * words (the hints) plus a sticky attempt at each position of the window before each hint finds exactly the
 * same matches: positions are tried in increasing order, each once, and after a match the search resumes at
 * its end (or where the caller skips to), as `lastIndex` does for a global regex.
 */

/** Where `hint` (a global regex) matches in `text`. */
export function hintPositions(text: string, hint: RegExp): number[] {
  const out: number[] = [];
  hint.lastIndex = 0;
  for (let h = hint.exec(text); h; h = hint.exec(text)) out.push(h.index);
  return out;
}

/** Does `units` (a few code units) hold `c`? */
function holdsCodeUnit(units: string, c: number): boolean {
  for (let k = 0; k < units.length; k++) if (units.charCodeAt(k) === c) return true;
  return false;
}

export class WindowedMatcher {
  /** The first position not yet tried: a global regex's `lastIndex`. */
  private position = 0;
  /** The last position of the current hint's window. */
  private windowEnd = -1;
  private nextHint = 0;

  /**
   * `sticky` must have the `y` flag; `hints` are ascending. The caller guarantees that every match of the
   * pattern starts within [h + from, h + to] of some hint h, and with one of the code units `firstUnits`
   * (when not empty): a position starting with another one is passed over without a regex call, as the
   * pattern would fail there.
   */
  constructor(
    private readonly text: string,
    private readonly hints: readonly number[],
    private readonly sticky: RegExp,
    private readonly from: number,
    private readonly to: number,
    private readonly firstUnits: string = '',
  ) {}

  /** The next match, as `exec` of the global pattern would return it; null at the end. */
  exec(): RegExpExecArray | null {
    for (;;) {
      while (this.position <= this.windowEnd) {
        if (this.firstUnits !== '' && !holdsCodeUnit(this.firstUnits, this.text.charCodeAt(this.position))) {
          this.position++;
          continue;
        }
        this.sticky.lastIndex = this.position;
        const m = this.sticky.exec(this.text);
        // An empty match would leave a global regex where it was; no pattern used here can match empty.
        this.position += m ? Math.max(1, m[0].length) : 1;
        if (m) return m;
      }
      if (this.nextHint >= this.hints.length) return null;
      const h = this.hints[this.nextHint++] as number;
      this.windowEnd = Math.min(h + this.to, this.text.length);
      this.position = Math.max(this.position, h + this.from);
    }
  }

  /** Resumes the search at `pos` or later (as raising `lastIndex` does). */
  skipTo(pos: number): void {
    this.position = Math.max(this.position, pos);
  }
}
