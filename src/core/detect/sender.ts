import type { Span } from '../types';
import { LETTER_KIND_LINE } from './kind';
import { linesOf } from './lines';
import { escapeRegExp } from '../text/escape-regexp';

/**
 * Who wrote the paper: the signature block at its end (`De Minister van Defensie,\nK.H. Ollongren`),
 * else the sender named in the head's kind line (`BRIEF VAN DE MINISTER VAN DEFENSIE`).
 */

/** Words that stay lower case inside a Dutch office name: `Minister van Volksgezondheid, Welzijn en Sport`. */
const LOWER_WORDS = new Set([
  'de',
  'het',
  'van',
  'en',
  'voor',
  'der',
  'op',
  'in',
  'aan',
  'met',
  'te',
  'vaste',
  'commissie',
  'commissies',
  'lid',
  'leden',
  'griffier',
  'rapporteur',
]);

/**
 * Who the head's kind line says wrote the paper, in the normal case a signature uses, or null when it names no one:
 * - a letter: `BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT` → `De Minister van Volksgezondheid,
 *   Welzijn en Sport`; `BRIEF VAN HET PRESIDIUM` → `Het Presidium`;
 * - a motie or an amendement, by its members: `MOTIE VAN HET LID SCHOUW` → `Het lid Schouw` (1009), `GEWIJZIGD
 *   AMENDEMENT VAN HET LID HIJINK TER VERVANGING VAN DAT GEDRUKT ONDER NR. 7` → `Het lid Hijink`;
 * - a verslag of a committee: `VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR JUSTITIE1` → `De vaste commissie voor
 *   Justitie` (note digits dropped); a verslag of a meeting (`VERSLAG VAN EEN ALGEMEEN OVERLEG`) names no writer.
 */
export function senderFromHeader(kindLine: string): string | null {
  // A reprint says so first: `HERDRUK1 BRIEF VAN DE MINISTERS VAN …` (689).
  const line = kindLine
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^HERDRUK\d{0,2} (?=BRIEF\b)/i, '');
  const letter = LETTER_KIND_LINE.exec(line);
  const members = letter ? null : (MEMBERS_KIND_LINE.exec(line) ?? memberWithoutLid(line));
  const committee = letter || members ? null : COMMITTEE_KIND_LINE.exec(line);
  const who = ((letter ?? members ?? committee)?.[1] ?? '')
    .replace(NOTE_DIGITS, '')
    .replace(/\bCOMMISSIE(S?)VOOR\b/, 'COMMISSIE$1 VOOR')
    // `MINISTER PRESIDENT` (146, 327) is the Minister-President.
    .replace(/\bMINISTER PRESIDENT\b/i, 'MINISTER-PRESIDENT')
    // `BOUWMEESTER C.S,` (1882).
    .replace(/\bC\.S[.,]?$/i, 'C.S.')
    .trim();
  if (who === '') return null;
  const named = /^((?:het lid|de leden) )(.+)$/i.exec(who);
  const out = named
    ? (named[1] as string).toLowerCase() + memberNames(named[2] as string)
    : officeWords(who.toLowerCase().split(' ')).join(' ');
  // A sender is written with its article: `De Minister …`, `De Algemene Rekenkamer`.
  return /^(de|het) /i.test(out) ? capitalizeFirst(out) : `De ${out}`;
}

/**
 * `MOTIE VAN HET DIK-FABER C.S.` (1556): the paper left out `LID`; a motie is its members', so `HET` and a name is
 * `Het lid Dik-Faber c.s.`. A body (`HET PRESIDIUM`) is no member.
 */
function memberWithoutLid(line: string): [string, string] | null {
  const m = /^(?:(?:nader )?gewijzigde? )?motie van het (?!lid\b)(\S.*?)(?: ter vervanging van\b.*)?$/i.exec(
    line,
  );
  if (!m || /\b(?:presidium|commissies?|kamer|staten)\b/i.test(m[1] as string)) return null;
  return [m[0], `HET LID ${m[1] as string}`];
}

