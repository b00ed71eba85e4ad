import { isParticiple } from '../dates/tense';
import { NOT_IN_WORD } from './appositions';
import { clauseEnd, clauseStart } from './clause';
import { NOT_MAIN_CLAUSE } from './insertions';
import { MAX_LABEL, MIN_LABEL, collapseRange, joinParts, startsLower } from './label-chars';
import { stripLoose } from './label-tidy';
import { shortNamesAfter, shortNamesBefore } from './ministry-names';
import { capitalize } from './plain-label';
import { clauseOverQuotes } from './quotes';
import { clauseLabelEnd } from './clause-label-end';
import { subjectWindow, wordWindow } from './word-window';

/**
 * The label of a date inside a quoted title: the clause around the whole title, or the words around the title that
 * fit, keeping the verb after it that says what happens with it.
 */

/**
 * The label of a date inside a quoted title, text[ts, te) from its opening quote to past its closing one (see
 * `titleAround`), within the stretch text[start, end): the clause around the whole title, narrow, then wide, then the
 * whole stretch, as for any date, and the title whole in it with its date, which is part of its name:
 * `Graag bied ik u hierbij aan de beleidsnotitie «Aan elkaar verplicht, Ontwikkelingssamenwerking op weg naar 2015»`
 * (2162), where the clause around the date gave `Ontwikkelingssamenwerking op weg»`. Cut to size, the label keeps the
 * title whole where it fits (see `aroundTitle`). Null when no clause says enough (MIN_LABEL).
 */
export function titleLabel(
  text: string,
  start: number,
  end: number,
  ts: number,
  te: number,
  /** Where the sentence starts, in the offsets of `text`. */
  sentenceStart: number,
  /** Where the quotes of `text` are (see `quotePositions`). */
  quotes: readonly number[],
): string | null {
  let left = -1;
  let right = -1;
  for (const kind of ['narrow', 'wide', null] as const) {
    let l = start;
    let r = end;
    if (kind !== null) {
      l = clauseStart(text, start, ts, kind);
      r = clauseEnd(text, te, end, kind);
      // Other titles around this one are units too.
      [l, r] = clauseOverQuotes(
        text,
        start,
        end,
        l,
        r,
        ts,
        te,
        (to) => clauseStart(text, start, to, kind),
        (from) => clauseEnd(text, from, end, kind),
        quotes,
      );
    }
    // A wider try that gives the same clause gives the same label.
    if (l === left && r === right) continue;
    left = l;
    right = r;
    const before = stripLoose(collapseRange(text, l, ts));
    const title = collapseRange(text, ts, te);
    // The label's end where its clause ends (see `clauseLabelEnd`).
    let after = collapseRange(text, te, r);
    after = stripLoose(
      after.slice(0, clauseLabelEnd(after, 0, after.length, r < end && text.charCodeAt(r) === 0x3a)),
    );
    const full = joinParts(joinParts(before, title), after);
    if (full.length >= MIN_LABEL) return fittedTitle(before, title, after, l > sentenceStart);
  }
  return null;
}

/** The label of a clause with a title: whole when it fits, else cut around the title (see `aroundTitle`). */
function fittedTitle(before: string, title: string, after: string, midSentence: boolean): string {
  const full = joinParts(joinParts(before, title), after);
  const dots = midSentence && startsLower(full);
  if (full.length + (dots ? 1 : 0) <= MAX_LABEL) return dots ? `…${full}` : capitalize(full);
  // A label that must be cut writes long ministry names short first (see `shortMinistryNames`).
  const shortBefore = shortNamesBefore(before);
  const shortAfter = shortNamesAfter(after);
  if (shortBefore !== before || shortAfter !== after)
    return fittedTitle(shortBefore, title, shortAfter, midSentence);
  const label = aroundTitle(before, title, after, MAX_LABEL);
  return dots && label.charCodeAt(0) !== 0x2026 ? `…${label}` : capitalize(label);
}

