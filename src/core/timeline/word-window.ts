import { isDigit, isLower, isUpper } from '../text/chars';
import { isDutchMonth } from '../text/dutch-months';
import { FORMAL_SUBJECT, comparisonStart, endsClause, isClauseMarkAt, isLoose } from './label-chars';
import { MINISTRY_ABBREVIATIONS } from './ministry-names';
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
export function wordWindow(
  before: string,
  after: string,
  max: number,
  /** Is `after` a letter's subject, which goes before `before` when this cuts it (see `subjectWindow`)? */
  subjectFirst = false,
): [left: string, right: string] {
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
    const taken = wordsThatFit(after, afterRest, length, max);
    length += taken - afterRest;
    afterRest = taken;
  }
  if (subjectFirst && afterRest < after.length) return subjectWindow(before, after, max);
  let rightEnd = Math.max(0, Math.min(after.length, afterRest - 1));
  // Cut after `de`, `van`, `over`…: the cut goes before them (`…over de sabotage van de…` read as if
  // the sentence named nothing more).
  if (afterRest < after.length) {
    // The word the label ends on if nothing of the right part is left: the left part's last.
    const leftLast = beforeRest + 1 < before.length ? before.slice(before.lastIndexOf(' ') + 1) : '';
    rightEnd = readableEnd(after, rightEnd, -1, leftLast);
  }
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
 * Where the words of `after` from `from` on stop fitting, each with its space, beside `length` characters already in a
 * label of at most `max` (two kept for its `…`): the words taken are after.slice(from, returned), and they add
 * `returned - from` to the label's length.
 */
function wordsThatFit(after: string, from: number, length: number, max: number): number {
  let rest = from;
  while (rest < after.length) {
    let end = after.indexOf(' ', rest);
    if (end < 0) end = after.length;
    if (length + (end - rest) + 1 > max - 2) break;
    length += end - rest + 1;
    rest = end + 1;
  }
  return rest;
}

/**
 * `wordWindow` for a letter's date with its subject after it (see `isLetterWithSubject`) when the alternate words cut
 * the subject: the words of `after` first, as many as fit, then those of `before` in the room left. A verslag lists
 * several letters of one sender and day, `de brief van de Minister van Buitenlandse Zaken d.d. 20 januari 2017 inzake
 * het fiche: Herziening richtlijn over energie-efficiëntie` and three more fiches (413): cut around the date, all four
 * labels were the sender and `inzake het fiche`. A left part does not start inside a name (see `pastNameStart`):
 * `…inzake het fiche: …`, not `…Zaken inzake het fiche: …`. Returns the two parts as `wordWindow` does.
 */
export function subjectWindow(before: string, after: string, max: number): [left: string, right: string] {
  const afterRest = wordsThatFit(after, 0, 0, max); // after.slice(afterRest) is not taken
  let length = afterRest;
  // The right part ends where it reads well (see `readableEnd`), and the room that frees goes to `before`.
  let rightEnd = Math.max(0, Math.min(after.length, afterRest - 1));
  if (afterRest < after.length) {
    rightEnd = readableEnd(after, rightEnd, -1, before.slice(before.lastIndexOf(' ') + 1));
    length = rightEnd > 0 ? rightEnd + 1 : 0;
  }
  // before.slice(from) is taken: none of it yet (past its end), all of it when it is empty.
  let from = before === '' ? 0 : before.length + 1;
  while (from > 0) {
    const start = before.lastIndexOf(' ', from - 2) + 1;
    if (length + (from - 1 - start) + 1 > max - 2) break;
    length += from - start;
    from = start;
  }
  if (from > 0 && from <= before.length) {
    const past = pastNameStart(before, from);
    from = past === from ? readableStart(before, from) : past;
  }
  const left = before.slice(from);
  const right = after.slice(0, rightEnd);
  const cutRight = afterRest < after.length ? `${right}…` : right;
  if (left === '') return ['', from > 0 && cutRight.charCodeAt(0) !== 0x2026 ? `…${cutRight}` : cutRight];
  const cutLeft = from > 0 ? `…${left}` : left;
  if (right === '' && cutRight !== '') return [`${cutLeft}…`, ''];
  return [cutLeft, cutRight];
}

/** Lower-case words inside a name that a left part may start at only when the name starts there too. */
const INNER_PARTICLES: ReadonlySet<string> = new Set(['van', 'voor', 'en', 'der', 'den', 'ter', 'ten']);

/**
 * Where a left part cut at `from` (a word start in `s`) starts when it would start inside a name, its first word
 * capitalised after a capitalised word or a particle of a name (`van`, `voor`, `en`, …): after the rest of the name
 * (its capitalised words and the particles between them), `…over zijn brief`, not `…Zaken over zijn brief` (1992, of
 * `Economische Zaken`); `s.length + 1` when nothing is left (`…Buitenlandse Zaken`, 413). Else `from`.
 */
function pastNameStart(s: string, from: number): number {
  if (from < 2 || !isUpper(s.charCodeAt(from))) return from;
  // A ministry's short name is a whole name (`…VWS over de brief`, of `de Minister van VWS`).
  if (MINISTRY_ABBREVIATIONS.has(s.slice(from, wordEnd(s, from)))) return from;
  const previous = s.slice(s.lastIndexOf(' ', from - 2) + 1, from - 1);
  if (!isUpper(previous.charCodeAt(0)) && !INNER_PARTICLES.has(previous)) return from;
  let a = from;
  while (a < s.length) {
    const e = wordEnd(s, a);
    const upper = isUpper(s.charCodeAt(a));
    if (!upper && !(INNER_PARTICLES.has(s.slice(a, e)) && isUpper(s.charCodeAt(e + 1)))) break;
    a = e + 1;
  }
  return a >= s.length ? s.length + 1 : a;
}

/** The articles, which open a noun phrase or a list's item (`het onderzoek, de analyses`). */
export const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'een']);

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
 * Relative adverbs and words that open a clause or a list: `…voor alle asielaanvragen waarvan…` (223),
 * `…sinds 2021 zowel…` (216), `…ter aanbieding van respectievelijk…` (719), `…bekend is hoe…` (2540).
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
  'waarvan',
  'waarop',
  'waarmee',
  'waaraan',
  'waarover',
  'waarvoor',
  'waardoor',
  'waarna',
  'waaruit',
  'zoals',
  'zowel',
  'respectievelijk',
  'hoe',
  // Words that need the phrase after them: `…heb ik, mede namens de minister…` (786), `…tezamen met…` (41).
  'mede',
  'tezamen',
  // Prepositions that need their object: `…is toegezegd voorafgaand aan…` (1054).
  'voorafgaand',
  'vooruitlopend',
  'ingevolge',
  'wegens',
  'vanwege',
  'dankzij',
  'alsmede',
  // A title whose name was cut off: `…heeft overleg gevoerd met de heer…` (1007, `de heer Van der Steur`),
  // `…nam uw Kamer de motie van het lid…` (1008).
  'heer',
  'mevrouw',
  'lid',
  // Before a title, uninflected: `…als toenmalig lid van de Staten…` (1145).
  'toenmalig',
  'voormalig',
  // What joins a date to its noun or its days to each other, left when the date was cut off: `…van de politie d.d.…`
  // (2627, of `d.d. 15 november 2022`), `…Aruba van 20 t/m…` (1146).
  'd.d.',
  't/m',
];
const NO_LAST_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...MORE_NO_LAST_WORDS]);

