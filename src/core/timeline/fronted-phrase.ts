import { pastWhiteSpace, wordEndBefore } from '../text/chars';
import { FINITE_VERBS } from './auxiliaries';
import { subjectBeforeVerb } from './fronted';
import { mayBeFiniteVerb, pastListMarks } from './label-chars';
import { RELATIVE_WORDS, SUBORDINATORS } from './function-words';
import { FRONTING_PREPOSITIONS } from './word-window';

/**
 * A label that a rule started at the main clause's finite verb, leaving out the phrase or clause the sentence opens
 * with, read as Dutch puts it, the subject after the verb: `…heeft de vaste commissie voor Binnenlandse Zaken mij
 * verzocht om de nota…` (718, of `Op 22 april jl. heeft de vaste commissie … mij verzocht om voor 29 april a.s. de nota
 * …`), `…heb ik u toegezegd een verduidelijking te geven…` (1540). With the subject first it reads as the sentence it
 * is: `De vaste commissie voor Binnenlandse Zaken heeft mij verzocht …`, `Ik heb u toegezegd …`, as a fronted date's
 * label does (see `subjectFirst`). Only where what was left out is what the sentence opens with: a phrase of a
 * preposition (`Tijdens het debat d.d. 17 juni 2009`, `In reactie op het verzoek van het lid Omtzigt (…),`) or a clause
 * of `zoals`, `omdat`, `nu`… up to its comma (`Zoals … is aangegeven, zal het wetsvoorstel …`). A verb after a subject
 * the label left out (`De vaste Commissie … heeft de navolgende vragen …`, 592), a clause after a main one (`…, wil het
 * … in werking kunnen treden`, 2357) or one after a condition (`Indien …, zou ik …`: without it the label would say
 * what the letter does not) stay as they were.
 */

/**
 * The first words of a sentence's fronted phrase: those `pastFrontedPhrase` reads, and those of a purpose, ground or
 * source (`Ter voorbereiding van …,`, 553; `Gezien …`, `Conform …`, `Namens …`).
 */
const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  ...FRONTING_PREPOSITIONS,
  ...'ter ten gezien conform namens'.split(' '),
]);

/** Conjunctions of a fronted clause whose leaving out keeps what the main clause says (not `als`, `indien`, `tenzij`). */
const FRONTING_CONJUNCTIONS: ReadonlySet<string> = new Set(
  'zoals omdat nu nadat doordat aangezien hoewel toen zodra voordat teneinde'.split(' '),
);

/** The most words a fronted phrase or clause is read over. */
const MAX_FRONTED_WORDS = 60;

/**
 * `label` of a date in text[from, to) (a sentence) with the subject first, where it starts at the sentence's main
 * clause after the phrase or clause the sentence opens with (see above); else `label` as it is.
 */
export function subjectFirstPastFront(text: string, from: number, to: number, label: string): string {
  if (label.charCodeAt(0) !== 0x2026) return label;
  const verbEnd = label.indexOf(' ', 1);
  if (verbEnd < 0) return label;
  const nextEnd = label.indexOf(' ', verbEnd + 1);
  const verb = label.slice(1, verbEnd);
  const next = label.slice(verbEnd + 1, nextEnd < 0 ? label.length : nextEnd);
  if (!isMainVerb(verb, next)) return label;
  const at = mainVerbAfterFront(text, from, to);
  if (at < 0) return label;
  // The label goes on from there: its verb and the word after it are the text's.
  if (wordAt(text, at, to) !== verb) return label;
  if (wordAt(text, pastWhiteSpace(text, at + verb.length, to), to) !== next) return label;
  return subjectBeforeVerb(label.slice(1)) ?? label;
}

/**
 * May `word`, `next` after it, be a main clause's finite verb with its subject after it: one of FINITE_VERBS, or any
 * verb before `ik`, `wij` or `we` (`…beantwoord ik het verzoek van de Vaste commissie…`, 1083; `…informeren wij u
 * hierbij over het besluit…`, 1864), not a word that opens a clause of its own (`…dat ik u …`, `…zoals ik …`).
 */
function isMainVerb(word: string, next: string): boolean {
  if (FINITE_VERBS.has(word)) return true;
  return (
    PRONOUN_SUBJECTS.has(next) &&
    /^\p{Ll}+$/u.test(word) &&
    mayBeFiniteVerb(word) &&
    !CLAUSE_OPENERS.has(word)
  );
}

/** The personal pronouns that are a subject after their verb in a letter: `ik`, `wij`, `we`. */
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['ik', 'wij', 'we']);

/** Words before a subject that open a clause, no verb: conjunctions, relative words, `zoals`, `nu`… */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...SUBORDINATORS,
  ...RELATIVE_WORDS,
  ...'zoals en maar of want wat als dan nu toen hoe waar waarom ook'.split(' '),
]);

/** The word at `at` in text, up to white space or `to`. */
function wordAt(text: string, at: number, to: number): string {
  return text.slice(at, wordEndBefore(text, at, to));
}

/**
 * Where the main clause's finite verb is in the sentence text[from, to) when the sentence opens with a fronted phrase
 * of a preposition (the first word outside brackets and quotes that `isMainVerb` takes, no clause mark before it but a
 * comma right before it) or a fronted clause (FRONTING_CONJUNCTIONS, the verb right after its comma); else -1.
 */
function mainVerbAfterFront(text: string, from: number, to: number): number {
  const k = pastListMarks(text, from, to);
  const firstEnd = wordEndBefore(text, k, to);
  const first = text.slice(k, firstEnd).toLowerCase();
  const phrase = PHRASE_OPENERS.has(first);
  if (!phrase && !FRONTING_CONJUNCTIONS.has(first)) return -1;
  let depth = 0;
  let commas = 0;
  let comma = false; // does the word before end in a comma
  let words = 0;
  for (let at = pastWhiteSpace(text, firstEnd, to); at < to; at = pastWhiteSpace(text, at, to)) {
    const end = wordEndBefore(text, at, to);
    const word = text.slice(at, end);
    if (
      depth === 0 &&
      (phrase || comma) &&
      isMainVerb(word, wordAt(text, pastWhiteSpace(text, end, to), to))
    ) {
      // A phrase has no comma but the one that ends it; a clause ends at its first.
      return commas === 0 || (commas === 1 && comma) ? at : -1;
    }
    if (++words > MAX_FRONTED_WORDS) return -1;
    comma = false;
    for (let c = at; c < end; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 0x28 || ch === 0x5b || ch === 0xab || ch === 0x201c) depth++;
      else if (ch === 0x29 || ch === 0x5d || ch === 0xbb || ch === 0x201d) depth = Math.max(0, depth - 1);
      else if (depth === 0 && (ch === 0x3b || ch === 0x3a)) return -1;
      else if (depth === 0 && ch === 0x2c) {
        commas++;
        comma = c === end - 1;
      }
    }
    // A clause's verb comes right after its comma: any other word there is no main clause of this shape.
    if (!phrase && commas > 0 && !comma) return -1;
    at = end;
  }
  return -1;
}
