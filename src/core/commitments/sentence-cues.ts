/**
 * What else a sentence that matches a commitment pattern must or must not hold: a word for later, this letter itself as
 * what is sent, a motion quoted, a delivery today, members of parliament as the subject. Matched on the flattened,
 * lower-cased sentence, as the patterns are (`patterns.ts`).
 */
import { KAMER, SENT, TO_KAMER } from './vocabulary';

/** Words that make a present-tense promise point forward. */
export const FUTURE_CUE_RE =
  /\b(?:binnenkort|spoedig|nader|later|voortaan|zodra|te zijner tijd|voor de zomer|na de zomer|voor het zomerreces|na het zomerreces|voor het einde|voor eind|voor het eind|voor prinsjesdag|op (?:zeer )?korte termijn|binnen (?:enkele|een aantal|twee|drie|vier|zes) (?:dagen|weken|maanden)|in de volgende|in een volgende|komend|komende|aanstaande|uiterlijk|dezer dagen|een (?:separate|aparte|afzonderlijke) (?:kamer)?brief)\b|\bvolgende? (?:week|maand|jaar|kwartaal|voorjaar|najaar|zomer|winter|halfjaar|vergaderjaar|begrotingsjaar)\b|\been verslag\b(?<=\b(?:hier|daar)van\b[^.]{0,40}?\been verslag)|^\W*(?:wanneer|als|indien|nadat)\b[^.,;:]{0,150}?\b(?:(?:beschikbaar|gereed|klaar|bekend) (?:is|zijn)|(?:is|zijn) (?:afgerond|verschenen|gepubliceerd|opgeleverd|ontvangen)|(?:afgerond|verschenen|gepubliceerd|opgeleverd|ontvangen) (?:is|zijn))\s*,/;
// Something not yet there, in a condition that opens the sentence, which the promise waits for as `zodra` does:
// `Wanneer het definitieve rapport met conclusies en aanbevelingen beschikbaar is, stuur ik u dit toe samen met mijn
// reactie.` (892: the ACM's final report, of which only the interim one was out). Only a clause that opens the sentence
// and ends at its comma: `de vraag wanneer het rapport beschikbaar is` asks, and `Als vervolg op …` is no condition.
// `voortaan` (from now on): `Voortaan zal ik, zoals met Uw Kamer tijdens het Algemeen Overleg besproken, vooraf in de
// Geannoteerde Agenda van de Raad ingaan op mijn voorgenomen aanwezigheid bij de betreffende Raad.` (06). `volgende`
// alone is also "the following" (`over de volgende onderwerpen`, 52): only with a time it points forward. A report of
// something just named (`daarvan`, `hiervan`) is one still to be written of an event still to come, where what comes
// with this letter is `het verslag` and named by `hierbij` (THIS_LETTER_RE): `De WTO-ronde staat op de agenda van de
// Raad Algemene Zaken en Externe Betrekkingen van de EU op 21 dezer. … U ontvangt daarvan zoals gebruikelijk een
// verslag van de bewindslieden van Buitenlandse Zaken.` (2631, a letter of 21 November). A separate letter is another
// one than this, so a later one: `Uw Kamer ontvangt hierover een separate Kamerbrief.` (255); one sent at the same time
// is sent `met deze brief` (`Tegelijk met deze brief ontvangt u een afzonderlijke brief …`, 581: BY_THIS_LETTER_RE).

/**
 * Something sent on its own, in the present-tense passive: another paper than this letter, so a later one, and a
 * future cue as `een aparte brief` is (FUTURE_CUE_RE). `Deze reactie wordt separaat aan uw Kamer gestuurd.` (1250),
 * `Het kabinetsstandpunt naar aanleiding van dit advies wordt U afzonderlijk aangeboden.` (2720), `Over het eventueel
 * implementeren van dit vervolg wordt uw Kamer separaat geïnformeerd.` (2285). Not when a paper's number follows,
 * which says it is out already: `Een militair-technische evaluatie … wordt u separaat toegezonden door de Minister
 * van Defensie (22 181, nr. 311).` (1131).
 */
export const SEPARATE_DELIVERY_RE = new RegExp(
  String.raw`\b(?:wordt|worden)\b[^.]{0,80}?\b(?:separaat|afzonderlijk|apart)(?: ${TO_KAMER})? (?:${SENT}|ge[iï]nformeerd)\b(?![^.]{0,200}?(?:\(\s*\d|\bkamerstuk|\bnr\b))`,
);

/**
 * Words that say something comes with this letter: `bij deze`, `hierbij`, `bijgaand`, `bijgevoegd` (`Bijgevoegd
 * ontvangt u de brief die ik aan de Raad van Bestuur van MST heb gezonden.`, 958), `als bijlage`, and what it tells
 * now: `In vervolg op mijn brief van 9 oktober jl. … waarin ik heb aangegeven uw Kamer zo spoedig mogelijk te
 * informeren over de uitkomsten …, informeer ik u als volgt.` (344; its word for later is the earlier letter's), and
 * `het volgende` at the end: `In vervolg op mijn brief van 11 mei 2018, die u heeft geagendeerd voor het op 13
 * september geplande Algemeen Overleg Wijkverpleging, bericht ik u het volgende.` (1382: the debate's day is no due
 * date).
 */
const SENT_HEREWITH = String.raw`\bbij deze\b|\bhierbij\b|\bbijgaand\b|\bbijgevoegd\b|\bbijgesloten\b|\bals bijlage\b|\bals volgt\b|\bhet volgende\s*[.:]\s*$`;

