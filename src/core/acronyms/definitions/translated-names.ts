/**
 * Names before a parenthesis that the short form's letters do not spell, because the short form is another
 * language's: a Dutch name alike to one the glossary gives in another language (`translatedNameBefore`), or the run
 * of capitalized words that ends the window after `Engelse afkorting:` (`nameBefore`).
 */

import { cleanExpansion, type LongForm } from './definition';
import { fold } from './align';

/** Articles, which start a name before a parenthesis unless they stand inside one (`Verdrag van de Verenigde Naties`). */
const ARTICLES = new Set(['de', 'het', 'een', 'De', 'Het', 'Een']);
/** Prepositions that join the parts of a name around an article: `Organisatie voor de Noordoost …`. */
const NAME_PREPOSITIONS = new Set(['van', 'voor', 'inzake', 'op', 'in', 'tegen']);
/** A translated name has at most this many words. */
const MAX_TRANSLATED_WORDS = 10;
/** Letters of an other-language word's stem that the Dutch name must hold (`facil` in `faciliteit`). */
const STEM_LETTERS = 5;

/**
 * The Dutch name of a short form whose glossary name is in another language: `de faciliteit voor herstel
 * en veerkracht (RRF)` (281), `de geharmoniseerde consumentenprijsindex (HICP)` (233), `het Verdrag van de
 * Verenigde Naties inzake biologische diversiteit (CBD)` (194). The words back from the parenthesis to an
 * article (one inside a name, between a preposition and capitals, is passed), a punctuation mark or the
 * window's start; two words at least, and one stem of a word of `names` in them: without that
 * likeness, `de andere landen (NAVO)` would be read as a definition.
 */
