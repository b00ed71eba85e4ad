import type { CommitmentFinding, TimelineEntry } from '../core/types';
import type { Language } from '../i18n';
import { MAX_URL_CHARS, isOffset, isRecord } from './check-values';
import { MAX_EXPORT_ITEMS, type ExportFormat, type ExportRequestInput } from './protocol';

/**
 * What the sidebar sends to have a timeline export written (`format-export`), checked in the background: the
 * entries and commitments come back from the page, so each is checked as if it were new.
 */

const EXPORT_FORMATS: readonly ExportFormat[] = ['ics', 'csv', 'md'];
const LANGUAGES: readonly Language[] = ['nl', 'en'];
const TIMELINE_KINDS: readonly TimelineEntry['kind'][] = ['event', 'commitment', 'deadline'];
const RELATIONS: readonly TimelineEntry['relation'][] = ['past', 'same-day', 'future', null];
/** A timeline label or commitment is one sentence of the paper; longer text is cut, not refused. */
const MAX_EXPORT_TEXT = 4_000;
const MAX_TITLE_CHARS = 2_000;
/** `2022`, `2022-11`, `2022-11-30`: what the timeline's dates look like. */
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function isIsoDate(v: unknown): v is string {
  return typeof v === 'string' && ISO_DATE.test(v);
}

function parseSpan(v: Record<string, unknown>): { start: number; end: number } | null {
  const { start, end } = v;
  return isOffset(start) && isOffset(end) && start <= end ? { start, end } : null;
}

function parseTimelineEntry(v: unknown): TimelineEntry | null {
  if (!isRecord(v)) return null;
  const span = parseSpan(v);
  const { iso, endIso, label, relation, kind } = v;
  if (!span || !isIsoDate(iso) || !(endIso === null || isIsoDate(endIso))) return null;
  if (typeof label !== 'string') return null;
  if (!TIMELINE_KINDS.includes(kind as TimelineEntry['kind'])) return null;
  if (!RELATIONS.includes(relation as TimelineEntry['relation'])) return null;
  return {
    ...span,
    iso,
    endIso,
    label: label.slice(0, MAX_EXPORT_TEXT),
    relation: relation as TimelineEntry['relation'],
    kind: kind as TimelineEntry['kind'],
  };
}

function parseCommitment(v: unknown): CommitmentFinding | null {
  if (!isRecord(v)) return null;
  const span = parseSpan(v);
  const { text, due } = v;
  if (!span || typeof text !== 'string' || !(due === null || isIsoDate(due))) return null;
  return { ...span, text: text.slice(0, MAX_EXPORT_TEXT), due };
}

function parseList<T>(v: unknown, item: (x: unknown) => T | null): T[] | null {
  if (!Array.isArray(v) || v.length > MAX_EXPORT_ITEMS) return null;
  const out: T[] = [];
  for (const x of v) {
    const parsed = item(x);
    if (!parsed) return null;
    out.push(parsed);
  }
  return out;
}

/**
 * Checks the input of a `format-export` message: a known format and language, a bounded source
 * URL and title (or null), and at most `MAX_EXPORT_ITEMS` well-formed timeline entries and
 * commitments (ISO dates, offsets, known kinds). Null when malformed.
 */
export function parseExportInput(v: unknown): ExportRequestInput | null {
  if (!isRecord(v)) return null;
  const { format, language, sourceUrl, title } = v;
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) return null;
  if (!LANGUAGES.includes(language as Language)) return null;
  if (!(sourceUrl === null || (typeof sourceUrl === 'string' && sourceUrl.length <= MAX_URL_CHARS))) {
    return null;
  }
  if (!(title === null || typeof title === 'string')) return null;
  // Only for the file's name, made of safe characters: anything odd is left out rather than refused.
  const idPart = (x: unknown): string | null => (typeof x === 'string' && x.length <= 40 ? x : null);
  const timeline = parseList(v.timeline, parseTimelineEntry);
  const commitments = parseList(v.commitments, parseCommitment);
  if (!timeline || !commitments) return null;
  return {
    format: format as ExportFormat,
    language: language as Language,
    sourceUrl,
    title: title === null ? null : title.slice(0, MAX_TITLE_CHARS),
    dossier: idPart(v.dossier),
    number: idPart(v.number),
    timeline,
    commitments,
  };
}
