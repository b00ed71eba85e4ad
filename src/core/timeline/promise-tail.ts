import { isParticipleAfterParticle } from '../dates/tense';
import { alternation, AUXILIARY_WORDS } from './auxiliaries';
import { LABEL_STRETCH, LOWER_CASE_WORD, MAX_LABEL } from './label-chars';
import { roleAt } from './quotes';
import { ARTICLES, DEMONSTRATIVES, NO_LAST_WORDS, POSSESSIVES } from './function-words';
import { readableEnd } from './readable-end';
import { wordEnd } from './tidy-words';

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

/** Is `word` a verb a promise ends on (see PROMISE_VERB)? */
function isPromiseVerb(word: string): boolean {
  return PROMISE_VERB.test(word);
}

/** The words of a verb group that are a part of its verb: a separable verb's particle, a predicative word. */
const VERB_PARTICLE: ReadonlySet<string> = new Set([
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
]);

/** Words of a verb group before its last verb: `te`, auxiliaries, and the particles of separable verbs. */
const VERB_GROUP_WORD = new Set([
  'te',
  'doen',
  'kunnen',
  'worden',
  'wordt',
  'zal',
  'zullen',
  ...VERB_PARTICLE,
  // A receiving clause's finite verb stands in the group in a `dat` clause: `dat uw Kamer … krijgt toegestuurd` (268).
  'krijgt',
  'krijgen',
]);

/**
 * The finite verbs a promise's main clause turns on: the head kept must hold one, or the label would be
 * a subject and a verb group with no clause between them. A label that opens mid-sentence opens with `…` (see
 * `mainClause` in `commitment-label.ts`): `…streef ik ernaar u … te doen toekomen` (511).
 */
const FINITE =
  /(?:^|[ …])(?:zal|zullen|zult|wordt|worden|verwacht|verwachten|streef|streeft|streven|ontvangt|ontvang|stuur|stuurt|kunt|mag|ga|gaat|is|ben|zijn|wil|willen|kom|komt|krijgt|krijgen)(?= |$)/i;

/** The conjunctions and relatives that open a clause (CLAUSE_OPENER, CLAUSE_OPENER_WORD). */
const OPENER_WORDS =
  'die|dat|wat|welke|waarin|waarmee|waarbij|waarna|waarop|waarover|zodat|omdat|als|wanneer|nadat|hoe|waar|indien|zodra|terwijl|of|maar';

/**
 * Words that open a clause of their own: a verb group after one of them in the part left out belongs to that
 * clause (`… in de Regeldrukbrief die ik aan uw Kamer zal toesturen`, 180), not to the promise's.
 */
const CLAUSE_OPENER = new RegExp(
  String.raw`(?:^| )(?:${OPENER_WORDS}|en (?:zal|zullen|wordt|worden|ik|wij|we))(?= |$)|, (?:zal|zullen|wordt|worden|is|ben|verwacht|kan|kunnen)(?= |$)`,
  'i',
);

/** Longest verb group kept at the end, in characters. */
const MAX_TAIL = 30;

