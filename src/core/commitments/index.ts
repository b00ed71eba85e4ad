import { spanBounds } from '../dates/calendar';
import { toRefDay } from '../dates/resolve';
import type { CommitmentFinding, DateFinding, DocumentKind, Span } from '../types';
import type { NormalizedText } from '../text/normalize';
import { COMMITMENT_PATTERNS, type CommitmentPattern, KAMER_RE, PRESENT_TENSE, flatten } from './patterns';
import {
  BY_THIS_LETTER_RE,
  FUTURE_CUE_RE,
  MEMBERS_RE,
  MOTION_DICTUM_RE,
  SEPARATE_DELIVERY_RE,
  THIS_LETTER_RE,
  TODAY_RE,
} from './sentence-cues';
import { candidateSentences } from './candidates';
import { dueIso } from './due-after';
import { weekDate } from './week-due';
import { FOOTNOTE_START, sentenceIndexAt, splitSentences } from '../text/sentences';
import { SpeakerLabels } from './speakers';

export { splitSentences } from '../text/sentences';

/** Longer "sentences" are runs of text without punctuation (tables, garbage): not worth matching. */
const MAX_SENTENCE = 2000;

/**
 * Words right before a date that make it a reference to the past, not a due date: `brief van 7 maart 2016`, but not
 * the time of `In de loop van 2020 zal ik uw Kamer nader informeren over de besteding van het tweedepijlerbudget voor
 * 2021.` (50: due in 2020); what a paper is about, `de gemaakte keuzes over 2022` (207); or
 * a time the delivery comes after, not by: `de kabinetsvisie later dan 1 september toe te sturen, waarbij ik nog
 * steeds streef naar toezending in september` (1137: due in September, not on the first); the day a state of affairs
 * is reported at: `zal tot de jaarwisseling nog éénmaal aan Uw Kamer worden gerapporteerd naar de stand eind
 * november/begin december 1999` (1015: due by the turn of the year, not at the end of November).
 */
const NOT_DUE_BEFORE =
  /(?:(?<!\bloop\s)\bvan|(?<!\btot\s)\bstand(?:\s+(?:per|op))?|\bover|\bd\.\s?d\.|\bsinds|\bingezonden|\bontvangen|\bvastgesteld|\bgehouden op|\bgedateerd|\blater dan)\s*$/i;

/**
 * Words before a year that make it the year of a target, not the time of a promise: a share or a goal, then the
 * year, in one clause: `Ik streef er naar het beschikbare verplichtingenbudget voor de SDE+ 2018 zodanig vast te
 * stellen dat er sprake is van voldoende concurrentie tussen aanvragers, zonder de doelen van 14% hernieuwbare energie
 * in 2020 en 16% in 2023 …` (1713: the budget is set in 2018; 2020 is when the 14% is to be reached). Only a bare year:
 * a month or a day after a goal is the promise's own time (`het doel van de motie in november`).
 */
const TARGET_BEFORE =
  /(?:\d\s?(?:%|procent\b)|\bdoel(?:en|stelling(?:en)?)?\b)[^.,;:()]{0,60}?\b(?:in|per|tegen)\s+(?:het\s+jaar\s+)?$/i;

/**
 * A delivery that recurs: `twee keer per jaar`, `halfjaarlijks`, `jaarlijks`, `ieder jaar`, `per kwartaal`. Its times
 * without a year of their own are the slots of the series, each year again, not the due date of one delivery: `Uw Kamer
 * ontvangt twee keer per jaar een voortgangsbrief die ingaat op de ontwikkelingen op het gebied van dakloosheid en
 * beschermd wonen: een korte brief voor het zomerreces en een uitgebreidere rapportage aan het eind van het
 * kalenderjaar.` (1573, a letter of 4 June: itself the brief before the summer recess; the promise stands, with no one
 * due date), `Ik zal dit tijdens deze kabinetsperiode ieder jaar rond deze tijd voor het zomerreces van uw Kamer doen.`
 * (1174). A time with its year still is one: `Voor de voortgang van het project VF-35 wordt uw Kamer na 2025 jaarlijks
 * … geïnformeerd.` (526: from 2026), `Vanaf dit jaar zal het kabinet dit jaarlijks doen …` (408). Not the adjective,
 * which names one paper of a series: `In Q1 2026 ontvangt uw Kamer de jaarlijkse voortgangsrapportage …` (12).
 */
