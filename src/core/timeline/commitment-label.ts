import type { Span } from '../types';
import { MAX_LABEL, MIN_LABEL, isFrontedDate, joinParts } from './label-chars';
import {
  collapse,
  cutAtEnd,
  shortened,
  tidy,
  withoutDanglingAround,
  withoutLeadingClosers,
} from './label-tidy';
import { capitalize } from './plain-label';
import { subjectFirstPastFront } from './fronted-phrase';
import { insertionEnd } from './insertions';
import { promiseBeforePhrase, promiseClauseBeforeComma, promiseWithItsVerb } from './promise-tail';
import { readableStart } from './readable-start';
import { startOfWordsThatFit } from './word-window';
import { NO_MARKERS, withoutMarkersIn } from './without-markers';

/**
 * The label of a commitment: its sentence without its due date and footnote markers, from the `dat` of a report frame
 * on (`melden wij u … dat`), and when too long cut keeping the verb group the promise ends on (`promiseWithItsVerb`).
 */

/** The text without white space and hyphens: the same words whatever the line breaks. */
function lettersOf(text: string): string {
  return text.replace(/[\s\-\u00ad]+/g, '');
}

/**
 * A commitment label: its sentence without the due date, cut to size. A commitment whose text is not its
 * span's slice (a sentence joined across footnote text, see `findCommitments`) is labelled by its text.
 */
export function commitmentLabel(
  original: string,
  sentence: Span & { text?: string },
  due: Span | null,
  /** Footnote markers of the text, sorted: left out of the label. */
  markers: readonly Span[] = NO_MARKERS,
): string {
  const asWritten = original.slice(sentence.start, sentence.end);
  const local = withoutMarkersIn(original, sentence.start, sentence.end, markers);
  const whole = local ? local.text : asWritten;
  // A sentence shown without what the page prints inside it (a footnote between the halves of a word broken at
  // a page break, the NAVO letter): its own text is the label. Otherwise its text is the page's on one line.
  if (sentence.text !== undefined && lettersOf(sentence.text) !== lettersOf(whole))
    return capitalize(promiseText(sentence.text));
  if (!due) return capitalize(promiseText(whole));
  const dueStart = local ? local.at(due.start) : due.start - sentence.start;
  const dueEnd = local ? local.at(due.end) : due.end - sentence.start;
  const wholeBefore = collapse(whole.slice(0, dueStart));
  const [before, after] = withoutAsideCommas(
    ...withoutDanglingAround(wholeBefore, collapse(whole.slice(dueEnd)), whole, dueStart, dueEnd),
    wholeBefore,
  );
  // A due date that opens the sentence stays, as an event's does: `In het najaar van 2024 zal ik uw
  // Kamer informeren …`, not `Zal ik uw Kamer informeren …`, which reads as a question.
  const kept = isFrontedDate(tidy(before), tidy(after), whole.slice(dueStart, dueEnd))
    ? collapse(whole.slice(0, dueEnd))
    : before;
  const label = promiseText(joinParts(kept, after));
  // Only a label that had to be cut (see `shortened`) is made from a later clause.
  if (!label.includes('…')) return capitalize(label);
  const coordinated = fromCoordinatedPromise(kept);
  if (coordinated !== kept) return capitalize(promiseText(joinParts(coordinated, after)));
  // One that starts at the main clause's verb after a fronted phrase puts its subject first, as a date's does.
  return subjectFirstPastFront(
    whole,
    0,
    whole.length,
    capitalize(relativePromise(tidy(kept), tidy(after)) ?? label),
  );
}

/**
 * The label of a promise made in a relative clause that ends the sentence (or that commas set off), the due date in it,
 * when the sentence is too long for its label: the clause whole, after as much of the noun phrase it describes as fits.
 * `Het advies van de commissie is onderdeel van de evaluatie van het Schipholbeleid die in februari aan de Tweede Kamer
 * zal worden aangeboden` (415) was cut to `Het advies van de commissie is onderdeel van de evaluatie…`, which promised
 * nothing; it is `…de evaluatie van het Schipholbeleid die aan de Tweede Kamer zal worden aangeboden`. `before` and
 * `after` are the tidy words around the due date. Null where the clause does not end on a verb group of a promise (see
 * RELATIVE_PROMISE_END), or leaves no room for two words before it.
 */