/** Where the verb group that ends `s` starts, or -1 when `s` does not end on a verb `isVerb` takes. */
function verbGroupStart(s: string, isVerb: (word: string) => boolean): number {
  let start = s.lastIndexOf(' ') + 1;
  const last = s.slice(start).toLowerCase();
  if (!isVerb(last)) return -1;
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
 * Verbs that say what happened only with the word before them, their complement: `… gesteld` of `in totaal € 45
 * miljoen beschikbaar gesteld` (543) said nothing of what was done, nor `… gemaakt` of `(Veteranenwet) aanhangig
 * gemaakt` (2282), `… genomen` of `nader ter hand genomen` (2491), `… geweest` of `aan de orde geweest` (675), `…
 * gegaan` of `van start gegaan` (78).
 */
const LIGHT_VERB = new Set([
  'gesteld',
  'stellen',
  'gemaakt',
  'maken',
  'genomen',
  'nemen',
  'gegeven',
  'geven',
  'gebracht',
  'brengen',
  'gehouden',
  'houden',
  'gelegd',
  'leggen',
  'gevoerd',
  'voeren',
  'gedaan',
  'geweest',
  'gehad',
  'gekregen',
  'gekomen',
  'gevonden',
  'getreden',
  'getrokken',
  'gezet',
  'gegaan',
  'geworden',
]);

/**
 * Words before a light verb that are no complement of it: articles, pronouns, conjunctions, prepositions,
 * auxiliaries and modals, and adverbs that say nothing of what was done.
 */
const NO_COMPLEMENT = new Set([
  ...AUXILIARY_WORDS,
  ...'de het een die dat deze dit wat wie er hier daar ik wij we u jij je hij zij ze hem haar hen hun ons mij me zich en of maar dan als zal zullen kan kunnen moet moeten mag mogen wil willen aan op in met voor van naar door bij over uit tot om onder na te ter ten tegen tussen zonder ook nog al wel'.split(
    ' ',
  ),
]);

/** Prepositions that open a fixed phrase with a light verb: `ter hand genomen`, `aan de orde geweest`, `tot stand gekomen`. */
const PHRASE_PREPOSITION = new Set(['ter', 'ten', 'tot', 'aan', 'in', 'op', 'onder', 'buiten', 'uit']);

/** Nouns of a fixed phrase with `van` and a light verb: `van start gegaan` (78), `van kracht geworden`. */
const VAN_PHRASE = new Set(['start', 'kracht', 'toepassing']);

/**
 * Prepositions of a phrase that tells more of a noun, not of the verb: a word right after one of them, or after one and
 * a determiner or inflected adjective, is that phrase's noun, no complement: `het debat over de verhuurderheffing
 * gevoerd` (1505), `vragen van gelijke strekking gesteld` (1074), `keuzes voor investeringen gemaakt` (2454); but `voor
 * burgers beschikbaar te maken` (1036) keeps `beschikbaar`.
 */
const OTHER_PREPOSITION = new Set([
  'van',
  'over',
  'met',
  'voor',
  'naar',
  'door',
  'bij',
  'om',
  'tegen',
  'tussen',
  'zonder',
  'na',
  'sinds',
]);

/**
 * Where the verb group that starts at `start` in `s` starts with its light verb's complement (see LIGHT_VERB), or
 * `start` when it has none: the group has no particle or predicative word of its own (`kenbaar te maken`), and the word
 * before it is in lower case and no function word, with the preposition (and article) of a fixed phrase it ends (`ter
 * hand`, `aan de orde`, `op een rij`), and no noun of a phrase after OTHER_PREPOSITION; the group stays within
 * MAX_TAIL.
 */
function complementStart(s: string, start: number): number {
  if (start < 2 || !LIGHT_VERB.has(s.slice(s.lastIndexOf(' ') + 1).toLowerCase())) return start;
  for (const w of s.slice(start).split(' ')) if (VERB_PARTICLE.has(w.toLowerCase())) return start;
  const before = s.lastIndexOf(' ', start - 2) + 1;
  const word = s.slice(before, start - 1);
  if (!LOWER_CASE_WORD.test(word) || NO_COMPLEMENT.has(word)) return start;
  // The two words before it.
  const at1 = before >= 2 ? s.lastIndexOf(' ', before - 2) + 1 : before;
  const w1 = s.slice(at1, Math.max(at1, before - 1));
  const at2 = at1 >= 2 ? s.lastIndexOf(' ', at1 - 2) + 1 : at1;
  const w2 = s.slice(at2, Math.max(at2, at1 - 1));
  let from = before;
  if (PHRASE_PREPOSITION.has(w1) || (w1 === 'van' && VAN_PHRASE.has(word))) from = at1;
  else if (ARTICLES.has(w1) && PHRASE_PREPOSITION.has(w2)) from = at2;
  else if (
    OTHER_PREPOSITION.has(w1) ||
    (OTHER_PREPOSITION.has(w2) && (DETERMINERS.has(w1) || INFLECTED.test(w1)))
  )
    return start;
  return s.length - from <= MAX_TAIL ? from : start;
}

/** Words that open a noun phrase: articles, demonstratives and possessives. */
const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVES]);

/** An inflected adjective before its noun (`gelijke`): lower case, ending in `e`. */
const INFLECTED = /^\p{Ll}+e$/u;

/**
 * `s` (collapsed, longer than a label) as `head … verb group`, or null when it does not end on a promise's
 * verb group, or when what would be left out holds a clause of its own or the head no finite verb.
 */
export function promiseWithItsVerb(s: string): string | null {
  const label = withItsVerb(s, isPromiseVerb, FINITE, 0, ALWAYS);
  return label === null ? null : (withObject(s, label) ?? label);
}

