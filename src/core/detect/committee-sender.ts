import { linesOf } from './lines';
import { capitalizeFirst } from './sender';

/**
 * A committee as a paper's sender, named in its opening sentence (`De vaste commissie voor Defensie heeft …`) or its
 * introduction, and a delegation to an assembly (`De Nederlandse delegatie naar de Parlementaire Assemblee …`).
 */

/**
 * The paper's opening sentence on one line: from the first line after the head (which ends at `from`) that is a
 * sentence, `OPENING_REACH` characters of it. Who speaks there is read from it, never from further down. That line is
 * looked for within `reach` characters, as `isSentence` tells (by default any line NO_SENTENCE does not rule out).
 */
export function openingSentence(
  text: string,
  from: number,
  reach = OPENING_REACH,
  isSentence: (line: string) => boolean = (line) => line !== '' && !NO_SENTENCE.test(line),
): string | null {
  const nl = text.indexOf('\n', from);
  if (nl < 0) return null;
  const first = linesOf(text, nl + 1, Math.min(text.length, nl + 1 + reach)).find((l) => isSentence(l.text));
  return first ? text.slice(first.start, first.start + OPENING_REACH).replace(/\s+/g, ' ') : null;
}

/**
 * The committee a verslag's own opening sentence names as the one that speaks, as the paper prints it:
 * - `De vaste commissie voor Financiën heeft een aantal vragen en opmerkingen voorgelegd aan …` (1161),
 *   `De vaste commissie voor Justitie1 heeft op 9 oktober 2008 overleg gevoerd met …` (1031), `De vaste commissie
 *   voor Koninkrijksrelaties, belast met het voorbereidend onderzoek …` (1082);
 * - several, as written: `De vaste commissie voor Sociale Zaken en Werkgelegenheid1 en de algemene commissie voor
 *   Wonen, Wijken en Integratie2 hebben …` (1011), `De commissie voor de Rijksuitgaven1, de vaste commissie voor …`
 *   (1140);
 * - by its members or as the room where the questions rose: `De leden van de vaste commissies voor Justitie en
 *   Veiligheid1, voor …` (104), `Binnen de vaste commissie voor Europese Zaken bestond bij vier fracties de behoefte …`
 *   (1165), `Het voorbereidend onderzoek van deze wetsvoorstellen heeft de leden van de vaste commissie voor Sociale
 *   Zaken en Werkgelegenheid aanleiding gegeven …` (1077): the committee.
 * Only the first line at `from` (where the head ends) is read, with the lines its sentence runs on to: a committee
 * named further down (a quoted letter's, one the minister answers) is not the paper's. Note digits are dropped.
 */
export function committeeFromOpening(text: string, from: number): string | null {
  const opening = openingSentence(text, from);
  if (opening === null) return null;
  const m = OPENING_COMMITTEE.exec(opening);
  // The committee asked a minister something (`… heeft mij verzocht`, 2297), or the sentence ran past its name to a
  // later verb: no committee speaking.
  if (!m || NOT_THE_WRITER.test(opening.slice(m[0].length)) || NOT_A_NAME.test(m[1] as string)) return null;
  return committeeName(m[1] as string);
}

/** A committee's name as the paper prints it, without note digits, slips of the pen or a trailing abbreviation. */
export function committeeName(raw: string): string {
  const who = raw
    .replace(/(?<=[\p{L},)])\d{1,3}(?=[\s,/]|$)/gu, '')
    // `De vast commissie voor …` (1306), `De vaste commissie voor commissie voor Binnenlandse Zaken` (470): slips of
    // the pen.
    .replace(/^(de )vast (?=commissie)/i, '$1vaste ')
    .replace(/\b(commissies? (?:voor|van) )commissies? (?:voor|van) /, '$1')
    // `… voor Volksgezondheid, Welzijn en Sport (VWS)` (688): the abbreviation is no part of the name.
    .replace(/\s*\(\p{Lu}{2,}\)$/u, '')
    .replace(/\s*,$/, '')
    .trim();
  return capitalizeFirst(who);
}

/** `De vaste commissie voor Sociale Zaken en Werkgelegenheid heeft mij verzocht …` opens a minister's letter (2297). */
const NOT_THE_WRITER = /^ (?:mij|me|ons)\b/;
/** Words of a sentence, never of a committee's name: `De vaste commissie voor X een aantal vragen … heeft`. */
export const NOT_A_NAME = /\b(?:heeft|hebben|hadden|een|over|met|aan|op|om|zijn|is|wordt|naar)\b/;

