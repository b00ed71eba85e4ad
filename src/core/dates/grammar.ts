import { dayNumber, daysInMonth, isoMonth, isoOfDayNumber, nthWeekdayOfMonth, weekdayOf } from './calendar';
import {
  MONTHS,
  MONTH_ABBREVIATIONS,
  NUMBER_PREFIXES,
  NUMBER_SUFFIXES,
  ORDINALS,
  PARTS,
  SEASONS,
  WEEKDAYS,
  YEAR_CUES,
  YEAR_OFFSET_WORDS,
  type Part,
} from './lexicon';
import { dayPlacer, monthPlacer, yearPlacer, type Placer, type RawDate, type YearSpec } from './raw';
import { tokenize, type Token } from './tokens';

/**
 * The Dutch date grammar (docs/domain.md §6), written by hand over tokens.
 *
 * Why not chrono-node: it is not a dependency here, and its Dutch locale misses what letters write most
 * (`12 en 13 oktober` yields only the 13th; `begin 2023`, `medio 2025`, `eerste kwartaal`, `Q1 2026`,
 * `jl.`/`a.s.` and parliamentary anchors yield nothing), so nearly every rule would be a custom parser
 * anyway, while its year-less dates are resolved with English-news heuristics we would have to undo.
 * A token grammar keeps each rule next to its real example, refuses document numbers, times and
 * citation years by looking at neighbouring tokens, and stays linear: every rule looks ahead a bounded
 * number of tokens.
 */

/** Tokens that may be glued right before a day number (`(12 maart`, `30-31`). */
const DAY_OPENERS = new Set(['(', '[', '«', '"', '“', '‘', "'", '-', '–', '—', '‐', '‑', '−']);
const DASHES = new Set(['-', '–', '—', '‐', '‑', '−']);

/** Words after which a month without day and year is a date (`in november`, `sinds juni`). */
const MONTH_CUES = new Set([
  'in',
  'sinds',
  'vanaf',
  'per',
  'tot',
  'na',
  'voor',
  'vóór',
  'rond',
  'omstreeks',
  'tijdens',
  'gedurende',
  'maand',
  'uiterlijk',
  'half',
  'van',
]);

/** Prepositions (before an optional article) that make a bare season a date: `voor de zomer`. */
const SEASON_CUES: ReadonlyMap<string, YearSpec['kind']> = new Map([
  ['in', 'default'],
  ['tijdens', 'default'],
  ['rond', 'default'],
  ['sinds', 'default'],
  ['begin', 'default'],
  ['eind', 'default'],
  ['einde', 'default'],
  ['medio', 'default'],
  // `na de zomer` in a September letter is this year's summer, just ended.
  ['na', 'default'],
  ['voor', 'future'],
  ['vóór', 'future'],
  ['vanaf', 'future'],
  ['tot', 'future'],
  ['uiterlijk', 'future'],
]);

/** Prepositions before a parliamentary anchor that point at its next occurrence: `voor het zomerreces`. */
const ANCHOR_CUES = new Set([
  'voor',
  'vóór',
  'na',
  'rond',
  'rondom',
  'tot',
  'uiterlijk',
  'tijdens',
  'met',
  'vanaf',
]);

/** Words before a date or anchor that say which occurrence is meant. */
const RELATIVE_PREFIXES: ReadonlyMap<string, YearSpec> = new Map<string, YearSpec>([
  ['afgelopen', { kind: 'past' }],
  ['vorige', { kind: 'past' }],
  ['vorig', { kind: 'past' }],
  ['komende', { kind: 'future' }],
  ['komend', { kind: 'future' }],
  ['aankomende', { kind: 'future' }],
  ['aanstaande', { kind: 'future' }],
  ['eerstkomende', { kind: 'future' }],
  ['eerstvolgende', { kind: 'future' }],
  ['volgende', { kind: 'future' }],
  ['volgend', { kind: 'future' }],
  ['dit', { kind: 'offset', offset: 0 }],
  ['deze', { kind: 'offset', offset: 0 }],
]);

/** Parliamentary anchors: fixed days or recess periods, placed in a year. */
const ANCHORS: ReadonlyMap<string, Placer> = new Map<string, Placer>([
  // Third Tuesday of September (Grondwet art. 65).
  ['prinsjesdag', (y, r) => dayPlacer(9, nthWeekdayOfMonth(y, 9, 2, 3), null)(y, r)],
  // Third Wednesday of May (Comptabiliteitswet 2016, art. 2.37).
  ['verantwoordingsdag', (y, r) => dayPlacer(5, nthWeekdayOfMonth(y, 5, 3, 3), null)(y, r)],
  // Recesses move every year: their months, marked approximate.
  ['zomerreces', monthPlacer(7, 8, 'approximate')],
  ['kerstreces', monthPlacer(12, 1, 'approximate', 1)],
  ['herfstreces', monthPlacer(10, null, 'approximate')],
  ['voorjaarsreces', monthPlacer(2, null, 'approximate')],
  ['meireces', monthPlacer(5, null, 'approximate')],
  // The budget debates follow Prinsjesdag in October and November.
  ['begrotingsbehandeling', monthPlacer(10, 11, 'approximate')],
  ['begrotingsbehandelingen', monthPlacer(10, 11, 'approximate')],
]);

interface Match {
  next: number;
  dates: RawDate[];
}