/**
 * Titles that go with a name or a ministry, lower case: a cut label does not end on one whose name or
 * ministry was cut off (see `isBareTitle`), as it does not on `heer`, `mevrouw` or `lid`
 * (MORE_NO_LAST_WORDS).
 */
const TITLES: ReadonlySet<string> = new Set(
  'minister ministers staatssecretaris staatssecretarissen minister-president premier vicepremier viceminister-president commissaris eurocommissaris voorzitter ondervoorzitter fractievoorzitter president ambassadeur burgemeester wethouder gouverneur gedeputeerde kamerlid kamerleden leden directeur directeur-generaal secretaris-generaal procureur-generaal advocaat-generaal ombudsman rapporteur'.split(
    ' ',
  ),
);

/**
 * Lower-case words that open a title's ministry or name (`de leden mevrouw Van Blerck-Woerdman en de heer
 * Oudkerk`, 2022), or join another title to it.
 */
const TITLE_CONTINUES: ReadonlySet<string> = new Set(['van', 'voor', 'en', 'of', 'mevrouw', 'heer']);
/** Lower-case particles that open a name after a title when a capitalised word follows (`minister de Jonge`). */
const TITLE_PARTICLES: ReadonlySet<string> = new Set(['de', 'der', 'den', 'ter', 'ten', "'t"]);

/**
 * Where a label cut after `word` (lower case), s[start, at), should end when that is a title whose name or
 * ministry follows in `s` and was cut off with it: before the title's phrase (its determiner and
 * adjectives), `…heeft overleg gevoerd met minister…` (2762, `minister Van Middelkoop van Defensie`) ends
 * `…heeft overleg gevoerd met` (and then, by the other rules, before `met`), `…een brief gestuurd aan de
 * Staatssecretaris…` (153, `van Binnenlandse Zaken`) before `de`, `…vragen van Tweede Kamerlid…` (1333)
 * before `Tweede`. -1 when the label may end on it:
 * - a title followed by anything else, which ends its phrase: `…heeft de toenmalige minister…` (2832,
 *   `het gehele persoonsdossier opgevraagd`);
 * - one after an adjective of a place or a people, which tells whose it is: `…als de Russische
 *   Minister…` (216);
 * - one whose phrase follows no preposition, conjunction or clause mark, as the subject after its verb:
 *   `…lezen de leden…` (2436), `…en danken de minister…` (1165); the cut would leave the verb without it.
 */
function bareTitleStart(word: string, s: string, start: number, at: number, lastBefore: string): number {
  if (!TITLES.has(word) || at + 1 >= s.length) return -1;
  const next = s.slice(at + 1, wordEnd(s, at + 1));
  const followed =
    isUpper(next.charCodeAt(0)) ||
    TITLE_CONTINUES.has(next) ||
    (TITLE_PARTICLES.has(next) && isUpper(s.charCodeAt(at + 2 + next.length)));
  if (!followed) return -1;
  // The title's phrase: adjectives before it (`toenmalige`, `voormalig`, `Tweede`), then a determiner.
  let from = start;
  let determiner = false;
  while (from > 0 && !determiner) {
    const before = s.lastIndexOf(' ', from - 2) + 1;
    const previous = s.slice(before, from - 1);
    const lower = previous.toLowerCase();
    determiner = DETERMINERS.has(lower);
    const adjective = adjectiveClass(previous);
    if (!determiner && adjective === NO_ADJECTIVE && lower !== 'toenmalig' && lower !== 'voormalig') break;
    // `de Russische Minister`, `de Europese Commissaris`: an adjective of a name (capitalised, no ordinal).
    if (
      from === start &&
      adjective !== NO_ADJECTIVE &&
      isUpper(previous.charCodeAt(0)) &&
      !ORDINAL.test(lower)
    )
      return -1;
    from = before;
  }
  // The word before the phrase.
  const previous = from > 0 ? s.slice(s.lastIndexOf(' ', from - 2) + 1, from - 1) : lastBefore;
  return previous === '' ||
    NO_LAST_WORDS.has(previous.toLowerCase()) ||
    isClauseMarkOrSpace(previous.charCodeAt(previous.length - 1))
    ? from
    : -1;
}

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
    // A list's opener: `…van gesprekken tussen onder meer…` (26, `mevrouw González Pérez`).
    'onder meer',
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
 * MORE_NO_LAST_WORDS), before a preposition of several words (PHRASES_BY_LAST_WORD) and before adjectives
 * whose noun was cut off, with their article (see `danglingAdjectivesStart`), as often as the end then
 * lands after one again, but never at or before `floor`. `…over de sabotage van de…` ends `…over de
 * sabotage`, `…zal ik uw Kamer naar aanleiding van het…` ends `…zal ik uw Kamer`, `…heb ik aangegeven
 * dat de consulaire…` (1445) ends `…heb ik aangegeven`.
 */