const RECURRING_RE =
  /(?:(?<![a-zà-ÿ])(?:twee|drie|vier|[eé]{2}n)\s?(?:keer|maal)|\beens)\s+per\s+(?:jaar|half\s?jaar|kwartaal|maand)\b|\b(?:half|twee)?jaarlijks\b|\b(?:drie)?maandelijks\b|\b(?:ieder|elk|elke)\s+(?:jaar|half\s?jaar|kwartaal|maand)\b|\bper\s+kwartaal\b/i;

/** A date that names its year: `juni 2024`, `Q1 2026`, `dit jaar`, `volgend jaar`. */
const OWN_YEAR = /\d{4}|\bjaar\b/i;

/** Between the two ends of a range of dates: `eind november/begin december 1999` (1015), `3 tot 5 mei`. */
const RANGE_BETWEEN = /^\s*(?:[/–-]|tot(?: en met)?|en|of)?\s*$/;

/**
 * Papers whose authors are not the government: a motion or an amendment (members), a letter of the Presidium,
 * a committee or the Rekenkamer (`brief`, not `brief regering`). Their `ik`, `wij` and `u` are not the cabinet
 * and the Kamer: `In het licht van dit laatste verzoek aan het Presidium ontvangt u deze brief …` (1865).
 */
const NOT_THE_GOVERNMENTS: ReadonlySet<DocumentKind> = new Set(['motie', 'amendement', 'brief']);

/**
 * Sentences in which the government promises parliament something (docs/domain.md §6), with `due` when
 * the sentence gives a date for it. `referenceDate` (the letter date, optional) lets past dates in the
 * sentence be ignored as due dates; `kind` (the paper's, optional) rules out papers the government did not
 * write (NOT_THE_GOVERNMENTS). Offsets are those of the original text.
 */
