import { NOT_A_NAME, committeeName, openingSentence } from './committee-sender';
import { linesOf } from './lines';
import { capitalizeFirst } from './sender';
import { TAIL_LENGTH, isName } from './signature';

/**
 * A body of the Kamer (a committee, a werkgroep, the Presidium) or the Algemene Rekenkamer that writes as itself, named
 * in the paper's opening act or its closing lines; and the government as the writer of a nota, named in its opening
 * sentence (`De regering heeft met belangstelling kennisgenomen …`).
 */

/**
 * A body of the Kamer (or the Rekenkamer) that writes as itself, as a paper names it: a committee with its name
 * (`de commissie voor de Rijksuitgaven1`, note digit glued), a werkgroep with its name, if any (`werkgroep Politieke en
 * persoonlijke ondersteuning leden`, `werkgroep`), the Presidium, the Algemene Rekenkamer. The Kamer itself and its
 * Voorzitter are no body here: they sign as an office. `door uw college ingestelde` (2306) says who set the body up,
 * it is no part of its name.
 */
const BODY = String.raw`(?:[Dd]e|[Hh]et) (?:door [^,.;:]{1,60}? ingestelde )?(?:(?:(?:[Vv]aste|[Aa]lgemene|[Tt]ijdelijke|[Bb]ijzondere) )?[Cc]ommissies? (?:voor|van) [^.;:]{2,200}?|[Ww]erkgroep(?: [^.;:]{2,120}?)?|Presidium|Algemene Rekenkamer)`;

/**
 * The opening act of a paper a body writes, the body its subject:
 * - `Hierbij biedt de commissie voor de Rijksuitgaven1 u de jaarlijkse rapportage aan …` (691);
 * - `Het Presidium legt hierbij aan u voor het onderzoeksvoorstel …` (1066);
 * - `De door uw college ingestelde werkgroep Politieke en persoonlijke ondersteuning leden heeft de eer hierbij verslag
 *   uit te brengen …` (2306);
 * - `De commissie voor de Werkwijze heeft met belangstelling kennisgenomen van het verslag …` (895, the nota on its own
 *   proposal).
 * A note digit may end the name (`Rijksuitgaven1 u`), and what the body is charged with may follow it: `De vaste
 * commissie voor Financiën1, belast met het voorbereidend onderzoek van bovenstaand wetsvoorstel, heeft de eer …`
 * (1041).
 */
const OPENING_ACT = new RegExp(
  String.raw`^(?:Hierbij (?:biedt|bieden|zendt|zenden) (${BODY})\s?\d{0,3},? u\b|(${BODY})\s?\d{0,3}(?:, belast met [^,.;:]{1,160})?,? (?:(?:legt|leggen|biedt|bieden|zendt|zenden) (?:u )?hierbij|(?:heeft|hebben) (?:de eer|met belangstelling kennis ?genomen))\b)`,
  'u',
);

/**
 * The body whose opening act opens the paper (see OPENING_ACT): only the first line after the head at `from` is read,
 * with the lines its sentence runs on to, so a body named in passing further down (`de agenda van het Presidium`, 861)
 * is not the writer.
 */
export function bodyFromOpening(text: string, from: number): string | null {
  const opening = openingSentence(text, from);
  if (opening === null) return null;
  const m = OPENING_ACT.exec(opening);
  const raw = m?.[1] ?? m?.[2];
  return raw ? bodyName(raw) : null;
}

/** A body's name as the paper prints it, without who set it up and note digits: `De werkgroep Politieke …`. */
function bodyName(raw: string): string | null {
  const name = raw.replace(/^(\S+) door [^,.;:]{1,60}? ingestelde /, '$1 ');
  // A name that runs on into a sentence (`de commissie voor Financiën die over de brief met de minister …`) is none.
  return NOT_A_NAME.test(name) ? null : committeeName(name);
}

/**
 * The government as the writer of a nota (a nota naar aanleiding van het verslag, a memorie van antwoord), where its
 * opening sentence names it so, the government being the subject of the act that opens the answer:
 * - `De regering heeft met belangstelling kennisgenomen van het verslag van de vaste commissie …` (1289, 671, 1124),
 *   `De regering heeft geïnteresseerd kennis genomen van …` (1141), `Het kabinet heeft met interesse kennisgenomen van
 *   de vragen …` (2722), `De regering is de Vaste Commissie … erkentelijk …` (904);
 * - inverted: `Met belangstelling heeft de regering kennisgenomen van …` (2597), `Met veel belangstelling heeft de
 *   regering …` (2583), `Met belangstelling heeft het kabinet kennisgenomen van …` (1059);
 * - `De regering dankt de vaste commissie …` (2697), `Het verheugt de regering dat …` (1476), `Alvorens in te gaan op
 *   …, wil de regering de commissie dank zeggen …` (2240).
 * The minister who signs is not named there (`Met belangstelling heb ik kennisgenomen …` names no one): the paper's
 * signature, when the text has it, comes first (`resolveSender`). `De regering` and `Het kabinet` are written as the paper
 * writes them. Only the opening sentence counts: the first line after the head at `from` that is a sentence (PROSE_LINE),
 * past a table of contents and headings (`Inhoudsopgave`, `I. Algemeen`, 1124), with the lines it runs on to.
 */
