/**
 * The reader's own glossary: its format, how it merges with the built-in one, and import/export
 * as CSV and JSON with validation. The options page only edits a list of these entries.
 *
 * Merge rules:
 * - An enabled user entry replaces every built-in meaning of the same spelling (`abbr`,
 *   case-exact), and findings explained by it report `source: 'user'`.
 * - A disabled entry hides the abbreviation: it is neither highlighted nor explained
 *   (for readers who know `EU` and do not want it marked). Its expansion may be empty.
 * - The letter's own in-text definition still wins over both (see `findAcronyms`).
 *
 * JSON format (`exportUserGlossaryJson`): `{ "format": "kamerlens-glossary", "version": 1,
 * "entries": [{ "abbr", "expansion", "explanation"?, "category"?, "disabled"? }] }`;
 * a bare array of entries is accepted on import.
 * CSV format: a header row `abbr,expansion,explanation,category,disabled` (Dutch names
 * `afkorting,betekenis,uitleg,categorie,uitgeschakeld` too), then one entry per row; `,`, `;`
 * or tab as separator (Dutch spreadsheets write `;`), fields quoted as RFC 4180.
 */
import {
  createGlossary,
  GLOSSARY_CATEGORIES,
  isCategory,
  type Glossary,
  type GlossaryCategory,
  type GlossaryEntry,
} from './glossary';

export interface UserGlossaryEntry {
  abbr: string;
  expansion: string;
  explanation?: string;
  category?: GlossaryCategory;
  disabled?: boolean;
}

export type UserGlossaryErrorCode =
  | 'empty'
  | 'bad-json'
  | 'bad-shape'
  | 'bad-header'
  | 'unclosed-quote'
  | 'missing-abbr'
  | 'bad-abbr'
  | 'missing-expansion'
  | 'too-long'
  | 'bad-category'
  | 'bad-disabled'
  | 'duplicate'
  | 'too-many';

export interface UserGlossaryError {
  code: UserGlossaryErrorCode;
  /** 1-based line (CSV) or entry number (JSON); null for the whole file. */
  line: number | null;
  /** A sentence for the reader, in English; the UI may translate by `code`. */
  message: string;
  /** For `duplicate`: the abbreviation, and the line or entry of the file that first defined it. */
  abbr?: string;
  firstLine?: number;
}

export interface UserGlossaryParseResult {
  /** True when there are no errors. */
  ok: boolean;
  /** The valid entries (also when some rows had errors, so the UI can offer a partial import). */
  entries: UserGlossaryEntry[];
  errors: UserGlossaryError[];
}

export const MAX_USER_ENTRIES = 5000;
const MAX_ABBR = 20;
const MAX_TEXT = 500;

/** The last merge made (see `mergedGlossary`): the base, the entries as JSON, and what they gave. */
let lastMerge: {
  base: Glossary;
  key: string;
  merged: { glossary: Glossary; userAbbrs: Set<string> };
} | null = null;

/**
 * `applyUserGlossary`, made again only when the base or the entries differ from the last call's. Every
 * page is analysed with the same entries until the reader edits them, and a merge is a new glossary, for
 * which the acronym finder builds its indexes and patterns afresh: 1.6–1.9 ms of every analysis, five times
 * the analysis of a paper's opening. The entries are compared by content (their JSON), so a caller may
 * change its list in place.
 */
export function mergedGlossary(
  base: Glossary,
  user: readonly UserGlossaryEntry[],
): { glossary: Glossary; userAbbrs: Set<string> } {
  const key = JSON.stringify(user);
  if (lastMerge?.base === base && lastMerge.key === key) return lastMerge.merged;
  const merged = applyUserGlossary(base, user);
  lastMerge = { base, key, merged };
  return merged;
}

/** Applies the reader's entries to a glossary by the merge rules above. */
export function applyUserGlossary(
  base: Glossary,
  user: readonly UserGlossaryEntry[],
): { glossary: Glossary; userAbbrs: Set<string> } {
  const enabled = user.filter((e) => !e.disabled && e.abbr && e.expansion);
  const userAbbrs = new Set(enabled.map((e) => e.abbr));
  const hidden = user.filter((e) => e.disabled && !userAbbrs.has(e.abbr)).map((e) => e.abbr);
  const entries: GlossaryEntry[] = enabled.map((e) => {
    const entry: GlossaryEntry = {
      abbr: e.abbr,
      expansion: e.expansion,
      category: e.category ?? 'other',
      lang: 'nl',
    };
    if (e.explanation) entry.explanation = e.explanation;
    return entry;
  });
  for (const e of base.entries) if (!userAbbrs.has(e.abbr)) entries.push(e);
  return { glossary: createGlossary(entries, hidden), userAbbrs };
}