/**
 * Lines between the head and the opening sentence: a reprint's note (`* Herdruk i.v.m. nagekomen correcties.`, 510) and
 * a `Vastgesteld 5 oktober` without its year, which the head does not take (812).
 */
const NO_SENTENCE = /^\*|^Vastgesteld\b/;

/** How far the opening sentence is read: far enough for four committees with their long names (1285). */
const OPENING_REACH = 600;

/**
 * A committee opening the sentence (or its members, or `Binnen`/`In` it, or the voorlopig verslag's `Het voorbereidend
 * onderzoek … heeft`), up to the verb that follows it; a note digit may be glued to that verb (`Sport1heeft`, 1065).
 */
const OPENING_COMMITTEE = new RegExp(
  String.raw`^(?:(?:De|de) leden van |Binnen |In |Het voorbereidend onderzoek (?:[^.,]{0,80} )?(?:heeft|geeft|gaf) (?:de leden van )?)` +
    String.raw`?((?:De|de) (?:(?:[Vv]aste?|[Aa]lgemene|[Tt]ijdelijke|[Bb]ijzondere) )?[Cc]ommissies? (?:voor|van) [^.;:]{2,400}?)` +
    String.raw`\s?\d{0,3},?\s?(?:heeft|hebben|hadden|belast|bestond|bleek|wil|aanleiding)\b`,
  'u',
);

/**
 * The committee a verslag's introduction names as the one that speaks, when its opening sentence does not (see
 * `committeeFromOpening`). The introduction is the paragraph or few between the head and the first signature
 * (`De griffier van de commissie,`), a table of contents or the letter it passes on (a line of capitals); it tells
 * what happened and who reports. A committee counts in two places of one of its sentences:
 * - opening it, with its verb or the note digit that ends its name: `De vaste commissie voor Koninkrijksrelaties2
 *   brengt bijgaand verslag uit …` (2604), `… (TK 31 051, nr. 5). De vaste commissies voor Justitie1 en voor …2
 *   hebben in hun vergadering …` (2784), `De commissie voor de Rijksuitgaven1 en de vaste commissies voor
 *   Volksgezondheid, Welzijn en Sport2 een aantal vragen aan de regering voorgelegd` (2543, its `hebben` left out);
 * - right after the verb of a sentence that opens with what led up to it: `Op verzoek van de Voorzitter van de Eerste
 *   Kamer hebben de leden van de vaste commissies voor Justitie1 en voor …2 de voorlichting … besproken` (944), `Ter
 *   voorbereiding van de begrotingsbehandeling heeft de vaste commissie voor Buitenlandse Zaken1 de volgende vragen
 *   aan de regering voorgelegd` (988), `In haar vergadering van 24 september heeft de vaste commissie voor Justitie en
 *   Veiligheid2 besloten …` (2624). Only the first verb counts: in `Bij brief van 3 november 2009 heeft de minister …
 *   de vaste commissie …` the committee is no subject.
 * An introduction that names no committee (`Het voorbereidend onderzoek … heeft de commissie aanleiding gegeven`,
 * 653; the delegation of a werkbezoek, 1317) gives null: nobody is guessed.
 */
export function committeeFromIntroduction(text: string, from: number): string | null {
  const intro = introduction(text, from);
  for (const start of sentenceStarts(intro)) {
    const sentence = intro.slice(start, start + SENTENCE_REACH).replace(/\s+/g, ' ');
    const who = subjectCommittee(sentence) ?? invertedCommittee(sentence);
    if (who) return who;
  }
  return null;
}

/** The introduction's lines after the head ending at `from`, up to where it ends (see END_OF_INTRO). */
function introduction(text: string, from: number): string {
  const nl = text.indexOf('\n', from);
  if (nl < 0) return '';
  const lines: string[] = [];
  for (const line of linesOf(text, nl + 1, Math.min(text.length, nl + 1 + INTRO_REACH))) {
    if (END_OF_INTRO.test(line.text)) break;
    if (line.text !== '') lines.push(line.text);
  }
  return lines.join('\n');
}