interface YearHit {
  year: number;
  next: number;
  /** Char end: shorter than the token when a footnote digit is glued on (`20211`). */
  end: number;
}

interface RelHit {
  next: number;
  spec: YearSpec;
}

const MIN_YEAR = 1800;
const MAX_YEAR = 2199;
const isPlausibleBareYear = (y: number): boolean => y >= 1900 && y <= 2099;

class Grammar {
  /** Token indexes of years accepted so far: a later `en 2015` continues such a list. */
  private readonly acceptedYears = new Set<number>();

  constructor(private readonly t: readonly Token[]) {}

  // ---- token tests ----

  private word(i: number, w: string): boolean {
    const k = this.t[i];
    return k !== undefined && k.kind === 'word' && k.lower === w;
  }

  private punct(i: number, p: string): boolean {
    const k = this.t[i];
    return k !== undefined && k.kind === 'punct' && k.text === p;
  }

  private glued(i: number): boolean {
    return this.t[i]?.gap === 'none';
  }

  private isDash(i: number): boolean {
    const k = this.t[i];
    return k !== undefined && k.kind === 'punct' && DASHES.has(k.text);
  }

  /** Char end of the token before `i`. */
  private endBefore(i: number): number {
    return this.t[i - 1]?.end ?? 0;
  }

  /** A word with an optional glued period: `jl.`, `jl`. Returns the next index or -1. */
  private dotted(i: number, w: string, requireDot = false): number {
    if (!this.word(i, w)) return -1;
    if (this.punct(i + 1, '.') && this.glued(i + 1)) return i + 2;
    return requireDot ? -1 : i + 1;
  }

  /** Letters joined by glued periods: `j.l.`, `a.s.`, `d.d.`. */
  private abbreviation(i: number, letters: readonly string[]): number {
    if (!this.word(i, letters[0] as string)) return -1;
    let k = i + 1;
    for (let x = 1; x < letters.length; x++) {
      if (!(
        this.punct(k, '.') &&
        this.glued(k) &&
        this.word(k + 1, letters[x] as string) &&
        this.glued(k + 1)
      )) {
        return -1;
      }
      k += 2;
    }
    if (this.punct(k, '.') && this.glued(k)) k++;
    return k;
  }

  /** `t/m` (tot en met). */
  private tm(i: number): number {
    return this.word(i, 't') &&
      this.punct(i + 1, '/') &&
      this.glued(i + 1) &&
      this.word(i + 2, 'm') &&
      this.glued(i + 2)
      ? i + 3
      : -1;
  }

  /** Range connectors: a dash, `t/m`, `tot en met`, `tot`. */
  private rangeConnector(i: number): number {
    if (this.isDash(i)) return i + 1;
    const tm = this.tm(i);
    if (tm >= 0) return tm;
    if (this.word(i, 'tot')) return this.word(i + 1, 'en') && this.word(i + 2, 'met') ? i + 3 : i + 1;
    return -1;
  }

  /** List connectors: `,`, `en`, `of`, `, en`. */
  private listConnector(i: number): number {
    if (this.punct(i, ',')) return this.word(i + 1, 'en') ? i + 2 : i + 1;
    if (this.word(i, 'en') || this.word(i, 'of')) return i + 1;
    return -1;
  }

  /** The token before `i`, skipping an opening bracket and an abbreviation's period (`nr.`, `Stcrt.`). */
  private previousSignificant(i: number): number {
    let k = i - 1;
    const tk = this.t[k];
    if (tk && tk.kind === 'punct' && (tk.text === '(' || tk.text === '«')) k--;
    const dot = this.t[k];
    if (
      dot &&
      dot.kind === 'punct' &&
      dot.text === '.' &&
      dot.gap === 'none' &&
      this.t[k - 1]?.kind === 'word'
    )
      k--;
    return k;
  }

  /** The word before `i`, skipping an article. */
  private previousWordSkippingArticle(i: number): string | null {
    let k = i - 1;
    if (this.word(k, 'de') || this.word(k, 'het')) k--;
    const tk = this.t[k];
    return tk && tk.kind === 'word' ? tk.lower : null;
  }

  // ---- atoms ----

  private dayAt(i: number): number | null {
    const k = this.t[i];
    if (!k || k.kind !== 'num' || k.text.length > 2) return null;
    const v = Number(k.text);
    if (v < 1 || v > 31) return null;
    if (k.gap === 'none' && i > 0) {
      const p = this.t[i - 1] as Token;
      if (p.kind !== 'punct' || !DAY_OPENERS.has(p.text)) return null;
    }
    const nx = this.t[i + 1];
    if (nx && nx.gap === 'none') {
      if (nx.kind === 'word' || nx.kind === 'num' || nx.text === '/') return null;
      const after = this.t[i + 2];
      // `14.01 uur`, `1,5`, `10:30`: a decimal or a time, not a day.
      if (
        (nx.text === '.' || nx.text === ',' || nx.text === ':') &&
        after?.kind === 'num' &&
        after.gap === 'none'
      ) {
        return null;
      }
    }
    return v;
  }