export function readableEnd(
  s: string,
  end: number,
  floor: number,
  /** The word before `s` in the label, which ends it when nothing of `s` is left (`''`: none). */
  lastBefore = '',
): number {
  let at = end;
  // Where the cut was when it first went before adjectives (-1: it did not), and whether one was an ordinal.
  let beforeAdjectives = -1;
  let ordinal = false;
  while (at > 0) {
    const start = s.lastIndexOf(' ', at - 1) + 1;
    const word = s.slice(start, at).toLowerCase();
    // Nor on half a compound whose other half follows (`…de Agenda voor-…`, 2035, of `voor- en
    // vroegschoolse educatie`; `…agenda van de Landbouw-…`) or on a dash (`…is uw Kamer –…`, 327).
    let from = NO_LAST_WORDS.has(word) || isDash(word.charCodeAt(word.length - 1)) ? start : -1;
    // Nor on the day of a date whose month was cut off: `…het Algemeen Overleg OV-Chipkaart van 6…` (1063, of
    // `6 oktober 2010`), `…de JBZ-Raad van 26 en 27…` (1213); the preposition before it goes too.
    if (from < 0 && isDay(word) && dayOfCutDate(s, at)) from = start;
    // Nor on a figure whose magnitude was cut off, which reads as the whole amount: `…in totaal € 45…` (543, of `€ 45
    // miljoen`); its groups of thousands and currency sign go too.
    if (
      from < 0 &&
      isDigit(word.charCodeAt(0)) &&
      FIGURE.test(word) &&
      MAGNITUDES.has(s.slice(at + 1, wordEnd(s, at + 1)))
    )
      from = amountStart(s, start);
    // Nor on a possessive whose noun was cut off (see `isPossessiveAt`).
    if (from < 0 && (word === 'zijn' || word === 'haar') && isPossessiveAt(s, start)) from = start;
    // Nor on `te` and a helper verb whose own verb was cut off: `…heb ik toegezegd te zullen…` (2106, of
    // `te zullen reageren`) ends `…heb ik toegezegd`. `gaan` after a particle is the verb itself: `…over te
    // gaan…` (1470, `over te gaan tot een beperkte bijstelling`), `akkoord te gaan`.
    if (
      from < 0 &&
      HELPER_AFTER_TE.has(word) &&
      isTeBefore(s, start) &&
      !(word === 'gaan' && afterParticle(s, start - 3))
    ) {
      from = start - 3;
    }
    if (from < 0) from = bareTitleStart(word, s, start, at, lastBefore);
    if (from < 0) {
      for (const phrase of PHRASES_BY_LAST_WORD.get(word) ?? NO_PHRASES) {
        const k = at - phrase.length;
        if (k >= 0 && (k === 0 || s.charCodeAt(k - 1) === 0x20) && s.slice(k, at).toLowerCase() === phrase) {
          from = k;
          break;
        }
      }
    }
    // Nor inside a name of several capitalised words: `…de regering van Sint…` (2605, `Sint Maarten`).
    if (from < 0) from = cutNameStart(s, start, at);
    if (from < 0) {
      from = danglingAdjectivesStart(s, start, at);
      if (from >= 0) {
        if (beforeAdjectives < 0) beforeAdjectives = at;
        ordinal ||= ORDINAL.test(word);
      }
    }
    if (from < 0) break;
    const next = Math.max(0, from - 1);
    if (next <= floor) break;
    at = next;
  }
  // Adjectives whose going would leave nothing of `s` stay when the label would then end on a word it
  // does not end on either (`…d.d. 21 mei 2001 respectievelijk…`, 2171), or when one is an ordinal, which
  // tells the items of a list apart: `De brief van de Staatssecretaris van IenM ter aanbieding van de
  // 34ste…` (1069) is one of a list of letters; with nothing after the date its label shared all its words
  // with the letter of the same day before it, and the timeline merged the two.
  if (at === 0 && beforeAdjectives > 0 && (ordinal || !mayEndLabel(lastBefore))) at = beforeAdjectives;
  // Nor on the comma or semicolon of the word it ends with: `…wordt geleidelijk ingevoerd…`, not
  // `…ingevoerd,…` (70). (A space comes before the end only when a word was nothing but such marks.)
  while (at > floor + 1 && isClauseMarkOrSpace(s.charCodeAt(at - 1))) at--;
  // Nor on the full stop of a sentence inside a quoted title: `…het rapport van Amnesty International «Onbeschermd…`,
  // not `«Onbeschermd.…` (1615). An abbreviation's stays: `…jl.…`, `…mln.…`, `…J.M.…`.
  if (at > floor + 1 && s.charCodeAt(at - 1) === 0x2e && endsSentenceWord(s, at - 1)) at--;
  return at;
}

/**
 * Where a label cut at `at` should end when its last word, s[start, at), is not the last of a name of several
 * capitalised words (and the particles between them) that goes on after the cut: before the name's first word, whole
 * names or none. `…een werkbezoek gebracht aan Aruba, Curaçao, Sint Maarten en Caribisch…` (1317, `Caribisch
 * Nederland`) ends `…Sint Maarten en` (and then, by the other rules, `…Sint Maarten`); `…met de regering van Sint…`
 * (2605, `Sint Maarten`) ends `…met de regering`. -1 when the word is no such part of a name:
 * - a word that ends its clause (`Curaçao,`) or a bracket, or that no capitalised word follows (`…de Tweede Kamer
 *   heeft`);
 * - an acronym, a name on its own (`…de Minister van VWS Aanbieding voortgangsrapportage…`, a verslag's list);
 * - the third word of a name or later (see NAME_WORDS_ENOUGH).
 * The name starts after a capitalised function word (`Het`, `Op`: a sentence's first word) and never at a particle.
 */
function cutNameStart(s: string, start: number, at: number): number {
  // The name goes on: a capitalised word next. (Not a particle and then one: `…met minister Donner van Binnenlandse
  // Zaken`, 1210, names a minister and his ministry.) The cheapest test first: most cuts fall before a lower-case word.
  if (at >= s.length - 1 || s.charCodeAt(at) !== 0x20 || !isUpper(s.charCodeAt(at + 1))) return -1;
  if (!isNameWord(s, start, at) || isAcronym(s, start, at)) return -1;
  // Back over the name's earlier words: capitalised ones, and particles between two of them.
  let from = start;
  let words = 1;
  while (from > 1) {
    const before = s.lastIndexOf(' ', from - 2) + 1;
    if (isNameWord(s, before, from - 1)) {
      from = before;
      words++;
      continue;
    }
    if (!NAME_INNER_PARTICLES.has(s.slice(before, from - 1)) || before < 2) break;
    const first = s.lastIndexOf(' ', before - 2) + 1;
    if (!isNameWord(s, first, before - 1)) break;
    from = first;
    words++;
  }
  // A label with three words of a name or more says which it is: `…het Manifest Maatschappelijk Verantwoord
  // Opdrachtgeven…` (178, `… en Inkopen`).
  if (words >= NAME_WORDS_ENOUGH) return -1;
  return from;
}

/**
 * Particles inside a name, between two of its capitalised words: `Raad van State`, `Instituut voor Verantwoord
 * Medicijngebruik`. Not `en`, which joins two names more often than it stands in one (`Sint Maarten en Caribisch
 * Nederland`, 1317).
 */
const NAME_INNER_PARTICLES: ReadonlySet<string> = new Set(['van', 'voor', 'der', 'den', 'ter', 'ten']);

/** How many capitalised words of a name a label may end on (see `cutNameStart`). */
const NAME_WORDS_ENOUGH = 3;