/**
 * A promise too long for its label whose first clause closes on its verb group at a comma within the stretch: that
 * clause, with `…` for what follows. `Ik verzoek u daarom mij toe te staan de kabinetsvisie later dan 1 september toe
 * te sturen, waarbij ik nog steeds streef naar toezending …` (1137) was cut to `…de kabinetsvisie later dan 1
 * september…`, which left out what was asked. The last such comma up to MAX_LABEL + LABEL_STRETCH, past half a label;
 * null where none is.
 */
export function promiseClauseBeforeComma(s: string): string | null {
  for (
    let k = s.lastIndexOf(',', MAX_LABEL + LABEL_STRETCH);
    k > MAX_LABEL / 2;
    k = s.lastIndexOf(',', k - 1)
  ) {
    const head = s.slice(0, k);
    if (verbGroupStart(head, isPromiseVerb) >= 0) return `${head}…`;
  }
  return null;
}

/**
 * A promise too long for its label whose verb group is followed by a phrase, or by `en` and another part of the
 * clause: `head … verb group…` of the words up to the group (see `promiseWithItsVerb`). `Ik verwacht de nota naar
 * aanleiding van het verslag en de nota van wijziging naar uw Kamer te zenden voor parlementaire behandeling` (960) was
 * cut to `Ik verwacht de nota naar aanleiding van het verslag en de nota van wijziging…`, which left out what was
 * promised; now `Ik verwacht de nota naar aanleiding van het verslag … naar uw Kamer te zenden…`. The last such group
 * that gives one; null where none does.
 */
export function promiseBeforePhrase(s: string): string | null {
  for (let end = s.lastIndexOf(' '); end > 0; end = s.lastIndexOf(' ', end - 1)) {
    const next = s.slice(end + 1, wordEnd(s, end + 1));
    if (!AFTER_VERB_GROUP.has(next)) continue;
    const head = s.slice(0, end);
    if (!isPromiseVerb(head.slice(head.lastIndexOf(' ') + 1).toLowerCase())) continue;
    // A group in an `om … te` clause is that clause's, not the promise's: `…een reactie te sturen op de aanvaarde motie
    // … over de mogelijkheden om een … kind … in aanmerking te laten komen voor …` (161) gave `…motie … komen…`.
    if (OM_CLAUSE.test(head)) return null;
    const label = withItsVerb(head, isPromiseVerb, FINITE, 0, ALWAYS);
    if (label !== null) return `${label}…`;
  }
  return null;
}

/** `om` as a word, which opens an infinitive's clause. */
const OM_CLAUSE = /(?:^| )om(?= )/;

/** Words that open what follows a promise's verb group in its clause: a phrase's preposition, or `en`. */
const AFTER_VERB_GROUP: ReadonlySet<string> = new Set(['voor', 'over', 'met', 'via', 'ter', 'en']);

/** White space, clause marks and dashes at the end of a head cut before the part left out. */
const HEAD_END = /[\s,;:–-]+$/;

/** The most characters of an object `withObject` keeps before a promise's verb group. */
const MAX_OBJECT = 35;
/** The fewest characters of a head `withObject` leaves. */
const MIN_HEAD = 10;

/**
 * A promise's `head … verb group` (`label`, of `s`) with the object the part left out ends on kept before the group,
 * the head cut shorter for it: what is sent says more than the adverbials that went with the head. `…dat uw Kamer
 * voorafgaand aan de voorziene behandeling … krijgt toegestuurd` (268) is `…dat uw Kamer … een tweede nota van
 * wijziging krijgt toegestuurd`, `…streef ik ernaar u 10 dagen voor dit Algemeen Overleg … te doen toekomen` (511)
 * `…streef ik ernaar u 10 dagen … de feitelijke sterktecijfers te doen toekomen`. The object opens with an article
 * after a word a label may end on (no preposition: a phrase after one says when or where, `aan de Staten-Generaal`),
 * holds no clause mark or bracket and is at most MAX_OBJECT long; the head keeps its finite verb and MIN_HEAD
 * characters. Null where there is no such object or no such head.
 */