export function findCommitments(
  text: NormalizedText,
  dates: readonly DateFinding[],
  referenceDate: string | null = null,
  /** `splitSentences(text.text)` when the caller has it already (`analyze` splits once for all finders). */
  sentences?: readonly Span[],
  kind: DocumentKind | null = null,
): CommitmentFinding[] {
  const out: CommitmentFinding[] = [];
  if (kind !== null && NOT_THE_GOVERNMENTS.has(kind)) return out;
  // In the report of a debate, who says `ik zal`: found on first need (most papers have no promise at all).
  const speakers = new SpeakerLabels(text.text);
  const ref = toRefDay(referenceDate);
  const ordered = sortedByStart(dates);
  const all = sentences ?? splitSentences(text.text);
  let cursor = 0;
  // Only sentences that can match a pattern (one regex pass over the text) are flattened and tested.
  for (const s of candidateSentences(text.text, all)) {
    if (s.end - s.start > MAX_SENTENCE) continue;
    const flat = flatten(text.text.slice(s.start, s.end));
    if (flat.endsWith('?')) continue;
    // Only whether some pattern matches counts, and whether one of them needs no future cue: stop at the first. No
    // prefilter of all patterns in one alternation before them: that regex (13 KB) took V8 70–100 ms to compile on a
    // reader's first paper, a fifth of a cold 100 KB analysis, and saved nothing measurable once warm
    // (bench/HISTORY.md).
    const plain = someMatches(flat, false);
    if (!plain && !someMatches(flat, true)) continue;
    const span = text.spanToOriginal(s.start, s.end);
    // Dates come in text order, like sentences: walk them with one cursor.
    while (cursor < ordered.length && (ordered[cursor] as DateFinding).start < span.start) cursor++;
    let stop = cursor;
    while (stop < ordered.length && (ordered[stop] as DateFinding).start < span.end) stop++;
    const due =
      dueDate(text.original, span, ordered.slice(cursor, stop), ref?.n ?? null) ??
      weekDate(text.original, span, ref?.n ?? null);
    const future =
      due !== null ||
      FUTURE_CUE_RE.test(flat.replace(FOR_A_PERIOD_RE, '')) ||
      SEPARATE_DELIVERY_RE.test(flat);
    if (THIS_LETTER_RE.test(flat) && !future) continue;
    // A pattern that needs a future cue only counts with one.
    if (!plain && !future) continue;
    if ((BY_THIS_LETTER_RE.test(flat) || TODAY_RE.test(flat)) && onlyPresentTense(flat)) continue;
    // The same letter as the sentence before, which names it as the means (CONTINUES_RE).
    if (
      due === null &&
      CONTINUES_RE.test(flat) &&
      onlyPresentTense(flat) &&
      !FUTURE_CUE_RE.test(flat.replace(IN_MORE_DETAIL_RE, '')) &&
      previousIsThisLetter(text.text, all, s)
    ) {
      continue;
    }
    // A promise kept, or a habit, in the present tense: this letter delivers (100, 88).
    if (KEPT_OR_HABIT_RE.test(flat) && onlyPresentTense(flat) && !FUTURE_CUE_RE.test(flat)) {
      if (!due || !laterDelivery(text.original, span.start, due, ref?.n ?? null)) continue;
    }
    // A promise recalled from an earlier letter or debate, and only that: no promise of this letter (see RECALLED_RE).
    if (RECALLED_RE.test(flat) && matchesOnly(flat, RECALLED_PATTERNS)) continue;
    // What this letter says next, told as what the writer will do: no promise for later (PREVIEW_RE).
    if (!future && PREVIEW_RE.test(flat) && !ELSEWHERE_RE.test(flat) && matchesOnly(flat, WILL)) continue;
    // Sent at the same time as a paper sent now (ALONGSIDE_RE).
    if (!future && ALONGSIDE_RE.test(flat) && onlyPresentTense(flat)) continue;
    // `Daarnaast wordt u over de volgende onderwerpen nader geïnformeerd:` (52) introduces what follows here.
    if (!plain && due === null && flat.trimEnd().endsWith(':')) continue;
    if (MOTION_DICTUM_RE.test(flat)) continue;
    // `daarin` names the paper the sentence before promised, or else something that is no paper (AFTER_PROMISE).
    if (flat.includes('daarin') && matchesOnly(flat, AFTER_PROMISE) && !previousPromises(text.text, all, s))
      continue;
    if (kind === 'verslag' && MEMBERS_RE.test(flat)) continue;
    // The chair or a member speaking in a debate: `Ik zal daar soepel in zijn, maakt u zich daar geen zorgen
    // over …` (2302, the chair on speaking time), `We streven ernaar om de beantwoording door de Minister voor of
    // om 20.30 uur te laten beginnen.` (2075).
    if (speakers.notGovernmentAt(s.start)) continue;
    const head = hyphenatedHead(text.text, all, s);
    if (head) {
      // Shown whole, without the footnote between its halves; the span runs from the head on.
      const from = text.spanToOriginal(head.start, head.end);
      const headText = text.text.slice(head.start, head.end).replace(/-$/, '');
      out.push({
        text: readable(headText + text.text.slice(s.start, s.end)),
        due: due ? dueIso(text.original, due) : null,
        start: from.start,
        end: span.end,
      });
      continue;
    }
    out.push({
      text: readable(text.text.slice(s.start, s.end)),
      due: due ? dueIso(text.original, due) : null,
      ...span,
    });
  }
  return out;
}

/**
 * The sentence as a reader sees it in the sidebar and its exports: the normalized text (footnote markers out,
 * `raadpleging1 voor` (358) → `raadpleging voor`; words broken at a line end joined) on one line. Its offsets
 * still say where it stands in the original.
 */
function readable(normalized: string): string {
  return normalized.replace(/\s+/g, ' ').trim();
}