  private monthAt(i: number, allowAbbreviation: boolean): { month: number; next: number } | null {
    const k = this.t[i];
    if (!k || k.kind !== 'word') return null;
    const full = MONTHS.get(k.lower);
    if (full !== undefined) return { month: full, next: i + 1 };
    if (!allowAbbreviation) return null;
    const short = MONTH_ABBREVIATIONS.get(k.lower);
    if (short === undefined) return null;
    return { month: short, next: this.punct(i + 1, '.') && this.glued(i + 1) ? i + 2 : i + 1 };
  }

  /**
   * A four-digit year. With `footnote`, also a year with a footnote marker glued on (`10 december 20211`):
   * the year is the first four digits and the span stops before the marker. A five-digit year never exists.
   */
  private yearAt(i: number, footnote: boolean): YearHit | null {
    const k = this.t[i];
    if (!k || k.kind !== 'num') return null;
    if (k.gap === 'none' && i > 0 && (this.t[i - 1] as Token).kind !== 'punct') return null;
    let end = k.end;
    if (k.text.length !== 4) {
      if (!footnote || k.text.length < 5 || k.text.length > 6) return null;
      end = k.start + 4;
    }
    const year = Number(k.text.slice(0, 4));
    if (year < MIN_YEAR || year > MAX_YEAR) return null;
    const nx = this.t[i + 1];
    if (nx && nx.gap === 'none') {
      if (nx.kind === 'word' || nx.kind === 'num') return null;
      const after = this.t[i + 2];
      if ((nx.text === '.' || nx.text === ',') && after?.kind === 'num' && after.gap === 'none') {
        // `2021–2027.3`: a footnote after a sentence period is fine; `2021,5` or `2021.50` is a number.
        const third = this.t[i + 3];
        const footnoteAfter =
          nx.text === '.' &&
          after.text.length <= 2 &&
          !(third && third.gap === 'none' && (third.kind === 'num' || third.kind === 'word'));
        if (!footnoteAfter) return null;
      }
    }
    return { year, next: i + 1, end };
  }

  /** `dit jaar`, `vorig jaar`, `het volgende jaar`, `komend jaar` → offset. */
  private yearOffsetPhrase(i: number, allowArticle: boolean): { next: number; offset: number } | null {
    let k = i;
    if (allowArticle && this.word(k, 'het')) k++;
    const w = this.t[k];
    if (!w || w.kind !== 'word') return null;
    const offset = YEAR_OFFSET_WORDS.get(w.lower);
    if (offset === undefined || !this.word(k + 1, 'jaar')) return null;
    return { next: k + 2, offset };
  }

  /** What follows a year-less date: `jl.`, `j.l.`, `jongstleden`, `aanstaande`, `a.s.`, `van dit jaar`. */
  private relativeSuffix(i: number): RelHit | null {
    let k = this.dotted(i, 'jl');
    if (k < 0) k = this.abbreviation(i, ['j', 'l']);
    if (k < 0) k = this.dotted(i, 'll', true);
    if (k < 0 && (this.word(i, 'jongstleden') || this.word(i, 'laatstleden'))) k = i + 1;
    if (k >= 0) return { next: k, spec: { kind: 'past' } };
    k = this.abbreviation(i, ['a', 's']);
    if (k < 0) k = this.dotted(i, 'as', true);
    if (k < 0) k = this.dotted(i, 'aanst', true);
    if (k < 0 && this.word(i, 'aanstaande')) k = i + 1;
    if (k >= 0) return { next: k, spec: { kind: 'future' } };
    const phrase = this.word(i, 'van') ? this.yearOffsetPhrase(i + 1, true) : this.yearOffsetPhrase(i, false);
    if (phrase) return { next: phrase.next, spec: { kind: 'offset', offset: phrase.offset } };
    return null;
  }

  /** A year after a period word, with an optional `van` (`zomer van 2023`, `eerste helft van 2023`). */
  private yearAfter(i: number): YearHit | null {
    const k = this.word(i, 'van') ? i + 1 : i;
    return this.yearAt(k, true);
  }

  /** A year or a relative year after a period word (`Q1 2026`, `eerste kwartaal van dit jaar`, `van het jaar`). */
  private periodYear(i: number): RelHit & { end: number } {
    const y = this.yearAfter(i);
    if (y) return { next: y.next, end: y.end, spec: { kind: 'explicit', year: y.year } };
    const rel = this.relativeSuffix(i);
    if (rel) return { ...rel, end: this.endBefore(rel.next) };
    // `van het jaar` (`einde van het jaar`): the reference year.
    if (this.word(i, 'van') && this.word(i + 1, 'het') && this.word(i + 2, 'jaar')) {
      return { next: i + 3, end: this.endBefore(i + 3), spec: { kind: 'default' } };
    }
    return { next: i, end: this.endBefore(i), spec: { kind: 'default' } };
  }

  /**
   * A year written on the same line shortly before a year-less date: `RAZ en RBZ 2018 (sinds aantreden
   * op 12 maart)` means 12 March 2018 (the one exception in the corpus README). Stops at a line or
   * sentence boundary.
   */
  private lineYearBefore(i: number): number | null {
    const here = this.t[i];
    if (!here) return null;
    for (let k = i - 1; k >= 0 && k >= i - 16; k--) {
      const tk = this.t[k] as Token;
      const nextGap = (this.t[k + 1] as Token).gap;
      if (nextGap === 'line' || nextGap === 'para') return null;
      if (here.start - tk.start > 80) return null;
      if (
        tk.kind === 'punct' &&
        (tk.text === '.' || tk.text === '?' || tk.text === '!') &&
        nextGap !== 'none'
      )
        return null;
      const glued = tk.gap === 'none' && this.t[k - 1]?.kind !== 'punct';
      if (tk.kind === 'num' && tk.text.length === 4 && !glued && !this.inCitationOrNumber(k)) {
        const y = Number(tk.text);
        if (isPlausibleBareYear(y)) return y;
      }
    }
    return null;
  }

