import { escapeRegExp } from '../text/escape-regexp';
import { LETTER_KIND_LINE } from './kind';

/**
 * Who wrote the paper, as the head's kind line names it (`BRIEF VAN DE MINISTER VAN DEFENSIE`, `MOTIE VAN HET LID …`),
 * with its office or members in their proper case. The signature block (`signature.ts`), a committee
 * (`committee-sender.ts`) or another body (`body-sender.ts`) may name the sender instead.
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
 * RAPPORTEUR` (668, a member a committee charged with a theme); a reprint says so first: `HERDRUK1 VOORLOPIG VERSLAG
 * VAN DE VASTE COMMISSIE VOOR VEILIGHEID EN JUSTITIE2` (30).
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
