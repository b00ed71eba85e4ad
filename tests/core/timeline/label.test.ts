import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences';
import { findDates } from '../../../src/core/dates';
import { DUTCH_MONTHS } from '../../../src/core/text/dutch-months';
import { normalizeText } from '../../../src/core/text/normalize';
import { dateLists } from '../../../src/core/timeline/date-lists';
import { LABEL_REACH, labelAround, MAX_LABEL } from '../../../src/core/timeline/label';
import { LABEL_STRETCH } from '../../../src/core/timeline/label-chars';
import { MINISTRIES, MINISTRY_ABBREVIATIONS } from '../../../src/core/timeline/ministry-names';
import { pairedQuotes, quotePositions, roleAt } from '../../../src/core/timeline/quotes';
import { subjectBeforeVerb, subjectFirst as subjectFirstLabel } from '../../../src/core/timeline/fronted';
import { isParticiple, isParticipleAfterParticle } from '../../../src/core/dates/tense';
import { MODAL_FORMS } from '../../../src/core/dates/lexicon';
import { AUXILIARY_WORDS } from '../../../src/core/timeline/auxiliaries';
import { isClauseParticiple } from '../../../src/core/timeline/verb-cluster';
import { COUNTING_WORDS, FUNCTION_WORDS } from '../../../src/core/timeline/function-words';
import { INSERTION_HEADS } from '../../../src/core/timeline/insertions';
import {
  ADJECTIVE,
  ADJECTIVE_AFTER_DETERMINER,
  NO_ADJECTIVE,
  adjectiveClass,
} from '../../../src/core/timeline/adjectives';
import { CUT_PHRASE_LIST } from '../../../src/core/timeline/readable-start';
import type { Span } from '../../../src/core/types';
import { loadCorpus, navoText } from '../dates/letters';
import { loopEnd, loopStart, NARROW, WIDE } from './clause-reference';

/**
 * The label rules written plainly with regexes and `split`, as `labelAround` had them before it worked
 * by offsets: the reference the fast version must agree with, character for character.
 */
function referenceLabel(original: string, sentence: Span, date: Span): string {
  const label = meetingReference(original, sentence, date);
  // The label's window starts at the sentence's start (a date within LABEL_REACH of it), which it reads.
  const windowStart = Math.max(sentence.start, Math.min(date.start, sentence.end) - LABEL_REACH);
  return windowStart > sentence.start
    ? label
    : subjectFirstReference(original.slice(sentence.start, sentence.end), label);
}

/**
 * A label that starts (`…`) at the sentence's main clause, its finite verb, after the phrase of a preposition or the
 * clause of `zoals`, `omdat`… that the sentence opens with, with the subject first (see `subjectBeforeVerb`).
 */
function subjectFirstReference(sentence: string, label: string): string {
  const m = /^…(\S+) (\S+)/.exec(label);
  const finite = [...AUXILIARY_WORDS, ...MODAL_FORMS];
  // A finite verb, or any verb before `ik`, `wij`, `we` that is no word opening a clause.
  const openers = [
    ...'dat omdat zodat wanneer indien nadat voordat zodra terwijl hoewel'.split(' '),
    ...'die welke waarover waarin waarbij waarmee waarop waarvan waaraan waarvoor waardoor waarna waaruit'.split(
      ' ',
    ),
    ...'zoals en maar of want wat als dan nu toen hoe waar waarom ook'.split(' '),
  ];
  const isVerb = (w: string, next: string): boolean =>
    finite.includes(w) ||
    (['ik', 'wij', 'we'].includes(next) &&
      /^\p{Ll}+$/u.test(w) &&
      !NO_VERBS.includes(w) &&
      !openers.includes(w));
  if (!m || !isVerb(m[1] as string, m[2] as string)) return label;
  const text = sentence.replace(/^[\s•·▪◦–—−*-]+/u, '');
  const first = (/^\S*/.exec(text) as RegExpExecArray)[0].toLowerCase();
  const preposition =
    'aan bij binnen door met na naar om onder op over per te tegen tot tussen uit van voor vóór zonder in tijdens volgens blijkens sinds vanaf ondanks dankzij ter ten gezien conform namens'.split(
      ' ',
    );
  const conjunction = 'zoals omdat nu nadat doordat aangezien hoewel toen zodra voordat teneinde'.split(' ');
  if (!preposition.includes(first) && !conjunction.includes(first)) return label;
  // What brackets and quotes hold, blanked out (same length): their commas and verbs are not the sentence's.
  let depth = 0;
  let flat = '';
  for (const c of text) {
    if ('([«“'.includes(c)) depth++;
    else if (')]»”'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth > 0) {
      flat += 'x';
      continue;
    }
    flat += c;
  }
  const words = [...flat.matchAll(/\S+/g)].map((t) => ({ flat: t[0], at: t.index }));
  const raw = (k: number): string =>
    (/^\S*/.exec(text.slice(words[k]?.at ?? text.length)) as RegExpExecArray)[0];
  // A word of the sentence's own (not blanked) that reads as the verb, the next word as it stands.
  const verbAt = (k: number): boolean =>
    k < words.length && (words[k] as { flat: string }).flat === raw(k) && isVerb(raw(k), raw(k + 1));
  let verb = -1;
  if (preposition.includes(first)) {
    // The first verb, no clause mark before it but a comma right before it.
    for (let k = 1; k < words.length && verb < 0; k++) if (verbAt(k)) verb = k;
  } else {
    // The verb right after the clause's first comma, which ends its word.
    const comma = words.findIndex((w) => w.flat.includes(','));
    if (comma >= 0 && /^[^,]*,$/.test((words[comma] as { flat: string }).flat) && verbAt(comma + 1))
      verb = comma + 1;
  }
  if (verb < 0 || verb > 61) return label;
  const front = words
    .slice(0, verb)
    .map((w) => w.flat)
    .join(' ');
  if (/[;:]/.test(front)) return label;
  if (preposition.includes(first) && /,/.test(front.replace(/,$/, ''))) return label;
  // The label goes on from there: its verb and the word after it are the sentence's.
  if (raw(verb) !== m[1] || raw(verb + 1) !== m[2]) return label;
  return subjectBeforeVerb(label.slice(1)) ?? label;
}

function meetingReference(original: string, sentence: Span, date: Span): string {
  const plain = clauseReference(original, sentence, date);
  if (!plain.endsWith('…')) return plain;
  // A meeting's date (`heeft op … overleg gevoerd met … over de varkenspest`), its label cut: the label without whom
  // it was with, where that reaches `over` and a subject that is more than letters.
  const meeting =
    /^(\s+overleg\s+gevoerd)(\s+met\s(?:(?!\s+over\s)[^;:()[\]]){1,200})\s+over\s+(?!(?:de(?:\s+volgende)?|zijn|haar|hun|een)\s+brie(?:f|ven)(?!\p{L}))[\p{L}«“(]/u.exec(
      original.slice(date.end, sentence.end),
    );
  if (!meeting) return plain;
  const from = date.end + (meeting[1] as string).length;
  const to = from + (meeting[2] as string).length;
  const text = original.slice(0, from) + original.slice(to);
  const without = clauseReference(text, { start: sentence.start, end: sentence.end - (to - from) }, date);
  return without.includes(' over ') ? without : plain;
}

/**
 * Two parts of a label joined where the date was: a space, but none after an opening bracket or before
 * a closing one or punctuation, and brackets or quotes left empty go.
 */
function joinReference(a: string, b: string): string {
  if (a === '' || b === '') return a + b;
  const pairs = ['()', '[]', '«»', '“”'];
  if (pairs.some(([open, close]) => a.endsWith(open as string) && b.startsWith(close as string))) {
    return joinReference(a.slice(0, -1).trimEnd(), b.slice(1).trimStart());
  }
  if (/[([]$/.test(a) || /^[)\],.;:?!»”]/.test(b)) return a + b;
  // A straight quote alone before the next word closes a quote: no space before it.
  if (/^['"](?:\s|$)/.test(b) && /[\p{L}\p{N}]$/u.test(a)) return a + b;
  return `${a} ${b}`;
}

const RELATIVE =
  /^\s*(?:die|dat|welke?|wat|wie|waar(?:aan|bij|door|in|mee|na|naar|om|onder|op|over|tegen|toe|uit|van|voor)?)(?![\p{L}\p{N}])/u;
/** A word that says something was promised, announced, asked or written down before. */
const REPORT_WORD_REFERENCE =
  /(?<![\p{L}\p{N}])(?:toegezegd|toezegging|aangekondigd|gemeld|afgesproken|overeengekomen|verzocht|gevraagd|beloofd|aangegeven|vermeld|verwoord|neergelegd|beschreven|opgenomen|gesteld|medegedeeld|meegedeeld|besproken|vastgesteld|uiteengezet|geschetst|bericht|toegelicht|gememoreerd)(?![\p{L}\p{N}])/u;
const FRONTING = ['en', 'maar', 'al', 'reeds', 'pas', 'uiterlijk'];
const NO_VERBS = ['aan', 'alsmede', 'bij', 'betreffende', 'dat', 'de', 'die', 'door', 'een', 'het', 'in'];
NO_VERBS.push('inzake', 'met', 'na', 'naar', 'om', 'omtrent', 'onder', 'op', 'over', 'per', 'sinds', 'te');
NO_VERBS.push('tegen', 'ten', 'ter', 'tot', 'tussen', 'uit', 'van', 'vanaf', 'voor', 'vóór', 'zonder');

/** Articles, prepositions, conjunctions, determiners: no word for a cut label to end on. */
const FUNCTION = new Set(
  "de het een 't van in over op voor vóór met aan te en of bij door naar om tot uit onder tegen tussen zonder na per inzake dat die deze dit als dan maar hun uw onze".split(
    ' ',
  ),
);
/** More words a cut label does not end on: prepositions, conjunctions and determiners that need more. */
const NO_LAST = new Set([
  ...FUNCTION,
  ...'ten ter der den tijdens rond rondom sinds vanaf via volgens namens betreffende omtrent aangaande middels jegens mijn alle elke iedere geen welke omdat zodat wanneer indien nadat voordat zodra terwijl hoewel teneinde waarin waarbij zoals'.split(
    ' ',
  ),
  ...'waarvan waarop waarmee waaraan waarover waarvoor waardoor waarna waaruit zowel respectievelijk hoe'.split(
    ' ',
  ),
  // Titles whose name was cut off, and uninflected adjectives before a title.
  ...'heer mevrouw lid toenmalig voormalig'.split(' '),
  // Words that need the phrase after them.
  ...'mede tezamen voorafgaand vooruitlopend ingevolge wegens vanwege dankzij alsmede'.split(' '),
  // What joins a date to its noun or its days.
  ...'d.d. t/m'.split(' '),
]);
/**
 * The index of the finite verb in `b` (words) after the subject that opens it, when the words from `first` on leave out
 * the subject's noun: they start at the verb, or at or right after a word that joins a modifier (`van`, `voor`, `en`…).
 * The subject: a determiner, then up to nine words before the verb, none ending on a clause mark (but a list's comma
 * or an abbreviation's bracket) or opening a relative clause, and more than the determiner (else that is a pronoun).
 * Else -1.
 */
function subjectVerbReference(b: string[], first: number): number {
  if (
    !['de', 'het', 'een', 'uw', 'deze', 'dit', 'die', 'mijn', 'onze', 'ons', 'hun'].includes(
      (b[0] ?? '').toLowerCase(),
    )
  )
    return -1;
  const verbs =
    'heb hebt heeft hebben had hadden is ben was waren wordt worden werd werden zal zullen zou zouden kan kunnen kon konden moet moeten mag mogen wil willen';
  const verb = b.findIndex((w, k) => k >= 1 && k <= 9 && verbs.split(' ').includes(w));
  if (verb < 2) return -1;
  const relatives = 'die dat wat welke wie waarin waarmee waarover waarvan waarbij'.split(' ');
  // A clause mark ends the subject, but for a comma between capitalised names or before `van`/`voor`, and the bracket
  // of an abbreviation.
  const marked = (w: string, k: number): boolean =>
    /[,;:)]$/.test(w) &&
    !/^\(\p{Lu}[\p{L}&/-]*\)$/u.test(w) &&
    !(
      w.endsWith(',') &&
      ((/^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(b[k + 1] ?? '')) || ['van', 'voor'].includes(b[k + 1] ?? ''))
    );
  if (b.slice(0, verb).some((w, k) => marked(w, k) || (k > 0 && relatives.includes(w)))) return -1;
  if (first <= 0 || first > verb) return -1;
  const joins = 'van voor over in op met bij uit tot aan naar der en'.split(' ');
  return first === verb || joins.includes(b[first] as string) || joins.includes(b[first - 1] as string)
    ? verb
    : -1;
}

/** Titles that go with a name or a ministry. */
const TITLES = new Set(
  'minister ministers staatssecretaris staatssecretarissen minister-president premier vicepremier viceminister-president commissaris eurocommissaris voorzitter ondervoorzitter fractievoorzitter president ambassadeur burgemeester wethouder gouverneur gedeputeerde kamerlid kamerleden leden directeur directeur-generaal secretaris-generaal procureur-generaal advocaat-generaal ombudsman rapporteur'.split(
    ' ',
  ),
);
/** Prepositions of several words that need their object. */
const PHRASES = [
  'naar aanleiding|met betrekking|ten aanzien|in het kader|op basis|op grond|in verband|ten behoeve',
  'op het gebied|op het terrein|aan de hand|in de loop|ten opzichte|als gevolg|ten gevolge|met het oog',
  'door middel|in het licht|in afwachting|in plaats|ten tijde|met ingang|ter aanbieding|ter uitvoering',
  'ter voorbereiding|ter ondersteuning|in reactie|in navolging|in het verlengde|in vervolg|in aanloop',
  'in de aanloop|onder verwijzing|met inachtneming|met uitzondering|op verzoek|in opdracht|op initiatief',
  'op voorstel|onder leiding|in het belang|ten laste|ten koste|ten gunste|onder meer',
]
  .join('|')
  .split('|')
  .map((p) => p.split(' '));

/** Determiners before adjectives, and words that may stand between them (`de meest beschadigde`). */
const DETERMINERS =
  "de het een 't deze dit onze ons hun uw mijn zijn haar elke elk iedere ieder alle geen welke".split(' ');
const INTENSIFIERS = ['zeer', 'meest', 'minst', 'extra', 'heel'];
const ORDINAL =
  /^\d+(e|de|ste)$|^(eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|laatste)$|(tiende|tigste|honderdste)$/;
/** A word a cut label may end on: not in NO_LAST, no dash or half a compound. */
const mayEnd = (w: string) => w !== '' && !NO_LAST.has(w.toLowerCase()) && !/[-–—]$/.test(w);

/**
 * How many words at the end of `words` are adjectives whose noun was cut off (`adjectiveClass`, the core's
 * word classes; an intensifier as `meest` counts as one after a determiner), with the determiner before
 * them (and one adverb with an adjective's ending right after the determiner, `het wettelijk vastgelegde`);
 * 0 when there are none. Without a determiner only
 * adjectives of ADJECTIVE (or one lower-case present participle), and only after a word of NO_LAST (which then goes
 * too).
 */
function danglingAdjectives(words: string[]): number {
  const end = words.at(-1) ?? '';
  const last = INTENSIFIERS.includes(end.toLowerCase()) ? ADJECTIVE_AFTER_DETERMINER : adjectiveClass(end);
  if (last === NO_ADJECTIVE) return 0;
  for (let k = words.length - 1; k > 0; k--) {
    const w = words[k - 1] as string;
    if (DETERMINERS.includes(w.toLowerCase())) return words.length - k + 1;
    // One adverb with an adjective's ending (`wettelijk`, `volledig`) right after the determiner.
    if (
      k >= 2 &&
      /^\p{Ll}+(lijk|ig|isch)$/u.test(w) &&
      DETERMINERS.includes((words[k - 2] as string).toLowerCase())
    )
      return words.length - k + 2;
    if (adjectiveClass(w) === NO_ADJECTIVE && !INTENSIFIERS.includes(w.toLowerCase())) {
      // After a preposition or conjunction; or, lower-case, after a name's capitalised word: `Commissie territoriale`
      // (1030, of `Commissie territoriale beperking`).
      const afterName =
        /^\p{Ll}/u.test(words[k] as string) &&
        capital(w) &&
        !NO_LAST.has(w.toLowerCase()) &&
        !/[,;:).]$/.test(w);
      // So does a lower-case present participle right after a preposition or conjunction (`met beperkende`).
      const participle = k === words.length - 1 && /^\p{Ll}\p{L}*[ae]nde$/u.test(end);
      return (last === ADJECTIVE && (NO_LAST.has(w.toLowerCase()) || afterName)) ||
        (participle && NO_LAST.has(w.toLowerCase()))
        ? words.length - k
        : 0;
    }
  }
  return 0;
}

/**
 * How many words at the end of `words` are a title whose name or ministry was cut off (`next`, the first
 * word cut off, opens them: a capitalised word, `van`, `voor`, `en`, `of`, `mevrouw`, `heer`, or a particle
 * before a capitalised word) with its phrase (adjectives, a determiner), when that phrase follows a word of
 * NO_LAST or a clause mark (or nothing): 0 when there is none. A title right after a capitalised adjective
 * of a name (no ordinal), `de Russische Minister`, keeps it.
 */
function bareTitle(
  words: string[],
  next: string | undefined,
  afterNext: string | undefined,
  lastBefore: string,
): number {
  const last = (words.at(-1) ?? '').toLowerCase();
  if (!TITLES.has(last) || next === undefined) return 0;
  const followed =
    capital(next) ||
    ['van', 'voor', 'en', 'of', 'mevrouw', 'heer'].includes(next) ||
    (['de', 'der', 'den', 'ter', 'ten', "'t"].includes(next) && capital(afterNext));
  if (!followed) return 0;
  let k = words.length - 1;
  while (k > 0) {
    const w = words[k - 1] as string;
    if (DETERMINERS.includes(w.toLowerCase())) {
      k--;
      break;
    }
    if (adjectiveClass(w) === NO_ADJECTIVE && !['toenmalig', 'voormalig'].includes(w.toLowerCase())) break;
    if (k === words.length - 1 && capital(w) && !ORDINAL.test(w.toLowerCase())) return 0;
    k--;
  }
  const previous = k > 0 ? (words[k - 1] as string) : lastBefore;
  return previous === '' || NO_LAST.has(previous.toLowerCase()) || /[,;:]$/.test(previous)
    ? words.length - k
    : 0;
}

/** A word of a name: capitalised, no function word, no clause mark, bracket or full stop at its end. */
const isNameWord = (w: string | undefined) =>
  w !== undefined && /^\p{Lu}/u.test(w) && !NO_LAST.has(w.toLowerCase()) && !/[,;:).]$/.test(w);

/**
 * How many words at the end of `words` are the first words of a name that `next` (the first word cut off,
 * capitalised) goes on: its capitalised words, with `van`, `voor`, `der`, `den`, `ter`, `ten` between two of them;
 * 0 when the last word is no name's, an acronym or a ministry's short name, or when the name has three words or more
 * in the label.
 */
function cutName(words: string[], next: string | undefined): number {
  const last = words.at(-1);
  if (next === undefined || !/^\p{Lu}/u.test(next) || !isNameWord(last)) return 0;
  if (MINISTRY_ABBREVIATIONS.has(last as string) || /^\p{Lu}[\p{Lu}\d&/-]+$/u.test(last as string)) return 0;
  let k = words.length - 1;
  let count = 1;
  for (;;) {
    if (k > 0 && isNameWord(words[k - 1])) k -= 1;
    else if (
      k > 1 &&
      'van voor der den ter ten'.split(' ').includes(words[k - 1] as string) &&
      isNameWord(words[k - 2])
    )
      k -= 2;
    else break;
    count++;
  }
  return count >= 3 ? 0 : words.length - k;
}

/**
 * The first words of the name that a left part `left`, cut after the words `cut`, starts inside (its first word
 * capitalised after a capitalised word or a particle between two): up to three words of `cut` and 30 characters, none
 * after a clause mark; null when it starts no name, or the name goes on before them.
 */
function nameHeadReference(left: string[], cut: string[]): string[] | null {
  if (!capital(left[0]) || MINISTRY_ABBREVIATIONS.has(left[0] as string)) return null;
  const particles = ['van', 'der', 'den', 'ter', 'ten', 'voor'];
  const head: string[] = [];
  let k = cut.length - 1;
  while (head.length < 3 && k >= 0) {
    const w = cut[k] as string;
    if (!/[\p{L}\p{N}]$/u.test(w)) break;
    if (!capital(w) && !(particles.includes(w) && capital(cut[k - 1]))) break;
    if ([w, ...head, ...left].join(' ').length - left.join(' ').length > 30) return null;
    head.unshift(w);
    k--;
  }
  const nameGoesOn = k >= 0 && capital(cut[k]) && /[\p{L}\p{N}]$/u.test(cut[k] as string);
  return head.length > 0 && !nameGoesOn ? head : null;
}

/**
 * How many words of a left part `left`, cut after the words `cut`, go when it starts inside a name (see
 * `nameHeadReference`) that `en` or `of` joins to a phrase with an article, or at that `en` after a name: up to and
 * with the `en`; else none.
 */
function joinedNameReference(left: string[], cut: string[]): number {
  const particles = ['van', 'der', 'den', 'ter', 'ten', 'voor'];
  let k = 0;
  if (nameHeadReference(left, cut) !== null) {
    while (
      k < left.length &&
      (capital(left[k]) || (particles.includes(left[k] as string) && capital(left[k + 1])))
    ) {
      if (!/[\p{L}\p{N}]$/u.test(left[k] as string)) return 0;
      k++;
    }
  } else if (!capital(cut.at(-1)) || !/[\p{L}\p{N}]$/u.test(cut.at(-1) as string)) return 0;
  return ['en', 'of'].includes(left[k] as string) && ['de', 'het', 'een'].includes(left[k + 1] as string)
    ? k + 1
    : 0;
}

/** Personal pronouns, `er`, `men` and `zich`. */
const CLAUSE_PRONOUNS = 'ik wij we zij ze hij er men u mij me ons zich hem hen'.split(' ');
/** Words that open a clause with its subject after them. */
const PRONOUN_OPENERS = [
  ...'dat die wat welke hoe of als om omdat zodat wanneer indien nadat voordat zodra terwijl hoewel zoals'.split(
    ' ',
  ),
  ...'waarover waarin waarbij waarmee waarop waarvan waaraan waarvoor waardoor waarna waaruit'.split(' '),
];

/**
 * A cut label's words joined, without those it may not end on (NO_LAST, a dash or half a compound,
 * PHRASES, adjectives without their noun) and without a `,` `;` `:` at its end, as long as more than
 * `floor` characters stay. Adjectives stay when nothing would be left and `lastBefore` (the word before
 * them in the label) may not end it, or one of them is an ordinal.
 */
function readableAtEnd(words: string[], floor: number, lastBefore = '', cutOff: string[] = []): string {
  const all = [...words, ...cutOff];
  let out = [...words];
  let withAdjectives: string[] | null = null;
  let ordinal = false;
  for (;;) {
    const last = (out.at(-1) ?? '').toLowerCase();
    let drop = NO_LAST.has(last) || /[-–—]$/.test(last) ? 1 : 0;
    // A possessive `zijn` or `haar` whose noun was cut off: after a preposition, or after `heeft`, `hebben`… in the
    // words before it (not right after `te`).
    if (drop === 0 && (last === 'zijn' || last === 'haar') && out.length > 1) {
      const previous = (out.at(-2) as string).toLowerCase();
      const prepositions =
        'van voor aan om met in op over bij door naar tot uit onder tegen tussen zonder na per';
      const hebben = ['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden'];
      if (
        previous !== 'te' &&
        (prepositions.split(' ').includes(previous) ||
          out.slice(0, -1).some((w) => hebben.includes(w.toLowerCase())))
      )
        drop = 1;
    }
    // One or two pronouns after a word that opens a clause, its verb cut off (`…heb ik aangekondigd dat ik u…`, 1012):
    // from that word.
    if (drop === 0 && CLAUSE_PRONOUNS.includes(last)) {
      const opens = (w: string | undefined) => PRONOUN_OPENERS.includes((w ?? '').toLowerCase());
      if (opens(out.at(-2))) drop = 2;
      else if (CLAUSE_PRONOUNS.includes((out.at(-2) ?? '').toLowerCase()) && opens(out.at(-3))) drop = 3;
    }
    // `te` and a helper verb whose own verb was cut off (`te zullen`, 2106); not `gaan` after a particle (`over te
    // gaan`, 1470).
    const particles = 'over door akkoord mee in uit op aan na toe om voort verder terug weg samen'.split(' ');
    if (
      drop === 0 &&
      ['zullen', 'kunnen', 'willen', 'gaan'].includes(last) &&
      out.at(-2)?.toLowerCase() === 'te' &&
      !(last === 'gaan' && particles.includes((out.at(-3) ?? '').toLowerCase()))
    )
      drop = 2;
    // A verb's particle whose `te` and infinitive (a word ending in `n`, past its comma) were cut off (`toe te sturen`,
    // 1137).
    const teParticles =
      'toe af op aan in uit mee door terug over bij vast voor na weg samen uiteen voort kenbaar tegemoet terecht'.split(
        ' ',
      );
    if (
      drop === 0 &&
      teParticles.includes(last) &&
      all[out.length] === 'te' &&
      /n[,;:]*$/.test(all[out.length + 1] ?? '') &&
      (all[out.length + 1] ?? '').replace(/[,;:]+$/, '').length >= 2
    )
      drop = 1;
    // A word that opens a time whose rest was cut off (`eind 1998`, `eind van het jaar`; `einde` only before `van` and
    // a period), with a `uiterlijk` before it.
    if (drop === 0 && ['eind', 'einde', 'begin', 'medio', 'midden', 'half', 'halverwege'].includes(last)) {
      const [n1, n2, n3] = all
        .slice(out.length, out.length + 3)
        .map((w) => w.replace(/[^\p{L}\p{N}]+$/u, ''));
      const period =
        /^(?:\p{L}*jaar|\p{L}*maand|week|zomer|winter|voorjaar|najaar|lente|herfst|kwartaal|\p{L}*periode|\p{L}*reces)$/u;
      const time =
        (last !== 'einde' &&
          (/^(?:1[89]|20)\d\d$/.test(n1 ?? '') ||
            'januari februari maart april mei juni juli augustus september oktober november december'
              .split(' ')
              .includes(n1 ?? '') ||
            ['dit', 'deze', 'volgend', 'vorig', 'komend'].includes(n1 ?? ''))) ||
        (n1 === 'van' &&
          ['het', 'dit', 'deze', 'de', 'volgend', 'vorig', 'komend'].includes(n2 ?? '') &&
          period.test(n3 ?? ''));
      if (time) drop = out.at(-2)?.toLowerCase() === 'uiterlijk' ? 2 : 1;
    }
    // The first number of a list or range of numbers whose rest was cut off (`Nordstream 1 en 2`, NAVO letter).
    if (drop === 0 && /^\d+$/.test(last)) {
      const [w1, w2, w3, w4] = all.slice(out.length, out.length + 4);
      const digit = (w: string | undefined) => /^\d/.test(w ?? '');
      if (
        (['en', 'of', 'tot', 't/m'].includes(w1 ?? '') && digit(w2)) ||
        (w1 === 'tot' && w2 === 'en' && w3 === 'met' && digit(w4))
      )
        drop = 1;
    }
    // The day of a date whose month was cut off (the words after it, days and `en`/`t/m`/`tot`/`met`/dashes, reach a
    // month within four).
    if (drop === 0 && DAY.test(last)) {
      const next = all.slice(out.length, out.length + 4);
      const month = next.findIndex((w) => isMonth(w));
      if (
        month >= 0 &&
        next.slice(0, month).every((w) => DAY.test(w) || ['en', 't/m', 'tot', 'met', '–', '-'].includes(w))
      )
        drop = 1;
    }
    // A figure whose magnitude (`miljoen`, `mln.`, …) was cut off, with its groups of thousands and currency sign.
    const magnitudes = ['duizend', 'miljoen', 'miljard', 'mln', 'mln.', 'mld', 'mld.', 'mrd', 'mrd.'];
    if (drop === 0 && /^\d[\d.,]*$/.test(last) && magnitudes.includes(all[out.length] ?? '')) {
      drop = 1;
      while (/^\d{3}$/.test(out.at(-drop) ?? '') && /^\d{1,3}$/.test(out.at(-drop - 1) ?? '')) drop++;
      if (['€', '$', '£', 'EUR', 'euro', 'USD'].includes(out.at(-drop - 1) ?? '')) drop++;
    }
    if (drop === 0) {
      const tail = out.slice(-3).map((w) => w.toLowerCase());
      const phrase = PHRASES.find(
        (p) => tail.length >= p.length && p.join(' ') === tail.slice(-p.length).join(' '),
      );
      drop = phrase ? phrase.length : 0;
    }
    if (drop === 0) drop = bareTitle(out, all[out.length], all[out.length + 1], lastBefore);
    if (drop === 0) drop = cutName(out, all[out.length]);
    if (drop === 0) {
      drop = danglingAdjectives(out);
      if (drop > 0) {
        withAdjectives ??= [...out];
        ordinal ||= ORDINAL.test(last);
      }
    }
    if (drop === 0 || out.length === 0 || out.slice(0, out.length - drop).join(' ').length <= floor) break;
    out.splice(out.length - drop, drop);
  }
  if (out.length === 0 && withAdjectives && (ordinal || !mayEnd(lastBefore))) out = withAdjectives;
  let text = out.join(' ');
  while (text.length > floor + 1 && /[,;: ]$/.test(text)) text = text.slice(0, -1);
  return text;
}

/**
 * An event's label of a clause that ends on a participle, cut at its end: its opening (`keep` characters at least, a
 * comma before the cut and readable at its end) with its auxiliary, `…`, and the closing verb group (the participle and
 * up to three words of a verb group before it, 30 characters at most). Null where the opening has its participle or a
 * clause opener not closed by a comma, has fewer than three words after its last auxiliary, or the part left out holds
 * a participle, an auxiliary or a clause opener; and for `te` and an infinitive.
 */
function eventVerbReference(s: string, keep: number, pastAux = 3): string | null {
  const participle = (word: string): boolean => {
    // Case kept: a capitalised word is a name's (`Voortgezet Onderwijs`, 992).
    const w = word.replace(/[.,!?;:]+$/, '');
    return !/(?:geweld|akkoord)$/.test(w) && isParticipleAfterParticle(w);
  };
  const group =
    'te doen kunnen worden wordt zal zullen aan toe voor op terug kenbaar bekend mee na over krijgt krijgen'.split(
      ' ',
    );
  const auxiliaries = [...AUXILIARY_WORDS];
  const openers =
    'die dat wat welke waarin waarmee waarbij waarna waarop waarover zodat omdat als wanneer nadat hoe waar indien zodra terwijl of maar'.split(
      ' ',
    );
  const words = s.split(' ');
  if (!participle((words.at(-1) as string).toLowerCase())) return null;
  let t = words.length - 1;
  while (t > 0 && words.length - 1 - t < 3 && group.includes((words[t - 1] as string).toLowerCase())) t--;
  // A light verb's complement before its group, with the preposition and article of a fixed phrase (`ter hand genomen`,
  // 2491; `aan de orde geweest`, 675; `van start gegaan`, 78), where the group has no particle and the word is no noun
  // of a phrase after another preposition (`over de verhuurderheffing gevoerd`, 1505); tried first, then the group
  // without it.
  const light =
    'gesteld stellen gemaakt maken genomen nemen gegeven geven gebracht brengen gehouden houden gelegd leggen gevoerd voeren gedaan geweest gehad gekregen gekomen gevonden getreden getrokken gezet gegaan geworden'.split(
      ' ',
    );
  const particles = 'aan toe voor op terug kenbaar bekend mee na over'.split(' ');
  const noComplement = [
    ...auxiliaries,
    ...'de het een die dat deze dit wat wie er hier daar ik wij we u jij je hij zij ze hem haar hen hun ons mij me zich en of maar dan als zal zullen kan kunnen moet moeten mag mogen wil willen aan op in met voor van naar door bij over uit tot om onder na te ter ten tegen tussen zonder ook nog al wel'.split(
      ' ',
    ),
  ];
  const prepositions = 'ter ten tot aan in op onder buiten uit'.split(' ');
  const otherPrepositions = 'van over met voor naar door bij om tegen tussen zonder na sinds'.split(' ');
  let c = t;
  const complement = words[t - 1] ?? '';
  if (
    t > 0 &&
    light.includes((words.at(-1) as string).toLowerCase()) &&
    !words.slice(t).some((w) => particles.includes(w.toLowerCase())) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(complement) &&
    !noComplement.includes(complement)
  ) {
    const [w2, w1] = [words[t - 3] ?? '', words[t - 2] ?? ''];
    c = t - 1;
    if (prepositions.includes(w1) || (w1 === 'van' && ['start', 'kracht', 'toepassing'].includes(complement)))
      c = t - 2;
    else if (['de', 'het', 'een'].includes(w1) && prepositions.includes(w2)) c = t - 3;
    else if (
      otherPrepositions.includes(w1) ||
      (otherPrepositions.includes(w2) &&
        ('de het een deze dit die dat zijn haar hun mijn onze ons uw'.split(' ').includes(w1) ||
          /^\p{Ll}+e$/u.test(w1)))
    )
      c = t;
    if (words.slice(c).join(' ').length > 30) c = t;
  }
  if (c === t)
    return eventVerbTail(s, words.slice(t).join(' '), keep, participle, auxiliaries, openers, pastAux);
  // A fixed phrase (a preposition opens the complement: `van start gegaan`, 957) is not left out when it has no room;
  // its head may run LABEL_STRETCH past MAX_LABEL.
  const fixed = words[c] === 'van' || prepositions.includes(words[c] as string);
  return (
    eventVerbTail(s, words.slice(c).join(' '), keep, participle, auxiliaries, openers, pastAux) ??
    (fixed
      ? eventVerbTail(
          s,
          words.slice(c).join(' '),
          keep,
          participle,
          auxiliaries,
          openers,
          pastAux,
          MAX_LABEL + LABEL_STRETCH,
        )
      : eventVerbTail(s, words.slice(t).join(' '), keep, participle, auxiliaries, openers, pastAux))
  );
}

/** `eventVerbReference` with the verb group `tail` that ends `s`. */
function eventVerbTail(
  s: string,
  tail: string,
  keep: number,
  participle: (word: string) => boolean,
  auxiliaries: string[],
  openers: string[],
  pastAux: number,
  max = MAX_LABEL,
): string | null {
  if (tail.length > 30 || tail.startsWith('te ')) return null;
  const tailStart = s.length - tail.length;
  const room = max - tail.length - 3;
  if (room < MAX_LABEL / 3) return null;
  let cut = s.lastIndexOf(' ', room);
  if (cut <= 0 || cut >= tailStart - 1) return null;
  const comma = s.lastIndexOf(', ', cut);
  const nextComma = s.indexOf(',', cut);
  if (comma > MAX_LABEL / 3 && nextComma >= 0 && nextComma < tailStart) cut = comma;
  // A quoted title open at the cut and closed before the tail: the head ends on it closed, at its subtitle's comma.
  const open: number[] = [];
  for (let i = 0; i < cut; i++) {
    if (roleAt(s, i) > 0) open.push(i);
    else if (roleAt(s, i) < 0) open.pop();
  }
  let title = open.at(-1) ?? -1;
  if (title >= 0) {
    let depth = 0;
    let closed = false;
    for (let i = cut; i < tailStart && !closed; i++) {
      if (roleAt(s, i) > 0) depth++;
      else if (roleAt(s, i) < 0) closed = depth-- === 0;
    }
    if (!closed) title = -1;
  }
  if (title >= 0 && s.lastIndexOf(', ', cut) > Math.max(title, MAX_LABEL / 3)) cut = s.lastIndexOf(', ', cut);
  // A group in brackets open at the cut and closed before the tail: the head ends before its `(`.
  const group = s.lastIndexOf('(', cut);
  if (group > MAX_LABEL / 3 && s.lastIndexOf(')', cut) < group) {
    const close = s.indexOf(')', cut);
    if (close >= 0 && close < tailStart) cut = group - 1;
  }
  let head = readableAtEnd(
    s.slice(0, cut).split(' '),
    MAX_LABEL / 3,
    '',
    s.slice(cut).trim().split(' '),
  ).replace(/[\s,;:–-]+$/, '');
  if (title >= 0 && head.length === title + 1) head = head.slice(0, -1).trimEnd();
  if (head.length < keep) return null;
  const headWords = head.split(' ');
  const leftOut = s
    .slice(head.length, tailStart)
    .split(/[\s,]+/)
    .filter(Boolean);
  const firstAux = headWords.findIndex((w) => auxiliaries.includes(w.toLowerCase()));
  const lastAux = headWords.findLastIndex((w) => auxiliaries.includes(w.toLowerCase()));
  if (firstAux < 0 || headWords.slice(firstAux + 1).some(participle)) return null;
  if (headWords.length - 1 - lastAux < pastAux) return null;
  if (leftOut.some((w) => participle(w) || auxiliaries.includes(w.toLowerCase()))) return null;
  const conjunctions = [...openers, 'sinds', 'toen', 'voordat', 'doordat', 'hoewel', 'om'];
  if (leftOut.some((w) => conjunctions.includes(w.toLowerCase()))) return null;
  if (
    /(?:^| )en (?:zal|zullen|wordt|worden|ik|wij|we)(?= |$)|, (?:zal|zullen|wordt|worden|is|ben|verwacht|kan|kunnen)(?= |$)/i.test(
      s.slice(head.length, tailStart),
    )
  )
    return null;
  const opener = headWords.findLastIndex((w) => openers.includes(w.toLowerCase()));
  if (opener >= 0 && !headWords.slice(opener).join(' ').includes(',')) return null;
  if (title >= 0 && head.length > title) return `${head}…${s[title] === '«' ? '»' : '”'} ${tail}`;
  return `${head} … ${tail}`;
}

/**
 * `s` without loose marks at its end, but for the full stop of an abbreviation (`c.s.`, `a.s.`, `jl.`, `ca.`): a word
 * of short parts between full stops, or one of a few written with one at its end only, in lower case.
 */
function keepAbbreviationDot(s: string): string {
  const m = /[\s,;:.–—−•·▪◦-]+$/.exec(s);
  if (!m) return s;
  const cut = s.slice(0, m.index);
  const word = (cut.split(' ').at(-1) as string).replace(/^[(«“‘'"[]+/u, '');
  const abbreviation =
    /^\p{L}{1,3}(?:\.\p{L}{1,3})+$/u.test(word) ||
    'jl ca nr nrs resp bijv blz incl excl vs mr dr drs prof ir ing st jr sr mln mld'
      .split(' ')
      .includes(word);
  return m[0].startsWith('.') && cut !== '' && abbreviation ? `${cut}.` : cut;
}

/** A comma and the words that open a phrase inserted into a main clause (`mede namens`, `in overleg met`, `kenmerk`, …). */
const INSERTION_REFERENCE =
  /^,\s*(?:mede\s+namens|namens|mede\s+in\s+(?:nauw\s+)?overleg\s+met|in\s+(?:nauw\s+)?overleg\s+met|mede\s+op\s+verzoek\s+van|op\s+verzoek\s+van|mede\s+naar\s+aanleiding\s+van|naar\s+aanleiding\s+van|na\s+overleg\s+met|samen\s+met|in\s+het\s+licht\s+van|in\s+het\s+vervolg\s+op|in\s+vervolg\s+op|in\s+aansluiting\s+op|in\s+reactie\s+op|in\s+antwoord\s+op|onder\s+verwijzing\s+naar|vooruitlopend\s+op|gelet\s+op|ter\s+\p{Ll}+\s+(?:van|op)|waaronder|inclusief|met\s+inbegrip\s+van|in\s+lijn\s+met|in\s+afstemming\s+met|in\s+samenspraak\s+met|met\s+instemming\s+van|voorzien\s+van|bij\s+brief\s+van|bij\s+e-mail\s+van|kenmerk|met\s+kenmerk|ons\s+kenmerk|met\s+ons\s+kenmerk|zoals\s+(?:toegezegd|aangekondigd|afgesproken|verzocht|gevraagd|beloofd)|zodra|terwijl|nadat|voordat|indien|wanneer|omdat|hoewel|zolang|die|welke)(?![\p{L}\p{N}])/u;

/**
 * INSERTION_REFERENCE at the comma s[k], or a relative clause of `dat` after a noun of `het` (`het kabinetstandpunt,
 * dat ook ingaat op …,`, 2114), or one of a relative adverb that ends on its participle at a comma (`, waarin het
 * mestbeleid … is vastgelegd,`, 1773).
 */
function insertionReference(s: string, k: number): RegExpExecArray | null {
  const relative =
    /^,\s*(?:waarin|waarmee|waarbij|waarop|waarover|waarvan|waaraan|waarvoor)(?![\p{L}\p{N}])/u.exec(
      s.slice(k),
    );
  if (relative) {
    // A relative adverb's clause that ends on its participle at a comma.
    const close = loopEnd(s, k + relative[0].length, s.length, NARROW);
    if (s[close] === ',' && isParticipleAfterParticle(s.slice(0, close).split(/\s/).at(-1) as string))
      return relative;
  }
  return (
    INSERTION_REFERENCE.exec(s.slice(k)) ??
    (/(?<!\p{L})het\s(?:\p{Ll}+\s)?\p{Ll}+$/u.test(s.slice(0, k))
      ? /^,\s*dat(?![\p{L}\p{N}])/u.exec(s.slice(k))
      : null)
  );
}

/** Finite verbs and clause openers that make a stretch between commas no apposition. */
const APPOSITION_VERBS = (
  'is zijn was waren wordt worden werd werden heb hebt heeft hebben had hadden zal zullen zou zouden kan kunnen kon ' +
  'konden moet moeten mag mogen wil willen gaat gaan ging gingen komt komen kwam kwamen staat staan stond stonden ' +
  'blijft blijven bleef bleven blijkt bleek lijkt leek geeft geven gaf biedt bieden bood bevat bevatten vindt vinden ' +
  'vond verwacht verwachten die dat wat welke wie waar waarin waarmee waarbij waardoor waarna waarop waarover zoals ' +
  'omdat doordat zodat terwijl wanneer nadat voordat hoewel indien mits tenzij maar want dus om te'
).split(' ');

/** Words no clause ends on: articles, conjunctions, `te`, prepositions that are no particle of a verb. */
const NO_CLAUSE_END = new Set(
  "de een 't en of te met tot per inzake betreffende omtrent aangaande zowel alsmede zoals omdat zodat indien nadat voordat teneinde".split(
    ' ',
  ),
);

/**
 * The end of a label where its clause or sentence ends (not cut to size): when its last word lost its object
 * (NO_CLAUSE_END; `het` after a word of NO_LAST; `om` without `het`, `er`, `daar`, `hier` or `waar` among the three
 * words before it; `die`, `dat`, `welke`, `wat` right after a comma; `over`, `van`, `naar`, `tussen` before a colon),
 * the words a cut label does not end on go as `readableAtEnd` has them, all of them if need be.
 */
function readableClauseEnd(t: string, colon: boolean): string {
  const core = t.replace(/[\s,;:.–—−•·▪◦-]+$/, '');
  if (core === '') return t;
  const words = core.split(' ');
  const last = (words.at(-1) as string).toLowerCase();
  const previous = words.length > 1 ? (words.at(-2) as string) : undefined;
  let dangles = NO_CLAUSE_END.has(last) || (colon && ['over', 'van', 'naar', 'tussen'].includes(last));
  if (!dangles && previous !== undefined) {
    if (last === 'het') dangles = NO_LAST.has(previous.toLowerCase());
    else if (last === 'om')
      dangles = !words
        .slice(-4, -1)
        .some((w) => ['het', 'er', 'daar', 'hier', 'waar'].includes(w.toLowerCase()));
    else if (['die', 'dat', 'welke', 'wat'].includes(last)) dangles = previous.endsWith(',');
  }
  return dangles ? readableAtEnd(words, -1) : t;
}

/**
 * Is the article before a date the date's own? Not before a determiner (`uit de deze zomer gehouden
 * rondetafels`), nor before a noun of time that takes the other article, found after the date's adjectives
 * (`over het vorige maand … uitgebrachte verslag`); any other date takes it.
 */
function articleOfDate(article: string, date: string, after: string): boolean {
  const words = date.toLowerCase().split(/\s+/).slice(0, 4);
  if (['deze', 'dit', 'die', 'dat', 'ons', 'onze', 'vorig'].includes(words[0] as string)) return false;
  // An inflected participle after the date (`het vorig jaar ingestelde ouderschapsplan`): the article is its noun's.
  const next = /^\s+(\p{Ll}+)\s+\p{L}/u.exec(after)?.[1];
  if (next !== undefined && /^\p{Ll}{3,}[dt]e$/u.test(next) && isParticipleAfterParticle(next.slice(0, -1)))
    return false;
  const deNouns = 'maand week zomer winter lente herfst helft periode eeuw dag'.split(' ');
  const hetNouns = 'jaar kwartaal begin eind einde midden reces weekend semester decennium'.split(' ');
  for (const w of words) {
    if (deNouns.some((n) => w.endsWith(n))) return article === 'de';
    if (hetNouns.some((n) => w.endsWith(n))) return article === 'het';
    if (!(w.length >= 2 && w.endsWith('e'))) return true;
  }
  return true;
}

/**
 * Where the article that ends `b` starts when it is the date's own without a preposition before it (`Ik heb de
 * afgelopen week geconstateerd`, 2005): the date's noun of time (after `afgelopen`, `komend`, `volgend`, `lopend` or
 * adjectives in `-e`) takes it, no inflected participle follows the date, and the word before it is no preposition;
 * else -1.
 */
function ownArticleAt(b: string, date: string, after: string): number {
  const m = /(?:^|\s)(de|het)$/i.exec(b);
  if (!m) return -1;
  const article = (m[1] as string).toLowerCase();
  const words = date.toLowerCase().split(/\s+/).slice(0, 4);
  while (words.length > 1 && ['afgelopen', 'komend', 'volgend', 'lopend'].includes(words[0] as string))
    words.shift();
  const deNouns = 'maand week zomer winter lente herfst helft periode eeuw dag'.split(' ');
  const hetNouns = 'jaar kwartaal begin eind einde midden reces weekend semester decennium'.split(' ');
  let noun: string | null = null;
  for (const w of words) {
    if (deNouns.some((n) => w.endsWith(n))) noun = 'de';
    else if (hetNouns.some((n) => w.endsWith(n))) noun = 'het';
    else if (w.length >= 2 && w.endsWith('e')) continue;
    break;
  }
  if (noun !== article || !articleOfDate(article, date, after)) return -1;
  const rest = b.slice(0, b.length - article.length).trimEnd();
  const last = rest.split(' ').at(-1)?.toLowerCase() ?? '';
  const prepositions =
    'aan bij binnen door met na naar om onder op over per te tegen tot tussen uit van voor vóór zonder';
  return prepositions.split(' ').includes(last) ? -1 : rest.length;
}

// The long ministry names and their abbreviations are the core's table (`ministry-names.test.ts` checks it
// against the glossary); the rules around them are written out here.
const MINISTRY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!Inspectie )(${MINISTRIES.map((m) => m[0])
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{N}])(?: \\(([^\\s()]{2,6})\\))?`,
  'gu',
);
/**
 * The long ministry names written short, those whose ` en ` lies in s[from, to) (160 characters from the
 * date); the letter's own abbreviation in brackets after one is used.
 */
function shortNames(s: string, from = 0, to = s.length): string {
  return s.replace(MINISTRY_RE, (match, name: string, own: string | undefined, at: number) => {
    const en = at + name.indexOf(' en ');
    if (en < from || en >= to) return match;
    const m = MINISTRIES.find((x) => x[0] === name) as readonly string[];
    if (own === undefined) return m[1] as string;
    return m.includes(own) && own !== name ? own : `${m[1]} (${own})`;
  });
}
const namesBefore = (b: string) => shortNames(b, b.length - 160);

/**
 * The reference of `senderAsMinistry`, by words: `b` that is `[N.] [de] brief van de <office> [en de <office>]
 * van|voor <ministry>` and nothing else, written `[N.] [de] brief van <ministry>`; null when it is not, or its ministry
 * is no short name of MINISTRIES and, after `van`, no word or two capitalised (`X en Y` too).
 */
function senderReference(b: string): string | null {
  const w = b.split(' ');
  const office = (x: string | undefined) =>
    x !== undefined && /^(?:[Mm]inister|[Ss]taatssecretaris)$/.test(x);
  const capitalised = (x: string | undefined) => x !== undefined && /^\p{Lu}[\p{L}-]*$/u.test(x);
  let i = 0;
  if (/^\d{1,2}\.$/.test(w[i] ?? '')) i++;
  if (w[i] === 'de' || w[i] === 'De') i++;
  if (!/^[Bb]rief$/.test(w[i] ?? '') || w[i + 1] !== 'van' || w[i + 2] !== 'de' || !office(w[i + 3]))
    return null;
  let j = i + 4;
  if (w[j] === 'en' && w[j + 1] === 'de' && office(w[j + 2])) j += 3;
  const preposition = w[j];
  const name = w.slice(j + 1);
  if (preposition !== 'van' && preposition !== 'voor') return null;
  if (name.length === 0 || name.length > 3 || name.some((x) => x === '' || /[,;:()]/.test(x))) return null;
  const ministry = name.join(' ');
  const named =
    preposition === 'van' &&
    ((name.length === 1 && capitalised(name[0])) ||
      (name.length === 2 && capitalised(name[0]) && capitalised(name[1])) ||
      (name.length === 3 && capitalised(name[0]) && name[1] === 'en' && capitalised(name[2])));
  return MINISTRY_ABBREVIATIONS.has(ministry) || named ? `${w.slice(0, i + 2).join(' ')} ${ministry}` : null;
}

/**
 * The reference of `atTheLetter`: a label cut at its start, one to four words before `over de brief` or `over de
 * brieven`, none of them one that opens a letter's subject or a finite verb, starts there.
 */
function atTheLetterReference(label: string): string {
  if (!label.startsWith('…')) return label;
  const words = label.slice(1).split(' ');
  const opens = 'inzake betreffende aangaande omtrent houdende m.b.t. betrekking aanbieding'.split(' ');
  const finite = [...AUXILIARY_WORDS, ...MODAL_FORMS];
  for (let k = 1; k <= 4 && k + 2 < words.length + 1; k++) {
    const skipped = (words[k - 1] as string).toLowerCase();
    if (opens.includes(skipped) || finite.includes(skipped)) break;
    if (words[k] === 'over' && words[k + 1] === 'de' && /^brie(?:f|ven)…?$/.test(words[k + 2] ?? ''))
      return `…${words.slice(k).join(' ')}`;
  }
  return label;
}

/** How many characters of `label` are from the first word of `a` (the subject's marker) on; 0 without it. */
function subjectKeptReference(label: string, a: string): number {
  const first = a.split(' ')[0] as string;
  const at = label.indexOf(a.includes(' ') ? `${first} ` : first);
  return at < 0 ? 0 : label.length - at;
}
const namesAfter = (a: string) => shortNames(a, 0, 160);

const PARTICLES = ['van', 'der', 'den', 'de', 'het', "'t", 'ter', 'ten', 'voor', 'en'];
/** Words after a group in brackets that open another clause or item. */
const OPENS_OTHER_AFTER_GROUP =
  'en of maar alsmede dan die dat wat welke waarin waarmee waarbij waarvan waarover waarna zoals terwijl omdat hetgeen om'.split(
    ' ',
  );

/**
 * Has the phrase a verb: a finite verb or a word that opens a clause (APPOSITION_VERBS), a participle, also one without
 * `ge` after a verb's prefix (`aanvaard`, `verwerkt`), not a noun of that shape?
 */
function verbInReference(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/[^\p{L}-]/gu, ''))
    .some(
      (w) =>
        APPOSITION_VERBS.includes(w) ||
        isParticipleAfterParticle(w) ||
        (/^(?:aan|toe|op|af|in|uit|voor)?(?:be|ver|ont|her|er|aan)\p{Ll}{2,}[dt]$/u.test(w) &&
          !'beleid verband bestand verbod aanbod bericht besluit bezit verzet verwijt beeld verbond verstand'
            .split(' ')
            .includes(w)),
    );
}

const NOT_MAIN =
  'en of maar want dus omdat zodat terwijl waarbij waardoor waarmee waarna die dat wat welke zoals als alsmede mits tenzij indien nadat voordat om te'.split(
    ' ',
  );
const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);

/** Does `s` close a bracket or a quote it did not open? */
function closesUnopened(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if ('([«“'.includes(ch)) depth++;
    else if (')]»”'.includes(ch)) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** Words ending in `en` that are no infinitive, besides NO_LAST's (`te allen tijde`). */
const NOT_INFINITIVES_REFERENCE =
  'binnen buiten boven beneden misschien alleen allen even eigen open tevoren dergelijken heden'.split(' ');

/** Conjunctions and relative adverbs a label's left part may start after, its words before them left out. */
const CLAUSE_OPENERS = [
  ...'dat omdat zodat wanneer indien nadat voordat zodra terwijl hoewel'.split(' '),
  ...'waarover waarin waarbij waarmee waarop waarvan waaraan waarvoor waardoor waarna waaruit'.split(' '),
];
const MODALS: readonly string[] = MODAL_FORMS;
/** Infinitives a verb cluster goes on after. */
const CLUSTER_INFINITIVES = 'worden zijn hebben kunnen moeten mogen willen zullen'.split(' ');

/**
 * The verbs after a(n) auxiliary or modal a[at - 1] that end its clause (a participle; a modal's infinitives, followed
 * by a clause mark, the end, a preposition or conjunction, or more of the cluster), at most three, and whether they end
 * `a` (only clause marks and closing brackets or quotes after them, kept); null when there are none.
 */
function clusterReference(a: string[], at: number): { words: string[]; whole: boolean } | null {
  const head = (a[at - 1] as string).toLowerCase();
  if (!MODALS.includes(head) && !AUXILIARY_WORDS.includes(head)) return null;
  const bare = (w: string) => w.replace(/[.,;:!?)\]»”'"…]+$/u, '');
  const opensNothing = (w: string) =>
    NO_LAST.has(w) && !['de', 'het', 'een', 'mijn', 'onze', 'ons', 'uw', 'zijn', 'haar', 'hun'].includes(w);
  const words: string[] = [];
  let modal = MODALS.includes(head);
  for (let i = at; i < a.length && i < at + 3; i++) {
    const raw = a[i] as string;
    const w = bare(raw);
    const marked = w !== raw;
    const next = marked ? '' : bare(a[i + 1] ?? '');
    if (isClauseParticiple(w)) {
      words.push(w);
      modal = false;
      if (marked || !CLUSTER_INFINITIVES.includes(next)) break;
      continue;
    }
    const infinitive =
      (modal || (words.length > 0 && CLUSTER_INFINITIVES.includes(w))) &&
      (CLUSTER_INFINITIVES.includes(w) || (/^\p{Ll}{2,}en$/u.test(w) && !NO_LAST.has(w))) &&
      !NOT_INFINITIVES_REFERENCE.includes(w) &&
      (next === '' || opensNothing(next) || isClauseParticiple(next) || CLUSTER_INFINITIVES.includes(next));
    if (!infinitive) break;
    words.push(w);
    if (marked || !CLUSTER_INFINITIVES.includes(w)) break;
  }
  if (words.length === 0) return null;
  const last = at + words.length - 1;
  const whole =
    last === a.length - 1 &&
    /^[.,;:!?)\]»”'"…]*$/u.test((a[last] as string).slice((words.at(-1) as string).length));
  if (whole) words[words.length - 1] = a[last] as string;
  return { words, whole };
}

/** The relative adverbs. */
const RELATIVE_ADVERBS_REFERENCE =
  'waarover waarin waarbij waarmee waarop waarvan waaraan waarvoor waardoor waarna waaruit'.split(' ');

/**
 * The words a[at…] when they are the verbs that close the clause `a` ends with, at most three and 25 characters with
 * their spaces, no clause mark but after the last: a participle after words that are no function word, article,
 * possessive or demonstrative and hold no capital, or an infinitive after `te` (and at most one more infinitive of a
 * cluster, or `laten`, `doen`, `gaan`), with at most such words before the `te`, or one alone after `laten` or `doen`;
 * whole. Null else.
 */
function closingReference(
  a: string[],
  at: number,
  b: string[] = [],
): { words: string[]; whole: boolean } | null {
  const rest = a.slice(at);
  if (rest.length === 0 || rest.length > 3 || rest.join(' ').length > 25) return null;
  const marks = /[.,;:!?)\]»”'"…]+$/u;
  const raw = rest.at(-1) as string;
  const last = raw.replace(marks, '');
  const before = rest.slice(0, -1);
  if (last === '' || before.some((w) => marks.test(w))) return null;
  const opens = (w: string) =>
    /^\p{Ll}[\p{Ll}-]*$/u.test(w) &&
    !'de het een mijn onze ons uw zijn haar hun deze dit die dat'.split(' ').includes(w);
  const te = before.lastIndexOf('te');
  const infinitive =
    /^\p{Ll}{2,}en$/u.test(last) && !NO_LAST.has(last) && !NOT_INFINITIVES_REFERENCE.includes(last);
  const verbs =
    te >= 0
      ? te >= before.length - 2 &&
        before.slice(te + 1).every((w) => [...CLUSTER_INFINITIVES, 'laten', 'doen', 'gaan'].includes(w)) &&
        infinitive &&
        before.slice(0, te).every(opens)
      : (isClauseParticiple(last) && before.every((w) => opens(w) && !FUNCTION.has(w))) ||
        // A bare infinitive after `laten` or `doen`.
        (before.length === 0 && infinitive && ['laten', 'doen'].includes(a[at - 1] as string)) ||
        // One word alone: a bare infinitive after a modal or `gaan` that is its clause's finite verb, or the finite
        // verb of a clause a subordinator or relative word opens, none before it (read back to a clause mark or
        // bracket).
        (before.length === 0 && lastOfClauseReference(last, [...b, ...a.slice(0, at)]));
  return verbs ? { words: rest, whole: true } : null;
}

/** May `w` close the clause whose words before it are `words` (see `closingReference`)? */
function lastOfClauseReference(w: string, words: string[]): boolean {
  if (
    NO_LAST.has(w) ||
    NOT_INFINITIVES_REFERENCE.includes(w) ||
    'beleid verband bestand verbod aanbod bericht besluit bezit verzet verwijt beeld verbond verstand onderzoek onderwijs onderdeel onderhoud onderwerp onderscheid onderstand'
      .split(' ')
      .includes(w)
  )
    return false;
  const head = clauseHeadReference(words);
  if (head === 'bare') return /^\p{Ll}{2,}en$/u.test(w);
  return head === 'subordinate' && /^\p{Ll}{3,}(?:en|[dt]en?|t|d)$/u.test(w);
}

/**
 * How many words of a[at…] are the infinitives a clause's modal or `gaan` waits for (read back over `b` and a[…at)),
 * the clause going on after them (see `modalInfinitiveEnd`): an infinitive that is no function word, adverb or prefixed
 * noun, and after an infinitive of a cluster a participle or another infinitive (three words at most); then a clause
 * mark, the end, or a preposition or conjunction that is no article or possessive. Not after a function word, a word
 * with a capital, a determiner, a counting word or an adjective. 0 else.
 */
function modalInfinitiveReference(a: string[], at: number, b: string[]): number {
  if (at <= 0 || at >= a.length) return 0;
  const previous = (a[at - 1] as string).toLowerCase();
  if (
    !/^\p{Ll}[\p{Ll}-]*$/u.test(previous) ||
    'de het een mijn onze ons uw zijn haar hun deze dit die dat'.split(' ').includes(previous) ||
    FUNCTION.has(previous) ||
    COUNTING_WORDS.has(previous) ||
    adjectiveClass(previous) !== NO_ADJECTIVE
  )
    return 0;
  const marks = /[.,;:!?)\]»”'"…]+$/u;
  const bare = bareInfinitiveReference;
  let n = 0;
  for (let k = at; k < a.length && n < 3; k++) {
    const raw = a[k] as string;
    const w = raw.replace(marks, '');
    if (!bare(w) && !(n > 0 && isClauseParticiple(w))) break;
    n++;
    if (w !== raw || !CLUSTER_INFINITIVES.includes(w)) break;
  }
  if (n === 0) return 0;
  const last = a[at + n - 1] as string;
  const next = a[at + n];
  if (!marks.test(last) && next !== undefined) {
    const w = next.replace(marks, '');
    if (!NO_LAST.has(w) || 'de het een mijn onze ons uw zijn haar hun'.split(' ').includes(w)) return 0;
  }
  return clauseHeadReference([...b, ...a.slice(0, at)]) === 'bare' ? n : 0;
}

/** An infinitive that is no function word, adverb or prefixed noun (see `modalInfinitiveReference`). */
function bareInfinitiveReference(w: string): boolean {
  return (
    /^\p{Ll}{2,}en$/u.test(w) &&
    !NO_LAST.has(w) &&
    !NOT_INFINITIVES_REFERENCE.includes(w) &&
    !'beleid verband bestand verbod aanbod bericht besluit bezit verzet verwijt beeld verbond verstand onderzoek onderwijs onderdeel onderhoud onderwerp onderscheid onderstand'
      .split(' ')
      .includes(w)
  );
}

/**
 * How many words of a[at…] run to the end of `te` and its infinitive, where at most two words without a clause mark,
 * a conjunction, `en` or `of` come before the `te`; with a second infinitive after one of a cluster, `laten` or
 * `doen` or `gaan` (see `teInfinitiveEnd`). 0 else.
 */
function teInfinitiveReference(a: string[], at: number): number {
  if (at <= 0 || at >= a.length) return 0;
  const marks = /[.,;:!?)\]»”'"…]+$/u;
  const stops = [...CLAUSE_OPENERS, 'die', 'welke', 'en', 'of'];
  for (let k = at; k <= at + 2 && k < a.length; k++) {
    const w = a[k] as string;
    if (w === 'te') {
      const first = a[k + 1] ?? '';
      const inf = first.replace(marks, '');
      if (!bareInfinitiveReference(inf)) return 0;
      const second = (a[k + 2] ?? '').replace(marks, '');
      const cluster = [...CLUSTER_INFINITIVES, 'laten', 'doen', 'gaan'].includes(inf);
      return k + 2 - at + (inf === first && cluster && bareInfinitiveReference(second) ? 1 : 0);
    }
    if (marks.test(w) || stops.includes(w)) return 0;
  }
  return 0;
}

/** What the clause read back over `words` turns on (see `lastOfClauseReference`): a modal or `gaan`, or its opener. */
function clauseHeadReference(words: string[]): 'bare' | 'subordinate' | null {
  const bareHeads = [...MODALS, 'ga', 'gaat', 'gaan', 'ging', 'gingen'];
  const openers = [...CLAUSE_OPENERS, 'die', 'welke'];
  const back = words.slice(-24).reverse();
  for (const [i, raw] of back.entries()) {
    if (/[,;:]$|[()[\]«»“”]/u.test(raw)) return null;
    const v = raw.toLowerCase();
    if (bareHeads.includes(v)) return 'bare';
    // Not `zijn` before a lower-case word: its possessive.
    if (
      AUXILIARY_WORDS.includes(v) &&
      !(v === 'zijn' && i > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(back[i - 1] as string))
    )
      return null;
    if (openers.includes(v)) return 'subordinate';
  }
  return null;
}

/**
 * Words of a left part cut in front, from its first word that reads well: after the last `)` whose `(` was
 * cut off (with the word it is in), and not at an `en`/`of` before a capitalised name (which goes with it);
 * nor inside a number or a date the cut split, nor at a whole date with a letter's subject after it.
 */
function readableWords(words: string[], cutOff = '', cutWords: string[] = []): string[] {
  let out = readableWordsOfNames(words);
  if (out.length === 0) return out;
  // Not inside a preposition of several words whose first words were cut off (`Naar` / `aanleiding van mijn…`, 743).
  if (out.length === words.length) {
    const head = cutWords.map((w) => w.toLowerCase()).join(' ');
    const text = out.join(' ');
    for (const phrase of CUT_PHRASE_LIST) {
      const p = phrase.split(' ');
      // Cut after its k-th word: the words before the cut end with its first k, the part starts with the rest.
      const k = p.findIndex(
        (_, k) =>
          k > 0 &&
          ` ${head}`.endsWith(` ${p.slice(0, k).join(' ')}`) &&
          `${text} `.startsWith(`${p.slice(k).join(' ')} `),
      );
      if (k > 0) {
        out = out.slice(p.length - k);
        break;
      }
    }
    if (out.length === 0) return out;
  }
  // The words a name that was skipped leaves before the rest (`en Energieverkenning` / `2020 het doel`, 2795).
  if (out.length < words.length) cutOff = words[words.length - out.length - 1] as string;
  const first = out[0] as string;
  // A month whose day or preposition was cut off (`26` / `april 2017 inzake`, `in` / `november 2024 een`), with its
  // year or `jl.`, and a formal subject marker.
  if (isMonth(first)) return pastFormalSubject(out.slice(yearOrJl(out[1]) ? 2 : 1));
  // The `jl.` or `a.s.` of a date whose month (or year) was cut off (`september` / `jl. en onder verwijzing`).
  if (
    /^(?:jl\.?|j\.l\.|jongstleden|a\.s\.|aanstaande)$/.test(first) &&
    (isMonth(cutOff) || /^(?:1[89]|20)\d\d(?:[–-](?:(?:1[89]|20)\d\d|\d\d))?$/.test(cutOff))
  )
    return pastFormalSubject(out.slice(1));
  if (/^\d/.test(first)) {
    // The year of a date whose month was cut off (`juli` / `2023`), with a formal subject marker after it.
    if (isMonth(cutOff)) return pastFormalSubject(out.slice(1));
    // Inside a grouped number (`33` / `819`), with a paper's number after it.
    if (/\d$/.test(cutOff)) {
      const n = /,$/.test(first) && out[1] === 'nr.' && /^\d/.test(out[2] ?? '') ? 3 : 1;
      return out.slice(n);
    }
    // A year whose preposition was cut off (`vanaf` / `2016 geleidelijk`), not one a comma follows.
    if (/^(?:1[89]|20)\d\d(?:[–-](?:(?:1[89]|20)\d\d|\d\d))?$/.test(first))
      return pastFormalSubject(out.slice(1));
  }
  // A whole date (after `d.d.` if any): from what follows it, past a letter's formal subject marker.
  const k = first === 'd.d.' ? 1 : 0;
  if (DAY.test(out[k] ?? '') && isMonth(out[k + 1])) {
    return pastFormalSubject(out.slice(k + 2 + (yearOrJl(out[k + 2]) ? 1 : 0)));
  }
  return out;
}

const DAY = /^\d{1,2}(?:[–-]\d{1,2})?$/;
const isMonth = (w: string | undefined) => w !== undefined && MONTHS.includes(w.toLowerCase());
const yearOrJl = (w: string | undefined) =>
  w !== undefined && /^(?:\d{4},?|jl\.?|j\.l\.|jongstleden)$/.test(w);

/** `words` without a formal subject marker at their start (`inzake`, `ter aanbieding van`; not `over` or `met`). */
function pastFormalSubject(words: string[]): string[] {
  const m =
    /^(?:inzake|betreffende|aangaande|omtrent|houdende|met betrekking tot|m\.b\.t\.|ter aanbieding van) /i.exec(
      words.join(' '),
    );
  if (m) return words.slice(m[0].trim().split(' ').length);
  // Nor the `en` or `of` that joined the date to what follows.
  return words[0] === 'en' || words[0] === 'of' ? words.slice(1) : words;
}

const MONTHS = Object.keys(DUTCH_MONTHS);

function readableWordsOfNames(words: string[]): string[] {
  // After the last word with a `)` whose `(` is not among the words.
  const pastUnmatched = (ws: string[]): string[] => {
    let depth = 0;
    let cut = -1;
    ws.forEach((w, i) => {
      for (const ch of w) {
        if (ch === '(') depth++;
        else if (ch === ')') {
          if (depth > 0) depth--;
          else cut = i;
        }
      }
    });
    return ws.slice(cut + 1);
  };
  let out = pastUnmatched(words);
  if ((out[0] === 'en' || out[0] === 'of') && capital(out[1])) {
    let k = 1;
    while (k < out.length) {
      const w = out[k] as string;
      if (!(capital(w) || w.startsWith('(') || (PARTICLES.includes(w) && capital(out[k + 1])))) break;
      k++;
      if (/[,;:]$/.test(w)) break;
    }
    // A name that stops inside a group in brackets leaves its `)` after it (2463).
    out = pastUnmatched(out.slice(k));
  }
  return out;
}

/** The header formula of written questions: `Vragen ingezonden`, `Antwoord ontvangen`; else null. */
function formulaReference(original: string, date: Span): string | null {
  const formula = /\((ingezonden|ontvangen)\s+$/.exec(original.slice(0, date.start));
  if (!formula || !/^\s*\)/.test(original.slice(date.end))) return null;
  const before = original.slice(Math.max(0, date.start - 700), formula.index);
  const heads = [
    ...before.matchAll(
      /(?:^|\n)[^\S\n]*(Vragen|Antwoord|Antwoorden|Nader antwoord|Aanvullend antwoord|Mededeling) van\s/gu,
    ),
  ];
  const head = heads[heads.length - 1];
  if (!head || /\n[^\S\n]*\n/.test(before.slice((head.index as number) + 1))) return null;
  return `${head[1]} ${formula[1]}`;
}

/** A date that opens a main clause: nothing or a fronting word before it, a lower-case verb after it. */
function frontedReference(b: string, a: string, date: string): boolean {
  // An article opens the clause with the date when it is the article of the date's noun of time.
  const noun = date
    .toLowerCase()
    .split(/\s+/)
    .slice(0, 4)
    .find(
      (w) =>
        /(?:maand|week|zomer|winter|lente|herfst|helft|periode|eeuw|dag|jaar|kwartaal|begin|eind|einde|midden|reces|weekend|semester|decennium)$/.test(
          w,
        ) || !(w.length >= 2 && w.endsWith('e')),
    );
  const article =
    noun !== undefined &&
    ((b.toLowerCase() === 'de' &&
      /(?:maand|week|zomer|winter|lente|herfst|helft|periode|eeuw|dag)$/.test(noun)) ||
      (b.toLowerCase() === 'het' &&
        !/(?:maand|week|zomer|winter|lente|herfst|helft|periode|eeuw|dag)$/.test(noun) &&
        /(?:jaar|kwartaal|begin|eind|einde|midden|reces|weekend|semester|decennium)$/.test(noun)));
  const opens = b === '' || FRONTING.includes(b.toLowerCase()) || article;
  return opens && lower(a) && !NO_VERBS.includes(a.split(' ')[0] as string);
}

const lower = (t: string) => /^\p{Ll}/u.test(t);

/**
 * The label of a fronted date: `finish` of its phrase and the clause, or when that is too long and the subject clear,
 * of the clause with its subject first and without the date (`subjectFirst`), where that keeps more words than the
 * date's.
 */
function frontedWithSubjectFirst(
  head: string,
  after: string,
  finish: (t: string) => string,
  mayReorder: boolean,
): string {
  const label = finish(joinReference(head, after));
  const reordered = mayReorder ? subjectFirstLabel(head, after) : null;
  if (reordered === null) return label;
  const other = finish(reordered);
  const words = (t: string) => t.split(' ').filter((w) => w !== '' && w !== '…').length;
  // As many words, the shorter one where the label with the date runs past MAX_LABEL (to keep its closing verbs).
  const more = words(other) - (words(label) - words(head));
  return more > 0 || (more === 0 && label.length > MAX_LABEL) ? other : label;
}

/** A verb dated by its object, the date, and the preposition between them: `dateert van`, `stamt uit`. */
const DATING_VERB =
  /(?<!\p{L})(?:dateert|dateerde|dateerden|dateren|daterend|daterende|stamt|stamde|stamden|stammen)\s(?:uit|van|sinds)\s*$/iu;
/**
 * A copula whose predicate the date is: with `uit` or `van` (`is uit 2017`), or alone where a clause mark, a closing
 * bracket or the text's end follows the date (`is eind september.`).
 */
const COPULA_BEFORE = /(?<!\p{L})(?:is|was|zijn|waren)\s+(?:(uit|van)\s+)?$/iu;
function copulaPredicate(s: string, left: number, ds: number, de: number): boolean {
  const m = COPULA_BEFORE.exec(s.slice(left, ds));
  return m !== null && (m[1] !== undefined || /^\s*(?:$|[.,;:!?)])/.test(s.slice(de)));
}
/** `net als` or `evenals` before the date, with a preposition or none: `net als in 2018`, `Net als begin 2005`. */
const LIKENESS_BEFORE = /(?<!\p{L})(?:net als|evenals)\s+(?:(?:in|op|bij|tijdens|per)\s+)?$/iu;
/** A noun that names the year after it: `anno 2009`, `toeslagjaar 2012`; not a citation's `vergaderjaar`. */
const NAMED_YEAR = /(?<!\p{L})(?:anno|(?!vergaderjaar|zittingsjaar)\p{L}{2,}jaar)\s*$/iu;
/** A preposition right before the opening quote of a date quoted alone: `wordt na «2021» ingevoegd`. */
const PREPOSITION_QUOTE =
  /(?<![\p{L}\p{N}])(?:na|voor|vóór|achter|tussen|door|van|in|op|aan|bij|met|tot|uit|over|naar|om|onder|sinds|vanaf)\s*[«“]$/iu;
/** A clock time right after a date, its hour: `12:00 uur`, `12:00`, `14.00 uur`. */
const CLOCK_TAIL = /^(?:[01]?\d|2[0-4])(?::[0-5]\d(?: uur)?|\.[0-5]\d uur)(?![\p{L}\p{N}]) ?/u;
/** `en daarna`, `of zelfs later`, `en volgend jaar`: words after a date that extend it. */
const TIME_TAIL =
  /^(?:en|of) (?:zelfs |ook )?(?:daarna|verder|later|nadien|eerder|daarvoor|volgend jaar|volgende jaren|komende jaren|latere jaren|daaropvolgende jaren)(?![\p{L}\p{N}]) ?/u;
/** Words after `en`/`of` that open a noun phrase or name a time: no second conjunct. */
const NOT_A_CONJUNCT = new Set([
  ..."de het een 't die dat deze dit zijn haar hun uw mijn onze ons elke alle iedere geen".split(' '),
  ...'in op van voor vóór tot met aan bij naar over uit door om te per sinds vanaf na tussen tijdens rond'.split(
    ' ',
  ),
  ...'omstreeks uiterlijk daarna verder later nadien eerder vervolgens volgend volgende komende daaropvolgende'.split(
    ' ',
  ),
  ...'uiteindelijk aanvankelijk ook opnieuw nogmaals zelfs begin eind einde medio half midden gisteren vandaag'.split(
    ' ',
  ),
  ...'morgen vorig vorige afgelopen'.split(' '),
  ...MONTHS,
  ...'zondag maandag dinsdag woensdag donderdag vrijdag zaterdag'.split(' '),
]);

/**
 * 1 where s[i] opens a quote, -1 where it closes one, 0 for no quote: `»` `”` close, unless glued to a letter or digit
 * before them and to an `s` that ends the word after them (an apostrophe: `F-35»s`, 1092); `«` `“` open, unless glued
 * to the word before them with white space, punctuation or the end after (a broken source's closing quote, 2677).
 */
function quoteRole(s: string, i: number): number {
  const c = s[i] as string;
  if (c === '»' || c === '”') {
    const word = /[\p{L}\p{N}]/u;
    const apostrophe =
      i > 0 && word.test(s[i - 1] as string) && s[i + 1] === 's' && !word.test(s[i + 2] ?? '');
    return apostrophe ? 0 : -1;
  }
  if (c !== '«' && c !== '“') return 0;
  if (i === 0 || /[\s([«“‘'"–—\-/]/.test(s[i - 1] as string)) return 1;
  return i + 1 >= s.length || /[\s,.;:!?)\]»”]/.test(s[i + 1] as string) ? -1 : 1;
}

/** The kind of a quote: its opening character. */
const quoteKind = (c: string | undefined) =>
  c === '«' || c === '»' ? '«' : c === '“' || c === '”' ? '“' : '';

/**
 * A quoted title is one unit: a clause that ends inside a title opened after the date runs on past its closing quote
 * to the next delimiter, one that starts inside a title closed before the date runs back before its opening quote. The
 * closing (opening) quote is looked for within 240 characters, not past a blank line, over quotes of its kind opened
 * and closed inside it. A title still open where the text ends (`textEnds`: only white space after s) within 240
 * characters runs to the end.
 */
function overQuotesReference(
  s: string,
  left: number,
  right: number,
  ds: number,
  de: number,
  set: Set<string>,
  textEnds: boolean,
): [number, number] {
  for (let turn = 0; turn < 4; turn++) {
    // The quotes opened in s[left, right) and still open at its end.
    const open: number[] = [];
    for (let i = left; i < right; i++) {
      if (quoteRole(s, i) > 0) open.push(i);
      else if (quoteRole(s, i) < 0) open.pop();
    }
    const at = open.at(-1);
    if (at === undefined || at < de) break;
    const rest = s.slice(right, right + 240);
    const kind = quoteKind(s[at]);
    let close = -1;
    for (let k = 0, depth = 0; k < rest.length && close < 0; k++) {
      if (quoteKind(rest[k]) !== kind || quoteRole(s, right + k) === 0) continue;
      if (quoteRole(s, right + k) > 0) depth++;
      else if (depth === 0) close = k;
      else depth--;
    }
    if (close < 0) {
      const closes = [...rest].some((c, k) => quoteKind(c) === kind && quoteRole(s, right + k) < 0);
      if (textEnds && s.length - right <= 240 && !closes && !/\n[^\S\n]*\n/.test(rest)) right = s.length;
      break;
    }
    if (/\n[^\S\n]*\n/.test(rest.slice(0, close + 1))) break;
    right = loopEnd(s, right + close + 1, s.length, set);
  }
  for (let turn = 0; turn < 4; turn++) {
    // The first closing quote in s[left, right) that closes nothing opened in it.
    let depth = 0;
    let closing = -1;
    for (let i = left; i < right && closing < 0; i++) {
      if (quoteRole(s, i) > 0) depth++;
      else if (quoteRole(s, i) < 0) {
        if (depth === 0) closing = i;
        else depth--;
      }
    }
    if (closing < 0 || closing >= ds) break;
    const kind = quoteKind(s[closing]);
    const from = Math.max(0, left - 240);
    let open = -1;
    for (let k = left - 1, inner = 0; k >= from && open < 0; k--) {
      if (quoteKind(s[k]) !== kind || quoteRole(s, k) === 0) continue;
      if (quoteRole(s, k) < 0) inner++;
      else if (inner === 0) open = k;
      else inner--;
    }
    if (open < 0 || /\n[^\S\n]*\n/.test(s.slice(open, left))) break;
    left = loopStart(s, 0, open, set);
  }
  return [left, right];
}

/**
 * The quoted title the date s[ds, de) stands in, [start, end) from its opening quote to past its closing one; or null.
 * The innermost quote open at the date, closed after it by a quote of its kind (over pairs of its kind inside it), at
 * most 200 characters long, no blank line in it, not ending with `.` `!` `;` `,` `:`, holding more than the date, and
 * starting with a capital unless it is at most 60 characters long.
 */
function titleReference(s: string, ds: number, de: number): [number, number] | null {
  const open: number[] = [];
  for (let i = 0; i < ds; i++) {
    if (quoteRole(s, i) > 0) open.push(i);
    else if (quoteRole(s, i) < 0) open.pop();
  }
  const at = open.at(-1);
  if (at === undefined) return null;
  const kind = quoteKind(s[at]);
  let close = -1;
  for (let k = de, depth = 0; k < s.length && close < 0; k++) {
    if (quoteKind(s[k]) !== kind || quoteRole(s, k) === 0) continue;
    if (quoteRole(s, k) > 0) depth++;
    else if (depth === 0) close = k;
    else depth--;
  }
  if (close < 0 || close + 1 - at > 200 || /\n[^\S\n]*\n/.test(s.slice(at, close))) return null;
  const inner = s.slice(at + 1, close).trim();
  if (inner === '' || inner === s.slice(ds, de).trim() || /[.!;,:]$/.test(inner)) return null;
  return close + 1 - at <= 60 || /^\p{Lu}/u.test(inner) ? [at, close + 1] : null;
}

const MONTHS_REFERENCE =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** A day and its month, or a month and its year. */
const PART_DATE_REFERENCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/-])(?:\d{1,2}\s+(?:${MONTHS_REFERENCE})|(?:${MONTHS_REFERENCE})\s+\d{4})(?![\p{L}\p{N}])`,
  'iu',
);
/** The same, or a year after `in`, `sinds`, `vanaf`: another part's own date after the label's (1555). */
const PART_DATE_OR_YEAR_REFERENCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/-])(?:\d{1,2}\s+(?:${MONTHS_REFERENCE})|(?:${MONTHS_REFERENCE})\s+\d{4}|(?<=(?<!\p{L})(?:in|sinds|vanaf)\s+)(?:18|19|20)\d\d)(?![\p{L}\p{N}])`,
  'iu',
);

/**
 * The reference for a label that keeps to its own date's part of a sentence (`… toeging en de Kamerbrief van 30
 * september jl.`, 64): the positions of the joining `en`s of s[from, to) (not `tot en met`, `en/of`, `6 en 7`,
 * `Landbouw- en`, nor between two capitalised words unless a bracket closes before it), checked word by word.
 */
function joiningEnsReference(s: string, from: number, to: number): [at: number, inName: boolean][] {
  const out: [number, boolean][] = [];
  const isCap = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  for (let k = from; k + 2 <= to; k++) {
    if (s.slice(k, k + 2) !== 'en') continue;
    if (k > 0 && /[\p{L}\p{N}]/u.test(s[k - 1] as string)) continue;
    if (k + 2 < s.length && /[\p{L}\p{N}/]/u.test(s[k + 2] as string)) continue;
    // Only the stretch is read: a day before it (`19 april 2023 en 24 mei 2023`, 1066) is the label's own date.
    const before = s.slice(Math.max(from, k - 40), k);
    const after = s.slice(k + 2, Math.min(to, k + 42));
    if (/(?:tot|-)\s*$/.test(before) || (/\d\s*$/.test(before) && /^\s+\d/.test(after))) continue;
    const prevWord = /(\p{L}+)[^\p{L}]*$/u.exec(before)?.[1];
    const nextWord = /^[^\p{L}]*(\p{L}+)/u.exec(after)?.[1];
    out.push([k, isCap(prevWord) && isCap(nextWord) && !/\)\s*$/.test(s.slice(from, k))]);
  }
  return out;
}

/**
 * The other date's part between a fronted phrase with its paper's or meeting's date (after `van`) and the main clause's
 * verb, which the label leaves out: `Tijdens het Algemeen Overleg van 30 maart 2005 en met het Verslag Algemeen Overleg
 * van 26 april 2005 is de Tweede Kamer geïnformeerd` (525). Its bounds in `s`, or null.
 */
function otherPartReference(s: string, ds: number, de: number): [from: number, to: number] | null {
  if (!/(?:^|\s)(?:van|op)\s+$/.test(s.slice(0, ds))) return null;
  const before = s.slice(0, ds).replace(/\([^()]*\)/g, '');
  const verbs =
    'is zijn was waren wordt worden werd werden heeft hebben heb had hadden zal zullen kan kunnen';
  if (
    /[,;:]/.test(before) ||
    before.split(/[^\p{L}\p{N}]+/u).some((w) => [...verbs.split(' '), 'dat', 'die'].includes(w))
  )
    return null;
  const tail = String.raw`(?:[^\S\n]*(?:a\.s\.|j\.?l\.)\d{0,2})?(?:[^\S\n]*\([^()]{1,120}\))?`;
  const date = String.raw`(?:\d{1,2}\s+(?:${MONTHS_REFERENCE})(?:\s+\d{4})?|(?:${MONTHS_REFERENCE})\s+\d{4})`;
  const verb = String.raw`(?:${verbs.replace(/ /g, '|')})\s|[a-z]{3,}(?:en|t)\s+(?:ik|wij|we|zij|ze|hij)\s`;
  const m = new RegExp(
    String.raw`^(${tail})(\s+en\s+(?:[\p{L}-]+\s+){1,7}?${date}${tail})(?=\s+(?:${verb}))`,
    'u',
  ).exec(s.slice(de, de + 400));
  if (m === null) return null;
  return [de + (m[1] as string).length, de + m[0].length];
}

function otherDatePartReference(
  s: string,
  left: number,
  ds: number,
  de: number,
  right: number,
): [left: number, right: number] {
  const words = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const lastWord = (t: string) => /(\p{L}+)[^\p{L}]*$/u.exec(t)?.[1];
  const VERBS =
    'had heeft hebben is was waren werd werden zijn toeging plaats verwerkt verstuurd ontvangen'.split(' ');
  const done = (head: string) => {
    const w = lastWord(head);
    return (
      w !== undefined &&
      w === w.toLowerCase() &&
      (isParticiple(w) || VERBS.includes(w) || /(?:^|\s)te\s+\p{Ll}+en[^\p{L}]*$/u.test(head))
    );
  };
  const ADVERB =
    'vervolgens daarna nadien later eerder ook tevens opnieuw nogmaals uiteindelijk uiterlijk aanvullend';
  const opensWithDate = (t: string) =>
    new RegExp(
      String.raw`^\s*(?:(?:${ADVERB.replace(/ /g, '|')})\s+)?(?:(?:op|in|van|per|sinds|vanaf|d\.d\.)\s+)?$`,
      'u',
    ).test(t);
  const determiner = (t: string) => /^\s*(?:de|het|een|mijn|uw|haar|zijn|hun|onze|ons)\s/u.test(t);
  const between = (t: string) => /(?<![\p{L}\p{N}])tussen(?![\p{L}\p{N}])/iu.test(t);
  const kept = 20;
  // Its start: after the last `en` before the date, whose part before holds another date.
  let newLeft = left;
  const ensBefore = joiningEnsReference(s, left, ds);
  const [k, inName] = ensBefore.at(-1) ?? [-1, true];
  if (!inName) {
    const head = s.slice(left, k);
    const part = s.slice(k + 2, ds);
    const dates = [...head.matchAll(new RegExp(PART_DATE_REFERENCE.source, 'giu'))];
    const opens = opensWithDate(part) && part.trim() !== '';
    const endsWithDate = new RegExp(
      String.raw`(?<![\p{L}\p{N}/-])(?:\d{1,2}\s+(?:${MONTHS_REFERENCE})(?:\s+\d{4})?|(?:${MONTHS_REFERENCE})\s+\d{4})\d?\s*(?:(?:a\.s\.|j\.?l\.|jongstleden|aanstaande)\s*)?(?:\)\s*)?(?:\([^()]{1,60}\)\s*)?$`,
      'iu',
    ).test(head);
    const near =
      dates.length > 0 && words(head.slice(head.lastIndexOf((dates.at(-1) as RegExpMatchArray)[0]))) <= 8;
    if (
      dates.length > 0 &&
      !between(head) &&
      !PART_DATE_REFERENCE.test(part) &&
      (opens || (near && /\p{L}{2}/u.test(part) && (endsWithDate || done(head) || determiner(part))))
    ) {
      let a = k + 2;
      while (a < ds && /\s/.test(s[a] as string)) a++;
      if (ds - a + (right - de) >= kept) newLeft = a;
    }
  }
  // Its end: before the first `en` after the date that opens another date's part.
  let newRight = right;
  for (const [e, inName] of joiningEnsReference(s, de, right)) {
    const head = s.slice(de, e);
    if (PART_DATE_OR_YEAR_REFERENCE.test(head)) break;
    const tail = s.slice(e + 2, right);
    const other = PART_DATE_OR_YEAR_REFERENCE.exec(tail);
    if (other === null) break;
    if (inName || words(tail.slice(0, other.index)) > 8) continue;
    if (between(s.slice(newLeft, e))) break;
    const headDone = !/\p{L}{2}/u.test(
      head.replace(/\([^()]*\)|\b(?:a\.s|j\.?l|jongstleden|aanstaande)\b/giu, ''),
    );
    if (!headDone && !done(head) && !opensWithDate(tail.slice(0, other.index)) && !determiner(tail)) continue;
    let b = e;
    while (b > de && /\s/.test(s[b - 1] as string)) b--;
    if (b - newLeft - (de - ds) >= kept) newRight = b;
    break;
  }
  return [newLeft, newRight];
}

/** The openings of a motion's request, each written out (see `dictumStart`). */
const DICTUM_OPENINGS: ReadonlySet<string> = new Set(
  ['verzoekt', 'roept', 'draagt'].flatMap((verb) =>
    [
      'de regering',
      'het kabinet',
      'dit kabinet',
      'het demissionaire kabinet',
      'dit demissionaire kabinet',
      'de minister',
      'de staatssecretaris',
      'de voorzitter',
    ].flatMap((whom) =>
      ['', ' tevens', ' voorts', ' niettemin', ' ook', ' daarnaast'].flatMap((also) =>
        ['', ' om', ' op'].map((to) => `${verb} ${whom}${also}${to}`),
      ),
    ),
  ),
);

function clauseReference(
  original: string,
  sentence: Span,
  date: Span,
  leaveBrackets = true,
  leaveInsertion = true,
  leaveApposition = true,
): string {
  const formula = formulaReference(original, date);
  if (formula !== null) return formula;
  // Another date's part between the date's fronted phrase and the main clause's verb: left out.
  const otherPart = otherPartReference(
    original.slice(sentence.start, sentence.end),
    date.start - sentence.start,
    date.end - sentence.start,
  );
  if (otherPart !== null) {
    const text =
      original.slice(sentence.start, sentence.start + otherPart[0]) +
      original.slice(sentence.start + otherPart[1], sentence.end);
    const at = date.start - sentence.start;
    return clauseReference(
      text,
      { start: 0, end: text.length },
      { start: at, end: at + date.end - date.start },
      leaveBrackets,
      leaveInsertion,
      leaveApposition,
    );
  }
  // A preposition that dangles without its date, with the date's article (`over`: before a period only), or with `het
  // jaar`, `de jaren`; and `uiterlijk` (or `kort`, `vlak`, `pas`, `direct`, `meteen`) before it, with `, maar` before
  // `uiterlijk`; `nog` before a preposition or alone; `ruim`, `ver`, `lang`, `net`, `onmiddellijk` before one; a
  // participle that places the noun before it on its date with `voor` (`het plenaire debat voorzien voor`).
  const DANGLING =
    /(?:^|\s|(?<=[([])|,\s*maar\s(?=uiterlijk(?:\s|$)))(?:uiterlijk\s|(?:kort|vlak|pas|direct|meteen|nog|ruim|ver|lang|net|onmiddellijk)\s|(?<!niet\s)(?:en\s)?alleen\s|(?:niet\s)?(?:eerder|later)\sdan\s(?:uiterlijk\s|(?=uiterlijk\s*$)))?(?:(?<!(?:dag|dagen|week|weken|maand|maanden|kwartaal|jaar|jaren)\s)(?:niet\s)?(?:eerder|later)\sdan|(?:in|gedurende|over|voor) de periode(?:\s(?:van|vanaf|tussen|tot(?: en met)?|t\/m))?|(?:(?:van|tot|voor|op|in)\s)?(?:na|voor|vóór|uiterlijk)|op|in|van|per|nog|d\.\s?d\.|sinds|vanaf|tot(?: en met| aan)?|t\/m|rond|omstreeks|tijdens|gedurende|tussen|(?:met ingang|ten opzichte|in de loop) van|(?<over>over)|uit|naar|richting|aan(?=\s(?:het|de)\s*$)|(?:in vergelijking|vergeleken|in verband) met|(?<=\s(?:de|het|een)(?:\s[a-z-]{1,20}){1,2}\s)(?:voorzien|gepland|geagendeerd)\svoor)(?:\seveneens|\s(?:ongeveer|circa))?(?:\s(?:het jaar|de jaren)|(?<article>\s(?:het|de)))?\s*$/i;
  const POINT = /^(?:\d{1,2}\s|(?:eind|begin|medio|half|midden|primo|ultimo)(?![\p{L}\p{N}]))/iu;
  // A hyphen at a line end before a capital keeps the name whole (`Noord-` / `Atlantische`).
  const collapse = (s: string) =>
    s
      .replace(/(?<=\p{L}-)[^\S\n]*\n\s*(?=\p{Lu})/gu, '')
      .replace(/\s+/g, ' ')
      .trim();
  const tidy = (s: string) => keepAbbreviationDot(collapse(s).replace(/^[\s,;:.–—−•·▪◦-]+/, ''));
  const capitalize = (s: string) => (s.length === 0 ? s : (s[0] as string).toUpperCase() + s.slice(1));
  // Where the opening of a motion's request (`verzoekt de regering tevens`) starts that the comma at `comma` closes,
  // from a `;`, `:`, line break or the sentence's start, where the date's clause after it fits whole with it; else -1.
  const dictumReference = (s: string, comma: number, ds: number, de: number, right: number): number => {
    let k = comma;
    while (k > 0 && !/[;:\n]/.test(s[k - 1] as string)) k--;
    const words = s.slice(k, comma);
    if (!DICTUM_OPENINGS.has(words.trim().replace(/\s+/g, ' ').toLowerCase())) return -1;
    const open = k + words.length - words.trimStart().length;
    let before = collapse(s.slice(open, ds));
    const dangling = DANGLING.exec(before);
    if (dangling) before = before.slice(0, dangling.index);
    return before.length + 1 + collapse(s.slice(de, right)).length <= MAX_LABEL + LABEL_STRETCH ? open : -1;
  };
  /**
   * A left part `left` cut after the words `cut`: not from inside a name, past its capitalised words and the particles
   * between them; else where it reads (`readableWords`).
   */
  const pastNameOrReadable = (left: string[], cut: string[]): string[] => {
    const inner = ['van', 'voor', 'en', 'der', 'den', 'ter', 'ten'];
    const previous = cut.at(-1) as string;
    let k = 0;
    const short = MINISTRIES.some((m) => m.slice(1).includes(left[0] as string));
    if (capital(left[0]) && !short && (capital(previous) || inner.includes(previous))) {
      while (
        k < left.length &&
        (capital(left[k]) || (inner.includes(left[k] as string) && capital(left[k + 1])))
      )
        k++;
    }
    return k > 0 ? left.slice(k) : readableWords(left, previous, cut);
  };
  /**
   * A letter's subject first when the alternate words cut it: its words as many as fit, where it reads well, then the
   * sender's in the room left, not from inside the sender's name (capitalised words and particles after a title).
   */
  const windowedSubjectParts = (before: string, after: string, max: number): [string, string] => {
    const b = before.split(' ').filter(Boolean);
    const a = after.split(' ').filter(Boolean);
    const right: string[] = [];
    let length = 0;
    let ai = 0;
    // A subject that fits whole with its `…` in max + LABEL_STRETCH goes whole.
    const whole = a.join(' ').length + 1 <= max + LABEL_STRETCH;
    while (ai < a.length && (whole || length + (a[ai] as string).length + 1 <= max - 2)) {
      length += (a[ai] as string).length + 1;
      right.push(a[ai++] as string);
    }
    let kept = right.join(' ');
    if (ai < a.length) {
      kept = readableAtEnd(right, -1, b.at(-1) ?? '', a.slice(ai));
      length = kept === '' ? 0 : kept.length + 1;
    }
    let bi = b.length;
    while (bi > 0 && length + (b[bi - 1] as string).length + 1 <= max - 2) {
      length += (b[bi - 1] as string).length + 1;
      bi--;
    }
    let left = b.slice(bi);
    if (bi > 0) left = pastNameOrReadable(left, b.slice(0, bi));
    const rightText = `${kept}${ai < a.length ? '…' : ''}`;
    if (left.length === 0) return ['', bi > 0 && !rightText.startsWith('…') ? `…${rightText}` : rightText];
    const leftText = `${bi > 0 ? '…' : ''}${left.join(' ')}`;
    if (rightText === '…') return [`${leftText}…`, ''];
    return [leftText, rightText];
  };
  const windowedSubject = (before: string, after: string, max: number): string =>
    collapse(joinReference(...windowedSubjectParts(before, after, max)));
  const windowed = (before: string, after: string, max: number, subject = false, closing = false): string => {
    if (subject) return windowedJoined(before, after, max, subject);
    const [l, r] = windowedOrSubject(before, after, max, false, closing, LABEL_STRETCH) as [string, string];
    return collapse(joinReference(l, r));
  };
  const windowedJoined = (before: string, after: string, max: number, subject: boolean): string => {
    const parts = windowedOrSubject(before, after, max, subject, false, LABEL_STRETCH);
    return typeof parts === 'string' ? parts : collapse(joinReference(parts[0], parts[1]));
  };
  /** The two parts of a label cut around its date: each with its `…`, the first one's before the second. */
  const windowedParts = (before: string, after: string, max: number): [string, string] =>
    windowedOrSubject(before, after, max, false) as [string, string];
  const windowedOrSubject = (
    before: string,
    after: string,
    max: number,
    subject: boolean,
    closing = false,
    /** How far past `max` a left part may run to take the noun of its first word's phrase (see `withHeadReference`). */
    stretch = 0,
  ): string | [string, string] => {
    const b = before.split(' ').filter(Boolean);
    const a = after.split(' ').filter(Boolean);
    let left: string[] = [];
    const right: string[] = [];
    let length = 0;
    let bi = b.length - 1;
    let ai = 0;
    while (bi >= 0 || ai < a.length) {
      let progressed = false;
      for (const side of ['after', 'before'] as const) {
        const w = side === 'after' ? a[ai] : b[bi];
        if (w === undefined || length + w.length + 1 > max - 2) continue;
        if (side === 'after') {
          right.push(w);
          ai++;
        } else {
          left.unshift(w);
          bi--;
        }
        length += w.length + 1;
        progressed = true;
      }
      if (!progressed) break;
    }
    // A left part that starts inside a name (its first word capitalised after a capitalised word, or after a particle
    // between two) starts with the name: up to three words and 30 characters back, from the words after the date
    // where enough of them stays (20 characters, or half of them, as they read at their end).
    const head = bi >= 0 ? nameHeadReference(left, b.slice(0, bi + 1)) : null;
    if (head !== null) {
      const rightLength = right.reduce((n, w) => n + w.length + 1, 0);
      let need = length + head.reduce((n, w) => n + w.length + 1, 0) - (max - 2);
      let keep = right.length;
      while (need > 0 && keep > 0) need -= (right[--keep] as string).length + 1;
      const kept =
        keep === right.length
          ? rightLength
          : readableAtEnd(right.slice(0, keep), -1, b.at(-1) ?? '', a.slice(keep)).length;
      if (need <= 0 && (keep === right.length || kept >= Math.min(20, rightLength / 2))) {
        left = [...head, ...left];
        bi -= head.length;
        ai = keep;
        right.length = keep;
        length = [...left, ...right].reduce((n, w) => n + w.length + 1, 0);
      }
    }
    // A left part cut where it misreads starts later (after the `en` that joins a name it starts inside to a phrase
    // with an article); the words after the date get the room.
    const joined = bi >= 0 ? joinedNameReference(left, b.slice(0, bi + 1)) : 0;
    const readable =
      bi >= 0
        ? readableWords(left.slice(joined), left[joined - 1] ?? b[bi], [
            ...b.slice(0, bi + 1),
            ...left.slice(0, joined),
          ])
        : left;
    const moved = readable.length < left.length;
    if (moved) {
      left = readable;
      length = [...left, ...right].reduce((n, w) => n + w.length + 1, 0);
      while (ai < a.length && length + (a[ai] as string).length + 1 <= max - 2) {
        length += (a[ai] as string).length + 1;
        right.push(a[ai++] as string);
      }
    }
    if (subject && ai < a.length) return windowedSubject(before, after, max);
    // A left part that leaves out the noun of the clause's subject: all of `before` where it fits with two words after
    // the subject's verb, and does not end where a label may not.
    const verb = subjectVerbReference(b, b.length - left.length);
    if (bi >= 0 && verb >= 0 && before.length + 1 <= max - 2 && /[\p{L}\d]$/u.test(before)) {
      const whole: string[] = [];
      let room = before.length + 1;
      let wi = 0;
      while (wi < a.length && room + (a[wi] as string).length + 1 <= max - 2) {
        room += (a[wi] as string).length + 1;
        whole.push(a[wi++] as string);
      }
      const kept = wi < a.length ? readableAtEnd(whole, -1, b.at(-1) ?? '', a.slice(wi)) : whole.join(' ');
      const keptWords = kept === '' ? 0 : kept.split(' ').length;
      if (
        b.length - verb - 1 + keptWords >= 2 &&
        (keptWords > 0 || !NO_LAST.has((b.at(-1) as string).toLowerCase()))
      ) {
        left = b;
        bi = -1;
        right.splice(0, right.length, ...whole);
        ai = wi;
      }
    }
    // A right part cut after a function word or a preposition of several words ends before it.
    const kept = ai < a.length ? readableAtEnd(right, -1, left.at(-1) ?? '', a.slice(ai)) : right.join(' ');
    // A right part cut between an auxiliary or a modal and the verbs that end its clause takes them, the left part's
    // first words giving the room.
    const keptWords = kept.split(' ');
    const cluster = ai < a.length && kept !== '' ? clusterReference(a, keptWords.length) : null;
    // Or, where allowed, the verbs that close the clause a few words after the cut.
    const verbs =
      cluster ?? (closing && ai < a.length && kept !== '' ? closingReference(a, keptWords.length, b) : null);
    if (verbs !== null) {
      const rightWords = [...keptWords, ...verbs.words];
      const rightLength = rightWords.join(' ').length + (verbs.whole ? 0 : 1);
      const whole = b.length - left.length === 0;
      const leftLength = (n: number) =>
        n === 0 ? 0 : left.slice(-n).join(' ').length + 1 + (n < b.length ? 1 : 0);
      let n = left.length;
      while (n > 0 && leftLength(n) + rightLength > max) n--;
      let newLeft: string[] | null = left.slice(left.length - n);
      if (rightLength + 1 > max) newLeft = null;
      else if (n < left.length && n > 0) {
        if (whole) {
          // A left part that starts its sentence: from the first clause that opens in it, or not at all.
          const k = left.findIndex(
            (w, i) => i >= left.length - n - 1 && CLAUSE_OPENERS.includes(w.toLowerCase()),
          );
          newLeft = k < 0 ? null : left.slice(k + 1);
          // For the verbs that close a clause, else none of it where it is a fronted phrase of a preposition, with no
          // finite verb (an auxiliary or a modal) and no clause mark in it, and the words after it open with one.
          if (k < 0 && cluster === null) {
            const finite = [...AUXILIARY_WORDS, ...MODALS];
            const fronting = [
              ...'aan bij binnen door met na naar om onder op over per te tegen tot tussen uit van voor vóór zonder'.split(
                ' ',
              ),
              ...'in tijdens volgens blijkens sinds vanaf ondanks dankzij'.split(' '),
            ];
            const fronted =
              finite.includes(a[0] as string) &&
              fronting.includes((left[0] as string).toLowerCase()) &&
              left.slice(1).every((w) => !finite.includes(w) && !/[^\p{L}\p{N}.]$/u.test(w));
            newLeft = fronted ? [] : null;
          }
        } else {
          // Not inside a quote or a bracket; for the verbs that close a clause, not at a relative clause's first word.
          let readable = pastNameOrReadable(newLeft, b.slice(0, b.length - n));
          // Nor at a group in brackets: after it (none where it does not close).
          const group = readable[0]?.startsWith('(') ?? false;
          const close = group ? readable.findIndex((w) => w.includes(')')) : -1;
          if (close >= 0) readable = readable.slice(close + 1);
          // Nor at the number of a name cut off before it (`…11 heb ik`, of `bij VGR 11`): after it.
          if (
            readable.length > 1 &&
            /^\d+$/.test(readable[0] as string) &&
            capital(b[b.length - readable.length - 1])
          )
            readable = readable.slice(1);
          newLeft =
            (group && close < 0) ||
            closesUnopened(readable.join(' ')) ||
            (cluster === null &&
              readable.length > 0 &&
              ['die', 'welke', ...RELATIVE_ADVERBS_REFERENCE].includes((readable[0] as string).toLowerCase()))
              ? null
              : readable;
        }
      }
      if (newLeft !== null) {
        const rightText = `${rightWords.join(' ')}${verbs.whole ? '' : '…'}`;
        if (newLeft.length === 0 && b.length > 0) return ['', `…${rightText}`];
        return withHeadReference(
          b,
          [`${newLeft.length < b.length ? '…' : ''}${newLeft.join(' ')}`, rightText],
          max + stretch,
        );
      }
    }
    // The room that frees goes to words before the left part: after the last comma among them, none that closes a
    // bracket or quote opened before them, past a group in brackets they start with, and only where they read.
    if (ai < a.length && bi >= 0) {
      // The left part is a tail of `before`'s words (a cut that reads better moved its start, not `bi`).
      const at = b.length - left.length - 1;
      let room = left.reduce((n, w) => n + w.length + 1, 0) + kept.length + 1;
      let k = at;
      while (k >= 0 && room + (b[k] as string).length + 1 <= max - 2) room += (b[k--] as string).length + 1;
      let added = b.slice(k + 1, at + 1);
      const comma = added.findLastIndex((w) => w.endsWith(','));
      if (comma >= 0) added = added.slice(comma + 1);
      const closes = closesUnopened(added.join(' '));
      if (added[0]?.startsWith('(')) {
        const close = added.findIndex((w) => w.endsWith(')'));
        added = close < 0 ? [] : added.slice(close + 1);
      }
      // Not inside a name that an `en` joins to a phrase with an article: after the `en`, none where that is no wider.
      if (!closes && added.length > 0 && at + 1 - added.length > 0) {
        const skip = joinedNameReference([...added, ...left], b.slice(0, at + 1 - added.length));
        added = added.slice(skip);
      }
      if (!closes && added.length > 0) {
        const start = at + 1 - added.length;
        const wider =
          start > 0
            ? readableWords([...added, ...left], b[start - 1], b.slice(0, start))
            : [...added, ...left];
        if (wider.length > left.length) {
          left = wider;
          bi = b.length - left.length - 1;
        }
      }
    }
    const rightText = `${kept}${ai < a.length ? '…' : ''}`;
    if (bi >= 0 && moved && left.length === 0)
      return ['', rightText.startsWith('…') ? rightText : `…${rightText}`];
    const leftText = `${bi >= 0 ? '…' : ''}${left.join(' ')}`;
    // Nothing left of the right part: its `…` ends the left part.
    if (rightText === '…' && left.length > 0) return [collapse(`${leftText}…`), ''];
    return withHeadReference(b, [leftText, rightText], max + stretch);
  };
  /**
   * A cut left part that starts at a preposition after an article and a noun (`…van het wetsvoorstel`, of `de
   * behandeling van het wetsvoorstel`) with them, where the label stays within `max` (with the stretch); not where the
   * article is `before`'s first word. `max` with its stretch.
   */
  const withHeadReference = (b: string[], [l, r]: [string, string], max: number): [string, string] => {
    const kept = l.replace(/^…/, '').split(' ');
    const at = b.length - kept.length;
    if (!l.startsWith('…') || at < 2 || b.slice(at).join(' ') !== kept.join(' ')) return [l, r];
    // `door` after an article: with the article, whose noun comes after the agent's phrase and its participle.
    if (kept[0] === 'door') {
      if (!['de', 'het', 'een'].includes((b[at - 1] as string).toLowerCase())) return [l, r];
      const withArticle = `…${b.slice(at - 1).join(' ')}`;
      return withArticle.length + (r === '' ? 0 : r.length + 1) <= max ? [withArticle, r] : [l, r];
    }
    if (at < 3) return [l, r];
    const [article, noun] = b.slice(at - 2, at) as [string, string];
    const prepositions = 'van voor over naar op in met tot aan uit inzake'.split(' ');
    if (
      !prepositions.includes(kept[0] as string) ||
      !['de', 'het', 'een'].includes(article.toLowerCase()) ||
      !/^\p{L}[\p{L}-]*$/u.test(noun) ||
      FUNCTION.has(noun.toLowerCase()) ||
      ['der', 'des'].includes(noun.toLowerCase())
    )
      return [l, r];
    const longer = `…${b.slice(at - 2).join(' ')}`;
    return longer.length + (r === '' ? 0 : r.length + 1) <= max ? [longer, r] : [l, r];
  };
  /**
   * Do the words after a title, up to a word that opens a clause of its own, hold a past participle or `te` and an
   * infinitive?
   */
  const verbAfterTitle = (a: string): boolean => {
    const raw = a.toLowerCase().split(' ');
    const words = raw.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    const stop = words.findIndex((w) =>
      /^(?:en|of|maar|want|dus|omdat|doordat|zodat|terwijl|hoewel|waarbij|waardoor|waarmee|waarna|waarin|waarover|die|dat|wat|welke|zoals|alsmede|mits|tenzij|indien|nadat|voordat|sinds|toen|om)$/.test(
        w,
      ),
    );
    return words
      .slice(0, stop < 0 ? words.length : stop)
      .some(
        (w, k) =>
          isParticiple(w) || (w === 'te' && /^\p{Ll}+(?:en|aan|ien)[^\p{L}]*$/u.test(raw[k + 1] ?? '')),
      );
  };
  /**
   * The label of a clause with a quoted title the date stands in: whole when it fits; else a title that fits with a
   * `…` on each side that has words stays whole, the words around it cut as around a date (a part cut to nothing is
   * its `…` beside the title), the words after it first when they hold the verb that says what happens with it; a
   * short group in brackets after it goes where keeping it would cut the title; a longer one is cut after its start,
   * a third of the label at most for the words before it.
   */
  const fitTitle = (b: string, t: string, a: string, mid: boolean): string => {
    const full = collapse(joinReference(joinReference(b, t), a));
    const dots = mid && lower(full);
    if (full.length + (dots ? 1 : 0) <= MAX_LABEL) return dots ? `…${full}` : capitalize(full);
    if (namesBefore(b) !== b || namesAfter(a) !== a) return fitTitle(namesBefore(b), t, namesAfter(a), mid);
    let cut: string;
    // A short group in brackets after a title that fits only with the `…` before it goes.
    const a1 = /^\([^()]{1,12}\)$/.test(a) && t.length + (b === '' ? 0 : 1) === MAX_LABEL ? '' : a;
    if (t.length + (b === '' ? 0 : 1) + (a1 === '' ? 0 : 1) > MAX_LABEL) {
      const left = b === '' ? '' : windowedParts(b, '', Math.floor(MAX_LABEL / 3))[0] || '…';
      const right = windowedParts('', joinReference(t, a1), MAX_LABEL - left.length + 1)[1];
      cut = left === '…' ? `…${right}` : collapse(joinReference(left, right));
    } else {
      let [left, right] = verbAfterTitle(a1)
        ? windowedSubjectParts(b, a1, MAX_LABEL - t.length)
        : windowedParts(b, a1, MAX_LABEL - t.length);
      if (b !== '' && left === '') [left, right] = ['…', right.replace(/^…/, '')];
      if (a1 !== '' && right === '') [left, right] = [left === '…' ? left : left.replace(/…$/, ''), '…'];
      const withTitle = left === '…' ? `…${t}` : joinReference(left, t);
      cut = right === '…' ? `${withTitle}…` : joinReference(withTitle, right);
    }
    return dots && !cut.startsWith('…') ? `…${cut}` : capitalize(cut);
  };
  const shortenPlain = (s: string) => {
    const whole = collapse(s);
    if (whole.length <= MAX_LABEL) return whole;
    const text = namesAfter(whole);
    if (text.length <= MAX_LABEL) return text;
    const cut = text.lastIndexOf(' ', MAX_LABEL - 1);
    if (cut <= MAX_LABEL / 2) return `${text.slice(0, MAX_LABEL - 1)}…`;
    // The first half stays whatever it ends on.
    return `${readableAtEnd(text.slice(0, cut).split(' '), MAX_LABEL / 2, '', text.slice(cut + 1).split(' '))}…`;
  };
  /** The label of the tidy parts `b` and `a`; `rest` as `finishLabel` has it. */
  const finish = (
    b: string,
    a: string,
    mid: boolean,
    rest: string | null,
    dated = true,
    subject = false,
  ): string => {
    if (rest !== null) {
      if (rest !== '') {
        const label = finish(b, a === '' ? `, ${rest}` : `${a}, ${rest}`, mid, null, dated, subject);
        const parts = label.split(', ');
        if (!label.endsWith('…') && parts.length >= 3 && (parts[0] as string).split(' ').length >= 3)
          return label;
      }
      return a === ''
        ? finish(`${b}…`, '', mid, null, dated, subject)
        : finish(b, `${a}…`, mid, null, dated, subject);
    }
    // A date that ends a noun phrase after `na` or `vóór`: the label is that phrase's (not where a conjunct
    // after the date was left out).
    const object =
      a === '' && dated
        ? /^(?:.*\s)?(?:na|vóór)\s(?=(?:de|het|een)\s)((?:[^\s,;:()]+\s){1,5}[^\s,;:()]+)$/iu.exec(b)
        : null;
    if (object && (object[1] as string).length >= 15) return finish(object[1] as string, a, true, null);
    // Not at the sentence's start, a lower-case word is marked `…`, not capitalised.
    return fit(b, a, mid, subject);
  };
  // A cut label starts at `over de brief` or `over de brieven` when one or two words come before it (see
  // `atTheLetter`).
  const fit = (b: string, a: string, mid: boolean, subject = false): string =>
    atTheLetterReference(fitWithSender(b, a, mid, subject));
  const fitWithSender = (b: string, a: string, mid: boolean, subject = false): string => {
    const label = fitAsGiven(b, a, mid, subject);
    // A letter's subject that goes first left the label to start inside the sender: the sender as its ministry, where
    // the subject keeps as much, its quotes paired (see `senderAsMinistry`).
    if (subject && a !== '' && label.startsWith('…') && !mid) {
      const sender = senderReference(namesBefore(b));
      if (sender !== null) {
        const other = fitAsGiven(sender, a, mid, subject);
        if (subjectKeptReference(pairedQuotes(other), a) >= subjectKeptReference(pairedQuotes(label), a))
          return other;
      }
    }
    return label;
  };
  const fitAsGiven = (b: string, a: string, mid: boolean, subject = false): string => {
    const full = collapse(joinReference(b, a));
    const dots = mid && lower(full);
    if (full.length + (dots ? 1 : 0) <= MAX_LABEL) return dots ? `…${full}` : capitalize(full);
    // Long ministry names written short and a verb's courtesy left out, then cut.
    const courtesy = (t: string): string =>
      t.replace(/(^| )met (?:veel |grote )?(?:belangstelling|interesse) (?!en |of )(?=\p{L})/gu, '$1');
    if (courtesy(namesBefore(b)) !== b || courtesy(namesAfter(a)) !== a)
      return fitAsGiven(courtesy(namesBefore(b)), courtesy(namesAfter(a)), mid, subject);
    // Whole where it runs past MAX_LABEL by LABEL_STRETCH at most.
    if (full.length + (dots ? 1 : 0) <= MAX_LABEL + LABEL_STRETCH)
      return dots ? `…${full}` : capitalize(full);
    const cut = windowed(b, a, MAX_LABEL, subject && a !== '');
    // Cut at its end, a clause that ends on its participle keeps it.
    // So does one cut to end on its auxiliary, whatever is left out between them.
    const verb =
      cut.endsWith('…') && a !== ''
        ? (eventVerbReference(full, b.length) ??
          (/(?:^| )(?:heb|hebt|heeft|hebben|had|hadden|is|ben|zijn|was|waren|wordt|worden|werd|werden)…$/.test(
            cut,
          )
            ? eventVerbReference(full, b.length, 0)
            : null))
        : null;
    if (verb !== null) return dots ? `…${verb}` : capitalize(verb);
    // Else, cut a few words before the verbs that close its clause, it takes them.
    let closed = cut;
    let extended = false;
    if (cut.endsWith('…') && a !== '' && !subject) {
      const [l, r] = windowedOrSubject(b, a, MAX_LABEL, false, true, LABEL_STRETCH) as [string, string];
      closed = collapse(joinReference(l, r));
      // Still cut before them, it runs whole past MAX_LABEL by LABEL_STRETCH characters at most to keep them.
      const aw = a.split(' ').filter(Boolean);
      const keptWords = r.replace(/^…|…$/gu, '').split(' ').filter(Boolean).length;
      if (r.endsWith('…') && closingReference(aw, keptWords, b.split(' ').filter(Boolean)) !== null) {
        const whole = collapse(joinReference(l, a));
        if (whole.length + (dots && !whole.startsWith('…') ? 1 : 0) <= MAX_LABEL + LABEL_STRETCH) {
          closed = whole;
          extended = true;
        }
      }
      // Still cut right before the infinitives its modal waits for, or a word or two before `te` and its infinitive, it
      // takes them.
      if (closed === collapse(joinReference(l, r)) && r.endsWith('…') && keptWords > 0) {
        const modal = modalInfinitiveReference(aw, keptWords, b.split(' ').filter(Boolean));
        const n = modal > 0 ? modal : teInfinitiveReference(aw, keptWords);
        if (n > 0) {
          const taken = aw.slice(0, keptWords + n);
          taken[taken.length - 1] = (taken.at(-1) as string).replace(/[.,;:!?)\]»”'"…]+$/u, '');
          const right = `${r.startsWith('…') ? '…' : ''}${taken.join(' ')}${keptWords + n < aw.length || taken.join(' ').length < aw.join(' ').length ? '…' : ''}`;
          const longer = collapse(joinReference(l, right));
          if (longer.length + (dots && !longer.startsWith('…') ? 1 : 0) <= MAX_LABEL + LABEL_STRETCH) {
            closed = longer;
            extended = true;
          }
        }
      }
    }
    // A window that left out a word or two of the sentence's start, or of the clause's where the label starts
    // mid-sentence (15 characters at most), takes them, within LABEL_STRETCH past MAX_LABEL.
    if (!extended && closed.startsWith('…')) {
      // Without an opening bracket before the date, which the label leaves out with it.
      const words = collapse(b)
        .replace(/[\s([]+$/u, '')
        .split(' ')
        .filter(Boolean);
      const rest = closed.slice(1);
      // The window kept a word of it at least (one that kept none has its `…` on its right part).
      for (let k = 1; k <= Math.min(2, words.length - 1); k++) {
        // The label opens with all the words after the `k` left out, and goes on after them.
        const kept = words.slice(k).join(' ');
        if (!rest.startsWith(`${kept} `)) continue;
        const whole = `${words.slice(0, k).join(' ')} ${rest}`;
        if (
          words.slice(0, k).join(' ').length <= 15 &&
          whole.length + (dots ? 1 : 0) <= MAX_LABEL + LABEL_STRETCH
        )
          closed = whole;
        break;
      }
    }
    // And one that left out a word or two of the clause's end (15 characters at most) takes them, within
    // LABEL_STRETCH past MAX_LABEL.
    if (!extended && closed.endsWith('…') && a !== '') {
      // Without the closing bracket of one that held the date alone, which the label leaves out with it.
      const whole = /[([]$/.test(collapse(b)) ? collapse(a).replace(/^[)\]]\s*/u, '') : collapse(a);
      const shown = closed.slice(0, -1);
      // The longest head of `a`, ending at a word's end (its closing marks may have gone), that the label ends on.
      let kept = '';
      for (let end = whole.length; end > 0; end = whole.lastIndexOf(' ', end - 1)) {
        const heads = [whole.slice(0, end), whole.slice(0, end).replace(/[.,;:!?)\]»”'"…]+$/u, '')];
        const head = heads.find(
          // After a space or `…`, or glued on where it opens with a mark (`(ingezonden) (Aanhangsel …`, 07).
          (h) =>
            h !== '' &&
            shown.endsWith(h) &&
            (/(?:^|[ …])$/u.test(shown.slice(0, -h.length)) || !/^[\p{L}\p{N}]/u.test(h)),
        );
        if (head !== undefined) {
          kept = head;
          break;
        }
      }
      const left = whole.slice(kept.length).trim();
      if (kept !== '' && left !== '' && left.length <= 15 && left.split(' ').length <= 2) {
        const longer = shown.slice(0, shown.length - kept.length) + whole;
        if (longer.length + (dots && !longer.startsWith('…') ? 1 : 0) <= MAX_LABEL + LABEL_STRETCH)
          closed = longer;
      }
    }
    return dots && !closed.startsWith('…') ? `…${closed}` : capitalize(closed);
  };
  const s = original.slice(sentence.start, sentence.end);
  const ds = Math.max(0, date.start - sentence.start);
  // A clock time right after the date is its hour: bare, in brackets, or between commas.
  const hour =
    /^[^\S\n]*(?:\((?:(?:[01]?\d|2[0-4])[:.][0-5]\d\s?[-–]\s?)?(?:[01]?\d|2[0-4])(?::[0-5]\d(?:\s?uur)?|\.[0-5]\d\s?uur)\)|(?:[01]?\d|2[0-4])(?::[0-5]\d(?:\suur)?|\.[0-5]\d\suur)(?![\p{L}\p{N}])|, ?(?:[01]?\d|2[0-4])(?::[0-5]\d(?:\suur)?|\.[0-5]\d\suur)\s?,)/u.exec(
      s.slice(Math.min(s.length, date.end - sentence.start)),
    );
  let de = Math.min(s.length, date.end - sentence.start) + (hour ? hour[0].length : 0);
  // So does a `jl.` (`jongstleden`, `a.s.`) after it, which a date with its year does not take in.
  const suffix = /^[^\S\n]*(?:jl\.?|j\.\s?l\.|jongstleden|a\.s\.)(?![\p{L}\p{N}])/u.exec(s.slice(de));
  if (suffix) de += suffix[0].length;
  // A letter's own date (after `d.d.` or `brief van`, or `brief van` its sender `van`) with its subject after it
  // (`inzake`, `over`, `met`, …).
  const subjectFirst =
    (/(?:\bd\.\s?d\.|\bdd\.?|\bbrie(?:f|ven) van)[^\S\n]*\n?[^\S\n]*$/i.test(
      original.slice(Math.max(sentence.start, date.start - 12), date.start),
    ) ||
      /\bbrie(?:f|ven) van [^;:()\n.]{2,100}? van[^\S\n]*\n?[^\S\n]*$/i.test(
        original.slice(Math.max(sentence.start, date.start - 130), date.start),
      )) &&
    /^[^\S\n]*,?\s*(?:inzake|over|betreffende|aangaande|omtrent|houdende|met betrekking tot|m\.b\.t\.|met|ter aanbieding van)\s+/i.test(
      original.slice(date.end, sentence.end),
    );
  // Only white space after the sentence: a title open at its end runs to it.
  const textEnds = /^\s*$/.test(original.slice(sentence.end));
  // A date inside a quoted title: the clause around the whole title, the title whole in it with its date.
  const title = titleReference(s, ds, de);
  if (title) {
    const [ts, te] = title;
    let [left, right] = [-1, -1];
    for (const delimiters of [NARROW, WIDE, null]) {
      let [l, r] = [0, s.length];
      if (delimiters) {
        [l, r] = overQuotesReference(
          s,
          loopStart(s, 0, ts, delimiters),
          loopEnd(s, te, s.length, delimiters),
          ts,
          te,
          delimiters,
          textEnds,
        );
      }
      if (l === left && r === right) continue;
      [left, right] = [l, r];
      const b = tidy(s.slice(l, ts));
      const t = collapse(s.slice(ts, te));
      let a = collapse(s.slice(te, r));
      if (tidy(a) !== '') a = readableClauseEnd(a, r < s.length && s[r] === ':');
      a = tidy(a);
      if (joinReference(joinReference(b, t), a).length >= 15) return fitTitle(b, t, a, l > 0);
    }
    return capitalize(shortenPlain(tidy(s)));
  }
  // A group in brackets after the date (a citation, a note), the clause going on in lower case after it, goes with the
  // date.
  de +=
    /^[^\S\n]*\((?:[^()\n]|\n(?![^\S\n]*\n)){1,100}\)(?:[^\S\n]+(?:a\.s\.|j\.?l\.|jongstleden|aanstaande)(?![\p{L}\p{N}]))?(?=,?[^\S\n]+(?!(?:en|of|alsmede|maar)(?![\p{L}\p{N}]))\p{Ll})/u.exec(
      s.slice(de),
    )?.[0].length ?? 0;
  // A report's frame (`deel ik u mee`, `bericht ik u`, `laat ik u`, …) that opens the main clause after the sentence's
  // opening phrase with the date: where the clause s[left, right) ends before it, when no verb stands between the date
  // and it and the phrase keeps 15 characters without the date; else -1.
  const reportFrameReference = (left: number, right: number): number => {
    const frame =
      /(?<![\p{L}\p{N}])(?:deel|delen|meld|melden|bericht|berichten|laat|laten)\s+(?:ik|wij|we)\s+(?:u|U|uw\s+Kamer)(?![\p{L}\p{N}])/u.exec(
        s.slice(de, right),
      );
    if (!frame) return -1;
    const between = collapse(s.slice(de, de + frame.index));
    const phrase = `${collapse(s.slice(left, ds))} ${between}`.replace(
      /^[\s•·▪◦,;:.–—−-]+|[\s•·▪◦,;:.–—−-]+$/gu,
      '',
    );
    const noVerb = between
      .toLowerCase()
      .split(' ')
      .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .every((w) => !APPOSITION_VERBS.includes(w) && !isParticiple(w));
    return noVerb && phrase.length >= 15 ? de + frame.index : -1;
  };
  // The label of the sentence without s[from, to) (an inserted phrase, an aside, an apposition), the date moved with
  // the text after the stretch.
  const withoutStretchReference = (
    from: number,
    to: number,
    insertion: boolean,
    apposition: boolean,
  ): string => {
    const shift = date.start >= sentence.start + to ? to - from : 0;
    return clauseReference(
      original.slice(0, sentence.start + from) + original.slice(sentence.start + to),
      { start: sentence.start, end: sentence.end - (to - from) },
      { start: date.start - shift, end: date.end - shift },
      leaveBrackets,
      insertion,
      apposition,
    );
  };
  // The label of the sentence without the commas s[a] and s[b] (a < b), the date moved with the text after them.
  const withoutCommasReference = (a: number, b: number): string => {
    const at = (k: number) => sentence.start + k;
    const shift = (date.start > at(a) ? 1 : 0) + (date.start > at(b) ? 1 : 0);
    return clauseReference(
      original.slice(0, at(a)) + original.slice(at(a) + 1, at(b)) + original.slice(at(b) + 1),
      { start: sentence.start, end: sentence.end - 2 },
      { start: date.start - shift, end: date.end - shift },
      leaveBrackets,
      leaveInsertion,
      leaveApposition,
    );
  };
  for (const delimiters of [NARROW, WIDE, null]) {
    let left = 0;
    let right = s.length;
    let rest: string | null = null;
    // Where the main clause starts after an opening clause that refers to what came before, or -1.
    let mainStart = -1;
    if (delimiters) {
      left = loopStart(s, 0, ds, delimiters);
      right = loopEnd(s, de, s.length, delimiters);
      // A motion's head ends at its line, before `De Kamer,`.
      if (/^[^\S\n]*\n\s*De Kamer,/.test(s.slice(de)) && s[right] === ',') right = de;
      // And past a comma right after the date, where the clause before the date holds more than the date's marker and
      // no auxiliary or modal opens a main clause after the subject's own comma.
      if (subjectFirst && s[right] === ',' && s.slice(de, right).trim() === '') {
        const subjectEnd = loopEnd(s, right + 1, s.length, delimiters);
        const next = /^,\s*(\p{L}+)/u.exec(s.slice(subjectEnd))?.[1]?.toLowerCase() ?? '';
        if (
          !/^\s*(?:d\.\s?d\.|dd\.?|van)\s*$/i.test(s.slice(left, ds)) &&
          ![...AUXILIARY_WORDS, ...MODAL_FORMS].includes(next)
        )
          right = subjectEnd;
      }
      // A letter's subject goes on past a colon.
      while (subjectFirst && right < s.length && s[right] === ':')
        right = loopEnd(s, right + 1, s.length, delimiters);
      [left, right] = overQuotesReference(s, left, right, ds, de, delimiters, textEnds);
      // A citation (or a figure alone) in brackets that ends the clause after the date, the clause going on after it in
      // lower case with a verb, no word opening another clause or item: the label of the sentence without it.
      // The same on the date's left: a citation in brackets after a word, only the date's preposition (and a finite
      // auxiliary before it) between it and the date.
      if (delimiters === NARROW && left > 0 && s[left - 1] === ')') {
        const between =
          /^[^\S\n]+(?:(?:is|zijn|wordt|worden|werd|werden|was|waren|heeft|hebben|had|hadden)[^\S\n]+)?(?:(?:van|d\.d\.|op|uit)[^\S\n]+)?/.exec(
            s.slice(left),
          );
        const open = s.lastIndexOf('(', left - 1);
        const group = s.slice(open, left);
        const closesOnce = group.indexOf(')') === group.length - 1;
        let from = open;
        while (from > 0 && /\s/.test(s[from - 1] as string)) from--;
        if (
          between &&
          left + between[0].length === ds &&
          open > 0 &&
          group.length <= 152 &&
          closesOnce &&
          !/\n[^\S\n]*\n/.test(group) &&
          (/nrs?\.\s?\d|Kamerstuk|Handelingen|kenmerk\s/.test(group) ||
            /^\(\s*[+±]?\s*\d[\d.,]*\s*(?:%|procent|fte)?\s*\)$/.test(group)) &&
          from < open &&
          from > 0 &&
          /[\p{L}\p{N}»”"']/u.test(s[from - 1] as string)
        ) {
          return withoutStretchReference(from, left, leaveInsertion, leaveApposition);
        }
      }
      if (delimiters === NARROW && s[right] === '(') {
        const group = /^\((?:[^()\n]|\n(?![^\S\n]*\n)){1,150}\)(?=[^\S\n]+(\p{Ll}[\p{L}-]*))/u.exec(
          s.slice(right),
        );
        const past = group ? right + group[0].length : s.length;
        if (
          group &&
          past < s.length &&
          !OPENS_OTHER_AFTER_GROUP.includes(group[1] as string) &&
          verbInReference(collapse(s.slice(past, loopEnd(s, past, s.length, NARROW))))
        ) {
          let from = right;
          while (from > 0 && /\s/.test(s[from - 1] as string)) from--;
          return withoutStretchReference(from, past, leaveInsertion, leaveApposition);
        }
      }
      // A clause that opens with `Zoals` (or another opener that refers to what came before: `Naar aanleiding van`, `In
      // aanvulling op`, …) and ends at a comma goes on into the main clause after it when a word follows
      // that may be its finite verb (lower case, opening no clause of its own, no preposition, article or citation); a
      // group in brackets between the date and that comma goes with the date, and so does one a lower-case word is
      // glued to, the clause going on after it.
      // Or a preposition and a determiner that open the sentence, an auxiliary verb and its subject after the comma.
      const prepositional =
        delimiters === NARROW &&
        s.slice(0, left).trim() === '' &&
        !/^\s*(?:Zoals|Conform|Overeenkomstig|Ingevolge|Verwijzend|Mede|Naar|In\s+(?:vervolg|aanvulling|antwoord|reactie|navolging|het\s+verlengde|lijn)|Met\s+(?:verwijzing|het\s+oog)|Onder|Op\s+verzoek|Ter|Als)(?![\p{L}\p{N}])/u.test(
          s.slice(left),
        ) &&
        /^\s*(?:In|Bij|Tijdens|Met|Na|Sinds|Vanaf|Volgens|Uit|Door|Op)\s+(?:mijn|onze|zijn|haar|hun|uw|de|het|een|deze|dit|die)\s/.test(
          s.slice(left),
        ) &&
        /^,\s*(?:heb|hebben|heeft|had|hadden|ben|is|zijn|was|waren|wordt|worden|werd|werden|zal|zullen|zou|zouden|kan|kunnen|wil|willen|moet|moeten|mag|mogen)\s+(?:ik|wij|we|u|het|er|zij|ze|hij|men|de|dit|deze|een|mijn|onze|uw)(?![\p{L}\p{N}])/u.test(
          s.slice(right),
        ) &&
        collapse(s.slice(left, ds)).length + collapse(s.slice(de, right)).length <= 60 &&
        !/(?<![\p{L}\p{N}])(?:die|dat|welke?|waar\p{L}*)(?![\p{L}\p{N}])/u.test(s.slice(left, ds));
      if (
        prepositional ||
        (delimiters === NARROW &&
          /^\s*(?:Zoals|Conform|Overeenkomstig|Ingevolge|Verwijzend\s+naar|Mede\s+(?:naar\s+aanleiding\s+van|in\s+(?:vervolg|aanvulling|antwoord|reactie)\s+op|in\s+het\s+verlengde\s+van|op\s+verzoek\s+van|ter\s+uitvoering\s+van|ter\s+voorbereiding\s+op|als\s+vervolg\s+op|met\s+het\s+oog\s+op)|Naar\s+aanleiding\s+van|In\s+vervolg\s+op|In\s+aanvulling\s+op|In\s+antwoord\s+op|In\s+reactie\s+op|In\s+navolging\s+van|In\s+het\s+verlengde\s+van|In\s+lijn\s+met|Met\s+verwijzing\s+naar|Onder\s+verwijzing\s+naar|Op\s+verzoek\s+van|Ter\s+uitvoering\s+van|Ter\s+voorbereiding\s+op|Als\s+vervolg\s+op|Met\s+het\s+oog\s+op)(?![\p{L}\p{N}])/u.test(
            s.slice(left),
          ))
      ) {
        let comma = right;
        let past = de;
        if (s[right] === '(' && s.slice(de, right).trim() === '') {
          const group = /^\((?:[^()\n]|\n(?![^\S\n]*\n)){1,100}\)(?=[^\S\n]*,|\p{Ll})/u.exec(s.slice(right));
          if (group) {
            past = right + group[0].length;
            comma = past + (/^[^\S\n]*/.exec(s.slice(past)) as RegExpExecArray)[0].length;
          }
        }
        // A Kamerstuk cited between commas after the date goes with it.
        const cited =
          s[comma] === ','
            ? /^,[^\S\n]*(?:[Kk]amerstuk(?:ken)?|TK)(?:[^\S\n]+II)?[^\S\n]+[\d ]{2,12}(?:-?[A-Z]{1,4}|-\d{1,3})?,[^\S\n]*nr\.[^\S\n]*\d{1,4}[^\S\n]*,/.exec(
                s.slice(comma),
              )
            : null;
        if (cited) {
          comma += cited[0].length - 1;
          past = comma;
        }
        if (past > de && s[comma] !== ',') {
          de = past;
          right = loopEnd(s, de, s.length, NARROW);
          mainStart = de;
        } else if (s[comma] === ',') {
          const word = /^\s*([\p{L}\p{N}]+)/u.exec(s.slice(comma + 1))?.[1];
          if (
            word !== undefined &&
            lower(word) &&
            !NOT_MAIN.includes(word) &&
            !NO_VERBS.includes(word) &&
            !['kamerstuk', 'kamerstukken', 'nr', 'tk'].includes(word) &&
            !RELATIVE.test(s.slice(comma + 1)) &&
            insertionReference(s, comma) === null
          ) {
            de = past;
            right = loopEnd(s, comma + 1, s.length, NARROW);
            mainStart = comma;
          }
        }
      }
      if (delimiters === NARROW && s.slice(0, left).trim() === '') {
        const frame = reportFrameReference(left, right);
        if (frame >= 0) {
          right = frame;
          mainStart = -1;
        }
      }
      // A phrase of time or occasion between commas right after the main clause's start (a preposition opens it, more
      // than the date and its preposition in it, no verb, a lower-case word of the main clause after its closing
      // comma): the label of the sentence without the two commas.
      if (delimiters === NARROW && left > 0 && s[left - 1] === ',' && s[right] === ',') {
        const preposition =
          /^\s*(?:tijdens|op|in|bij|na|voor|vóór|sinds|vanaf|per|gedurende|rond|omstreeks)(?![\p{L}\p{N}])/u.exec(
            s.slice(left, ds),
          );
        const next = /^\s*([\p{L}\p{N}]+)/u.exec(s.slice(right + 1))?.[1];
        const noVerb = collapse(s.slice(left, right))
          .toLowerCase()
          .split(' ')
          .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
          .every((w) => !APPOSITION_VERBS.includes(w) && !isParticiple(w));
        // Not one of `in` that says with whom or after what (`in het vervolg op`, `in overleg met`, …).
        const notTime =
          /^\s*in\s+(?:het\s+)?(?:vervolg|aansluiting|reactie|antwoord|overleg|nauw\s+overleg|lijn|afstemming|samenspraak|licht)\s+(?:op|met|van)(?![\p{L}\p{N}])/u.test(
            s.slice(left),
          );
        if (
          preposition &&
          !notTime &&
          (/\p{L}/u.test(s.slice(left + preposition[0].length, ds)) || /\p{L}/u.test(s.slice(de, right))) &&
          noVerb &&
          next !== undefined &&
          lower(next) &&
          !NOT_MAIN.includes(next) &&
          s.slice(0, loopStart(s, 0, left - 1, NARROW)).trim() === ''
        )
          return withoutCommasReference(left - 1, right);
      }
      // A relative clause after a comma (or one that `zoals` opens) takes in the clause before it, and what follows its
      // closing comma.
      if (
        delimiters === NARROW &&
        (s[left - 1] === ',' || s[left - 1] === ')') &&
        (RELATIVE.test(s.slice(left, ds)) ||
          // A short `zoals` clause, not one that says what was promised or announced.
          (/^\s*zoals(?![\p{L}\p{N}])/u.test(s.slice(left, ds)) &&
            collapse(s.slice(left, ds)).length + collapse(s.slice(de, right)).length <= 45 &&
            !REPORT_WORD_REFERENCE.test(s.slice(left, right))) ||
          // A short clause that `gedaan` opens after a comma.
          (s[left - 1] === ',' &&
            /^\s*gedaan(?![\p{L}\p{N}])/u.test(s.slice(left, ds)) &&
            collapse(s.slice(left, ds)).length + collapse(s.slice(de, right)).length <= 60))
      ) {
        // The clause before it, over a group in brackets that ends it (one opened before the sentence aside).
        const first = loopStart(s, 0, left - 1, NARROW);
        let k = left - 1;
        let from = first;
        for (;;) {
          if (s[k] === ')') {
            let depth = 0;
            let open = -1;
            for (let i = k; i >= 0 && open < 0; i--) {
              if (s[i] === ')') depth++;
              else if (s[i] === '(' && --depth === 0) open = i;
            }
            if (open < 0) {
              from = first;
              break;
            }
            k = open;
          }
          from = loopStart(s, 0, k, NARROW);
          if (from > 0 && s[from - 1] === ')' && s.slice(from, k).trim() === '') k = from - 1;
          else break;
        }
        left = from;
        if (s[right] === ',') {
          const text = tidy(s.slice(right + 1, loopEnd(s, right + 1, s.length, NARROW)));
          const words = text.split(' ');
          const first = words[0] as string;
          const main = lower(first) && !NOT_MAIN.includes(first);
          rest = main && !FUNCTION.has((words.at(-1) as string).toLowerCase()) ? text : '';
        }
      } else if (
        delimiters === NARROW &&
        s[left - 1] === ',' &&
        /^\s*en\s/.test(s.slice(left, right)) &&
        /(?<![\p{L}\p{N}])(?:hier|daar)\s?(?:over|van|aan|bij|mee|op|in|voor|toe|uit|door|na)(?![\p{L}\p{N}])/u.test(
          s.slice(left, right),
        )
      ) {
        // A clause of `en` after a comma that points back (`en de Kamer hierover … te informeren`): the clause before
        // it too.
        left = loopStart(s, 0, left - 1, NARROW);
      } else if (
        delimiters === NARROW &&
        s[left - 1] === ',' &&
        dictumReference(s, left - 1, ds, de, right) >= 0
      ) {
        // A motion's request after the comma its layout puts after its opening: with the opening.
        left = dictumReference(s, left - 1, ds, de, right);
      } else if (delimiters === NARROW && leaveInsertion) {
        // A phrase inserted between commas (`, mede namens …,`) or an aside between dashes (within 200 characters)
        // before the rest of the main clause: left out.
        const opener = s[right] === ',' ? insertionReference(s, right) : null;
        const dash = s[right] === '–' || s[right] === '—';
        // And a group in brackets that defines a short name, `(hierna: …)`, or names the writer's office after `ik`.
        const afterWriter = /(?<![\p{L}\p{N}])(?:ik|wij)$/u.test(s.slice(0, right).trimEnd());
        const office = String.raw`(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)(?![\p{L}\p{N}])`;
        const defined =
          s[right] === '('
            ? (/^\(\s*hierna(?![\p{L}\p{N}])[^()]{0,60}\)/u.exec(s.slice(right)) ??
              (afterWriter && /[^\S\n]$/.test(s.slice(0, right))
                ? new RegExp(
                    String.raw`^\((?:de\s+)?${office}(?:[^()\n]|\n(?![^\S\n]*\n)){0,100}\)`,
                    'u',
                  ).exec(s.slice(right))
                : null))
            : null;
        // And the writer's office between commas after `ik`, a dash allowed inside it.
        const apposition =
          !opener && s[right] === ',' && /(?<![\p{L}\p{N}])(?:ik|wij)$/u.test(s.slice(0, right))
            ? new RegExp(
                String.raw`^,\s*(?:de|als)\s+${office}(?:[^,.;:()\n]|\n(?![^\S\n]*\n)){0,100},`,
                'u',
              ).exec(s.slice(right))
            : null;
        let close = -1;
        if (opener) close = loopEnd(s, right + opener[0].length, s.length, NARROW);
        else if (dash) close = s.indexOf(s[right] as string, right + 1);
        else if (defined) close = right + defined[0].length - 1;
        else if (apposition) close = right + apposition[0].length - 1;
        if (dash && close - right > 200) close = -1;
        if (close >= 0 && close < s.length) {
          const next = /^\s*([\p{L}\p{N}]+)/u.exec(s.slice(close + 1));
          if (
            (s[close] === s[right] || defined !== null) &&
            next &&
            ((lower(next[1] as string) && !NOT_MAIN.includes(next[1] as string)) ||
              // A number, not after one (`(hierna: SvGND) 2025 gepresenteerd`, 408).
              (/^\d/.test(next[1] as string) && !/\d\s*$/.test(s.slice(0, right))))
          ) {
            // After a date's clause that a comma opens, the closing comma stays: that clause is one between commas.
            const keepsComma = left > 0 && s[left - 1] === ',' && s[close] === ',';
            return withoutStretchReference(right, keepsComma ? close : close + 1, false, leaveApposition);
          }
        }
        // An aside between dashes that ends where the date's clause starts (both dashes between white space, within 200
        // characters, the opening one no bullet at its line's start): left out, the clause before it going on.
        const closing = s[left - 1];
        const open = closing === '–' || closing === '—' ? s.lastIndexOf(closing, left - 2) : -1;
        const spaced = (k: number) => /\s/.test(s[k - 1] ?? '') && /\s/.test(s[k + 1] ?? '');
        if (
          open > 0 &&
          left - 1 - open <= 200 &&
          spaced(left - 1) &&
          spaced(open) &&
          !/(?:^|[\n\r])[ \t\u00a0]*$/.test(s.slice(0, open))
        ) {
          return withoutStretchReference(open, left, false, leaveApposition);
        }
        // A phrase inserted between commas (within 200 characters) that ends where the date's clause starts, a
        // lower-case word of the main clause opening that clause: left out, the clause before it going on.
        const first = s[left - 1] === ',' ? /^\s*([\p{L}\p{N}]+)/u.exec(s.slice(left)) : null;
        if (first && lower(first[1] as string) && !NOT_MAIN.includes(first[1] as string)) {
          for (
            let k = s.lastIndexOf(',', left - 2);
            k > 0 && left - 1 - k <= 200;
            k = s.lastIndexOf(',', k - 1)
          ) {
            const inserted = insertionReference(s, k);
            if (inserted === null) continue;
            if (loopEnd(s, k + inserted[0].length, s.length, NARROW) === left - 1)
              return withoutStretchReference(k, left, false, leaveApposition);
            break;
          }
        }
      }
      // An apposition before the date's clause, which holds nothing but the date's preposition (at most 40 characters
      // between its comma and the date): a stretch of at most 120 characters between commas that opens with `de`,
      // `het` or `een` and holds no verb or clause opener (APPOSITION_VERBS) and no participle. Left out with its
      // opening comma.
      if (delimiters === NARROW && leaveApposition && left > 1 && s[left - 1] === ',' && ds - left <= 40) {
        const stretch = collapse(s.slice(left, ds));
        const dangling = DANGLING.exec(stretch);
        const { over, article } = (dangling?.groups ?? {}) as { over?: string; article?: string };
        const keeps =
          article !== undefined
            ? !articleOfDate(article.trim().toLowerCase(), s.slice(ds, de), s.slice(de))
            : over !== undefined && POINT.test(s.slice(ds, de));
        const acronym =
          dangling !== null &&
          /^\s?(?:KORT|VLAK|PAS|DIRECT|METEEN|NOG|RUIM|VER|LANG|NET|ONMIDDELLIJK)(?=\s)/.test(dangling[0]);
        const from = loopStart(s, 0, left - 1, NARROW);
        const apposition = s.slice(from, left - 1);
        if (
          stretch !== '' &&
          dangling?.index === 0 &&
          !keeps &&
          !acronym &&
          from > 1 &&
          s[from - 1] === ',' &&
          apposition.length <= 120 &&
          /^\s*(?:de|het|een)\s/.test(apposition) &&
          collapse(apposition)
            .toLowerCase()
            .split(' ')
            .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
            .every((w) => !APPOSITION_VERBS.includes(w) && !isParticiple(w))
        ) {
          return withoutStretchReference(from - 1, left - 1, leaveInsertion, false);
        }
      }
      // An auxiliary after the date (`zijn` only before a subject) without its participle in the clause, which ends at
      // a comma or a group in brackets: the clause goes on over at most three stretches without a verb (after a comma,
      // or after a group in brackets, an empty one not counted) to the one that ends on it.
      const rightBeforeApposed = right;
      if (delimiters === NARROW && rest === null && mainStart < 0 && (s[right] === ',' || s[right] === '(')) {
        const clause = collapse(s.slice(de, right));
        const aux =
          /(?<![\p{L}\p{N}])(?:is|was|waren|wordt|worden|werd|werden|heb|hebt|heeft|hebben|had|hadden|zijn(?= (?:ze|zij|er|de|het|deze|dit|die|alle|beide|wij|we) ))(?![\p{L}\p{N}])/u.exec(
            clause,
          );
        const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (
          aux &&
          !clause
            .slice(aux.index + aux[0].length)
            .split(' ')
            .some((w) => isParticiple(bare(w)))
        ) {
          let at = right;
          for (let n = 0; n < 3 && at < s.length;) {
            let from = at + 1;
            const afterGroup = s[at] === '(';
            if (afterGroup) {
              let close = -1;
              for (let i = at + 1, depth = 0; i < s.length && close < 0; i++) {
                if (s[i] === '(') depth++;
                else if (s[i] === ')' && depth-- === 0) close = i;
              }
              if (close < 0) break;
              from = close + 1;
            } else if (s[at] !== ',') break;
            const next = loopEnd(s, from, s.length, NARROW);
            const stretch = collapse(s.slice(from, next));
            at = next;
            if (stretch === '') {
              if (afterGroup) continue;
              break;
            }
            n++;
            const words = stretch.split(' ').map(bare);
            // The first verb inside the stretch: a participle there where its clause's middle field ends (no mark after
            // it, at most 120 characters from the stretch's start, and either a word before it that is no function
            // word and a preposition or `dat`, `omdat`, `zodat` after it, or first after a group in brackets, or first
            // after a comma with no preposition after it and a `te` further on) ends the clause right after it.
            const verb = words
              .slice(0, -1)
              .findIndex((w) => APPOSITION_VERBS.includes(w) || isParticipleAfterParticle(w));
            if (verb >= 0) {
              const lower = stretch.toLowerCase().split(' ');
              const through = new RegExp(String.raw`^(?:\s*\S+){${verb + 1}}`).exec(s.slice(from));
              const afterParticiple = [
                ...'aan bij binnen door met na naar om onder op over per te tegen tot tussen uit van voor vóór zonder'.split(
                  ' ',
                ),
                'inzake',
                'dat',
                'omdat',
                'zodat',
              ].includes(lower[verb + 1] as string);
              if (
                through !== null &&
                !APPOSITION_VERBS.includes(words[verb] as string) &&
                lower[verb] === words[verb] &&
                lower.slice(0, verb + 1).join(' ').length <= 120 &&
                (verb > 0
                  ? !FUNCTION.has(lower[verb - 1] as string) && afterParticiple
                  : afterGroup || (!afterParticiple && lower.indexOf('te', 2) >= 0))
              ) {
                right = from + through[0].length;
              }
              break;
            }
            if (stretch.length > 120) break;
            if (APPOSITION_VERBS.includes(words.at(-1) as string)) break;
            if (isParticipleAfterParticle(words.at(-1) as string)) {
              right = next;
              break;
            }
          }
        }
      }
      // A comma between the nouns of a list that `en` or `of` closes, after a phrase of at most 80 characters without a
      // verb that ends on a bare lower-case word: the clause goes on to the end of the stretch with `en`/`of`, over at
      // most three items of one to three bare lower-case words (no function word, verb or participle) after an optional
      // article, when that stretch opens with one to three of them, then `en`/`of` and more, and holds no verb.
      const rightBeforeList = right;
      if (
        delimiters === NARROW &&
        rest === null &&
        mainStart < 0 &&
        right === rightBeforeApposed &&
        s[right] === ',' &&
        right - de <= 80
      ) {
        const bareWord = (w: string) =>
          /^\p{Ll}[\p{Ll}-]*$/u.test(w) &&
          !FUNCTION.has(w) &&
          !APPOSITION_VERBS.includes(w) &&
          !NOT_MAIN.includes(w) &&
          !isParticiple(w);
        const noVerb = (t: string) =>
          t
            .toLowerCase()
            .split(' ')
            .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
            .every((w) => !APPOSITION_VERBS.includes(w) && !isParticiple(w));
        const head = collapse(s.slice(de, right));
        if (head !== '' && noVerb(head) && bareWord(head.split(' ').at(-1) as string)) {
          let at = right;
          for (let n = 0; n < 3 && s[at] === ','; n++) {
            const next = loopEnd(s, at + 1, s.length, NARROW);
            const stretch = collapse(s.slice(at + 1, next));
            if (stretch === '' || stretch.length > 120) break;
            const all = stretch.split(' ');
            // An item may open with its article.
            const items = ['de', 'het', 'een'].includes(all[0] as string) ? all.slice(1) : all;
            const join = items.findIndex((w) => !bareWord(w));
            if (join === -1 && items.length >= 1 && items.length <= 3) {
              at = next;
              continue;
            }
            if (
              join >= 1 &&
              join <= 3 &&
              (items[join] === 'en' || items[join] === 'of') &&
              join + 1 < items.length &&
              noVerb(stretch)
            )
              right = next;
            break;
          }
        }
      }
      // Else a comma that opens a short list's next items: one to three words (after an optional article), no function
      // word, verb, participle or word that opens a clause among them, then `en`/`of` and a word that is none of the
      // latter; not after `alsmede` and the like, nor with capitals on both sides of the `en`, nor right after the
      // date.
      if (
        delimiters === NARROW &&
        rest === null &&
        mainStart < 0 &&
        right === rightBeforeApposed &&
        right === rightBeforeList &&
        s[right] === ',' &&
        collapse(s.slice(de, right)) !== ''
      ) {
        const next = loopEnd(s, right + 1, s.length, NARROW);
        const all = collapse(s.slice(right + 1, next)).split(' ');
        const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        const verbLike = (w: string) => APPOSITION_VERBS.includes(bare(w)) || isParticiple(bare(w));
        const opener = [
          ...CLAUSE_OPENERS,
          'die',
          'welke',
          'alsmede',
          'evenals',
          'waaronder',
          'inclusief',
          'zoals',
        ];
        const first = ['de', 'het', 'een'].includes(all[0] as string) ? 1 : 0;
        let k = first;
        let ok = !opener.includes(all[0] as string);
        while (ok && k < all.length && k - first < 3 && all[k] !== 'en' && all[k] !== 'of') {
          const w = all[k] as string;
          ok = /^\p{L}[\p{L}'’-]*$/u.test(w) && !FUNCTION.has(w.toLowerCase()) && !verbLike(w);
          k++;
        }
        const after = all[k + 1];
        if (
          ok &&
          k > first &&
          (all[k] === 'en' || all[k] === 'of') &&
          after !== undefined &&
          !verbLike(after) &&
          !(/^\p{Lu}/u.test(all[k - 1] as string) && /^\p{Lu}/u.test(after))
        )
          right = next;
      }
      // Another paper's or meeting's full date (day and month after `d.d.` or `van`) before the date in its clause: the
      // label starts after it, its year, `a.s.`/`jl.` and a formal subject marker, when a word follows that opens no
      // list or period, and 15 characters are left after a subject marker (`over`, `met` stay), 30 without one.
      if (delimiters === NARROW) {
        const stretch = s.slice(left, ds);
        const other = [
          ...stretch.matchAll(
            /(?<![\p{L}\p{N}/-])\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\s+\d{4})?(?![\p{L}\p{N}])/giu,
          ),
        ].at(-1);
        if (
          other &&
          /(?:^|[^\p{L}\p{N}])(?:d\.\s?d\.?|dd\.?|van)\s+$/iu.test(
            stretch.slice(Math.max(0, (other.index as number) - 12), other.index),
          )
        ) {
          const from = (other.index as number) + other[0].length;
          const linking =
            /^\s*(?:(?:a\.s\.|j\.?l\.|jongstleden|aanstaande)(?![\p{L}\p{N}]))?\s*((?:inzake|betreffende|aangaande|omtrent|houdende)\s+|(?=(?:over|met|ter aanbieding van)\s))?(?!(?:en|of|tot|t\/m|a\.s\.|j\.?l\.|jongstleden|aanstaande|inzake|betreffende|aangaande|omtrent|houdende)(?![\p{L}\p{N}]))(?=\p{L})/iu.exec(
              stretch.slice(from),
            );
          if (
            linking &&
            stretch.slice(from + linking[0].length).trim().length >= (linking[1] !== undefined ? 15 : 30)
          )
            left += from + linking[0].length;
        }
      }
      // A clause that opens with a citation's number after the comma that follows the dossier (`26 234, nr. 153 is
      // verslag gedaan … in 2013`, 234): the label starts after the number, when two words or more come before the
      // date.
      if (delimiters === NARROW && /[0-9A-Z],\s*$/.test(s.slice(Math.max(0, left - 8), left))) {
        const tail = /^\s*nrs?\.\s?\d+[a-z]?(?:\s?(?:,|en|t\/m|[-–])\s?\d+[a-z]?)*\s+/.exec(
          s.slice(left, ds),
        );
        if (tail && /^\p{L}[\p{L}\p{N}-]*\s+\p{L}[\p{L}\p{N}-]*\s+/u.test(s.slice(left + tail[0].length, ds)))
          left += tail[0].length;
      }
    } else {
      // The whole sentence: its report frame too, after a date in brackets whose clause said too little (894).
      const frame = reportFrameReference(left, right);
      if (frame >= 0) right = frame;
    }
    // Another item of the sentence with a date of its own, joined by `en`: the label keeps to its own date's part.
    [left, right] = otherDatePartReference(s, left, ds, de, right);
    let before = collapse(s.slice(left, ds));
    let after = collapse(s.slice(de, right));
    // Where the preposition that dangles at the end of `b` starts, or -1.
    const danglingAt = (b: string): number => {
      const dangling = DANGLING.exec(b);
      if (!dangling) return ownArticleAt(b, s.slice(ds, de), s.slice(de));
      const { over, article } = dangling.groups as { over?: string; article?: string };
      const date = s.slice(ds, de);
      const keep =
        article !== undefined
          ? !articleOfDate(article.trim().toLowerCase(), date, s.slice(de))
          : over !== undefined && POINT.test(date);
      // A modifier in capitals (`PAS`) is an acronym: it stays.
      const acronym = /^\s?(?:KORT|VLAK|PAS|DIRECT|METEEN|NOG|RUIM|VER|LANG|NET|ONMIDDELLIJK)(?=\s)/.exec(
        dangling[0],
      );
      return keep ? -1 : dangling.index + (acronym ? acronym[0].length : 0);
    };
    // Brackets that hold the date alone after a dangling preposition go with both.
    const closer = before.endsWith('(') ? ')' : before.endsWith('[') ? ']' : '';
    const bracketed =
      closer !== '' && after.startsWith(closer) ? danglingAt(before.slice(0, -1).trimEnd()) : -1;
    if (bracketed >= 0) {
      before = before.slice(0, bracketed);
      after = after.slice(1).trimStart();
    } else if (danglingAt(before) >= 0) {
      before = before.slice(0, danglingAt(before));
    }
    // A phrase between commas of a participle or a word of INSERTION_HEADS and the date goes whole, unless another short
    // phrase between commas follows that no function word opens.
    const head = /, ([a-zß-öø-ÿ]+)\s*$/.exec(before);
    if (
      head !== null &&
      after.startsWith(',') &&
      (INSERTION_HEADS.has(head[1] as string) || isParticipleAfterParticle(head[1] as string))
    ) {
      const next = /^,\s*([^\s,]+)(?:\s[^\s,]+)?,/.exec(after);
      if (next === null || FUNCTION_WORDS.has(next[1] as string)) before = before.slice(0, head.index);
    }
    // A phrase after a comma that closes the sentence and says the main clause was promised, announced or asked for
    // (`, zoals toegezegd …`, `, conform mijn toezegging …`): the main clause and the phrase, when they fit whole.
    if (
      delimiters === NARROW &&
      left > 0 &&
      s[left - 1] === ',' &&
      /^\s*(?:zoals|conform)(?![\p{L}\p{N}])/u.test(s.slice(left, ds)) &&
      REPORT_WORD_REFERENCE.test(s.slice(left, right)) &&
      /^\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?[.?!;]?\s*$/.test(s.slice(right))
    ) {
      const main = tidy(s.slice(0, left - 1));
      const full = `${main}, ${tidy(joinReference(before, after))}`;
      if (main.length >= 15 && full.length <= MAX_LABEL) return capitalize(full);
      // Too long: after a letter's stock opening, its object and the phrase, each cut before a word that opens a phrase
      // of its own (not inside `met betrekking tot` or after a hyphen), the object of three words and 15 characters at
      // least, the phrase of four and with its word of promise.
      const framing =
        /^(?:(?:Met|In|Bij|Middels) deze brief|Hierbij)\s+(?:(?:wil|willen)\s+(?:ik|wij|we)\s+(?:u|uw Kamer|de Kamer)\s+(?:graag\s+)?informeren\s+over|(?:informeer|informeren)\s+(?:ik|wij|we)\s+(?:u|uw Kamer|de Kamer)(?:\s+graag)?\s+over|ontvangt\s+(?:u|uw Kamer|de Kamer)|(?:stuur|zend|sturen|zenden)\s+(?:ik|wij|we)\s+(?:u|uw Kamer|de Kamer)|(bied|bieden)\s+(?:ik|wij|we)\s+(?:u|uw Kamer|de Kamer))\s+(?=(?:de|het|een|mijn|onze|zijn|haar|hun)\s)/.exec(
          main,
        );
      if (main.length >= 15 && framing) {
        const cuts = (t: string, min: number): string[] => {
          const w = t.split(' ');
          const out = [t];
          for (let k = w.length - 1; k >= min; k--) {
            if (
              /^(?:over|met|tot|in|voor|op|naar|bij|tijdens|per|inzake|betreffende|omtrent|aangaande|en|die|dat|waarin|waarmee)$/.test(
                w[k] as string,
              ) &&
              !FUNCTION.has(w[k - 1] as string) &&
              !/-$|^(?:betrekking|aanzien|opzichte|kader|verband|bijzonder)$/.test(w[k - 1] as string)
            )
              out.push(tidy(w.slice(0, k).join(' ')));
          }
          return out;
        };
        let object = main.slice(framing[0].length);
        if (framing[1] !== undefined) object = object.replace(/\s+aan$/, '');
        const phrase = tidy(joinReference(before, after));
        const phrases = cuts(phrase, 4).filter((p) => REPORT_WORD_REFERENCE.test(p));
        for (const o of cuts(object, 3).filter((c) => c.length >= 15)) {
          const p = phrases.find((q) => o.length + 2 + q.length <= MAX_LABEL);
          if (p !== undefined) return capitalize(`${o}, ${p}`);
        }
      }
      // Else the phrase alone without its `zoals`, when a participle of promise and a preposition open it.
      if (main.length >= 15) {
        const phrase = tidy(joinReference(before, after));
        const bare = phrase.slice('zoals '.length);
        if (
          /^zoals (?:toegezegd|aangekondigd|afgesproken|overeengekomen|verzocht|gevraagd|beloofd|aangegeven|vermeld|verwoord|neergelegd|beschreven|gesteld|medegedeeld|meegedeeld|besproken|vastgesteld|uiteengezet|geschetst|toegelicht|gememoreerd) (?:tijdens|in|bij|op|met|door|na) /.test(
            phrase,
          ) &&
          bare.length >= 15 &&
          bare.length <= MAX_LABEL
        )
          return capitalize(bare);
      }
    }
    // A verb whose object is the date keeps it, with its preposition.
    // So does a date quoted alone after a preposition.
    const quotedObject =
      PREPOSITION_QUOTE.test(s.slice(left, ds)) && ['«»', '“”'].includes(`${s[ds - 1]}${s[de]}`);
    const namedYear = NAMED_YEAR.test(s.slice(left, ds));
    // And a year a figure follows (`in 2009 9 463`).
    const yearFigure = /^(?:19|20)\d\d$/.test(s.slice(ds, de)) && /^[^\S\n]+\d/.test(s.slice(de, right));
    if (
      DATING_VERB.test(s.slice(left, ds)) ||
      copulaPredicate(s, left, ds, de) ||
      LIKENESS_BEFORE.test(s.slice(left, ds)) ||
      namedYear ||
      quotedObject ||
      yearFigure
    )
      before = collapse(s.slice(left, de));
    // After a date that does not open its clause: words of time that extend it go with it, and a second conjunct
    // (`en`/`of` and a lower-case word that opens no noun phrase) is left out.
    let conjunctLeft = false;
    if (!frontedReference(tidy(before), tidy(after), s.slice(ds, de))) {
      const clock = CLOCK_TAIL.exec(after);
      const tail = TIME_TAIL.exec(after);
      const conjunct = /^(?:en|of) (\p{Ll}[\p{L}\p{N}’'-]*)/u.exec(after);
      if (clock) after = after.slice(clock[0].length);
      else if (tail) after = after.slice(tail[0].length);
      else if (conjunct && !NOT_A_CONJUNCT.has(conjunct[1] as string)) {
        if (adjectiveClass(conjunct[1] as string) === NO_ADJECTIVE) {
          conjunctLeft = true;
          after = '';
        }
      }
    }
    // The label's end where its clause ends: the end of `after`, or of `before` where the date ended the clause
    // (nothing after it, or a clause mark), without a `dan` or `als` of a comparison there.
    if (tidy(after) !== '') after = readableClauseEnd(after, right < s.length && s[right] === ':');
    if (tidy(after) === '' || /^[,;:–—]/.test(after)) {
      before = readableClauseEnd(
        before.replace(/^\s*anders dan\s*$/i, '').replace(/(?:^|\s)(?:dan|als)$/, ''),
        false,
      );
    }
    if (tidy(`${before} ${after}`).length - (namedYear ? de - ds : 0) >= 15) {
      const b = tidy(before);
      const a = tidy(after);
      // A date that opens a main clause, the finite verb after it, stays with its preposition, and the label
      // is cut at its end only.
      // Such an opening clause and its main clause are cut at their end only, when three words of the main clause are
      // left.
      const words = (t: string) => t.split(/[ …,]+/).filter(Boolean).length;
      // Not at the sentence's start: after words, not only after a list's dash or bullet, or a word that only opens the
      // sentence and its comma, where the clause's first word is its own and no preposition of the date's phrase.
      const itemWord = /^\s*(\S+)/.exec(s.slice(left, ds))?.[1];
      const mid =
        left > 0 &&
        !(
          /^[\s–—−•·▪◦*-]*(?:(?:ja|nee|neen|echter|welnu|kortom|daarnaast|bovendien|tevens|verder|voorts|overigens|inmiddels|vervolgens|daarom|dus|tenslotte|allereerst|samenvattend),\s*)?$/iu.test(
            s.slice(0, left),
          ) &&
          itemWord !== undefined &&
          /^\s*\S+\s/.test(s.slice(left, ds)) &&
          !'aan bij binnen door met na naar om onder op over per te tegen tot tussen uit van voor vóór zonder in d.d. sinds vanaf tijdens rond medio begin eind'
            .split(' ')
            .includes(itemWord.toLowerCase())
        );
      const opened = mainStart >= 0 ? finish('', joinReference(b, a), mid, rest) : '';
      const got =
        mainStart >= 0 && words(opened) >= words(b) + words(collapse(s.slice(de, mainStart))) + 3
          ? opened
          : frontedReference(b, a, s.slice(ds, de))
            ? frontedWithSubjectFirst(
                collapse(s.slice(left, de)).replace(/^[\s,;:.–—−•·▪◦-]+/, ''),
                a,
                (t) => finish('', t, mid, rest),
                rest === null,
              )
            : finish(b, a, mid, rest, !conjunctLeft, subjectFirst);
      // One word that says nothing (`respectievelijk`, a code): the label of the group in brackets around the date.
      const word = got.replace(/^…|…$/g, '');
      // So does a citation alone (`Kamerstuk 34 550 XVI, nr. 138`), and any reference alone: a reference's name
      // (`brief`, `nr.`, `kenmerk`, `Handelingen`, …), codes and `met`, `als`, `en`, `de`, with a digit (`kenmerk
      // GZB/GZ 96-1952`, `8 en 9 en de brief`).
      const citation = /^Kamerstuk(?:ken)?(?![\p{L}\p{N}])[^\p{Ll}]*nr\.\s?\d+[^\p{L}\p{N}]*$/u.test(word);
      const parts = word.split(' ');
      const name = /^(?:[Bb]rief|[Kk]amerstuk(?:ken)?|Aanhangsel|Handelingen|nrs?\.|kenmerk:?)$/;
      const reference =
        parts.some((w) => name.test(w)) &&
        parts.some((w) => /\d/.test(w)) &&
        parts.every(
          (w) =>
            name.test(w) ||
            /^(?:met|als|en|de)$/.test(w) ||
            /\d/.test(w) ||
            !/\p{Ll}/u.test(w) ||
            /^.+\p{Lu}/u.test(w),
        );
      // And a hedge alone, `naar verwachting` (2116), which says how sure the date is, not what happens on it.
      const hedges = ['naar verwachting', 'naar alle waarschijnlijkheid', 'waarschijnlijk', 'vermoedelijk'];
      hedges.push('verwachtelijk', 'wellicht', 'mogelijk', 'zo mogelijk', 'indien mogelijk');
      // Or a phrase (with its `maar` or `en`) that says only how firm the date is (`maar in ieder geval`, 1761).
      for (const firm of [
        'in ieder geval',
        'in elk geval',
        'ten minste',
        'tenminste',
        'minstens',
        'in principe',
      ]) {
        hedges.push(firm, `maar ${firm}`, `en ${firm}`);
      }
      hedges.push('bij voorkeur', 'maar bij voorkeur', 'en bij voorkeur');
      const hedge = hedges.some((h) => [h, `${h} pas`, `${h} al`, `${h} reeds`].includes(word.toLowerCase()));
      if (
        delimiters &&
        (citation ||
          reference ||
          hedge ||
          (!word.includes(' ') && (word.toLowerCase() === 'respectievelijk' || !/\p{Ll}/u.test(word))))
      ) {
        // Balanced groups inside, before and after the date, blanked out: the brackets left open hold the date.
        const blank = (t: string) => {
          let prev = '';
          while (prev !== t) [prev, t] = [t, t.replace(/\([^()]*\)/g, (g) => '_'.repeat(g.length))];
          return t;
        };
        const open = blank(s.slice(0, ds)).lastIndexOf('(');
        const close = blank(s.slice(de)).indexOf(')');
        if (leaveBrackets && open >= 0 && close >= 0) {
          // A citation's group after a comma takes the comma: its label follows the clause before it.
          const comma = citation ? /,\s*$/.exec(s.slice(0, open)) : null;
          const from = comma ? comma.index : open;
          const group = { start: sentence.start + from, end: sentence.start + de + close + 1 };
          return clauseReference(original, sentence, group, false);
        }
        continue;
      }
      return got;
    }
  }
  return capitalize(shortenPlain(tidy(s)));
}

/** Label of the first occurrence of `date` in `sentence` (the whole text). */
function label(sentence: string, date: string): string {
  const at = sentence.indexOf(date);
  return labelAround(
    sentence,
    { start: 0, end: sentence.length },
    { start: at, end: at + date.length },
    [],
    quotePositions(sentence),
  );
}

/** `date`'s label in `sentence` is `expected`, as the reference rules give it, and fits. */
function expectLabel(sentence: string, date: string, expected: string): void {
  const got = label(sentence, date);
  const at = sentence.indexOf(date);
  expect(got).toBe(
    referenceLabel(sentence, { start: 0, end: sentence.length }, { start: at, end: at + date.length }),
  );
  expect(got).toBe(expected);
  // Past MAX_LABEL only to keep the verbs that close its clause.
  expect(got.length).toBeLessThanOrEqual(MAX_LABEL + LABEL_STRETCH);
}

describe('labelAround', () => {
  it("reads a list item's bullet dash as no aside's: the label does not reach back over the item (192)", () => {
    // The list item's second date, `juli 2021`, after a dash inside the item's subject; its opening dash is the bullet.
    const sentence =
      '– de brief van de Minister van Sociale Zaken en Werkgelegenheid d.d. 6 juli 2021 inzake\nStand van de uitvoering sociale zekerheid – juli 2021 (Kamerstuk 26 448, nr. 652);';
    const at = sentence.lastIndexOf('juli 2021');
    const date = { start: at, end: at + 'juli 2021'.length };
    const got = labelAround(sentence, { start: 0, end: sentence.length }, date, [], quotePositions(sentence));
    expect(got).toBe(referenceLabel(sentence, { start: 0, end: sentence.length }, date));
    // Was `(Kamerstuk 26 448, nr. 652)` while the bullet read as an aside's opening dash.
    expect(got).toBe(
      '…de Minister van SZW d.d. 6 juli 2021 inzake Stand van de uitvoering sociale zekerheid',
    );
  });

  it.each([
    [
      'the clause after a fronted date (NAVO)',
      'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen.',
      '12 en 13 oktober',
      // Without its date the clause starts with its verb and reads as a question (`Komen de …`).
      'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen',
    ],
    [
      'a date with a particle of its own stays too (1614)',
      'Al sinds 1889 wordt er in Nederland\nzout gewonnen.',
      '1889',
      'Al sinds 1889 wordt er in Nederland zout gewonnen',
    ],
    [
      'a fronted adverb of its own keeps the statement: the date goes (1444)',
      'Ook in 2019 zal hier weer veel aandacht voor zijn.',
      '2019',
      'Ook zal hier weer veel aandacht voor zijn',
    ],
    [
      'the date of a phrase goes, and the clause, not starting its sentence, is marked `…` (2152)',
      '– d.d. 27 juni 2008 over een review van het project onderzoek duurzame schelpdiervisserij; deelproject 3: sublitorale natuurwaarden (29 675, nr. 46);',
      '27 juni 2008',
      '…over een review van het project onderzoek duurzame schelpdiervisserij',
    ],
    [
      'an item after its dash starts the sentence: capitalised, no `…` (1462; was `…de brief van …`)',
      '– de brief van de Minister van Sociale Zaken en Werkgelegenheid d.d. 28 januari 2025 inzake opvolging OCTAS-rapport (Kamerstuk 26 448, nr. 799);',
      '28 januari 2025',
      'De brief van de Minister van SZW inzake opvolging OCTAS-rapport',
    ],
    [
      '… an item whose date ends it too (733; was `…agenda van de bijeenkomst …`)',
      '– de geannoteerde agenda van de bijeenkomst van ministers van Buitenlandse Zaken van de NAVO van 6 en 7 december 2007 (28 676, nr. 42).',
      '6 en 7 december 2007',
      'De geannoteerde agenda van de bijeenkomst van ministers van Buitenlandse Zaken van de NAVO',
    ],
    [
      '… and one after a bullet (1192, its dash made a bullet)',
      '• het ziekenhuisinhoudelijke gedeelte in de brief van de minister d.d. 5 februari 2008 inzake kapitaallasten c.a. (27 659, nr. 96).',
      '5 februari 2008',
      'Het ziekenhuisinhoudelijke gedeelte in de brief van de minister inzake kapitaallasten c.a.',
    ],
    [
      'a cut left part takes the noun its first phrase belongs to, within LABEL_STRETCH (2382; was `…van het wetsvoorstel…`)',
      'Het geschetste tijdpad betekent dat de behandeling van het wetsvoorstel in de Tweede kamer in april zou moeten worden afgerond, zodat in mei de behandeling in de Eerste Kamer kan aanvangen.',
      'in april',
      '…de behandeling van het wetsvoorstel in de Tweede kamer zou moeten worden afgerond',
    ],
    [
      '… what the meeting had: its outcomes (175; was `…van de Landbouw- en Visserijraad die …`)',
      'Met deze brief informeer ik u over de uitkomsten van de Landbouw- en Visserijraad die op 17 mei jl. in Brussel heeft plaatsgevonden.',
      '17 mei jl.',
      '…de uitkomsten van de Landbouw- en Visserijraad die in Brussel heeft plaatsgevonden',
    ],
    [
      '… a left part at `door` takes the article before it, whose noun follows the participle (523; was `…door de Staatssecretaris …`)',
      'De op 18 maart 2014 toegezonden vragen en opmerkingen zijn met de door de Staatssecretaris bij brief van 21 maart 2014 toegezonden antwoorden hieronder afgedrukt.',
      '21 maart 2014',
      '…de door de Staatssecretaris bij brief toegezonden antwoorden hieronder afgedrukt',
    ],
    [
      '… not where the noun and its article do not fit in the stretch (1157)',
      'Bij deze bied ik u de tweede voortgangsrapportage aan van het samenwerkingsverband van de Uitvoeringsagenda Duurzame Veehouderij die mij op 30 augustus jl. is aangeboden.',
      '30 augustus jl.',
      '…van de Uitvoeringsagenda Duurzame Veehouderij die mij is aangeboden',
    ],
    [
      '… nor where no article and noun stand before the phrase (synthetic, of 175)',
      'Met deze brief informeer ik u mede namens de staatssecretaris over de uitkomsten van de informele bijeenkomst van de Landbouw- en Visserijraad van de Europese Unie die op 17 mei jl. in Brussel heeft plaatsgevonden.',
      '17 mei jl.',
      '…van de Europese Unie die in Brussel heeft plaatsgevonden',
    ],
    [
      'a clause after a word that only opens the sentence and its comma starts it (2535; was `…dit debat is uitgesteld`)',
      'Echter, dit debat is uitgesteld tot 2 februari 2022.',
      'tot 2 februari 2022',
      'Dit debat is uitgesteld',
    ],
    [
      '… an answer after its `Ja,` too (1255)',
      'Ja, de Minister van Klimaat en Groene Groei (KGG) en ik hebben dit rapport voor de zomer ontvangen tijdens een gesprek met omwonenden.',
      'voor de zomer',
      'De Minister van KGG en ik hebben dit rapport ontvangen tijdens een gesprek met omwonenden',
    ],
    [
      '… not after a word that says more than that: `…` stays (synthetic)',
      'Gelukkig, dit debat is uitgesteld tot 2 februari 2022.',
      'tot 2 februari 2022',
      '…dit debat is uitgesteld',
    ],
    [
      "a dash inside the sentence still ends a clause: what follows it is marked `…` (synthetic, 2152's item after words)",
      'Tijdens dit overleg is gesproken over de volgende brieven – d.d. 27 juni 2008 over een review van het project onderzoek duurzame schelpdiervisserij;',
      '27 juni 2008',
      '…over een review van het project onderzoek duurzame schelpdiervisserij',
    ],
    [
      'a comma inside a ministry name is no clause boundary (1192, footnote marker left out)',
      'De vaste commissie voor Volksgezondheid, Welzijn en Sport heeft op 26 februari 2008 overleg gevoerd met minister Klink van Volksgezondheid, Welzijn en Sport over:',
      '26 februari 2008',
      // The ministry's name twice left no room for the rest: written short (see below). `over` before the colon
      // lost its object, the list after it: it goes, and the label fits.
      'De vaste commissie voor VWS heeft overleg gevoerd met minister Klink van VWS',
    ],
    [
      'a long ministry name in a label that must be cut is written short (1082)',
      'Bij brief van 10 oktober 2017 zijn ze door de Minister van Binnenlandse Zaken en Koninkrijksrelaties beantwoord.',
      '10 oktober 2017',
      // Was `Bij brief zijn ze door de Minister van Binnenlandse Zaken…`: who answered, not that they did.
      'Bij brief zijn ze door de Minister van BZK beantwoord',
    ],
    [
      'the letter’s own abbreviation after the name replaces it, once (2444)',
      'Het Ministerie van Sociale Zaken en Werkgelegenheid (SZW) en Toeslagen zijn in 2018 een gezamenlijk programma gestart om de dienstverlening richting ouders te verbeteren en zodoende het aantal (hoge) terugvorderingen terug te dringen.',
      '2018',
      'Het Ministerie van SZW en Toeslagen zijn een gezamenlijk programma gestart…',
    ],
    [
      'a budget chapter keeps its number after the short name (1042)',
      '• het wetsvoorstel Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2017 (Kamerstuk 34 550 XVI);',
      '2017',
      'Het wetsvoorstel Vaststelling van de begrotingsstaten van het Ministerie van VWS (XVI)',
    ],
    [
      'a label cut does not end on a preposition of several words (1314)',
      'De Kamer is gemeld dat in het najaar het besluit zou vallen met betrekking tot het produktie- en het verwervingstraject.',
      'najaar',
      // Was `…zou vallen met betrekking…`, which reads as if `betrekking` were what it is about.
      'De Kamer is gemeld dat het besluit zou vallen…',
    ],
    [
      'nor on `rond` (04)',
      'De OVV heeft in 2014 onderzoek gedaan naar de processen en de besluitvorming rond de gaswinning in Groningen vanaf de ontdekking van het Groningenveld in 1959.',
      '2014',
      'De OVV heeft onderzoek gedaan naar de processen en de besluitvorming…',
    ],
    [
      'nor on the comma before a dropped conjunction (70)',
      'De Wet OM-afdoening (wet van 7 juni 2006, Stb. 330) wordt geleidelijk ingevoerd, zodat de betrokken instanties zich goed kunnen voorbereiden op deze stelselwijziging in het strafrecht.',
      '7 juni 2006',
      'De Wet OM-afdoening (wet Stb. 330) wordt geleidelijk ingevoerd…',
    ],
    [
      'a relative clause takes in what it describes (1104)',
      'Hierbij stuur ik u de geannoteerde agenda voor de bijeenkomst van de NAVO-Ministers van Defensie (DMM), die op 17 en 18 oktober in Brussel plaatsvindt.',
      '17 en 18 oktober',
      '…de bijeenkomst van de NAVO-Ministers van Defensie (DMM), die in Brussel plaatsvindt',
    ],
    // A colon inside a clock time or web address ends no clause; a clock time right after the date goes with it.
    [
      'a clock time after the date goes with it (2383)',
      'Uw Kamer heeft mij op donderdag 14 maart 2013 in de regeling van werkzaamheden verzocht om voor dinsdag 19 maart 12:00 uur uw Kamer een brief te sturen over de boetesystematiek met betrekking tot voedselfraude.',
      'dinsdag 19 maart',
      // Was `…op donderdag 14 maart 2013 in de regeling van werkzaamheden verzocht om 12`.
      '…in de regeling van werkzaamheden verzocht om uw Kamer een brief te sturen…',
    ],
    [
      'a clock time after the date goes with it, the whole clause fits (2383)',
      'Ik kan daarom niet aan het verzoek voldoen deze brief voor dinsdag 19 maart 12:00 uur aan uw Kamer te versturen.',
      'dinsdag 19 maart',
      // Was `Ik kan daarom niet aan het verzoek voldoen deze brief 12`.
      'Ik kan daarom niet aan het verzoek voldoen deze brief aan uw Kamer te versturen',
    ],
    [
      'so does one written with a dot (2383, `12.00 uur`)',
      'Ik kan daarom niet aan het verzoek voldoen deze brief voor dinsdag 19 maart 12.00 uur aan uw Kamer te versturen.',
      'dinsdag 19 maart',
      'Ik kan daarom niet aan het verzoek voldoen deze brief aan uw Kamer te versturen',
    ],
    [
      'a `jl.` after a date with its year goes with it (806)',
      'Het Voorzitterschap heeft een vervolgdiscussie geagendeerd over het klimaatdebat dat plaatshad in de Raad Algemene Zaken (RAZ) van 22 februari 2010 jl.',
      '22 februari 2010',
      // Was `…over het klimaatdebat dat plaatshad in de Raad Algemene Zaken (RAZ) jl.`.
      '…over het klimaatdebat dat plaatshad in de Raad Algemene Zaken (RAZ)',
    ],
    [
      'a fixed phrase is not left out of an event’s verb group (957)',
      'Op 1 december jl. is de twintigste jaarlijkse klimaatconferentie van de Verenigde Naties in Lima van start gegaan.',
      '1 december jl.',
      // Was `De twintigste jaarlijkse klimaatconferentie van de Verenigde Naties is … gegaan`, then
      // `…Verenigde Naties is…`; now its head runs past MAX_LABEL to its auxiliary.
      'De twintigste jaarlijkse klimaatconferentie van de Verenigde Naties is … van start gegaan',
    ],
    [
      'a label stops before the part of another date that is a year after `sinds` (1555)',
      'Nederland is ruim 2 graden warmer dan bij het begin van de metingen in 1901 en de zeespiegel is sinds 1900 met ongeveer 20 centimeter gestegen.',
      '1901',
      // Was `…dan bij het begin van de metingen en de zeespiegel is sinds 1900 met ongeveer…`.
      'Nederland is ruim 2 graden warmer dan bij het begin van de metingen',
    ],
    [
      'and one after `in` (547)',
      'constaterende, dat het kabinet de Nederlandse uitstoot van broeikasgassen wil reduceren tot 209 megaton in 2011 en 150 megaton in 2020 (de «30%-doelstelling»);',
      '2011',
      // Was `…van broeikasgassen wil reduceren tot 209 megaton en 150 megaton in 2020`.
      '…de Nederlandse uitstoot van broeikasgassen wil reduceren tot 209 megaton',
    ],
    [
      'synthetic: not a year after `begin`, which is no preposition',
      'Het rapport is in maart 2019 verschenen en het vervolgonderzoek start begin 2020 in Utrecht.',
      'maart 2019',
      'Het rapport is verschenen en het vervolgonderzoek start begin 2020 in Utrecht',
    ],
    // The room a right part's readable end frees goes to the words before the left part.
    [
      'a cut label: the room its right part frees goes to the left part (242)',
      'Daarnaast deel ik met u de 14 onderwerpen die in 2019 zijn voorgedragen door departementen en die zullen worden geadresseerd met calls.',
      '2019',
      // Was `…ik met u de 14 onderwerpen die zijn voorgedragen door departementen…`: `en die` went, `deel` did not
      // come.
      'Daarnaast deel ik met u de 14 onderwerpen die zijn voorgedragen door departementen…',
    ],
    [
      'a cut label: … but not to the tail of a clause before a comma (1215)',
      'Daarnaast is in 2019 de normale loonbijstelling uitgekeerd, waaruit voor het personeel in het po in februari 2020 op basis van de nieuwe cao een eenmalige uitkering is verstrekt van in totaal € 170 mln.',
      'februari 2020',
      // Not `…uitgekeerd, waaruit voor het personeel…`.
      '…waaruit voor het personeel in het po op basis van de nieuwe cao…',
    ],
    [
      'a cut label: … nor to the end of a quote opened before it (1079)',
      'Wat is uw opvatting over de «ongebruikelijke transacties» waarbij de huidige minister-president van Curaçao in 2009 als toenmalig lid van de Eilandsraad betrokken was?',
      '2009',
      // Not `«…transacties» waarbij de huidige minister-president van Curaçao…`.
      '…waarbij de huidige minister-president van Curaçao…',
    ],
    [
      'a cut label: … nor to a group in brackets alone (1229)',
      'De eerste Integrale Circulaire Economie Rapportage (ICER) van het Planbureau voor de Leefomgeving (PBL) uit januari 2021 (Kamerstuk 32 852, nr. 157) maakt echter duidelijk dat de grondstoffentrends niet de goede kant op gaan.',
      'januari 2021',
      // Not `…(ICER) van het Planbureau voor de Leefomgeving (PBL) maakt echter duidelijk…`.
      '…van het Planbureau voor de Leefomgeving (PBL) maakt echter duidelijk…',
    ],
    [
      'an `eveneens` after the date’s preposition goes with it (130)',
      'Ten slotte geef ik mede invulling aan mijn toezegging, van eveneens 20 juni jongstleden, om de financiële waterveiligheidsopgave nader uit te werken.',
      '20 juni jongstleden',
      // Was `…mijn toezegging, van eveneens om de financiële waterveiligheidsopgave nader…`.
      // Then `…invulling aan mijn toezegging om de financiële waterveiligheidsopgave nader…`, cut before the verbs that
      // close its clause (see `closingVerbsEnd`).
      '…aan mijn toezegging om de financiële waterveiligheidsopgave nader uit te werken',
    ],
    [
      'a relative clause of `dat` after a noun of `het` is left out, the main clause going on after it (2114)',
      'Met uw Kamer heb ik tijdens de begrotingsbehandeling van hoofdstuk IV op donderdag 8 oktober jl. gewisseld dat het kabinetstandpunt, dat ook ingaat op de uitkomsten van het onderzoek BES-fonds, zodanig tijdig beschikbaar komt dat het in ieder geval voor het zomerreces in uw Kamer behandeld kan worden.',
      'donderdag 8 oktober jl.',
      // Was `…de begrotingsbehandeling van hoofdstuk IV gewisseld dat het kabinetstandpunt`, as if it ended there.
      '…de begrotingsbehandeling van hoofdstuk IV gewisseld dat het kabinetstandpunt…',
    ],
    [
      'synthetic: `dat` after a verb is a conjunction: its clause is no insertion',
      'Ik heb op 8 oktober 2015 de Kamer gemeld, dat de evaluatie gereed is, en dat de resultaten volgen.',
      '8 oktober 2015',
      'Ik heb de Kamer gemeld',
    ],
    [
      'a group in brackets that defines a short name is left out before a number that goes on with the clause (408)',
      'Op 15 april jl. is de Staat van Groningen en Noord-Drenthe (hierna: SvGND) 2025 gepresenteerd.',
      '15 april jl.',
      // Was `Op 15 april jl. is de Staat van Groningen en Noord-Drenthe`.
      'Op 15 april jl. is de Staat van Groningen en Noord-Drenthe 2025 gepresenteerd',
    ],
    [
      'synthetic: so is a phrase inserted between commas',
      'Het COA heeft in juni, samen met de gemeenten, 3.840 opvangplekken geregeld voor asielzoekers.',
      'juni',
      'Het COA heeft 3.840 opvangplekken geregeld voor asielzoekers',
    ],
    [
      'synthetic: but not where a number before it would stand beside the number after it (as 1540)',
      'Het COA heeft in 2014, samen met de gemeenten, 3.840 opvangplekken geregeld voor asielzoekers in de regio.',
      '2014',
      // Not `Het COA heeft in 2014 3.840 opvangplekken geregeld…`, a year with its figure (see `figureAfterYear`).
      'Het COA heeft samen met de gemeenten, 3.840 opvangplekken geregeld…',
    ],
    [
      'a list of paper numbers and `de brief` says nothing either: the label is made around its brackets (1233)',
      'In vervolg op mijn eerdere brieven (kamerstukken II 1999/2000, 27 157, nrs. 1 tot en met 3 en 5, 8 en 9 en de brief van 14 juli jl.) doe ik u hierbij als coördinerend minister een voortgangsbericht toekomen over de afwikkeling van de vuurwerkramp te Enschede.',
      '14 juli jl.',
      // Was `8 en 9 en de brief`.
      'In vervolg op mijn eerdere brieven doe ik u hierbij als coördinerend minister…',
    ],
    [
      'a `maar in ieder geval` alone says nothing: a wider clause is the label (1761)',
      'verzoekt de regering om binnen zes maanden na het sluiten van het bestuursakkoord, maar in ieder geval in 2011, een wetsvoorstel aan de Kamer voor te leggen dat de benodigde wijzigingen in de verantwoordelijkheden rond waterbeheer regelt,',
      '2011',
      // Was `…maar in ieder geval`.
      '…het sluiten van het bestuursakkoord, maar in ieder geval een wetsvoorstel aan de Kamer…',
    ],
    [
      'another date’s part between a meeting’s date after `op` and the main clause’s verb is left out (1134)',
      'In het AO Noordzee op 24 april 2013 (Kamerstuk 33 450, nr. 3) en per brief van 20 december 2013 (Kamerstuk 33 561, nr. 7) heb ik de toezegging gedaan uw Kamer begin 2014 te informeren over de resultaten van de Haalbaarheidsstudie windenergie op zee binnen de 12-mijlszone.',
      '24 april 2013',
      // Was `In het AO Noordzee`, then `…uw Kamer begin 2014…` (before `te informeren`, see `teInfinitiveEnd`).
      'In het AO Noordzee heb ik de toezegging gedaan uw Kamer begin 2014 te informeren…',
    ],
    [
      'a relative clause takes in the clause before it over a group in brackets after its comma (273)',
      'Op 22 juni 2018 stuurde ik u de beleidsbrief Erfgoed Telt (Kamerstuk 32 820, nr. 248), die ik op 11 september 2018 met u besprak (Handelingen II 2018/19, nr. 107, item 21).',
      '11 september 2018',
      // Was `…die ik met u besprak`.
      '…beleidsbrief Erfgoed Telt (Kamerstuk 32 820, nr. 248), die ik met u besprak',
    ],
    [
      'and right after one, without a comma (601)',
      'Met deze brief informeer ik uw Kamer over de Landbouw- en Visserijraad (hierna: Raad) die op 18 september 2023 plaatsvond te Brussel.',
      '18 september 2023',
      // Was `…die plaatsvond te Brussel`.
      '…over de Landbouw- en Visserijraad (hierna: Raad) die plaatsvond te Brussel',
    ],
    [
      'but not over a group opened before the sentence, which a full stop inside it split (295)',
      'De opsporing), die begin dit jaar in consultatie zijn gegeven.',
      'begin dit jaar',
      '…die in consultatie zijn gegeven',
    ],
    [
      'synthetic: so does a `jongstleden` in mid-clause',
      'Het debat van 3 februari 2010 jongstleden is uitgesteld tot na het zomerreces.',
      '3 februari 2010',
      'Het debat is uitgesteld tot na het zomerreces',
    ],
    [
      'a clock time with a preposition of its own stays (882)',
      'De informele Ecofin begon op 27 april om 13:00 lokale tijd in Sofia, Bulgarije, met een informele lunch.',
      '27 april',
      // Was `De informele Ecofin begon om 13`.
      'De informele Ecofin begon om 13:00 lokale tijd in Sofia',
    ],
    [
      'the hours of a meeting (404)',
      'De vaste commissie voor Volksgezondheid, Welzijn en Sport houdt op maandag 16 mei 2022 van 10:00 tot 18:00 uur een rondetafelgesprek over het langere termijn coronabeleid.',
      'maandag 16 mei 2022',
      // Was `De vaste commissie voor Volksgezondheid, Welzijn en Sport houdt van 10`.
      'De vaste commissie voor VWS houdt van 10:00 tot 18:00 uur…',
    ],
    [
      'synthetic: a clock time after `om`',
      'Het debat begint op 20 oktober 2022 om 14:00 uur in de plenaire zaal.',
      '20 oktober 2022',
      // Was `Het debat begint om 14`.
      'Het debat begint om 14:00 uur in de plenaire zaal',
    ],
    [
      'synthetic: a web address',
      'Het rapport van 17 juni 2022 staat op https://www.defensie.nl/rapport.',
      '17 juni 2022',
      // Was `Het rapport staat op https`.
      'Het rapport staat op https://www.defensie.nl/rapport',
    ],
    [
      'a web address after a quoted title (2496)',
      "Omroep West, «Brief Hugo de Jonge: renovatie Binnenhof kan nóg duurder worden door risico's», 14 april 2022, https://www.omroepwest.nl/nieuws/4559671/brief",
      '14 april 2022',
      // Was `…de Jonge: renovatie Binnenhof kan nóg duurder worden door risico's» https`.
      "…duurder worden door risico's» https://www.omroepwest.nl/nieuws/4559671/brief",
    ],
    [
      'a year’s colon before a footnote’s number still ends the clause (1114)',
      'De leden van de BBB-fractie hebben nog de volgende vervolgvragen naar aanleiding van de antwoorden van de Staatssecretaris Participatie en Integratie d.d. 16 oktober 2024:6',
      '16 oktober 2024',
      // Not from the `van` of `naar aanleiding van`.
      '…de antwoorden van de Staatssecretaris Participatie en Integratie',
    ],
    [
      'a dangling `met ingang van` goes',
      'De regeling geldt met ingang van 1 januari 2024 voor alle gemeenten.',
      '1 januari 2024',
      'De regeling geldt voor alle gemeenten',
    ],
    [
      'a dangling `tot en met` goes',
      'De consultatie loopt tot en met 3 maart 2023 via internet.',
      '3 maart 2023',
      'De consultatie loopt via internet',
    ],
    [
      'the clause too short: the wider one, without the dangling `op` (and the participle before it, see below)',
      'Het rapport, verschenen op 5 mei 2021, bevat tien aanbevelingen.',
      '5 mei 2021',
      'Het rapport bevat tien aanbevelingen',
    ],
    [
      'runs of white space and line breaks',
      'De brief  van\n  7 maart 2016 \n over   de voortgang van het programma.',
      '7 maart 2016',
      'De brief over de voortgang van het programma',
    ],
    [
      'a long clause cut to size, words after the date first',
      'In de Raad van september 2022 hebben de ministers van alle lidstaten na lang en moeizaam overleg een gezamenlijke verklaring uitgebracht over de verdere steun aan Oekraïne en de gevolgen daarvan.',
      'september 2022',
      'In de Raad hebben de ministers van alle lidstaten na lang en moeizaam overleg…',
    ],
    [
      'guillemets that held only the date go with it (an amendement, 630)',
      'In het opgenomen artikel 23, vierde lid, derde volzin, wordt «1 januari 1996» vervangen door: 1 januari van het kalenderjaar.',
      '1 januari 1996',
      // The clause starts after a comma: its verb is no sentence's start.
      '…wordt vervangen door',
    ],
    [
      'a date quoted alone after a preposition keeps its quotes: its preposition needs it (an amendement, 1086)',
      'In de beweegreden wordt na «2021» ingevoegd «alsmede de koppeling tussen de hoogte van het verplicht eigen risico en de zorgkosten ongedaan te maken».',
      '2021',
      'In de beweegreden wordt na «2021» ingevoegd «alsmede de koppeling…',
    ],
    ['only the date: the sentence', '20 maart 2018', '20 maart 2018', '20 maart 2018'],
    [
      'a date taken out of brackets leaves no space inside them (an answer to Kamervragen, 180)',
      'Vragen over de administratieve lasten (ingezonden 13 december 2010).',
      '13 december 2010',
      'Vragen over de administratieve lasten (ingezonden)',
    ],
    [
      'a preposition and its article stay with a season that opens the clause (184)',
      'In het najaar zal ik de Kamer informeren over de uitkomsten van DUO.',
      'najaar',
      'In het najaar zal ik de Kamer informeren over de uitkomsten van DUO',
    ],
    [
      'a list item loses its bullet (116)',
      '• De uitgaande brief van 29 januari 2025',
      '29 januari 2025',
      'De uitgaande brief',
    ],
    [
      "a letter's subject goes on past its colon and comes before its sender, which tells a list's fiches apart (413)",
      '  • de brief van de Minister van Buitenlandse Zaken d.d. 20 januari 2017 inzake het fiche: Herziening richtlijn over energie-efficiëntie (Kamerstuk 34 663, nr. 4);',
      '20 januari 2017',
      '…inzake het fiche: Herziening richtlijn over energie-efficiëntie',
    ],
    [
      "a letter's subject goes on past a comma right after its date (2040; was `…de brief van de minister van VROM`)",
      '– de brief van de minister van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer d.d. 8 april 2002, houdende het NLR-rapport Groepsrisicoberekeningen Schiphol (VROM-02-507);',
      '8 april 2002',
      'De brief van VROM houdende het NLR-rapport Groepsrisicoberekeningen Schiphol (VROM-02-507)',
    ],
    [
      '… also after `brief van` outside a list (2286; was `…aantal vragen voorgelegd aan de Staatssecretaris van Defensie over de brief`)',
      'De vaste commissie voor Defensie heeft een aantal vragen voorgelegd aan de Staatssecretaris van Defensie over de brief van 6 april 2020, houdende de Beleidsreactie RIVM-onderzoeken chroom-6 en CARC Defensie (Kamerstuk 35 300 X, nr. 63).',
      '6 april 2020',
      '…brief houdende de Beleidsreactie RIVM-onderzoeken chroom-6 en CARC Defensie',
    ],
    [
      "… not where the date's clause is only its marker between commas: a wider clause names the letter (1151)",
      'de brief van de staatssecretaris van Verkeer en Waterstaat, d.d. 14 maart 2001, houdende het kabinetsstandpunt inzake het advies "Over stromen, kennis- en innovatieopgaven voor een waterrijk Nederland" van AWR, NRLO en RMNO (27625, nr. 2);',
      '14 maart 2001',
      'De brief van VenW houdende het kabinetsstandpunt inzake het advies "Over stromen…',
    ],
    [
      '… nor where an auxiliary after the subject’s comma opens the main clause the date’s phrase is fronted in (1665)',
      'In de brief van 1 juli 2022, over ongevalscijfers scheepvaart 2021, is toegezegd dat de Kamer eind dit jaar nader geïnformeerd zou worden over de voortgang van de acties.',
      '1 juli 2022',
      'In de brief over ongevalscijfers scheepvaart 2021, is toegezegd dat de Kamer…',
    ],
    [
      'a list item loses a minus sign used as its bullet (1646)',
      '− de brief van de Minister voor BHOS d.d. 26 april 2024 inzake besluit financiering UNRWA',
      '26 april 2024',
      'De brief van de Minister voor BHOS inzake besluit financiering UNRWA',
    ],
    [
      "a date that ends a noun phrase after `na` is that phrase's: the summit, not the ministers' meeting (NAVO)",
      'Het is de eerste bijeenkomst van de NAVO-Ministers van \nDefensie na de NAVO-Top in Madrid op 29 en 30 juni 2022, waar de \nbondgenoten belangrijke besluiten namen over onder meer de versterking \nvan de gezamenlijke afschrikking en verdediging en het nieuwe Strate-\ngisch Concept.',
      '29 en 30 juni 2022',
      '…de NAVO-Top in Madrid',
    ],
    [
      "after `na` the date is the meeting's, not the points that came out of it (2423)",
      'Vervolgens wordt op enkele punten die zijn uitgekristalliseerd na het wetgevingsoverleg van 7 december 2009, toelichting gegeven.',
      '7 december 2009',
      '…het wetgevingsoverleg',
    ],
    [
      'after `tijdens` the clause stays whole: what it says happened at the meeting (a motie, 2861)',
      'Voorgesteld tijdens het Wetgevingsoverleg van 14 november 2022.',
      '14 november 2022',
      'Voorgesteld tijdens het Wetgevingsoverleg',
    ],
    [
      "a relative clause that a comma closes takes in the main clause's verb after it (NAVO)",
      'Nederland ziet graag dat het \nVN-mandaat voor Althea, dat op 3 november van dit jaar verloopt, wordt \nverlengd.',
      '3 november van dit jaar',
      // Whole it is 81 characters: cut in front, the antecedent and the verb kept.
      'Nederland ziet graag dat het VN-mandaat voor Althea, dat verloopt, wordt verlengd',
    ],
    [
      'a relative clause whose sentence goes on too long is marked as cut (1221)',
      'Met de Verbeteraanpak Passend Onderwijs, die in 2020 is opgeleverd, werk ik samen met de Staatssecretaris van Volksgezondheid, Welzijn en Sport (VWS) aan betere ondersteuning voor kinderen die dat nodig hebben.',
      '2020',
      'Met de Verbeteraanpak Passend Onderwijs, die is opgeleverd…',
    ],
    [
      'a cut label does not start at an `en` inside a prepositional phrase, nor with the name after it (NAVO)',
      'In reactie op de ontwikkelingen in Rusland en Oekraïne heeft de Noord-\nAtlantische Raad (NAR) op 22 september een verklaring uitgebracht, \nwaarin de schijnreferenda veroordeeld worden.',
      '22 september',
      // Started at the main clause's verb, the subject goes first (see `subjectFirstPastFront`).
      'De Noord-Atlantische Raad (NAR) heeft een verklaring uitgebracht',
    ],
    [
      'a cut label does not end on a title whose name was cut off: `met de heer…` (1007)',
      'De vaste commissie voor Binnenlandse Zaken heeft op 29 september 2022 overleg gevoerd met de heer De Jonge, Minister voor Volkshuisvesting en Ruimtelijke Ordening, over:',
      '29 september 2022',
      // Whole within LABEL_STRETCH of MAX_LABEL.
      'De vaste commissie voor Binnenlandse Zaken heeft overleg gevoerd met de heer De Jonge',
    ],
    [
      '… and with a longer name, cut, not after `met de heer` (1007, its name made longer)',
      'De vaste commissie voor Binnenlandse Zaken heeft op 29 september 2022 overleg gevoerd met de heer Van Hijum-Oosterwijk, Minister voor Volkshuisvesting en Ruimtelijke Ordening, over:',
      '29 september 2022',
      'De vaste commissie voor Binnenlandse Zaken heeft overleg gevoerd…',
    ],
    [
      'nor on an uninflected adjective before a title: `als toenmalig lid…` (1079)',
      'Wat is uw opvatting over de «ongebruikelijke transacties» waarbij de huidige minister-president van Curaçao in 2009 als toenmalig lid van de Eilandsraad betrokken was?',
      '2009',
      '…waarbij de huidige minister-president van Curaçao…',
    ],
    [
      'nor on a title whose name and ministry were cut off: `met minister…` (2762)',
      'De vaste commissie voor Defensie heeft op 17 februari 2009 overleg gevoerd met minister Van Middelkoop van Defensie over:',
      '17 februari 2009',
      'De vaste commissie voor Defensie heeft overleg gevoerd…',
    ],
    [
      'nor on a title whose ministry was cut off: `aan de Staatssecretaris…` (153)',
      'Naar aanleiding hiervan is op 19 oktober 2023 een brief gestuurd aan de Staatssecretaris van Binnenlandse Zaken en Koninkrijkrelaties.',
      '19 oktober 2023',
      'Naar aanleiding hiervan is een brief gestuurd…',
    ],
    [
      'nor on two titles joined by `en` (322)',
      'De vragen en opmerkingen zijn op 27 januari 2025 voorgelegd aan de Minister en Staatssecretaris van Justitie en Veiligheid en aan de Minister van Asiel en Migratie.',
      '27 januari 2025',
      'De vragen en opmerkingen zijn voorgelegd…',
    ],
    [
      "a letter's subject before its sender: the questions' member, not the minister (1333; the rule of `Kamerlid` in word-window.test.ts)",
      '• de brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties, d.d. 8 april 2011, over schriftelijke vragen van Tweede Kamerlid J. S. Monasch (PvdA) over erfpachttarieven (2011Z07452);',
      '8 april 2011',
      'De brief van BZK over schriftelijke vragen van Tweede Kamerlid J. S. Monasch (PvdA)…',
    ],
    [
      '`leden` before the names of the members, after `mevrouw` (2022)',
      'Na ons overleg van 31 mei 2000 heeft de Tweede Kamer een motie van de leden mevrouw Van Blerck-Woerdman en de heer Oudkerk aangenomen waarin de regering werd opgeroepen om tot verdere deregulering over te gaan.',
      '31 mei 2000',
      'Na ons overleg heeft de Tweede Kamer een motie…',
    ],
    [
      'a phrase inserted between commas goes, and the label reaches the verb and object after it (786)',
      'Bij brief van 15 november 2013 (Kamerstuk 33 043, nr. 26) heb ik, mede namens de minister van Wonen en Rijksdienst en de staatssecretaris van Infrastructuur en Milieu, uw Kamer geïnformeerd over de resultaten van de Green Deal aanpak.',
      '15 november 2013',
      // The citation after the date goes with it (see `citationAfterDate`). The label stopped at the comma before
      // `mede namens`: `Bij brief heb ik`.
      'Bij brief heb ik uw Kamer geïnformeerd over de resultaten van de Green Deal aanpak',
    ],
    [
      'so does one that says with whom, `samen met` (967)',
      'Aansluitend bracht ik op 11 april, samen met de Minister voor Rechtsbescherming, een bezoek aan Sint Maarten.',
      '11 april',
      'Aansluitend bracht ik een bezoek aan Sint Maarten',
    ],
    [
      'and one that says in view of what, `in het licht van` (2760)',
      'Daarna, in 1998, in het licht van de ontwikkelingen in Indonesië, formuleerde de Minister van Buitenlandse Zaken in de Tweede Kamer het beleid aldus, dat Nederland in beginsel geen militaire goederen aan Indonesië zal leveren.',
      '1998',
      'Daarna formuleerde de Minister van Buitenlandse Zaken in de Tweede Kamer…',
    ],
    [
      'and one that says to what end, `ter realisering van` (1875)',
      'Staatsbosbeheer is afgelopen week, ter realisering van de taakstelling, begonnen met een pilot voor de verkoop van een eerste tranche objecten in het gebied «Daarle» in Overijssel.',
      'afgelopen week',
      'Staatsbosbeheer is begonnen met een pilot voor de verkoop…',
    ],
    [
      'and the writer’s office between commas after `ik`, a dash inside it (193)',
      'In mijn brief van 26 mei jl. ben ik, de Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst, ingegaan op de laatste aantallen van de gefaseerde verzending van brieven.',
      '26 mei jl.',
      'In mijn brief ben ik ingegaan op de laatste aantallen…',
    ],
    [
      'and the writer’s office in brackets after `ik`, over a line break (132)',
      'Tijdens het Commissiedebat Klimaat en Energie van 27 september jl. heb ik (Minister\nvoor Klimaat en Energie) toegezegd uw Kamer te informeren over het aflopen van ISDE-subsidie voor zon-PV.',
      '27 september jl.',
      // Was `…uw Kamer…` (before `te informeren`, see `teInfinitiveEnd`).
      'Tijdens het Commissiedebat Klimaat en Energie heb ik toegezegd uw Kamer te informeren…',
    ],
    [
      'a title followed by no name or ministry ends its phrase: `de toenmalige minister` stays (2832)',
      'Naar aanleiding van de commotie rond de ernstige recidive van B. in oktober 2006 heeft de toenmalige minister het gehele persoonsdossier opgevraagd.',
      'oktober 2006',
      '…de commotie rond de ernstige recidive van B heeft de toenmalige minister…',
    ],
    [
      'a title after an adjective of a name stays: `de Russische Minister` (216)',
      'Dit jaar waren voor het eerst sinds 2021 zowel de Oekraïense als de Russische Minister van Buitenlandse Zaken aanwezig bij de Ministeriële Raad.',
      '2021',
      'Dit jaar waren voor het eerst zowel de Oekraïense als de Russische Minister…',
    ],
    [
      'the subject after its verb stays with it: `lezen de leden` (2436)',
      'In de op 16 september 2025 ontvangen Nota over de toestand van ’s rijksfinanciën lezen de leden van de BBB-fractie op het voorblad «Verantwoord begroten voor een sterke economie».',
      '16 september 2025',
      'In de ontvangen Nota over de toestand van ’s rijksfinanciën lezen de leden…',
    ],
    [
      "a letter's subject before its sender, and no half of the sender's name (1383; the rule of `de Algemene…` in word-window.test.ts)",
      '– de brief van de staatssecretaris van VWS d.d. 21 januari 2008 inzake het onderzoek van de Algemene Rekenkamer «Opvang zwerfjongeren 2007» (31 323, nr. 2).',
      '21 januari 2008',
      '…inzake het onderzoek van de Algemene Rekenkamer «Opvang zwerfjongeren 2007»',
    ],
    [
      'nor on the participle of a verb in `-ien`: `met een voorziene…` (56)',
      'Stroomlijning Basisgegevens is na een voorbereidingsfase begin 2000 van start gegaan met een voorziene looptijd tot eind 2002.',
      'begin 2000',
      'Stroomlijning Basisgegevens is na een voorbereidingsfase van start gegaan…',
    ],
    [
      'nor on `voorafgaand`, which needs `aan` and its object (268)',
      'Daarnaast melden wij u in reactie op het verzoek van de vaste commissie JenV van 15 november jl. dat uw Kamer voorafgaand aan de voorziene behandeling van de begroting JenV in week 48 een tweede nota van wijziging krijgt toegestuurd.',
      '15 november jl.',
      '…wij u in reactie op het verzoek van de vaste commissie JenV dat uw Kamer…',
    ],
    [
      'nor on an adjective after an adverb with an adjective’s ending: `het wettelijk vastgelegde…` (2680)',
      'In deze PKB zijn maatregelen opgenomen die noodzakelijk zijn om in 2015 te voldoen aan het wettelijk vastgelegde beschermingsniveau voor de Rijn en het benedenstroomse deel van de Maas.',
      '2015',
      'In deze PKB zijn maatregelen opgenomen die noodzakelijk zijn om te voldoen…',
    ],
    [
      'a decimal comma ends no clause: the clause after `opdracht,` is the label (2500)',
      'Een medewerker van het NVI (thans RIVM) heeft conform de opdracht, medio 2010 1,7 miljoen doses ter vernietiging aangeboden en buiten de koeling geplaatst, omdat de houdbaarheidsdatum op korte termijn zou worden overschreden en er geen enkel zicht was op verkoop.',
      'medio 2010',
      '1,7 miljoen doses ter vernietiging aangeboden en buiten de koeling geplaatst',
    ],
    [
      'a decimal comma ends no clause: the amount stays whole (1305)',
      'Dit loopt op richting 2031 en komt in totaal neer op ruim € 2,8 miljard.',
      '2031',
      // `Dit loopt op` says too little without its date: the sentence is the label.
      'Dit loopt op richting 2031 en komt in totaal neer op ruim € 2,8 miljard',
    ],
    [
      'a decimal comma ends no clause, with a thousands point before it (1120)',
      'De investeringsruimte op het Deltafonds staat op artikel 5.03 en bedraagt in de periode\n2024–2038 € 1.687,7 miljoen.',
      '2024–2038',
      '…op het Deltafonds staat op artikel 5.03 en bedraagt € 1.687,7 miljoen',
    ],
    [
      'a year and a footnote number after its comma: the comma still ends the clause (740)',
      'Naar aanleiding van de brief van de Staatssecretaris van Justitie en Veiligheid van 28 november 2022,1 waarin de Staatssecretaris de eerder gestelde vragen over de Staat van Migratie 2022 beantwoordt, hadden de leden van de PVV-fractie nog een aantal vervolgvragen.',
      '28 november 2022',
      'Naar aanleiding van de brief van de Staatssecretaris van Justitie en Veiligheid',
    ],
    [
      'a list of dates goes whole: nothing of it dangles (595)',
      'De vaste commissie voor Justitie heeft op 20 en 26 maart 2002 overleg gevoerd met staatssecretaris Kalsbeek van Justitie over haar brieven:',
      '20 en 26 maart 2002',
      'De vaste commissie voor Justitie heeft overleg gevoerd met staatssecretaris Kalsbeek…',
    ],
    [
      'a fronted list goes with the date when the label is too long: the subject first (1584; was `Op 13 november 2023 en 2 januari 2024 heeft de commissie de Minister…`)',
      'Op 13 november 2023 en 2 januari 2024 heeft de commissie de Minister geadviseerd over de door politieke partijen ingediende overzichten van bijdragen en schulden in het kader van de verkiezingen.',
      '13 november 2023 en 2 januari 2024',
      'De commissie heeft de Minister geadviseerd over de door politieke partijen…',
    ],
    [
      'a `zowel … als …` list goes whole, `zowel` with it, and the dashes around it (2447)',
      'Begin\njaren ’80 is de staffel van het minimumjeugdloon tweemaal – zowel in 1981 als in 1983 –\nnaar beneden bijgesteld.',
      'zowel in 1981 als in 1983',
      'Begin jaren ’80 is de staffel van het minimumjeugdloon tweemaal naar beneden bijgesteld',
    ],
    [
      'a preposition right after an opening bracket dangles too: the brackets go (33)',
      'Voor de uitgaven die vallen onder de Wet Langdurige Zorg (Wlz) en die ook onder het Wlz-kader vallen, ontvangt VWS tweemaal per jaar (in februari en in juli) een update van de uitvoeringscijfers van de Nederlandse Zorgautoriteit (NZa).',
      'februari en in juli',
      '…ontvangt VWS tweemaal per jaar een update van de uitvoeringscijfers…',
    ],
    [
      '`tussen` dangles before a period (407)',
      'Deze\ngroep nam tussen december 2023 en december 2024 toe met 7.010 personen (+ 3,5%).',
      'december 2023 en december 2024',
      'Deze groep nam toe met 7.010 personen',
    ],
    [
      '`in de periode` and its preposition dangle: they say nothing without the dates (2163)',
      'Zijn er in de periode van 1-1-2009 tot 1-12-2009 Nederlandse militairen fysiek aan boord van «niet-marine» schepen geweest om deze te beveiligen.',
      '1-1-2009',
      'Zijn er tot 1-12-2009 Nederlandse militairen fysiek aan boord…',
    ],
    [
      '… also after a noun (1094)',
      'De commissie heeft in onafhankelijkheid een gedegen studie verricht naar de voorbereiding van de besluitvorming in de periode zomer 2002 tot zomer 2003 over de politieke steun van Nederland aan de inval door de Verenigde Staten en het Verenigd Koninkrijk in Irak in het algemeen.',
      'zomer 2002 tot zomer 2003',
      '…de voorbereiding van de besluitvorming over de politieke steun van Nederland…',
    ],
    [
      '… and stays with a period that opens the clause (507)',
      'Tussen 2017 en 2020 zijn de vijf innovatiecentra onderzocht.',
      '2017 en 2020',
      'Tussen 2017 en 2020 zijn de vijf innovatiecentra onderzocht',
    ],
    [
      '`uiterlijk` right after an opening bracket dangles too (988)',
      'Zijn de beide bewindslieden bereid om ruim voor de begrotingsbehandeling (uiterlijk half november) aan te geven welke politieke prioriteiten zij voor het Nederlands buitenlands beleid voor ogen hebben voor zover deze afwijken van het bestaande beleid?',
      'half november',
      // Nor on `welke politieke…`, an adjective whose noun was cut off.
      '…bewindslieden bereid om ruim voor de begrotingsbehandeling aan te geven…',
    ],
    [
      'a label cut to size does not end on an article or preposition (NAVO)',
      'Op 29 september bracht de NAR ook een \nverklaring uit over de sabotage van de Nordstream 1 en 2 pijpleidingen.',
      '29 september',
      // Too long with its date: the subject first (see `subjectFirst`).
      // Nor on `1`, the first of `1 en 2` (was `…van de Nordstream 1…`, which read as the first pipeline alone).
      'De NAR bracht ook een verklaring uit over de sabotage van de Nordstream…',
    ],
    [
      'nor on the first of two years (511; was `…cijfers over de jaren 1996…`)',
      'In deze motie verzoekt de Kamer de regering er voor te zorgen dat uiterlijk 15 maart 1998 betrouwbare cijfers over de jaren 1996 en 1997 beschikbaar zijn.',
      'uiterlijk 15 maart 1998',
      '…de Kamer de regering er voor te zorgen dat betrouwbare cijfers over de jaren…',
    ],
    [
      'the header formula of written questions: the questions were sent in (13)',
      'Vragen van de leden Leijten en Van Nispen (beiden SP) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties en de Minister-President over de nieuwe Oekaze Kok en de soepeler omgang met het contact tussen ambtenaren en Kamerleden (ingezonden 30 april 2021).',
      '30 april 2021',
      'Vragen ingezonden',
    ],
    [
      'the header formula of written questions: the answer came in (13)',
      'Antwoord van Minister Ollongren (Binnenlandse Zaken en Koninkrijksrelaties), mede\nnamens de Minister-President (ontvangen 1 juli 2021). Zie ook Aanhangsel Handelingen,\nvergaderjaar 2020–2021, nr. 2844.',
      '1 juli 2021',
      'Antwoord ontvangen',
    ],
    [
      'the formula only in its header: the same words in a sentence of the letter keep their clause (58)',
      'Mede namens de Minister van Volksgezondheid Welzijn en Sport treft u aan de antwoorden\nop de vragen van het lid Alkaya (SP) (Aanhangsel Handelingen II 2021/22, nr. 148) over onterechte brieven van het CAK aan gedupeerde ouders in het toeslagenschandaal\n(ingezonden 10 september 2021).',
      '10 september 2021',
      '…van het CAK aan gedupeerde ouders in het toeslagenschandaal (ingezonden)',
    ],
    [
      'nor brackets left empty',
      'Het kabinet stuurde de brief (30 juni 2023) over de voortgang aan uw Kamer.',
      '30 juni 2023',
      'Het kabinet stuurde de brief over de voortgang aan uw Kamer',
    ],
    [
      'brackets that hold the date alone after its preposition go with it and the preposition (489)',
      'De reactie op uw brief van (14 September 2020) inzake (Verzoek commissie VWS om reactie\nop initiatiefnota Veldman over structurele weerbaarheid van medische industrie in\ncrisistijd (Kamerstuk 35 537, nr. 2).) kan tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord.',
      '14 September 2020',
      // Was `De reactie op uw brief van inzake (Verzoek …`.
      'De reactie op uw brief inzake (Verzoek commissie VWS om reactie…',
    ],
    [
      'synthetic: so do square brackets, and a preposition of several words',
      'De regeling geldt met ingang van [1 januari 2024] voor alle gemeenten.',
      '1 januari 2024',
      'De regeling geldt voor alle gemeenten',
    ],
    [
      '`het jaar` before a year goes with the date and its preposition (1329)',
      'De gaswinning uit het Groningenveld wordt de komende jaren in forse stappen teruggebracht en zal rond het jaar 2030 volledig zijn beëindigd.',
      '2030',
      // Was `…zal rond het jaar volledig zijn beëindigd`.
      '…komende jaren in forse stappen teruggebracht en zal volledig zijn beëindigd',
    ],
    [
      'so does `voor het jaar` (135)',
      'De begroting voor het jaar 2020 zal naar verwachting binnen enkele weken door de Staten van Aruba worden behandeld.',
      '2020',
      'De begroting zal naar verwachting binnen enkele weken door de Staten…',
    ],
    [
      'and `over het jaar` (2394)',
      'Hierbij bieden wij u deze evaluatie over het jaar 2014 aan.',
      '2014',
      'Hierbij bieden wij u deze evaluatie aan',
    ],
    [
      '`uiterlijk` before the preposition goes with it (1012)',
      'Bedrijven en burgers kunnen uiterlijk in 2017 zaken die ze met de overheid doen, zoals het aanvragen van een vergunning, digitaal afhandelen.',
      '2017',
      // Was `Bedrijven en burgers kunnen uiterlijk zaken die ze met de overheid doen`.
      'Bedrijven en burgers kunnen zaken die ze met de overheid doen',
    ],
    [
      'and a preposition before `uiterlijk` (1760)',
      'De dijkversterkingen die vallen onder de zogenaamde tweede tranche gereed zijn in uiterlijk het jaar 2000.',
      '2000',
      'De dijkversterkingen die vallen onder de zogenaamde tweede tranche gereed zijn',
    ],
    [
      '`, maar uiterlijk` goes whole, an aside that names only the date (29)',
      'verzoekt de regering om de mogelijkheden uit te werken om de bestaande tegemoetkoming van leenstelselstudenten te verhogen op zo kort mogelijke termijn, maar uiterlijk per 2026, en deze naar de Kamer te sturen,',
      '2026',
      // Was `…op zo kort mogelijke termijn, maar en deze naar de Kamer te sturen`.
      '…te verhogen op zo kort mogelijke termijn en deze naar de Kamer te sturen',
    ],
    [
      '`niet eerder dan` goes with the date, and `uiterlijk in` after it (518)',
      'Gezien de noodzakelijke interdepartementale afstemming heb ik in mijn brief van 23 september jongstleden, met de toezending van het rapport van de heer Alders, aangegeven mijn visie niet eerder dan uiterlijk in november aan uw Kamer te kunnen aanbieden.',
      'november',
      // Was `…aangegeven mijn visie niet eerder dan aan uw Kamer te kunnen aanbieden`.
      '…aangegeven mijn visie aan uw Kamer te kunnen aanbieden',
    ],
    [
      '`later dan` before the date (1137)',
      'Ik verzoek u daarom mij toe te staan de kabinetsvisie later dan 1 september toe te sturen, waarbij ik nog steeds streef naar toezending in september, conform mijn eerdere toezegging.',
      '1 september',
      // Was `Ik verzoek u daarom mij toe te staan de kabinetsvisie later dan toe te sturen`.
      'Ik verzoek u daarom mij toe te staan de kabinetsvisie toe te sturen',
    ],
    [
      'but not after a measure of time, which `later` goes with: `één maand later dan` (2603)',
      'Dit is één maand later dan in januari van dit jaar was afgesproken, omdat is gebleken dat de voorbereiding van de boringen meer tijd in beslag nemen dan was voorzien.',
      'januari van dit jaar',
      'Dit is één maand later dan was afgesproken',
    ],
    [
      '`, maar uiterlijk` before a date that needs no other preposition (2680)',
      'De belangrijkste documenten zullen zo spoedig mogelijk, maar uiterlijk eind mei, aan de Tweede Kamer worden toegezonden.',
      'eind mei',
      // Was `…zullen zo spoedig mogelijk, maar aan de Tweede Kamer worden toegezonden`.
      '…documenten zullen zo spoedig mogelijk aan de Tweede Kamer worden toegezonden',
    ],
  ])('%s', (_rule, sentence, date, expected) => expectLabel(sentence, date, expected));

  // A label cut in front does not start inside a preposition of several words whose first words were cut off: it
  // starts after the phrase (the whole phrase did not fit, or the window would have taken its first word).
  it.each([
    [
      '`Naar aanleiding van` (1070; was `…van het verslag aan de Tweede Kamer…`)',
      'In de nota naar aanleiding van het verslag aan de Tweede Kamer, die dateert van 15 februari 1995, doelden wij op de invulling van de in het regeerakkoord voorgenomen bezuinigingen op het hoger onderwijs begin 1995.',
      '15 februari 1995',
      '…het verslag aan de Tweede Kamer, die dateert van 15 februari 1995…',
    ],
    [
      '`naar aanleiding van`, its first word cut off (2662; was `…aanleiding van een verzoek daartoe…`)',
      'Het kabinet heeft de ACVZ op 23 mei 2014 schriftelijk gevraagd de strategische landenbenadering te evalueren naar aanleiding van een verzoek daartoe tijdens een Algemeen Overleg met uw Kamer op 5 maart 2014 (Kamerstuk 30 573, nr. 123).',
      '5 maart 2014',
      '…een verzoek daartoe tijdens een Algemeen Overleg met uw Kamer',
    ],
    [
      '`in het kader van`, its first word cut off (440; was `…kader van de integrale aanpak…`)',
      'Op 18 april 2019 is een rapportage naar uw Kamer verstuurd, waarin de inzet in het kader van de integrale aanpak van terrorisme en extremisme sinds eind 2017 tot april 2019 werd gepresenteerd.',
      'eind 2017 tot april 2019',
      '…de integrale aanpak van terrorisme en extremisme werd gepresenteerd',
    ],
    [
      '`in verband met` (1871; was `…met de verwachte korte behandeltijd…`)',
      'Tevens heeft de commissie, blijkens het verslag van deze procedurevergadering, verzocht de betreffende wetsvoorstellen zo spoedig mogelijk in te dienen in verband met de verwachte korte behandeltijd als gevolg van de Kamerverkiezingen in maart 2021.',
      'maart 2021',
      '…de verwachte korte behandeltijd als gevolg van de Kamerverkiezingen',
    ],
    [
      '`In vervolg op` (801; was `…op mijn toezeggingen tijdens…`)',
      'In vervolg op mijn toezeggingen tijdens het Algemeen Overleg Scheepvaart/Binnenvaart op 19 januari 2012 (Kamerstuk 30 523, nr. 68) en bij de begrotingsbehandeling van het ministerie van Infrastructuur en Milieu op 22 november 2012 (Handelingen II, 2012/2013, nr. 26 item 5, blz. 11–37 en item 8, blz. 41–73), informeer ik u hierbij over de volgende onderwerpen:',
      '19 januari 2012',
      'In vervolg op mijn toezeggingen tijdens het Algemeen Overleg Scheepvaart/Binnenvaart',
    ],
    [
      '`ten behoeve van` (987; was `…behoeve van het notaoverleg Klimaat en energie…`)',
      'Op 9 juni jl. vroeg u mij om ten behoeve van het notaoverleg Klimaat en energie op 7 juli 2021 een reactie te geven op het RIVM-rapport Klimaatakkoord: effecten van nieuwe energiebronnen op gezondheid en veiligheid in Nederland1.',
      '7 juli 2021',
      '…om ten behoeve van het notaoverleg Klimaat en energie een reactie te geven…',
    ],
  ])('%s', (_rule, sentence, date, expected) => expectLabel(sentence, date, expected));

  it.each([
    // Adjectives whose noun was cut off go, with their article or the preposition before them.
    [
      'a start cut inside a grouped number goes past its rest: not `…600 IV nr. 10` (1121, of `36 600`)',
      'In het amendement 36 600 IV nr. 10 is geregeld dat de bezuiniging op de kustwacht in 2025 is terug gedraaid, voor de\njaren 2026 en verder staan er ook nog bezuinigingen',
      '2025',
      '…IV nr. 10 is geregeld dat de bezuiniging op de kustwacht is terug gedraaid',
    ],
    [
      '… nor inside another date: not `…2023 haar leden` (153, of `10 oktober 2023`)',
      'De vaste commissie voor Binnenlandse Zaken heeft tijdens haar commissievergadering van 10 oktober 2023 haar leden gelegenheid gegeven tot het stellen van vragen over de brief van 17 juli 2023 over de (voortgang van de) voorbereiding op en de implementatie van de Wet open overheid.',
      '17 juli 2023',
      '…haar leden gelegenheid gegeven tot het stellen van vragen over de brief',
    ],
    [
      '… nor after a day cut off, its month and year go too: not `…september heb ik u` (1540, of `30 september`)',
      'Tijdens het algemeen overleg van 30 september heb ik u geïnformeerd dat 950 Dublinoverdrachten in 2014 waren gerealiseerd, en in 2015 tot dan toe ruim 600.',
      '2014',
      'Ik heb u geïnformeerd dat 950 Dublinoverdrachten waren gerealiseerd',
    ],
    [
      '… and the subject marker of the letter whose date was cut: not `…mei 2017 inzake het verslag` (805)',
      '• de brief van de Minister van Economische Zaken d.d. 18 mei 2017 inzake het verslag van de informele Raad voor Concurrentievermogen van 3 mei 2017 (Kamerstuk 21 501-30, nr. 400);',
      '3 mei 2017',
      '…het verslag van de informele Raad voor Concurrentievermogen',
    ],
    [
      '… as after a whole letter’s date with its subject, another date than the label’s (1207, of 31 januari)',
      'De vaste commissie voor Buitenlandse Zaken heeft een aantal vragen voorgelegd aan de minister en de staatssecretaris van Buitenlandse Zaken naar aanleiding van de brief van 21 januari 2011 inzake de geannoteerde agenda van de Raad Buitenlandse Zaken van 31 januari 2011 (Kamerstuk 21 501-02, nr. 1019).',
      '31 januari 2011',
      '…de geannoteerde agenda van de Raad Buitenlandse Zaken',
    ],
    [
      '… but `over` stays, a preposition too: `…over de rijtijden` (1069, after `d.d. 14 april 2014`)',
      '• de brief van de Staatssecretaris van Infrastructuur en Milieu d.d. 14 april 2014 over de rijtijden van de Beneluxtrein in de dienstregeling van 2015 en verder (Kamerstuk 22 026, nr. 457);',
      '2015',
      '…over de rijtijden van de Beneluxtrein in de dienstregeling',
    ],
    [
      '… as it does after a year cut off: the debate was `over de gewelddadigheden` (1054)',
      'In het debat met uw Kamer van 13 november 2024 over de gewelddadigheden in Amsterdam\nop 7–8 november jl. is toegezegd voorafgaand aan het plenaire debat over het demonstratierecht\neen nadere duiding te geven op een aantal dilemma’s rondom demonstraties.',
      '7–8 november jl.',
      '…over de gewelddadigheden in Amsterdam is toegezegd…',
    ],
    [
      'a left part does not start at a month whose preposition was cut off: not `…november 2024 een onderzoek` (1446)',
      'De Directie Internationaal Onderzoek en Beleidsevaluatie (IOB) van het Ministerie\nvan Buitenlandse Zaken heeft in november 2024 een onderzoek afgerond naar het Nederlandse\nmensenrechtenbeleid in de periode 2017–2022.',
      '2017–2022',
      '…een onderzoek afgerond naar het Nederlandse mensenrechtenbeleid',
    ],
    [
      '… nor at a year whose preposition was cut off: not `…2016 geleidelijk wordt verhoogd` (2072, of `vanaf 2016`)',
      'constaterende dat in het regeerakkoord «Bruggen slaan» is afgesproken dat de AOW-leeftijd vanaf 2016 geleidelijk wordt verhoogd naar 66 jaar in 2018 en 67 jaar in 2021 en vervolgens wordt gekoppeld aan de stijging van de levensverwachting;',
      '2018',
      // The label stops before `en 67 jaar in 2021`, the next year's part (see `beforeOtherDatePart`); it was
      // `…geleidelijk wordt verhoogd naar 66 jaar en 67 jaar in 2021 en vervolgens…`.
      '…dat de AOW-leeftijd vanaf 2016 geleidelijk wordt verhoogd naar 66 jaar',
    ],
    [
      '… nor at the `en` after it: not `…2012 en mijn brief` (1413)',
      'Op grond van de praktijkervaringen en wensen, zoals die ook blijken uit de recente cybersecuritybeelden uit 2011 en 2012 en mijn brief aan uw Kamer van 23 december 2011 over het juridisch kader voor cybersecurity, betreft dit de volgende onderwerpen:',
      '23 december 2011',
      '…mijn brief aan uw Kamer over het juridisch kader voor cybersecurity',
    ],
    [
      '… nor at a year after a name the cut left out: not `…2020 het doel` (2795, of `Klimaat- en Energieverkenning 2020`)',
      'constaterende dat volgens de Klimaat- en Energieverkenning 2020 het doel van 49% CO2-reductie in 2030 niet bereikt wordt, laat staan een CO2-reductiedoel van 55%, zoals de Europese Commissie heeft voorgesteld;',
      '2030',
      '…het doel van 49% CO2-reductie niet bereikt wordt',
    ],
    [
      'a right part does not end on the day of a date whose month was cut off, nor on its preposition (1146)',
      '• de brief van de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties d.d. 12 februari 2019 inzake verslag van een werkbezoek aan Bonaire, Curaçao en Aruba van 20 t/m 25 januari 2019 (Kamerstuk 35 000 IV, nr. 40);',
      '12 februari 2019',
      'De brief van BZK inzake verslag van een werkbezoek aan Bonaire, Curaçao en Aruba…',
    ],
    [
      '… nor on the `d.d.` before it (2627)',
      '• de brief van de Minister van Justitie en Veiligheid d.d. 16 november 2022 inzake reactie op het NRC-artikel over het tapsysteem van de politie d.d. 15 november 2022 (Kamerstuk 29 628, nr. 1129);',
      '16 november 2022',
      'De brief van JenV inzake reactie op het NRC-artikel over het tapsysteem van de politie…',
    ],
    [
      "a letter's subject that fits whole with its `…` up to LABEL_STRETCH past MAX_LABEL goes whole, the other date it names with it (1063)",
      'De vaste commissie heeft een aantal vragen en opmerkingen voorgelegd aan de minister van Infrastructuur en Milieu naar aanleiding van de brief van 23 november 2010 inzake toezeggingen gedaan tijdens het Algemeen Overleg OV-Chipkaart van 6 oktober 2010 (Kamerstuk 23 645, nr. 392).',
      '23 november 2010',
      // Was `…de brief inzake toezeggingen gedaan tijdens het Algemeen Overleg OV-Chipkaart…`.
      '…inzake toezeggingen gedaan tijdens het Algemeen Overleg OV-Chipkaart van 6 oktober 2010',
    ],
    [
      '… and so does one of a list (1110)',
      '– de brief van de Staatssecretaris Fiscaliteit en Belastingdienst d.d. 19 mei 2022 inzake derde voortgangsrapportage over het Jaarplan 2021 van de Belastingdienst (Kamerstuk 31 066, nr. 1019);',
      '19 mei 2022',
      // Was `…inzake derde voortgangsrapportage over het Jaarplan 2021…`.
      '…inzake derde voortgangsrapportage over het Jaarplan 2021 van de Belastingdienst',
    ],
    [
      'an adjective after an article: the cut goes before the article (1445)',
      'In de brief over de modernisering van de Nederlandse diplomatie (32 734, nr.1 d.d. 8 april 2011) heb ik aangegeven dat de consulaire dienstverlening moderner en – onder meer met behulp van elektronische dienstverlening – gemakkelijker uitvoerbaar moet worden.',
      '8 april 2011',
      '…modernisering van de Nederlandse diplomatie (32 734, nr.1) heb ik aangegeven…',
    ],
    [
      'an adjective by its ending, after `een` (2782)',
      'Op 1 september jl. hebben VNO/NCW en de Consumentenbond een gezamenlijke persconferentie gehouden, waarbij eerder gemaakte kanttekeningen bij het wetsvoorstel opnieuw zijn uiteengezet.',
      '1 september jl.',
      // The participle after the words left out (see `eventWithItsVerb`): the persconferentie does not fit either way,
      // but the label says that the two held something.
      'Op 1 september jl. hebben VNO/NCW en de Consumentenbond … gehouden',
    ],
    [
      'two adjectives, and the conjunction before them (1252)',
      'Op 24 februari 2023 is het een jaar geleden dat de grootschalige militaire Russische inval in het buurland Oekraïne begon.',
      '24 februari 2023',
      // 1252 reads `in Oekraïne begon` and goes whole (within LABEL_STRETCH of MAX_LABEL): a longer place is cut.
      'Het is een jaar geleden dat de grootschalige militaire Russische inval…',
    ],
    [
      'adjectives joined by `en` (2206)',
      'Op 26 augustus jl. is uw Kamer geïnformeerd over de bestuurlijke en politieke afspraken\ndie het kabinet samen met partners in de migratieketen en medeoverheden heeft gemaakt\nover de aanpak van de opvangcrisis.',
      '26 augustus jl.',
      'Uw Kamer is geïnformeerd over de bestuurlijke en politieke afspraken…',
    ],
    [
      'a capitalised ordinal after an article: `de Tweede` of `de Tweede Kamer` (1344)',
      'overwegende dat grote schommelingen in het Gemeentefonds onwenselijk zijn, zoals in 2015 ook door 234 wethouders van financiën in een petitie aan de Tweede Kamer met klem betoogd;',
      '2015',
      '…zoals ook door 234 wethouders van financiën in een petitie…',
    ],
    [
      'an intensifier and a participle after an article (2033); without `in de periode tussen` and its dates the label would be `vervangt Rijkswaterstaat`, too short: the period stays',
      'Ja, in de periode tussen 15 april en medio mei 2021 vervangt Rijkswaterstaat de meest beschadigde druk- en geleidewielen van de sluisdeur aan de Waalzijde.',
      '15 april en medio mei 2021',
      '…in de periode tussen 15 april en medio mei 2021 vervangt Rijkswaterstaat…',
    ],
    [
      'an adjective without an article, after a conjunction, which goes too (2473)',
      'Het toenmalige kabinet heeft in 2023 met Limburg de afspraak gemaakt\ndat particuliere woningeneigenaren een tegemoetkoming krijgen waarmee de mijnbouwschade\naan hun woning hersteld kan worden.',
      '2023',
      'Het toenmalige kabinet heeft met Limburg de afspraak gemaakt…',
    ],
    [
      'a present participle without an article, after a preposition, which goes too (2446; was `…met beperkende…`)',
      'In het voorjaar van 2020 werd Nederland geconfronteerd met beperkende maatregelen ter bestrijding van het Covid-19 virus.',
      'voorjaar van 2020',
      'In het voorjaar van 2020 werd Nederland geconfronteerd…',
    ],
    [
      "a letter's subject before its sender (2035; the rule of half a compound in word-window.test.ts)",
      '– de brief van de staatssecretaris van Onderwijs, Cultuur en Wetenschap d.d. 21 april 2009 over de Agenda voor- en vroegschoolse educatie (vve) inzake maatregelen om taalachterstanden in het Nederlands bij peuters en kleuters te voorkomen en te bestrijden (31 293, nr. 37).',
      '21 april 2009',
      '…OCW over de Agenda voor- en vroegschoolse educatie (vve) inzake maatregelen…',
    ],
    [
      'a dash does not end a label: the aside between dashes goes, the label reaches the verb after it (327)',
      'Bij brief van 30 september jl. (kamerstuk 31 371, nr. 11) is uw Kamer – na een eerdere mondelinge verklaring van de minister-president en de minister van Financiën die dag – geïnformeerd over de gebeurtenissen van vorig weekeinde rond Fortis.',
      '30 september jl.',
      // Was `Bij brief (kamerstuk 31 371, nr. 11) is uw Kamer…`, its clause ending at the first dash.
      'Bij brief is uw Kamer geïnformeerd over de gebeurtenissen van vorig weekeinde rond Fortis',
    ],
    [
      'an aside between dashes right before the date goes too: the clause before it goes on after it (518)',
      'Naar aanleiding van het verzoek van de vaste commissie voor Economische Zaken, Landbouw en Innovatie om – met het oog op het Algemeen Overleg Antibiotica in de veehouderij op 26 oktober – uiterlijk 24 oktober 2011 mijn visie op de intensieve veehouderij aan uw Kamer te sturen, deel ik u het volgende mede.',
      'uiterlijk 24 oktober 2011',
      // Was `…uiterlijk 24 oktober 2011 mijn visie op de intensieve veehouderij…`: the date opened the clause after the
      // dash.
      '…het verzoek van de vaste commissie voor EL&I om mijn visie op de intensieve veehouderij…',
    ],
    [
      'and the date no longer opens a clause of its own (1113)',
      'Nadat de marktbijdrageregeling is uitgewerkt, wordt gestart met de verruiming van de sluis, zodat de verbrede sluis er – conform de planning in de bestuursovereenkomst – in 2028 kan liggen of zoveel eerder als haalbaar is.',
      '2028',
      // Was `…in 2028 kan liggen of zoveel eerder als haalbaar is`.
      '…zodat de verbrede sluis er kan liggen of zoveel eerder als haalbaar is',
    ],
    [
      'an aside that names something before the date (243)',
      'Inmiddels zijn nodige stappen gezet om de nieuwe inspectie – de Inspectie Gezondheidszorg en Jeugd (IGJ) – naar verwachting rond de zomer dit jaar van start te laten gaan.',
      'rond de zomer dit jaar',
      // Was `…naar verwachting van start te laten gaan`.
      '…stappen gezet om de nieuwe inspectie naar verwachting van start te laten gaan',
    ],
    [
      'nor `zowel`, which needs its `als` (216)',
      'Dit jaar waren voor het eerst sinds 2021 zowel de Oekraïense als de Russische Minister\nvan Buitenlandse Zaken aanwezig bij de Ministeriële Raad.',
      'Dit jaar',
      'Dit jaar waren voor het eerst sinds 2021…',
    ],
    [
      'nor a relative adverb (223)',
      'De verlenging geldt voor asielaanvragen die zijn ingediend vanaf de datum van inwerkingtreding, 27 september 2022 en voor alle asielaanvragen waarvan de wettelijke beslistermijn nog niet was verstreken op de datum van inwerkingtreding.',
      '27 september 2022',
      '27 september 2022 en voor alle asielaanvragen…',
    ],
    // What stays.
    [
      'a right part cut right before the infinitive its modal waits for takes it, the clause going on after it (2110)',
      'Met het oog op de voortzetting daarvan tijdens de tweede termijn op 28 oktober a.s. wil ik u met deze brief nader informeren over een aantal onderwerpen, waaronder de stand van zaken met betrekking tot een aantal eerder gedane toezeggingen.',
      '28 oktober a.s.',
      // Was `…voortzetting daarvan tijdens de tweede termijn wil ik u met deze brief nader…`.
      '…voortzetting daarvan tijdens de tweede termijn wil ik u met deze brief nader informeren…',
    ],
    [
      '… and an infinitive of a cluster the participle after it (2462)',
      'In de RTC van 15 december 2008 is vastgelegd dat deze toetsing van de overheidsapparaten zou worden voorbereid door het aangevulde presidium van de voorbereidingscommissie RTC.',
      '15 december 2008',
      // Was `In de RTC is vastgelegd dat deze toetsing van de overheidsapparaten zou…`.
      'In de RTC is vastgelegd dat deze toetsing van de overheidsapparaten zou worden voorbereid…',
    ],
    [
      'a meeting’s label that must be cut says what it was about, not whom it was with (1014)',
      'De vaste commissie voor Landbouw, Natuurbeheer en Visserij heeft op 16 en 17 april 1997 overleg gevoerd met minister Van Aartsen van Landbouw, Natuurbeheer en Visserij over de varkenspest.',
      '16 en 17 april 1997',
      // Was `De vaste commissie voor LNV heeft overleg gevoerd met minister Van Aartsen…`.
      'De vaste commissie voor LNV heeft overleg gevoerd over de varkenspest',
    ],
    [
      '… not where `over` opens a list after its colon (865)',
      'De vaste commissie voor Defensie heeft op 1 december 2014 overleg gevoerd met Minister Hennis-Plasschaert van Defensie en staatssecretaris Wiebes van Financiën over:',
      '1 december 2014',
      'De vaste commissie voor Defensie heeft overleg gevoerd met Minister Hennis-Plasschaert…',
    ],
    [
      '… nor where the subject is only letters: whom it was with says more (595)',
      'De vaste commissie voor Justitie heeft op 20 februari 2002 overleg gevoerd met staatssecretaris Kalsbeek van Justitie over haar brieven',
      '20 februari 2002',
      'De vaste commissie voor Justitie heeft overleg gevoerd met staatssecretaris Kalsbeek…',
    ],
    [
      '… nor past a first `over` of letters to a later one inside their subject (717)',
      'De vaste commissie voor Onderwijs, Cultuur en Wetenschappen heeft op 19 februari 1997 overleg gevoerd met staatssecretaris Netelenbos van Onderwijs, Cultuur en Wetenschappen over haar brief d.d. 6 januari 1997 inzake de beantwoording van schriftelijke vragen over de positie van het openbaar onderwijs in Limburg (OCW-97-61).',
      '19 februari 1997',
      'De vaste commissie voor OCW heeft overleg gevoerd met staatssecretaris Netelenbos…',
    ],
    [
      'the commas of a list of nouns before the date bound no clause (2767)',
      'Internationale inzet van Nederlandse militairen, civiele experts en politiefunctionarissen 2025 - 2028',
      '2025 - 2028',
      // Was `…civiele experts en politiefunctionarissen`.
      'Internationale inzet van Nederlandse militairen, civiele experts en politiefunctionarissen',
    ],
    [
      '… nor in a sentence (2626)',
      'In het jaarbericht legt het Openbaar Ministerie verantwoording af aan de Nederlandse samenleving over de inzet, prestaties en resultaten in 2021.',
      '2021',
      // Was `…prestaties en resultaten`.
      '…af aan de Nederlandse samenleving over de inzet, prestaties en resultaten',
    ],
    [
      'an adjective with its noun stays (775)',
      '• de brief van de Minister van Justitie en Veiligheid d.d. 19 juli 2019 inzake voorlichting Raad van State over de democratische controle van de Kamer op de besteding van de middelen van de politie (Kamerstuk 29 628, nr. 898);',
      '19 juli 2019',
      'De brief van JenV inzake voorlichting Raad van State over de democratische controle…',
    ],
    [
      "a letter's date after its sender keeps the subject before the sender, as one after `d.d.` (1534)",
      '• de artikel 100-brief van de Minister van Buitenlandse Zaken van 1 november 2013 over een Nederlandse bijdrage aan de UN Multidimensional Integrated Stabilisation Mission in Mali (MINUSMA) (Kamerstuk 29 521, nr. 213);',
      '1 november 2013',
      // Was `…van de Minister van Buitenlandse Zaken over een Nederlandse bijdrage…`.
      '…over een Nederlandse bijdrage aan de UN Multidimensional Integrated…',
    ],
    [
      '… its subject whole where the sender is written short (990)',
      '– de brief van de staatssecretaris van LNV van 17 december 2002 inzake de uitvoering van de moties evaluatie Meststoffenwet (28 385, nr. 14);',
      '17 december 2002',
      // Was `…de brief van de staatssecretaris van LNV inzake de uitvoering van de moties…`.
      'De brief van LNV inzake de uitvoering van de moties evaluatie Meststoffenwet',
    ],
    [
      'synthetic: … not a date after a `van` that follows no letter',
      'In de vergadering van de commissie van 17 december 2002 inzake de uitvoering van de moties evaluatie Meststoffenwet en de toezeggingen van de staatssecretaris van LNV is besloten.',
      '17 december 2002',
      'In de vergadering van de commissie inzake de uitvoering van de moties…',
    ],
    [
      "a letter's label with its subject goes whole up to LABEL_STRETCH past MAX_LABEL, as any label (775)",
      '• de brief van de Minister van Justitie en Veiligheid d.d. 1 juli 2019 inzake administratievelastenreductie in de opsporing (Kamerstuk 29 628, nr. 891);',
      '1 juli 2019',
      // Was `…van de Minister van JenV inzake administratievelastenreductie in de opsporing`.
      'De brief van de Minister van JenV inzake administratievelastenreductie in de opsporing',
    ],
    [
      "a letter's subject before its sender, the sender written as its ministry (1300; `gemeente` in word-window.test.ts)",
      '• de brief van de Minister voor Volkshuisvesting en Ruimtelijke Ordening d.d. 23 december 2022 inzake afschrift brief aan de gemeente Utrechtse Heuvelrug inzake de kapaanvraag van bomen in park Huis Doorn (2022D56818);',
      '23 december 2022',
      'De brief van VRO inzake afschrift brief aan de gemeente Utrechtse Heuvelrug…',
    ],
    [
      'a superlative needs no noun: `één van de veiligste` (2566)',
      'Ook over het jaar 2020 benoemt ILT het Nederlandse spoor als één van de veiligste in Europa, maar onderstreept dat maatregelen nodig blijven om deze situatie te handhaven en te verbeteren.',
      '2020',
      // Without `over het jaar` (which goes with its date) the clause fits up to its comma.
      'Ook benoemt ILT het Nederlandse spoor als één van de veiligste in Europa',
    ],
    [
      "a letter's subject whole, which tells the list's letters apart, the sender written as its ministry (1069)",
      '• de brief van de Staatssecretaris van Infrastructuur en Milieu d.d. 14 april 2014 ter aanbieding van de 34ste Voortgangsrapportage HSL-Zuid (Kamerstuk 22 026, nr. 456);',
      '14 april 2014',
      'De brief van IenM ter aanbieding van de 34ste Voortgangsrapportage HSL-Zuid',
    ],
    [
      'adjectives stay when the label would end on a word it does not end on either (2171)',
      'De vaste commissie voor Onderwijs, Cultuur en Wetenschappen heeft op 22 november 2001 overleg gevoerd met staatssecretaris Van der Ploeg van Onderwijs, Cultuur en Wetenschappen over: de brieven van de staatssecretaris van OCW d.d. 21 mei 2001 respectievelijk 29 juni 2001 ter aanbieding van de tussentijdse aanbevelingen van de commissie-Ekkart (OCW-01-599);',
      '29 juni 2001',
      '…van OCW d.d. 21 mei 2001 respectievelijk ter aanbieding van de tussentijdse…',
    ],
    [
      'a name is not cut after its particle, nor its title left without it: `met de heer Van der Steur` goes whole (1672)',
      'De vaste commissie voor Veiligheid en Justitie en de vaste commissie voor Financiën hebben op 21 december 2016 overleg gevoerd met de heer Van der Steur, Minister van Veiligheid en Justitie, en de heer Wiebes, Staatssecretaris van Financiën, over:',
      '21 december 2016',
      '…voor VenJ en de vaste commissie voor Financiën hebben overleg gevoerd…',
    ],
  ])('a cut label: %s', (_rule, sentence, date, expected) => {
    const got = label(sentence, date);
    const at = sentence.indexOf(date);
    expect(got).toBe(
      referenceLabel(sentence, { start: 0, end: sentence.length }, { start: at, end: at + date.length }),
    );
    expect(got).toBe(expected);
  });

  it.each([
    [
      'the sender the label started inside (1064; was `…van IenW inzake BCG-review naar integrale aanpak personeelstekort NS`)',
      '  • de brief van de Staatssecretaris van Infrastructuur en Waterstaat d.d. 13 februari 2023 inzake BCG-review naar integrale aanpak personeelstekort NS (Kamerstuk 29 984, nr. 1089);',
      '13 februari 2023',
      'De brief van IenW inzake BCG-review naar integrale aanpak personeelstekort NS',
    ],
    [
      'a ministry of two words; the label had left the sender out (1565; was `…inzake procedure voordracht Europese rechterlijke colleges`)',
      '  • de brief van de Minister van Buitenlandse Zaken d.d. 4 juli 2023 inzake procedure voordracht Europese rechterlijke colleges (Kamerstuk 36 200 V, nr. 92);',
      '4 juli 2023',
      'De brief van Buitenlandse Zaken inzake procedure voordracht Europese rechterlijke colleges',
    ],
    [
      'not a sender that went whole: the minister stays (1332)',
      '  • de brief van de Minister van Infrastructuur en Waterstaat d.d. 22 december 2022 inzake vervanging viaduct A16 Rotterdam in verband met constructieve veiligheid: keuze uitvoeringsvariant (Kamerstuk 36 200 A, nr. 61);',
      '22 december 2022',
      'De brief van de Minister van IenW inzake vervanging viaduct A16 Rotterdam…',
    ],
    [
      'not where the subject would give up words to the longer start (1064)',
      '  • de brief van de Staatssecretaris van Infrastructuur en Waterstaat d.d. 19 december 2022 inzake Vervoerplan NS 2023 en addendum op het Beheerplan ProRail 2023 maatregelen tegen hoge uitval in het treinvervoer (Kamerstuk 29 984, nr. 1078);',
      '19 december 2022',
      '…IenW inzake Vervoerplan NS 2023 en addendum op het Beheerplan ProRail 2023…',
    ],
    [
      '… nor a quoted title in it, its quote closed (2064)',
      '– de brief van de minister van VROM d.d. 2 november 2007 inzake de reactie op het VROM-raad advies 060 «De hype voorbij, klimaatverandering als structureel ruimtelijk vraagstuk» (31 269, nr. 2);',
      '2 november 2007',
      '…van VROM inzake de reactie op het VROM-raad advies 060 «De hype voorbij…',
    ],
    [
      'not a sender with a person’s name (105)',
      '– de brief van staatssecretaris Van der Ploeg van OCW d.d. 10 april 2000 ter aanbieding van het rapport «Archieven in de etalage» (OCW-00-448).',
      '10 april 2000',
      '…van OCW ter aanbieding van het rapport «Archieven in de etalage» (OCW-00-448)',
    ],
    [
      'not the senders of two ministries (1213)',
      '– de brief van de ministers van Justitie en Binnenlandse Zaken en de staatssecretaris van Justitie met de aangevulde geannoteerde agenda d.d. 27 maart 2009 JBZ-Raad van 6 april 2009 (23 490, nr. 551);',
      '27 maart 2009',
      '…van Justitie met de aangevulde geannoteerde agenda JBZ-Raad van 6 april 2009',
    ],
    [
      'not a sender inside a longer clause, where the clause’s frame would crowd out the subject (1314)',
      'De vaste commissie voor Defensie heeft over de brief van de staatssecretaris van Defensie van 27 oktober 1998 over de stand van zaken met betrekking tot de ontwikkelingen in het Navo helikopterproject NH-90 de navolgende vragen ter beantwoording aan de regering voorgelegd.',
      '27 oktober 1998',
      '…over de stand van zaken met betrekking tot de ontwikkelingen in het Navo…',
    ],
  ])(
    'a letter’s sender before a subject that goes first is written as its ministry: %s',
    (_rule, sentence, date, expected) => expectLabel(sentence, date, expected),
  );

  it.each([
    [
      'past the ministry of the minister the questions went to (1302; was `…van Financiën over de brief inzake …`)',
      'De vaste commissie voor Financiën heeft een aantal vragen en opmerkingen voorgelegd aan de Staatssecretaris van Financiën over de brief van 4 juli 2019 inzake de Monitor exportkredietverzekeringen 2018 (Kamerstuk 26 485, nr. 314).',
      '4 juli 2019',
      '…over de brief inzake de Monitor exportkredietverzekeringen 2018',
    ],
    [
      'past the `en` that joins it to the letter before (1421; was `…en over de brief over …`)',
      'De vaste commissie voor Infrastructuur en Waterstaat heeft een aantal vragen en opmerkingen voorgelegd aan de Staatssecretaris van Infrastructuur en Waterstaat over de brief van 10 februari 2023 over de reactie op verzoek commissie inzake RIVM-notitie over PFAS-afvalverwerking (Kamerstukken 35 334 en 28 089, nr. 248) en over de brief van 7 februari 2023 over de samenvatting van het restrictievoorstel PFAS (per- en polyfluoralkylstoffen) (Kamerstuk 35 334, nr. 220).',
      '7 februari 2023',
      '…over de brief over de samenvatting van het restrictievoorstel PFAS',
    ],
    [
      'past four words, the minister’s title with them (1526; was `…de Minister van Financiën over de brief over …`)',
      'De vaste commissie voor Financiën heeft een aantal vragen en opmerkingen voorgelegd aan de Minister van Financiën over de brief van 27 juni 2025 over Jaarverslag Beheer staatsdeelnemingen 2024 (Kamerstuk 28 165, nr. 461).',
      '27 juni 2025',
      '…over de brief over Jaarverslag Beheer staatsdeelnemingen 2024',
    ],
    [
      'not past a word that opens a letter’s subject: the letter it names is part of it (527)',
      ' • de brief van de Minister van Defensie d.d. 24 november 2016 inzake uitstel toezending reactie over de brief van de United States Senate Committee on Armed Services (Kamerstuk 26 488, nr. 420);',
      '24 november 2016',
      '…inzake uitstel toezending reactie over de brief van de United States Senate…',
    ],
  ])(
    'a cut label starts at `over de brief` when a few words come before it: %s',
    (_rule, sentence, date, expected) => expectLabel(sentence, date, expected),
  );

  it.each([
    [
      'the request it says was made then (1256; was `…gedaan tijdens de regeling van werkzaamheden`)',
      '  • de brief van de Minister van Economische Zaken en Klimaat d.d. 8 juni 2021 inzake reactie op het verzoek van het lid Thijssen, gedaan tijdens de regeling van werkzaamheden van 18 mei 2021, over het bericht «Groen plan voor Tata Steel moet staalindustrie voor Nederland behouden (en 40 duizend banen)» (Kamerstukken 32 813 en 33 009, nr. 719);',
      '18 mei 2021',
      '…verzoek van het lid Thijssen, gedaan tijdens de regeling van werkzaamheden…',
    ],
    [
      'the promise, from the sentence’s start (130; was `…gedaan tijdens het Algemeen Overleg waterkwantiteit`)',
      'Conform mijn toezegging, gedaan tijdens het Algemeen Overleg waterkwantiteit op 20 juni 2011 (Kamerstuk 27 625, nr. 231), informeer ik u in deze brief ook over de nieuwe waterschapsbelastingssystematiek.',
      '20 juni 2011',
      'Conform mijn toezegging, gedaan tijdens het Algemeen Overleg waterkwantiteit…',
    ],
    [
      'not a longer clause, which names enough itself (1016)',
      'Voorts ga ik in op de vragen 7 en 8 van mevrouw Lambrechts (Aanhangsel der Handelingen, vergaderjaar 2006–2007, nr. 191) en kom ik de toezegging na van mijn ambtsvoorganger, gedaan in het mondelinge vragenuur van 27 juni 2006 naar aanleiding van vragen van mevrouw Arib (Handelingen der Kamer II, vergaderjaar 2005–2006, nr. 95, blz. 5892–5831).',
      '27 juni 2006',
      '…gedaan in het mondelinge vragenuur naar aanleiding van vragen van mevrouw Arib',
    ],
    [
      'not another participle, which follows a citation as often as a noun (1772)',
      'Middels deze brief voorzie ik uw Kamer van een inhoudelijke reactie op de motie van het lid Kuzu over de Oeigoeren in China (Kamerstuk 34 775 V, nr. 31), ingediend tijdens de begrotingsbehandeling op 15 november 2017 (Handelingen II 2017/18, nr. 22, item 8).',
      '15 november 2017',
      '…ingediend tijdens de begrotingsbehandeling',
    ],
  ])(
    'a short clause that `gedaan` opens after a comma takes in the clause before it: %s',
    (_rule, sentence, date, expected) => expectLabel(sentence, date, expected),
  );

  it.each([
    [
      'a participle: the report’s kind and its subject (1110; was `…commissiedebat, gehouden over de Belastingdienst`)',
      'Verslag van een commissiedebat, gehouden op 7 september 2022, over de Belastingdienst',
      '7 september 2022',
      'Verslag van een commissiedebat over de Belastingdienst',
    ],
    [
      'a participle before the main clause’s verb (1627; was `…uw vragen, verzonden ben ik…`)',
      'In de beantwoording van uw vragen, verzonden op 6 mei 2022, ben ik bij een aantal antwoorden te kort door de bocht gegaan.',
      '6 mei 2022',
      'In de beantwoording van uw vragen ben ik bij een aantal antwoorden … gegaan',
    ],
    [
      'an adjective, in a clause with a line break (1120; was `…ruimte, beschikbaar bedraagt daarmee…`)',
      'De vrij besteedbare ruimte, beschikbaar vanaf 2030, bedraagt daarmee € 1.050,6\nmiljoen.',
      '2030',
      'De vrij besteedbare ruimte bedraagt daarmee € 1.050,6 miljoen',
    ],
    [
      '`bijvoorbeeld` (687; was `…herdenkingen, bijvoorbeeld het onmogelijk is…`)',
      'overwegende dat bij de hoeveelheid herdenkingen, bijvoorbeeld rond 4 en 5 mei, het onmogelijk is voor alle Kamerleden om overal bij te zijn;',
      '4 en 5 mei',
      'Overwegende dat bij de hoeveelheid herdenkingen het onmogelijk is voor alle Kamerleden…',
    ],
    [
      'a list after the comma that a function word opens (1906)',
      'Verslag van een commissiedebat, gehouden op 29 januari 2025, over Discriminatie, racisme en mensenrechten',
      '29 januari 2025',
      'Verslag van een commissiedebat over Discriminatie, racisme en mensenrechten',
    ],
    [
      'not before another short phrase between commas, which the comma would then open (2420)',
      'In antwoord op eerder door het lid Schouw gestelde vragen, ingezonden 1 november 2010, vraagnummer 2010Z15579, heb ik aangegeven dat de Kamer is geïnformeerd.',
      '1 november 2010',
      // The word stays, as the comma would go with it: `…vragen vraagnummer 2010Z15579, heb ik…`.
      '…Schouw gestelde vragen, ingezonden vraagnummer 2010Z15579, heb ik aangegeven…',
    ],
    [
      'not a finite verb after the comma that closes a relative clause (2740)',
      'Het rapport, dat de titel draagt Risico in de Wtz, wordt op 14 april 1998, tezamen met een vooralsnog procedureel kabinetsstandpunt daarover, aangeboden aan de Tweede Kamer.',
      '14 april 1998',
      '…titel draagt Risico in de Wtz, wordt tezamen met een vooralsnog procedureel…',
    ],
  ])('a phrase between commas of one word and the date goes whole: %s', (_rule, sentence, date, expected) =>
    expectLabel(sentence, date, expected),
  );

  it.each([
    [
      'the subject kept in its place (846; was `…hebben met belangstelling kennisgenomen van de memorie van antwoord`)',
      'De leden van de VVD-fractie hebben met belangstelling kennisgenomen van de memorie van antwoord van maandag 2 juli 2012 en hebben nog enkele aanvullende vragen.',
      'maandag 2 juli 2012',
      'De leden van de VVD-fractie hebben kennisgenomen van de memorie van antwoord',
    ],
    [
      'a committee’s members (2746; was `…vaste commissie voor VWS hebben met belangstelling kennisgenomen van uw brief`)',
      'De leden van de vaste commissie voor Volksgezondheid, Welzijn en Sport (VWS) hebben met belangstelling kennisgenomen van uw brief van 3 juli 2025, waarin u ingaat op enkele vragen over de voorgehangen ontwerpregeling maximumprijzen geneesmiddelen per 1 oktober 2025.',
      '3 juli 2025',
      'De leden van de vaste commissie voor VWS hebben kennisgenomen van uw brief',
    ],
    [
      'not in a label that fits (synthetic)',
      'De leden hebben met belangstelling kennisgenomen van de brief van 2 juli 2012.',
      '2 juli 2012',
      'De leden hebben met belangstelling kennisgenomen van de brief',
    ],
  ])('a label that must be cut leaves out the courtesy of its verb: %s', (_rule, sentence, date, expected) =>
    expectLabel(sentence, date, expected),
  );

  it.each([
    // Prepositions whose object was the date dangle without it, with the date's article.
    [
      '`ten opzichte van` goes whole: `ten opzichte met 10%` read as nothing (180)',
      'Klopt het dat het kabinet de administratieve lasten en regeldruk voor bedrijven in 2012 ten opzichte van 2010 met 10% wil doen laten afnemen en vanaf 2012 een jaarlijkse reductie van 5%?',
      '2010',
      // Without `en vanaf 2012 een jaarlijkse reductie van 5%`, another year's part (see `beforeOtherDatePart`).
      '…lasten en regeldruk voor bedrijven in 2012 met 10% wil doen laten afnemen',
    ],
    [
      '`ten opzichte van` at the end of its clause (2217)',
      'Dit is een lichte afname ten opzichte van 2016, toen 629 personen in het verkeer zijn omgekomen.',
      '2016',
      'Dit is een lichte afname',
    ],
    [
      '`voorzien voor` after its noun goes whole (1252): the participle said when the debate is',
      'Mede met het oog op het plenaire debat voorzien voor 21 februari a.s. sturen wij uw Kamer een terug- en vooruitblik op de Russische oorlog van agressie in Oekraïne.',
      '21 februari a.s.',
      'Mede met het oog op het plenaire debat sturen wij uw Kamer…',
    ],
    [
      'but not after a verb, whose clause it ends (1803)',
      'Uw Kamer wordt over de resultaten van de onderzoeksfase geïnformeerd met de B-brief die is voorzien voor 2026.',
      '2026',
      '…resultaten van de onderzoeksfase geïnformeerd met de B-brief die is voorzien',
    ],
    [
      'an adverb that modifies the preposition goes with it: `kort voor` (136; was `…waarschijnlijk kort bereiken`)',
      'Deze brieven zullen uw Kamer waarschijnlijk kort voor het Kerstreces 2020 bereiken.',
      'het Kerstreces 2020',
      'Deze brieven zullen uw Kamer waarschijnlijk bereiken',
    ],
    [
      '`pas op` (1983; was `…maakte het Centraal Hoofdstembureau pas de definitieve uitslag bekend`)',
      'Hoewel reeds op 29 mei 99,4% van de stemmen was geteld, maakte het Centraal Hoofdstembureau pas op 16 juni de definitieve uitslag bekend.',
      '16 juni',
      '…maakte het Centraal Hoofdstembureau de definitieve uitslag bekend',
    ],
    [
      '`ruim voor` (44; was `…gevraagd ruim de evaluatie van de verkiezingen…`)',
      'De vaste commissie voor Binnenlandse Zaken heeft mij bij brief van 26 maart jl. gevraagd ruim voor het zomerreces de evaluatie van de verkiezingen voor provinciale staten en waterschappen aan de Kamer te doen toekomen.',
      'het zomerreces',
      '…mij bij brief van 26 maart jl. gevraagd de evaluatie van de verkiezingen…',
    ],
    [
      '`nog voor` (317; was `Ik streef ernaar de Kamer nog te informeren`)',
      'Ik streef ernaar de Kamer nog voor het zomerreces te informeren.',
      'het zomerreces',
      'Ik streef ernaar de Kamer te informeren',
    ],
    [
      '`nog in` (2791; was `…voornemens om nog een afzonderlijk…`: another one), its closing verbs kept past MAX_LABEL',
      'Verder ben ik voornemens om nog in de tweede helft van dit jaar een afzonderlijk wetsvoorstel bij de Tweede Kamer in te dienen.',
      'tweede helft van dit jaar',
      'Verder ben ik voornemens om een afzonderlijk wetsvoorstel bij de Tweede Kamer in te dienen',
    ],
    [
      '`nog` alone before a date without a preposition (1159; was `Kunt u deze vragen nog beantwoorden?`)',
      'Kunt u deze vragen nog deze week beantwoorden?',
      'deze week',
      'Kunt u deze vragen beantwoorden?',
    ],
    [
      'not such a word in capitals, an acronym (1620)',
      '• de brief van de minister van Landbouw, Natuur en Voedselkwaliteit d.d. 14 oktober 2010 inzake de antwoorden op de vragen eerste termijn AO PAS van 7 oktober 2010 (30 654, nr. 87);',
      '7 oktober 2010',
      '…de antwoorden op de vragen eerste termijn AO PAS',
    ],
    [
      '`in de loop van` goes whole (1444)',
      'Het streven is om deze in de loop van 2019 waar nodig op pad te sturen.',
      '2019',
      'Het streven is om deze waar nodig op pad te sturen',
    ],
    [
      '`over` before a year, at the end (1162)',
      '1. Verzoek dechargeverlening over 1996',
      '1996',
      '1. Verzoek dechargeverlening',
    ],
    [
      '`over` before a year, inside its clause (261)',
      'De cijfers over 2017 zijn opgenomen in de 21e Halfjaarsrapportage van afgelopen april.',
      '2017',
      'De cijfers zijn opgenomen in de 21e Halfjaarsrapportage van afgelopen april',
    ],
    [
      '`over het` before a quarter, whose article it is (2470)',
      'Hierbij stuur ik uw Kamer de rapportage van de Nationaal Coördinator Groningen (NCG) over het eerste kwartaal van 2018.',
      'eerste kwartaal van 2018',
      'Hierbij stuur ik uw Kamer de rapportage van de Nationaal Coördinator Groningen (NCG)',
    ],
    [
      '`over de` before a half year, inside its clause (697)',
      'De Rapportage Vreemdelingenketen (RVK) over de eerste helft van 2015 is in die periode niet verschenen.',
      'eerste helft van 2015',
      'De Rapportage Vreemdelingenketen (RVK) is in die periode niet verschenen',
    ],
    [
      '`uit` before a year (140)',
      'Het verdrag uit 1963 is een verouderd verdrag, waarbij geen rekening gehouden is met de vereisten van het EU-recht.',
      '1963',
      'Het verdrag is een verouderd verdrag',
    ],
    [
      '`naar` (1650)',
      '– De invoeringsdatum voor gemeenten wordt verschoven van 1 januari naar 1 juli 1997.',
      '1 juli 1997',
      'De invoeringsdatum voor gemeenten wordt verschoven van 1 januari',
    ],
    [
      '`naar het` (992)',
      'Aan het eind van het jaar mag maximaal 1% aan onderuitputting van het begrotingstotaal via de eindejaarssystematiek worden meegenomen naar het volgende jaar.',
      'volgende jaar',
      '…van het begrotingstotaal via de eindejaarssystematiek worden meegenomen',
    ],
    [
      '`aan het` before a fronted date stays with it (992)',
      'Aan het eind van het jaar mag maximaal 1% aan onderuitputting van het begrotingstotaal via de eindejaarssystematiek worden meegenomen naar het volgende jaar.',
      'eind van het jaar',
      'Aan het eind van het jaar mag maximaal 1% aan onderuitputting…',
    ],
    [
      '`in vergelijking met` before a fronted date stays with it (707)',
      'In vergelijking met 1994 zal die in 1995 met omstreeks 1 procentpunt dalen: van 18.6 naar 17.7.',
      '1994',
      'In vergelijking met 1994 zal die in 1995 met omstreeks 1 procentpunt dalen',
    ],
    [
      'a preposition before `na` goes with it (2754)',
      'Uit de cijfers blijkt dat 71% van de gemeenten geactualiseerd beleid heeft van na 2008.',
      '2008',
      'Uit de cijfers blijkt dat 71% van de gemeenten geactualiseerd beleid heeft',
    ],
    [
      '… `tot na het` (1432)',
      'Ik heb kennisgenomen van het besluit van uw Kamer om de op 21 juni 2011 geplande vertrouwelijke technische briefing over de HSA-problematiek af te gelasten en het hierop volgende openbare Algemeen Overleg van 22 juni 2011 uit te stellen tot na het zomerreces 2011.',
      'zomerreces 2011',
      '…het hierop volgende openbare Algemeen Overleg van 22 juni 2011 uit te stellen',
    ],
    // What stays.
    [
      'a bare `over` before a point in time is "about", with more than the date for its object (1142)',
      'Motie : Motie van het lid Inge van Dijk c.s. over eind 2022 in beeld hebben welke initiatieven die bijdragen aan sport en bewegen op andere departementen genomen worden',
      'eind 2022',
      '…lid Inge van Dijk c.s. over in beeld hebben welke initiatieven die bijdragen…',
    ],
    [
      'an article that is not the date’s (`het vorige maand`) belongs to a noun after it, with its preposition (718)',
      'Op 22 april jl. heeft de vaste commissie voor Binnenlandse Zaken mij verzocht om voor 29 april a.s. de nota naar aanleiding van het verslag over het wetsvoorstel organisatie hoogste bestuursrechtspraak in te dienen waarin de vragen en opmerkingen worden beantwoord over het vorige maand door de commissie uitgebrachte verslag (Kamerstuk 34 389, nr. 5).',
      'vorige maand',
      '…opmerkingen worden beantwoord over het door de commissie uitgebrachte verslag',
    ],
    [
      '… nor one before a determiner (2593)',
      'Veel maatregelen die voortvloeien uit de deze zomer gehouden rondetafels richten zich daarom in het bijzonder op preventie.',
      'deze zomer',
      'Veel maatregelen die voortvloeien uit de gehouden rondetafels richten zich daarom…',
    ],
    // A comparison whose other term was the date.
    [
      '`dan` at the end of the clause (1500)',
      'Dat is 30 procent meer dan in 2016.',
      '2016',
      'Dat is 30 procent meer',
    ],
    [
      '`Anders dan` that opens the sentence goes whole: `Anders` alone says "otherwise"; the date stays (291)',
      'Anders dan in 2015, wordt het COA momenteel geconfronteerd met meerdere omstandigheden die maken dat de reguliere opvangcapaciteit onvoldoende toereikend is.',
      '2015',
      'Anders dan in 2015 wordt het COA momenteel geconfronteerd…',
    ],
    [
      '… before the comma that ends it (2217)',
      'Deze schatting valt daarmee lager uit dan in 2016, toen 21.400 ernstig verkeersgewonden zijn geteld.',
      '2016',
      'Deze schatting valt daarmee lager uit',
    ],
    [
      '`als`, read in the sentence: its clause alone is too short (2447)',
      'Begin jaren ’80 is de staffel van het minimumjeugdloon tweemaal – zowel in 1981 als in 1983 – naar beneden bijgesteld.',
      '1983',
      '…de staffel van het minimumjeugdloon tweemaal – zowel in 1981 naar beneden bijgesteld',
    ],
    [
      '`dan` inside its clause opens a clause of its own: it stays (2425)',
      'De heer Jager (CDA) vindt het verontrustend dat de behoefte aan sanctiecapaciteit sneller groeit dan vorig jaar werd geprognosticeerd.',
      'vorig jaar',
      '…de behoefte aan sanctiecapaciteit sneller groeit dan werd geprognosticeerd',
    ],
    // Words no clause ends on, with what the rules of a cut label take with them.
    [
      '`en` with the ordinal and the preposition of the date it shared (697)',
      'In diverse brieven is uw Kamer de afgelopen periode geïnformeerd over de hoge asielinstroom in de eerste en tweede helft van 2015.',
      'tweede helft van 2015',
      'Uw Kamer is de afgelopen periode geïnformeerd over de hoge asielinstroom',
    ],
    [
      '`of` between two prepositions of the date (2684)',
      'Dezelfde projecten als bij VGR7 kennen een verwachte oplevering in of na de tweede helft van 2017.',
      'tweede helft van 2017',
      'Dezelfde projecten als bij VGR7 kennen een verwachte oplevering',
    ],
    [
      '`met` (215)',
      'Het lijkt erop dat de vaccinatiegraad bij zuigelingen en kleuters vergelijkbaar is met vorig jaar.',
      'vorig jaar',
      'Het lijkt erop dat de vaccinatiegraad bij zuigelingen en kleuters vergelijkbaar is',
    ],
    [
      'an article where the page broke the sentence off (1426)',
      'De reactie die de minister in haar brief van 30 november geeft op opmerkingen van de NVB over de',
      '30 november',
      'De reactie die de minister in haar brief geeft op opmerkingen van de NVB',
    ],
    [
      '`het` after an article, where it is no pronoun (1454)',
      'Daarbij is de universiteiten verzocht voor de het komend jaar, naast individuele onderzoekers ook onderzoeksteams voor te dragen voor de Spinozapremie.',
      'komend jaar',
      'Daarbij is de universiteiten verzocht',
    ],
    [
      '`over` before a colon (123)',
      'De vaste commissie voor Binnenlandse Zaken heeft op 8 juni 2020 overleg gevoerd over:',
      '8 juni 2020',
      'De vaste commissie voor Binnenlandse Zaken heeft overleg gevoerd',
    ],
    [
      '`om` whose infinitive a comma cut off (84)',
      'Op dinsdag 5 oktober jl. heeft de Tweede Kamer mij verzocht om, samen met de heer J.W. Remkes, als informateur de mogelijkheid te onderzoeken van een kabinet van VVD, D66, CDA en ChristenUnie (Kamerstuk 35 788, nr. 59).',
      'dinsdag 5 oktober jl.',
      'Op dinsdag 5 oktober jl. heeft de Tweede Kamer mij verzocht',
    ],
    [
      '… a dash; `er … voor` stays (485)',
      'Gelet op de urgentie van het probleem is er in het najaar van 2004 met instemming van uw Kamer voor gekozen om – vooruitlopend op een wetsvoorstel – eerst een ministeriële regeling voor te bereiden.',
      'najaar van 2004',
      // The aside between dashes goes and the clause goes on to `om eerst een ministeriële regeling voor te bereiden`,
      // which the cut leaves out.
      'Gelet op de urgentie van het probleem is er met instemming van uw Kamer voor gekozen…',
    ],
    [
      'a relative pronoun after its comma (2796)',
      'Als bijlage bij deze brief heeft de Kamer ook het Ontwerpakkoord Duurzame Luchtvaart ontvangen, dat op 21 februari 2019 (Bijlage bij Kamerstuk 31 936, nr. 585) is vastgesteld door de partijen aan de Duurzame Luchtvaarttafel.',
      '21 februari 2019',
      // The citation after the date goes with it, and the relative clause says what happened on the date.
      '…Duurzame Luchtvaart ontvangen, dat is vastgesteld door de partijen…',
    ],
    [
      'too short without its date: the line with its date (2760)',
      'De periode tot aan mei 1998',
      'mei 1998',
      'De periode tot aan mei 1998',
    ],
    // What stays.
    [
      'a verb’s particle (2431)',
      'De transactie levert ruim EUR 244 miljoen (inclusief superdividenduitkering ad EUR 25 miljoen) aan bruto opbrengsten voor de Staat op in 2007.',
      '2007',
      '…aan bruto opbrengsten voor de Staat op',
    ],
    [
      'a particle before a colon: `door` may be one, so it stays (630)',
      'In het in artikel I, onderdeel G.3, opgenomen artikel 23, vierde lid, derde volzin, wordt «1 januari 1996» vervangen door: 1 januari van het kalenderjaar.',
      '1 januari 1996',
      '…wordt vervangen door',
    ],
  ])('where its date or clause ended: %s', (_rule, sentence, date, expected) => {
    const got = label(sentence, date);
    const at = sentence.indexOf(date);
    expect(got).toBe(
      referenceLabel(sentence, { start: 0, end: sentence.length }, { start: at, end: at + date.length }),
    );
    expect(got).toBe(expected);
  });

  it.each([
    // A second conjunct after the date says nothing of it: the label ends where the date did.
    [
      'a second predicate of the subject (1601)',
      'constaterende dat de huidige verdeelsleutel voor politiecapaciteit stamt uit 2010 en niet meer geactualiseerd is, en dat de huidige verdeling van politiecapaciteit niet gebaseerd is op deze verdeelsleutel;',
      '2010',
      // Was `…verdeelsleutel voor politiecapaciteit stamt en niet meer geactualiseerd is`.
      'Constaterende dat de huidige verdeelsleutel voor politiecapaciteit stamt uit 2010',
    ],
    [
      'a start, and what ends it later (1394)',
      'Het programma is gestart in 2007 en loopt tot eind 2009.',
      '2007',
      'Het programma is gestart',
    ],
    [
      'a main clause of its own after a subordinate one (241)',
      'De leden van de D66-fractie bedanken de Minister voor de geannoteerde agenda van de informele Raad Algemene Zaken op 22 en 23 juli en hebben hier nog enkele vragen over.',
      '22 en 23 juli',
      '…de Minister voor de geannoteerde agenda van de informele Raad Algemene Zaken',
    ],
    [
      'nor does the date then end a noun phrase after `vóór`: the deadline keeps what is due (237)',
      'verzoekt de regering, het onderzoek af te ronden vóór de Voorjaarsnota van 2019 en tevens in de Voorjaarsnota voorstellen te doen om de financiën op orde te brengen,',
      '2019',
      '…het onderzoek af te ronden vóór de Voorjaarsnota',
    ],
    // What stays.
    [
      // A noun phrase after `en` stays with its own date only: one with a date of its own is another item (see
      // `beforeOtherDatePart`); it read `Debat over de Europese top en ingelaste NAVO-top van 24 maart 2022`.
      'a noun phrase after an adjective with its own date: the NAVO-top has its own entry (2396)',
      'debat over de Europese top van 24 en 25 maart 2022 en ingelaste NAVO-top van 24 maart 2022',
      '24 en 25 maart 2022',
      'Debat over de Europese top',
    ],
    [
      // Was `…het verslag van de Europese Raad en de NAVO-Top van 24 maart 2022 aan`.
      'a noun phrase after an article with its own date (2396)',
      'Hierbij bieden wij u, mede namens de Minister-President, het verslag van de Europese Raad van 24 en 25 maart 2022 en de NAVO-Top van 24 maart 2022 aan.',
      '24 en 25 maart 2022',
      // The phrase inserted before the date's clause goes, the main clause going on after it (see `insertionStart`).
      'Hierbij bieden wij u het verslag van de Europese Raad',
    ],
    [
      'a phrase inserted between commas right before the date goes too: the clause before it goes on after it (1084)',
      'De Minister heeft deze vragen, mede namens de Staatssecretaris, beantwoord bij brief van 5 juni 2019.',
      '5 juni 2019',
      // Was `…beantwoord bij brief`.
      'De Minister heeft deze vragen beantwoord bij brief',
    ],
    [
      'and a list of ministries inside it does not end it (2690)',
      'De staatssecretaris heeft deze vragen, mede namens de minister van Landbouw, Natuurbeheer en Visserij en de staatssecretaris van Volksgezondheid, Welzijn en Sport, beantwoord bij brief van 6 juni 1997.',
      '6 juni 1997',
      'De staatssecretaris heeft deze vragen beantwoord bij brief',
    ],
    [
      'a phrase of time between commas right after the main clause’s start is read with it, without its commas (810)',
      'Het lid Van Tongeren vroeg, tijdens het ordedebat van 21 juni 2012, een brief van mij over het bericht dat de Nederlandsche Bank informatie achterhield voor de commissie-De Wit.',
      '21 juni 2012',
      // Was `…tijdens het ordedebat`.
      'Het lid Van Tongeren vroeg tijdens het ordedebat een brief van mij over het bericht…',
    ],
    [
      'and one that opens with `sinds` (424)',
      'Veel werkgevers hebben, sinds de invoering in maart van dit jaar, gebruik gemaakt van de NOW.',
      'maart van dit jaar',
      // Was `…sinds de invoering`.
      'Veel werkgevers hebben sinds de invoering gebruik gemaakt van de NOW',
    ],
    [
      'but not a clause of its own between commas, with its verb (1121)',
      'In het amendement is geregeld dat de bezuiniging op de kustwacht in 2025 is terug gedraaid, voor de jaren 2026 en verder staan er ook nog bezuinigingen, hoe gaat daarmee omgegaan worden?',
      '2026',
      // The date stays with `en verder` (see TIME_TAIL).
      '…voor de jaren 2026 en verder staan er ook nog bezuinigingen',
    ],
    [
      'nor the date and its preposition alone between commas',
      'Het kabinet heeft, op 12 maart, besloten om de regeling te verlengen.',
      '12 maart',
      // Not this rule's: the clause goes on to the participle after the comma (see `pastApposedParticiple`).
      'Het kabinet heeft besloten om de regeling te verlengen',
    ],
    [
      'a subordinate clause between commas after the date’s clause goes, the main clause going on after it (1327)',
      'Wat betreft de verkoop van gronden door Staatsbosbeheer heb ik in mijn brief van 1 juni 2011 (Tweede Kamer, 2010–2011, 29 659, nr. 69) aangegeven dat ik, zodra een bestuursakkoord is bereikt met de provincies, een grondnota aan uw Kamer zal zenden.',
      '1 juni 2011',
      // Was `…van gronden door Staatsbosbeheer heb ik in mijn brief aangegeven dat ik`.
      '…door Staatsbosbeheer heb ik in mijn brief aangegeven dat ik een grondnota…',
    ],
    [
      'and a relative clause of `die` (415)',
      'Dit advies is op 15 januari 2006 door de commissie, die onder leiding staat van de heer Eversdijk, gepubliceerd.',
      'op 15 januari 2006',
      // Was `Dit advies is door de commissie`.
      'Dit advies is door de commissie gepubliceerd',
    ],
    [
      'and one of `terwijl` (1877)',
      'Kunt u aangeven waarom u tijdens het zomerreces, terwijl het kabinet demissionair is en de verkiezingen ophanden zijn, het beschermingsregime in een aantal Natura 2000-gebieden heeft beperkt?',
      'tijdens het zomerreces',
      // Was `Kunt u aangeven waarom u`.
      'Kunt u aangeven waarom u het beschermingsregime in een aantal Natura…',
    ],
    [
      'a clause of `en` that points back at the clause before it takes that in (1343)',
      'verzoekt de regering uit te werken of en hoe de nieuwe financieringssystematiek wettelijk verankerd kan worden, en de Kamer hierover uiterlijk in mei 2023 te informeren,',
      'uiterlijk in mei 2023',
      // Was `…en de Kamer hierover te informeren`.
      '…wettelijk verankerd kan worden, en de Kamer hierover te informeren',
    ],
    [
      'and so does one that writes its adverb in two words (1183)',
      'verzoekt de regering, in het aangekondigde plan een gedegen onderzoek te doen, met hierbij inzicht in kosten en de effecten, en de Kamer hier in het voorjaar van 2020 over te informeren,',
      'in het voorjaar van 2020',
      '…met hierbij inzicht in kosten en de effecten, en de Kamer hier over te informeren',
    ],
    [
      'but not a clause of `en` that points at nothing before it',
      'Het kabinet heeft de regeling verlengd, en de Kamer wordt op 1 maart 2024 geïnformeerd.',
      '1 maart 2024',
      '…en de Kamer wordt geïnformeerd',
    ],
    [
      'a motion’s request after the comma its layout puts after its opening: with the opening (1009)',
      'verzoekt de regering tevens, de Kamer hierover voor het zomerreces van 2013 te informeren,',
      'het zomerreces van 2013',
      // Was `…de Kamer hierover te informeren`.
      'Verzoekt de regering tevens, de Kamer hierover te informeren',
    ],
    [
      'with `om`, after the motion’s considerations (2293)',
      'overwegende dat een nieuw model transparant moet zijn;\nverzoekt de regering om, het verdeelmodel in 2016 te toetsen aan de eisen van transparantie,',
      '2016',
      '…verzoekt de regering om, het verdeelmodel te toetsen aan de eisen van transparantie',
    ],
    [
      'not a request too long to fit whole with its opening (1272)',
      'verzoekt de regering, een uiterste inspanning te leveren om het reductiedoel voor de broeikasgassen in 2020 te halen,',
      '2020',
      '…een uiterste inspanning te leveren om het reductiedoel voor de broeikasgassen te halen',
    ],
    [
      'not a comma after another opening (`verzoekt de gemeenten,`)',
      'verzoekt de gemeenten, de Kamer hierover voor het zomerreces van 2013 te informeren,',
      'het zomerreces van 2013',
      '…de Kamer hierover te informeren',
    ],
    [
      'but a capital after its comma continues a list inside the phrase, whose date it is (1566)',
      'Met deze brief wil ik, naar aanleiding van het verzoek van de heer Omtzigt namens de fracties van CDA, ChristenUnie en de PVV aan de minister van Buitenlandse Zaken op 18 april jongstleden (Handelingen II 2012/13, nr. 77, Regeling van werkzaamheden), uw Kamer informeren over extra middelen die nodig zouden zijn voor de begroting van de Europese Unie voor het jaar 2013.',
      '18 april jongstleden',
      // Was `ChristenUnie en de PVV aan de minister van Buitenlandse Zaken`: the parties' list reads over its commas.
      '…de fracties van CDA, ChristenUnie en de PVV aan de minister van Buitenlandse Zaken',
    ],
    [
      'a date that opens its clause keeps all after it (670)',
      'Dit jaar en volgend jaar vieren we 75 jaar vrijheid.',
      'Dit jaar',
      'Dit jaar en volgend jaar vieren we 75 jaar vrijheid',
    ],
    // Words of time after the date make it open-ended: they go with it.
    [
      '`en daarna` (1121)',
      'Uiteraard mag de huidige aanwending van deze middelen voor de subsidietaakstelling geen consequenties hebben voor de operationele capaciteit van de KMar in 2026 en daarna.',
      '2026',
      '…geen consequenties hebben voor de operationele capaciteit van de KMar',
    ],
    [
      '`of zelfs later` (113)',
      'In plaats van de eerder gecommuniceerde 2028 als realisatiedatum, bleek dat de waterstofleiding pas in 2032 of zelfs later gerealiseerd zou worden.',
      '2032',
      // `pas` goes with `in` (see the rows of 136 and 1983).
      '…bleek dat de waterstofleiding gerealiseerd zou worden',
    ],
    [
      '`en volgend jaar` (2717)',
      'Hierdoor is bij veel huurders de verwachting gewekt dat er dit jaar en volgend jaar geen huurverhoging plaats zal vinden.',
      'dit jaar',
      '…huurders de verwachting gewekt dat er geen huurverhoging plaats zal vinden',
    ],
    [
      '`en volgende jaren` (1505)',
      '33 819 Invoering van een verhuurderheffing over 2014 en volgende jaren alsmede wijziging van enige wetten met betrekking tot de nadere herziening van de fiscale behandeling van de eigen woning',
      '2014',
      // Was `…Invoering van een verhuurderheffing en volgende jaren alsmede wijziging…`.
      '33 819 Invoering van een verhuurderheffing alsmede wijziging van enige wetten…',
    ],
    // A verb whose object the date is keeps it: alone it said nothing.
    [
      '`dateert van` (407)',
      'De vorige monitoringsbrief dateert van oktober 2024.',
      'oktober 2024',
      // Was `De vorige monitoringsbrief dateert`.
      'De vorige monitoringsbrief dateert van oktober 2024',
    ],
    [
      '`dateert uit` (128)',
      'De vorige evaluatie van het werkloosheidsbeleid voor werknemers dateert uit 2016.',
      '2016',
      'De vorige evaluatie van het werkloosheidsbeleid voor werknemers dateert uit 2016',
    ],
    // A noun that names the year after it keeps it: alone it said nothing.
    [
      '`anno` (2762)',
      'Het bondgenootschap wordt anno 2009 nog steeds op de proef gesteld.',
      '2009',
      // Was `Het bondgenootschap wordt anno nog steeds op de proef gesteld`.
      'Het bondgenootschap wordt anno 2009 nog steeds op de proef gesteld',
    ],
    [
      'a compound of `jaar` (1651)',
      'Ook ten aanzien van toeslagjaar 2012 is dat het geval.',
      '2012',
      'Ook ten aanzien van toeslagjaar 2012 is dat het geval',
    ],
    [
      'a compound of `jaar` after a hyphen (2852)',
      'De werkzaamheden voor het eerste WNT-verslagjaar 2013 hebben zich bij de uitvoering van de WNT geconcentreerd.',
      '2013',
      // Was `…voor het eerste WNT-verslagjaar 2013 hebben zich bij de uitvoering van de WNT…`, without its participle.
      '…WNT-verslagjaar 2013 hebben zich bij de uitvoering van de WNT geconcentreerd',
    ],
    [
      'a noun and its year alone in brackets say too little: the clause around them (215)',
      'Met deze brief bied ik u het vaccinatiegraadrapport (verslagjaar 2024) aan.',
      '2024',
      'Met deze brief bied ik u het vaccinatiegraadrapport (verslagjaar 2024) aan',
    ],
    // `richting` dangles before its date as other prepositions do.
    [
      '`richting` (457)',
      'Het NWP2 geeft de hoofdlijnen, principes en richting van het nationale waterbeleid in de planperiode 2016–2021, met een vooruitblik richting 2050.',
      '2050',
      '…met een vooruitblik',
    ],
    // A clock time right after the date is its hour: it goes with the date, and a date that opens its sentence keeps
    // it. The corpus has no bracketed or fronted hour; 2383 has the bare one mid-sentence.
    [
      'a bare hour mid-sentence (2383)',
      'Ik kan daarom niet aan het verzoek voldoen deze brief voor dinsdag 19 maart 12:00 uur aan uw Kamer te versturen.',
      'dinsdag 19 maart',
      'Ik kan daarom niet aan het verzoek voldoen deze brief aan uw Kamer te versturen',
    ],
    [
      'an hour in brackets ends no clause',
      'Het debat vindt plaats op 5 maart 2024 (12:00 uur) in de plenaire zaal.',
      '5 maart 2024',
      // Was `Het debat vindt plaats`.
      'Het debat vindt plaats in de plenaire zaal',
    ],
    [
      'an hour in brackets after a fronted date',
      'Op 5 maart 2024 (12:00 uur) sluit de consultatie.',
      '5 maart 2024',
      // Was `(12:00 uur) sluit de consultatie`.
      'Op 5 maart 2024 (12:00 uur) sluit de consultatie',
    ],
    [
      'a bare hour after a fronted date',
      'Op 12 maart 10.00 uur begint de hoorzitting.',
      '12 maart',
      // Was `Op 12 maart begint de hoorzitting`.
      'Op 12 maart 10.00 uur begint de hoorzitting',
    ],
    [
      'an hour between commas after a fronted date',
      'Op 14 maart, 15.00 uur, spreekt de commissie met de minister.',
      '14 maart',
      // Was `15.00 uur, spreekt de commissie met de minister`.
      'Op 14 maart, 15.00 uur, spreekt de commissie met de minister',
    ],
    [
      'an hour with a preposition of its own stays as written (2067, a tweedekamer.nl page)',
      'Dinsdag 19 januari vanaf 19.00 uur was de beurt aan de Kamer.',
      'Dinsdag 19 januari',
      'Vanaf 19.00 uur was de beurt aan de Kamer',
    ],
  ])('what after a date is its label’s: %s', (_rule, sentence, date, expected) => {
    const got = label(sentence, date);
    const at = sentence.indexOf(date);
    expect(got).toBe(
      referenceLabel(sentence, { start: 0, end: sentence.length }, { start: at, end: at + date.length }),
    );
    expect(got).toBe(expected);
  });

  it.each([
    [
      'a title whole, with its date (2162)',
      'Graag bied ik u hierbij aan de beleidsnotitie «Aan elkaar verplicht, Ontwikkelingssamenwerking op weg naar 2015».',
      '2015',
      '…«Aan elkaar verplicht, Ontwikkelingssamenwerking op weg naar 2015»',
    ],
    [
      'the whole clause around a title when it fits (2334)',
      'Op 4 februari jl. heeft het lid Madlener (PVV) schriftelijke vragen aan mij gesteld met als onderwerp «Stopzetten van het programma File-aanpak 2018–2021», kenmerk 2022Z02021.',
      '2018–2021',
      '…gesteld met als onderwerp «Stopzetten van het programma File-aanpak 2018–2021»',
    ],
    [
      'words around a title cut as around a date (883): after it, `zoals zich` opened a clause cut off (see `readableEnd`)',
      'In deze verantwoordingsbrief maakt het kabinet de balans op over de voortgang van het beleidsprogramma «Samen werken, samen leven 2007–2011» zoals zich dat per ultimo 2008 heeft afgetekend.',
      '2007–2011',
      // Was `…van het beleidsprogramma «Samen werken, samen leven 2007–2011» zoals zich…`.
      '…de voortgang van het beleidsprogramma «Samen werken, samen leven 2007–2011»…',
    ],
    [
      'the words after a title that say what happens with it go first: a participle (271)',
      'Op 25 januari jl. heb ik uw Kamer de rapportage «Korte termijnraming voor emissies en energie in 2020» van het PBL gestuurd (Kamerstuk 32 813, nr. 267).',
      '2020',
      // Was `…de rapportage «Korte termijnraming voor emissies en energie in 2020»…`.
      '…«Korte termijnraming voor emissies en energie in 2020» van het PBL gestuurd',
    ],
    [
      'the words after a title that say what happens with it go first: `te` and an infinitive (1926)',
      'verzoekt de regering alsnog boven de vier reeds bestaande prioriteiten «het realiseren van voldoende woningen tot 2050» als topprioriteit te benoemen en deze topprioriteit uit te werken in de uitvoeringsagenda van de NOVI,',
      '2050',
      // Was `…bestaande prioriteiten «het realiseren van voldoende woningen tot 2050»…`.
      '…«het realiseren van voldoende woningen tot 2050» als topprioriteit te benoemen…',
    ],
    [
      'words after a title in a clause of their own do not go first (883)',
      'In deze verantwoordingsbrief maakt het kabinet de balans op over de voortgang van het beleidsprogramma «Samen werken, samen leven 2007–2011» zoals zich dat per ultimo 2008 heeft afgetekend.',
      '2007–2011',
      '…de voortgang van het beleidsprogramma «Samen werken, samen leven 2007–2011»…',
    ],
    [
      'nor words after a title with no verb (414)',
      'Heeft u kennisgenomen van het artikel «Politie kwam vorig jaar 60 keer te laat bij spoed in Zundert» in dagblad BNDeStem?',
      'vorig jaar',
      '…het artikel «Politie kwam vorig jaar 60 keer te laat bij spoed in Zundert»…',
    ],
    [
      'a short group in brackets after a title goes where keeping it would cut the title (2294)',
      '– het rapport van de Inspectie Werk en Inkomen «De uitvoering van de Algemene bijstandswet door gemeenten in 2003; Quick scan» (SOZA-03-117);',
      '2003',
      // Was `…Werk en Inkomen «De uitvoering van de Algemene bijstandswet door gemeenten…`, a name cut at its start.
      '…«De uitvoering van de Algemene bijstandswet door gemeenten in 2003; Quick scan»',
    ],
    [
      'a title too long for a label: cut after its start, the words before it a third at most (1446)',
      'Hierbij treft u de IOB-evaluatie «Tussen papier en praktijk: Evaluatie van het Nederlandse mensenrechtenbeleid in een veranderende wereldorde (2017–2022)» en de beleidsreactie op dit rapport aan.',
      '2017–2022',
      '…u de IOB-evaluatie «Tussen papier en praktijk: Evaluatie…',
    ],
    [
      'a short quoted phrase (559)',
      'Nog eerder aanbieden van het POR, hetgeen de facto zou betekenen «nog voor het zomerreces», zou een onvolledig beeld geven.',
      'zomerreces',
      '…hetgeen de facto zou betekenen «nog voor het zomerreces»',
    ],
    [
      "a straight quote the date ended goes with the word before it: was `…met NEMA ' van Van Bruggen…` (94)",
      "Antwoord op vragen van het lid Van der Plas over 'emissies naar lucht uit de landbouw berekend met NEMA voor 1990-2019' van Van Bruggen e.a. en de uitspraak van de rechtbank Oost-Brabant",
      '1990-2019',
      "…'emissies naar lucht uit de landbouw berekend met NEMA' van Van Bruggen e.a.…",
    ],
    [
      'a » glued to a letter and an s is an apostrophe, no quote: the clause is read as without it (1092)',
      'Waarom is het niet gelukt de verplichting voor de verwerving van extra F-35»s en MQ-9 Reapers in 2022 aan te gaan, terwijl de Kamer daarvoor wel met spoed een incidentele suppletoire begroting behandeld heeft?',
      '2022',
      '…verplichting voor de verwerving van extra F-35»s en MQ-9 Reapers aan te gaan',
    ],
    [
      'synthetic: nor does it close a title it stands in, which runs on to its own closing quote (as 1092)',
      'Hierbij bied ik u het rapport «Extra F-35»s en MQ-9 Reapers in 2022» van de Algemene Rekenkamer aan.',
      '2022',
      'Hierbij bied ik u het rapport «Extra F-35»s en MQ-9 Reapers in 2022»…',
    ],
  ])('a date inside a quoted title: %s', (_rule, sentence, date, expected) =>
    expectLabel(sentence, date, expected),
  );

  it.each([
    [
      'a list in brackets that only says `respectievelijk` (2110)',
      'Zo heeft de bevolking van Curaçao en Sint Maarten zich reeds jaren geleden (respectievelijk 2005 en 2000) in referenda uitgesproken voor de status van land binnen het Koninkrijk.',
      // The list as one phrase, as the timeline labels it (see `dateLists`).
      '2005 en 2000',
      // The name whole (see `nameStartBefore`): was `…Maarten zich reeds jaren geleden…`.
      '…Curaçao en Sint Maarten zich reeds jaren geleden in referenda uitgesproken…',
    ],
    [
      'a code after each date of a list in brackets (2763)',
      'Wat is de reden dat Nederland in 2017 vier maal (3 maart, NL0074CDIU0048803; 12 juni, NL0074CDIU0054676; 18 oktober, NL0074CDIU0065046; en 2 november, NL0074CDIU0066756) tijdelijk delen van Hawk-vliegtuigen uit de Verenigde Arabische Emiraten importeerde en weer retour zond?',
      '12 juni',
      'Wat is de reden dat Nederland in 2017 vier maal tijdelijk delen van Hawk-vliegtuigen…',
    ],
    [
      'a hedge alone in brackets with the date (2116; was `…naar verwachting`)',
      'De Klesch Group zal in de loop van 2020 (naar verwachting 1 juli) de exploitatie van de raffinaderij en de overslag bij Bullenbaai overnemen.',
      '1 juli',
      'De Klesch Group zal in de loop van 2020 de exploitatie van de raffinaderij…',
    ],
    [
      'synthetic: a code after the date beside words that say what happened is left out as before',
      'De vergunning is verleend op 3 maart, NL0074CDIU0048803.',
      '3 maart',
      'De vergunning is verleend',
    ],
  ])(
    'a clause that says nothing takes the words around its brackets: %s',
    (_rule, sentence, date, expected) => expectLabel(sentence, date, expected),
  );

  it.each([
    [
      'a hedge alone after a comma: the clause before it (526; was `…naar verwachting`)',
      'Aansluitend aan het beëindigen van het project wordt de DMP-E fase opgestart, naar verwachting in 2028.',
      '2028',
      '…beëindigen van het project wordt de DMP-E fase opgestart, naar verwachting',
    ],
    [
      'synthetic: a hedge in the clause that says what happens stays in its label',
      'Het rapport verschijnt naar verwachting op 1 juli bij de Inspectie.',
      '1 juli',
      'Het rapport verschijnt naar verwachting bij de Inspectie',
    ],
  ])('a clause that says nothing takes the wider clause: %s', (_rule, sentence, date, expected) =>
    expectLabel(sentence, date, expected),
  );

  it.each([
    [
      '1546: the verb after the citation',
      'Zoals ik in mijn brief van 13 juli 2007 (Kamerstukken II, 2006–2007, 29 700, nr. 47) heb laten weten, hebben de leden van de resonansgroep mij geadviseerd.',
      '13 juli 2007',
      // The `Zoals …` clause goes on into the main clause after its comma (see `pastZoalsClause`): was `Zoals ik in
      // mijn brief heb laten weten`. Whole, the label is too long; it is cut at its end.
      'Zoals ik in mijn brief heb laten weten, hebben de leden van de resonansgroep…',
    ],
    [
      '2304: the clause goes on after the citation',
      'In de brief van 14 juni 2023 (Kamerstuk 36 221, nr. 8) is daar ook weer naar verwezen.',
      '14 juni 2023',
      'In de brief is daar ook weer naar verwezen',
    ],
    [
      '1103: not before `en`, which opens a conjunct with another date',
      'De Minister kondigde in haar Kamerbrief van 24 mei jl. (Kamerstuk 21 501-28, nr. 253) en haar Kamerbrief van 14 juni jl. aan dat Nederland samen met partners werkt aan een plan.',
      '24 mei jl.',
      'De Minister kondigde in haar Kamerbrief',
    ],
    [
      '1252: the date’s `a.s.` after the citation goes with them',
      'Mede met het oog op het plenaire debat voorzien voor 21 februari (Handelingen II 2022/23, nr. 55, Debat over de Nederlandse steun aan Oekraïne) a.s. sturen wij, mede namens Minister van Justitie & Veiligheid, uw Kamer een terug- en vooruitblik op de Russische oorlog van agressie in Oekraïne.',
      '21 februari',
      // Was `…voorzien a.s. sturen wij uw Kamer…`, then `…met het oog op het plenaire debat voorzien sturen wij uw
      // Kamer…`: `voorzien` after its noun goes with `voor` and the date, and `Mede met het oog op` opens the sentence
      // with a clause that refers to what comes, the phrase `mede namens …` inserted after its main clause's subject.
      'Mede met het oog op het plenaire debat sturen wij uw Kamer…',
    ],
    [
      '1650: a citation without its series',
      'Bij brief van 20 november 1996 (24 772, nr. 14) heb ik u geïnformeerd over de oplossing van enkele knelpunten.',
      '20 november 1996',
      'Bij brief heb ik u geïnformeerd over de oplossing van enkele knelpunten',
    ],
    [
      '2116: a note on the date (was `De Klesch Group zal`)',
      'De Klesch Group zal in de loop van 2020 (naar verwachting 1 juli) de exploitatie van de raffinaderij en de overslag bij Bullenbaai overnemen.',
      '2020',
      // `in de loop van` goes with the date as a whole.
      'De Klesch Group zal de exploitatie van de raffinaderij en de overslag…',
    ],
  ])('a group in brackets after a date goes with it: %s', (_rule, sentence, date, expected) =>
    expectLabel(sentence, date, expected),
  );

  it.each([
    [
      '1883: the brackets after the letter it names',
      'De kamerbrieven over de missies naar de Verenigde Arabische Emiraten van de Staatssecretaris van Volksgezondheid, Welzijn en Sport (d.d. 8 mei 2017, Kamerstuk 34 550 XVI, nr. 138), de missie naar Kenia van de secretaris-generaal namens de Minister van Volksgezondheid, Welzijn en Sport, (d.d. 29 mei 2017, Kamerstuk 34 550 XIII, nr. 134) en de klimaatmissie naar de Verenigde Staten van de Staatssecretaris van Infrastructuur en Milieu (Kamerstuk 31 793, nr. 164 d.d. 20 juni 2017) heeft uw Kamer eerder ontvangen.',
      '8 mei 2017',
      '…missies naar de Verenigde Arabische Emiraten van de Staatssecretaris van VWS',
    ],
    [
      '1883: brackets after a comma follow the clause before it',
      'De kamerbrieven over de missies naar de Verenigde Arabische Emiraten van de Staatssecretaris van Volksgezondheid, Welzijn en Sport (d.d. 8 mei 2017, Kamerstuk 34 550 XVI, nr. 138), de missie naar Kenia van de secretaris-generaal namens de Minister van Volksgezondheid, Welzijn en Sport, (d.d. 29 mei 2017, Kamerstuk 34 550 XIII, nr. 134) en de klimaatmissie naar de Verenigde Staten van de Staatssecretaris van Infrastructuur en Milieu (Kamerstuk 31 793, nr. 164 d.d. 20 juni 2017) heeft uw Kamer eerder ontvangen.',
      '29 mei 2017',
      '…namens de Minister van VWS en de klimaatmissie naar de Verenigde Staten…',
    ],
    [
      '1883: the date after the citation in its brackets',
      'De kamerbrieven over de missies naar de Verenigde Arabische Emiraten van de Staatssecretaris van Volksgezondheid, Welzijn en Sport (d.d. 8 mei 2017, Kamerstuk 34 550 XVI, nr. 138), de missie naar Kenia van de secretaris-generaal namens de Minister van Volksgezondheid, Welzijn en Sport, (d.d. 29 mei 2017, Kamerstuk 34 550 XIII, nr. 134) en de klimaatmissie naar de Verenigde Staten van de Staatssecretaris van Infrastructuur en Milieu (Kamerstuk 31 793, nr. 164 d.d. 20 juni 2017) heeft uw Kamer eerder ontvangen.',
      '20 juni 2017',
      // The name whole (see `nameStartBefore`): was `…Staten van de Staatssecretaris…`.
      // Was `…de Verenigde Staten van de Staatssecretaris van IenM heeft uw Kamer eerder…`, without its participle.
      '…van de Staatssecretaris van IenM heeft uw Kamer eerder ontvangen',
    ],
    [
      '317: a citation with its date after `van`',
      'Tevens zal ik u dan de eerder toegezegde brief sturen over het internationale medegebruik van het JSS (Kamerstuk 33 763, nr. 91 van 7 december 2015).',
      '7 december 2015',
      '…toegezegde brief sturen over het internationale medegebruik van het JSS',
    ],
    [
      '782: the brackets closing the sentence',
      'De vaste commissie voor Defensie heeft mij 27 juni jl. per brief verzocht de lijst met doorlopende toezeggingen op te nemen in het overzicht van periodieke rapportages en verslagen (Kamerstuk 32 733, nr. 126 van 22 april 2013).',
      '22 april 2013',
      '…op te nemen in het overzicht van periodieke rapportages en verslagen',
    ],
    [
      '34: a reference number alone, after a quoted title in a list',
      '– «Dwang en drang in de tuberculosebestrijding» (kenmerk GZB/GZ 96-1952, 21 juni 1996)',
      '21 juni 1996',
      '«Dwang en drang in de tuberculosebestrijding»',
    ],
    [
      '34: a reference number alone, after the report it dates',
      'In april kunt u nog twee brieven verwachten die betrekking hebben op onderdelen van de preventieve gezondheidszorg: mijn standpunt op het rapport van de commissie Versterking Collectieve Preventie (kenmerk GZB/GZ 96-5231, 22 november 1996) en het evaluatie-onderzoek van de jeugdgezondheidszorg 0–19 jaar.',
      '22 november 1996',
      '…van de commissie Versterking Collectieve Preventie en het evaluatie-onderzoek…',
    ],
    [
      'synthetic: a reference whose code has a word of lower-case letters says what it is about',
      '– «Prionziekten bij de mens» (kenmerk advies over prionziekten, 12 december 1996)',
      '12 december 1996',
      '…kenmerk advies over prionziekten',
    ],
    [
      '1644: a letter’s number',
      '– de Nederlandse opgave aan het VN-wapenregister (brief van 12 juni 1997, nr. BuZa 97-295).',
      '12 juni 1997',
      // The item's clause after its dash starts the sentence (see `startsItsSentence`).
      'De Nederlandse opgave aan het VN-wapenregister',
    ],
    [
      '2070: a citation without its series',
      'In de nota «Met zorg verbonden» (juni 1997, 25 387, nrs. 1 en 2) is reeds aangegeven dat de samenwerking en afstemming tussen betrokken hulpverleners en organisaties verbeterd moet worden.',
      'juni 1997',
      'In de nota «Met zorg verbonden» is reeds aangegeven dat de samenwerking…',
    ],
    [
      '70: the Handelingen',
      'Het doel van de Kamer daarbij was «het verkrijgen van een standpunt over de vraag of daarbij ook de OM-afdoening zou moeten worden toegepast» (Handelingen I 23 juni 2009, 36–1624).',
      '23 juni 2009',
      '…een standpunt over de vraag of daarbij ook de OM-afdoening zou moeten worden toegepast»',
    ],
    [
      'synthetic: a heading in capitals with its date names no reference',
      'VERSLAG VAN DE NAVO-TOP 2022 (24 MAART 2022)',
      '24 MAART 2022',
      'VERSLAG VAN DE NAVO-TOP 2022',
    ],
  ])(
    'a citation or a reference number alone says nothing: the label is made around its brackets: %s',
    (_rule, sentence, date, expected) => expectLabel(sentence, date, expected),
  );

  it.each([
    [
      '2005: the article of the date’s noun of time, no preposition before it',
      'Ik heb de afgelopen week geconstateerd dat de situatie op Curaçao in toenemende mate zorgwekkend is.',
      'afgelopen week',
      'Ik heb geconstateerd dat de situatie op Curaçao in toenemende mate zorgwekkend is',
    ],
    [
      '2801: after an auxiliary, its noun after an ordinal',
      'Het budget dat vrij komt na de invoering van de WBK per 2003 zal de tweede helft van 2002 worden besteed aan het voorbereiden van de uitvoering.',
      'tweede helft van 2002',
      '…na de invoering van de WBK per 2003 zal worden besteed aan het voorbereiden…',
    ],
    [
      '2482: not after a preposition whose object the date is',
      'met uitzondering van de vier weken in augustus die overeenkomen met het zomerreces van de Europese instellingen.',
      'zomerreces',
      '…vier weken in augustus die overeenkomen met het van de Europese instellingen',
    ],
    [
      '2630: a reference number between commas is left out',
      'Het verslag is bij brief van 10 juni 1997, kenmerk DIE/IS-566/97, door de Minister voor Ontwikkelingssamenwerking aan de Kamer aangeboden.',
      '10 juni 1997',
      'Het verslag is bij brief door … aangeboden',
    ],
    [
      '956: `gedurende` dangles as `tijdens` does',
      'Wel vindt gedurende de komende week de ambtelijke voorbereiding van deze bijeenkomst plaats en zal het overleg met de financiële sector worden voortgezet.',
      'komende week',
      'Wel vindt de ambtelijke voorbereiding van deze bijeenkomst plaats en zal…',
    ],
    [
      '2804: an inflected participle after the date: the article before it is its noun’s',
      'Hoe beoordeelt u de vermindering van het aantal scheidingszaken bij de Raad voor de Kinderbescherming in relatie tot het vorig jaar ingestelde ouderschapsplan en het toegenomen hulpaanbod vooraf?',
      'vorig jaar',
      // The clause's last word taken back (see `toClauseEnd`).
      '…in relatie tot het ingestelde ouderschapsplan en het toegenomen hulpaanbod vooraf?',
    ],
    [
      'a cut label that left out a word or two of its clause’s end ends there (1813; was `…met minister Eurlings…`)',
      'De vaste commissie voor Verkeer en Waterstaat en de vaste commissie voor VROM hebben op 12 september 2007 overleg gevoerd met minister Eurlings van Verkeer en Waterstaat',
      'op 12 september 2007',
      '…de vaste commissie voor VROM hebben overleg gevoerd met minister Eurlings van VenW',
    ],
    [
      'but not one that left out more of it',
      'De vaste commissie voor Verkeer en Waterstaat en de vaste commissie voor VROM hebben op 12 september 2007 overleg gevoerd met minister Eurlings van Verkeer en Waterstaat en minister Cramer van VROM',
      'op 12 september 2007',
      '…de vaste commissie voor VROM hebben overleg gevoerd met minister Eurlings…',
    ],
    [
      '847: `vorig` uninflected after an article: no date of its own',
      'Het voorstel sluit aan op het vorig jaar aangenomen wetsvoorstel 32022, waarin onder andere het bezit van alcohol onder de 16 jaar strafbaar werd gesteld.',
      'vorig jaar',
      'Het voorstel sluit aan op het aangenomen wetsvoorstel 32022',
    ],
    [
      '1255: a bare participle after the date ends the clause: the article is the date’s',
      'De Minister van KGG en ik hebben dit rapport voor de zomer ontvangen tijdens een gesprek met omwonenden.',
      'zomer',
      // The subject whole (see `subjectCutAt`), not `…van KGG en ik hebben dit rapport ontvangen tijdens een gesprek
      // met omwonenden`.
      'De Minister van KGG en ik hebben dit rapport ontvangen tijdens een gesprek met omwonenden',
    ],
    [
      '234: a clause that opens with the number of a citation its comma split',
      'In bijlage bij Kamerstuk 26 234, nr. 153 is verslag gedaan van de zeventiende middelenaanvulling die plaatsvond in 2013.',
      '2013',
      '…is verslag gedaan van de zeventiende middelenaanvulling die plaatsvond',
    ],
    [
      '1079: a citation’s number before the next item of a list',
      '(u bent hier per brief van 19 januari 2011, Kamerstuk 2010–2011, 32 500 IV, nr. 26 en het debat van 10 februari 2011 (Handelingen 10 februari 2011, 51-4) over geïnformeerd)',
      '10 februari 2011',
      '…en het debat over geïnformeerd',
    ],
    [
      '743: the citation of the paper the date is of keeps its number',
      'In mijn brief met kenmerk Kamerstuk 33 000 V, nr. 117 d.d. 24 november 2011 berichtte ik u over de Nederlandse inzet.',
      '24 november 2011',
      '…nr. 117 berichtte ik u over de Nederlandse inzet',
    ],
    [
      '1454: so does a motion’s, the date after `van`',
      'Naar aanleiding van de motie van de leden Bruins (CU) en Van der Molen (CDA), met Kamerstuk 29 338, nr. 194 van 5 juni 2019 informeer ik u met deze brief tevens over de voortgang van de sterkere coördinerende en strategische rol van NWO.',
      '5 juni 2019',
      '…nr. 194 informeer ik u met deze brief tevens over de voortgang…',
    ],
  ])('what goes with the date and what stays (session 53): %s', (_rule, sentence, date, expected) =>
    expectLabel(sentence, date, expected),
  );

  it.each([
    [
      '44: a label cut around its date keeps the noun of the subject that opens its clause',
      'De vaste commissie voor Binnenlandse Zaken heeft mij bij brief van 26 maart jl. gevraagd ruim voor het zomerreces de evaluatie van de verkiezingen voor provinciale staten en waterschappen aan de Kamer te doen toekomen.',
      '26 maart jl.',
      'De vaste commissie voor Binnenlandse Zaken heeft mij bij brief gevraagd ruim…',
    ],
    [
      '195: so does a minister’s, where the alternate words would start at `van`',
      'De Minister van SZW heeft de Kamer per brief d.d. 2 mei 2011 geïnformeerd over de uitvoering van de motie Slob/de Rouwe over de werktijdverkortingsregeling voor de binnenvaart.',
      '2 mei 2011',
      'De Minister van SZW heeft de Kamer per brief geïnformeerd over de uitvoering…',
    ],
    [
      '41: and one the alternate words would leave out whole, starting at its verb',
      'Mijn ambtsvoorganger heeft in de Kamerbrief van 31 augustus 2023 tezamen met de voormalig Staatssecretaris van Financiën – Toeslagen en Douane – aangegeven dat er een extern onderzoek naar het Risico Analyse Model plaatsvindt.',
      '31 augustus 2023',
      'Mijn ambtsvoorganger heeft in de Kamerbrief…',
    ],
    [
      '1031: a cut that keeps the noun and whom the committee met takes the two words before it (see `fromSentenceStart`)',
      'De vaste commissie voor Justitie heeft op 9 oktober 2008 overleg gevoerd met staatssecretaris Albayrak van Justitie over: – de brief van de staatssecretaris van Justitie.',
      '9 oktober 2008',
      'De vaste commissie voor Justitie heeft overleg gevoerd met staatssecretaris Albayrak…',
    ],
    [
      'a cut label that left out a word or two of the sentence’s start starts there (1175; was `…de begrotingsbehandeling…`)',
      'Tijdens de begrotingsbehandeling van Binnenlandse Zaken op 18 oktober 2018 heb ik uw Kamer toegezegd voor het eind van het jaar met een voorstel te komen over de uitwerking van een bewustwordingscampagne over desinformatie (Handelingen II 2018/19, nr. 15, items 5 en 16).',
      'op 18 oktober 2018',
      'Tijdens de begrotingsbehandeling van Binnenlandse Zaken heb ik uw Kamer toegezegd…',
    ],
    [
      'and so does one that starts mid-sentence, from its clause’s start (1497; was `…van de Minister van LNV…`)',
      '– de brief van de Minister van Landbouw, Natuur en Voedselkwaliteit d.d. 29 maart 2023 inzake rapport Preventie van efficiënte transmissie van zoönotische ziektekiemen tussen veehouderijbedrijven (Kamerstukken 29 683 en 34 682, nr. 273);',
      '29 maart 2023',
      // After the item's dash, the sentence's start: capitalised, no `…` (see `startsItsSentence`).
      'De brief van de Minister van LNV inzake rapport Preventie van efficiënte transmissie…',
    ],
    [
      'but not one that left out more of it (1285)',
      'De vaste commissie voor Buitenlandse Zaken en de vaste commissie voor Defensie hebben op 2 mei 2022 overleg gevoerd met mevrouw Bruins Slot, Minister van Binnenlandse Zaken, over het volgende onderwerp.',
      'op 2 mei 2022',
      '…vaste commissie voor Defensie hebben overleg gevoerd met mevrouw Bruins Slot',
    ],
    [
      '2800: a pronoun is no subject’s noun',
      'Het was daarmee dus niet uitgesloten in 1997 een nieuwe stimuleringsperiode te starten op basis van artikel 9.',
      '1997',
      'Het was daarmee dus niet uitgesloten een nieuwe stimuleringsperiode te starten…',
    ],
    [
      '2593: nor is a verb of a relative clause inside the subject the subject’s',
      'De acties en maatregelen die ik heb aangekondigd in mijn brief van 28 september 2020 zijn daarom urgent.',
      '28 september 2020',
      'De acties en maatregelen die ik heb aangekondigd in mijn brief zijn daarom urgent',
    ],
    [
      '456 (its subject made longer; 456 goes whole within LABEL_STRETCH): the subject whole would end the label on `en` and leave out the participle: the cut stays',
      'Het nationale actieplan tegen discriminatie op de arbeidsmarkt is uitgevoerd onder coördinatie van ons beider departementen en in december 2020 afgerond.',
      'december 2020',
      '…is uitgevoerd onder coördinatie van ons beider departementen en afgerond',
    ],
    [
      '1993: a phrase that says after what, inserted between commas before the date’s clause, is left out',
      'Over de regionalisering van het OM heb ik u, in het vervolg op de eerdere brieven van mijn ambtsvoorganger uit 2004, reeds ingelicht in mijn brief van 19 december 2008.',
      '19 december 2008',
      'Over de regionalisering van het OM heb ik u reeds ingelicht in mijn brief',
    ],
    [
      '1993: a date inside such a phrase is labelled by the phrase: the main clause did not happen then',
      'Over de regionalisering van het OM heb ik u, in het vervolg op de eerdere brieven van mijn ambtsvoorganger uit 2004, reeds ingelicht in mijn brief van 19 december 2008.',
      '2004',
      '…in het vervolg op de eerdere brieven van mijn ambtsvoorganger',
    ],
    [
      '2223: a phrase inserted after the date’s phrase between commas goes, the date’s phrase and its citation with it',
      'Op verzoek van uw Kamer van 29 maart jl. schreef ik, op 10 april (Kamerstuk 29 924, nr. 161), mede namens de Minister van Defensie, al een brief naar aanleiding van vragen over het tijdstip van publicatie.',
      '10 april',
      '…uw Kamer van 29 maart jl. schreef ik al een brief naar aanleiding van vragen…',
    ],
    [
      '2223: so without the citation, where the date’s phrase was read as the clause the date fronts (`Een brief al …`)',
      'Op verzoek van uw Kamer schreef ik, op 10 april, mede namens de Minister van Defensie, al een brief naar aanleiding van vragen over het tijdstip van publicatie.',
      '10 april',
      'Op verzoek van uw Kamer schreef ik al een brief naar aanleiding van vragen…',
    ],
    [
      '1340: a label cut to end on its auxiliary keeps its participle, however few words go with the auxiliary',
      'De vragen en opmerkingen zijn op 14 december 2017 aan de Minister voor Basis- en Voortgezet Onderwijs en Media voorgelegd.',
      '14 december 2017',
      'De vragen en opmerkingen zijn … voorgelegd',
    ],
  ])('what a cut label keeps (session 58): %s', (_rule, sentence, date, expected) =>
    expectLabel(sentence, date, expected),
  );

  it.each([
    [
      '1034: a citation in brackets before the verb goes, the verb stays',
      'Op 6 november jl. heeft de Tweede Kamer negen moties over de Alcoholnota (27 565, nrs. 5, 7, 8, 9, 10, 12, 15, 16 en 17) aangenomen.',
      '6 november jl.',
      // Too long with the date's phrase: the subject first (see `subjectFirst`), the counting word ends it.
      'De Tweede Kamer heeft negen moties over de Alcoholnota aangenomen',
    ],
    [
      '2742: the citation after `per brief`, the participle and its object after it',
      'Op 15 april jongstleden heb ik u per brief (Kamerstukken II, 2008–2009, 27 295, nr. 145) gemeld dat de Commissie verticale integratie zorgverzekeraars en zorgaanbieders uiterlijk tot 1 juni de gelegenheid had om haar onderzoeksbevindingen uit te brengen.',
      '15 april jongstleden',
      'Ik heb u per brief gemeld dat de Commissie verticale integratie…',
    ],
    [
      '494: a participle without its `ge` after a particle (`aangeboden`)',
      'Bij brief van 17 april 1996 heb ik het Kabinetsstandpunt Besluiten over grote projecten (vergaderjaar 1995–1996, 24 690, nr. 1) aan de Tweede Kamer aangeboden.',
      '17 april 1996',
      'Bij brief heb ik het Kabinetsstandpunt Besluiten … aangeboden',
    ],
    [
      '617: a figure in brackets, whose decimal comma ended the clause',
      'Tussen 1 juli 2017 en 31 december 2017 zijn 16 personen (15,5 fte) ingezet ten behoeve van het Brexitproces:',
      '1 juli 2017 en 31 december 2017',
      'Tussen 1 juli 2017 en 31 december 2017 zijn 16 personen ingezet…',
    ],
    [
      '839: an aside in brackets before the verbs that close the clause',
      'Tijdens het algemeen overleg hierover op 12 januari jl. (kamerstuk 29 628, nr. 235) deed ik de toezegging u in maart een uitvoeringsprogramma (op hoofdlijnen) te doen toekomen, alsmede het profiel van de korpschef.',
      'maart',
      // Was `Ik deed de toezegging u een uitvoeringsprogramma`.
      'Ik deed de toezegging u een uitvoeringsprogramma te doen toekomen',
    ],
    [
      '77: an aside before the verb of a clause after `dan`',
      'Er is vorig jaar € 508 miljoen minder uitgegeven dan maximaal (dus op enig moment) beschikbaar was.',
      'vorig jaar',
      // Was `Er is € 508 miljoen minder uitgegeven dan maximaal`.
      'Er is € 508 miljoen minder uitgegeven dan maximaal beschikbaar was',
    ],
    [
      '1338: an adjective in brackets inside the subject',
      'Op 2 oktober is de voorgenomen (gedeeltelijke) sluiting en het continuïteitsplan besproken in het ROAZ-Euregio, zoals ik u ook heb laten weten in antwoord op de Kamervragen over de Spoedpost Oldenzaal.',
      '2 oktober',
      // Was `Op 2 oktober is de voorgenomen`.
      'Op 2 oktober is de voorgenomen sluiting en het continuïteitsplan besproken…',
    ],
    [
      '1743: no verb after the citation: the label ends at its bracket',
      '• de brief van de minister van Sociale Zaken en Werkgelegenheid d.d. 16 mei 2012 over de antwoorden op vragen van de commissie (32 043, nr. 107) over het bericht «Bestuurders pensioenfondsen blunderen met complexe derivaten» (32 043, nr. 110);',
      '16 mei 2012',
      'De brief van de minister van SZW over de antwoorden op vragen van de commissie',
    ],
    [
      '185: `alsmede` after the citation opens another item: the label ends at its bracket',
      'Tevens informeer ik u over een aantal toezeggingen gedaan tijdens het Algemeen Overleg van 6 juni 2012 (Kamerstukken 21 501-32, nrs. 627, 629 en 632) alsmede over de stand van zaken aanpak discards.',
      '6 juni 2012',
      'Tevens informeer ik u over een aantal toezeggingen gedaan tijdens het Algemeen Overleg',
    ],
    [
      "2355: a citation between the noun and its date's `van` goes: the clause starts with the sentence",
      'In mijn brief (Kamerstuk 35 925 XVI, nr. 170) van 8 maart 2022 heb ik toegezegd dat ik samen met partners in het veld het programma «Wonen, Ondersteuning en Zorg voor Ouderen» (WOZO) wil vormgeven.',
      '8 maart 2022',
      'In mijn brief heb ik toegezegd dat ik samen met partners in het veld…',
    ],
    [
      "1317: the same with the clause's auxiliary before the date's preposition (was `…is door de Kamer aangenomen`)",
      'Deze motie (Kamerstuk 33 000 IV, nr. 34) is op 1 november 2011 door de Kamer aangenomen.',
      '1 november 2011',
      'Deze motie is door de Kamer aangenomen',
    ],
    [
      "598: each letter of a list is labelled with its subject, not with the next letter's citation",
      'De vaste commissie heeft een aantal vragen voorgelegd over de brief van de minister inzake concept nationaal hervormingsprogramma in het kader van de Europa 2010 strategie (Kamerstuk 21 501-20, nr. 493) van 29 november 2010 en de brief van de staatssecretaris van Buitenlandse Zaken inzake fiche mededeling slimme regelgeving in de Europese Unie (Kamerstuk 22 112, nr. 1092) van 22 november 2010.',
      '22 november 2010',
      '…Zaken inzake fiche mededeling slimme regelgeving in de Europese Unie',
    ],
    [
      '773: a date in brackets with an `Aanhangsel` reference only: the words around the brackets say what it was',
      'In de antwoorden op de vragen van Kamerlid Bouwmeester (Aanhangsel Handelingen II, 2011/12, nr. 890, 8 december jl.) heb ik al aangegeven dat de oprichters van de polikliniek Jeugd en Alcohol tijdens die bijeenkomst hebben toegelicht dat het boek vooral dient als oproep.',
      '8 december jl.',
      '…op de vragen van Kamerlid Bouwmeester heb ik al aangegeven dat de oprichters…',
    ],
    [
      '2017: a relative clause after the citation says what the motion asks, not what happened',
      'Uw Kamer heeft tijdens het ordedebat van 23 februari jl. een motie aangenomen (Handelingen II 2016/17, nr. 46, item 8) die het kabinet verzoekt te onderzoeken hoe te bewerkstelligen dat alle vrijwilligers een gratis Verklaring Omtrent Gedrag krijgen.',
      '23 februari jl.',
      'Uw Kamer heeft tijdens het ordedebat een motie aangenomen',
    ],
    [
      '78: a fixed phrase with `van` goes with its light verb: `van start gegaan`, not `… gegaan`',
      'In 1999 is bij het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties het project Kiezen op Afstand (KOA) van start gegaan.',
      '1999',
      'In 1999 is bij het Ministerie van BZK het project Kiezen op Afstand (KOA) van start gegaan',
    ],
  ])(
    'a citation or an aside in brackets inside the clause (session 59): %s',
    (_rule, sentence, date, expected) => expectLabel(sentence, date, expected),
  );

  it.each([
    [
      "2414: the article of the date's noun of time opens the clause: the date stays",
      'De zomer van 2019 kende landelijk niet dezelfde droogteproblemen, maar op de hoge zandgronden was het opnieuw extreem droog.',
      'zomer van 2019',
      'De zomer van 2019 kende landelijk niet dezelfde droogteproblemen',
    ],
    [
      "1153: a preposition between the article and a day: the article is a later noun's",
      'De op 15 oktober 2009 voorgelegde vragen zijn, bij brief van 10 november 2009, beantwoord door de minister.',
      '15 oktober 2009',
      // The phrase `bij brief van …` inserted between commas goes (see `insertionEnd`).
      'De voorgelegde vragen zijn beantwoord door de minister',
    ],
    [
      '2541: a month takes no article',
      'De in mei 1999 verschenen regeringsnota «Van beleidsbegroting tot beleidsverantwoording» (VBTB) vormde het startschot voor een heroriëntatie.',
      'mei 1999',
      'De verschenen regeringsnota «Van beleidsbegroting tot beleidsverantwoording»…',
    ],
  ])('an article before a date: %s', (_rule, sentence, date, expected) =>
    expectLabel(sentence, date, expected),
  );

  it.each([
    [
      "281: a paper's date after `d.d.` and its `inzake` go",
      '– de brief van de Minister van Financiën d.d. 17 september 2021 inzake verslag Ecofin-Raad 6 september 2021 en informatie over de implementatiefase',
      '6 september 2021',
      '…verslag Ecofin-Raad',
    ],
    [
      "2847: a meeting's date after `van` and its `a.s.` go; the clause goes on with its verb",
      'Mede met het oog op het Algemeen Overleg over de Raad Buitenlandse Zaken van 17 maart a.s. ontvangt u hierbij een verslag van mijn reis naar Kiev van 10 maart jl, de Nederlandse appreciatie',
      '10 maart jl',
      '…ontvangt u hierbij een verslag van mijn reis naar Kiev',
    ],
    [
      "241: `over` after the paper's date stays",
      'De vaste commissie heeft vragen gesteld over de brief van 25 juni 2021 over het verslag Raad Algemene Zaken van 22 juni 2021.',
      '22 juni 2021',
      '…over het verslag Raad Algemene Zaken',
    ],
    [
      "2217: a fronted date (`Op`) is the clause's own: kept",
      'Op 25 april 2018 heeft het CBS het aantal verkeersdoden over 2017 gepubliceerd.',
      '2017',
      'Op 25 april 2018 heeft het CBS het aantal verkeersdoden gepubliceerd',
    ],
    [
      '196: `en` after the other date makes a list: kept',
      'Hetzelfde geldt voor de Milieuraad van 2 maart en de Ecofin van 10 maart, waarin een bijdrage aan de Voorjaarsraad op de agenda staat.',
      '10 maart',
      'Hetzelfde geldt voor de Milieuraad van 2 maart en de Ecofin',
    ],
    [
      '358: `jl.` is not where the label starts; `en` follows it',
      'In reactie op uw brief van 19 september jl. en onder verwijzing naar mijn brief van 3 oktober jl. (Kamerstuk 21 501-33, nr. 339), bericht ik u dat de documenten u zullen worden toegezonden.',
      '3 oktober jl.',
      // The clause that opens with `In reactie op` goes on into the main clause after its comma (see
      // `pastReferringClause`); cut in front, the label starts after the other date's `jl.` and the `en` after it. It
      // ends before the report frame `bericht ik u` (see `beforeReportFrame`).
      '…onder verwijzing naar mijn brief',
    ],
    [
      '2835: without a subject marker, fewer than 30 characters after the other date: kept',
      'In mijn brief van 30 november jl. heb ik aangekondigd dat per 6 december jl. volwassen, mannelijke zelfmelders niet worden opgeroepen.',
      '6 december jl.',
      'In mijn brief van 30 november jl. heb ik aangekondigd dat volwassen',
    ],
  ])("a label starts after another paper's date in its clause: %s", (_rule, sentence, date, expected) =>
    expectLabel(sentence, date, expected),
  );

  it.each([
    [
      '`c.s.` before the citation the date is in (2527)',
      'Met de motie-Heite c.s. (Kamerstuk 33 763, nr. 169 van 2 oktober 2025) is de regering verzocht om te onderzoeken hoe de veiligheidscampus Assen verder ontwikkeld kan worden.',
      '2 oktober 2025',
      'Met de motie-Heite c.s. is de regering verzocht om te onderzoeken…',
    ],
    [
      '`c.s.` at the end of the clause (1358)',
      'Op donderdag 3 juli 2025 heeft de Kamer de motie Wijen-Nass c.s. aangenomen.',
      'donderdag 3 juli 2025',
      'Op donderdag 3 juli 2025 heeft de Kamer de motie Wijen-Nass c.s. aangenomen',
    ],
    [
      '`jl.` of another date that ends the label (1155)',
      '– de brief van de staatssecretaris van Economische Zaken d.d. 14 april 2009 inzake verslag VTE-Raad (Telecom) d.d. 31 maart jl. (21 501-33, nr. 222);',
      '14 april 2009',
      'De brief van Economische Zaken inzake verslag VTE-Raad (Telecom) d.d. 31 maart jl.',
    ],
    [
      'a sentence’s full stop after a word that is no abbreviation still goes; `VS` is a country (2267)',
      'De Commissie zal in 2025 de onderhandelingen voeren met de VS.',
      '2025',
      'De Commissie zal de onderhandelingen voeren met de VS',
    ],
  ])('an abbreviation keeps its full stop at a label’s end: %s', (_rule, sentence, date, expected) =>
    expectLabel(sentence, date, expected),
  );

  it.each([
    [
      '`mede namens` (1085)',
      'Bij brief van 27 juni 2025 zijn de vragen, mede namens de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, beantwoord.',
      '27 juni 2025',
      'Bij brief zijn de vragen beantwoord',
    ],
    [
      "a relative adverb's clause that ends on its participle (1773)",
      'Op 22 december 2017 heb ik het zesde actieprogramma Nitraatrichtlijn, waarin het mestbeleid voor de periode 2018 tot en met 2021 is vastgelegd, naar uw Kamer gestuurd (Kamerstuk 33 037, nr. 250).',
      '22 december 2017',
      // Was `Op 22 december 2017 heb ik het zesde actieprogramma Nitraatrichtlijn`.
      'Ik heb het zesde actieprogramma Nitraatrichtlijn naar uw Kamer gestuurd',
    ],
    [
      'not a clause of `waardoor`, of what follows, after which the main clause does not go on (923)',
      'Na een eind 1987 uitgebrachte evaluatie is de WMO 1992 in de plaats getreden van de WMO, waardoor de voor medezeggenschap noodzakelijke bevoegdheden wettelijk werden vastgelegd, zij het met de mogelijkheid daarvan af te wijken.',
      'eind 1987',
      'Na een uitgebrachte evaluatie is de WMO 1992 in de plaats getreden van de WMO',
    ],
    [
      "not a relative adverb's clause whose first comma ends no verb: it holds a list (constructed)",
      'Op 3 maart 2020 heb ik het plan, waarin de maatregelen, de kosten en de planning staan, aan uw Kamer gestuurd.',
      '3 maart 2020',
      'Op 3 maart 2020 heb ik het plan',
    ],
    [
      '`voorzien van` (1161)',
      'Bij brief van 29 april 2016 zijn de vragen, voorzien van een inleiding, beantwoord.',
      '29 april 2016',
      'Bij brief zijn de vragen beantwoord',
    ],
    [
      '`met instemming van` (2383)',
      'Donderdag 14 maart heb ik, met instemming van de aanwezige leden, in het AO Voedselfraude toegezegd deze brief binnen enkele weken aan uw Kamer te versturen.',
      'Donderdag 14 maart',
      'Ik heb in het AO Voedselfraude toegezegd deze brief binnen enkele weken…',
    ],
    [
      '`naar aanleiding van` (1328)',
      'In 2008 ontstond, naar aanleiding van een door Staatsbosbeheer aangekondigde verhoging van de erfpachtcanon, discussie over de hoogte van de erfpachtcanon van de door Staatsbosbeheer uitgegeven erfpachtpercelen.',
      '2008',
      'In 2008 ontstond discussie over de hoogte van de erfpachtcanon…',
    ],
    [
      'not a phrase that opens no insertion, `mede om …`: the clause says what happened (2527)',
      'Op 25 augustus 2025 heb ik een addendum op dit GBV getekend, mede om te kunnen starten met de ontwikkeling van de Veiligheidscampus van de Universiteit van het Noorden.',
      '25 augustus 2025',
      'Op 25 augustus 2025 heb ik een addendum op dit GBV getekend',
    ],
    [
      '`waaronder` (137; was `…ontheemding door de escalatie van de oorlog in Syrië namen Europese landen`)',
      'In reactie op grootschalige ontheemding door de escalatie van de oorlog in Syrië in 2015 namen Europese landen, waaronder Nederland, initiatieven om de opvang van Syrische vluchtelingen in naburige landen te ondersteunen.',
      '2015',
      '…door de escalatie van de oorlog in Syrië namen Europese landen initiatieven…',
    ],
    [
      'a group in brackets that defines a short name, `(hierna: …)` (200; was `Op 17 november a.s. vindt de Landbouw- en Visserijraad`)',
      'Op 17 november a.s. vindt de Landbouw- en Visserijraad (hierna: Raad) plaats in Brussel.',
      '17 november a.s.',
      'Op 17 november a.s. vindt de Landbouw- en Visserijraad plaats in Brussel',
    ],
    [
      'a motion’s head ends at its line, before `De Kamer,` (778; was `Voorgesteld tijdens het Wetgevingsoverleg De Kamer`)',
      'Voorgesteld tijdens het Wetgevingsoverleg van 14 november 2022\nDe Kamer,\ngehoord de beraadslaging,',
      '14 november 2022',
      'Voorgesteld tijdens het Wetgevingsoverleg',
    ],
  ])('a phrase inserted between commas is left out: %s', (_rule, sentence, date, expected) =>
    expectLabel(sentence, date, expected),
  );

  it.each([
    [
      'a noun phrase between commas right before the date’s preposition goes; the clause before it is the label (235; was `…Defensie Materieel Proces (DMP), een onderdeel van het «voorzien-in» proces`)',
      'In de Defensienota 2022 heb ik aangegeven te streven naar een actualisatie van het Defensie Materieel Proces (DMP), een onderdeel van het «voorzien-in» proces, in 2023.',
      '2023',
      '…te streven naar een actualisatie van het Defensie Materieel Proces (DMP)',
    ],
    [
      'not when the date’s clause holds more than its preposition: it says what happened (150)',
      'Over de aanleiding van deze initiatiefnota, de bezetting van het Maagdenhuis, heb ik op 21 mei jl. met uw Kamer gesproken (Handelingen II 2014/15, nr. 86, item 9).',
      '21 mei jl.',
      '…heb ik met uw Kamer gesproken',
    ],
    [
      'an apposition before `d.d.` changes nothing where the date’s clause names the letter’s subject (756)',
      'de brief van de staatssecretaris van Onderwijs, Cultuur en Wetenschappen, de heer Nuis, d.d. 7 november 1996 inzake het ontwerpbesluit rijkssubsidiëring restauratie monumenten 1997 (25 013, nr. 4)',
      '7 november 1996',
      '…inzake het ontwerpbesluit rijkssubsidiëring restauratie monumenten 1997',
    ],
    [
      'not a clause with a finite verb between the commas (the shape of 235, made up): it stays',
      'Wij werken aan het proces, de planning is bijgesteld, in 2023.',
      '2023',
      'Wij werken aan het proces, de planning is bijgesteld',
    ],
    [
      'not a clause with a participle between the commas (the shape of 235, made up): it stays',
      'Wij werken aan het proces, de planning opnieuw vastgesteld, in 2023.',
      '2023',
      'Wij werken aan het proces, de planning opnieuw vastgesteld',
    ],
    [
      'not a stretch after a clause that opens the sentence, with no comma before it (the shape of 235, made up)',
      'Een onderdeel van het «voorzien-in» proces, in 2023.',
      '2023',
      'Een onderdeel van het «voorzien-in» proces',
    ],
  ])('an apposition before the date’s preposition is left out: %s', (_rule, sentence, date, expected) =>
    expectLabel(sentence, date, expected),
  );

  it.each([
    [
      'the date ends the clause at its comma (1597; was `Zoals aangekondigd in de Kamerbrief`)',
      'Zoals aangekondigd in de Kamerbrief van 27 november 2020, wordt door het kabinet een inventarisatie gedaan om scherper in beeld te krijgen welke vakgebieden bescherming behoeven.',
      '27 november 2020',
      'Zoals aangekondigd in de Kamerbrief wordt door het kabinet een inventarisatie…',
    ],
    [
      'whole when it fits (1752; was `Zoals ik reeds heb aangegeven in het debat`)',
      'Zoals ik reeds heb aangegeven in het debat van 4 oktober jl., ontraad ik dit amendement.',
      '4 oktober jl.',
      'Zoals ik reeds heb aangegeven in het debat ontraad ik dit amendement',
    ],
    [
      'the date inside the clause, its verb after it (399; was `Zoals ik in mijn brief heb aangegeven`)',
      'Zoals ik in mijn brief van 1 juli heb aangegeven, zal het kabinet daarna zijn standpunt bepalen.',
      '1 juli',
      // Too long whole: cut at its end.
      'Zoals ik in mijn brief heb aangegeven, zal het kabinet daarna zijn standpunt bepalen',
    ],
    [
      'a citation in brackets between the date and the comma goes with the date (436)',
      'Zoals toegezegd in het Commissiedebat passend onderwijs op 30 maart (Kamerstuk 31 497, nr. 434), vindt u in deze brief het overzicht van de te verwachten wetsvoorstellen.',
      '30 maart',
      // Cut at its end only, it keeps its opener (see the rows of 2331 and 965).
      'Zoals toegezegd in het Commissiedebat passend onderwijs vindt u in deze brief…',
    ],
    [
      'a citation broken over two lines goes with the date too (2767; the clause stopped at its bracket)',
      'Zoals toegezegd tijdens het commissiedebat evaluatie missies van 22 oktober 2024 (Kamerstuk\n29 521, nr. 492) informeert het kabinet uw Kamer met deze brief over de bijdragen.',
      '22 oktober 2024',
      '…tijdens het commissiedebat evaluatie missies informeert het kabinet uw Kamer…',
    ],
    [
      'a lower-case word glued to the citation goes on with the clause (1415)',
      'Zoals ik uw Kamer berichtte in mijn brief van 26 juni 2020 (Kamerstuk 31 753, nr. 216)mogen we concluderen dat de stelselvernieuwing inmiddels goed op gang is gekomen.',
      '26 juni 2020',
      'Zoals ik uw Kamer berichtte in mijn brief mogen we concluderen…',
    ],
    [
      'cut at its end only, it keeps its opener (2331; was `…in het algemeen overleg met uw Kamer is het van belang om zowel de planning…`)',
      'Zoals gememoreerd in het algemeen overleg met uw Kamer op 31 mei 2001, is het van belang om zowel de planning van mijn herbezinning op het spoordossier, als van uw onderzoek naar het spoordossier af te stemmen op de eindtermijn van dit contract.',
      '31 mei 2001',
      'Zoals gememoreerd in het algemeen overleg met uw Kamer is het van belang…',
    ],
    [
      'cut at its end only, it keeps its opener (965; was `…uw Kamer is besproken tijdens het spoeddebat is de methode die in de vraag…`)',
      'Zoals eerder met uw Kamer is besproken tijdens het spoeddebat van 30 september jl., is de methode die in de vraag wordt bedoeld toegepast in het kader van een alternatief afstudeertraject.',
      '30 september jl.',
      'Zoals eerder met uw Kamer is besproken tijdens het spoeddebat is de methode…',
    ],
    [
      'but cut around the date when so cut it would keep fewer than three words of the main clause (743)',
      'Naar aanleiding van mijn deelname aan de Ministeriële Raad van de OVSE op 6–7 december 2011 in Vilnius, bericht ik u over de uitkomsten van dit overleg.',
      '6–7 december 2011',
      // And it ends before the report frame `bericht ik u`, which says nothing of the date (see `beforeReportFrame`):
      // was `…aan de Ministeriële Raad van de OVSE in Vilnius, bericht ik u…`.
      // Whole (81 characters: within LABEL_STRETCH of MAX_LABEL); it was cut to `…mijn deelname aan…`.
      'Naar aanleiding van mijn deelname aan de Ministeriële Raad van de OVSE in Vilnius',
    ],
    [
      'a phrase that closes the sentence and says the main clause was promised or announced: the main clause too, when both fit whole (1404; was `…zoals gesteld in die kabinetsreactie`)',
      'De voorhangtermijn eindigt, zoals gesteld in die kabinetsreactie op 9 juli 2019.',
      '9 juli 2019',
      'De voorhangtermijn eindigt, zoals gesteld in die kabinetsreactie',
    ],
    [
      'too long whole after a letter’s stock opening: its object and the phrase, each cut before a phrase of its own (887; was `…zoals toegezegd tijdens het algemeen overleg met de Kamer`)',
      'Met deze brief informeer ik u over de voortgang van het programma eID over de periode januari – juni 2017, zoals toegezegd tijdens het algemeen overleg met de Kamer op 18 januari jl.',
      '18 januari jl.',
      'De voortgang van het programma eID, zoals toegezegd tijdens het algemeen overleg',
    ],
    [
      'the stock opening `Hierbij ontvangt uw Kamer` (129; was `…zoals ik in mijn brief heb toegezegd`)',
      'Hierbij ontvangt uw Kamer mijn reguliere voortgangsbrief politie, zoals ik in mijn brief van 23 november jl. heb toegezegd.',
      '23 november jl.',
      'Mijn reguliere voortgangsbrief politie, zoals ik in mijn brief heb toegezegd',
    ],
    [
      'not inside `met betrekking tot` (289)',
      'Met deze brief wil ik uw Kamer informeren over de laatste stand van zaken met betrekking\ntot de onderhandelingen over het pandemie-instrument en over de wijzigingen op de\nInternationale Gezondheidsregeling (IHR), zoals toegezegd in mijn brieven van 16 februari\n2024 (Kamerstuk 25 295, nr. 2166) en 13 mei 2024 (Kamerstuk 25 295, nr. 2182).',
      // The list of dates, one phrase (see `dateLists`).
      '16 februari\n2024 (Kamerstuk 25 295, nr. 2166) en 13 mei 2024',
      'De laatste stand van zaken, zoals toegezegd in mijn brieven',
    ],
    [
      'not when the object cut to fit keeps fewer than three words: the phrase alone names the meeting, without its `zoals` (748)',
      'Hierbij sturen wij u een toelichting op het proces van presentatie van de EU Global Strategy on Foreign and Security policy, zoals toegezegd tijdens het algemeen overleg over de Navo ministeriele van 9 juni jl.',
      '9 juni jl.',
      'Toegezegd tijdens het algemeen overleg over de Navo ministeriele',
    ],
    [
      'not without a stock opening: cut, one of them would lose what the label is for (398)',
      'In deze brief schets ik hoe we dat aanpakken met een uitwerking van de Toekomstvisie Taxi (Kamerstuk 31 521, nr. 1) voor het straattaxivervoer, zoals toegezegd tijdens het Algemeen Overleg met de Tweede Kamer op 31 maart 2009.',
      '31 maart 2009',
      'Toegezegd tijdens het Algemeen Overleg met de Tweede Kamer',
    ],
    [
      'nor when the object and the phrase are too long at their shortest (90 characters): the phrase names the debate (196; was `…zoals toegezegd tijdens het plenaire debat over de Europese Raad`)',
      'In deze brief informeren wij u over de uitkomsten van de Europese onderhandelingen over het klimaat- en energiepakket van december 2008, zoals toegezegd tijdens het plenaire debat over de Europese Raad op 18 december 2008.',
      '18 december 2008',
      'Toegezegd tijdens het plenaire debat over de Europese Raad',
    ],
    [
      'a phrase with another word after `zoals` keeps it, as its subject or adverb goes with it (129 above; 1015 `zoals neergelegd` drops it)',
      'Deze rapportage is het gevolg van de wens van Uw Kamer om driemaandelijks over de voortgang te worden geïnformeerd, zoals neergelegd in de motie van 24 juni 1998.',
      '24 juni 1998',
      'Neergelegd in de motie',
    ],
    [
      'a Kamerstuk cited between commas after the date goes with it: the main clause follows its closing comma (1856; was `Zoals aangegeven in onze brief`)',
      'Zoals aangegeven in onze brief d.d. 10 september 2008, kamerstuk 30 429, nr. 11, blijft het uitgangspunt dat tijdens deze kabinetsperiode geen nieuwe kerncentrale wordt gebouwd.',
      '10 september 2008',
      'Zoals aangegeven in onze brief blijft het uitgangspunt…',
    ],
    [
      'not when a relative clause follows the comma (1279)',
      'Zoals toegezegd in de brief van 21 juli jongstleden (Kamerstuk 31 936, nr. 291), waarin de evaluatie van de eerste fase aan u is aangeboden geef ik u hierbij het advies.',
      '21 juli jongstleden',
      'Zoals toegezegd in de brief',
    ],
    [
      'not when the word after the comma is no verb: the main clause is in the clause already, a phrase inserted after it (1873)',
      'Zoals aangegeven in de Kamerbrief van 11 december 2020 wordt, in lijn met deze motie, parallel aan het opstellen van het Uitvoeringsprogramma gestart met een brede impactanalyse.',
      '11 december 2020',
      'Zoals aangegeven in de Kamerbrief wordt parallel aan het opstellen…',
    ],
    [
      'another opener that refers to what came before: `In aanvulling op` (2386; was `In aanvulling op mijn verzamelbrief`)',
      'In aanvulling op mijn verzamelbrief van 26 mei 2023 (Kamerstuk 28 286, nr. 1293), informeer ik u hierbij over de stand van zaken van dierenwelzijnsonderwerpen.',
      '26 mei 2023',
      'In aanvulling op mijn verzamelbrief informeer ik u hierbij over de stand…',
    ],
    [
      '`Naar aanleiding van` (337; was `Naar aanleiding van het vragenuur`)',
      'Naar aanleiding van het vragenuur van 7 november (Handelingen II 2017/18, nr. 18, Vragenuur), stuur ik u ter informatie het rapport «Boedelopmaak Aanvalsprogramma» dat in opdracht van de Centrale Ondernemingsraad van de politie is uitgevoerd.',
      '7 november',
      'Naar aanleiding van het vragenuur stuur ik u ter informatie het rapport…',
    ],
    [
      '`Onder verwijzing naar` (2461; was `Onder verwijzing naar uw brief`)',
      'Onder verwijzing naar uw brief van 19 december 2005, brengt de Kiesraad u onderstaand zijn advies uit over het voorstel van wet.',
      '19 december 2005',
      // Too long whole: cut at its end.
      'Onder verwijzing naar uw brief brengt de Kiesraad u onderstaand zijn advies…',
    ],
    [
      'a prepositional phrase that opens the sentence, an auxiliary verb and its subject after its comma (2190; was `In mijn brief over de nazorg rondom de epidemie`)',
      'In mijn brief van 20 augustus (26 442, nr. 11) over de nazorg rondom de epidemie, heb ik u toegezegd eind van het jaar een stand van zaken te sturen met betrekking tot het Actieplan.',
      '20 augustus',
      // Not on `eind` (of `eind van het jaar`): was `…heb ik u toegezegd eind…`.
      'In mijn brief over de nazorg rondom de epidemie, heb ik u toegezegd…',
    ],
    [
      'a prepositional phrase: the meeting and what was said there (256; was `In de procedurevergadering`)',
      'In de procedurevergadering van 28 maart jongstleden, heeft de vaste Commissie aangegeven graag een reactie van mij op de brief van FNV te willen ontvangen.',
      '28 maart jongstleden',
      'In de procedurevergadering heeft de vaste Commissie aangegeven graag…',
    ],
    [
      'not a prepositional phrase too long to leave room for the main clause (1870)',
      'Tijdens de mondelinge behandeling van het wetsvoorstel tot gemeentelijke herindeling in de Bommelerwaard (25 655) in de Eerste Kamer op 8 september jongstleden, heb ik toegezegd mijn opvattingen over het gemeentelijke herindelingsbeleid in een beleidsnotitie neer te leggen.',
      '8 september jongstleden',
      '…tot gemeentelijke herindeling in de Bommelerwaard (25 655) in de Eerste Kamer',
    ],
    [
      'not a prepositional phrase with a relative clause that holds the date (1454)',
      'Bij de uitreiking van de Spinozapremie 2019 die 2 oktober jl. plaatsvond, heb ik gezamenlijk met NWO aangekondigd dat de Spinozapremie vanaf 2020 ook toegankelijk zal zijn voor onderzoeksteams.',
      '2 oktober jl.',
      'Bij de uitreiking van de Spinozapremie 2019 die plaatsvond',
    ],
    [
      'not an opener in lower case inside a sentence: the phrase between commas is inserted in the main clause',
      'Hierbij stuur ik u, naar aanleiding van het vragenuur van 7 november 2017, het rapport.',
      '7 november 2017',
      '…naar aanleiding van het vragenuur',
    ],
  ])(
    'a sentence’s opening `Zoals …` clause goes on into its main clause: %s',
    (_rule, sentence, date, expected) => expectLabel(sentence, date, expected),
  );

  it.each([
    [
      'a year a figure follows keeps it: the figure is the year’s (328; was `9 463 en in 2010 12 884`)',
      'In 2008 heeft UWV 12 909 nuggers naar werk geleid, in 2009 9 463 en in 2010 12 884.',
      '2009',
      '…in 2009 9 463 en in 2010 12 884',
    ],
    [
      'the last year of such a list (328; was `…in 2009 9 463 en 12 884`)',
      'In 2008 heeft UWV 12 909 nuggers naar werk geleid, in 2009 9 463 en in 2010 12 884.',
      '2010',
      '…in 2009 9 463 en in 2010 12 884',
    ],
    [
      'a figure with its unit (479; was `Het gemiddeld aantal vacatures in de organieke formatie bedroeg 7211 vte’n`)',
      'Het gemiddeld aantal vacatures in de organieke formatie bedroeg in 2008 7211 vte’n.',
      '2008',
      'Het gemiddeld aantal vacatures in de organieke formatie bedroeg in 2008 7211 vte’n',
    ],
    [
      'the commas of a list of figures after `respectievelijk` end no clause (328; was `De cijfers waren respectievelijk 18 810`)',
      'De cijfers over 2009 waren respectievelijk 18 810, 1970 en 5470.',
      '2009',
      'De cijfers waren respectievelijk 18 810, 1970 en 5470',
    ],
  ])('figures: %s', (_rule, sentence, date, expected) => expectLabel(sentence, date, expected));

  it.each([
    [
      'a comma between adjectives before their noun ends no clause (1606; was `…gevraagd de Kamer samenhangende`)',
      'Mevrouw Joldersma (CDA) c.s. hebben de regering bij motie van 17 december 2009 gevraagd de Kamer voor 1 april 2010 samenhangende, gerichte keuzes in het kansspelbeleid voor te leggen met bijbehorend inzicht in de baten en lasten.',
      '1 april 2010',
      '…motie van 17 december 2009 gevraagd de Kamer samenhangende, gerichte keuzes…',
    ],
    [
      'nor does one in a list of adjectives with `en` (1792; was `…een groot aantal uiteenlopende`, the clause’s end)',
      'Tot 2005 werd door mijn ministerie aan een groot aantal uiteenlopende, niet-museale organisaties uit de publieke sector kunstwerken in bruikleen verstrekt.',
      '2005',
      'Tot 2005 werd door mijn ministerie aan een groot aantal uiteenlopende…',
    ],
    [
      'a dash between digits is a range, no clause mark (196; was `…de Ecofin en de Voorjaarsraad van 19`)',
      'De EU-inzet richting Kopenhagen zal worden besproken tijdens de Milieuraad van 2 maart, de Ecofin van 10 maart en de Voorjaarsraad van 19–20 maart.',
      '10 maart',
      '…de Ecofin en de Voorjaarsraad van 19–20 maart',
    ],
    [
      'a title’s span of years stays whole (1177; was `…inzake Veteranennota 2017`)',
      'De brief van de Minister van Defensie d.d. 14 juni 2018 inzake Veteranennota 2017–2018.',
      '14 juni 2018',
      'De brief van de Minister van Defensie inzake Veteranennota 2017–2018',
    ],
    [
      '`alleen` and the `en` before it go with the date’s preposition (1147; was `…incidenteel en alleen een tweetal…`)',
      'Om tegemoet te komen voor de stijgende energierekening op de korte termijn doet het kabinet incidenteel en alleen voor 2022 een tweetal aanpassingen in de energiebelastingen.',
      '2022',
      '…op de korte termijn doet het kabinet incidenteel een tweetal aanpassingen…',
    ],
    [
      '`niet alleen` keeps its `alleen`, whose `maar ook` follows',
      'De regeling geldt niet alleen in 2022 maar ook in de jaren daarna voor alle huishoudens.',
      '2022',
      'De regeling geldt niet alleen maar ook in de jaren daarna voor alle huishoudens',
    ],
    [
      'a cut label does not end on `zijn` after `heeft`, a possessive (1770; was `…van de Mens zijn…`); the subject first, without the date, the label keeps its noun (session 41)',
      'Op 12 mei jl. heeft het College voor de Rechten van de Mens zijn jaarrapportage Mensenrechten in Nederland 2014 uitgebracht.',
      '12 mei jl.',
      'Het College voor de Rechten van de Mens heeft zijn jaarrapportage…',
    ],
    [
      'nor on `haar` after a preposition (1720; was `…het tweede deel van haar…`)',
      'Op 22 oktober jl. heeft het Deense voorzitterschap het tweede deel van haar concept negotiating box gepresenteerd inzake de eerste pijler van het onderhandelingsdocument.',
      '22 oktober jl.',
      'Op 22 oktober jl. heeft het Deense voorzitterschap het tweede deel…',
    ],
    [
      'but on `zijn` after `te`, a verb (1861)',
      'overwegende dat Nederland door de verbondenheid van ruim tien jaar met Afghanistan ook na de overdracht van de verantwoordelijkheid voor veiligheid in 2014 blijvend betrokken dient te zijn bij de versterking van de Afghaanse rechtsstaat;',
      '2014',
      '…van de verantwoordelijkheid voor veiligheid blijvend betrokken dient te zijn…',
    ],
    [
      'a left part that starts inside a name takes the name whole, from the words after the date (2595; was `…Nederlanders met een onvolledige AOW-opbouw heb ik aangegeven bereid te zijn…`)',
      'In het debat over de tegemoetkoming voor Surinaamse Nederlanders met een onvolledige AOW-opbouw van 5 juli 2023 (Handelingen II 2022/23, nr. 102, item 22) heb ik aangegeven bereid te zijn daarover een debat te voeren.',
      '5 juli 2023',
      '…voor Surinaamse Nederlanders met een onvolledige AOW-opbouw heb ik aangegeven…',
    ],
  ])('session 40: %s', (_rule, sentence, date, expected) => expectLabel(sentence, date, expected));

  it('a label cut in front starts after the `jl.` of a date whose month was cut off, and the `en` after it (2721)', () =>
    // Was `…jl. en tijdens het besloten algemeen overleg heb ik u geïnformeerd…`.
    expectLabel(
      'In mijn vertrouwelijke brieven aan uw Kamer van 27 december en 30 januari jl. en tijdens het besloten algemeen overleg op 31 januari jl. heb ik u geïnformeerd over de situatie bij woningcorporatie Vestia, de grootste corporatie van Nederland met ongeveer 90 000 woningen.',
      '31 januari jl.',
      '…tijdens het besloten algemeen overleg heb ik u geïnformeerd over de situatie…',
    ));

  // An event's clause that ends on its participle keeps it when the label is cut (see `eventWithItsVerb`), and a clause
  // whose auxiliary's participle comes after a comma goes on to it (see `pastApposedParticiple`).
  it.each([
    [
      '1674: the participle after a comma in the name of who answered',
      'Bij brief van 2 oktober 2024 zijn ze door de Minister-President, Minister van Algemene Zaken beantwoord.',
      '2 oktober 2024',
      // Was `Bij brief zijn ze door de Minister-President`. Whole, with `, Minister van Algemene Zaken`, 84 characters.
      'Bij brief zijn ze door de Minister-President, Minister van Algemene Zaken beantwoord',
    ],
    [
      '2666: over an inserted `mede namens` phrase that no comma closes',
      'Bij brief van 30 juni 2025 zijn ze door de Minister van Asiel en Migratie, mede namens de Ministers voor Asiel en Migratie beantwoord.',
      '30 juni 2025',
      'Bij brief zijn ze door de Minister van Asiel en Migratie … beantwoord',
    ],
    [
      '268: over three stretches between commas',
      'Bij brief van 23 november 2017 zijn ze door de Minister van Justitie en Veiligheid, de Minister voor Rechtsbescherming en de Staatssecretaris van Justitie en Veiligheid, voorzien van een inleiding, beantwoord.',
      '23 november 2017',
      'Bij brief zijn ze door de Minister van JenV … beantwoord',
    ],
    [
      '1133: the participle inside the last stretch, before the preposition that follows the middle field',
      'In de brief van 28 april 2011 is uw Kamer door de staatssecretaris van Veiligheid en Justitie, de minister voor Immigratie en Asiel en de minister van Binnenlandse Zaken en Koninkrijksrelaties geïnformeerd over de wijze waarop de te nemen civiele maatregelen worden uitgewerkt.',
      '28 april 2011',
      // Was `In de brief is uw Kamer door de staatssecretaris van Veiligheid en Justitie`.
      'In de brief is uw Kamer door de staatssecretaris van VenJ … geïnformeerd',
    ],
    [
      '2016: the participle before `om`, after a list of who took the steps',
      'Sinds 2015 zijn er door het Rijk, de provincie Zuid-Holland en de gemeenten in de regio Dordrecht belangrijke stappen gezet om de problematiek van PFAS in kaart te brengen.',
      '2015',
      // Was `Sinds 2015 zijn er door het Rijk`.
      'Sinds 2015 zijn er door het Rijk, de provincie Zuid-Holland … stappen gezet',
    ],
    [
      '2154: the participle before `over`, the fronted date left out',
      'Op 18 november jl. heb ik met de Minister van Infrastructuur en Milieu, de gedeputeerden landelijk gebied en een vertegenwoordiging van de Unie van Waterschappen gesproken over de PAS.',
      '18 november jl.',
      // Was `Op 18 november jl. heb ik met de Minister van Infrastructuur en Milieu`.
      'Ik heb met de Minister van IenM, de gedeputeerden landelijk gebied … gesproken',
    ],
    [
      "2545: not a word of a participle's shape after an article (`een wetgevingstraject`)",
      'Op 1 oktober 2000 werd, na een wetgevingstraject van ca. 20 jaar, het algemeen bordeelverbod opgeheven (Stb. 1999, nr. 464).',
      '1 oktober 2000',
      'Op 1 oktober 2000 werd, na een wetgevingstraject van ca. 20 jaar…',
    ],
    [
      '2170: over a group in brackets to the participle after it',
      'In 2001 werd de Adviescommissie Restitutieverzoeken Cultuurgoederen en Tweede Wereldoorlog (kortweg de Restitutiecommissie) ingesteld.',
      '2001',
      // Was `In 2001 werd de Adviescommissie Restitutieverzoeken Cultuurgoederen…`.
      'In 2001 werd de Adviescommissie Restitutieverzoeken Cultuurgoederen … ingesteld',
    ],
    [
      '352: the participle inside the stretch after a group in brackets',
      'Op vrijdag 23 maart jl. hebben de staatsecretaris en ik onder embargo (na de ministerraad) een interview gegeven aan het Algemeen Dagblad, bestemd voor de krant van dinsdag 27 maart.',
      'vrijdag 23 maart jl.',
      // Was `Op vrijdag 23 maart jl. hebben de staatsecretaris en ik onder embargo`, then `Op vrijdag 23 maart jl.
      // hebben de staatsecretaris en ik … interview gegeven`, then with its two subjects first (see `subjectFirst`) `De
      // staatsecretaris en ik hebben onder embargo (na de ministerraad) een interview gegeven`; now without the aside in
      // brackets, which ended the clause (see `bracketGroupInClause`), the clause goes on to the paper it was given to.
      'De staatsecretaris en ik hebben onder embargo een interview gegeven…',
    ],
    [
      '406: the participle first after a comma, an infinitive with `te` after it',
      'Bij brief van 19 december 2023 heeft de Staatssecretaris van Volksgezondheid, Welzijn en Sport, toegezegd een nationale jeugdstrategie te gaan ontwikkelen en uw Kamer in het voorjaar van 2024 te informeren over het verdere proces.',
      '19 december 2023',
      // Was `Bij brief heeft de Staatssecretaris van Volksgezondheid, Welzijn en Sport`.
      'Bij brief heeft de Staatssecretaris van VWS, toegezegd',
    ],
    [
      '1510: a head cut inside a group in brackets ends before the group',
      'In september 2019 is na het AO (Kamerstukken 34 104 en 29 538, nr. 264) en VAO Eigen bijdrage (Handelingen II 2019/20, nr. 8, item 7) in de zorg onderstaande motie van de Kamerleden van der Staaij (SGP) en Ploumen (PvdA) aangenomen (Kamerstuk 34 104, nr. 261).',
      'september 2019',
      // Was `In september 2019 is na het AO (Kamerstukken 34 104 en 29 538, nr. 264)…`; cut inside the group before the
      // participle, `In september 2019 is na het AO (Kamerstukken 34 104 en 29 538 … aangenomen`.
      'In september 2019 is na het AO … aangenomen',
    ],
    [
      '1674, its participle made one with a particle (`doorgegeven`, constructed from 1674)',
      'Bij brief van 2 oktober 2024 zijn ze door de Minister-President, Minister van Algemene Zaken doorgegeven.',
      '2 oktober 2024',
      'Bij brief zijn ze door de Minister-President, Minister van Algemene Zaken doorgegeven',
    ],
    [
      '1092: a clause too long by a few words keeps its participle',
      'Bij brief van 9 december 2022 zijn ze door de Minister en de Staatssecretaris van Defensie beantwoord.',
      '9 december 2022',
      'Bij brief zijn ze door de Minister en de Staatssecretaris van Defensie beantwoord',
    ],
    [
      '2106: what was sent, with the citation after the date',
      'Per brief van 20 december 2011 (Kamerstuk 31 839/28 638, nr. 166) heb ik u het actieplan voor de rijksbrede aanpak van de loverboyproblematiek toegezonden.',
      '20 december 2011',
      'Per brief heb ik u het actieplan voor de rijksbrede aanpak … toegezonden',
    ],
    [
      '02: the vote, the date inside the clause',
      'Het Europees Parlement heeft op 11 november 2015 over de voorstellen en de daarop ingediende amendementen gestemd.',
      '11 november 2015',
      'Het Europees Parlement heeft over de voorstellen en de daarop … gestemd',
    ],
    [
      '185: not a participle of a clause of its own in the part left out (`sinds … zijn gestart`)',
      'In de vorige rapportage van 1 juni jl (Kamerstuk 32 201, nr. 45) is aandacht besteed aan de ontwikkelingen van de belangrijkste onderdelen van het pakket hervormingsvoorstellen sinds de onderhandelingen daarover zijn gestart.',
      '1 juni jl',
      'In de vorige rapportage is aandacht besteed aan de ontwikkelingen…',
    ],
    [
      '87: not when the head keeps fewer than three words past its auxiliary (`heeft het voorstel … gepubliceerd`); whole past MAX_LABEL instead',
      'De Europese Commissie heeft in mei 2022 het voorstel voor een Confiscatierichtlijn gepubliceerd.',
      'mei 2022',
      'De Europese Commissie heeft het voorstel voor een Confiscatierichtlijn gepubliceerd',
    ],
    [
      '575: not when the head has its participle (`aangenomen`) already',
      'De Algemene Raad heeft in februari een verklaring richting Turkije aangenomen waaraan Nederland kennelijk een goede bijdrage heeft geleverd.',
      'februari',
      'De Algemene Raad heeft een verklaring richting Turkije aangenomen…',
    ],
  ])('an event keeps its participle: %s', (_name, sentence, date, expected) => {
    expectLabel(sentence, date, expected);
  });

  it.each([
    [
      '2106: `te zullen` without `reageren`',
      'Tijdens het Algemeen Overleg mensenhandel en prostitutie op 16 november 2011 (Kamerstuk 28 638, nr. 70) heb ik toegezegd te zullen reageren op het Actieplan mensenhandel van de Christenunie en het Zwartboek mensenhandel van schrijfster mevrouw M. Genova.',
      '16 november 2011',
      'Tijdens het Algemeen Overleg mensenhandel en prostitutie heb ik toegezegd…',
    ],
    [
      '91: `te zullen` without `rapporteren`',
      'Mijn voorganger heeft tijdens het Algemeen Overleg met de Vaste commissie voor SZW d.d. 6 november 1997 toegezegd regelmatig aan uw Kamer te zullen rapporteren over de voortgang op het OPS-preventiedossier (Kamerstukken II, 25 720, nr. 15).',
      '6 november 1997',
      '…Overleg met de Vaste commissie voor SZW toegezegd regelmatig aan uw Kamer…',
    ],
    [
      '511: not cut after `te kunnen`; its `te kunnen meedelen` kept past MAX_LABEL (was `…stand van zaken…`)',
      'Al eerder heb ik aangegeven dat de datum van 15 maart waarschijnlijk niet gehaald zou worden, tijdens een Algemeen Overleg op 24 juni 1997 en in mijn brief van 29 september 1997, 25 600, nr. 39, heb ik toegezegd er naar te streven u op 1 april de exacte stand van zaken te kunnen meedelen.',
      '1 april',
      '…heb ik toegezegd er naar te streven u de exacte stand van zaken te kunnen meedelen',
    ],
    [
      '1470: `over te gaan` is the verb itself (`overgaan`), no helper',
      'In 1990 stelde de Tweede Kamer voor op basis van het onderzoek over te gaan tot een beperkte bijstelling van de verdeling.',
      '1990',
      'In 1990 stelde de Tweede Kamer voor op basis van het onderzoek over te gaan…',
    ],
  ])('a cut label does not end on `te` and a helper verb: %s', (_name, sentence, date, expected) => {
    expectLabel(sentence, date, expected);
  });

  it.each([
    [
      '126: a participle (was `…aan uw Kamer…`)',
      'Het onderzoeksrapport is op 15 april 2022 als bijlage bij de contourennota aan uw Kamer aangeboden.',
      '15 april 2022',
      'Het onderzoeksrapport is als bijlage bij de contourennota aan uw Kamer aangeboden',
    ],
    [
      '1352: a bare infinitive after the modal before the date (was `…voor deze programma’s…`)',
      'De Europese Commissie zal op 15 februari 2022 de definitieve voorstellen voor deze programma’s presenteren.',
      '15 februari 2022',
      'De Europese Commissie zal de definitieve voorstellen voor deze programma’s presenteren',
    ],
    [
      '1664: the finite verb of a relative clause, with the subject first after a fronted date',
      'Op 22 januari en 2 februari j.l. had het spoor te kampen met twee verstoringen die het treinverkeer ernstig ontregelden.',
      '22 januari en 2 februari j.l.',
      'Het spoor had te kampen met twee verstoringen die het treinverkeer ernstig ontregelden',
    ],
    [
      '288: a fronted date that would make it run past MAX_LABEL goes, the subject first',
      'Afgelopen 28 tot en met 30 mei heeft een belangrijke vergadering van het IF plaatsgevonden (IF-vergadering).',
      'Afgelopen 28 tot en met 30 mei',
      'Een belangrijke vergadering van het IF heeft plaatsgevonden',
    ],
    [
      '2233: a bare infinitive after `gaan`, the left part cut for it',
      'Het uitwerken van een Klimaatakkoord waarin afspraken worden vastgelegd over de manier waarop we in Nederland het ambitieuze doel van 49% broeikasgasreductie in 2030 ten opzichte van 1990 gaan bereiken.',
      '2030',
      '…ambitieuze doel van 49% broeikasgasreductie ten opzichte van 1990 gaan bereiken',
    ],
    [
      '227: the finite verb of a clause `dat` opens far before the date, the left part cut for it',
      'Vorig jaar heb ik uw Kamer desgevraagd laten weten dat de kosten voor de inhuur van interim managers bij de bureaus jeugdzorg in 2008 circa 0,8% van de totale personeelskosten bedroegen.',
      '2008',
      '…bij de bureaus jeugdzorg circa 0,8% van de totale personeelskosten bedroegen',
    ],
    [
      '844: the verbs before the `…` of a clause that goes on after its comma',
      'De bouw van vervangende schepen, die in 2013 nog met enkele jaren moest worden uitgesteld, is daarom noodzakelijk.',
      '2013',
      'De bouw van vervangende schepen, die nog met enkele jaren moest worden uitgesteld…',
    ],
    [
      '1198: whole, where it ends on its participle (was `…de Raad van State … ontvangen`)',
      'Het kabinet heeft op 22 mei 2020 het advies van de Raad van State over het wetsvoorstel ontvangen.',
      '22 mei 2020',
      'Het kabinet heeft het advies van de Raad van State over het wetsvoorstel ontvangen',
    ],
    [
      '1191: a fronted date goes, the subject first, whole (was `In 2008 heeft de Erfgoedinspectie … voortgezet`)',
      'In 2008 heeft de Erfgoedinspectie de interne ontwikkelingen van de afgelopen jaren voortgezet.',
      '2008',
      'De Erfgoedinspectie heeft de interne ontwikkelingen van de afgelopen jaren voortgezet',
    ],
    [
      'synthetic: not past MAX_LABEL by more than LABEL_STRETCH (1352 with a longer object)',
      'De Europese Commissie zal op 15 februari 2022 de definitieve voorstellen voor deze drie grote Europese programma’s presenteren.',
      '15 februari 2022',
      'De Europese Commissie zal de definitieve voorstellen voor deze drie grote…',
    ],
    [
      'synthetic: not a noun that ends the clause where a finite verb does not (`onderzoek`, no verb)',
      'Het kabinet meldt dat het in 2023 bij de gemeenten en provinciebesturen een nieuw en breed opgezet extern onderzoek.',
      '2023',
      'Het kabinet meldt dat het bij de gemeenten en provinciebesturen een nieuw…',
    ],
  ])(
    'a label keeps the verbs that close its clause, up to LABEL_STRETCH past MAX_LABEL: %s',
    (_name, sentence, date, expected) => {
      expectLabel(sentence, date, expected);
    },
  );

  it.each([
    [
      '1012: `dat ik u` (two pronouns), the verb `zou informeren` cut off',
      'In mijn brief ter voorbereiding van het Algemeen Overleg over digitale dienstverlening d.d. 3 april 2013 (Kamerstuk 26 643, nr. 271) heb ik aangekondigd dat ik u zou informeren over de nadere uitwerking van de plannen rond de digitale overheid 2017.',
      '3 april 2013',
      // Was `…Algemeen Overleg over digitale dienstverlening heb ik aangekondigd dat ik u…`.
      '…het Algemeen Overleg over digitale dienstverlening heb ik aangekondigd…',
    ],
    [
      '1264: `om u`, of `om u te informeren`',
      'In aanloop naar het Algemeen Overleg CBR op 30 september aanstaande stuur ik u deze brief om u te informeren over de stand van zaken bij het CBR.',
      '30 september aanstaande',
      // Was `…deze brief…`; now with `om u te informeren` (see `teInfinitiveEnd`).
      'In aanloop naar het Algemeen Overleg CBR stuur ik u deze brief om u te informeren…',
    ],
    [
      '1334: `wanneer er` (and then the preposition before it)',
      'Het Zorginstituut Nederland heeft in 2018 een standpunt uitgebracht over wanneer er sprake is van een medische noodzaak voor explantatie van borstimplantaten bij aanhoudende systemische klachten.',
      '2018',
      'Het Zorginstituut Nederland heeft een standpunt uitgebracht…',
    ],
    [
      '1143: not an item of a list (`en ik`), the subject after its verb',
      'Op 12 februari 2019 hebben de Minister van BZK en ik een gezamenlijke adviesaanvraag ingediend bij de Raad voor Cultuur en Raad voor het Openbaar Bestuur inzake de organisatie en financiering van lokale publieke omroepen.',
      '12 februari 2019',
      // Was `Op 12 februari 2019 hebben de Minister van BZK en ik…`; now its two subjects go first (see
      // `subjectFirst`).
      'De Minister van BZK en ik hebben een gezamenlijke adviesaanvraag ingediend…',
    ],
  ])(
    'a cut label does not end on the pronouns of a clause whose verb was cut off: %s',
    (_name, sentence, date, expected) => {
      expectLabel(sentence, date, expected);
    },
  );

  it.each([
    [
      '185: `vast` of `vast te stellen`',
      'Het Voorzitterschap heeft het voornemen om in de Visserijraad van oktober a.s. een gedeeltelijke algemene benadering vast te stellen over het EFMZV voorstel.',
      'oktober a.s.',
      '…het voornemen om in de Visserijraad een gedeeltelijke algemene benadering…',
    ],
    [
      '1931: `uiteen` of `uiteen te zetten`',
      'Tijdens het overleg met uw kamer van 30 maart jongstleden is mij verzocht de financiële aspecten van de resultaten van de speciale Europese Raad van 24 en 25 maart te Berlijn nog eens schriftelijk uiteen te zetten.',
      '24 en 25 maart',
      // Then `…de resultaten van de speciale Europese Raad te Berlijn nog eens schriftelijk…`, cut before the verbs
      // that close its clause (see `closingVerbsEnd`).
      '…van de speciale Europese Raad te Berlijn nog eens schriftelijk uiteen te zetten',
    ],
  ])(
    'a cut label does not end on the particle of a verb with `te`: %s',
    (_name, sentence, date, expected) => {
      expectLabel(sentence, date, expected);
    },
  );

  it.each([
    [
      '1314: `eind` of `eind 1998`',
      'Vervolgens heeft mijn voorganger tijdens het Algemeen Overleg op 28 mei 1998 (Kamerstuk 25 928 nr. 4) de verwachting uitgesproken dat eind 1998 een «Memorandum of Understanding» (MOU) zou kunnen worden afgesloten.',
      '28 mei 1998',
      '…mijn voorganger tijdens het Algemeen Overleg de verwachting uitgesproken…',
    ],
    [
      '840: `uiterlijk begin` of `uiterlijk begin november`',
      'Daarmee doe ik tevens mijn toezegging van 1 september jl. gestand om uw Kamer uiterlijk begin november te informeren over de vraag of een vorm van briefstemmen voor de Tweede Kamerverkiezing nodig is.',
      '1 september jl.',
      'Daarmee doe ik tevens mijn toezegging gestand om uw Kamer…',
    ],
    [
      '844: but `einde` before no period, a noun',
      'Vanaf ongeveer 2020 bereiken de schepen dan ook het einde van hun technische en operationele levensduur.',
      '2020',
      // The date fronts its clause with its `vanaf ongeveer` (was `Vanaf ongeveer bereiken…`, see DANGLING_BEFORE).
      'Vanaf ongeveer 2020 bereiken de schepen dan ook het einde…',
    ],
  ])(
    'a cut label does not end on a word that opens a time cut off: %s',
    (_name, sentence, date, expected) => {
      expectLabel(sentence, date, expected);
    },
  );

  it.each([
    [
      '596: the subject of a letter in a verslag, a list of three nouns',
      'Brief van de minister van Financiën d.d. 20 december 2000 over beheer, controle en toezicht Europese structuurfondsen (26 264, nr. 3).',
      '20 december 2000',
      'Brief van Financiën over beheer, controle en toezicht Europese structuurfondsen',
    ],
    [
      '775: the list of the subject after `inzake`',
      'de brief van de Minister van Justitie en Veiligheid d.d. 3 september 2019 inzake diversiteit, inclusie en omgangsvormen bij de politie (Kamerstuk 29 628, nr. 906)',
      '3 september 2019',
      'De brief van JenV inzake diversiteit, inclusie en omgangsvormen bij de politie',
    ],
    [
      '670: four nouns, the label cut at its end after the list',
      'Het Joodse Amsterdam van voor 1940 met diamantbewerkers, rabbijnen, leraren en journalisten bestaat niet meer.',
      '1940',
      'Het Joodse Amsterdam met diamantbewerkers, rabbijnen, leraren en journalisten…',
    ],
    [
      '528: not after a clause with its verb (`gewisseld`): the comma opens a phrase of its own',
      'Hierover is tijdens de informele ER in Sibiu op 9 mei van gedachten gewisseld, zonder besluiten te nemen.',
      '9 mei',
      'Hierover is tijdens de informele ER in Sibiu van gedachten gewisseld',
    ],
    [
      // Was `ProRail rapporteert naar verwachting over het onderzoek`, as if ProRail reported on the research only.
      '1664: the items with their articles (`het onderzoek, de analyses en maatregelen`)',
      'ProRail rapporteert naar verwachting eind maart over het onderzoek, de analyses en maatregelen aan het ministerie.',
      'eind maart',
      'ProRail rapporteert naar verwachting over het onderzoek, de analyses…',
    ],
    [
      // Was `…inzake hoofdlijnen van de gecombineerde aanpak van natuur`, its phrase before the list past 40
      // characters.
      '872: after a phrase of up to 80 characters',
      '– de brief van de Minister voor Natuur en Stikstof d.d. 1 april 2022 inzake hoofdlijnen\nvan de gecombineerde aanpak van natuur, water en klimaat in het landelijk gebied,\nen van het bredere stikstofbeleid (Kamerstukken 33 576 en 35 334, nr. 265);',
      '1 april 2022',
      '…inzake hoofdlijnen van de gecombineerde aanpak van natuur, water en klimaat…',
    ],
    [
      // Was `…de brief van de Minister van Financiën inzake eerste observaties Inspectie belastingen`.
      '1110: a name with a list, whole',
      '– de brief van de Minister van Financiën d.d. 20 juni 2022 inzake eerste observaties\nInspectie belastingen, toeslagen en douane (IBTD) (Kamerstukken 31 066 en 31 934, nr. 1062);',
      '20 juni 2022',
      '…inzake eerste observaties Inspectie belastingen, toeslagen en douane (IBTD)',
    ],
    [
      // Was `In juni 2018 hebben de sportsector`, which ended inside the list without a `…` (see `pastShortList`).
      '1956: a short list of a subject after the verb',
      'In juni 2018 hebben de sportsector, gemeenten en ik het Sportakkoord «Sport verenigt Nederland» ondertekend.',
      'juni 2018',
      'In juni 2018 hebben de sportsector, gemeenten en ik het Sportakkoord «Sport…',
    ],
    [
      // Was `…van VWS over de brief inzake de beleidsbrief «het pgb gewogen»`.
      '2351: a short list after a quoted title',
      'In de vaste commissie voor Volksgezondheid, Welzijn en Sport bestond er bij enkele fracties behoefte een aantal vragen ter beantwoording voor te leggen aan de staatssecretaris van Volksgezondheid, Welzijn en Sport over de brief van 30 november 2004 inzake de beleidsbrief «het pgb gewogen», evaluatie en vooruitblik (25 657/26 631, nr. 29).',
      '30 november 2004',
      '…de brief inzake de beleidsbrief «het pgb gewogen», evaluatie en vooruitblik',
    ],
  ])('a list of nouns goes on to its `en`: %s', (_name, sentence, date, expected) => {
    expectLabel(sentence, date, expected);
  });

  it.each([
    [
      '2672: `deel ik u mee` after the request of the date',
      'In antwoord op het verzoek van het lid Heijnen in de regeling van werkzaamheden van 7 september 2011 (kenmerk 2011Z17081) deel ik u mee, mede namens de minister van Veiligheid en Justitie, dat het kabinet uw Kamer, zoals verzocht, per brief nader zal informeren over de gebeurtenissen, voorafgaande aan het plenaire debat hierover.',
      '7 september 2011',
      'In antwoord op het verzoek van het lid Heijnen in de regeling van werkzaamheden',
    ],
    [
      '2100: `deel ik U … mede` with a capital `U`',
      'In aansluiting op de brief van mijn ambtsvoorganger van 5 juni 2002 deel ik U namens het kabinet mede, dat het met instemming heeft kennisgenomen van de eerste rapportage van de Nationaal Rapporteur Mensenhandel (NRM).',
      '5 juni 2002',
      'In aansluiting op de brief van mijn ambtsvoorganger',
    ],
    [
      '1198: `laat ik u … weten` after a comma',
      'In reactie op de brieven van de vaste commissie voor Economische Zaken en Klimaat d.d. 5 juni jl. over het Wetsvoorstel Versterking Groningen, laat ik u mede namens de Minister van Binnenlandse Zaken en Koninkrijksrelaties het volgende weten.',
      '5 juni jl.',
      '…de brieven van de vaste commissie voor EZK over het Wetsvoorstel Versterking Groningen',
    ],
    [
      '358: `bericht ik u` after my letter of the date, a citation between them',
      'In reactie op uw brief en onder verwijzing naar mijn brief van 3 oktober jl. (Kamerstuk 21 501-33, nr. 339), bericht ik u dat de door u gevraagde documenten u in hard copy zullen worden toegezonden.',
      '3 oktober jl.',
      'In reactie op uw brief en onder verwijzing naar mijn brief',
    ],
    [
      // The date's own clause in brackets says too little (`ingezonden`): the whole sentence is read, and it ends
      // before the frame too. Was `…minaret van 27 meter hoog (ingezonden), deel ik u mee dat het niet mogelijk…`.
      '894: `deel ik u mee` after a date in brackets',
      'Naar aanleiding van de schriftelijke vragen van het lid Van Klaveren en Wilders (beiden PVV) over de bouw van een moskee met een imperialistische minaret van 27 meter hoog (ingezonden 12 augustus 2011), deel ik u mee dat het niet mogelijk is deze vragen binnen de gestelde termijn te beantwoorden.',
      '12 augustus 2011',
      '…een moskee met een imperialistische minaret van 27 meter hoog (ingezonden)',
    ],
  ])('an event label ends before a report frame: %s', (_name, sentence, date, expected) => {
    expectLabel(sentence, date, expected);
  });

  it('keeps what is reported when the date is in it, after the frame (525)', () => {
    const sentence =
      'In aanvulling op de rapportage melden we u dat op 11 mei bekend is gemaakt dat het Nederlandse bedrijf Stork een order van tenminste $ 170 miljoen heeft ontvangen.';
    const got = label(sentence, '11 mei');
    const at = sentence.indexOf('11 mei');
    expect(got).toBe(
      referenceLabel(sentence, { start: 0, end: sentence.length }, { start: at, end: at + 6 }),
    );
    // What happened on 11 May: it was made known that Stork got an order.
    expect(got).toContain('bekend is gemaakt dat het Nederlandse bedrijf');
  });

  it('agrees with the reference on every date of the corpus letters', () => {
    let checked = 0;
    for (const raw of [navoText(), ...loadCorpus().map((l) => l.text)]) {
      const text = normalizeText(raw);
      const sentences = splitSentences(text.text).map((s) => text.spanToOriginal(s.start, s.end));
      const quotes = quotePositions(text.original);
      for (const d of findDates(text, null)) {
        const s = sentences.find((x) => x.start <= d.start && d.start < x.end);
        const sentence = s ? { start: s.start, end: Math.max(s.end, d.end) } : { start: d.start, end: d.end };
        expect(labelAround(text.original, sentence, d, [], quotes)).toBe(
          referenceLabel(text.original, sentence, d),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('agrees with the reference on every list of dates of the corpus letters, the list as one phrase', () => {
    let checked = 0;
    // With each letter's date, as the timeline finds them: dates relative to it make lists too (`van februari1 en
    // december2 vorig jaar`, 1246).
    for (const { text: raw, letterDate } of [{ text: navoText(), letterDate: null }, ...loadCorpus()]) {
      const text = normalizeText(raw);
      const sentences = splitSentences(text.text).map((s) => text.spanToOriginal(s.start, s.end));
      const dates = findDates(text, letterDate);
      const quotes = quotePositions(text.original);
      for (const list of new Set(dateLists(text.original, dates, text.footnoteMarkers, sentences).values())) {
        const s = sentences.find((x) => x.start <= list.start && list.start < x.end);
        const sentence = s ? { start: s.start, end: Math.max(s.end, list.end) } : list;
        expect(labelAround(text.original, sentence, list, [], quotes)).toBe(
          referenceLabel(text.original, sentence, list),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('agrees with the reference on loose punctuation and odd white space around a date', () => {
    const pieces = [
      ' ',
      '  ',
      '\n',
      '\u00a0',
      ',',
      ';',
      ':',
      '.',
      '–',
      '-',
      '(',
      ')',
      'op',
      'van',
      'tot en met',
      'd.d.',
      'de brief',
      'x'.repeat(30),
      'Kamer',
      // Case and spelling variants of the dangling words (the offset path decides them by their last word).
      'Op',
      'VAN',
      'Vóór',
      'VÓÓR',
      'voor',
      'uiterlijk',
      'met ingang van',
      'Tot En Met',
      'T/M',
      'd. d.',
      'D.D.',
      'sinds',
      'metop',
      'xop',
      '…',
      'é',
      // Prepositions whose object is the date, comparisons, and words no clause ends on.
      'over',
      'Over het',
      'uit de',
      'naar',
      'aan het',
      'tot aan',
      'in vergelijking met',
      'van na',
      'dan',
      'als',
      'en',
      'of',
      'de',
      'het',
      'met',
      'om',
      'er',
      ', dat',
      // Quotes around the date: titles and quoted phrases (see `titleAround`).
      '«',
      '»',
      '“',
      '”',
      'Het rapport',
      '.',
    ];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    // Dates a bare `over` covers or not, and that take `het`, `de` or no article.
    const dates = [
      '1 mei 2023',
      '2023',
      'eind 2023',
      'tweede helft van 2023',
      'eerste kwartaal',
      'deze zomer',
      'afgelopen week',
    ];
    for (let k = 0; k < 3000; k++) {
      const side = () =>
        Array.from({ length: Math.floor(rnd() * 12) }, () => pieces[Math.floor(rnd() * pieces.length)]).join(
          rnd() < 0.5 ? ' ' : '',
        );
      const date = dates[k % dates.length] as string;
      const sentence = `${side()} ${date} ${side()}`;
      const at = sentence.indexOf(` ${date} `) + 1;
      const span = { start: at, end: at + date.length };
      expect(
        labelAround(sentence, { start: 0, end: sentence.length }, span, [], quotePositions(sentence)),
        JSON.stringify(sentence),
      ).toBe(referenceLabel(sentence, { start: 0, end: sentence.length }, span));
    }
  });
});
