/**
 * Sentence patterns of a commitment (toezegging): the government promising parliament a letter, a report,
 * information or proposals. Matched on a flattened, lower-cased sentence (see `flatten`). Each pattern
 * names the real sentence it was written from (NAVO = tests/fixtures/navo-defensieministers-2022-09-30.txt,
 * NN = tests/fixtures/letters/letters/NN-*.txt). Quantifiers are bounded, so matching stays linear.
 */

const GOV = String.raw`(?:ik|wij|we|het kabinet|de regering|de minister(?:-president)?|de staatssecretaris|het ministerie)`;
const KAMER = String.raw`(?:uw kamer|de kamer|de tweede kamer|de eerste kamer|kamerleden|\bu\b)`;

export interface CommitmentPattern {
  name: string;
  re: RegExp;
  /** The present tense also describes this very letter: then a future cue must be in the sentence. */
  needsFutureCue?: boolean;
  /** The sentence must also address parliament. */
  needsKamer?: boolean;
}

export const COMMITMENT_PATTERNS: readonly CommitmentPattern[] = [
  // `Binnenkort ontvangt uw Kamer een brief …` (NAVO), `In Q1 2026 ontvangt uw Kamer …` (12),
  // `Van de Staatssecretaris ontvangt u een brief …` (11).
  { name: 'receives', re: new RegExp(String.raw`\b(?:ontvangt|krijgt)\s+${KAMER}`) },
  // `Het kabinet zal de Kamer hierover nadere voorstellen doen` (NAVO), `zal het kabinet … de Kamer hierover
  // nader informeren` (NAVO), `zal ik u … rapporteren` (03), `Voortaan zal ik, zoals met Uw Kamer …` (06).
  {
    name: 'will',
    re: new RegExp(String.raw`\b(?:(?:zal|zullen)\s+${GOV}|${GOV}\s+(?:zal|zullen))\b`),
    needsKamer: true,
  },
  // `Het kabinet streeft ernaar om in november 2022 …` (NAVO).
  { name: 'strives', re: /\b(?:streeft|streef|streven)\s+er\s?naar\b/ },
  // `Ik informeer uw Kamer voor de zomer over …`: present tense for the future, only with a future cue.
  {
    name: 'informs',
    re: new RegExp(
      String.raw`\b(?:(?:ik|wij|we|het kabinet)\s+(?:informeer|informeert|informeren|stuur|stuurt|sturen|zend|zendt|zenden)\s+${KAMER}|(?:informeer|informeert|informeren|stuur|stuurt|sturen|zend|zendt|zenden)\s+(?:ik|wij|we|het kabinet)\s+${KAMER})`,
    ),
    needsFutureCue: true,
  },
  // `Ik houd uw Kamer op de hoogte van …`.
  {
    name: 'keeps-informed',
    re: new RegExp(
      String.raw`\b(?:houd|houdt|houden)\s+(?:(?:ik|wij|we|het kabinet)\s+)?${KAMER}[^.]{0,60}?op de hoogte`,
    ),
  },
  // `Ik kom hier voor de zomer op terug`.
  {
    name: 'comes-back',
    re: new RegExp(
      String.raw`\b(?:${GOV}\s+(?:kom|komt|komen)|(?:kom|komt|komen)\s+${GOV})\b[^.]{0,80}?\b(?:op|hierop|daarop|erop)\s+terug\b`,
    ),
  },
  // `Ik verwacht uw Kamer in het voorjaar te informeren`, `Ik ben voornemens …`, `Ik zeg toe …`.
  {
    name: 'intends',
    re: /\b(?:verwacht|verwachten|voornemens|van plan|zeg\s+toe|zegt\s+toe|zeggen\s+toe)\b[^.]{0,120}?\bte\s+(?:informeren|sturen|zenden|toesturen|toezenden|rapporteren|berichten|voorleggen|delen|doen toekomen)\b/,
    needsKamer: true,
  },
  // `Uw Kamer wordt voor de zomer geïnformeerd`, `zal uw Kamer worden geïnformeerd`.
  {
    name: 'passive',
    re: new RegExp(
      String.raw`\b(?:${KAMER}\s+(?:wordt|zal)|(?:wordt|zal)\s+${KAMER})\b[^.]{0,100}?\b(?:geïnformeerd|geinformeerd|ingelicht|op de hoogte (?:gehouden|gesteld|gebracht))`,
    ),
    needsFutureCue: true,
  },
];