/**
 * The delegation that reports, for a verslag of a visit or of an assembly's session that names no committee: its
 * introduction says who went, in one of these ways:
 * - `Een delegatie van vier leden van de Staten-Generaal namen … deel aan de eerste deelsessie van de parlementaire
 *   assemblee van de Raad van Europa` (746), `Van de delegatie van de Staten-Generaal waren in Astana aanwezig …`
 *   after `De Parlementaire Assemblee van de Organisatie voor Veiligheid en Samenwerking in Europa (OVSE) heeft haar
 *   17e jaarlijkse zitting gehouden` (744), `De Nederlandse delegatie bestond uit …` after `… deel aan de 69ste
 *   jaarvergadering van de NAVO Parlementaire Assemblee (NAVO PA)` (2305): the delegation to that assembly, named by
 *   the assembly as the Kamer names its standing delegations, `De delegatie naar de Parlementaire Assemblee van de Raad
 *   van Europa`;
 * - `Een delegatie uit de Tweede Kamer, bestaande uit de fractievoorzitters …` (1317), going to no assembly: the
 *   delegation as the paper names it, `De delegatie uit de Tweede Kamer`.
 * A delegation named by nothing but the word (`De Nederlandse delegatie`, no assembly) gives null: the paper says too
 * little to name the writer.
 */
export function delegationFromIntroduction(text: string, from: number): string | null {
  const intro = introduction(text, from).replace(/\s+/g, ' ');
  const delegation = DELEGATION.exec(intro);
  if (!delegation) return null;
  const assembly = ASSEMBLY.exec(intro);
  if (assembly) {
    const name = (assembly[1] as string).replace(
      /\b([Pp])arlementaire ([Aa])/,
      (_m, p: string, a: string) => `${p.toUpperCase()}arlementaire ${a.toUpperCase()}`,
    );
    return `De delegatie naar de ${name.replace(/\bvergadering\b/, 'Vergadering')}`;
  }
  // `van vier leden van de Staten-Generaal` is the delegation of the Staten-Generaal.
  const of = delegation[1]?.replace(/^van (?:\p{L}+ )?leden (?=van )/u, '');
  return of ? `De delegatie ${of}` : null;
}

/**
 * A delegation as the subject of a sentence, with what it is of or from (`van de Staten-Generaal`, `uit de Tweede
 * Kamer`), up to the verb or the comma after it: `Een delegatie uit de Tweede Kamer, bestaande …` (1317), `Van de
 * delegatie van de Staten-Generaal waren …` (744), `De Nederlandse delegatie bestond uit …` (2305). `delegaties` of
 * other parliaments (744) are not the writer.
 */
const DELEGATION =
  /\b(?:[Ee]en|[Dd]e) (?:Nederlandse )?delegatie(?: ((?:van|uit) [^,.;:]{3,80}?))?(?:,| (?:bestond|bestaande|namen|nam|heeft|hebben|waren|was|bracht|bezocht)\b)/u;

/**
 * The assembly a delegation went to, as the introduction first names it: `parlementaire assemblee van de Raad van
 * Europa` (746), `Parlementaire Assemblee van de Organisatie voor Veiligheid en Samenwerking in Europa` (744), `NAVO
 * Parlementaire Assemblee` (2305); its name ends at the first word that is neither capitalised nor a small joining
 * word, an abbreviation in brackets left out.
 */
const ASSEMBLY =
  /\b((?:\p{Lu}{2,} )?[Pp]arlementaire (?:[Aa]ssembl[eé]e|[Vv]ergadering)(?: van de \p{Lu}[\p{L}-]*(?: (?:(?:van|voor|en|in|de|der|het) )*\p{Lu}[\p{L}-]*)*)?)/u;

/** How far the introduction is read: past a long first sentence to the one naming the committee (1298, 740). */
const INTRO_REACH = 1200;
/** How much of a sentence is read: a long lead-in and four committees' names (2770, 1285). */
const SENTENCE_REACH = 700;

/**
 * Where the introduction ends: the signature of the committee's chair or clerk (`De griffier van de vaste commissie
 * voor Justitie,`, 944; `De fungerend voorzitter van …`, 2543), a table of contents (988), or a line of capitals, the
 * kind line of the letter the verslag passes on (`BRIEF AAN DE MINISTER VAN JUSTITIE`, 2784).
 */