  private raw(
    start: number,
    end: number,
    year: YearSpec,
    place: Placer,
    weekday: number | null = null,
  ): RawDate {
    return { start, end, year, place, weekday };
  }

  /** Default years take a year from the same line when there is one. */
  private defaultYear(i: number): YearSpec {
    const y = this.lineYearBefore(i);
    return y === null ? { kind: 'default' } : { kind: 'explicit', year: y };
  }

  // ---- rules ----

  /**
   * Day dates: `30 september 2022`, `woensdag 17 mei jongstleden`, `12 en 13 oktober`, `14, 15 en 16 maart
   * aanstaande`, `13 en 26 oktober jl.` (two dates), `van 28 tot en met 30 juni`, `20–21 oktober jl.`,
   * `30-31 augustus 2018`, `28 juni tot en met 2 juli 2022`, `3 november van dit jaar`.
   */
  private dayExpression(i: number): Match | null {
    const t = this.t;
    let j = i;
    let prefixSpec: YearSpec | null = null;
    const first = t[i];
    if (!first) return null;
    if (first.kind === 'word') {
      const rel = RELATIVE_PREFIXES.get(first.lower);
      if (rel && rel.kind !== 'offset') {
        prefixSpec = rel;
        j++;
      }
    }
    let weekday: number | null = null;
    const wd = t[j];
    if (wd && wd.kind === 'word' && WEEKDAYS.has(wd.lower)) {
      weekday = WEEKDAYS.get(wd.lower) as number;
      j++;
      if (this.punct(j, ',')) j++;
    }
    const d1 = this.dayAt(j);
    if (d1 === null) return null;
    const days: { day: number; tok: number }[] = [{ day: d1, tok: j }];
    j++;
    let rangeTo: number | null = null;
    for (let guard = 0; guard < 31; guard++) {
      const lc = this.listConnector(j);
      if (lc >= 0) {
        const d = this.dayAt(lc);
        if (d !== null) {
          days.push({ day: d, tok: lc });
          j = lc + 1;
          continue;
        }
      }
      const rc = days.length === 1 ? this.rangeConnector(j) : -1;
      if (rc >= 0) {
        const d = this.dayAt(rc);
        if (d !== null && d > d1) {
          rangeTo = d;
          j = rc + 1;
        }
      }
      break;
    }
    const m = this.monthAt(j, true);
    if (!m) return null;
    j = m.next;
    let end = this.endBefore(j);
    let spec: YearSpec | null = null;
    const y = this.yearAt(j, true);
    if (y) {
      spec = { kind: 'explicit', year: y.year };
      j = y.next;
      end = y.end;
    } else {
      const rel = this.relativeSuffix(j);
      if (rel) {
        spec = rel.spec;
        j = rel.next;
        end = this.endBefore(j);
      }
    }

    // A range into another month: `28 juni tot en met 2 juli 2022`, `30 juni – 2 juli`.
    if (days.length === 1 && rangeTo === null) {
      const rc = this.rangeConnector(j);
      const second = rc >= 0 ? this.dayMonthYear(rc) : null;
      if (second) {
        let fromSpec: YearSpec | null = spec;
        const before = second.month < m.month || (second.month === m.month && second.day < d1);
        let yearDelta = 0;
        if (spec?.kind === 'explicit' && second.spec?.kind === 'explicit') {
          yearDelta = second.spec.year - spec.year;
        } else if (!spec && second.spec?.kind === 'explicit') {
          fromSpec = { kind: 'explicit', year: second.spec.year - (before ? 1 : 0) };
          yearDelta = before ? 1 : 0;
        } else {
          fromSpec = spec ?? second.spec;
          yearDelta = before ? 1 : 0;
        }
        if (yearDelta >= 0 && yearDelta <= 1) {
          const place = dayPlacer(m.month, d1, { month: second.month, day: second.day, yearDelta });
          const start = (t[i] as Token).start;
          return {
            next: second.next,
            dates: [this.raw(start, second.end, fromSpec ?? prefixSpec ?? this.defaultYear(i), place)],
          };
        }
      }
    }

    spec = spec ?? prefixSpec ?? this.defaultYear(i);
    const start = (t[i] as Token).start;
    if (rangeTo !== null) {
      const place = dayPlacer(m.month, d1, { month: m.month, day: rangeTo, yearDelta: 0 });
      return { next: j, dates: [this.raw(start, end, spec, place, null)] };
    }
    // Consecutive days form one range (`12 en 13 oktober`); others are separate dates (`13 en 26 oktober`).
    const runs: { day: number; tok: number }[][] = [];
    for (const d of days) {
      const run = runs[runs.length - 1];
      const last = run?.[run.length - 1];
      if (run && last && d.day === last.day + 1) run.push(d);
      else runs.push([d]);
    }
    const dates = runs.map((run, r) => {
      const a = run[0] as { day: number; tok: number };
      const b = run[run.length - 1] as { day: number; tok: number };
      const runStart = r === 0 ? start : (t[a.tok] as Token).start;
      const runEnd = r === runs.length - 1 ? end : (t[b.tok] as Token).end;
      const to = run.length > 1 ? { month: m.month, day: b.day, yearDelta: 0 } : null;
      return this.raw(
        runStart,
        runEnd,
        spec,
        dayPlacer(m.month, a.day, to),
        days.length === 1 ? weekday : null,
      );
    });
    return { next: j, dates };
  }

