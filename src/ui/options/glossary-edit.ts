/**
 * What the glossary editor does to the reader's list, without any DOM: validate one entry the
 * way an imported file is validated, merge an import into the list, and read a file's text
 * into entries or translated errors. The format rules live in the core's `user-glossary.ts`.
 */
import {
  MAX_USER_ENTRIES,
  parseUserGlossary,
  parseUserGlossaryJson,
  type UserGlossaryEntry,
  type UserGlossaryError,
  type UserGlossaryErrorCode,
} from '../../core/acronyms/user-glossary';
import type { Language, MessageKey, Translator } from '../../i18n';

export type { UserGlossaryEntry } from '../../core/acronyms/user-glossary';

const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** Numbers as `language` writes them: `5.000` in Dutch, `5,000` in English. */
export function numberFormat(language: Language): Intl.NumberFormat {
  return new Intl.NumberFormat(LOCALES[language]);
}

/** Files larger than this are refused before reading: a glossary of 5000 entries is far smaller. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

const ERROR_KEYS: Record<UserGlossaryErrorCode, MessageKey> = {
  empty: 'glossaryError_empty',
  'bad-json': 'glossaryError_bad-json',
  'bad-shape': 'glossaryError_bad-shape',
  'bad-header': 'glossaryError_bad-header',
  'unclosed-quote': 'glossaryError_unclosed-quote',
  'missing-abbr': 'glossaryError_missing-abbr',
  'bad-abbr': 'glossaryError_bad-abbr',
  'missing-expansion': 'glossaryError_missing-expansion',
  'too-long': 'glossaryError_too-long',
  'bad-category': 'glossaryError_bad-category',
  'bad-disabled': 'glossaryError_bad-disabled',
  duplicate: 'glossaryError_duplicate',
  'too-many': 'glossaryError_too-many',
};

/** One parser error as a sentence in the interface language, with its line or entry number. */
export function describeError(error: UserGlossaryError, unit: 'line' | 'entry', t: Translator): string {
  // A clash inside the imported file itself: the list may not hold the abbreviation at all.
  const message =
    error.code === 'duplicate' && error.firstLine !== undefined && error.abbr !== undefined
      ? t(unit === 'line' ? 'glossaryError_duplicateLine' : 'glossaryError_duplicateEntry', {
          abbr: error.abbr,
          first: error.firstLine,
        })
      : t(ERROR_KEYS[error.code]);
  if (error.line === null) return message;
  return t(unit === 'line' ? 'glossaryErrorLine' : 'glossaryErrorEntry', { line: error.line, message });
}

/** The fields of the add/edit form, as typed. */
export interface EntryDraft {
  abbr: string;
  expansion: string;
  explanation: string;
  disabled: boolean;
}

export type DraftField = 'abbr' | 'expansion' | 'explanation';

export interface DraftCheck {
  entry: UserGlossaryEntry | null;
  /** Per field, the error code of what is wrong with it. */
  errors: Partial<Record<DraftField, UserGlossaryErrorCode>>;
}

const FIELD_OF: Partial<Record<UserGlossaryErrorCode, DraftField>> = {
  'missing-abbr': 'abbr',
  'bad-abbr': 'abbr',
  duplicate: 'abbr',
  'missing-expansion': 'expansion',
};

/**
 * Checks a form entry with the import's own rules, and that its abbreviation is not already in
 * the list (except as the entry being edited, `editing`).
 */
export function checkDraft(
  draft: EntryDraft,
  list: readonly UserGlossaryEntry[],
  editing: string | null,
): DraftCheck {
  const candidate: Record<string, unknown> = {
    abbr: draft.abbr,
    expansion: draft.expansion,
    explanation: draft.explanation,
    disabled: draft.disabled,
  };
  const kept = editing ? list.find((e) => e.abbr === editing) : undefined;
  if (kept?.category) candidate.category = kept.category;
  const parsed = parseUserGlossaryJson(JSON.stringify([candidate]));
  const errors: DraftCheck['errors'] = {};
  for (const e of parsed.errors) {
    const field =
      FIELD_OF[e.code] ??
      (e.code === 'too-long'
        ? draft.expansion.length > draft.explanation.length
          ? 'expansion'
          : 'explanation'
        : 'abbr');
    errors[field] ??= e.code;
  }
  const entry = parsed.entries[0] ?? null;
  if (entry && entry.abbr !== editing && list.some((e) => e.abbr === entry.abbr)) {
    return { entry: null, errors: { abbr: 'duplicate' } };
  }
  return { entry: Object.keys(errors).length ? null : entry, errors };
}

/** The list with `entry` put in place of `editing` (or added at the end when new). */
export function upsertEntry(
  list: readonly UserGlossaryEntry[],
  entry: UserGlossaryEntry,
  editing: string | null,
): UserGlossaryEntry[] {
  const at = editing ? list.findIndex((e) => e.abbr === editing) : -1;
  if (at < 0) return [...list, entry];
  const next = [...list];
  next[at] = entry;
  return next;
}

/** Imported entries merged in: an abbreviation already in the list takes the imported meaning. */
export function mergeImport(
  list: readonly UserGlossaryEntry[],
  imported: readonly UserGlossaryEntry[],
): UserGlossaryEntry[] {
  const byAbbr = new Map(imported.map((e) => [e.abbr, e]));
  const merged = list.map((e) => byAbbr.get(e.abbr) ?? e);
  const present = new Set(list.map((e) => e.abbr));
  for (const e of imported) if (!present.has(e.abbr)) merged.push(e);
  return merged;
}