/** `MOTIE VAN HET LID OMTZIGT C.S.`, `NADER GEWIJZIGDE MOTIE VAN DE LEDEN … TER VERVANGING VAN DIE GEDRUKT ONDER …`. */
const MEMBERS_KIND_LINE =
  /^(?:(?:nader )?gewijzigde? )?(?:motie|amendement) van ((?:het lid|de leden) .+?)(?: ter vervanging van\b.*)?$/i;
/**
 * `(VOORLOPIG) VERSLAG VAN DE VASTE COMMISSIE(S) VOOR …`, `VERSLAG VAN DE STATEN VAN ARUBA` (2601), `VERSLAG VAN DE
 * RAPPORTEUR` (668, a member a committee charged with a theme); a reprint says so first: `HERDRUK1 VOORLOPIG VERSLAG VAN
 * DE VASTE COMMISSIE VOOR VEILIGHEID EN JUSTITIE2` (30).
 */
const COMMITTEE_KIND_LINE =
  /^(?:herdruk\d{0,2} )?(?:(?:voorlopig|nader|tweede) )*(?:eind)?verslag van ((?:de (?:vaste |algemene |tijdelijke |bijzondere )?commissie(?:s\b|\b|voor\b)|de staten van aruba\b|de rapporteurs?\b).*)$/i;
/** A footnote marker glued to a word of a line in capitals: `WERKGELEGENHEID1`, `JBZ-RAAD1 EN`. */
const NOTE_DIGITS = /(?<=\p{Lu})\d{1,2}(?=[\s,]|$)/gu;

/** `minister-president` → `Minister-President`; words such as `van` and `en` stay lower case inside an office name. */
function officeWords(words: readonly string[]): string[] {
  return words.map((w, i) => (i > 0 && LOWER_WORDS.has(w) ? w : capitalize(w)));
}

/** Words that open a Dutch surname: `Van der Staaij`, `De Graaf`; lower case after a first name (`Jasper van Dijk`). */
const NAME_PREFIXES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'ten',
  'ter',
  'te',
  'in',
  'von',
  'op',
]);

/**
 * Members' names from capitals, as the papers write them: `VAN RAAN EN SIMONS` → `Van Raan en Simons`, `BISSCHOP EN
 * VAN DER GRAAF` → `Bisschop en Van der Graaf`, `JASPER VAN DIJK` → `Jasper van Dijk`, `WIEGMAN-VAN MEPPELEN
 * SCHEPPINK` → `Wiegman-van Meppelen Scheppink`, `OMTZIGT C.S.` → `Omtzigt c.s.`.
 */
function memberNames(names: string): string {
  return names
    .toLowerCase()
    .split(/(, | en )/)
    .map((part, i) => (i % 2 === 1 ? part : memberName(part)))
    .join('');
}

function memberName(name: string): string {
  let afterWord = false;
  let prefixes = 0;
  return name
    .split(' ')
    .map((word) => {
      if (word === 'c.s.') return word;
      if (NAME_PREFIXES.has(word)) {
        // Only the first word of a surname that opens the name is written with a capital.
        const keep = afterWord || prefixes++ > 0;
        return keep ? word : capitalize(word);
      }
      afterWord = true;
      return word
        .split('-')
        .map((p, i) => (i > 0 && NAME_PREFIXES.has(p) ? p : capitalize(p)))
        .join('-');
    })
    .join(' ');
}

/** The first letter in upper case: `minister Opstelten …` → `Minister Opstelten …`. */
export function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * `minister-president` → `Minister-President`, `financiën` → `Financiën`, `staat/algemene` → `Staat/Algemene`; a
 * word without vowels is an abbreviation and stays in capitals (`JBZ-Raad`).
 */