export const KAMER_RE = new RegExp(KAMER);

/** Matches where at least one of COMMITMENT_PATTERNS matches (their alternation; none has flags). */
export const ANY_COMMITMENT_RE = new RegExp(COMMITMENT_PATTERNS.map((p) => `(?:${p.re.source})`).join('|'));

/**
 * A necessary condition for COMMITMENT_PATTERNS, searched in the whole text as it stands (any case, any
 * white space) instead of in each flattened sentence: every sentence whose flattened text matches a
 * pattern holds the start of a match of CANDIDATE_RE, or one of UNFLATTENED_MARKS (see there). So only the
 * few sentences it points at need flattening and the full test.
 *
 * Why it is necessary: flattening lower-cases, turns each white-space run into one space, and joins words
 * at `-\n`. Apart from that join, a stretch of ASCII letters and spaces in the flattened sentence stands in
 * the text with the same letters in any case (flag `i`; only A–Z, U+0130 and U+212A lower-case to ASCII
 * letters) and `\s+` for each space. Each alternative below is such a stretch that every match of its
 * pattern contains (`\b` dropped, a word list cut to its first or last words: both only widen it).
 *
 * Why it looks like this: V8 tries each alternative at each position where its first letter stands, so the
 * cost grows with the number of groups and with how common their first letters are. Each group opens with
 * a letter that is rare in Dutch (`z`, `f`, `c`, `u`, `v`, `j`, `h`; not `i`, `s`, `o`, `k`), found inside
 * the words of the alternatives it stands for: the letters before it are checked by a lookbehind
 * (`forme(?<=informe)…` for `informe…`, `vangt(?<=ontvangt)` for `ontvangt`), and so is a word before the
 * verb (`zal(?<=ik\s+zal)`). A match then starts inside the stretch instead of at its first letter, in the
 * same sentence: only which sentences hold a match counts. A lookbehind comes after the letters that
 * follow the group's letter where it can (`jgt(?<=krijgt)`, not `j(?<=krij)gt`): most places where a
 * common letter stands (the `j` of every `ij`) are then ruled out by the next letters, which V8 checks
 * quickly, before the lookbehind runs (a fifth fewer instructions for the pass).
 */
const GOV_FIRST = String.raw`(?:ik|wij|we|het|de)`; // first word of GOV
const GOV_LAST = String.raw`(?:ik|wij|we|kabinet|regering|minister|ministerie|president|staatssecretaris)`; // last word of GOV
const SUBJECT_LAST = String.raw`(?:ik|wij|we|kabinet)`; // last word of `ik|wij|we|het kabinet` (informs)
const SUBJECT_FIRST = String.raw`(?:ik|wij|we|het)`; // its first word
const KAMER_WORDS = String.raw`(?:uw\s+kamer|de\s+(?:tweede\s+|eerste\s+)?kamer|kamerleden|u)`; // KAMER
const CANDIDATE_GROUPS: readonly string[] = [
  // will: `(zal|zullen)\s+GOV` and `GOV\s+(zal|zullen)`; informs: `SUBJECT\s+zend…` and `zend…\s+SUBJECT`;
  // intends: `(zeg|zegt|zeggen)\s+toe`.
  String.raw`z(?:(?:al|ullen)(?:\s+${GOV_FIRST}|(?<=${GOV_LAST}\s+z(?:al|ullen)))|end(?:(?<=${SUBJECT_LAST}\s+zend)|(?:t|en)?\s+${SUBJECT_FIRST})|eg(?:t|gen)?\s+toe)`,
  // informs: `SUBJECT\s+informe…` and `(informeer|informeert|informeren)\s+SUBJECT`; passive: `geinformeerd`,
  // `geïnformeerd`; strives: `(streef|streeft)\s+er\s*naar`.
  String.raw`f(?:orme(?:(?<=${SUBJECT_LAST}\s+informe)|(?<=informe)(?:er|ert|ren)\s+${SUBJECT_FIRST}|erd(?<=ge[iï]nformeerd))|(?<=streef)t?\s+er\s*naar)`,
  // passive: `ingelicht`.
  String.raw`cht(?<=ingelicht)`,
  // informs: `SUBJECT\s+(stuur|stuurt|sturen)` and `(stuur|stuurt|sturen)\s+SUBJECT`; comes-back: `op\s+terug`;
  // keeps-informed: `(houd|houdt|houden)\s+` and the first word of GOV or KAMER.
  String.raw`u(?:(?:ur|ren)(?<=${SUBJECT_LAST}\s+st(?:uur|uren))|(?:urt?|ren)(?<=stu(?:urt?|ren))\s+${SUBJECT_FIRST}|g(?<=op\s+terug)|d(?<=houd)(?:t|en)?\s+(?:ik|wij|we|het|uw|de|kamerleden|u))`,
  // strives: `streven\s+er\s*naar`; receives: `ontvangt\s+KAMER`; intends: `verwacht|verwachten|voornemens|van plan`.
  String.raw`v(?:en(?<=streven)\s+er\s*naar|angt(?<=ontvangt)\s+${KAMER_WORDS}|erwacht|oornemens|an\s+plan)`,
  // receives: `krijgt\s+KAMER`.
  String.raw`jgt(?<=krijgt)\s+${KAMER_WORDS}`,
  // passive: `op de hoogte (gehouden|gesteld|gebracht)`.
  String.raw`hoogte\s+(?:gehouden|gesteld|gebracht)`,
];