/**
 * A sentence that goes on from the one before: `Tevens`, `Daarbij`, `Daarnaast`, `Voorts`, `Ook`. After a sentence that
 * names this letter as the means, in the present tense, it tells what this letter also does: `Met deze brief informeer
 * ik Uw Kamer over de stand van zaken van het inmiddels gestarte experiment … Tevens informeer ik Uw Kamer nader over
 * de bruto effectiviteit van re-integratie.` (962), `Met deze brief ga ik in op de uitvoering van enkele moties en
 * toezeggingen over de Aanvullende inkomensvoorziening voor ouderen (hierna: AIO). Daarbij ontvangt u de rapportage van
 * de SVB over de pilot …` (2595). A word for later still makes it a promise (`Daarnaast ontvangt u binnenkort …`);
 * `nader` is no such word here, where it says "in more detail" (IN_MORE_DETAIL_RE).
 */
const CONTINUES_RE = /^\W*(?:tevens|daarbij|daarnaast|voorts|verder|ook|bovendien|eveneens)\b/;

/** `nader`, which FUTURE_CUE_RE takes for later, but also means "in more detail" (`informeer ik … nader over`). */
const IN_MORE_DETAIL_RE = /\bnader\b/g;

/** The sentence before `s` names this letter as the means (BY_THIS_LETTER_RE): `Met deze brief informeer ik …`. */
function previousIsThisLetter(text: string, all: readonly Span[], s: Span): boolean {
  const k = sentenceIndexAt(all, s.start) - 1;
  if (k < 0) return false;
  const prev = all[k] as Span;
  return BY_THIS_LETTER_RE.test(flatten(text.slice(prev.start, prev.end)));
}

/** Patterns whose `daarin` must name a paper the sentence before promises (will-include-there). */
const AFTER_PROMISE: ReadonlySet<string> = new Set(['will-include-there']);

/**
 * The sentence before `s` promises parliament something: a pattern matches it that needs no word for later, or one
 * that does, with one. Also a promise it recalls (`heb ik u laten weten dat ik u zal informeren over …`, 2744): the
 * paper is still to come.
 */
function previousPromises(text: string, all: readonly Span[], s: Span): boolean {
  const k = sentenceIndexAt(all, s.start) - 1;
  if (k < 0) return false;
  const prev = all[k] as Span;
  if (prev.end - prev.start > MAX_SENTENCE) return false;
  const flat = flatten(text.slice(prev.start, prev.end));
  return someMatches(flat, false) || (someMatches(flat, true) && FUTURE_CUE_RE.test(flat));
}

/**
 * `voor de komende periode`, `voor de komende jaren`: what something is for, not when it comes (`informeer ik
 * uw Kamer over … de plannen en ontwikkelingen voor de komende periode`, 89). Not a future cue.
 */
const FOR_A_PERIOD_RE =
  /\bvoor de (?:komende|volgende) (?:periode|kabinetsperiode|jaren|maanden|weken|tijd|decennia)\b/g;

/**
 * Verbs of what a text says, `ingaan op`, `uiteenzetten`, `een beeld schetsen`, `toelichten`, `beschrijven`,
 * `stilstaan bij`: with `zal` and nothing that points later, they tell what this letter goes on to do. `Met deze brief
 * wil ik u graag informeren over de resultaten van deze afspraak. Ik zal u een beeld schetsen van mijn reactie …`
 * (916), `Met deze notitie kom ik die toezegging na. Hierin zal ik … uiteenzetten hoe …` (582), `Tenslotte zullen wij
 * nog ingaan op de voortgang van enkele andere aanbevelingen …` (534, after `zullen … in het navolgende ingaan op`).
 * With a word for later, a later paper: `In mijn brief, die ik u … zal doen toekomen, zal ik nader ingaan op …`
 * (1222), `Voortaan zal ik … vooraf in de Geannoteerde Agenda van de Raad ingaan op …` (06).
 */
const PREVIEW_RE = /\b(?:in ?gaan|uiteen ?zetten|schetsen|toelichten|beschrijven|stil ?staan)\b/;

