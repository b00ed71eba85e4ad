/**
 * What the glossary editor does to the reader's list, without any DOM: validate one entry the
 * way an imported file is validated, merge an import into the list, and read a file's text
 * into entries or translated errors. The format rules live in the core's `user-glossary.ts`.
 */
import {
  parseUserGlossary,
  parseUserGlossaryJson,
  type UserGlossaryEntry,
  type UserGlossaryError,
  type UserGlossaryErrorCode,
} from '../../core/acronyms/user-glossary';
import type { MessageKey, Translator } from '../../i18n';

export type { UserGlossaryEntry } from '../../core/acronyms/user-glossary';

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
  const message = t(ERROR_KEYS[error.code]);
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