export function governmentFromOpening(text: string, from: number): string | null {
  const opening = openingSentence(text, from, CONTENTS_REACH, (line) => PROSE_LINE.test(line));
  if (opening === null) return null;
  const m = GOVERNMENT_OPENING.exec(opening);
  const who = m?.slice(1).find((g) => g !== undefined);
  return who ? capitalizeFirst(who.toLowerCase()) : null;
}

/** How far past the head the opening sentence is looked for: past a table of contents (1124: 60 short lines). */
const CONTENTS_REACH = 4000;
/**
 * A line of running text, not a heading or an entry of a table of contents: eight words and sixty characters at least.
 * Entries have eight words too (`Uitspraken Centrale Raad van Beroep en Hoge Raad`, 1124; `4. Reikwijdte, grondslag en
 * tarief van de heffing`, 2722), not the length; a line broken in a sentence has both (`De regering heeft met
 * belangstelling kennisgenomen van het verslag van de vaste commissie`, 1124).
 */
const PROSE_LINE = /^(?=.{60})(?:\S+\s+){7}\S/;
/** The government: `de regering`, `het kabinet`. */
const GOVERNMENT = String.raw`(?:[Dd]e regering|[Hh]et kabinet)`;
/** The opening acts of GOVERNMENT_OPENING's forms (see governmentFromOpening). */
const GOVERNMENT_OPENING = new RegExp(
  String.raw`^(?:(${GOVERNMENT}) (?:(?:heeft|is)\b[^.]{0,160}?\b(?:kennis ?genomen|erkentelijk)\b|dankt\b)|Met (?:\p{L}+ ){0,2}(?:belangstelling|interesse|genoegen|instemming|erkentelijkheid) (?:heeft|is) (${GOVERNMENT}) kennis ?genomen\b|Het verheugt (${GOVERNMENT})\b|Alvorens\b[^.]{0,200}?, wil (${GOVERNMENT})\b)`,
  'u',
);

/**
 * The closing of a paper a body writes, signed for it (the paper is what the body says; its chair signs):
 * - `De voorzitter van de commissie voor de Rijksuitgaven,` / `Van Gerven` (691), `De voorzitter van de werkgroep,` /
 *   `Doelman-Pel` (2306): the body the chair presides;
 * - `Algemene Rekenkamer` / `drs. Saskia J. Stuiveling, president` (792): the Rekenkamer, which signs by its name.
 * A name line must follow, so a chair named in a sentence is no closing. The lines below the head at `from` are read
 * (a cover letter's closing comes right after its text, 691), and the text's tail.
 */
export function bodyFromClosing(text: string, from: number): string | null {
  const windows: [number, number][] = [[from, Math.min(text.length, from + CLOSING_REACH)]];
  if (text.length - TAIL_LENGTH > from + CLOSING_REACH)
    windows.push([text.length - TAIL_LENGTH, text.length]);
  for (const [start, end] of windows) {
    const lines = linesOf(text, start, end).filter((l) => l.text !== '');
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = (lines[i] as (typeof lines)[number]).text;
      const next = (lines[i + 1] as (typeof lines)[number]).text;
      const chair = CHAIR_LINE.exec(line);
      if (chair && (isName(next) || SIGNER_WITH_TITLE.test(next))) {
        const name = bodyName(chair[1] as string);
        if (name) return name;
      }
      if (REKENKAMER_LINE.test(line) && SIGNER_WITH_TITLE.test(next)) return 'De Algemene Rekenkamer';
    }
  }
  return null;
}

/** How far below the head a cover letter's closing is looked for: past a few paragraphs. */
const CLOSING_REACH = 3000;
/** `De voorzitter van de commissie voor de Rijksuitgaven,` (691), `De fungerend voorzitter van …`. */
const CHAIR_LINE = new RegExp(
  String.raw`^De (?:fungerend |waarnemend )?[Vv]oorzitter van (${BODY})\s?\d{0,3},?$`,
  'u',
);
/** The Rekenkamer's name over its signers: `Algemene Rekenkamer` (792), `Algemene Rekenkamer,`. */
const REKENKAMER_LINE = /^(?:De )?Algemene Rekenkamer,?$/;
/** A signer with the title that signs for a body: `drs. Saskia J. Stuiveling, president` (792). */
const SIGNER_WITH_TITLE = /^[^,\n]{3,60}, (?:president|vice-president|voorzitter|waarnemend voorzitter)$/;