  /** The second half of a cross-month range: `2 juli 2022`, `2 juli`, `2 juli a.s.`. */
  private dayMonthYear(
    i: number,
  ): { day: number; month: number; spec: YearSpec | null; next: number; end: number } | null {
    let j = i;
    const wd = this.t[j];
    if (wd && wd.kind === 'word' && WEEKDAYS.has(wd.lower)) j++;
    const day = this.dayAt(j);
    if (day === null) return null;
    const m = this.monthAt(j + 1, true);
    if (!m) return null;
    j = m.next;
    const y = this.yearAt(j, true);
    if (y) return { day, month: m.month, spec: { kind: 'explicit', year: y.year }, next: y.next, end: y.end };
    const rel = this.relativeSuffix(j);
    if (rel) return { day, month: m.month, spec: rel.spec, next: rel.next, end: this.endBefore(rel.next) };
    return { day, month: m.month, spec: null, next: j, end: this.endBefore(j) };
  }

  /** Numeric dates: `15-10-2022`, `15/10/2022`, `15.10.2022`, and ISO `2022-10-15`. */
  private numericDate(i: number): Match | null {
    const t = this.t;
    const a = t[i];
    const s1 = t[i + 1];
    const b = t[i + 2];
    const s2 = t[i + 3];
    const c = t[i + 4];
    if (!a || !s1 || !b || !s2 || !c) return null;
    if (
      a.kind !== 'num' ||
      b.kind !== 'num' ||
      c.kind !== 'num' ||
      s1.kind !== 'punct' ||
      s2.kind !== 'punct'
    ) {
      return null;
    }
    if (s1.text !== s2.text || !['-', '/', '.'].includes(s1.text)) return null;
    if (s1.gap !== 'none' || b.gap !== 'none' || s2.gap !== 'none' || c.gap !== 'none') return null;
    if (a.gap === 'none' && i > 0 && (t[i - 1] as Token).kind !== 'punct') return null;
    const after = t[i + 5];
    if (after && after.gap === 'none' && (after.kind !== 'punct' || ['-', '/', '.'].includes(after.text))) {
      if (!(after.text === '.' && t[i + 6]?.gap !== 'none')) return null;
    }
    let year: number;
    let month: number;
    let day: number;
    if (a.text.length === 4 && b.text.length === 2 && c.text.length === 2 && s1.text === '-') {
      [year, month, day] = [Number(a.text), Number(b.text), Number(c.text)];
    } else if (a.text.length <= 2 && b.text.length <= 2 && c.text.length === 4) {
      [day, month, year] = [Number(a.text), Number(b.text), Number(c.text)];
    } else {
      return null;
    }
    if (
      year < MIN_YEAR ||
      year > MAX_YEAR ||
      month < 1 ||
      month > 12 ||
      day < 1 ||
      day > daysInMonth(year, month)
    ) {
      return null;
    }
    return {
      next: i + 5,
      dates: [this.raw(a.start, c.end, { kind: 'explicit', year }, dayPlacer(month, day, null))],
    };
  }

  /** Months: `november 2022`, `in juni`, `september jl.`, `januari tot en met maart 2023`, `eind oktober`. */
  private monthExpression(i: number, part: Part | null, start: number): Match | null {
    const m = this.monthAt(i, false);
    if (!m) return null;
    let j = m.next;
    let spec: YearSpec | null = null;
    let end = this.endBefore(j);
    const y = this.yearAt(j, true);
    if (y) {
      spec = { kind: 'explicit', year: y.year };
      j = y.next;
      end = y.end;
    } else {
      const rel = this.relativeSuffix(j);
      if (rel) {
        spec = rel.spec;
        j = rel.next;
        end = this.endBefore(j);
      }
    }
    const precision = part ? 'approximate' : 'month';
    if (!part) {
      const rc = this.rangeConnector(j);
      const second = rc >= 0 ? this.monthAt(rc, false) : null;
      if (second) {
        let k = second.next;
        let secondSpec: YearSpec | null = null;
        let secondEnd = this.endBefore(k);
        const y2 = this.yearAt(k, true);
        if (y2) {
          secondSpec = { kind: 'explicit', year: y2.year };
          k = y2.next;
          secondEnd = y2.end;
        }
        const wraps = second.month < m.month;
        let fromSpec = spec;
        let delta = wraps ? 1 : 0;
        if (spec?.kind === 'explicit' && secondSpec?.kind === 'explicit') delta = secondSpec.year - spec.year;
        else if (!spec && secondSpec?.kind === 'explicit')
          fromSpec = { kind: 'explicit', year: secondSpec.year - delta };
        if (
          (fromSpec || this.monthCue(i)) &&
          delta >= 0 &&
          delta <= 1 &&
          (delta > 0 || second.month > m.month)
        ) {
          const place = monthPlacer(m.month, second.month, 'month', delta);
          return { next: k, dates: [this.raw(start, secondEnd, fromSpec ?? this.defaultYear(i), place)] };
        }
      }
    }
    if (!spec && !part && !this.monthCue(i)) return null;
    const place = monthPlacer(m.month, null, precision);
    return { next: j, dates: [this.raw(start, end, spec ?? this.defaultYear(i), place)] };
  }