/** Another paper named as where it will be said: `in de voortgangsrapportage`, `in een brief`, `via de begroting`. */
const ELSEWHERE_RE =
  /\b(?:in|via|bij|met) (?:de|het|een|mijn|onze|die|dat|een (?:aparte|separate|nieuwe|volgende)) (?:[^\s.,;:()]+ )?[^\s.,;:()]*(?:brief|rapportage|rapport|nota|notitie|agenda|begroting|verslag|memorie|overzicht|reactie)\b/;

/** The patterns of a promise in the future tense with the government as subject, which PREVIEW_RE may tell of. */
const WILL: ReadonlySet<string> = new Set(['will']);

/**
 * Sent at the same time as another paper, in the present tense with no time: that paper is sent now, and this with
 * it. `Gelijktijdig met het aanbieden van deze kabinetsreactie ontvangt uw Kamer ook de definitieve Sociale en
 * Economische Agenda’s.` (408), `Hierbij bieden wij u … de Luchtvaartnota … aan. Tegelijkertijd met de Luchtvaartnota
 * ontvangt u:` (306).
 */
const ALONGSIDE_RE = /\b(?:gelijktijdig|tegelijk(?:ertijd)?) met\b/;

/**
 * Openings of a sentence that keeps an earlier promise or does what is done every time: `Gelet op de
 * toezegging aan uw Kamer om de Werkagenda … te sturen, ontvangt u …` (100), `Zoals gebruikelijk zend ik u …
 * ook dit voorjaar de Voortgangsrapportage … toe` (88). In the present tense, without a word for later and
 * with no due date after the current period, such a sentence describes this letter.
 */
const KEPT_OR_HABIT_RE =
  /^\s*(?:(?:gelet op|conform|overeenkomstig|ter uitvoering van|in lijn met|naar aanleiding van) (?:de|mijn|onze|deze|die) toezegging\b|zoals (?:eerder |reeds |ook )?(?:toegezegd|gebruikelijk|gewoonlijk|elk jaar|ieder jaar|jaarlijks|afgesproken)\b)/;

/**
 * A promise told again as what was said before: `Tijdens de behandeling van het wetsvoorstel … op 25 mei jl. heb ik …
 * aangegeven dat ik uw Kamer in september 2011 de kabinetsvisie op het mestbeleid zal aanbieden.` (1137). It is no
 * promise of this letter, which keeps it (`In het POR98 staat … aangekondigd dat wij u in het voorjaar van 1998 zullen
 * informeren.`, 559, a letter of that spring; `heb ik toegezegd dat ik uw Kamer hierover bij gelegenheid van deze nota
 * … nader zal informeren`, 943) or puts it off (1137 asks for more time; `Bij brief van 27 november 2019 heb ik u
 * bericht … dat ik Uw Kamer daartoe voor 1 april 2020 een notitie zal doen toekomen`, 222, a letter of April 2020), and
 * then says so in a promise of its own (`Ik verwacht u de brief uiterlijk 30 april te doen toekomen.`, 222). A time
 * after this letter does not tell the two apart: 1137 writes in August of September. Abbreviations (`nr.`) may stand
 * between the verbs. So is what a plan announces, in the passive: `In het POR staat aangekondigd op welke onderwerpen
 * in het voorjaar van het begrotingsjaar … aan uw Kamer zal worden gerapporteerd.` (559).
 */
const RECALLED_RE =
  /\b(?:heb|hebben)\b.{0,200}?\b(?:toegezegd|aangegeven|aangekondigd|laten weten|gemeld|bericht|meegedeeld)\b|\baangekondigd (?:dat|op welke)\b/;

/** The pattern of a promise in a clause that RECALLED_RE may tell again (`… dat ik … zal informeren`). */
const RECALLED_PATTERNS: ReadonlySet<string> = new Set([
  'will-clause',
  'will-be-sent',
  'will-be-submitted',
  'will-be-informed',
]);

/** Words before a date that make it the time of the delivery: `in 2024`, `in het najaar`, `uiterlijk 1 juni`. */
const WHEN_BEFORE = /\b(?:in|op|per|uiterlijk|rond|medio|eind|begin|half|na)(?:\s+(?:het|de))?\s*$/i;