function withObject(s: string, label: string): string | null {
  const gap = label.indexOf(' … ');
  if (gap < 0) return null;
  const tailStart = s.length - (label.length - gap - 3);
  // The last article before the group, and no mark after it.
  let object = -1;
  for (let at = s.lastIndexOf(' ', tailStart - 2); at > 0 && tailStart - at <= MAX_OBJECT + 1;) {
    const start = at + 1;
    const word = s.slice(start, wordEnd(s, start));
    if (/[^\p{L}\p{N}-]/u.test(word)) return null;
    if (ARTICLES.has(word)) {
      object = start;
      break;
    }
    at = s.lastIndexOf(' ', at - 1);
  }
  if (object < 2) return null;
  const previous = s.slice(s.lastIndexOf(' ', object - 2) + 1, object - 1);
  if (NO_LAST_WORDS.has(previous.toLowerCase()) || !/[\p{L}\p{N}]$/u.test(previous)) return null;
  const tail = s.slice(object);
  const room = MAX_LABEL - tail.length - 3;
  if (room < MIN_HEAD) return null;
  const cut = readableEnd(s, s.lastIndexOf(' ', room), MIN_HEAD);
  const head = s.slice(0, cut).replace(HEAD_END, '');
  if (head.length < MIN_HEAD || head.length >= gap) return null;
  if (!FINITE.test(head) && !(head.startsWith('…dat ') && FINITE.test(tail))) return null;
  if (CLAUSE_OPENER.test(s.slice(cut, object))) return null;
  return `${head} … ${tail}`;
}

/**
 * An event's label too long for its line, cut at its end, loses what happened as a promise's does: a Dutch clause puts
 * its participle last (`Per brief van 20 december 2011 heb ik u het actieplan voor de rijksbrede aanpak van de
 * loverboyproblematiek toegezonden`, 2106, read `Per brief heb ik u het actieplan voor de rijksbrede aanpak…`). This
 * keeps the label's opening with its auxiliary and its closing participle: `Per brief heb ik u het actieplan voor de
 * rijksbrede aanpak … toegezonden`. `keep` is how much of the opening must stay (the words before the date, which say
 * what it is the date of). Null where `promiseWithItsVerb` gives null, and where the participle may not be the
 * auxiliary's (see `isOwnParticiple`).
 */
export function eventWithItsVerb(
  s: string,
  keep: number,
  pastAuxiliary = HEAD_PAST_AUXILIARY,
): string | null {
  // `te` and an infinitive are no participle: `heeft het lid Timmermans verzocht … te ontvangen` (82).
  return withItsVerb(
    s,
    isEventVerb,
    AUXILIARY,
    keep,
    (head, leftOut) => isOwnParticiple(head, leftOut, pastAuxiliary),
    false,
  );
}

/** A participle that ends an event's clause: `beantwoord`, `gestemd`, `toegezonden` (also after a particle). */
function isEventVerb(word: string): boolean {
  let end = word.length;
  while (end > 0 && TRAILING_MARKS.has(word.charCodeAt(end - 1))) end--;
  // Every participle ends in d, t or n: most words are no participle, and cost no regex (this runs on every word of a
  // cut label's head and of what it leaves out).
  const last = word.charCodeAt(end - 1);
  if (last !== 0x64 && last !== 0x74 && last !== 0x6e) return false;
  const w = end === word.length ? word : word.slice(0, end);
  if (NOUN_END.test(w)) return false;
  return isParticipleAfterParticle(w);
}

/** A full stop, comma or other mark after a word: . , ! ? ; : */
const TRAILING_MARKS: ReadonlySet<number> = new Set([0x2e, 0x2c, 0x21, 0x3f, 0x3b, 0x3a]);

/** Nouns shaped as a participle: `geweld` (1009), `regeerakkoord` (1073, 2031). */
const NOUN_END = /(?:geweld|akkoord)$/;

/**
 * The auxiliaries of a perfect or passive clause that a participle closes: the head kept must hold one. All of
 * AUXILIARY_WORDS, and no modal (`zal`, `kan`): a clause that turns on one is a promise or a possibility, not an event
 * that happened, and a participle after it goes with its `worden` or `zijn` (`zal … worden toegezonden`).
 */
const AUXILIARY = new RegExp(String.raw`(?:^| )(?:${alternation(AUXILIARY_WORDS)})(?= |$)`, 'i');
/** `AUXILIARY`, all of them. */
const AUXILIARIES = new RegExp(AUXILIARY.source, 'gi');
/** A word that opens a clause (see CLAUSE_OPENER). */
const CLAUSE_OPENER_WORD = new RegExp(String.raw`(?:^| )(?:${OPENER_WORDS})(?= |$)`, 'i');
/** CLAUSE_OPENER_WORD, all of them. */
const CLAUSE_OPENERS = new RegExp(CLAUSE_OPENER_WORD.source, 'gi');

