import { isUpper } from '../text/chars';
/**
 * Words of `before` (from its end) and `after` (from its start), taken alternately, `after` first
 * (Dutch puts the verb after a fronted date: `Op 12 en 13 oktober komen de Ministers … bijeen`), while
 * they fit in `max - 2` characters with a space each. Both are tidy (words between single spaces), so the
 * words taken are a tail of `before` and a head of `after`: found with `indexOf`/`lastIndexOf` of the
 * next space, without splitting the whole strings.
 * Where words were left out, the cut is made readable (see `readableStart`, `endsOnFunctionWord`): a
 * left part does not start inside a name or a bracket, a right part does not end on an article or a
 * preposition.
 * Returns the two parts taken, each with `…` where words were left out (before the left part, after the
 * right one); the callers join them.
 */
export function wordWindow(before: string, after: string, max: number): [left: string, right: string] {
  let beforeRest = before.length; // before.slice(0, beforeRest) is not taken yet
  let afterRest = 0; // after.slice(afterRest) is not taken yet
  let length = 0;
  for (;;) {
    let progressed = false;
    if (afterRest < after.length) {
      // The end of the next word of `after`: its next space, or its end.
      let end = after.indexOf(' ', afterRest);
      if (end < 0) end = after.length;
      if (length + (end - afterRest) + 1 <= max - 2) {
        length += end - afterRest + 1;
        afterRest = end + 1;
        progressed = true;
      }
    }
    if (beforeRest > 0) {
      // The start of the last word of before.slice(0, beforeRest): just after its last space, or 0.
      const start = before.lastIndexOf(' ', beforeRest - 1) + 1;
      if (length + (beforeRest - start) + 1 <= max - 2) {
        length += beforeRest - start + 1;
        beforeRest = start - 1;
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  // A left part cut where it misreads starts later; the room it leaves goes to words after the date.
  const from = beforeRest > 0 ? readableStart(before, beforeRest + 1) : 0;
  const moved = from > beforeRest + 1;
  if (moved) {
    // The words left out, with their spaces (one more when none is left).
    length -= from - (beforeRest + 1) + (from >= before.length ? 1 : 0);
    beforeRest = from - 1;
    while (afterRest < after.length) {
      let end = after.indexOf(' ', afterRest);
      if (end < 0) end = after.length;
      if (length + (end - afterRest) + 1 > max - 2) break;
      length += end - afterRest + 1;
      afterRest = end + 1;
    }
  }
  let rightEnd = Math.max(0, Math.min(after.length, afterRest - 1));
  // Cut after `de`, `van`, `over`…: the cut goes before them (`…over de sabotage van de…` read as if
  // the sentence named nothing more).
  if (afterRest < after.length) rightEnd = readableEnd(after, rightEnd, -1);
  const left = before.slice(beforeRest + 1);
  const right = after.slice(0, rightEnd);
  const cutRight = afterRest < after.length ? `${right}…` : right;
  // Nothing left of a left part that had words: its `…` goes before the right part.
  if (moved && left === '') return ['', cutRight.charCodeAt(0) === 0x2026 ? cutRight : `…${cutRight}`];
  const cutLeft = beforeRest <= 0 ? left : `…${left}`;
  // A right part cut to nothing (all of it was words a label does not end on): its `…` ends the left
  // part, with no space between (`…Waterstaat heeft…`, not `…Waterstaat heeft …`).
  if (right === '' && cutRight !== '' && left !== '') return [`${cutLeft}…`, ''];
  return [cutLeft, cutRight];
}

/**
 * Articles, prepositions, conjunctions and determiners: a label cut right after one of these breaks off
 * in the middle of a phrase.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'de',
  'het',
  'een',
  "'t",
  'van',
  'in',
  'over',
  'op',
  'voor',
  'vóór',
  'met',
  'aan',
  'te',
  'en',
  'of',
  'bij',
  'door',
  'naar',
  'om',
  'tot',
  'uit',
  'onder',
  'tegen',
  'tussen',
  'zonder',
  'na',
  'per',
  'inzake',
  'dat',
  'die',
  'deze',
  'dit',
  'als',
  'dan',
  'maar',
  'hun',
  'uw',
  'onze',
]);

/**
 * Words a cut label does not end on either, besides FUNCTION_WORDS (which also serve to compare labels, so
 * they stay as they are): prepositions and conjunctions that need what follows them, and determiners. A
 * cut after them ends in the middle of a phrase: `…toezeggingen gedaan tijdens…` (verslagen), `…zaken
 * rond…`, `…Van der…`. Not `zijn`, `haar` or `ons`, which may be a verb or a pronoun that ends a phrase.
 */
const MORE_NO_LAST_WORDS = [
  'ten',
  'ter',
  'der',
  'den',
  'tijdens',
  'rond',
  'rondom',
  'sinds',
  'vanaf',
  'via',
  'volgens',
  'namens',
  'betreffende',
  'omtrent',
  'aangaande',
  'middels',
  'jegens',
  'mijn',
  'alle',
  'elke',
  'iedere',
  'geen',
  'welke',
  'omdat',
  'zodat',
  'wanneer',
  'indien',
  'nadat',
  'voordat',
  'teneinde',
  'waarin',
  'waarbij',
  'zoals',
];
const NO_LAST_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...MORE_NO_LAST_WORDS]);

/**
 * Prepositions of several words that end on a noun and need their object: a label cut after them reads as
 * if the noun were the point, `…de stand van zaken met betrekking…` (1694), `…is een brief gestuurd naar
 * aanleiding…`, `…ten behoeve…` (617). By their last word, lower case.
 */
const PHRASES_BY_LAST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const byLast = new Map<string, string[]>();
  for (const phrase of [
    'naar aanleiding',
    'met betrekking',
    'ten aanzien',
    'in het kader',
    'op basis',
    'op grond',
    'in verband',
    'ten behoeve',
    'op het gebied',
    'op het terrein',
    'aan de hand',
    'in de loop',
    'ten opzichte',
    'als gevolg',
    'ten gevolge',
    'met het oog',
    'door middel',
    'in het licht',
    'in afwachting',
    'in plaats',
    'ten tijde',
    'met ingang',
    'ter aanbieding',
    'ter uitvoering',
    'ter voorbereiding',
    'ter ondersteuning',
    'in reactie',
    'in navolging',
    'in het verlengde',
    'in vervolg',
    'in aanloop',
    'in de aanloop',
    'onder verwijzing',
    'met inachtneming',
    'met uitzondering',
    'op verzoek',
    'in opdracht',
    'op initiatief',
    'op voorstel',
    'onder leiding',
    'in het belang',
    'ten laste',
    'ten koste',
    'ten gunste',
  ]) {
    const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
    const list = byLast.get(last);
    if (list) list.push(phrase);
    else byLast.set(last, [phrase]);
  }
  return byLast;
})();

