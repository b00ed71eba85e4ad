import { sentenceIndexAt } from '../text/sentences';
import { HEBBEN_FORMS } from './lexicon';
import type { Span } from '../types';

/**
 * The tense of the sentence around a date, read only where it matters: a date without a year that the
 * reference year puts far from the letter day (see `placeDefault`). `in de tweede helft van januari met een
 * reactie komen` in a letter of 20 December 2019 (2793) is January 2020, because the sentence says `zal`;
 * `In oktober is een tussenbalans … opgemaakt en heb ik uw Kamer … geschetst` in a letter of April 2014 (917)
 * is October 2013, because it says `heb`. A sentence with cues of both, or of neither, says nothing.
 */

export type Tense = 'future' | 'past';

/**
 * Words that put what a sentence tells of after the letter: the future auxiliary, expecting and planning, a motion's
 * request, and the present tense that announces, also in the passive (`welk in februari aan de Kamer wordt gestuurd`,
 * 371). Not `volgende`, which mostly means "the following", nor the noun `verzoeken` (`Wob-verzoeken`).
 */
const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'zal',
  'zullen',
  'zult',
  'verwacht',
  'verwachten',
  'verwachting',
  'voornemens',
  'beoogd',
  'beoogt',
  'gepland',
  'verzoekt',
  'wordt',
  'worden',
  'komend',
  'komende',
  'aanstaande',
  'binnenkort',
  // The present tense that announces: `In het voorjaar stuur ik u de evaluatie`, `De wet treedt op 1 januari in
  // werking`, `kom ik met een reactie`, `verschijnt het rapport`.
  'stuur',
  'stuurt',
  'zend',
  'zendt',
  'informeer',
  'informeert',
  'ontvangt',
  'treedt',
  'treden',
  'kom',
  'komt',
  'komen',
  'verschijnt',
  'volgt',
  'start',
  'begint',
]);

/**
 * Words that put it before the letter: the perfect auxiliary `hebben`, past finite verbs, and words that look
 * back (`zoals … aangekondigd`, `sinds`, `eerder`, `destijds`). `zou`/`zouden` tell a future seen from the
 * past (`De Kamer is gemeld dat in het najaar het besluit zou vallen`, 1314): past enough to keep a future
 * reading off. `is`/`zijn` are present tense; they count only with a participle after them (`pastPerfect`).
 */
const PAST_WORDS: ReadonlySet<string> = new Set([
  ...HEBBEN_FORMS,
  'was',
  'waren',
  'werd',
  'werden',
  'vond',
  'vonden',
  'kwam',
  'kwamen',
  'ging',
  'gingen',
  'bleek',
  'bleken',
  'stond',
  'stonden',
  'gaf',
  'gaven',
  'nam',
  'namen',
  'sprak',
  'spraken',
  'bracht',
  'brachten',
  'zond',
  'stuurde',
  'stuurden',
  'ontving',
  'ontvingen',
  'meldde',
  'meldden',
  'kondigde',
  'schreef',
  'schreven',
  'besloot',
  'verscheen',
  'begon',
  'liet',
  'hield',
  'zei',
  'zeiden',
  'informeerde',
  'deelde',
  'zou',
  'zouden',
  'zoals',
  'eerder',
  'reeds',
  'destijds',
  'toen',
  'geleden',
  'afgelopen',
  'jongstleden',
  'vorig',
  'vorige',
  'sinds',
  'sedert',
  'inmiddels',
]);

/**
 * Words of a habit, which a sentence in the present tense tells of in no one year: `ontvangt VWS tweemaal per jaar
 * (in februari en in juli) een update` (33). With one, the sentence says nothing (as `per jaar` does).
 */
const HABIT_WORDS: ReadonlySet<string> = new Set([
  'jaarlijks',
  'jaarlijkse',
  'elk',
  'elke',
  'ieder',
  'iedere',
  'telkens',
  'doorgaans',
  'gewoonlijk',
  'gebruikelijk',
]);

/** How far the sentence is read on either side of the date, in characters. */
const SENTENCE_REACH = 200;
/** How many words after `is`/`zijn` a participle may stand: `is een tussenbalans van het proces opgemaakt`. */
const PARTICIPLE_REACH = 8;