/** Parses either format: JSON when the text starts with `[` or `{`, else CSV. */
export function parseUserGlossary(text: string): UserGlossaryParseResult {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('[') || start.startsWith('{')
    ? parseUserGlossaryJson(text)
    : parseUserGlossaryCsv(text);
}

export function parseUserGlossaryJson(text: string): UserGlossaryParseResult {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) return fail('empty', null, 'The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return fail('bad-json', null, `This is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  const list = Array.isArray(data)
    ? data
    : isRecord(data) && Array.isArray(data.entries)
      ? data.entries
      : null;
  if (!list)
    return fail('bad-shape', null, 'Expected a list of entries, or an object with an "entries" list.');
  return validateRows(
    list.map((raw, i) => ({ line: i + 1, raw })),
    'entry',
  );
}

export function parseUserGlossaryCsv(text: string): UserGlossaryParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail('empty', null, 'The file is empty.');
  const detected = detectDelimiter(body);
  let result = parseCsvGlossary(body, detected);
  // A file the detected separator reads with errors is tried with the others it holds: the one
  // that reads with fewer errors was meant (a comma in every meaning of a `;` file, say).
  for (const other of DELIMITERS) {
    if (result.ok) break;
    if (other === detected || !body.includes(other)) continue;
    const retry = parseCsvGlossary(body, other);
    if (retry.errors.length < result.errors.length) result = retry;
  }
  return result;
}

function parseCsvGlossary(body: string, delimiter: string): UserGlossaryParseResult {
  const parsed = parseCsv(body, delimiter);
  if (parsed.unclosedAt !== null) {
    return fail(
      'unclosed-quote',
      parsed.unclosedAt,
      `Line ${parsed.unclosedAt}: a quoted field is never closed.`,
    );
  }
  const rows = parsed.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return fail('empty', null, 'The file is empty.');
  const header = (rows[0] as CsvRow).cells.map((c) => HEADER_NAMES[c.trim().toLowerCase()] ?? null);
  let columns: Array<keyof UserGlossaryEntry | null> = [
    'abbr',
    'expansion',
    'explanation',
    'category',
    'disabled',
  ];
  let dataRows = rows;
  if (header.some((h) => h !== null)) {
    if (!header.includes('abbr') || !header.includes('expansion')) {
      return fail(
        'bad-header',
        (rows[0] as CsvRow).line,
        'The header row needs the columns "abbr" and "expansion".',
      );
    }
    columns = header;
    dataRows = rows.slice(1);
  }
  return validateRows(
    dataRows.map((r) => {
      const raw: Record<string, string> = {};
      r.cells.forEach((cell, i) => {
        const key = columns[i];
        if (key) raw[key] = cell;
      });
      return { line: r.line, raw };
    }),
    'line',
  );
}

const HEADER_NAMES: Record<string, keyof UserGlossaryEntry> = {
  abbr: 'abbr',
  abbreviation: 'abbr',
  acronym: 'abbr',
  afkorting: 'abbr',
  expansion: 'expansion',
  meaning: 'expansion',
  betekenis: 'expansion',
  explanation: 'explanation',
  uitleg: 'explanation',
  toelichting: 'explanation',
  category: 'category',
  categorie: 'category',
  disabled: 'disabled',
  uitgeschakeld: 'disabled',
};