/**
 * This paper named: `deze brief`, and the papers a letter may call itself: `Vanzelfsprekend zullen wij in deze nadere
 * Memorie van Antwoord nog graag de van de zijde van de Kamer gestelde vragen beantwoorden.` (590), `deze nota`, `deze
 * notitie`, `deze kabinetsreactie`, `deze voortgangsrapportage`.
 */
const THIS_PAPER = String.raw`deze (?:nadere |aanvullende )?(?:(?:kamer)?brief|nota|notitie|memorie van antwoord|(?:kabinets|beleids)reactie|(?:voortgangs)?rapportage)`;

/**
 * This letter as the means: `in deze brief`, `met deze brief`, and `middels deze brief`, `door middel van deze brief`:
 * `Tot slot herbevestigen wij middels deze brief de beëindiging op 31 december 2018 van de Nederlandse F-16 inzet …
 * en informeren wij u over het mandaat …` (439: the 31st is the end of the mission, not a due date). And sent beside
 * it, as `tegelijk met deze brief` (581) is: `Van de Staatssecretaris ontvangt u een brief over de bredere inzet op
 * natuur, parallel aan deze brief.` (11), `Parallel aan deze brief ontvangt u van NWO het jaarverslag.` (1454): what
 * comes with this letter is delivered now, nothing still to come.
 */
const BY_THIS_LETTER = String.raw`\b(?:in|met|bij|via|middels|door middel van|parallel aan) ${THIS_PAPER}\b`;

/**
 * This letter as what is sent: `In aanloop naar het Algemeen Overleg CBR op 30 september aanstaande stuur ik u deze
 * brief om u te informeren over de stand van zaken bij het CBR.` (1264: the debate's day is no due date).
 */
const SENDS_THIS_LETTER = String.raw`\b(?:stuur|stuurt|sturen|zend|zendt|zenden) (?:ik|wij|we|het kabinet) (?:u|uw kamer|de kamer) deze (?:kamer)?brief\b`;

/**
 * This letter itself: `In deze brief zal ik stilstaan bij …` (09), `In deze Kamerbrief zal ik een toelichting
 * geven` (22), `ontvangt u bij deze …` (89), `Als bijlage ontvangt u de publicatie` (34), `… ontvangt u deze brief,
 * waarin …` (1865), `Wij komen daarop terug in het vervolg van dit verslag.` (1128) promise nothing for later; nor
 * does a copy of this letter sent elsewhere: `Ik zal een afschrift van deze brief zenden aan de voorzitter van de
 * Eerste Kamer.` (567).
 */
export const THIS_LETTER_RE = new RegExp(
  String.raw`${BY_THIS_LETTER}|${SENDS_THIS_LETTER}|\bafschrift van ${THIS_PAPER}\b|\b(?:ontvangt|krijgt) ${KAMER} deze (?:kamer)?brief\b|\bin het vervolg van (?:deze|dit) (?:kamer)?(?:brief|nota|verslag|memorie)\b|${SENT_HEREWITH}|\bhiermee\b`,
);

/**
 * A motion quoted with its dictum: `Met een andere motie … verzoekt de Tweede Kamer de regering om gemotiveerd aan
 * te geven welke aanbevelingen … het kabinet zal overnemen.` (2730). The Kamer asks; the government promises nothing.
 * So does a committee asking the minister it writes to, `u`: `De commissie verzoekt u daarom haar op korte termijn te
 * informeren over het tijdstip waarop naar verwachting een wetsvoorstel zal worden ingediend …` (997, a verslag). Only
 * `verzoekt`: the government asks as `ik` or `wij` (`Ik verzoek u daarom mij toe te staan …`, 1137).
 */
export const MOTION_DICTUM_RE =
  /\bverzoek(?:t|en)\b[^.]{0,60}?\b(?:de regering|het kabinet|de minister|de staatssecretaris)\b|\bverzoekt u\b/;

/**
 * This letter as the means of a present-tense delivery: `Met deze brief ontvangt de Tweede Kamer informatie ten behoeve
 * van het commissiedebat … op 16 april aanstaande` (90) delivers now; its future cue is the debate's. So does `Met het
 * oog op het door uw Kamer geplande Commissiedebat over OV & Taxi op 19 mei a.s. informeer ik u in deze brief over de
 * stand van zaken …` (1067): the date is the debate's, not a due date. `hiermee` is this letter too: `Ter voorbereiding
 * op het Algemeen Overleg Medische ethiek d.d. 4 december aanstaande, informeer ik u hiermee over de stand van zaken …`
 * (912).
 */
export const BY_THIS_LETTER_RE = new RegExp(
  String.raw`${BY_THIS_LETTER}|${SENDS_THIS_LETTER}|${SENT_HEREWITH}|\bhiermee\b`,
);

/**
 * A delivery today: `Vandaag ontvangt u digitaal een overzicht van de toezeggingen …` (465), `… ontvangt u heden
 * separaat een brief …` (512). In the present tense that is no promise for later. Not `tot op heden` (until now).
 */
export const TODAY_RE = /\bvandaag\b|(?<!\bop )\bheden\b/;

/**
 * Members of parliament as the subject in a verslag: `Tot aan het moment dat de definitieve structuurvisie aan
 * de Kamer zal worden aangeboden zal de fractie haar opvattingen … nader aanscherpen.` (1320). Their plans.
 */
export const MEMBERS_RE = /\b(?:de|deze|die) (?:leden|fractie)\b|\w-fractie\b/;