/**
 * The date says when a present-tense delivery comes, and that is after the current period: `Zoals
 * toegezegd ontvangt u in 2025 …`. Not a period already begun (`ook dit voorjaar`, 88) nor a date that
 * names what is sent (`de Werkagenda voor 2024`, 100).
 */
function laterDelivery(
  original: string,
  sentenceStart: number,
  due: DateFinding,
  refDay: number | null,
): boolean {
  const first = spanBounds(due.iso, due.endIso)?.first;
  if (refDay !== null && first !== undefined && first <= refDay) return false;
  return WHEN_BEFORE.test(original.slice(Math.max(sentenceStart, due.start - 16), due.start));
}

/** A sentence part that ends in a word broken at the line end: `Zoals gesteld in de kennisgevings-`. */
const BROKEN_WORD_END = /\p{Ll}-$/u;

/**
 * The first half of a sentence whose word was hyphenated at a page break, with footnote text printed between
 * the halves (PDF text, the NAVO letter: `kennisgevings-` / `1 Concreet …` / `brief zal het kabinet …`), when
 * `s` is the second half; else null.
 */
function hyphenatedHead(text: string, all: readonly Span[], s: Span): Span | null {
  const first = text.charCodeAt(s.start);
  if (!(first >= 0x61 && first <= 0x7a)) return null;
  let k = sentenceIndexAt(all, s.start) - 1;
  let skipped = 0;
  while (k >= 0 && skipped < 3) {
    const t = all[k] as Span;
    if (!FOOTNOTE_START.test(text.slice(t.start, Math.min(t.end, t.start + 12)))) break;
    k--;
    skipped++;
  }
  if (k < 0 || skipped === 0) return null;
  const head = all[k] as Span;
  return BROKEN_WORD_END.test(text.slice(Math.max(head.start, head.end - 2), head.end)) ? head : null;
}

/** Pattern matches the flattened sentence (and it addresses parliament where the pattern needs that). */
function matches(p: CommitmentPattern, flat: string): boolean {
  return p.re.test(flat) && (!p.needsKamer || KAMER_RE.test(flat));
}

/**
 * Whether a pattern with (`futureCue`) or without a future cue matches. A loop, not `some` with a closure
 * per sentence: V8 optimizes the caller for one closure and drops that code when the next one comes.
 */
function someMatches(flat: string, futureCue: boolean): boolean {
  for (const p of COMMITMENT_PATTERNS) {
    if ((p.needsFutureCue === true) === futureCue && matches(p, flat)) return true;
  }
  return false;
}

/** Every pattern that matches is one in the present tense. */
function onlyPresentTense(flat: string): boolean {
  return matchesOnly(flat, PRESENT_TENSE);
}

/** Every pattern that matches is one of `names` (a loop, not `every` with a closure: see `someMatches`). */
function matchesOnly(flat: string, names: ReadonlySet<string>): boolean {
  for (const p of COMMITMENT_PATTERNS) if (!names.has(p.name) && matches(p, flat)) return false;
  return true;
}

/** `dates` sorted by start (stable); the array itself when it is in order already, as the finders give it. */
function sortedByStart(dates: readonly DateFinding[]): readonly DateFinding[] {
  for (let i = 1; i < dates.length; i++) {
    if ((dates[i] as DateFinding).start < (dates[i - 1] as DateFinding).start) {
      return [...dates].sort((a, b) => a.start - b.start);
    }
  }
  return dates;
}

/**
 * Words right before a date that make it the deadline of what the sentence promises: `voor`, `vóór`, `uiterlijk`,
 * `in`, `rond`, `na`, `begin`, `eind`, `medio` (these may also open the date itself: `eind oktober`). A date they
 * govern is taken before one they do not: `zullen de vier aanbevelingen dit jaar worden verwerkt en zullen wij uw
 * Kamer daarover voor 1 december 2019 informeren` (1695: due on 1 December, not in 2019). Not `voor` before a bare
 * year, which is as often what something is for (`de plannen voor 2021`) as a deadline.
 */