function validateRows(
  rows: ReadonlyArray<{ line: number; raw: unknown }>,
  unit: 'line' | 'entry',
): UserGlossaryParseResult {
  const entries: UserGlossaryEntry[] = [];
  const errors: UserGlossaryError[] = [];
  const seen = new Map<string, number>();
  const where = (n: number) => `${unit === 'line' ? 'Line' : 'Entry'} ${n}`;
  for (const { line, raw } of rows) {
    if (entries.length >= MAX_USER_ENTRIES) {
      errors.push({
        code: 'too-many',
        line,
        message: `${where(line)}: at most ${MAX_USER_ENTRIES} entries are kept.`,
      });
      break;
    }
    if (!isRecord(raw)) {
      errors.push({
        code: 'bad-shape',
        line,
        message: `${where(line)}: expected an object with "abbr" and "expansion".`,
      });
      continue;
    }
    const abbr = str(raw.abbr).trim();
    const expansion = str(raw.expansion).trim();
    const explanation = str(raw.explanation).trim();
    const categoryText = str(raw.category).trim();
    const disabled = parseBool(raw.disabled);
    if (!abbr) {
      errors.push({ code: 'missing-abbr', line, message: `${where(line)}: the abbreviation is empty.` });
      continue;
    }
    if (abbr.length > MAX_ABBR || /\s/.test(abbr)) {
      errors.push({
        code: 'bad-abbr',
        line,
        message: `${where(line)}: "${abbr.slice(0, 30)}" is not an abbreviation (one word, at most ${MAX_ABBR} characters).`,
      });
      continue;
    }
    if (disabled === null) {
      errors.push({
        code: 'bad-disabled',
        line,
        message: `${where(line)}: "disabled" must be true or false (or ja/nee, 1/0).`,
      });
      continue;
    }
    if (!expansion && !disabled) {
      errors.push({
        code: 'missing-expansion',
        line,
        message: `${where(line)}: "${abbr}" has no expansion.`,
      });
      continue;
    }
    if (expansion.length > MAX_TEXT || explanation.length > MAX_TEXT) {
      errors.push({
        code: 'too-long',
        line,
        message: `${where(line)}: texts are limited to ${MAX_TEXT} characters.`,
      });
      continue;
    }
    if (categoryText && !isCategory(categoryText)) {
      errors.push({
        code: 'bad-category',
        line,
        message: `${where(line)}: unknown category "${categoryText}"; use one of ${GLOSSARY_CATEGORIES.join(', ')}.`,
      });
      continue;
    }
    const first = seen.get(abbr);
    if (first !== undefined) {
      errors.push({
        code: 'duplicate',
        line,
        message: `${where(line)}: "${abbr}" is already defined on ${unit} ${first}.`,
        abbr,
        firstLine: first,
      });
      continue;
    }
    seen.set(abbr, line);
    const entry: UserGlossaryEntry = { abbr, expansion };
    if (explanation) entry.explanation = explanation;
    if (categoryText && isCategory(categoryText)) entry.category = categoryText;
    if (disabled) entry.disabled = true;
    entries.push(entry);
  }
  return { ok: errors.length === 0, entries, errors };
}

export function exportUserGlossaryJson(entries: readonly UserGlossaryEntry[]): string {
  return `${JSON.stringify({ format: 'kamerlens-glossary', version: 1, entries }, null, 2)}\n`;
}

export function exportUserGlossaryCsv(entries: readonly UserGlossaryEntry[]): string {
  const rows = [['abbr', 'expansion', 'explanation', 'category', 'disabled']];
  for (const e of entries) {
    rows.push([e.abbr, e.expansion, e.explanation ?? '', e.category ?? '', e.disabled ? 'true' : '']);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  return /[",\r\n;\t]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

interface CsvRow {
  line: number;
  cells: string[];
}

/** RFC 4180 parser, one pass; quoted fields may hold separators, quotes (`""`) and line breaks. */
function parseCsv(text: string, delimiter: string): { rows: CsvRow[]; unclosedAt: number | null } {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) return { rows, unclosedAt: quoteLine };
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return { rows, unclosedAt: null };
}

/** How many lines (outside quoted fields) `detectDelimiter` looks at. */
const DELIMITER_SAMPLE_LINES = 20;
/** The separators, in the order they win a tie: Dutch spreadsheets write `;`. */
const DELIMITERS = [';', '\t', ','] as const;

/**
 * The separator of a file, judged on its first lines outside quotes: the one found on the most
 * lines; of those, one that gives every line the same number of columns; then `;`, tab, `,`.
 * A comma inside a Dutch meaning (`EU;Europese Unie, de`) thus does not make a `;` file a
 * comma file, as counting only the first line did.
 */
function detectDelimiter(text: string): string {
  const perLine: Array<Record<string, number>> = [];
  let counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let blank = true;
  let quoted = false;
  for (let i = 0; i < text.length && perLine.length < DELIMITER_SAMPLE_LINES; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === '\n' || ch === '\r') {
      if (!blank) perLine.push(counts);
      counts = { ',': 0, ';': 0, '\t': 0 };
      blank = true;
    } else {
      if (ch.trim() !== '') blank = false;
      if (ch in counts) counts[ch] = (counts[ch] as number) + 1;
    }
  }
  if (!blank && perLine.length < DELIMITER_SAMPLE_LINES) perLine.push(counts);
  let best: string = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const found = perLine.map((c) => c[d] as number);
    const lines = found.filter((n) => n > 0).length;
    if (lines === 0) continue;
    const consistent = found.every((n) => n === found[0]);
    // Lines first; consistency breaks a tie; the order of DELIMITERS breaks the rest.
    const score = lines * 2 + (consistent ? 1 : 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function parseBool(value: unknown): boolean | null {
  if (value === undefined || value === null || value === '' || value === false) return false;
  if (value === true) return true;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  const s = String(value).trim().toLowerCase();
  if (['', 'false', '0', 'no', 'nee', 'n'].includes(s)) return false;
  if (['true', '1', 'yes', 'ja', 'y', 'j'].includes(s)) return true;
  return null;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(code: UserGlossaryErrorCode, line: number | null, message: string): UserGlossaryParseResult {
  return { ok: false, entries: [], errors: [{ code, line, message }] };
}