/**
 * `'future'` or `'past'` when the sentence around [start, end) of `text` has cues of that tense only
 * (FUTURE_WORDS, PAST_WORDS) and none of a habit (HABIT_WORDS), else null. The date's own words are left out.
 * Two cues bind to the date itself. A `te`-infinitive right after it looks ahead from a past telling: `heeft
 * … uw Kamer laten weten u eind van het jaar te informeren` in a letter of June 2021 is the end of 2021 (285),
 * so it is never `'past'`. A participle before a noun right after it tells what was done then: `de in december
 * gedane toezegging` (20), `het in januari gepubliceerde rapport`, a past cue.
 */
export function sentenceTense(
  text: string,
  start: number,
  end: number,
  /** `splitSentences(text)`: the sentences the other finders read too. */
  sentences: readonly Span[],
): Tense | null {
  const clause = clauseAround(text, start, end, sentences);
  if (!clause) return null;
  const [from, to] = clause;
  const after = wordsOf(text.slice(end, to));
  const words = [...wordsOf(text.slice(from, start)), ...after];
  let future = false;
  let past = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (HABIT_WORDS.has(w) || (w === 'per' && words[i + 1] === 'jaar')) return null;
    if (FUTURE_WORDS.has(w)) future = true;
    else if (PAST_WORDS.has(w) || ((w === 'is' || w === 'zijn') && participleAfter(words, i))) past = true;
  }
  const next = wordsOf(text.slice(end, clauseEnd(text, end, to)));
  if (isAttributiveParticiple(next[0])) past = true;
  if (future === past) return null;
  if (past && inToInfinitive(next)) return null;
  return future ? 'future' : 'past';
}

/** How many words after a date `inToInfinitive` reads. */
const INFINITIVE_REACH = 6;

/** Does a `te` stand among the first few words of `clause` (the words after the date), with no `om` before it? */
function inToInfinitive(clause: readonly string[]): boolean {
  for (let k = 0; k < clause.length && k < INFINITIVE_REACH; k++) {
    if (clause[k] === 'om') return false;
    if (clause[k] === 'te') return true;
  }
  return false;
}

/** `gedane`, `gepubliceerde`, `aangekondigde`, `verschenen`: a participle inflected before a noun. */
function isAttributiveParticiple(w: string | undefined): boolean {
  return w !== undefined && (/^\p{Ll}{0,5}ge\p{Ll}{2,}(?:de|te|ne)$/u.test(w) || w === 'verschenen');
}

/** Where the clause after a date ends: at a comma or bracket, or where its sentence ends (`to`). */
function clauseEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === OPEN_BRACKET) return i;
  }
  return to;
}

/** A word, lower case: Latin letters with their accents (a class, not `\p{L}`: cheaper to match). */
const WORD = /[a-z\u00df-\u00ff\u0100-\u017f]+/g;

/** The words of `s`, lower case (see WORD): also what the timeline reads a deadline's clause with (`toldAsDone`). */
export function wordsOf(s: string): string[] {
  return s.toLowerCase().match(WORD) ?? [];
}

/**
 * Is there a participle among the few words after `words[i]` (`is` or `zijn`)? `ge…d`/`ge…t`, also after a
 * particle (`opgemaakt`, `toegezonden`), and the strong ones letters use most. Not `…heid`, a noun, nor
 * NOT_PARTICIPLES.
 */
function participleAfter(words: readonly string[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + PARTICIPLE_REACH; k++) {
    if (isParticiple(words[k] as string)) return true;
  }
  return false;
}

/**
 * Is the lower-case word `w` a past participle: `ge…d`/`ge…t`, also after a particle (`opgemaakt`, `toegezonden`),
 * or one of the strong ones letters use most? Not `…heid`, a noun, nor NOT_PARTICIPLES.
 */
export function isParticiple(w: string): boolean {
  if (STRONG_PARTICIPLES.has(w)) return true;
  return /^(?:\p{Ll}{0,5})ge\p{Ll}{2,}[dt]$/u.test(w) && !w.endsWith('heid') && !NOT_PARTICIPLES.has(w);
}

/**
 * Strong participles' ends that close a compound noun or adjective as often as a participle: `ongevallen` (368, whose
 * `In het eerste half jaar van 2016 is sprake van een forse toename van het aantal meldingen van (dodelijke)
 * ongevallen` read as closing on its participle), `knelgevallen`, `sterfgevallen` (30 of the corpus's 38
 * `…gevallen`), `naastgelegen`, `afgelegen`. They count only after a particle that makes them a verb's: `opgevallen`,
 * `weggevallen`, `aangevallen`, and `heeft … voorgelegen`.
 */