function relativePromise(before: string, after: string): string | null {
  let opener = -1;
  RELATIVE_OPENER.lastIndex = 0;
  for (let m = RELATIVE_OPENER.exec(before); m !== null; m = RELATIVE_OPENER.exec(before))
    opener = m.index + 1;
  if (opener < 0) return null;
  // A relative clause between commas ends at the comma after it, the sentence going on: `…het wetsvoorstel, dat later
  // naar de Kamer zal worden gestuurd…` (2666, of `In de memorie van toelichting van het wetsvoorstel, dat later dit
  // jaar naar de Kamer zal worden gestuurd, zullen de kosten nader worden geactualiseerd en toegelicht`, which was cut
  // to `In de memorie van toelichting van het wetsvoorstel zullen de kosten nader…`, as if the costs were promised).
  const comma = before.charCodeAt(opener - 2) === 0x2c ? after.indexOf(', ') : -1;
  const clause = collapse(joinParts(before.slice(opener), comma < 0 ? after : after.slice(0, comma)));
  if (!RELATIVE_PROMISE_END.test(clause)) return null;
  const more = comma < 0 ? '' : '…';
  const head = before.slice(0, opener - 1);
  // The head's words that fit, each with its space, beside `…` and the clause (and its own `…`).
  let from = startOfWordsThatFit(head, head.length + 1, MAX_LABEL - 1 - more.length - clause.length);
  if (from === 0) return null;
  from = readableStart(head, from);
  const words = head.slice(from);
  if (words.split(' ').length < 2) return null;
  return `…${words} ${clause}${more}`;
}

/** A relative pronoun (or `dat`) after a space, as a word: where a relative clause may open. */
const RELATIVE_OPENER = / (?:die|dat|wat|welke)(?= |$)/g;
/**
 * The verb group a promise in a relative clause ends on: a future or passive auxiliary and a verb (`zal worden
 * aangeboden`, `wordt ingediend`, `zullen toezenden`, `zal verschijnen`), with the sentence's closing mark if any.
 */
const RELATIVE_PROMISE_END =
  /(?:^|\s)(?:zal|zullen|wordt|worden)(?:\s\p{Ll}+){0,2}\s\p{Ll}+[.;!?]?$|\s\p{Ll}+\s(?:zal|zullen|wordt|worden)[.;!?]?$/u;

/** A promise's words as its label reads them: tidied, without a report frame, shortened to fit (see each). */
function promiseText(s: string): string {
  return shortenPromise(withoutReportFrame(tidy(s)));
}

/**
 * A promise made in a main clause joined to the sentence's first by `en` or `maar`, its subject first, with the due
 * date in it: `Ik zie dat de gemeenten actief met de nieuwe wet en de dienstverlening van start zijn gegaan en ik
 * informeer de Tweede Kamer dit najaar … over deze eerste ervaringen met het nieuwe stelsel` (164) was cut to its first
 * clause, `Ik zie dat de gemeenten actief met de nieuwe wet en de dienstverlening…`, which promised nothing. For a
 * sentence too long for its label, `before` (what stands before the due date) from the last such clause's subject on,
 * after `…`; else `before`.
 */
function fromCoordinatedPromise(before: string): string {
  let from = -1;
  COORDINATED_PROMISE.lastIndex = 0;
  for (let m = COORDINATED_PROMISE.exec(before); m !== null; m = COORDINATED_PROMISE.exec(before))
    from = m.index + m[0].length;
  return from < 0 ? before : `…${before.slice(from)}`;
}

/**
 * `en` or `maar` before a subject and a verb of a promise (see `fromCoordinatedPromise`), or after a comma before `zal`
 * or `zullen` that shares the subject of the clause before: `Ik kan dan ook niet aan uw onderhavige verzoek tegemoet
 * komen, maar zal uw Kamer mijn visie tijdig voor het aangekondigde Algemeen Overleg van 1 december aanstaande doen
 * toekomen` (518) was labelled `Ik kan dan ook niet aan uw onderhavige verzoek tegemoet komen, maar zal…`; or before
 * `zal` or `zullen` and its subject: `…zullen de vier aanbevelingen dit jaar worden verwerkt en zullen wij uw Kamer
 * daarover voor 1 december 2019 informeren` (1695) was `…worden verwerkt en zullen … informeren`.
 */
const COORDINATED_PROMISE =
  /,?\s(?:en|maar)\s(?=(?:(?:ik|wij|we|het kabinet)\s(?:informeer|informeren|stuur|sturen|zal|zullen|kom|komen|zend|zenden|bied|bieden|verwacht|verwachten|streef|streven)|(?<=,\s*(?:en|maar)\s)(?:zal|zullen)|(?:zal|zullen)\s(?:ik|wij|we|het kabinet))(?![\p{L}\p{N}]))/gu;

/**
 * `before` and `after` (collapsed, around a due date taken out) without the commas of an aside that held only the date
 * (and the preposition or `maar uiterlijk` that went with it): `Ik zal uw Kamer, uiterlijk in maart 2026, informeren`
 * gave `Ik zal uw Kamer,, informeren`, and `Ik streef ernaar uw Kamer zo spoedig mogelijk, maar uiterlijk in het eerste
 * kwartaal van 2026, te informeren` (335), whose opening comma went with `maar uiterlijk`, `…zo spoedig mogelijk, te
 * informeren`. A date's label reads the two sides the same way (see `labelAround`). `wholeBefore` is `before` with
 * what went with the date, of which `before` is the start.
 */
function withoutAsideCommas(
  before: string,
  after: string,
  wholeBefore: string,
): [before: string, after: string] {
  if (after.charCodeAt(0) !== 0x2c) return [before, after];
  const open = before.trimEnd();
  if (open.endsWith(',')) return [open.slice(0, -1), after.slice(1).trimStart()];
  // The opening comma went with the words before the date.
  if (wholeBefore.includes(',', before.length)) return [before, after.slice(1).trimStart()];
  return [before, after];
}

