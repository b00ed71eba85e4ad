import { MODAL_FORMS } from '../dates/lexicon';
import { AUXILIARY_WORDS } from './auxiliaries';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVES } from './function-words';
import { wordEnd } from './tidy-words';
import { isUpper } from '../text/chars';

/**
 * The subject a label cut around its date would start inside. Cut word by word around the date (see `wordWindow`), a
 * clause that opens with its subject lost the subject's head, and the label named a fragment as the one who acted:
 * `…Binnenlandse Zaken heeft mij bij brief gevraagd ruim voor het zomerreces…` (44) for `De vaste commissie voor
 * Binnenlandse Zaken heeft mij bij brief van 26 maart jl. gevraagd …`, `…van SZW heeft de Kamer per brief
 * geïnformeerd…` (195) for `De Minister van SZW heeft …`.
 */

/** The words a clause's subject opens with: an article or a determiner (`Uw vaste commissie`, `Het vorige kabinet`). */
const DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  // Not `dat`, a conjunction as often; nor `zijn` and `haar`, a verb and a pronoun as often.
  ...DEMONSTRATIVES.filter((w) => w !== 'dat'),
  ...POSSESSIVES.filter((w) => w !== 'zijn' && w !== 'haar'),
]);

/**
 * The finite verbs that end a subject that opens its clause: the auxiliaries (`heeft`, `is`, `wordt`, …, see
 * AUXILIARY_WORDS) and the modals. `zijn` is a possessive as often (`De Minister en zijn ambtenaren hebben`): it
 * ends no subject here, which then ends at the next verb.
 */
const FINITE_VERBS: ReadonlySet<string> = new Set([
  ...AUXILIARY_WORDS.filter((w) => w !== 'zijn'),
  ...MODAL_FORMS,
]);

/** The words that open a relative clause inside a subject (see `subjectVerbAt`). */
const RELATIVES: ReadonlySet<string> = new Set([
  'die',
  'dat',
  'wat',
  'welke',
  'wie',
  'waarin',
  'waarmee',
  'waarover',
  'waarvan',
  'waarbij',
]);

/**
 * The most words a subject has that a label keeps whole (`De vaste commissie voor Economische Zaken, Landbouw en
 * Innovatie`).
 */
const MAX_SUBJECT_WORDS = 9;

/**
 * The words that join a modifier to the subject's noun (`De Minister van SZW`, `het verslag over de afgelopen periode`)
 * or a second noun to it (`De staatssecretaris van VenJ en de minister van BZK`): a left part that starts at one, or
 * right after one, has left out the noun that the subject is about.
 */
const MODIFIER_WORDS: ReadonlySet<string> = new Set([
  'van',
  'voor',
  'over',
  'in',
  'op',
  'met',
  'bij',
  'uit',
  'tot',
  'aan',
  'naar',
  'der',
  'en',
]);

/**
 * Where the finite verb after the subject that opens `before` (a tidy string: words between single spaces) starts, when
 * a left part starting at `from` (a word start after the first) leaves out the subject's noun; else -1. The subject is
 * a determiner and up to MAX_SUBJECT_WORDS words before a finite verb. The part leaves out its noun when it starts at
 * the verb, or at a word of a modifier of the noun (see MODIFIER_WORDS): `…Binnenlandse Zaken heeft` (of `De vaste
 * commissie voor …`), `…van SZW heeft` (of `De Minister …`). A part that keeps the noun and leaves out only words
 * before it, `…commissie voor Justitie heeft overleg gevoerd met staatssecretaris Albayrak…` (1031), names who acted,
 * and keeps more of what they did.
 */
export function subjectCutAt(before: string, from: number): number {
  const verb = subjectVerbAt(before);
  if (verb < 0 || from > verb || from <= 0) return -1;
  if (from === verb) return verb;
  const word = before.slice(from, wordEnd(before, from));
  const previous = before.slice(before.lastIndexOf(' ', from - 2) + 1, from - 1);
  return MODIFIER_WORDS.has(word) || MODIFIER_WORDS.has(previous) ? verb : -1;
}

/**
 * Where the finite verb after the subject that opens `before` starts (see `subjectCutAt`), or -1: `before` opens with a
 * determiner, and a finite verb follows within MAX_SUBJECT_WORDS words with no clause mark before it.
 */
function subjectVerbAt(before: string): number {
  let end = before.indexOf(' ');
  if (end < 0 || !DETERMINERS.has(before.slice(0, end).toLowerCase())) return -1;
  for (let words = 1; words <= MAX_SUBJECT_WORDS && end < before.length; words++) {
    // A clause mark ends the stretch a subject is read in: what follows is no subject's verb. Not the comma of a list
    // of names or of modifiers, nor the bracket of a name's abbreviation (see `inSubject`).
    const last = before.charCodeAt(end - 1);
    if ((last === 0x2c || last === 0x3b || last === 0x3a || last === 0x29) && !inSubject(before, end))
      return -1;
    const start = end + 1;
    end = wordEnd(before, start);
    const word = before.slice(start, end);
    // A verb right after the first word: that word is a pronoun (`Het was daarmee dus niet uitgesloten …`, 2800), and
    // a label that leaves it out has lost nothing.
    if (FINITE_VERBS.has(word)) return words > 1 ? start : -1;
    // A relative clause in the subject: its verb is not the subject's (`De acties en maatregelen die ik heb
    // aangekondigd in mijn brief van 28 september zijn daarom urgent`, 2593).
    if (RELATIVES.has(word)) return -1;
  }
  return -1;
}

/**
 * Does the mark that ends the word before `end` (a space, or the end) stay inside a subject? A comma between the names
 * of a list, `De leden van de vaste commissie voor Volksgezondheid, Welzijn en Sport` (2746), or before the next
 * modifier of a list, `De ministers van Justitie, van Financiën en van Binnenlandse Zaken` (2051); the bracket of a
 * name's abbreviation, `… Sport (VWS) hebben`, `…/Jeugd en Gezin (VWS/JG) heeft` (997).
 */
function inSubject(before: string, end: number): boolean {
  const start = before.lastIndexOf(' ', end - 1) + 1;
  const mark = before.charCodeAt(end - 1);
  if (mark === 0x29) return /^\(\p{Lu}[\p{L}&/-]*\)$/u.test(before.slice(start, end));
  if (mark !== 0x2c || end >= before.length) return false;
  const next = before.slice(end + 1, wordEnd(before, end + 1));
  return (
    (isUpper(before.charCodeAt(start)) && isUpper(next.charCodeAt(0))) || next === 'van' || next === 'voor'
  );
}