/**
 * The words around a title that fit in a label of `max` characters, taken as around a date (see `wordWindow`), the
 * title in the middle. A title that fits stays whole, with as many words before and after it as there is room for: `…op
 * het rapport «Oversterfte en sterfte in 2020 en 2021» van CBS en RIVM…` (817), or none: `…«Monitoring verwerving Joint
 * Strike Fighter; stand van zaken oktober 2008»` (395). Words after it that say what happens with it go first (see
 * `predicateAfter`): `…«Korte termijnraming voor emissies en energie in 2020» van het PBL gestuurd` (271), where the
 * words taken alternately gave `…de rapportage «…»…`. A short group in brackets after a title (its code,
 * `(SOZA-03-117)`, 2294) is left out where keeping it would cut the title. A longer title is cut after its start, which
 * says what it is about, with the words before it that name what it is, a third of the label at most: `…de
 * beleidsdoorlichting «Strategie bij benadering: Nederlandse coalitievorming…` (144, a title of 131 characters).
 */
function aroundTitle(before: string, title: string, after: string, max: number): string {
  if (
    title.length + (before === '' ? 0 : 1) + (after === '' ? 0 : 1) > max &&
    title.length + (before === '' ? 0 : 1) <= max &&
    BRACKET_GROUP.test(after)
  )
    return aroundTitle(before, title, '', max);
  const dots = (before === '' ? 0 : 1) + (after === '' ? 0 : 1);
  if (title.length + dots > max) {
    // A third of the label at most for the words before, the rest for the title from its start.
    let left = before === '' ? '' : wordWindow(before, '', Math.floor(max / 3))[0];
    if (before !== '' && left === '') left = '…';
    const right = wordWindow('', joinParts(title, after), max - left.length + 1)[1];
    return left === '…' ? `…${right}` : joinParts(left, right);
  }
  let [left, right] = predicateAfter(after)
    ? subjectWindow(before, after, max - title.length)
    : wordWindow(before, after, max - title.length);
  // `wordWindow` puts the `…` of a part cut to nothing beside the other part: here it goes beside the title.
  if (before !== '' && left === '') {
    left = '…';
    if (right.charCodeAt(0) === 0x2026) right = right.slice(1);
  }
  if (after !== '' && right === '') {
    right = '…';
    if (left.charCodeAt(left.length - 1) === 0x2026 && left !== '…') left = left.slice(0, -1);
  }
  const withTitle = left === '…' ? `…${title}` : joinParts(left, title);
  return right === '…' ? `${withTitle}…` : joinParts(withTitle, right);
}

/** A short group in brackets, alone: `(SOZA-03-117)` (see `GROUP` in `clause.ts`). */
const BRACKET_GROUP = /^\([^()]{1,12}\)$/;

/**
 * Do the words after a title, before any word that opens another clause, hold the verb that says what happens with
 * it: a past participle (`van het PBL gestuurd`, 271; `wordt in 2024 geëvalueerd`) or `te` and an infinitive (`als
 * topprioriteit te benoemen`, 1926)? Not in a clause of its own (`zoals zich dat per ultimo 2008 heeft afgetekend`,
 * 883), and no verb at all in `in dagblad BNDeStem?` (414): such words are taken alternately with those before.
 */
function predicateAfter(after: string): boolean {
  const words = after.toLowerCase().split(' ');
  for (let k = 0; k < words.length; k++) {
    const w = (words[k] as string).replace(NOT_IN_WORD, '');
    if (OPENS_CLAUSE.has(w)) return false;
    if (isParticiple(w)) return true;
    if (w === 'te' && INFINITIVE.test(words[k + 1] ?? '')) return true;
  }
  return false;
}
/** An infinitive after `te`: `benoemen`, `informeren`, `gaan`. */
const INFINITIVE = /^\p{Ll}+(?:en|aan|ien)[^\p{L}]*$/u;
/**
 * Words that open a clause or a conjunct of their own after a title: those that open no rest of a main clause
 * (`NOT_MAIN_CLAUSE`) and a few more, but not `als` and `te`, which go with the verb that says what happens with the
 * title (`«…» als topprioriteit te benoemen`, 1926).
 */
const OPENS_CLAUSE: ReadonlySet<string> = new Set([
  ...[...NOT_MAIN_CLAUSE].filter((w) => w !== 'als' && w !== 'te'),
  'doordat',
  'hoewel',
  'waarin',
  'waarover',
  'sinds',
  'toen',
]);
