import { MAX_LABEL } from './label-chars';

/**
 * Long ministry names in a label that must be cut, written as the ministry's abbreviation: `Bij brief van
 * 10 oktober 2017 zijn ze door de Minister van Binnenlandse Zaken en Koninkrijksrelaties beantwoord.`
 * (1082) was labelled `Bij brief zijn ze door de Minister van Binnenlandse Zaken…`: the name took the
 * room of what happened. With `BZK` the whole sentence fits. Names of two words (`Buitenlandse Zaken`,
 * `Economische Zaken`, `Asiel en Migratie`) stay: they cost little and read better than `BZ` or `AenM`.
 * The abbreviations are the glossary's (`assets/glossary/ministry.json`), so the reader can look them up.
 */

/** A ministry's name, and its abbreviations: the first is used, the others when the letter gives one. */
type Ministry = readonly [name: string, abbr: string, ...others: string[]];

export const MINISTRIES: readonly Ministry[] = [
  ['Binnenlandse Zaken en Koninkrijksrelaties', 'BZK'],
  ['Onderwijs, Cultuur en Wetenschappen', 'OCW', 'OCenW'],
  ['Onderwijs, Cultuur en Wetenschap', 'OCW'],
  ['Volksgezondheid, Welzijn en Sport', 'VWS'],
  ['Sociale Zaken en Werkgelegenheid', 'SZW'],
  ['Economische Zaken, Landbouw en Innovatie', 'EL&I', 'ELI'],
  ['Economische Zaken en Klimaat', 'EZK'],
  ['Landbouw, Natuur en Voedselkwaliteit', 'LNV'],
  ['Landbouw, Natuurbeheer en Visserij', 'LNV'],
  ['Landbouw, Visserij, Voedselzekerheid en Natuur', 'LVVN'],
  ['Infrastructuur en Waterstaat', 'IenW', 'I&W'],
  ['Infrastructuur en Milieu', 'IenM', 'I&M'],
  ['Verkeer en Waterstaat', 'VenW'],
  ['Justitie en Veiligheid', 'JenV', 'J&V'],
  ['Veiligheid en Justitie', 'VenJ', 'V&J'],
  ['Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer', 'VROM'],
  ['Volkshuisvesting en Ruimtelijke Ordening', 'VRO'],
  ['Klimaat en Groene Groei', 'KGG'],
  ['Buitenlandse Handel en Ontwikkelingssamenwerking', 'BHOS'],
  ['Buitenlandse Handel en Ontwikkelingshulp', 'BHO'],
];

/** Every short name a label may write for a ministry (`namesOtherItems` in `index.ts` tells items apart by them). */
export const MINISTRY_ABBREVIATIONS: ReadonlySet<string> = new Set(MINISTRIES.flatMap((m) => m.slice(1)));

/** The names, longest first (`…Wetenschappen` before `…Wetenschap`), with where their one ` en ` is. */
const BY_LENGTH: readonly { ministry: Ministry; en: number }[] = [...MINISTRIES]
  .sort((a, b) => b[0].length - a[0].length)
  .map((ministry) => ({ ministry, en: ministry[0].indexOf(' en ') }));

/**
 * Capitalised words before a name that make it part of another name, an inspectorate named after its
 * ministry (`Inspectie Veiligheid en Justitie`, `Inspectie Verkeer en Waterstaat`), unlike a title
 * (`Minister`, `Staatssecretaris`, `Ministerie`, `Commissie`) whose ministry it names.
 */
const OF_ANOTHER_NAME = new Set(['Inspectie']);

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(s: string, i: number): boolean {
  return i >= 0 && i < s.length && WORD_CHAR.test(s[i] as string);
}

/**
 * `s` with the long ministry names written as their abbreviations (see the top). Callers use it only on a
 * label that does not fit, so a label with room keeps the names whole. Every name has one ` en ` before a
 * capital (`… en Koninkrijksrelaties`): the names are tried only where `s` has one, which most label parts
 * have not, so no regex runs over them.
 * Only names whose ` en ` lies in s[from, to) are written short: a label part is read near its date only
 * (see `NEAR_DATE`), the rest of a long part cannot reach the label.
 */