const END_OF_INTRO =
  /^(?:De (?:fungerend )?(?:voorzitter|griffier)\b|Inhoudsopgave\b|[A-ZÀ-Þ][A-ZÀ-Þ\d ,.'’/()«»-]{8,}$)/;

/**
 * Where the sentences of `intro` start: at its start, after a full stop (also with no space: `… 1997.De vaste
 * commissie`, 1298) and at a line start, each before a capital; a full stop before a digit or a small letter
 * (`nr. 14`, `d.d. 13 april`) ends no sentence.
 */
function sentenceStarts(intro: string): number[] {
  const starts = [0];
  for (const m of intro.matchAll(/(?:[.!?][»”’")]?[ \t]*|\n)(?=\p{Lu})/gu))
    starts.push(m.index + m[0].length);
  return starts;
}

/** A committee's opening words: `de vaste commissie voor `, `De commissie voor `, `de vaste commissies voor `. */
const COMMITTEE_HEAD = String.raw`[Dd]e (?:(?:[Vv]aste?|[Aa]lgemene|[Tt]ijdelijke|[Bb]ijzondere) )?[Cc]ommissies? (?:voor|van) `;
/** A capitalised word of a name (`Binnenlandse`, `Asiel/JBZ-Raad`, `Staten-Generaal`), never an office. */
const NAME_WORD = String.raw`(?!(?:Minister|Staatssecretaris)\b)\p{Lu}[\p{L}'’-]*`;
/**
 * What joins the words of a name, or the names of several committees: ` `, `, `, ` en `, ` & `, ` / `, ` van de `,
 * ` en voor `, `, de vaste commissie voor `. Each join reads one way only, so a long name that fails at its end costs
 * no backtracking through other readings.
 */
const NAME_LINK = String.raw`(?:,? (?:(?:en|&) )?(?:(?:de (?:(?:vaste|algemene) )?commissies? )?(?:voor|van) )?(?:(?:de|het|der) )?| ?\/ ?)`;
/** A note digit glued to a name's last word, after a comma too (`Wetenschappen,1`, 1036). */
const NOTE = String.raw`(?:,?\d{1,3})?`;
/** A committee with its whole name: capitalised words and what joins them, up to the first word that is neither. */
const COMMITTEE = String.raw`${COMMITTEE_HEAD}(?:de |het )?${NAME_WORD}${NOTE}(?:${NAME_LINK}${NAME_WORD}${NOTE})*`;

/** The verbs of a committee that acts (`heeft`, `hebben`, `brengt … verslag uit`, `is … in overleg getreden`). */
const SUBJECT_VERB = String.raw`(?:heeft|hebben|had|hadden|is|zijn|brengt|brengen)`;

/**
 * A sentence opening with a committee (or its members), its name ended by the small word that follows it, a note
 * digit perhaps between (`Sport1heeft`, 1065); the text may have lost that digit, so the small word alone ends the
 * name (`… Sport een aantal vragen aan de regering voorgelegd`, 2543). The committee that asked a minister
 * something (`… heeft mij verzocht`, 2297) does not write.
 */
const SUBJECT_COMMITTEE = new RegExp(
  String.raw`^(?:De leden van )?(${COMMITTEE})(?:(?<=\d),?\s?|,?\s)(?!(?:en|voor|van|de|het|der)\b|${SUBJECT_VERB} (?:mij|me|ons)\b)\p{Ll}`,
  'u',
);

/**
 * A sentence opening with what led up to it (`Op verzoek van …`, `Ter voorbereiding van …`, `Naar aanleiding van …`,
 * `In haar vergadering van …`), its first verb, and the committee right after it. A full stop within the lead-in
 * (`nr. 14)`) is no sentence end when a digit, a small letter or a bracket follows.
 */
const INVERTED_COMMITTEE = new RegExp(
  String.raw`^(?:Op|Ter|Naar|Bij|In|Tijdens|Na|Voorafgaand|Vooruitlopend|Mede|Gelet|Sinds|Met|Om)\b` +
    String.raw`(?:(?! ${SUBJECT_VERB}\b)(?:[^.;:]|\.(?= ?[\p{Ll}\d(])))*? ${SUBJECT_VERB} (?:de leden van )?(${COMMITTEE})`,
  'u',
);

function subjectCommittee(sentence: string): string | null {
  const m = SUBJECT_COMMITTEE.exec(sentence);
  return m ? committeeName(m[1] as string) : null;
}

function invertedCommittee(sentence: string): string | null {
  const m = INVERTED_COMMITTEE.exec(sentence.slice(0, SENTENCE_REACH));
  return m ? committeeName(m[1] as string) : null;
}