/**
 * May the participle that ends an event's sentence be what its head's auxiliary goes with? Not when the head has its
 * participle already (`De Algemene Raad heeft een verklaring richting Turkije aangenomen … geleverd`, 575; `…afgerond
 * en hebben … aan gecommitteerd`, 1942), nor when the part left out holds one (`heeft het lid Timmermans verzocht … te
 * ontvangen`, 82), nor when the head ends inside a clause of its own (`zijn de afspraken die ik … uitgewerkt`, 1113);
 * and the head goes on HEAD_PAST_AUXILIARY words past its auxiliary: `De vragen en opmerkingen zijn … voorgelegd`
 * (1267) said less than the label cut at its end, `…zijn aan de Staatssecretaris van Economische Zaken…`, and `…hebben
 * de leden … geadviseerd` (1546) than `…hebben de leden van de resonansgroep…`. Unless the label cut at its end ends on
 * its auxiliary (`pastAuxiliary` 0, see `fitted`): `De vragen en opmerkingen zijn…` (1340) says less.
 */
function isOwnParticiple(head: string, leftOut: string, pastAuxiliary = HEAD_PAST_AUXILIARY): boolean {
  let last = -1;
  let first = -1;
  for (const m of head.matchAll(AUXILIARIES)) {
    if (first < 0) first = m.index + m[0].length;
    last = m.index + m[0].length;
  }
  if (first < 0) return false;
  // The cheap tests first (this runs on many cut labels): the words past the auxiliary, then what is left out.
  if (
    head
      .slice(last)
      .split(' ')
      .filter((w) => w !== '').length < pastAuxiliary
  )
    return false;
  // The words left out, without their commas.
  const out = leftOut.replace(/,/g, ' ');
  // An auxiliary or a conjunction left out: the participle is its clause's (`…sinds de onderhandelingen daarover zijn
  // gestart`, 185).
  if (AUXILIARY.test(out) || SUBORDINATOR.test(out) || CLAUSE_OPENER_WORD.test(out)) return false;
  for (const w of head.slice(first).split(' ')) if (w !== '' && isEventVerb(w)) return false;
  for (const w of out.split(' ')) if (w !== '' && isEventVerb(w)) return false;
  let opener = -1;
  for (const m of head.matchAll(CLAUSE_OPENERS)) opener = m.index;
  return opener < 0 || head.indexOf(',', opener) >= 0;
}

/** How many words the head of an event's label goes on past its last auxiliary, at least (see `isOwnParticiple`). */
const HEAD_PAST_AUXILIARY = 3;

/** Conjunctions that open a clause, besides CLAUSE_OPENER's. */
const SUBORDINATOR = /(?:^| )(?:sinds|toen|voordat|doordat|hoewel|om)(?= |$)/i;

/** Accepts any head. */
const ALWAYS = (): boolean => true;

/**
 * `s` as `head … verb group` (see `promiseWithItsVerb`): the group's last word one `isVerb` takes, the head one
 * `finite` finds in, `keep` long at least, and both as `accept` takes them with the part left out.
 */
function withItsVerb(
  s: string,
  isVerb: (word: string) => boolean,
  finite: RegExp,
  keep: number,
  accept: (head: string, leftOut: string) => boolean,
  /** Whether the group may be `te` and an infinitive. */
  infinitive = true,
): string | null {
  const group = verbGroupStart(s, isVerb);
  if (group < 0) return null;
  // A light verb with its complement, or where the head has no room for it, without it (`…VNO/NCW en de Consumentenbond
  // … gehouden`, 2782, of `een gezamenlijke persconferentie gehouden`).
  const withComplement = complementStart(s, group);
  if (withComplement === group) return withTail(s, group, finite, keep, accept, infinitive);
  // A fixed phrase (`van start gegaan`, `in werking getreden`) is not left out: its verb alone says nothing (`De
  // twintigste jaarlijkse klimaatconferentie van de Verenigde Naties is … gegaan`, 957, of `in Lima van start gegaan`).
  // Its head may run LABEL_STRETCH past MAX_LABEL to reach its auxiliary: `De twintigste jaarlijkse klimaatconferentie
  // van de Verenigde Naties is … van start gegaan`, where the head within MAX_LABEL had none and the label was cut at
  // its end, `…van de Verenigde Naties is…`.
  const withPhrase = withTail(s, withComplement, finite, keep, accept, infinitive);
  if (withPhrase !== null) return withPhrase;
  return isFixedPhrase(s, withComplement)
    ? withTail(s, withComplement, finite, keep, accept, infinitive, MAX_LABEL + LABEL_STRETCH)
    : withTail(s, group, finite, keep, accept, infinitive);
}