/**
 * Is s[start, end) a word of a name: capitalised, not a function word (`Het`, `Op`, a sentence's first word), and
 * not ending its clause or a bracket (`Curaçao,`, `(NAR)`, `Kamer.`)?
 */
function isNameWord(s: string, start: number, end: number): boolean {
  if (end <= start || !isUpper(s.charCodeAt(start))) return false;
  const word = s.slice(start, end);
  if (NO_LAST_WORDS.has(word.toLowerCase())) return false;
  const last = s.charCodeAt(end - 1);
  return !isClauseMarkOrSpace(last) && last !== 0x29 && last !== 0x2e;
}

/** Is s[start, end) an acronym (two capitals or more, no lower-case letter), or a ministry's short name? */
function isAcronym(s: string, start: number, end: number): boolean {
  const word = s.slice(start, end);
  return MINISTRY_ABBREVIATIONS.has(word) || /^\p{Lu}[\p{Lu}\d&/-]+$/u.test(word);
}

/** Prepositions before which `zijn` and `haar` are possessives (see `isPossessiveAt`). */
const BEFORE_POSSESSIVE: ReadonlySet<string> = new Set(
  'van voor aan om met in op over bij door naar tot uit onder tegen tussen zonder na per'.split(' '),
);
/** A finite form of `hebben`, as a word: `heeft`, `hebben`, `had`. */
const HEBBEN_FINITE = /(?:^| )(?:heb|hebt|heeft|hebben|had|hadden)(?= )/i;

/**
 * Is `zijn` or `haar` at s[start, …) a possessive (`his`, `her`, `its`), whose noun a cut after it would leave out: after
 * a preposition (`…het tweede deel van haar…`, 1720), or after a finite form of `hebben` in the words before it, which is
 * then the clause's verb (`Op 12 mei jl. heeft het College voor de Rechten van de Mens zijn…`, 1770, of `zijn
 * jaarrapportage`), not after `te` (`…heb ik aangegeven bereid te zijn…`, 2595, a verb). Other words before them
 * leave `zijn` a verb (`…huurwoningen op en zijn…`, 112) and `haar` a pronoun.
 */
function isPossessiveAt(s: string, start: number): boolean {
  if (start < 2) return false;
  const previous = s.slice(s.lastIndexOf(' ', start - 2) + 1, start - 1).toLowerCase();
  if (previous === 'te') return false;
  return BEFORE_POSSESSIVE.has(previous) || HEBBEN_FINITE.test(s.slice(0, start));
}

/** Does s[…, dot) end with a word of five letters or more and no `.` in it (no abbreviation: `jl`, `mln`, `resp`)? */
function endsSentenceWord(s: string, dot: number): boolean {
  const start = s.lastIndexOf(' ', dot - 1) + 1;
  return dot - start >= 5 && SENTENCE_WORD.test(s.slice(start, dot));
}

/** A word of letters, after an opening quote or bracket if any. */
const SENTENCE_WORD = /^[«“(]?\p{L}{5,}$/u;

/**
 * Words no clause ends on, cut or not: articles, conjunctions, `te`, and prepositions that are no particle of a
 * verb and, left at the end, become another word (`met` → `mee`, `tot` → `toe`). A label that ends its clause or
 * sentence on one lost what followed it: a date taken out (`…vergelijkbaar is met vorig jaar`, 215; `…de
 * kabinetsreacties van februari en december vorig jaar`, 1246), or a sentence broken off in the page
 * (`…opmerkingen van de NVB over de`, 1426). `over`, `op`, `aan`, `uit`, `door` and the like are not among them:
 * they end many a clause as a verb's particle (`bied ik u … aan`, `loopt nog door`) or a stranded preposition
 * (`hebben hier nog enkele vragen over`, 241).
 */
const NO_CLAUSE_END: ReadonlySet<string> = new Set(
  "de een 't en of te met tot per inzake betreffende omtrent aangaande zowel alsmede zoals omdat zodat indien nadat voordat teneinde".split(
    ' ',
  ),
);
/**
 * Prepositions that are no particle of a verb before a colon, which then opens their object: `De vaste
 * commissie voor Binnenlandse Zaken heeft op 8 juni 2020 overleg gevoerd over:` (123).
 */
const BEFORE_COLON: ReadonlySet<string> = new Set(['over', 'van', 'naar', 'tussen']);

/** The length of the longest word `clauseLabelEnd` looks for: `betreffende`. */
const LONGEST_NO_END = 11;

/**
 * A relative pronoun or conjunction that opens a clause after a comma: the label `…heeft de Kamer ook het
 * Ontwerpakkoord Duurzame Luchtvaart ontvangen, dat` (2796, `dat op 21 februari 2019 (…) is vastgesteld`) kept
 * only the first word of its relative clause.
 */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['die', 'dat', 'welke', 'wat']);
/** Words before a stranded `om` (`daar gaat het om`, `waar het hier om gaat`). */
const BEFORE_STRANDED_OM: ReadonlySet<string> = new Set(['het', 'er', 'daar', 'hier', 'waar']);

/**
 * Is the `om` that starts at `at` in s[from, …) a stranded preposition (`het gaat er niet om`): one of
 * BEFORE_STRANDED_OM among the three words before it? Otherwise it opens an infinitive with `te` that was cut
 * off: `Op dinsdag 5 oktober jl. heeft de Tweede Kamer mij verzocht om, samen met …, te onderzoeken` (84),
 * `Tevens heb ik uw Kamer in het AO Visserij toegezegd om – …` (2383).
 */
function strandedOm(s: string, from: number, at: number): boolean {
  let end = at - 1;
  for (let n = 0; n < 3 && end > from; n++) {
    const start = Math.max(from, s.lastIndexOf(' ', end - 1) + 1);
    if (BEFORE_STRANDED_OM.has(s.slice(start, end).toLowerCase())) return true;
    end = start - 1;
  }
  return false;
}

/**
 * Where a label that ends at s[…, end) where its clause or its sentence ends (not cut to size) should end: before
 * the word it ends on when that lost its object (NO_CLAUSE_END; `het` after a preposition, an article or a
 * conjunction, where it is no pronoun; `om` but a stranded one, see `strandedOm`; a relative pronoun after a comma,
 * RELATIVE_PRONOUNS; one of BEFORE_COLON when the clause ends at a colon), and then by the
 * rules of a cut label (`readableEnd`): `…opmerkingen van de NVB over de` (1426) ends `…opmerkingen van de
 * NVB`, `…asielinstroom in de eerste en` (697) `…asielinstroom`. s[from, end) is a stretch whose white space is
 * single spaces; loose marks at its end are passed over. `end` when nothing lost its object; `from` when nothing
 * is left.
 */
