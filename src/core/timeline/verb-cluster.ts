import { MODAL_FORMS } from '../dates/lexicon';
import { isParticipleAfterParticle } from '../dates/tense';
import { AUXILIARY_WORDS } from './auxiliaries';
import { NO_ADJECTIVE, adjectiveClass } from './adjectives';
import {
  ARTICLES,
  COUNTING_WORDS,
  DEMONSTRATIVES,
  FUNCTION_WORDS,
  NO_LAST_WORDS,
  POSSESSIVES,
  RELATIVE_WORDS,
  SUBORDINATORS,
} from './function-words';
import { LOWER_CASE_WORD } from './label-chars';
import { wordBefore, wordEnd } from './tidy-words';

/**
 * The verbs that end a Dutch clause after the auxiliary that opened it: a label cut on `…van de Belastingdienst
 * wordt…` (1044) says nothing of what happens, `…wordt geplaatst` does. `verbClusterEnd` finds those words after a cut
 * right part, for the windowing to make room for them (see `wordWindow`).
 */

/**
 * Participles without `ge` that a verb's prefix opens (`aanvaard`, `verwerkt`, `behandeld`, `versoepeld`;
 * `ontvangen` is `isParticipleAfterParticle`'s), after a separable particle or bare; not the nouns of that shape
 * letters use most.
 */
const PREFIXED_PARTICIPLE = /^(?:aan|toe|op|af|in|uit|voor)?(?:be|ver|ont|her|er|aan|onder)\p{Ll}{2,}[dt]$/u;
const PREFIXED_NOUNS: ReadonlySet<string> = new Set(
  'beleid verband bestand verbod aanbod bericht besluit bezit verzet verwijt beeld verbond verstand onderzoek onderwijs onderdeel onderhoud onderwerp onderscheid onderstand'.split(
    ' ',
  ),
);

/** Is the lower-case word `w` a past participle, with `ge` (`isParticipleAfterParticle`) or after a verb's prefix? */
export function isClauseParticiple(w: string): boolean {
  return isParticipleAfterParticle(w) || (PREFIXED_PARTICIPLE.test(w) && !PREFIXED_NOUNS.has(w));
}

const AUXILIARIES: ReadonlySet<string> = new Set(AUXILIARY_WORDS);
const MODALS: ReadonlySet<string> = new Set(MODAL_FORMS);
/**
 * The infinitives of the auxiliaries and modals, after which a cluster goes on with a participle or another infinitive:
 * `zal … zijn afgerond`, `zou … kunnen worden afgesloten`.
 */
const CLUSTER_INFINITIVES: ReadonlySet<string> = new Set([
  'worden',
  'zijn',
  'hebben',
  'kunnen',
  'moeten',
  'mogen',
  'willen',
  'zullen',
]);

/**
 * Words ending in `en` after a modal or `te` that are no infinitive (function words are NO_LAST_WORDS): `te allen
 * tijde`.
 */
const NOT_INFINITIVES: ReadonlySet<string> = new Set(
  'binnen buiten boven beneden misschien alleen allen even eigen open tevoren dergelijken heden'.split(' '),
);
const INFINITIVE = /^\p{Ll}{2,}en$/u;

/**
 * Words after which a bare infinitive ends its cluster: the prepositions and conjunctions a label does not end on
 * (NO_LAST_WORDS), not an article or a possessive, which open a noun's phrase an `…en` word before them would be part
 * of (`…kan … binnen de…`).
 */
function endsCluster(w: string): boolean {
  return NO_LAST_WORDS.has(w) && !ARTICLES.has(w) && !POSSESSIVES.includes(w);
}

/** How many words after the auxiliary a cluster takes at most: `zou … kunnen worden afgesloten` (1314). */
const CLUSTER_WORDS = 3;
/**
 * A clause mark, a closing bracket or quote, or the `…` a label puts after a clause that goes on past its comma: what
 * ends a word of the cluster, and the cluster with it.
 */
const CLOSING_MARK = String.raw`[.,;:!?)\]»”'"…]`;
/** CLOSING_MARKs at the end of a word. */
const MARKS_AFTER = new RegExp(`${CLOSING_MARK}+$`, 'u');
/** Nothing but CLOSING_MARKs. */
const ONLY_MARKS = new RegExp(`^${CLOSING_MARK}*$`, 'u');

/**
 * Does `s` hold nothing after the verbs that end at `end` (see `verbClusterEnd`) but clause marks and closing brackets
 * or quotes: is a part that runs to them whole?
 */
export function endsWithCluster(s: string, end: number): boolean {
  return ONLY_MARKS.test(s.slice(end));
}

