import { MAX_LABEL } from './label-chars';
import { readableEnd } from './word-window';

/**
 * A promise too long for a label, cut at its end as any text is, loses what is promised: a Dutch clause puts
 * its verbs last (`Ik zal uw Kamer een reactie op het rapport, mede namens …, doen toekomen`, 910), so
 * `Ik zal uw Kamer een reactie op het rapport…` says that something comes, not that it is sent. This keeps
 * the sentence's opening with its finite verb and its closing verb group: `Ik zal uw Kamer een reactie op het
 * rapport … doen toekomen`.
 */

/** Verbs a promise ends on: sending, informing, coming with, receiving; as infinitive or participle. */
const PROMISE_VERB =
  /^(?:\p{L}*(?:informeren|sturen|zenden|bieden|leggen|maken|geven|brengen|rapporteren|berichten|publiceren|indienen)|(?:terug)?komen|toekomen|ontvangen|bereiken|toegaan|\p{L}*(?:ge[iï]nformeerd|gestuurd|gezonden|geboden|gelegd|gemaakt|gegeven|gebracht|gerapporteerd|gepubliceerd|ingediend))$/u;

/** Words of a verb group before its last verb: `te`, auxiliaries, and the particles of separable verbs. */
const VERB_GROUP_WORD = new Set([
  'te',
  'doen',
  'kunnen',
  'worden',
  'wordt',
  'zal',
  'zullen',
  'aan',
  'toe',
  'voor',
  'op',
  'terug',
  'kenbaar',
  'bekend',
  'mee',
  'na',
  'over',
  // A receiving clause's finite verb stands in the group in a `dat` clause: `dat uw Kamer … krijgt toegestuurd` (268).
  'krijgt',
  'krijgen',
]);

/**
 * The finite verbs a promise's main clause turns on: the head kept must hold one, or the label would be
 * a subject and a verb group with no clause between them.
 */
const FINITE =
  /(?:^| )(?:zal|zullen|zult|wordt|worden|verwacht|verwachten|streef|streeft|streven|ontvangt|ontvang|stuur|stuurt|kunt|mag|ga|gaat|is|ben|zijn|wil|willen|kom|komt|krijgt|krijgen)(?= |$)/i;

/**
 * Words that open a clause of their own: a verb group after one of them in the part left out belongs to that
 * clause (`… in de Regeldrukbrief die ik aan uw Kamer zal toesturen`, 180), not to the promise's.
 */
const CLAUSE_OPENER =
  /(?:^| )(?:die|dat|wat|welke|waarin|waarmee|waarbij|waarna|waarop|waarover|zodat|omdat|als|wanneer|nadat|hoe|waar|indien|zodra|terwijl|of|maar|en (?:zal|zullen|wordt|worden|ik|wij|we))(?= |$)|, (?:zal|zullen|wordt|worden|is|ben|verwacht|kan|kunnen)(?= |$)/i;

/** Longest verb group kept at the end, in characters. */
const MAX_TAIL = 30;

/** Where the verb group that ends `s` starts, or -1 when `s` does not end on a promise's verb. */
function verbGroupStart(s: string): number {
  let start = s.lastIndexOf(' ') + 1;
  const last = s.slice(start).toLowerCase();
  if (!PROMISE_VERB.test(last)) return -1;
  for (let words = 1; words < 4 && start > 0; words++) {
    const before = s.lastIndexOf(' ', start - 2) + 1;
    const word = s.slice(before, start - 1);
    if (!VERB_GROUP_WORD.has(word.toLowerCase())) break;
    start = before;
  }
  // `komen` says what comes only with what it comes with: `met een reactie komen` (2793).
  if (last === 'komen' && start === s.length - last.length) {
    const m = /(?:^| )(met (?:(?:een|de|het|mijn|onze|zijn) )?\S+) komen$/.exec(s);
    if (m) start = s.length - m[1]!.length - ' komen'.length;
  }
  return s.length - start <= MAX_TAIL ? start : -1;
}

/**
 * `s` (collapsed, longer than a label) as `head … verb group`, or null when it does not end on a promise's
 * verb group, or when what would be left out holds a clause of its own or the head no finite verb.
 */
export function promiseWithItsVerb(s: string): string | null {
  const tailStart = verbGroupStart(s);
  if (tailStart < 0) return null;
  const tail = s.slice(tailStart);
  const room = MAX_LABEL - tail.length - 3;
  if (room < MAX_LABEL / 3) return null;
  let cut = s.lastIndexOf(' ', room);
  // Nothing to leave out between them: the text is too long for another reason, and is cut as any text is.
  if (cut <= 0 || cut >= tailStart - 1) return null;
  // A head that breaks off inside an inserted phrase ends before it: `…op het rapport, mede namens de…` (910).
  const comma = s.lastIndexOf(', ', cut);
  if (comma > MAX_LABEL / 3 && s.indexOf(',', cut) >= 0 && s.indexOf(',', cut) < tailStart) cut = comma;
  cut = readableEnd(s, cut, MAX_LABEL / 3);
  const head = s.slice(0, cut).replace(/[\s,;:–-]+$/, '');
  // In a `dat` clause the finite verb is in the closing group: `…dat uw Kamer … krijgt toegestuurd` (268).
  if (!FINITE.test(head) && !(head.startsWith('…dat ') && FINITE.test(tail))) return null;
  if (CLAUSE_OPENER.test(s.slice(cut, tailStart))) return null;
  return `${head} … ${tail}`;
}