export function clauseLabelEnd(s: string, from: number, end: number, beforeColon: boolean): number {
  let e = end;
  while (e > from && isLoose(s.charCodeAt(e - 1))) e--;
  if (e === from) return end;
  const start = Math.max(from, s.lastIndexOf(' ', e - 1) + 1);
  // Most labels end on a longer word than any of these (`betreffende`): no string is made for it.
  if (e - start > LONGEST_NO_END) return end;
  const word = s.slice(start, e).toLowerCase();
  let dangles = NO_CLAUSE_END.has(word) || (beforeColon && BEFORE_COLON.has(word));
  if (!dangles && start > from) {
    if (word === 'het') {
      const previous = s.slice(Math.max(from, s.lastIndexOf(' ', start - 2) + 1), start - 1);
      dangles = NO_LAST_WORDS.has(previous.toLowerCase());
    } else if (word === 'om') {
      dangles = !strandedOm(s, from, start);
    } else if (RELATIVE_PRONOUNS.has(word)) {
      dangles = start - from >= 2 && s.charCodeAt(start - 2) === 0x2c;
    }
  }
  if (!dangles) return end;
  return from + readableEnd(s.slice(from, e), e - from, -1);
}

/**
 * The ends of a label's two parts by their clause (see `clauseLabelEnd`): `after`, a[aA, aB), at its clause's end;
 * where nothing is left of it, or a clause mark opens it (the date ended its clause), `before`, b[bA, bB), too,
 * without a comparison's `dan`/`als` whose other term was the date (`comparisonStart`). The parts may lie in one
 * text (`plainLabel`, on offsets) or in two strings (`clauseLabel`). Returns the new ends of `before` and `after`.
 */
export function clauseLabelEnds(
  b: string,
  bA: number,
  bB: number,
  a: string,
  aA: number,
  aB: number,
  colon: boolean,
): [before: number, after: number] {
  let end = aB;
  if (!allLoose(a, aA, end)) end = clauseLabelEnd(a, aA, end, colon);
  const before =
    allLoose(a, aA, end) || isClauseMarkAt(a, aA)
      ? clauseLabelEnd(b, bA, comparisonStart(b, bA, bB), false)
      : bB;
  return [before, end];
}

/** Is s[from, to) loose characters only (or empty)? */
function allLoose(s: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isLoose(s.charCodeAt(k))) k++;
  return k === to;
}

/** Helper verbs that need another verb after `te`: `te zullen reageren`, `te kunnen worden`. */
const HELPER_AFTER_TE: ReadonlySet<string> = new Set(['zullen', 'kunnen', 'willen', 'gaan']);

/** Particles of verbs with `gaan` (`overgaan`, `doorgaan`, `akkoord gaan`), lower case. */
const GAAN_PARTICLES: ReadonlySet<string> = new Set(
  'over door akkoord mee in uit op aan na toe om voort verder terug weg samen'.split(' '),
);

/** Is the word before s[start…] (a word after a single space) `te`? */
function isTeBefore(s: string, start: number): boolean {
  return (
    start >= 3 &&
    (start === 3 || s.charCodeAt(start - 4) === 0x20) &&
    s.charCodeAt(start - 1) === 0x20 &&
    s.slice(start - 3, start - 1).toLowerCase() === 'te'
  );
}

/** Is the word before s[start…] (a word after a single space) one of GAAN_PARTICLES? */
function afterParticle(s: string, start: number): boolean {
  if (start < 2 || s.charCodeAt(start - 1) !== 0x20) return false;
  return GAAN_PARTICLES.has(s.slice(s.lastIndexOf(' ', start - 2) + 1, start - 1).toLowerCase());
}

/** May a cut label end on `word`: a word, not one of NO_LAST_WORDS, nor a dash or half a compound? */
function mayEndLabel(word: string): boolean {
  return word !== '' && !NO_LAST_WORDS.has(word.toLowerCase()) && !isDash(word.charCodeAt(word.length - 1));
}

/** `-` `–` `—`. */
function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}

/** `,` `;` `:` or a space. */
function isClauseMarkOrSpace(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x20;
}

const NO_PHRASES: readonly string[] = [];

/**
 * Adjectives a cut label does not end on. Dutch inflects an adjective before its noun (`de nieuwe
 * regeling`, `een Nederlandse bijdrage`), never after a verb (`is nieuw`): a cut after one has lost the
 * noun. `…hebben VNO/NCW en de Consumentenbond een gezamenlijke…` (2782), `…heb ik aangegeven dat de
 * consulaire…` (1445). By the word's class:
 * - ADJECTIVE: an adjective wherever it stands. Lower case with an adjective's ending (`-lijke`,
 *   `-ische`, `-ige`, `-ele`, `-ale`, `-ieve`, `-bare`, `-ere`…), of a place or a people in either case
 *   (`Nederlandse`, `Europese`, `jaarlijkse`), or a common short one in lower case (`nieuwe`, `vaste`).
 * - ADJECTIVE_AFTER_DETERMINER: an adjective only right after an article or another determiner (or more
 *   adjectives after one), as the same ending makes other words too: ordinals (`de Tweede`, `de
 *   laatste`), participles (`de gewijzigde`, `de volgende`, where `stuurde` and `diende` are verbs) and
 *   capitalised words with an adjective's ending (`de Informele`, where `Bonaire` or `Almere` is a name).
 * Words with those endings that are nouns (`getuige`, `deskundige`, `gemeente`, `verdachte`) are neither,
 * nor a capitalised short one (`minister de Jonge` is a name).
 */
export const NO_ADJECTIVE = 0;
export const ADJECTIVE_AFTER_DETERMINER = 1;
export const ADJECTIVE = 2;

/** Endings of inflected adjectives, lower case: `gezamenlijke`, `economische`, `huidige`, `structurele`, … */
const ADJECTIVE_ENDING = /(?:ijke|i?sche|ige|ele|iële|ale|aire|iere|ieve|ieke|bare|ere|zame|brede|vrije)$/u;
/**
 * Adjectives of a place or a people: a consonant before `-se` (`Nederlandse`, `Duitse`, `jaarlijkse`,
 * `Oekraïense`) or `-ese` (`Europese`, `Chinese`). Not `klasse`, `fase`, `analyse`, `expertise`,
 * `prognose`, nor `hypothese` or `genese`.
 */