/** Global: for one pass over a text (see CANDIDATE_GROUPS). */
export const CANDIDATE_RE = new RegExp(CANDIDATE_GROUPS.join('|'), 'gi');

/**
 * What makes a flattened sentence differ from the text in more than case and white space: joined
 * hyphenation (`-\n`), and the two characters that lower-case to ASCII letters besides A–Z (`İ` becomes
 * `i̇`, the Kelvin sign `k`). A sentence holding one is always a candidate. Searched with `indexOf`, which
 * is far cheaper than a regex alternative for text that rarely has them.
 */
export const UNFLATTENED_MARKS: readonly string[] = ['-\n', '\u0130', '\u212a'];

/** Words that make a present-tense promise point forward. */
export const FUTURE_CUE_RE =
  /\b(?:binnenkort|spoedig|nader|later|zodra|te zijner tijd|voor de zomer|na de zomer|voor het zomerreces|na het zomerreces|voor het einde|voor eind|voor het eind|voor prinsjesdag|in de volgende|in een volgende|komend|komende|aanstaande|uiterlijk)\b|\bvolgende? (?:week|maand|jaar|kwartaal|voorjaar|najaar|zomer|winter|halfjaar|vergaderjaar|begrotingsjaar)\b/;
// `volgende` alone is also "the following" (`over de volgende onderwerpen`, 52): only with a time it points forward.

/** Words that say something comes with this letter: `bij deze`, `hierbij`, `bijgaand`, `als bijlage`. */
const SENT_HEREWITH = String.raw`\bbij deze\b|\bhierbij\b|\bbijgaand\b|\bals bijlage\b`;

/**
 * This letter itself: `In deze brief zal ik stilstaan bij …` (09), `In deze Kamerbrief zal ik een toelichting
 * geven` (22), `ontvangt u bij deze …` (89), `Als bijlage ontvangt u de publicatie` (34) promise nothing for later.
 */
export const THIS_LETTER_RE = new RegExp(
  String.raw`\b(?:in|met|bij|via) deze (?:kamer)?brief\b|${SENT_HEREWITH}|\bhiermee\b`,
);

/**
 * This letter as the means of a present-tense delivery: `Met deze brief ontvangt de Tweede Kamer informatie ten
 * behoeve van het commissiedebat … op 16 april aanstaande` (90) delivers now; its future cue is the debate's.
 */
export const BY_THIS_LETTER_RE = new RegExp(
  String.raw`\b(?:met|bij|via) deze (?:kamer)?brief\b|${SENT_HEREWITH}`,
);

/** Patterns in the present tense, which also describe what this letter does. */
export const PRESENT_TENSE = new Set(['receives', 'informs', 'passive']);

/** Lower case, line-end hyphenation joined, white space collapsed. Offsets are not kept: only for tests. */
export function flatten(sentence: string): string {
  return (
    sentence
      .replace(/(\p{Ll})-\n\s*(\p{Ll})/gu, '$1$2')
      // Same as replacing every white-space run by a space, but a lone space (most of them) is left alone.
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .toLowerCase()
  );
}