/**
 * Where the verbs end that complete the cluster the words s[…, end) end on, `end` just after an auxiliary (`wordt`,
 * `zijn`) or a modal (`zal`, `kunnen`) cut off from them: after a participle (`…wordt geplaatst`, 1044), after a
 * modal's infinitives (`…zal aanbieden`, 1137; `…zal zijn afgerond`, 578; `…zou kunnen worden afgesloten`, 1314). An
 * infinitive counts only where a clause mark, the end of `s` or a preposition or conjunction follows it (`…kan
 * bijhouden met…`, 223): a noun's plural has the same end. -1 when `s` does not go on with such words. `s` is tidy
 * (words between single spaces).
 */
export function verbClusterEnd(s: string, end: number): number {
  const head = wordBefore(s, end).toLowerCase();
  let infinitives = MODALS.has(head);
  if (!infinitives && !AUXILIARIES.has(head)) return -1;
  let found = -1;
  let at = end + 1;
  for (let k = 0; k < CLUSTER_WORDS && at < s.length; k++) {
    const e = wordEnd(s, at);
    const raw = s.slice(at, e);
    const w = raw.replace(MARKS_AFTER, '');
    const marked = w.length < raw.length;
    if (isClauseParticiple(w)) {
      found = at + w.length;
      // A passive's or perfect's infinitive may follow (`…gemaakt worden`), nothing else.
      infinitives = false;
      if (marked) break;
      if (!CLUSTER_INFINITIVES.has(s.slice(e + 1, wordEnd(s, e + 1)).replace(MARKS_AFTER, ''))) break;
      at = e + 1;
      continue;
    }
    if (!infinitives && !(found >= 0 && CLUSTER_INFINITIVES.has(w))) break;
    if (
      !CLUSTER_INFINITIVES.has(w) &&
      (!INFINITIVE.test(w) || NO_LAST_WORDS.has(w) || NOT_INFINITIVES.has(w))
    )
      break;
    const next = marked || e >= s.length ? '' : s.slice(e + 1, wordEnd(s, e + 1)).replace(MARKS_AFTER, '');
    if (next !== '' && !endsCluster(next) && !isClauseParticiple(next) && !CLUSTER_INFINITIVES.has(next))
      break;
    found = at + w.length;
    if (marked || !CLUSTER_INFINITIVES.has(w)) break;
    at = e + 1;
  }
  return found;
}

/** How many words, and characters with their spaces, the verbs that close a clause after a cut may take at most. */
const CLOSING_WORDS = 3;
const CLOSING_REACH = 25;

/** May the words after s[…, end) be few enough to be the verbs that close its clause (see `closingVerbsEnd`)? */
export function mayCloseAfter(s: string, end: number): boolean {
  return end > 0 && end < s.length && s.length - end <= CLOSING_REACH + 1;
}

/**
 * Where the verbs end that close the clause `s` ends with, when the words s[…, end) are cut off from them by no more
 * than CLOSING_WORDS words and CLOSING_REACH characters, all of them that verb group and nothing else (clause marks and
 * closing brackets or quotes after them): a participle, with an adverb or a particle before it (`…aan de Minister van
 * Financiën voorgelegd`, 1954; `…ruimschoots gehaald`, 1931), or an infinitive with `te` (`…periodiek door te lichten`,
 * 188; `…nog dit jaar in te stellen`, 1805; `…aan de Tweede Kamer te doen toekomen`, 658), or one after `laten` or
 * `doen`; or one word alone that `clauseHead`, reading back from the cut over `s` and `lead` (the words before `s` in
 * its sentence), finds closes the clause: a bare infinitive after a modal (`De Europese Commissie zal … de definitieve
 * voorstellen voor deze programma’s presenteren`, 1352), a subordinate clause's finite verb (`…die het treinverkeer
 * ernstig ontregelden`, 1664). A label cut before them named what was done but not that it was. -1 else; `s` is tidy
 * (words between single spaces).
 */
