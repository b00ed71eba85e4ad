import { isLower } from '../text/chars';
import { ARTICLES, DEMONSTRATIVES, NO_LAST_WORDS, POSSESSIVES } from './function-words';
import { isNameWord } from './tidy-words';

/**
 * Whether a word is an adjective, and the adjectives left dangling at the end of a cut label (`…de nieuwe`).
 */

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
export const ORDINAL =
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
export const DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  "'t",
  ...DEMONSTRATIVES.filter((w) => w !== 'die' && w !== 'dat'),
  ...POSSESSIVES,
  ...'elke elk iedere ieder alle geen welke'.split(' '),
]);

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
export function danglingAdjectivesStart(s: string, start: number, at: number): number {
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
    // So does a present participle, lower case, right after a preposition or conjunction: `…werd Nederland
    // geconfronteerd met beperkende…` (1330's `beperkende maatregelen`); elsewhere it may be a verb's form.
    const participle = from === start && isLower(s.charCodeAt(start)) && PRESENT_PARTICIPLE.test(word);
    return (last === ADJECTIVE || participle) &&
      (NO_LAST_WORDS.has(lower) ||
        (last === ADJECTIVE && isLower(s.charCodeAt(from)) && isNameWord(s, before, from - 1)))
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
