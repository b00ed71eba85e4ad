import { HEBBEN_FORMS, MODAL_FORMS, WORDEN_FORMS, ZIJN_FORMS } from '../dates/lexicon';

/**
 * The finite auxiliaries that the timeline's label rules look for, in one list: the forms of `hebben`, `zijn` and
 * `worden` a perfect or passive clause turns on, whose participle comes at its end (`heb ik uw Kamer … toegezonden`,
 * 2106; `zijn ze door de Minister-President … beantwoord`, 1674; `wordt uw Kamer … geïnformeerd`, 526). Each rule takes
 * its own list from it, with its differences named where it is made (`promise-tail.ts`, `other-date.ts`): a rule that
 * reads a main clause's verb adds the modals, one that reads `zijn` after a date keeps it only before a subject (it is
 * a possessive as often).
 */

/** The finite forms of `hebben`, `zijn` and `worden` in the letters (the date rules' lexicon holds each verb's). */
export const AUXILIARY_WORDS: readonly string[] = [...HEBBEN_FORMS, ...ZIJN_FORMS, ...WORDEN_FORMS];

/**
 * The auxiliaries and the modals: the finite verb that opens a main clause after a fronted phrase (Dutch puts it
 * second, the subject after it), read by the rules that look for where a main clause starts.
 */
export const FINITE_VERBS: ReadonlySet<string> = new Set([...AUXILIARY_WORDS, ...MODAL_FORMS]);

/** `words` without those of `left`. */
export function wordsWithout(words: readonly string[], left: readonly string[]): string[] {
  return words.filter((w) => !left.includes(w));
}

/** `words` as a regex alternation, `a|b|c`, for a group that the caller bounds as its rule needs. */
export function alternation(words: readonly string[]): string {
  return words.join('|');
}