const DEADLINE_BEFORE =
  /(?:\b(?:v[oó]{2}r|uiterlijk|in|rond|na|begin|eind|medio)(?:\s+(?:het|de))?|\bv[oó]{2}r(?:\s+het)?\s+(?:einde?|begin|midden)\s+van)\s*$/i;
const DEADLINE_OPENS = /^(?:begin|eind|einde|medio|half|ultimo|rond)\b/i;
/** `voor` (not `vóór`) before a date: before a bare year it may be what something is for. */
const PLAIN_VOOR_BEFORE = /\bvoor(?:\s+het)?\s*$/i;
const BARE_YEAR = /^\d{4}$/;

/**
 * A meeting before which something is promised, named with its day after `van`: `Ik ben voornemens u beide brieven
 * voor het plenair debat van donderdag 9 oktober te doen toekomen.` (499), `Voorafgaande aan het Wetsgevingsoverleg
 * Sport van 2 december aanstaande zal ik u informeren …` (1956), `maar zal uw Kamer mijn visie tijdig voor het
 * aangekondigde Algemeen Overleg van 1 december aanstaande doen toekomen.` (518). The meeting's day is the due date;
 * other dates after `van` stay what they are (`brief van 3 mei`, NOT_DUE_BEFORE).
 */
const MEETING_VAN_BEFORE =
  /\b(?:v[oó]{2}r|voorafgaand(?:e)? aan|uiterlijk bij|ter voorbereiding (?:op|van))\s+(?:het|de)\s+(?:[^\s.,;:()]+\s+){0,3}?(?:[^\s.,;:()]*(?:overleg|debat|behandeling|vergadering)|ao|wgo|so|europese raad|raad|top)(?:\s+[^\s.,;:()]+){0,4}?\s+van\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?$/i;

/**
 * The due date among the dates of a promise's sentence: not in brackets, not `van …` (but a meeting's day, see
 * MEETING_VAN_BEFORE), not a target's year (TARGET_BEFORE), not before the letter. The first date that deadline words
 * govern (DEADLINE_BEFORE), else the first date.
 */
export function dueDate(
  original: string,
  sentence: Span,
  dates: readonly DateFinding[],
  refDay: number | null,
): DateFinding | null {
  let first: DateFinding | null = null;
  // The end of the last date that NOT_DUE_BEFORE ruled out: the other end of its range is no due date either.
  let notDueEnd = -1;
  const recurring = RECURRING_RE.test(original.slice(sentence.start, sentence.end));
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end) continue;
    if (recurring && !OWN_YEAR.test(d.text)) continue;
    const before = original.slice(sentence.start, d.start);
    if (depth(before) > 0) continue;
    const meeting = MEETING_VAN_BEFORE.test(before.slice(-120).replace(/\s+/g, ' '));
    if (
      !meeting &&
      (NOT_DUE_BEFORE.test(before.slice(-24)) ||
        (BARE_YEAR.test(d.text) && TARGET_BEFORE.test(before.slice(-90))) ||
        (notDueEnd >= 0 && RANGE_BETWEEN.test(original.slice(notDueEnd, d.start))))
    ) {
      notDueEnd = d.end;
      continue;
    }
    if (refDay !== null) {
      const b = spanBounds(d.iso, d.endIso);
      if (b && b.last < refDay) continue;
    }
    if (meeting || deadline(before.slice(-24), original.slice(d.start, d.end))) return d;
    first ??= d;
  }
  return first;
}

/** Deadline words govern the date `text`, with `before` the text before it. */
function deadline(before: string, text: string): boolean {
  if (DEADLINE_OPENS.test(text)) return true;
  if (!DEADLINE_BEFORE.test(before)) return false;
  return !(BARE_YEAR.test(text) && PLAIN_VOOR_BEFORE.test(before));
}

/** Open brackets left at the end of `s`. */
function depth(s: string): number {
  let open = 0;
  for (const ch of s) {
    if (ch === '(' || ch === '[') open++;
    else if ((ch === ')' || ch === ']') && open > 0) open--;
  }
  return open;
}