/**
 * A promise reported in a frame, `Daarnaast melden wij u in reactie op het verzoek van de vaste commissie JenV van 15
 * november jl. dat uw Kamer … een tweede nota van wijziging krijgt toegestuurd` (268): the frame tells that the letter
 * reports, the `dat` clause what is promised. Its label is the clause, `…dat uw Kamer …`, where the frame is
 * `melden`/`berichten`/`meedelen` with `wij`/`we`/`ik` and `u`, before its `dat` in the same clause (no `;`, `:`, or
 * `.` but an abbreviation's, `jl.`).
 */
const REPORT_FRAME =
  /^(?:\p{L}+\s+)?(?:melden|meld|bericht|berichten|deel|delen)\s+(?:wij|we|ik)\s+u(?:\s(?:[^.;:]|\.(?!\s+\p{Lu}))*?)?,?\s+dat\s+(?=\p{L})/u;

/** `s` (a promise's tidy text) from the `dat` of its report frame on (see REPORT_FRAME), or `s`. */
function withoutReportFrame(s: string): string {
  const m = REPORT_FRAME.exec(s);
  if (m === null || s.length - m[0].length < MIN_LABEL) return s;
  return `…dat ${s.slice(m[0].length)}`;
}

/**
 * `shortenPlain` for a promise (without the closing brackets it would open with, see `withoutLeadingClosers`): one too
 * long keeps the verb group it ends on (see `promiseWithItsVerb`).
 */
function shortenPromise(s: string): string {
  return shortened(withoutLeadingClosers(s), (text) => {
    let main = mainClause(text) ?? text;
    if (main.length > MAX_LABEL) main = withoutInsertions(main);
    if (main.length <= MAX_LABEL) return main;
    return (
      promiseWithItsVerb(main) ??
      promiseClauseBeforeComma(main) ??
      promiseBeforePhrase(main) ??
      cutAtEnd(main)
    );
  });
}

/**
 * A promise too long for its label without the phrases inserted into its main clause (see `insertionEnd`): `Ik zal uw
 * Kamer een reactie op het rapport, mede namens de Minister en Staatssecretaris van Infrastructuur en Waterstaat, doen
 * toekomen` (910) was cut to `Ik zal uw Kamer een reactie op het rapport … doen toekomen`, which fits whole without its
 * `mede namens`; `De rapportage over het hele jaar, inclusief de analyse en duiding, blijft u zoals gebruikelijk
 * ontvangen in het voorjaar van het daaropvolgende jaar` (697) was `De rapportage over het hele jaar, inclusief de
 * analyse en duiding, blijft u…`.
 */
function withoutInsertions(s: string): string {
  let out = '';
  let from = 0;
  for (let k = s.indexOf(',', from); k >= 0; k = s.indexOf(',', k + 1)) {
    const past = insertionEnd(s, k, s.length);
    if (past < 0) continue;
    out += s.slice(from, k);
    from = past;
    k = past - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * A promise's sentence too long for a label from its main clause's finite verb on, where a clause or phrase set off by
 * a comma opens it: `Zoals tijdens het Algemeen Overleg NVWA op 23 april jl. (Kamerstuk 33 835, nr. 122) is toegezegd,
 * zullen de vier aanbevelingen dit jaar worden verwerkt en zullen wij uw Kamer daarover … informeren` (1695) was cut to
 * `Zoals tijdens het Algemeen Overleg NVWA op 23 april jl. (Kamerstuk 33 835, nr.…`, which said nothing of the promise;
 * `Aangezien er een Algemeen Overleg … is gepland, streef ik ernaar u … te doen toekomen` (511), `In reactie op het
 * verzoek van het lid Omtzigt (CDA) … , zal het kabinet u een brief sturen …` (146) too. Null where no such opening is.
 */
function mainClause(s: string): string | null {
  const m = FRONTED_OPENING.exec(s);
  return m === null || s.length - m[0].length < MIN_LABEL ? null : `…${s.slice(m[0].length)}`;
}

/**
 * An opening clause or phrase up to the comma before the main clause's finite verb (a bracket in it may hold commas:
 * `(Kamerstuk 33 835, nr. 122)`). Its first word is no subject of a main clause (`Ik`, `Wij`, `Het`, `De`): the
 * words before its comma would be a clause of their own.
 */
const FRONTED_OPENING =
  /^(?!(?:Ik|Wij|We|Het|De|Dit|Deze|Dat|Die|Uw|U|Er|Hierbij|Daarom|Ook)\s)(?:[^,()]|\([^()]*\))+?,\s(?=(?:zal|zullen|wordt|worden|ontvangt|ontvang|stuur|stuurt|streef|streeft|streven|informeer|informeert|informeren|kom|komt|komen|verwacht|verwachten|ga|gaat|gaan|kan|kunnen|wil|willen|zend|zendt|bied|biedt|mag|hoop|hopen|ben|is|zijn)\s)/u;