/** What `mergeImportWithin` made of an import into a list that may hold only so many entries. */
export interface CappedImport {
  entries: UserGlossaryEntry[];
  /** How many of the imported entries are in `entries` (replacing or added). */
  imported: number;
  /** The imported entries left out because the list was full, in the file's order. */
  leftOut: UserGlossaryEntry[];
}

/**
 * `mergeImport`, but the list never grows past `max` entries: an imported entry that replaces one
 * already in the list always fits; new ones are added in the file's order while there is room,
 * and the rest are left out (and reported, never dropped silently).
 */
export function mergeImportWithin(
  list: readonly UserGlossaryEntry[],
  imported: readonly UserGlossaryEntry[],
  max: number = MAX_USER_ENTRIES,
): CappedImport {
  const present = new Set(list.map((e) => e.abbr));
  let room = Math.max(0, max - list.length);
  const fitting: UserGlossaryEntry[] = [];
  const leftOut: UserGlossaryEntry[] = [];
  for (const e of imported) {
    if (present.has(e.abbr)) fitting.push(e);
    else if (room > 0) {
      fitting.push(e);
      room--;
    } else leftOut.push(e);
  }
  return { entries: mergeImport(list, fitting), imported: fitting.length, leftOut };
}

/**
 * What an import said when it is done, in the interface language (`t`'s, `language`, whose way
 * of writing numbers it uses, as the table does): how many were imported, and when the list was
 * full, how many were left out, from which one on, and why.
 */
export function describeImport(
  result: CappedImport,
  file: string,
  t: Translator,
  language: Language,
): string {
  const n = numberFormat(language);
  const count = n.format(result.imported);
  const left = result.leftOut.length;
  if (!left) {
    return result.imported === 1
      ? t('glossaryImportedOne', { file })
      : t('glossaryImported', { count, file });
  }
  const max = n.format(MAX_USER_ENTRIES);
  if (!result.imported) return t('glossaryImportNoRoom', { file, max });
  const first = result.leftOut[0]?.abbr ?? '';
  return [
    t('glossaryImportedSome', { count, total: n.format(result.imported + left), file }),
    left === 1
      ? t('glossaryLeftOutOne', { abbr: first, max })
      : t('glossaryLeftOut', { count: n.format(left), abbr: first, max }),
  ].join(' ');
}

/** A change to the glossary, as the reader made it: what a failure to store it has to name. */
export type GlossaryChange =
  { kind: 'add' | 'edit' | 'delete' | 'enable' | 'disable'; abbr: string } | { kind: 'import'; file: string };

const CHANGE_FAILED: Readonly<Record<Exclude<GlossaryChange['kind'], 'import'>, MessageKey>> = {
  add: 'glossaryAddFailed',
  edit: 'glossaryEditFailed',
  delete: 'glossaryDeleteFailed',
  enable: 'glossaryEnableFailed',
  disable: 'glossaryDisableFailed',
};

/**
 * Why storing `change` failed, in the interface language: which change to which abbreviation (or
 * from which file), then why: the browser's storage is full (its quota), the list is over the
 * maximum, or something else (try again). `error` is what the store rejected with; the settings
 * module names the first two by `reason` (`quota`, `too-many`).
 */
export function describeSaveFailure(change: GlossaryChange, error: unknown, t: Translator): string {
  const what =
    change.kind === 'import'
      ? t('glossaryImportSaveFailed', { file: change.file })
      : t(CHANGE_FAILED[change.kind], { abbr: change.abbr });
  const why = isStorageFull(error)
    ? t('glossaryTooLarge')
    : saveFailureReason(error) === 'too-many'
      ? t('glossaryError_too-many')
      : t('optionsTryAgain');
  return `${what} ${why}`;
}

function saveFailureReason(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { reason?: unknown }).reason : null;
}

/** Whether a save was refused because the browser's storage for the extension is full (its quota). */
export function isStorageFull(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return saveFailureReason(error) === 'quota' || /quota/i.test(message);
}

/**
 * A file's bytes as text: UTF-16 or UTF-8 when they open with its byte-order mark; else UTF-8 when
 * they are valid UTF-8; else Windows-1252, which is what Excel writes for "CSV (gescheiden door
 * lijstscheidingsteken)" on a Dutch Windows (`Financiën` as one byte `EB`, which UTF-8 would turn
 * into U+FFFD). Any byte sequence is valid Windows-1252, so this never fails.
 */
export function decodeImport(bytes: ArrayBuffer | Uint8Array): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return decodeWindows1252(b);
  }
}

/** Windows-1252's bytes 0x80–0x9F (the rest is Latin-1, byte = code point). */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Windows-1252 by its table: browsers' `TextDecoder('windows-1252')` does so too, but Node's reads
 * 0x80–0x9F as Latin-1 control characters (the euro sign and curly quotes lost), and the same
 * bytes should give the same text wherever this runs.
 */
function decodeWindows1252(b: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < b.length; i += 8192) {
    const chunk = Array.from(b.subarray(i, i + 8192), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] as string) : String.fromCharCode(byte),
    );
    parts.push(chunk.join(''));
  }
  return parts.join('');
}

export interface ImportReading {
  /** Entries that passed; all of the file's entries when `errors` is empty. */
  entries: UserGlossaryEntry[];
  errors: UserGlossaryError[];
  /** Whether error numbers count lines (CSV) or entries (JSON). */
  unit: 'line' | 'entry';
}

/** A file's text read as a glossary (JSON when it starts with `[` or `{`, else CSV). */
export function readImport(text: string): ImportReading {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const unit = start.startsWith('[') || start.startsWith('{') ? 'entry' : 'line';
  const parsed = parseUserGlossary(text);
  return { entries: parsed.entries, errors: parsed.errors, unit };
}