export function translatedNameBefore(window: string, names: readonly string[]): LongForm | null {
  const words = [...window.matchAll(/\S+/g)];
  let first = words.length;
  for (let k = words.length - 1; k >= 0 && words.length - k <= MAX_TRANSLATED_WORDS; k--) {
    const w = (words[k] as RegExpMatchArray)[0];
    if (/[,.;:!?()«»"“”]/.test(w)) break;
    if (ARTICLES.has(w)) {
      const after = words[k + 1]?.[0] ?? '';
      const prep = words[k - 1]?.[0] ?? '';
      const head = words[k - 2]?.[0] ?? '';
      const insideName = /^\p{Lu}/u.test(after) && NAME_PREPOSITIONS.has(prep) && /^\p{Lu}/u.test(head);
      if (!insideName) break;
    }
    first = k;
  }
  if (words.length - first === 1) return compoundOfName(window, words[first] as RegExpMatchArray, names);
  if (words.length - first < 2) return null;
  const alike = (from: number) => alikeName(fold(window.slice(from)), names);
  // The capitalized name that ends the words, when it is alike by itself: `de op 30 oktober 2016 te Brussel tot
  // stand gekomen Brede Economische en Handelsovereenkomst (CETA)` (1645), `de oprichting van Permanent
  // Gestructureerde Samenwerking (PESCO)` (529); the words before it are the sentence's.
  const run = nameBefore(window);
  const runStart = run?.start ?? -1;
  if (run && runStart > (words[first]?.index as number) && alike(runStart)) return run;
  // Else the words after the last that a name never holds, a verb or conjunction of the sentence: `Om te kunnen
  // kwalificeren als officiële ontwikkelingssamenwerking (ODA)` (2752) names the aid alone.
  for (let k = words.length - 3; k >= first; k--) {
    if (SENTENCE_WORDS.has((words[k] as RegExpMatchArray)[0].toLowerCase())) {
      first = k + 1;
      break;
    }
  }
  const start = (words[first] as RegExpMatchArray).index as number;
  if (!alike(start)) return null;
  const expansion = cleanExpansion(window.slice(start));
  return { start, end: window.length, expansion };
}

/**
 * The Dutch name of a short form whose glossary name is English, as the glossary's explanation opens with it
 * (`glosses`, see `dutchGlosses`): the words before the parenthesis from the one that starts as the explanation's
 * first word (after an article) does, back to a punctuation mark at most, `30 806 Onbemande vliegtuigen (UAV)` (1322)
 * for `Onbemand luchtvaartuig (drone).`, `4. Openbare dienstverplichting (PSO)` (191) for `Openbaredienstverplichting:
 * …`, `Handelsverdrag tussen Canada en de EU en haar lidstaten (CETA)` (339) for `Het handelsverdrag tussen …`. Not
 * when those words are part of an English name of the short form (see `alikeName`).
 */
export function glossedNameBefore(
  window: string,
  names: readonly string[],
  glosses: readonly string[],
): LongForm | null {
  const stems = glosses.map(firstWordStem).filter((stem) => stem !== null);
  if (stems.length === 0) return null;
  const words = [...window.matchAll(/\S+/g)];
  for (let k = words.length - 1; k >= 0 && words.length - k <= MAX_TRANSLATED_WORDS; k--) {
    const w = (words[k] as RegExpMatchArray)[0];
    if (k < words.length - 1 && /[,.;:!?()«»"“”]/.test(w)) break;
    const folded = fold(withoutShortFormPrefix(w));
    if (!stems.some((stem) => folded.startsWith(stem))) continue;
    const start = (words[k] as RegExpMatchArray).index as number;
    const phraseWords = fold(window.slice(start))
      .split(/[^a-z]+/)
      .filter((x) => x.length >= 3);
    const partOfName = names.some((name) => {
      const nameWords = fold(name).split(/[^a-z]+/);
      return phraseWords.every((x) => nameWords.includes(x));
    });
    if (partOfName) return null;
    return { start, end: window.length, expansion: cleanExpansion(window.slice(start)) };
  }
  return null;
}

/**
 * The first STEM_LETTERS letters of a name's first word after an article, folded; null when it is shorter. The
 * word's own stem is after a short form that opens it: `kader` in `WHO-Kaderverdrag`.
 */
function firstWordStem(name: string): string | null {
  const first = name.split(/\s+/).find((w) => !ARTICLES.has(w));
  const letters = fold(withoutShortFormPrefix(first ?? '')).replace(/[^a-z].*$/, '');
  return letters.length >= STEM_LETTERS ? letters.slice(0, STEM_LETTERS) : null;
}

/** A word without the short form that opens a Dutch compound: `Kaderverdrag` of `WHO-Kaderverdrag`, `EU-richtlijn`. */
function withoutShortFormPrefix(word: string): string {
  return word.replace(/^\p{Lu}{2,}-(?=\p{L})/u, '');
}

/** The fewest letters of a name's first word that a Dutch compound may be built on. */
const COMPOUND_BASE_LETTERS = 4;

/**
 * One capitalized Dutch compound built on the first word of a name of the short form: `de Doharonde (DDA)` (2341),
 * the round of the Doha Development Agenda. The letter's own word, which its letters do not spell.
 */
function compoundOfName(window: string, word: RegExpMatchArray, names: readonly string[]): LongForm | null {
  const w = word[0];
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return null;
  const folded = fold(w);
  const builtOn = names.some((name) => {
    const base = fold(name.split(/[\s-]+/)[0] ?? '');
    return base.length >= COMPOUND_BASE_LETTERS && folded.length > base.length + 2 && folded.startsWith(base);
  });
  if (!builtOn) return null;
  const start = word.index as number;
  return { start, end: start + w.length, expansion: w };
}

/** Words of a sentence that no name holds: conjunctions, relatives and the commonest verbs. */
const SENTENCE_WORDS = new Set(
  'als zoals dan dat die wat waar is zijn was waren wordt worden werd werden kan kunnen moet moeten zal zullen heeft hebben'.split(
    ' ',
  ),
);

/**
 * Does the folded `phrase` hold the stem of a word of one of `names`, and is it not that name itself or a part of
 * it (`het Alliance Concept for Multi-Domain Operations (I-MDO)` in the NAVO letter, whose `I` is the `initiële
 * versie` before it: the glossary's meaning stays)?
 */
function alikeName(phrase: string, names: readonly string[]): boolean {
  const phraseWords = phrase.split(/[^a-z]+/).filter((w) => w.length >= 3);
  return names.some((name) => {
    const nameWords = fold(name).split(/[^a-z]+/);
    if (phraseWords.every((w) => nameWords.includes(w))) return false;
    return nameWords.some((w) => w.length >= STEM_LETTERS && phrase.includes(w.slice(0, STEM_LETTERS)));
  });
}

/** Lower-case words inside a Dutch name: `Bureau voor Democratische Instellingen en Mensenrechten`. */
export const NAME_JOINERS = new Set([
  'van',
  'voor',
  'en',
  'de',
  'der',
  'het',
  'op',
  'in',
  'inzake',
  'tot',
  'of',
  'ter',
]);

/**
 * The name that ends `window`: its last words back to the first of a run of capitalized words and the
 * joiners between them, at most twelve words; null when the window does not end in a capitalized word.
 * For a short form of another language, whose letters the name does not spell.
 */
export function nameBefore(window: string): LongForm | null {
  const words = [...window.matchAll(/\S+/g)];
  let first = -1;
  for (let k = words.length - 1; k >= 0 && words.length - k <= 12; k--) {
    const w = (words[k] as RegExpMatchArray)[0];
    if (/^\p{Lu}/u.test(w)) first = k;
    else if (!NAME_JOINERS.has(w.toLowerCase())) break;
  }
  if (first < 0 || !/^\p{Lu}/u.test((words[words.length - 1] as RegExpMatchArray)[0])) return null;
  const start = (words[first] as RegExpMatchArray).index as number;
  const expansion = cleanExpansion(window.slice(start));
  return expansion.includes(' ') ? { start, end: window.length, expansion } : null;
}