/** Does the complement that starts at `start` in `s` open with a preposition, a fixed phrase (see `complementStart`)? */
function isFixedPhrase(s: string, start: number): boolean {
  let end = s.indexOf(' ', start);
  if (end < 0) end = s.length;
  const word = s.slice(start, end);
  return word === 'van' || PHRASE_PREPOSITION.has(word);
}

/** `withItsVerb` with the verb group that starts at `tailStart`. */
function withTail(
  s: string,
  tailStart: number,
  finite: RegExp,
  keep: number,
  accept: (head: string, leftOut: string) => boolean,
  infinitive: boolean,
  /** The longest label. */
  max = MAX_LABEL,
): string | null {
  const tail = s.slice(tailStart);
  if (!infinitive && tail.startsWith('te ')) return null;
  const room = max - tail.length - 3;
  if (room < MAX_LABEL / 3) return null;
  let cut = s.lastIndexOf(' ', room);
  // Nothing to leave out between them: the text is too long for another reason, and is cut as any text is.
  if (cut <= 0 || cut >= tailStart - 1) return null;
  // A head that breaks off inside an inserted phrase ends before it: `…op het rapport, mede namens de…` (910).
  const comma = s.lastIndexOf(', ', cut);
  if (comma > MAX_LABEL / 3 && s.indexOf(',', cut) >= 0 && s.indexOf(',', cut) < tailStart) cut = comma;
  // A head that breaks off inside a quoted title closed in the part left out ends on a closed title (see `openTitle`);
  // one with a subtitle after a comma keeps the main title: `…het advies «Een stevig fundament…» toegezonden` (888, of
  // `«Een stevig fundament, Evaluatie van het basistakenpakket jeugdgezondheidszorg»`).
  const title = openTitle(s, cut, tailStart);
  if (title >= 0) {
    const titleComma = s.lastIndexOf(', ', cut);
    if (titleComma > title && titleComma > MAX_LABEL / 3) cut = titleComma;
  }
  // A head that breaks off inside a group in brackets closed in the part left out ends before the group: `In september
  // 2019 is na het AO (Kamerstukken 34 104 en 29 538 … aangenomen` (1510).
  const group = s.lastIndexOf('(', cut);
  if (group > MAX_LABEL / 3 && s.lastIndexOf(')', cut) < group) {
    const close = s.indexOf(')', cut);
    if (close >= 0 && close < tailStart) cut = group - 1;
  }
  cut = readableEnd(s, cut, MAX_LABEL / 3);
  let head = s.slice(0, cut).replace(HEAD_END, '');
  // The title's words all went: no quote is left open.
  if (title >= 0 && head.length === title + 1) head = head.slice(0, title).trimEnd();
  if (head.length < keep) return null;
  // In a `dat` clause the finite verb is in the closing group: `…dat uw Kamer … krijgt toegestuurd` (268).
  if (!finite.test(head) && !(head.startsWith('…dat ') && finite.test(tail))) return null;
  if (CLAUSE_OPENER.test(s.slice(cut, tailStart))) return null;
  if (!accept(head, s.slice(cut, tailStart))) return null;
  if (title >= 0 && head.length > title)
    return `${head}…${s.charCodeAt(title) === OPEN_GUILLEMET ? '»' : '”'} ${tail}`;
  return `${head} … ${tail}`;
}

const OPEN_GUILLEMET = 0xab; // «

/**
 * The opening quote (`«` or `“`, see `roleAt`) still open at `cut` in `s` whose closing quote is before `tailStart`, or
 * -1. A head cut inside it read on into the verb group as if the verb were the title's: `De Beleidstafel Droogte heeft
 * de Eindrapportage «Nederland beter … opgeleverd` (2414, of `«Nederland beter weerbaar tegen droogte»`). Closed, the
 * title shows where it ends, and the label keeps what the title is: `…«Nederland beter…» opgeleverd`.
 */
function openTitle(s: string, cut: number, tailStart: number): number {
  // Most labels hold no quote: two searches rule them out.
  if (s.indexOf('«') < 0 && s.indexOf('“') < 0) return -1;
  const open: number[] = [];
  for (let i = 0; i < cut; i++) {
    const role = roleAt(s, i);
    if (role > 0) open.push(i);
    else if (role < 0) open.pop();
  }
  const title = open.at(-1);
  if (title === undefined) return -1;
  let depth = 0;
  for (let i = cut; i < tailStart; i++) {
    const role = roleAt(s, i);
    if (role > 0) depth++;
    else if (role < 0 && depth-- === 0) return title;
  }
  return -1;
}