const PLACE_ADJECTIVE = /(?:[^aeiouys]|[^aeiouy]e)se$/u;
const NOT_PLACE_ADJECTIVE = /(?:these|genese)$/u;
/** Common adjectives without such an ending. */
const SHORT_ADJECTIVES: ReadonlySet<string> = new Set(
  'nieuwe grote kleine hoge lage goede oude jonge lange korte vaste hele gehele zware lichte snelle late vroege juiste echte gewone concrete directe externe interne complete moderne ruime gezonde algemene diverse enkele forse groene adequate mondelinge'.split(
    ' ',
  ),
);
/**
 * SHORT_ADJECTIVES that are adjectives capitalised too, after a determiner (`de Algemene Rekenkamer`, 1383;
 * `de Vaste commissie`): those that are no surname, as `De Jonge`, `De Lange` or `De Groot` are.
 */
const CAPITALISED_SHORT_ADJECTIVES: ReadonlySet<string> = new Set(
  'nieuwe vaste gehele externe interne complete moderne ruime algemene diverse adequate mondelinge'.split(
    ' ',
  ),
);
/**
 * Ordinals: `tweede`, `14e`, `34ste`, `dertiende`, `twintigste`, `laatste`. (Not other superlatives: `…als
 * één van de veiligste…`, 2566, needs no noun.)
 */
const ORDINAL =
  /^\d+(?:e|de|ste)$|^(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|laatste)$|(?:tiende|tigste|honderdste)$/u;
/**
 * Present participles: `volgende`, `bestaande` (`diende`, `kende` and `opende` are verbs, `houdende` and
 * `gedurende` prepositions).
 */
const PRESENT_PARTICIPLE = /[ae]nde$/u;
/**
 * Participles: a prefix, and `-de` after a voiced consonant or `-te` after a voiceless one (`gewijzigde`,
 * `aangekondigde`, `bedoelde`, `verwachte`, `gemaakte`). Not `periode`, `gedragscode`, `belofte`.
 */
const PARTICIPLE = /^(?:\p{L}*ge|be|ver|ont|her)\p{L}*(?:[bglmnrvwz]de|(?:[kps]|ch|tt)te)$/u;
/**
 * Participles of verbs in `-ien` and `-aan`, inflected: `voorziene`, `herziene`, `gedane`, `ontstane`,
 * `toegestane` (`…met een voorziene…`, 56; `…aan de voorziene…`, 268).
 */
const STRONG_PARTICIPLE = /^(?:\p{L}*ge|be|ver|ont|her|voor)\p{L}*(?:ie|a)ne$/u;
/** Nouns with an adjective's ending or a participle's (by their end, so compounds too: `kerncentrale`). */
const NOUN_ENDINGS = [
  'getuige',
  'deskundige',
  'plichtige',
  'gerechtigde',
  'jongere',
  'oudere',
  'affaire',
  'centrale',
  'finale',
  'ellende',
  'legende',
  'bende',
  'alleenstaande',
  'nabestaande',
  'bovenstaande',
  'onderstaande',
  'voorgaande',
  'ondergetekende',
  'schaarste',
  'hebbende',
  'voldoende',
  'plaatse',
  'nadele',
  'gemeente',
  'gedachte',
  'gewoonte',
  'behoefte',
  'geboorte',
  'gestalte',
  'gedeelte',
  'gebergte',
  'getijde',
  'gedaante',
  'verdachte',
  'gedeputeerde',
  'gedetineerde',
  'gedupeerde',
  'gehandicapte',
  'gepensioneerde',
  'gevolmachtigde',
  'gemachtigde',
  'afgevaardigde',
];
/** Words that may stand between a determiner and its adjectives: `de meest beschadigde`. */
const INTENSIFIERS: ReadonlySet<string> = new Set(['zeer', 'meest', 'minst', 'extra', 'heel']);
/**
 * Articles and other determiners before adjectives. Not `die` or `dat`, which are pronouns too (`…dat
 * gebeurde`); they are FUNCTION_WORDS, so a cut ends before them anyway.
 */
const DETERMINERS: ReadonlySet<string> = new Set(
  "de het een 't deze dit onze ons hun uw mijn zijn haar elke elk iedere ieder alle geen welke".split(' '),
);