export function closingVerbsEnd(s: string, end: number, lead = ''): number {
  if (!mayCloseAfter(s, end)) return -1;
  const words = s.slice(end + 1).split(' ');
  if (words.length > CLOSING_WORDS) return -1;
  const raw = words[words.length - 1] as string;
  const last = raw.replace(MARKS_AFTER, '');
  // Marks only at the end of the group: one inside it closes a clause before the verbs.
  if (last === '' || words.slice(0, -1).some((w) => MARKS_AFTER.test(w))) return -1;
  const before = words.slice(0, -1);
  const te = before.lastIndexOf('te');
  const infinitive = isBareInfinitive(last);
  const verbs =
    te >= 0
      ? te >= before.length - 2 &&
        before.slice(te + 1).every((w) => TE_CLUSTER_INFINITIVES.has(w)) &&
        infinitive &&
        before.slice(0, te).every(mayOpenVerbGroup)
      : (isClauseParticiple(last) && before.every((w) => mayOpenVerbGroup(w) && !FUNCTION_WORDS.has(w))) ||
        // A bare infinitive after a cut `te laten`, `te doen`: `…een tussentijdse evaluatie van PMR te laten uitvoeren`
        // (1896).
        (before.length === 0 && infinitive && CAUSATIVES.has(wordBefore(s, end))) ||
        (before.length === 0 && lastVerbOfClause(last, clauseHead(s, end, lead)));
  return verbs ? s.length - (raw.length - last.length) : -1;
}

/**
 * What decides whether the one word after a cut may close its clause: the clause's finite verb before the cut, where
 * it is a modal or `gaan` (`bare`: a bare infinitive closes it), or the word that opens it as a subordinate clause with
 * no finite verb yet (`subordinate`: its finite verb closes it). Read back from the cut over s[…, end) and `lead`, the
 * words before `s`, to a clause mark or bracket; null at another finite verb, or with none of these.
 */
function clauseHead(s: string, end: number, lead: string): 'bare' | 'subordinate' | null {
  let text = s;
  let at = end;
  let inLead = false;
  // The word after the one read (none for the first: the word cut off, not read, follows it).
  let next = '';
  for (let k = 0; k < CLAUSE_HEAD_WORDS; k++) {
    if (at <= 0) {
      if (inLead || lead === '') return null;
      inLead = true;
      text = lead;
      at = lead.length;
    }
    const raw = wordBefore(text, at);
    at -= raw.length + 1;
    if (CLAUSE_BREAK.test(raw)) return null;
    const w = raw.toLowerCase();
    if (BARE_INFINITIVE_HEADS.has(w)) return 'bare';
    // `zijn` before a word of its phrase is its possessive (`zal het kabinet daarna zijn standpunt bepalen`, 399).
    if (AUXILIARIES.has(w) && !(w === 'zijn' && LOWER_CASE_WORD.test(next))) return null;
    next = raw;
    if (CLAUSE_OPENING_WORDS.has(w)) return 'subordinate';
  }
  return null;
}

/** How many words back `clauseHead` reads at most. */
const CLAUSE_HEAD_WORDS = 24;
/** A clause mark at a word's end, or a bracket or quote in it: the clause read back ends there. */
const CLAUSE_BREAK = /[,;:]$|[()[\]«»“”]/u;
/** The finite verbs a bare infinitive closes the clause of: the modals, `gaan`. */
const BARE_INFINITIVE_HEADS: ReadonlySet<string> = new Set([
  ...MODAL_FORMS,
  'ga',
  'gaat',
  'gaan',
  'ging',
  'gingen',
]);
/** The words that open a subordinate or relative clause. */
const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set([...SUBORDINATORS, ...RELATIVE_WORDS]);
/** The shape of most finite verbs that close a subordinate clause: `bouwen`, `ontregelden`, `heeft`, `vaststelt`. */
const FINITE_SHAPE = /^\p{Ll}{3,}(?:en|[dt]en?|t|d)$/u;

/** May `w`, the one word after a cut, close its clause, whose head `clauseHead` read? */
function lastVerbOfClause(w: string, head: 'bare' | 'subordinate' | null): boolean {
  if (head === 'bare') return isBareInfinitive(w);
  return (
    head === 'subordinate' &&
    FINITE_SHAPE.test(w) &&
    !NO_LAST_WORDS.has(w) &&
    !NOT_INFINITIVES.has(w) &&
    !PREFIXED_NOUNS.has(w)
  );
}

/** The verbs that take a bare infinitive after them: `te laten uitvoeren`, `te doen toekomen`. */
const CAUSATIVES: ReadonlySet<string> = new Set(['laten', 'doen']);
/** Infinitives after `te` that the closing verbs' infinitive may follow: `te zullen toesturen`, `te doen toekomen`. */
const TE_CLUSTER_INFINITIVES: ReadonlySet<string> = new Set([...CLUSTER_INFINITIVES, ...CAUSATIVES, 'gaan']);

/** May the lower-case word `w` stand before a clause's closing verbs: no article, determiner or word with a capital? */
function mayOpenVerbGroup(w: string): boolean {
  return (
    LOWER_CASE_WORD.test(w) && !ARTICLES.has(w) && !POSSESSIVES.includes(w) && !DEMONSTRATIVES.includes(w)
  );
}

