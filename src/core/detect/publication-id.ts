/**
 * Publication ids of officielebekendmakingen.nl (`kst-36200-X-5`, `ah-tk-20242025-100`,
 * `stcrt-2021-7182`) and dossier numbers as printed in a paper's head (`21 501-02`, `36 800 X`).
 * Shared by the site file (URLs), the detection (head metadata) and anyone who needs the id's parts.
 */

/** The publication series, by id prefix. */
export type PublicationSeries =
  | 'kst' // Kamerstuk
  | 'ah' // Aanhangsel Handelingen: answers to written questions
  | 'kv' // Kamervragen (the questions)
  | 'h' // Handelingen: plenary transcripts
  | 'blg' // Bijlage (annex) to a Kamerstuk
  | 'stcrt'
  | 'stb'
  | 'gmb'
  | 'prb'
  | 'wsb'
  | 'bgr'
  | 'trb';

export interface PublicationId {
  /** The id as found (`kst-36200-X-5`), without `.html`. */
  id: string;
  series: PublicationSeries;
  /** `tk` / `ek` / `vv` for Handelingen, Aanhangsel and Kamervragen. */
  chamber: 'tk' | 'ek' | 'vv' | null;
  /** Kamerstuk dossier, suffix joined with '-': `36200-X`, `21501-02`. */
  dossier: string | null;
  /** Kamerstuk number (`5`, Eerste Kamer letter `B`), or the Aanhangsel number. */
  number: string | null;
  /** A `-n1` reprint (herdruk). */
  reprint: boolean;
}

/** Series that are parliamentary papers in the sense of the analysis contract. */
export const PAPER_SERIES: ReadonlySet<PublicationSeries> = new Set(['kst', 'ah', 'kv']);

/** Series that are never papers: the reader stays silent there, whatever the text looks like. */
export const NOT_PAPER_SERIES: ReadonlySet<PublicationSeries> = new Set([
  'h',
  'stcrt',
  'stb',
  'gmb',
  'prb',
  'wsb',
  'bgr',
  'trb',
]);

const ID_SHAPE = /^(kst|ah|kv|h|blg|stcrt|stb|gmb|prb|wsb|bgr|trb)-([0-9a-z-]{1,60})$/i;
const CHAMBERED = /^(tk|ek|vv)-(.+)$/i;
const REPRINT = /^n\d{1,2}$/i;
const PART = /^h\d{1,2}$/i;

/** Reads a publication id; null when `raw` is not one. Case-insensitive prefix, suffixes upper-cased. */
export function parsePublicationId(raw: string): PublicationId | null {
  const id = raw.trim().replace(/\.html?$/i, '');
  const m = ID_SHAPE.exec(id);
  if (!m) return null;
  const series = (m[1] as string).toLowerCase() as PublicationSeries;
  let rest = m[2] as string;
  const result: PublicationId = { id, series, chamber: null, dossier: null, number: null, reprint: false };

  if (series === 'h' || series === 'ah' || series === 'kv') {
    const c = CHAMBERED.exec(rest);
    if (!c) return null;
    result.chamber = (c[1] as string).toLowerCase() as 'tk' | 'ek' | 'vv';
    rest = c[2] as string;
  }
  const parts = rest.split('-').filter((p) => p !== '');
  if (parts.length > 1 && REPRINT.test(parts[parts.length - 1] as string)) {
    result.reprint = true;
    parts.pop();
  }
  // Older ids may end with the part of the paper, `-h1`: `kst-20062007-30804-F-h1` (386) is paper 30804/F.
  if (series === 'kst' && parts.length > 2 && PART.test(parts[parts.length - 1] as string)) parts.pop();
  if (series === 'kst') {
    const k = kamerstukParts(parts);
    if (!k) return null;
    result.dossier = k.dossier;
    result.number = k.number;
  } else if (series === 'ah' && parts.length === 2 && /^\d{8}$/.test(parts[0] as string)) {
    // ah-tk-<vergaderjaar as 8 digits>-<nr>
    result.number = parts[1] as string;
  }
  return result;
}

/**
 * `['21501', '02', '2072']` → dossier `21501-02`, number `2072`; `['35261', 'B']` → `35261`, `B`.
 * Older ids lead with the vergaderjaar, which says nothing more: `kst-20062007-30312-B` (letter 54).
 */
function kamerstukParts(parts: string[]): { dossier: string; number: string } | null {
  if (parts.length > 2 && /^(?:19|20)\d{2}(?:19|20)\d{2}$/.test(parts[0] as string)) parts = parts.slice(1);
  if (parts.length < 2 || parts.length > 4) return null;
  const [head] = parts;
  const last = parts[parts.length - 1] as string;
  if (!/^\d{4,6}$/.test(head as string)) return null;
  // A number, a letter (Eerste Kamer), or a number with a letter for a paper added later: `106a` (574).
  if (!/^(\d{1,5}[a-z]?|[a-z]{1,3})$/i.test(last)) return null;
  const middle = parts.slice(1, -1);
  if (!middle.every((p) => /^[0-9a-z]{1,6}$/i.test(p))) return null;
  return {
    dossier: [head, ...middle].join('-').toUpperCase(),
    number: last.toUpperCase(),
  };
}

/**
 * A dossier number as printed (`28 676`, `21 501-02` or `21 501–02`, `35 925 III`, `36 200-A`) in its canonical
 * form: digits without spaces, suffix joined with '-' (`28676`, `21501-02`, `35925-III`). Null when
 * `raw` is not a dossier number.
 */
export function normalizeDossier(raw: string): string | null {
  // A budget chapter may be glued to the number: `35 470IV` (1081).
  const m =
    /^\s*(\d{2})\s?(\d{3})(?:\s*[-–]\s*([0-9A-Za-z]{1,5})|\s*([IVXL]{1,5}[A-D]?)|\s+([A-Z]))?\s*$/.exec(raw);
  if (!m) return null;
  const digits = `${m[1]}${m[2]}`;
  const suffix = m[3] ?? m[4] ?? m[5];
  return suffix ? `${digits}-${suffix.toUpperCase()}` : digits;
}

/** The id `31497-504` / `36800-X-11` as the tweedekamer.nl side facts print it → dossier and number. */
export function parseDossierNumber(raw: string): { dossier: string; number: string } | null {
  const s = raw.trim().replace(/\s+/g, '');
  if (!/^\d{4,6}(-[0-9A-Za-z]{1,6}){1,3}$/.test(s)) return null;
  return kamerstukParts(s.split('-'));
}

/**
 * A dossier number as printed at the start of a dossier line: `28 676`, `21 501-02`, `36 800 X`; older pages
 * print the subnumber after an en dash, `21 501–02` (2390).
 */
const DOSSIER_SOURCE = String.raw`\d{2} ?\d{3}(?: ?[-–] ?[0-9A-Z]{1,4}| ?[IVXL]{1,5}[A-D]?| [A-Z])?`;
const DOSSIER_LINE = new RegExp(`^\\s*(${DOSSIER_SOURCE})(?=\\s|$)\\s*(.*)$`);

/**
 * A dossier line (`36 800 X Vaststelling van de begrotingsstaten …`, tweedekamer.nl's modal title
 * `31 497 Passend onderwijs`) → canonical dossier and its title; null when the line is not one.
 */
export function splitDossierLine(line: string): { dossier: string; title: string } | null {
  const m = DOSSIER_LINE.exec(line);
  const dossier = m ? normalizeDossier(m[1] as string) : null;
  return m && dossier ? { dossier, title: (m[2] as string).trim() } : null;
}