function capitalize(word: string): string {
  return word
    .split(/([-/])/)
    .map((p) => {
      if (/^\p{L}{2,}$/u.test(p) && !/[aeiouyàáâäèéêëìíîïòóôöùúûü]/i.test(p)) return p.toUpperCase();
      const i = p.search(/\p{L}/u);
      return i < 0 ? p : p.slice(0, i) + (p[i] as string).toUpperCase() + p.slice(i + 1);
    })
    .join('');
}

/**
 * A signature's office in the case the head uses: `de minister van Justitie,` (160) → `De Minister van Justitie`, as
 * `BRIEF VAN DE MINISTER VAN JUSTITIE` has it.
 */
export function officeCase(sender: string): string {
  return capitalizeFirst(sender).replace(
    /^(De|Het) (minister-president|minister|staatssecretaris|ministers|staatssecretarissen)\b/,
    (_m, article: string, office: string) => `${article} ${capitalize(office)}`,
  );
}

export interface Signature {
  /** The first office in the closing block, without its comma: `De Minister van Defensie`. */
  sender: string;
  /** From the first office line to the end of the last name line, normalized offsets. */
  span: Span;
}

/** An office line of a signature: `De Minister van Defensie,` / `de staatssecretaris van Financiën,`. */
const OFFICE_LINE =
  /^((?:De|de|Het|het) (?:Minister-President|Minister|Staatssecretaris|Ministers|Staatssecretarissen|minister-president|minister|staatssecretaris|ministers|staatssecretarissen)\b[^.;:!?]{0,160}?),?$/;

/** The signer's name: initials and surname (`K.H. Ollongren`, `mr. drs. F.M. Weerwind`, `Hugo de Jonge`). */
const NAME_LINE =
  /^(?:(?:mr|drs|dr|ir|prof|ing|ds)\.\s?)*(?:[A-Z][a-z]?\.\s?){0,6}(?:[a-z]{1,3}\s)*[A-Z][\p{L}'’-]+(?:\s(?:[a-z]{1,3}|[A-Z][\p{L}'’-]+)){0,5}$/u;

/** Signature blocks are at the end; footnotes may follow them in PDF text. */
const TAIL_LENGTH = 4000;

/**
 * The closing signature block of `text` (normalized), or null. Only the text's tail is read. The
 * office line must be followed by a name line, so a `De Minister van …,` opening a regulation
 * (`Gelet op …` follows) never counts.
 */
export function findSignature(text: string): Signature | null {
  const lines = linesOf(text, Math.max(0, text.length - TAIL_LENGTH), text.length).filter(
    (l) => l.text !== '',
  );
  let block: { first: number; last: number; sender: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as (typeof lines)[number];
    let office: string | null = null;
    let nameEnd = -1;
    const m = OFFICE_LINE.exec(line.text);
    const next = lines[i + 1];
    // Signatures end the office with a comma; without one, only initials make the next line a name.
    if (m && next && isName(next.text) && (line.text.endsWith(',') || /[A-Z]\./.test(next.text))) {
      office = m[1] as string;
      nameEnd = next.end;
    } else {
      // One-line form: `De Minister van Defensie, K.H. Ollongren`.
      const comma = line.text.lastIndexOf(', ');
      const o = comma > 0 ? OFFICE_LINE.exec(line.text.slice(0, comma)) : null;
      // The name opens with a capital: `de Ministers van Buitenlandse Zaken, van Defensie, van Justitie en Veiligheid
      // en de` in the head of answers (1597) lists offices, it signs nothing.
      const name = line.text.slice(comma + 2);
      if (o && /^\p{Lu}/u.test(name) && isName(name)) {
        office = o[1] as string;
        nameEnd = line.end;
      }
    }
    if (office === null) continue;
    // Offices signing together follow each other directly; a gap starts a new block.
    if (block && line.start - block.last <= 6) block.last = nameEnd;
    else block = { first: line.start, last: nameEnd, sender: office.trim() };
  }
  return block ? { sender: block.sender, span: { start: block.first, end: block.last } } : null;
}

