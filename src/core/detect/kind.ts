import type { DocumentKind } from '../types';

/**
 * Which kind of paper a label names. Two label families exist:
 * - the kind line of a paper's head, in capitals (`BRIEF VAN DE MINISTER VAN DEFENSIE`,
 *   `VERSLAG VAN EEN COMMISSIEDEBAT`, `MOTIE VAN HET LID …`);
 * - the soort the sites show (tweedekamer.nl `Brief regering`, `Motie (gewijzigd/nader)`; the
 *   OData `Document.Soort` values; the KOOP `DC.type` of scheme `OVERHEIDop.KamerstukTypen`).
 * Both are matched case-insensitively on their opening words, most specific rule first.
 */
interface KindRule {
  pattern: RegExp;
  kind: DocumentKind;
}

/** Senders that make a letter a `brief regering`: the cabinet's members. */
const GOVERNMENT_SENDER =
  /^(de |het )?(minister|staatssecretaris|ministers|staatssecretarissen|minister-president)\b/i;

const HEADER_RULES: readonly KindRule[] = [
  {
    // With a comma too: `VERSLAG, HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN` (1127).
    pattern: /^verslag,? houdende een lijst van vragen en antwoorden\b/i,
    kind: 'lijst van vragen en antwoorden',
  },
  { pattern: /^lijst van (vragen en antwoorden|antwoorden)\b/i, kind: 'lijst van vragen en antwoorden' },
  { pattern: /^(gewijzigde |nader gewijzigde )*motie\b/i, kind: 'motie' },
  { pattern: /^(gewijzigd |nader gewijzigd )*amendement\b/i, kind: 'amendement' },
  { pattern: /^(gewijzigd |nader gewijzigd )*voorstel van (rijks)?wet\b/i, kind: 'wetsvoorstel' },
  { pattern: /^(nadere )?memorie van toelichting\b/i, kind: 'memorie van toelichting' },
  // `NOTA VAN TOELICHTING` explains a decree in the Staatsblad (101), not a paper of the Kamer.
  // Also its later addition: `AANVULLING OP DE NOTA NAAR AANLEIDING VAN HET VERSLAG` (591).
  {
    pattern: /^(aanvulling op de |tweede |derde |vierde |nadere )?nota\b(?! van toelichting)/i,
    kind: 'nota',
  },
  // The government's reply to an Eerste Kamer verslag: the counterpart of a TK `nota naar aanleiding van het verslag`.
  { pattern: /^(nadere )?memorie van antwoord\b/i, kind: 'nota' },
  // `NADER VOORLOPIG VERSLAG` (427) stacks two of the words before it.
  { pattern: /^(?:(?:voorlopig|nader|tweede) )*(?:eind)?verslag\b/i, kind: 'verslag' },
];

/**
 * Kind of a paper from its head's kind line (`BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN`), or
 * null when the line is not one. Letters split by sender: the cabinet writes `brief regering`,
 * everyone else (Algemene Rekenkamer, a committee, a member) a plain `brief`.
 */
export function kindFromHeader(line: string): DocumentKind | null {
  // A reprinted paper says so before its kind, often with a footnote digit: `HERDRUK1 VOORLOPIG VERSLAG …`.
  // An older page may glue the date line to it: `VERSLAG VAN EEN ALGEMEEN OVERLEGVastgesteld 21 januari 1997` (756).
  const s = line
    .trim()
    .replace(/^HERDRUK\d{0,2}\s+/, '')
    .replace(GLUED_VASTGESTELD, '');
  if (!isCapitalLine(s)) return null;
  const letter = LETTER_KIND_LINE.exec(s);
  if (letter) return GOVERNMENT_SENDER.test(letter[1] as string) ? 'brief regering' : 'brief';
  // An Eerste Kamer paper may name the addressee instead: `BRIEF AAN DE VOORZITTER VAN DE COMMISSIE VOOR
  // FINANCIËN` (386) is the cabinet's; a letter to a minister is a committee's.
  const to = /^brief aan (.+)$/i.exec(s);
  if (to) return GOVERNMENT_SENDER.test(to[1] as string) ? 'brief' : 'brief regering';
  for (const rule of HEADER_RULES) if (rule.pattern.test(s)) return rule.kind;
  // Other capitalised kind lines of Kamerstukken (advies Raad van State, Koninklijke boodschap, ...).
  if (/^(advies|koninklijke boodschap|jaarverslag|slotwet)\b/i.test(s)) return 'overig';
  return null;
}