  private monthCue(i: number): boolean {
    const p = this.t[i - 1];
    return p !== undefined && p.kind === 'word' && (MONTH_CUES.has(p.lower) || PARTS.has(p.lower));
  }

  /** Parts of a period: `begin 2023`, `medio 2025`, `Eind vorig jaar`, `einde van het jaar`, `eind oktober`. */
  private partExpression(i: number): Match | null {
    const k = this.t[i];
    if (!k || k.kind !== 'word') return null;
    const part = PARTS.get(k.lower);
    if (!part) return null;
    let j = i + 1;
    if (this.isDash(j) && this.glued(j)) j++;
    const month = this.monthExpression(this.word(j, 'van') ? j + 1 : j, part, k.start);
    if (month) return month;
    const period = this.periodYear(j);
    if (period.next === j) return null;
    const place =
      part === 'begin'
        ? monthPlacer(1, null, 'approximate')
        : part === 'mid'
          ? monthPlacer(6, 7, 'approximate')
          : monthPlacer(12, null, 'approximate');
    return { next: period.next, dates: [this.raw(k.start, period.end, period.spec, place)] };
  }

  /** Seasons: `zomer van 2023`, `najaar 2022`, `het voorjaar`, `voor de zomer`, `komend najaar`. */
  private seasonExpression(i: number): Match | null {
    const first = this.t[i];
    if (!first || first.kind !== 'word') return null;
    let j = i;
    let spec: YearSpec | null = null;
    const prefix = RELATIVE_PREFIXES.get(first.lower);
    if (prefix && SEASONS.has(this.t[i + 1]?.lower ?? '')) {
      spec = prefix;
      j++;
    }
    const season = SEASONS.get((this.t[j] as Token).lower);
    if (!season || (this.t[j] as Token).kind !== 'word') return null;
    j++;
    let end = this.endBefore(j);
    if (!spec) {
      const period = this.periodYear(j);
      if (period.next > j) {
        spec = period.spec;
        j = period.next;
        end = period.end;
      } else {
        const cue = this.previousWordSkippingArticle(i);
        const kind = cue === null ? undefined : SEASON_CUES.get(cue);
        if (kind === undefined) return null;
        spec = kind === 'future' ? { kind: 'future' } : this.defaultYear(i);
      }
    }
    return {
      next: j,
      dates: [this.raw(first.start, end, spec, monthPlacer(season[0], season[1], 'season'))],
    };
  }

  /** Quarters and half years: `eerste kwartaal`, `Q3`, `Q1 2026`, `1e kwartaal 2023`, `eerste helft van 2023`. */
  private quarterExpression(i: number): Match | null {
    const k = this.t[i];
    if (!k) return null;
    let n: number | null = null;
    let j = i;
    let half = false;
    if (k.kind === 'word' && (k.lower === 'q' || k.lower === 'h')) {
      const num = this.t[i + 1];
      if (!num || num.kind !== 'num' || num.gap !== 'none' || num.text.length !== 1) return null;
      const after = this.t[i + 2];
      if (after && after.gap === 'none' && (after.kind === 'word' || after.kind === 'num')) return null;
      n = Number(num.text);
      half = k.lower === 'h';
      if (n < 1 || n > (half ? 2 : 4)) return null;
      j = i + 2;
      const period = this.periodYear(j);
      // `H1` alone is too ambiguous (a heading, a vitamin); it needs its year.
      if (half && period.spec.kind !== 'explicit') return null;
      return this.periodMatch(k.start, period, n, half);
    }
    if (k.kind === 'word' && ORDINALS.has(k.lower)) {
      n = ORDINALS.get(k.lower) as number;
      j = i + 1;
    } else if (
      k.kind === 'num' &&
      k.text.length === 1 &&
      this.t[i + 1]?.kind === 'word' &&
      this.glued(i + 1)
    ) {
      const suffix = (this.t[i + 1] as Token).lower;
      if (suffix !== 'e' && suffix !== 'ste' && suffix !== 'de') return null;
      n = Number(k.text);
      j = i + 2;
    }
    if (n === null) return null;
    if (this.word(j, 'kwartaal')) {
      if (n < 1 || n > 4) return null;
      return this.periodMatch(k.start, this.periodYear(j + 1), n, false);
    }
    if (this.word(j, 'helft') && (n === 1 || n === 2) && k.lower !== 'laatste') {
      const period = this.periodYear(j + 1);
      // `de eerste helft van de vergadering` is no date: require a year or `van het jaar`/`dit jaar`.
      if (period.next === j + 1) return null;
      return this.periodMatch(k.start, period, n, true);
    }
    return null;
  }

  private periodMatch(start: number, period: RelHit & { end: number }, n: number, half: boolean): Match {
    const place = half
      ? monthPlacer(n === 1 ? 1 : 7, n === 1 ? 6 : 12, 'month')
      : monthPlacer(3 * n - 2, 3 * n, 'quarter');
    return { next: period.next, dates: [this.raw(start, period.end, period.spec, place)] };
  }