function isName(s: string): boolean {
  return s.length <= 60 && NAME_LINE.test(s);
}

/**
 * A closing line of a signer outside the cabinet (`Algemene Rekenkamer,`, `De voorzitter van de vaste
 * commissie …,`, `De Nationale ombudsman,`), which `findSignature` does not take: a letter without kind
 * line that ends so is no cabinet letter. Only the text's tail is read.
 */
export function hasOtherSigner(text: string): boolean {
  const tail = text.length > TAIL_LENGTH ? text.slice(text.length - TAIL_LENGTH) : text;
  return OTHER_SIGNER.test(tail);
}

const OTHER_SIGNER =
  /^(?:De |de )?(?:Algemene Rekenkamer|(?:voorzitter|griffier|president|vice-president)\b[^\n.]{0,100}|Nationale ombudsman|Kinderombudsman|Kiesraad|Raad van State)(?:,|\s*$)/m;

/**
 * The paper's opening sentence on one line: from the first line after the head (which ends at `from`) that is a
 * sentence, `OPENING_REACH` characters of it. Who speaks there is read from it, never from further down. That line is
 * looked for within `reach` characters, as `isSentence` tells (by default any line NO_SENTENCE does not rule out).
 */
function openingSentence(
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
function committeeName(raw: string): string {
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
const NOT_A_NAME = /\b(?:heeft|hebben|hadden|een|over|met|aan|op|om|zijn|is|wordt|naar)\b/;

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

/**
 * The offices of a sender from the kind line, mended where the kind line slipped, read from the paper itself:
 * - `… EN VAN DE MINISTER VOOR NATUUR EN STIKSTOF` (194): the `van` repeats the `BRIEF VAN` before the first office,
 *   it is no part of the office: `De Staatssecretaris van Infrastructuur en Waterstaat en de Minister voor Natuur en
 *   Stikstof`, the way the kind lines that write no second `van` have it (954);
 * - an office without its `van` or `voor` (`DE STAATSSECRETARIS INFRASTRUCTUUR EN WATERSTAAT`, 410): the paper writes
 *   the office in full elsewhere, in its signature or its text (`mede namens de Minister van Infrastructuur en
 *   Waterstaat`), and that word is taken. A minister's portfolio may take either (`Minister voor Basis- en Voortgezet
 *   Onderwijs en Media`, 692; `Minister van Sociale Zaken en Werkgelegenheid`, 2444): without the office in full
 *   elsewhere it stays as the kind line writes it. A staatssecretaris is always `van` a ministry.
 */
export function mendOffices(sender: string, text: string): string {
  return sender
    .replace(REPEATED_VAN, ' en $1 ')
    .replace(NO_PREPOSITION, (whole: string, office: string, name: string) => {
      const written = new RegExp(
        String.raw`\b(?:[Mm]inister|[Ss]taatssecretaris)s? (van|voor) ${escapeRegExp(name)}(?![\p{L}-])`,
        'u',
      ).exec(text);
      const preposition = written?.[1] ?? (/^staatssecretaris/i.test(office) ? 'van' : null);
      return preposition ? `${office} ${preposition} ${name}` : whole;
    });
}

/** ` en van de Minister …`, ` en van de Staatssecretaris …`: the repeated `van` of `BRIEF VAN`. */
const REPEATED_VAN = / en van (de|het) (?=(?:Minister|Staatssecretaris))/g;
/** An office followed by a name without its `van` or `voor`: `Staatssecretaris Infrastructuur`, `Minister Basis-`. */
const NO_PREPOSITION =
  /\b(Ministers?|Staatssecretaris(?:sen)?) (?!(?:Van|Voor|En|De|Het)\b)(\p{Lu}[\p{L}-]*)/gu;

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