/**
 * `BRIEF VAN …`, also as a paper misprinted it: `BIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP` (2177),
 * `BRIEF MINISTER VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT` (916, without `VAN DE`). The sender is its group.
 */
export const LETTER_KIND_LINE = /^(?:brief van |bief van |brief (?=(?:minister|staatssecretaris)\b))(.+)$/i;

/** A `Vastgesteld` date line glued to the capitals before it, to the end of the line. */
export const GLUED_VASTGESTELD = /(?<=[A-Z])Vastgesteld(?=\s*\d).*$/;

/** A head's kind line is written in capitals; require most letters upper case so prose never counts. */
function isCapitalLine(s: string): boolean {
  if (s.length < 5 || s.length > 400) return false;
  let upper = 0;
  let lower = 0;
  for (const ch of s) {
    if (ch >= 'a' && ch <= 'z') lower++;
    else if (ch >= 'A' && ch <= 'Z') upper++;
  }
  return upper >= 4 && lower * 5 <= upper;
}

const SOORT_RULES: readonly KindRule[] = [
  { pattern: /^brief regering\b/i, kind: 'brief regering' },
  { pattern: /^brief\b/i, kind: 'brief' },
  { pattern: /^(antwoord )?schriftelijke vragen\b/i, kind: 'antwoord schriftelijke vragen' },
  {
    pattern: /^antwoord(en)? (op )?(schriftelijke )?(kamer)?vragen\b/i,
    kind: 'antwoord schriftelijke vragen',
  },
  { pattern: /^kamervragen\b/i, kind: 'antwoord schriftelijke vragen' },
  { pattern: /^aanhangsel( van de)? handelingen\b/i, kind: 'antwoord schriftelijke vragen' },
  {
    // With a comma too: `VERSLAG, HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN` (1127).
    pattern: /^verslag,? houdende een lijst van vragen en antwoorden\b/i,
    kind: 'lijst van vragen en antwoorden',
  },
  { pattern: /^lijst van vragen en antwoorden\b/i, kind: 'lijst van vragen en antwoorden' },
  { pattern: /^(inbreng )?(voorlopig |nader )?(eind)?verslag\b/i, kind: 'verslag' },
  { pattern: /^(gewijzigde )?motie\b/i, kind: 'motie' },
  { pattern: /^(gewijzigd )?amendement\b/i, kind: 'amendement' },
  { pattern: /^(gewijzigd )?(voorstel van (rijks)?wet|wetsvoorstel)\b/i, kind: 'wetsvoorstel' },
  { pattern: /^(nadere )?memorie van toelichting\b/i, kind: 'memorie van toelichting' },
  { pattern: /^nota\b/i, kind: 'nota' },
];

/** Soorts shown on paper pages that are no parliamentary paper of their own (agendas, transcripts). */
const NOT_PAPER_SOORT =
  /^(agenda|convocatie|besluitenlijst|stenogram|handelingen|bijlage|position paper|mededeling|staatscourant|staatsblad)\b/i;

/**
 * Kind from a soort label; `overig` for other Kamerstuk soorts (`Advies Afdeling advisering Raad
 * van State`), null when the label names no paper (`Agenda procedurevergadering`, `Bijlage`) or is empty.
 */
export function kindFromSoort(soort: string): DocumentKind | null {
  const s = soort.trim();
  if (s === '' || NOT_PAPER_SOORT.test(s)) return null;
  for (const rule of SOORT_RULES) if (rule.pattern.test(s)) return rule.kind;
  return /^(kamerstuk|advies|koninklijke boodschap|jaarverslag|voorstel|verzoek)\b/i.test(s)
    ? 'overig'
    : null;
}

/** Whether a sender (`De Minister van Defensie`, `De Staatssecretaris van …`) is a member of the cabinet. */
export function isGovernmentSender(sender: string): boolean {
  return GOVERNMENT_SENDER.test(sender.trim());
}