/**
 * Where a label cut at `end` (the end of a word of `s`, whose white space is single spaces) should end so
 * that it does not break off in the middle of a phrase: before the words it may not end on (FUNCTION_WORDS,
 * MORE_NO_LAST_WORDS) and before a preposition of several words (PHRASES_BY_LAST_WORD), as often as the
 * end then lands after one again, but never at or before `floor`. `…over de sabotage van de…` ends
 * `…over de sabotage`, `…zal ik uw Kamer naar aanleiding van het…` ends `…zal ik uw Kamer`.
 */
export function readableEnd(s: string, end: number, floor: number): number {
  let at = end;
  while (at > 0) {
    const start = s.lastIndexOf(' ', at - 1) + 1;
    const word = s.slice(start, at).toLowerCase();
    let from = NO_LAST_WORDS.has(word) ? start : -1;
    if (from < 0) {
      for (const phrase of PHRASES_BY_LAST_WORD.get(word) ?? NO_PHRASES) {
        const k = at - phrase.length;
        if (k >= 0 && (k === 0 || s.charCodeAt(k - 1) === 0x20) && s.slice(k, at).toLowerCase() === phrase) {
          from = k;
          break;
        }
      }
    }
    if (from < 0) break;
    const next = Math.max(0, from - 1);
    if (next <= floor) break;
    at = next;
  }
  // Nor on the comma or semicolon of the word it ends with: `…wordt geleidelijk ingevoerd…`, not
  // `…ingevoerd,…` (70). (A space comes before the end only when a word was nothing but such marks.)
  while (at > floor + 1 && isClauseMarkOrSpace(s.charCodeAt(at - 1))) at--;
  return at;
}

/** `,` `;` `:` or a space. */
function isClauseMarkOrSpace(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x20;
}

const NO_PHRASES: readonly string[] = [];

/** Lower-case words inside a name (`Van der Staaij`, `Raad van State`), between capitalised words. */
const NAME_PARTICLES = new Set(['van', 'der', 'den', 'de', 'het', "'t", 'ter', 'ten', 'voor', 'en']);

/**
 * Where a left part cut at `from` (a word start in `s`) should start instead, so that it does not misread:
 * - not after a `)` whose `(` was cut off: `…Zaken en Koninkrijksrelaties), mede namens …` (13) starts
 *   at `mede`; a `)` inside a word (`(lucht)havens`) takes its word with it;
 * - not at an `en` or `of` that joins a name to the one before it: `In reactie op de ontwikkelingen in
 *   Rusland en Oekraïne heeft de Noord-Atlantische Raad (NAR) …` (NAVO letter) gave `…en Oekraïne heeft
 *   de …`, which makes Oekraïne the subject. The name after it goes too (capitalised words, the particles
 *   between them, a bracket after it): `…heeft de Noord-Atlantische Raad (NAR) …`.
 * Returns `from` when the start reads well, else the start of a later word (or `s.length`).
 */
export function readableStart(s: string, from: number): number {
  let at = from;
  // The last `)` without its `(` in s[from, …): the start goes to the word after it.
  let depth = 0;
  let unmatched = -1;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29) {
      if (depth > 0) depth--;
      else unmatched = i;
    }
  }
  if (unmatched >= 0) {
    const space = s.indexOf(' ', unmatched);
    at = space < 0 ? s.length : space + 1;
  }
  const end = wordEnd(s, at);
  const first = s.slice(at, end);
  if ((first === 'en' || first === 'of') && end < s.length && isUpper(s.charCodeAt(end + 1))) {
    // The name after it: capitalised words, particles followed by one, and a bracket group.
    let k = end + 1;
    while (k < s.length) {
      const e = wordEnd(s, k);
      const c = s.charCodeAt(k);
      const word = s.slice(k, e);
      const next = e + 1 < s.length ? s.charCodeAt(e + 1) : 0;
      if (isUpper(c) || c === 0x28 || (NAME_PARTICLES.has(word) && isUpper(next))) {
        k = e + 1;
        // A word that ends the name's clause (`Sport),`) ends the name.
        const last = s.charCodeAt(e - 1);
        if (last === 0x2c || last === 0x3b || last === 0x3a) break;
      } else break;
    }
    at = Math.min(k, s.length);
  }
  return at;
}

/** The end of the word that starts at `from`: its next space, or the end of `s`. */
function wordEnd(s: string, from: number): number {
  const e = s.indexOf(' ', from);
  return e < 0 ? s.length : e;
}