export function shortMinistryNames(s: string, from = 0, to = s.length): string {
  let out = '';
  let done = 0; // s.slice(0, done) is in `out`
  for (let i = s.indexOf(' en ', from); i >= 0 && i < to; i = s.indexOf(' en ', i + 3)) {
    const c = s.charCodeAt(i + 4);
    if (c < 0x41 || c > 0x5a) continue;
    for (const { ministry, en } of BY_LENGTH) {
      const name = ministry[0];
      const start = i - en;
      if (start < done || !s.startsWith(name, start)) continue;
      let end = start + name.length;
      // A whole name, not part of a longer word or of another name (`Inspectie …`).
      if (isWordChar(s, start - 1) || isWordChar(s, end)) continue;
      if (start > 1 && OF_ANOTHER_NAME.has(s.slice(s.lastIndexOf(' ', start - 2) + 1, start - 1))) continue;
      let short = ministry[1];
      const own = ownAbbreviation(s, end);
      if (own !== null) {
        // The letter's own abbreviation in brackets after the name, when it is one of this ministry's:
        // `Volksgezondheid, Welzijn en Sport (VWS)` becomes `VWS`, not `VWS (VWS)`. Any other bracket
        // (a chapter of the budget, `het Ministerie van Justitie en Veiligheid (VI)`) stays.
        if (ministry.includes(own, 1)) {
          short = own;
          end += own.length + 3;
        }
      }
      out += s.slice(done, start) + short;
      done = end;
      break;
    }
  }
  return done === 0 ? s : out + s.slice(done);
}

/** The text of ` (XXX)` at `at`, two to six characters with no space or bracket, or null. */
function ownAbbreviation(s: string, at: number): string | null {
  if (s.charCodeAt(at) !== 0x20 || s.charCodeAt(at + 1) !== 0x28) return null;
  const close = s.indexOf(')', at + 2);
  if (close < at + 4 || close > at + 8) return null;
  const own = s.slice(at + 2, close);
  return /^[^\s()]+$/.test(own) ? own : null;
}

/**
 * How far from its date a label part's names are written short: twice a label's length. A name farther off
 * cannot come into a label cut around the date, and one that is whole has its part no longer than a label
 * and a name or two (a part that long fits only when several names farther off were written short, which
 * is rare, and then the label is cut around the date as any other).
 */
export const NEAR_DATE = 2 * MAX_LABEL;

/** `before` (the text before a date) with the names near its end written short. */
export function shortNamesBefore(before: string): string {
  return shortMinistryNames(before, Math.max(0, before.length - NEAR_DATE));
}

/** `after` (the text after a date) with the names near its start written short. */
export function shortNamesAfter(after: string): string {
  return shortMinistryNames(after, 0, NEAR_DATE);
}

/**
 * `before` (the text before a letter's date whose subject follows it, see `subjectWindow`) with the letter's sender
 * written as its ministry where the sender is a minister or state secretary of one: `de brief van de Minister van IenW`
 * becomes `de brief van IenW`. A label that keeps the subject first had to cut that sender, and started inside it:
 * `…van IenW inzake voorzieningen spooremplacementen nabij haven Rotterdam` (1064), `…IenW inzake Vervoerplan NS
 * 2023…`; with the sender short the label reads `De brief van IenW inzake …`, as the Kamer speaks of such letters.
 * Callers use it only on a label that does not fit with its ministries' names short (see `shortMinistryNames`). The
 * ministry is a short name of MINISTRIES, or after `van` a name of one word (`Defensie`, `Financiën`) or two
 * (`Buitenlandse Zaken`, `Asiel en Migratie`); a minister `voor` a policy area has a short name (`BHOS`, `VRO`) or
 * keeps their title (`de Minister voor Wonen en Rijksdienst`). A sender with a person's name (`staatssecretaris Van der
 * Ploeg van OCW`), or of two ministries, stays. Else `before`.
 */
export function senderAsMinistry(before: string): string {
  const sender = SENDER_AT_END.exec(before);
  if (sender === null) return before;
  const [, head, preposition, ministry] = sender as unknown as [string, string, string, string];
  const short = MINISTRY_ABBREVIATIONS.has(ministry);
  if (!short && (preposition === 'voor' || !MINISTRY_NAME.test(ministry))) return before;
  return `${head}${ministry}`;
}

/** A minister's or state secretary's title, the first letter of either case. */
const OFFICE = String.raw`(?:[Mm]inister|[Ss]taatssecretaris)`;

/**
 * A text that is a letter's sender and nothing else, `[de] brief van de <office> van|voor <ministry>` (an item's number
 * before it, `6. brief van …`, 2561), where the ministry is one to three words with no mark between them; `de Minister
 * en de Staatssecretaris van VWS` is one ministry's too. Not a sender inside a longer clause: `De vaste commissie voor
 * Defensie heeft over de brief van de staatssecretaris van Defensie` (1314) made `…over de brief van Defensie`, short
 * enough for the clause's frame to crowd out the subject (`De vaste commissie … heeft over de brief van Defensie …
 * voorgelegd`).
 */
const SENDER_AT_END = new RegExp(
  String.raw`^((?:\d{1,2}\. )?(?:[Dd]e )?[Bb]rief van )de ${OFFICE}(?: en de ${OFFICE})? (van|voor) ([^\s,;:()]+(?: [^\s,;:()]+){0,2})$`,
);

/** A ministry's name of one word, or of two (`Buitenlandse Zaken`, `Asiel en Migratie`), capitalised. */
const MINISTRY_NAME = /^\p{Lu}[\p{L}-]*(?: (?:en )?\p{Lu}[\p{L}-]*)?$/u;