/**
 * Where the infinitives end that follow a cut at s[…, end) right away, when the clause read back from the cut (over `s`
 * and `lead`, see `clauseHead`) turns on a modal or `gaan` that waits for them and goes on after them: `…wil ik u met
 * deze brief nader informeren…` (2110, was `…nader…`), `…die zich gaat buigen…` (629). An infinitive's cluster goes on
 * with a participle or another infinitive after an auxiliary's (`…zou worden voorbereid…`, 2462). Only where a clause
 * mark, a preposition or conjunction, or the end of `s` follows them, and not right after an article, determiner or
 * number (`zullen de vier aanbevelingen van…`, 1695: a plural noun has an infinitive's shape). -1 else; `s` is tidy.
 */
export function modalInfinitiveEnd(s: string, end: number, lead = ''): number {
  if (end <= 0 || end >= s.length) return -1;
  const previous = wordBefore(s, end).toLowerCase();
  if (
    !mayOpenVerbGroup(previous) ||
    FUNCTION_WORDS.has(previous) ||
    COUNTING_WORDS.has(previous) ||
    adjectiveClass(previous) !== NO_ADJECTIVE
  )
    return -1;
  let found = -1;
  let at = end + 1;
  let afterAuxiliary = false;
  for (let k = 0; k < CLUSTER_WORDS && at < s.length; k++) {
    const e = wordEnd(s, at);
    const raw = s.slice(at, e);
    const w = raw.replace(MARKS_AFTER, '');
    if (!isBareInfinitive(w) && !(afterAuxiliary && isClauseParticiple(w))) break;
    found = at + w.length;
    if (w.length < raw.length || !CLUSTER_INFINITIVES.has(w)) break;
    afterAuxiliary = true;
    at = e + 1;
  }
  if (found < 0) return -1;
  // What follows must end the cluster: a clause mark after its last word, the end, or a preposition or conjunction.
  if (found < s.length && !MARKS_AFTER.test(s.slice(found, wordEnd(s, found)))) {
    const next = s.slice(found + 1, wordEnd(s, found + 1)).replace(MARKS_AFTER, '');
    if (!endsCluster(next)) return -1;
  }
  return clauseHead(s, end, lead) === 'bare' ? found : -1;
}

/** Is the lower-case word `w` shaped as an infinitive (`…en`) that is no function word or adverb (NOT_INFINITIVES)? */
function isBareInfinitive(w: string): boolean {
  return INFINITIVE.test(w) && !NO_LAST_WORDS.has(w) && !NOT_INFINITIVES.has(w);
}

/** How many words at most stand between a cut and the `te` of an infinitive it takes (see `teInfinitiveEnd`). */
const TE_REACH = 2;

/**
 * Where `te` and its infinitive end, when they follow a cut at s[…, end) within TE_REACH words that hold no clause
 * mark: the infinitive's clause that the cut broke off before its verb (`Bij brief heeft de vaste commissie voor VROM
 * mij verzocht de Kamer te informeren…`, 1095, was `…de Kamer…`; `…heb ik toegezegd uw Kamer jaarlijks te
 * informeren…`, 318). With a second infinitive of a cluster (`te zullen informeren`, `te laten uitvoeren`). -1 else;
 * `s` is tidy.
 */
export function teInfinitiveEnd(s: string, end: number): number {
  if (end <= 0 || end >= s.length || s.charCodeAt(end) !== 0x20) return -1;
  let at = end + 1;
  for (let k = 0; k <= TE_REACH && at < s.length; k++) {
    const e = wordEnd(s, at);
    const w = s.slice(at, e);
    if (w === 'te') return infinitivesEnd(s, e + 1);
    // A word between them that ends on a mark, or a conjunction, ends the clause before its `te`.
    if (MARKS_AFTER.test(w) || CLAUSE_OPENING_WORDS.has(w) || w === 'en' || w === 'of') return -1;
    at = e + 1;
  }
  return -1;
}

/** Where the infinitive that starts at s[at] ends, with a second one after an infinitive of a cluster; -1 for none. */
function infinitivesEnd(s: string, at: number): number {
  if (at >= s.length) return -1;
  const e = wordEnd(s, at);
  const w = s.slice(at, e).replace(MARKS_AFTER, '');
  if (!isBareInfinitive(w)) return -1;
  const end = at + w.length;
  if (end < e || !TE_CLUSTER_INFINITIVES.has(w) || e >= s.length) return end;
  const next = s.slice(e + 1, wordEnd(s, e + 1)).replace(MARKS_AFTER, '');
  return isBareInfinitive(next) ? e + 1 + next.length : end;
}