  /**
   * Is the number at `i` part of a citation (`Handelingen II 2021/22`, `Aanhangsel Handelingen, vergaderjaar
   * 2020–2021, nr. 2844`, `Stcrt. 2022, 1234`) or an identifier (`nr. 2019`, `artikel 50`)?
   */
  private inCitationOrNumber(i: number): boolean {
    const p = this.previousSignificant(i);
    let pt = this.t[p];
    // Skip a chamber numeral: `Kamerstukken II 2009/10`.
    if (pt && pt.kind === 'word' && (pt.text === 'I' || pt.text === 'II')) pt = this.t[p - 1];
    if (!pt) return false;
    if (pt.kind === 'num') return true;
    if (pt.kind === 'punct' && pt.text === '€') return true;
    if (pt.kind !== 'word') return false;
    if (NUMBER_PREFIXES.has(pt.lower)) return true;
    if (pt.lower === 'vergaderjaar' || pt.lower === 'zittingsjaar') {
      // Inside a citation when a Handelingen/Kamerstukken word precedes or a number follows.
      for (let k = p - 1; k >= 0 && k >= p - 4; k--) {
        const w = this.t[k] as Token;
        if (
          w.kind === 'word' &&
          (w.lower === 'handelingen' || w.lower.startsWith('kamerstuk') || w.lower === 'aanhangsel')
        ) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /** `vergaderjaar 2024–2025, nr. 1028`: the number after a session year. */
  private followedByNumber(i: number): boolean {
    return (
      this.punct(i, ',') && (this.word(i + 1, 'nr') || this.word(i + 1, 'nrs') || this.word(i + 1, 'item'))
    );
  }

  /** A capitalized word right before a year makes it part of a title: `Political Guidance 2023`. */
  private inTitle(i: number): boolean {
    const pt = this.t[this.previousSignificant(i)];
    if (!pt || pt.kind !== 'word') return false;
    const initial = pt.text[0] as string;
    return initial !== initial.toLowerCase() && !YEAR_CUES.has(pt.lower);
  }

  /** Years and year ranges: `in 2014`, `2014 en 2015`, `2017–2020`, `2021/22`, `vergaderjaar 2024–2025`. */
  private yearExpression(i: number): Match | null {
    const y1 = this.yearAt(i, false);
    if (!y1) return null;
    const t = this.t;
    // A range: `2017–2020`, `2020-2021`, `2021/22`, `2017 t/m 2020`, `2017 tot 2020`.
    let y2: YearHit | null = null;
    const slash = this.punct(i + 1, '/') && this.glued(i + 1) && this.glued(i + 2) ? i + 2 : -1;
    const rc = slash >= 0 ? slash : this.rangeConnector(i + 1);
    if (rc >= 0) {
      y2 = this.yearAt(rc, true);
      const two = t[rc];
      const shortForm = slash >= 0 || (this.isDash(i + 1) && this.glued(rc));
      if (!y2 && shortForm && two?.kind === 'num' && two.text.length === 2 && t[rc + 1]?.kind !== 'num') {
        const year = Math.floor(y1.year / 100) * 100 + Number(two.text);
        y2 = { year, next: rc + 1, end: two.end };
      }
      if (y2 && (y2.year <= y1.year || y2.year - y1.year > 100)) y2 = null;
    }
    const next = y2 ? y2.next : y1.next;
    if (this.inCitationOrNumber(i) || (y2 && this.followedByNumber(next))) return { next, dates: [] };
    if (this.inTitle(i)) return { next, dates: [] };
    const nx = t[next];
    if (nx && nx.kind === 'word' && NUMBER_SUFFIXES.has(nx.lower)) return { next, dates: [] };
    if (nx && nx.kind === 'punct' && nx.text === '%') return { next, dates: [] };
    // `steeg van 1950 naar 2100`: a change of amount, not years.
    if (nx && nx.kind === 'word' && nx.lower === 'naar' && t[next + 1]?.kind === 'num')
      return { next, dates: [] };
    if (y2) {
      this.acceptedYears.add(i);
      const raw = this.raw(
        (t[i] as Token).start,
        y2.end,
        { kind: 'explicit', year: y1.year },
        yearPlacer(y2.year - y1.year),
      );
      return { next, dates: [raw] };
    }
    if (!isPlausibleBareYear(y1.year) || !this.bareYearCue(i)) return null;
    this.acceptedYears.add(i);
    return {
      next,
      dates: [this.raw((t[i] as Token).start, y1.end, { kind: 'explicit', year: y1.year }, yearPlacer(null))],
    };
  }

  /** A bare year needs a time word before it, or continues a list of accepted years. */
  private bareYearCue(i: number): boolean {
    const p = this.previousSignificant(i);
    const pt = this.t[p];
    if (!pt) return false;
    if (pt.kind === 'word' && YEAR_CUES.has(pt.lower)) return true;
    if (pt.kind === 'word' && (pt.lower === 'en' || pt.lower === 'of') && this.acceptedYears.has(p - 1))
      return true;
    if (pt.kind === 'punct' && pt.text === ',' && this.acceptedYears.has(p - 1)) return true;
    if (this.tm(p - 2) === p + 1 && this.acceptedYears.has(p - 3)) return true;
    // `onderzoek (2019)`: a parenthesised year after a lowercase word.
    const open = this.t[i - 1];
    if (open?.kind === 'punct' && open.text === '(' && pt.kind === 'word') {
      const initial = pt.text[0] as string;
      return initial === initial.toLowerCase() && !NUMBER_PREFIXES.has(pt.lower);
    }
    return false;
  }

  /** `Prinsjesdag`, `Verantwoordingsdag 2024`, `voor het zomerreces`, `voor de begrotingsbehandeling`. */
  private anchorExpression(i: number): Match | null {
    const first = this.t[i];
    if (!first || first.kind !== 'word') return null;
    let j = i;
    let spec: YearSpec | null = null;
    const prefix = RELATIVE_PREFIXES.get(first.lower);
    if (prefix && ANCHORS.has(this.t[i + 1]?.lower ?? '')) {
      spec = prefix;
      j++;
    }
    const place = ANCHORS.get((this.t[j] as Token).lower);
    if (!place || (this.t[j] as Token).kind !== 'word') return null;
    j++;
    let end = this.endBefore(j);
    if (!spec) {
      const period = this.periodYear(j);
      if (period.next > j && period.spec.kind !== 'default') {
        spec = period.spec;
        j = period.next;
        end = period.end;
      } else {
        const cue = this.previousWordSkippingArticle(i);
        // A bare `Prinsjesdag` may be any year's (a 2018 table in a 2019 letter): leave it.
        if (cue === null || !ANCHOR_CUES.has(cue)) return null;
        spec = { kind: 'future' };
      }
    }
    return { next: j, dates: [this.raw(first.start, end, spec, place)] };
  }

  /** `vorige week`, `volgende week`, `deze maand`, `volgend jaar`, `dit jaar`. */
  private relativeExpression(i: number): Match | null {
    const k = this.t[i];
    if (!k || k.kind !== 'word') return null;
    const unit = this.t[i + 1];
    if (!unit || unit.kind !== 'word') return null;
    const rel = RELATIVE_PREFIXES.get(k.lower);
    if (unit.lower === 'week' || unit.lower === 'maand') {
      if (!rel) return null;
      const step = rel.kind === 'past' ? -1 : rel.kind === 'future' ? 1 : 0;
      const place: Placer =
        unit.lower === 'week'
          ? (_y, ref) => {
              if (!ref) return null;
              const monday = ref.n - ((weekdayOf(ref.year, ref.month, ref.day) + 6) % 7) + 7 * step;
              const iso = isoOfDayNumber(monday);
              return {
                iso,
                endIso: isoOfDayNumber(monday + 6),
                precision: 'approximate',
                first: monday,
                last: monday + 6,
              };
            }
          : (_y, ref) => {
              if (!ref) return null;
              const index = ref.year * 12 + (ref.month - 1) + step;
              const year = Math.floor(index / 12);
              const month = (index % 12) + 1;
              const first = dayNumber(year, month, 1);
              const last = dayNumber(year, month, daysInMonth(year, month));
              return { iso: isoMonth(year, month), endIso: null, precision: 'month', first, last };
            };
      return { next: i + 2, dates: [this.raw(k.start, unit.end, { kind: 'ref' }, place)] };
    }
    const phrase = this.yearOffsetPhrase(i, false);
    if (!phrase) return null;
    return {
      next: phrase.next,
      dates: [this.raw(k.start, unit.end, { kind: 'offset', offset: phrase.offset }, yearPlacer(null))],
    };
  }

  /** The longest date starting at token `i`, or null. */
  matchAt(i: number): Match | null {
    const k = this.t[i] as Token;
    const candidates: (Match | null)[] = [];
    if (k.kind === 'num') {
      candidates.push(
        this.numericDate(i),
        this.dayExpression(i),
        this.quarterExpression(i),
        this.yearExpression(i),
      );
    } else if (k.kind === 'word') {
      const w = k.lower;
      if (WEEKDAYS.has(w) || RELATIVE_PREFIXES.has(w)) candidates.push(this.dayExpression(i));
      if (MONTHS.has(w)) candidates.push(this.monthExpression(i, null, k.start));
      if (PARTS.has(w)) candidates.push(this.partExpression(i));
      if (SEASONS.has(w) || RELATIVE_PREFIXES.has(w)) candidates.push(this.seasonExpression(i));
      if (ORDINALS.has(w) || w === 'q' || w === 'h') candidates.push(this.quarterExpression(i));
      if (ANCHORS.has(w) || RELATIVE_PREFIXES.has(w)) candidates.push(this.anchorExpression(i));
      if (RELATIVE_PREFIXES.has(w) || YEAR_OFFSET_WORDS.has(w)) candidates.push(this.relativeExpression(i));
    }
    let best: Match | null = null;
    for (const c of candidates) if (c && (!best || c.next > best.next)) best = c;
    return best;
  }
}

/** Every date the grammar reads in `text`, in text order, not yet resolved. */
export function parseDates(text: string): RawDate[] {
  const tokens = tokenize(text);
  const grammar = new Grammar(tokens);
  const out: RawDate[] = [];
  for (let i = 0; i < tokens.length;) {
    const m = grammar.matchAt(i);
    if (m) {
      for (const d of m.dates) out.push(d);
      i = Math.max(m.next, i + 1);
    } else {
      i++;
    }
  }
  return out;
}