const ONLY_AFTER_PARTICLE =
  '(?:op|af|aan|toe|uit|weg|mee|tegen|in|om|neer|terug|stil|binnen|bij|samen|voor)gevallen|voorgelegen';

/**
 * The end of a strong participle with a separable particle or a prefix in front, which `isParticiple` reads only bare
 * (or whole, for the few of STRONG_PARTICIPLES that have one): `plaatsgevonden` (474), `vastgehouden`, `toegezonden`,
 * `aangewezen`, `opgetreden` (568: `wat er … aan veranderingen zijn opgetreden` was cut before it), `gekregen`. A
 * lower-case letter before `ge`: the bare participle is `isParticiple`'s. Two ends close a compound noun or adjective
 * as often (ONLY_AFTER_PARTICLE); `…gelopen` is left out, whose `afgelopen` is an adjective far more often than a
 * participle.
 */
const STRONG_PARTICIPLE_AFTER_PARTICLE = new RegExp(
  String.raw`(?:(?:^|\p{Ll})(?:gevonden|gehouden|genomen|gegeven|gesproken|geschreven|gezonden|gekomen|gegaan|gebleven|gedaan|gezien|getrokken|gesloten|geboden|gebracht|gedacht|gestaan|gelaten|geslagen|gewezen|gedragen|getreden|gestegen|gekregen|getroffen|gekozen|gedwongen|gewonnen|geheven|geschoven)|^(?:${ONLY_AFTER_PARTICLE}))$`,
  'u',
);

/**
 * Is the word `w` a past participle, also a strong one after a separable particle (`plaatsgevonden`, `toegezonden`):
 * `isParticiple`, or a strong participle's end after a lower-case letter (STRONG_PARTICIPLE_AFTER_PARTICLE)? For the
 * timeline's labels, which look for the participle that closes a clause; the tense of a date's sentence reads
 * `isParticiple` alone.
 */
export function isParticipleAfterParticle(w: string): boolean {
  return isParticiple(w) || STRONG_PARTICIPLE_AFTER_PARTICLE.test(w);
}

/** Words shaped as `ge…d`/`ge…t` that are none: `De verwachting is dat … medio januari gereed zijn` (1260). */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set([
  'gereed',
  'gezond',
  'geschikt',
  'gebied',
  'gewicht',
  'gezicht',
]);

const STRONG_PARTICIPLES: ReadonlySet<string> = new Set([
  'gegeven',
  'genomen',
  'gehouden',
  'gesproken',
  'gevonden',
  'geschreven',
  'gezonden',
  'toegezonden',
  'verzonden',
  'verschenen',
  'ontvangen',
  'besloten',
  'aangenomen',
  'gebleken',
  'begonnen',
  'verstuurd',
  'beantwoord',
  'besproken',
]);

/**
 * The part of the date's sentence that its tense is read in: the sentence of the shared split (`splitSentences`,
 * which knows abbreviations, initials, headings and bullets), cut at a `;` on either side, and no further than
 * SENTENCE_REACH from the date. The split does not end a sentence at `;`, but the tense may change there: a
 * motion's considerations, one line apart, each tell of their own time (`overwegende dat een Nationaal
 * Toekomstbeeld Fiets is gepresenteerd;` / `overwegende dat vanaf 1 mei een uitgebreide campagne zal starten`,
 * 2567), as do the halves of `Het rapport … is nog niet verschenen; het verwachte moment van oplevering is eind
 * september` (399). Null when the date stands in no sentence.
 */
function clauseAround(
  text: string,
  start: number,
  end: number,
  sentences: readonly Span[],
): [number, number] | null {
  const first = sentenceIndexAt(sentences, start);
  if (first < 0) return null;
  // A date that the split cut in two (it should not happen) reads on to the end of its last sentence.
  const last = Math.max(first, sentenceIndexAt(sentences, end - 1));
  const from = Math.max((sentences[first] as Span).start, start - SENTENCE_REACH);
  const to = Math.min((sentences[last] as Span).end, end + SENTENCE_REACH);
  // Searched in the window only: a text without `;` is not read to its start or end for every date.
  const before = text.slice(from, start).lastIndexOf(';');
  const after = text.slice(end, to).indexOf(';');
  return [before < 0 ? from : from + before + 1, after < 0 ? to : end + after];
}

const COMMA = 44;
const OPEN_BRACKET = 40;