/** The class of `word` (as written, with any marks) as an adjective: see `ADJECTIVE`. */
export function adjectiveClass(word: string): number {
  // Marks in front (`«Bijzondere`, `(toekomstige`) say nothing; a mark after the word ends its phrase.
  let a = 0;
  while (a < word.length && !LETTER_OR_DIGIT.test(word[a] as string)) a++;
  const w = word.slice(a);
  if (w.length < 3 || w.charCodeAt(w.length - 1) !== 0x65) return NO_ADJECTIVE; // all end in `e`
  const lower = w.toLowerCase();
  if (NOUN_ENDINGS.some((noun) => lower.endsWith(noun))) return NO_ADJECTIVE;
  if (PLACE_ADJECTIVE.test(lower) && !NOT_PLACE_ADJECTIVE.test(lower)) return ADJECTIVE;
  // A name's adjective is capitalised; not one after a hyphen (`AWBZ-brede`, `Macro-economische`).
  const tail = w.slice(w.lastIndexOf('-') + 1);
  const capital = tail !== tail.toLowerCase();
  if (SHORT_ADJECTIVES.has(lower)) {
    if (!capital) return ADJECTIVE;
    if (CAPITALISED_SHORT_ADJECTIVES.has(lower)) return ADJECTIVE_AFTER_DETERMINER;
  }
  if (ADJECTIVE_ENDING.test(lower)) return capital ? ADJECTIVE_AFTER_DETERMINER : ADJECTIVE;
  return ORDINAL.test(lower) ||
    PRESENT_PARTICIPLE.test(lower) ||
    PARTICIPLE.test(lower) ||
    STRONG_PARTICIPLE.test(lower)
    ? ADJECTIVE_AFTER_DETERMINER
    : NO_ADJECTIVE;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Where a label cut at `at` should end when its last word, s[start, at), is an adjective whose noun was
 * cut off (see `adjectiveClass`): before it and the adjectives and determiner before it, `…de
 * grootschalige militaire…` (1252) before `de`. -1 when the word is no such adjective.
 */
function danglingAdjectivesStart(s: string, start: number, at: number): number {
  const word = s.slice(start, at);
  // An intensifier ends no phrase either: `…vervangt Rijkswaterstaat de meest…` (2033).
  const last = INTENSIFIERS.has(word.toLowerCase()) ? ADJECTIVE_AFTER_DETERMINER : adjectiveClass(word);
  if (last === NO_ADJECTIVE) return -1;
  let from = start;
  while (from > 0) {
    // The word before s[from, …).
    const before = s.lastIndexOf(' ', from - 2) + 1;
    const previous = s.slice(before, from - 1);
    const lower = previous.toLowerCase();
    if (DETERMINERS.has(lower)) return before;
    if (adjectiveClass(previous) !== NO_ADJECTIVE || INTENSIFIERS.has(lower)) {
      from = before;
      continue;
    }
    // An uninflected adjective as an adverb, right after the determiner: `…het wettelijk vastgelegde…`
    // (2680), `…een volledig herziene Europese…` (2741).
    if (before > 0 && ADVERB.test(previous)) {
      const first = s.lastIndexOf(' ', before - 2) + 1;
      if (DETERMINERS.has(s.slice(first, before - 1).toLowerCase())) return first;
    }
    // After a preposition or conjunction (`…voor dubbele…`, `…dat particuliere…`), which the cut then
    // leaves out too; or, a lower-case adjective, after a name's capitalised word, which the label then ends on:
    // `…de voorzitter van de Commissie territoriale…` (1030, `Commissie territoriale beperking`), `…met Aruba, Curaçao
    // en Sint Maarten bilaterale…` (472).
    return last === ADJECTIVE &&
      (NO_LAST_WORDS.has(lower) || (isLower(s.charCodeAt(from)) && isNameWord(s, before, from - 1)))
      ? from
      : -1;
  }
  return -1;
}

/**
 * An uninflected adjective used as an adverb, by an adjective's ending: `wettelijk`, `volledig`,
 * `economisch`. (Not any lower-case word: `…de antwoorden op de vragen eerste…`, 1620, has a noun there.)
 */
const ADVERB = /^\p{Ll}+(?:lijk|ig|isch)$/u;

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
 * - not inside a number or a date the cut split: `…819 Invoering van een verhuurderheffing` (1505, of `33 819`),
 *   `…2023 haar leden gelegenheid gegeven` (153, of `17 juli 2023`), `…095, nr. 539 van de leden` (1487, of
 *   `35 095, nr. 539`) start after them (see `pastNumberCut`).
 * Returns `from` when the start reads well, else the start of a later word (or `s.length`).
 */
export function readableStart(s: string, from: number): number {
  // A number or date may follow the words skipped too: `…en Energieverkenning 2020 het doel` (2795) starts at `het`.
  return pastNumberCut(s, readableStartOfWords(s, from));
}

/**
 * The start after the rest of a number or date whose first part was cut off before `from`: a word that begins
 * with a digit after a word that ends with one (a grouped number, `33 819`) or after a month name (the year of
 * `17 juli 2023`); a dossier's paper number after it goes too (`35 095, nr. 539`). A date whose day or preposition was
 * cut off goes whole, another date than the entry's, which the part would read as its own: a month with its year
 * (`…april 2017 inzake het verslag`, 805, of `26 april 2017`; `…november 2024 een onderzoek afgerond`, 1446, of `in
 * november 2024`), a year (`…2016 geleidelijk wordt verhoogd`, 2072, of `vanaf 2016`), a whole date (`…18 oktober 2018
 * heb ik uw Kamer toegezegd`, 1175, of `Op 18 oktober 2018`). So does a formal subject marker after it (see
 * `pastSubject`): `…het verslag van de informele Raad voor Concurrentievermogen`, the label of the Raad's day, read as
 * if the letter of 26 april were the date; `…21 januari 2011 inzake de geannoteerde agenda van de Raad Buitenlandse
 * Zaken` (1207, the label of the Raad's 31 januari) starts at `de geannoteerde agenda`. Else `from`.
 */
function pastNumberCut(s: string, from: number): number {
  if (from < 2 || from >= s.length) return from;
  const end = wordEnd(s, from);
  const previous = s.slice(s.lastIndexOf(' ', from - 2) + 1, from - 1);
  // A month, its day cut off or its preposition: `…april 2017 inzake` (805), `…november 2024 een onderzoek afgerond`
  // (1446, of `in november 2024`).
  if (isDutchMonth(s.slice(from, end))) return pastSubject(s, pastYear(s, Math.min(s.length, end + 1)));
  // The `jl.` or `a.s.` of a date whose month was cut off: `In reactie op uw brief van 19 september jl. en onder
  // verwijzing naar mijn brief …` (358) gave `…jl. en onder verwijzing naar mijn brief bericht ik u`.
  if (DATE_TAIL_WORD.test(s.slice(from, end)) && (isDutchMonth(previous) || YEAR_WORD.test(previous)))
    return pastSubject(s, Math.min(s.length, end + 1));
  if (!isDigit(s.charCodeAt(from)))
    return s.startsWith('d.d. ', from) ? pastLetterDate(s, from, end + 1) : from;
  if (isDutchMonth(previous)) return pastSubject(s, Math.min(s.length, end + 1));
  if (!isDigit(s.charCodeAt(from - 2))) {
    // A year whose preposition or name was cut off: `…2016 geleidelijk wordt verhoogd` (2072, of `vanaf 2016`).
    if (YEAR_WORD.test(s.slice(from, end))) return pastSubject(s, Math.min(s.length, end + 1));
    return pastLetterDate(s, from, from);
  }
  if (s.charCodeAt(end - 1) === 0x2c && s.startsWith('nr. ', end + 1) && isDigit(s.charCodeAt(end + 5))) {
    return Math.min(s.length, wordEnd(s, end + 5) + 1);
  }
  return Math.min(s.length, end + 1);
}

/**
 * Do the words of `s` after `at` (the end of a day's number) go on to a month, through more days and the words that
 * join them (`en`, `t/m`, `tot en met`, a dash): is that day the first part of a date? Four words at most are read.
 */
function dayOfCutDate(s: string, at: number): boolean {
  let k = at + 1;
  for (let i = 0; i < 4 && k < s.length; i++) {
    const end = wordEnd(s, k);
    const word = s.slice(k, end);
    if (isDutchMonth(word)) return true;
    if (!isDay(word) && !DAY_JOINS.has(word)) return false;
    k = end + 1;
  }
  return false;
}

/** A figure as a word: `45`, `2,8`, `1.500`. */
const FIGURE = /^\d[\d.,]*$/;
/** Words that make a figure before them millions or more. */
const MAGNITUDES: ReadonlySet<string> = new Set([
  'duizend',
  'miljoen',
  'miljard',
  'mln',
  'mln.',
  'mld',
  'mld.',
  'mrd',
  'mrd.',
]);

/**
 * The start of the figure whose last group starts at `start`, with the groups of thousands before it (`€ 13 131`, 2562)
 * and a currency sign right before it (`€ 45`), else `start`.
 */
function amountStart(s: string, start: number): number {
  let from = start;
  while (from >= 2 && THOUSANDS.test(s.slice(from, wordEnd(s, from)))) {
    const before = s.lastIndexOf(' ', from - 2) + 1;
    if (!GROUP_BEFORE.test(s.slice(before, from - 1))) break;
    from = before;
  }
  if (from < 2) return from;
  const before = s.lastIndexOf(' ', from - 2) + 1;
  return CURRENCY.has(s.slice(before, from - 1)) ? before : from;
}

/** A group of thousands after a space (`131` of `13 131`), and a group before one. */
const THOUSANDS = /^\d{3}$/;
const GROUP_BEFORE = /^\d{1,3}$/;

const CURRENCY: ReadonlySet<string> = new Set(['€', '$', '£', 'EUR', 'euro', 'USD']);

/** Words between the days of a date: `20 t/m 25 januari`, `26 en 27 maart`, `1 tot en met 3 juni`, `20 – 21 april`. */
const DAY_JOINS: ReadonlySet<string> = new Set(['en', 't/m', 'tot', 'met', '–', '-']);

/** A day of the month, or two (`20–21`). */
const DAY = /^\d{1,2}(?:[–-]\d{1,2})?$/;

function isDay(word: string): boolean {
  return DAY.test(word);
}

/** After a year (`2017`, `2017,`) or `jl.` that starts at `at` (a word start), else `at`. */
function pastYear(s: string, at: number): number {
  const end = wordEnd(s, at);
  return YEAR_OR_JL.test(s.slice(at, end)) ? Math.min(s.length, end + 1) : at;
}

const YEAR_OR_JL = /^(?:\d{4},?|jl\.?|j\.l\.|jongstleden)$/;

/** `jl.` or `a.s.` after a date, as a word. */
const DATE_TAIL_WORD = /^(?:jl\.?|j\.l\.|jongstleden|a\.s\.|aanstaande)$/;

/**
 * After a word that marks a letter's subject (`inzake`, `houdende`, `ter aanbieding van`, …) that starts at `at`, else
 * `at`. Not `over` or `met`, which are prepositions too: `…over de gewelddadigheden in Amsterdam is toegezegd` (1054,
 * of a debate `van 7 en 8 november 2024`) would lose what the debate was about.
 */
function pastSubject(s: string, at: number): number {
  const marker = FORMAL_SUBJECT.exec(s.slice(at, at + SUBJECT_MARKER_REACH));
  if (marker) return at + marker[0].length;
  // Nor at the `en` or `of` that joined the date to what follows: `…mijn brief aan uw Kamer over het juridisch kader`
  // (1413), not `…en mijn brief`, of `in … 2012 en mijn brief`.
  const conjunction = CONJUNCTION_WORD.exec(s.slice(at, at + 3));
  return conjunction ? at + conjunction[0].length : at;
}

const CONJUNCTION_WORD = /^(?:en|of)(?: |$)/;

/** The longest marker (`met betrekking tot`) and a space. */
const SUBJECT_MARKER_REACH = 24;

/**
 * A year, or a span of years, as a word: `2016`, `2008–2013`. Not one a comma follows, which ends a name's year more
 * often than a date's: `…1997, brief van de staatssecretaris` (2161, of `rapportage wapenexportbeleid 1997`).
 */
const YEAR_WORD = /^(?:1[89]|20)\d\d(?:[–-](?:(?:1[89]|20)\d\d|\d\d))?$/;

/**
 * After a whole date at `at` (a day and a month, a year if any) and the subject marker after it, where `from` (the
 * part's start, `at` or a `d.d.` before it) starts a date: a letter's with its subject (`…21 januari 2011 inzake de
 * geannoteerde agenda`, 1207), or one whose preposition was cut off (`…18 oktober 2018 heb ik uw Kamer toegezegd`,
 * 1175, of `Op 18 oktober 2018`); else `from`.
 */
function pastLetterDate(s: string, from: number, at: number): number {
  const dayEnd = wordEnd(s, at);
  if (!isDay(s.slice(at, dayEnd)) || dayEnd >= s.length) return from;
  const monthEnd = wordEnd(s, dayEnd + 1);
  if (!isDutchMonth(s.slice(dayEnd + 1, monthEnd))) return from;
  return pastSubject(s, pastYear(s, Math.min(s.length, monthEnd + 1)));
}

function readableStartOfWords(s: string, from: number): number {
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
        if (endsClause(word)) break;
      } else break;
    }
    at = Math.min(k, s.length);
  }
  return at === from ? pastCutPhrase(s, from) : at;
}

