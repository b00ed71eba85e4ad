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

/** Words that make a present-tense promise point forward. */
export const FUTURE_CUE_RE =
  /\b(?:binnenkort|spoedig|nader|later|zodra|te zijner tijd|voor de zomer|na de zomer|voor het zomerreces|na het zomerreces|voor het einde|voor eind|voor het eind|voor prinsjesdag|in de volgende|in een volgende|komend|komende|volgend|volgende|aanstaande|uiterlijk)\b/;

/** This letter itself: `In deze brief zal ik stilstaan bij …` (09) promises nothing for later. */
export const THIS_LETTER_RE = /\b(?:in|met|bij) deze brief\b|\bhierbij\b|\bbijgaand\b|\bhiermee\b/;

/** Lower case, line-end hyphenation joined, white space collapsed. Offsets are not kept: only for tests. */
export function flatten(sentence: string): string {
  return sentence
    .replace(/(\p{Ll})-\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