/**
 * Prepositions of several words (the test reference reads this list too). A left part that starts inside one reads as if its last words began the phrase:
 * `…aanleiding van mijn deelname aan de Ministeriële Raad van de OVSE in Vilnius` (743, of `Naar aanleiding van`),
 * `…kader van de organisatieontwikkeling` (2700, of `In het kader van`), `…van de antwoorden` (1114).
 */
export const CUT_PHRASE_LIST: readonly string[] = [
  'naar aanleiding van',
  'in antwoord op',
  'in aansluiting op',
  'in verband met',
  'in het kader van',
  'in navolging van',
  'in vervolg op',
  'in reactie op',
  'als reactie op',
  'ten behoeve van',
  'ter voorbereiding op',
  'ter voorbereiding van',
];
/** CUT_PHRASE_LIST cut after each of a phrase's words but the last: the words before the cut (`head`), those after it (`tail`). */
const CUT_PHRASES: readonly { head: string; tail: string }[] = CUT_PHRASE_LIST.flatMap((phrase) => {
  const words = phrase.split(' ');
  return words.slice(1).map((_, k) => ({
    head: words.slice(0, k + 1).join(' '),
    tail: words.slice(k + 1).join(' '),
  }));
});

/**
 * After the rest of a preposition of several words (see `CUT_PHRASES`) whose first words were cut off before `from`
 * (a word start in `s`), else `from`. The whole phrase does not fit where it was cut: the window stopped at its first
 * word, so the part starts after it, the room it frees going to the words after the date.
 */
function pastCutPhrase(s: string, from: number): number {
  if (from < 2) return from;
  for (const { head, tail } of CUT_PHRASES) {
    const tailEnd = from + tail.length;
    if (!s.startsWith(tail, from) || (tailEnd < s.length && s.charCodeAt(tailEnd) !== 0x20)) continue;
    const headStart = from - 1 - head.length;
    if (headStart < 0 || (headStart > 0 && s.charCodeAt(headStart - 1) !== 0x20)) continue;
    if (s.slice(headStart, from - 1).toLowerCase() === head) return Math.min(s.length, tailEnd + 1);
  }
  return from;
}

/** The end of the word that starts at `from`: its next space, or the end of `s`. */
function wordEnd(s: string, from: number): number {
  const e = s.indexOf(' ', from);
  return e < 0 ? s.length : e;
}
