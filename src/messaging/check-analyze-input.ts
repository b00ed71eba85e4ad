import type { CitationType, PageContext, PageHeading, SiteFacts } from '../core/types';
import { MAX_URL_CHARS, isOffset, isRecord } from './check-values';
import type { AnalyzeRequestInput, PaperRef, TextPart, TextParts } from './protocol';

/**
 * What a page may send to be analysed, checked in the background before anything of it is used: the text and its
 * page context (address, metadata, headings, site facts), the parts of a text sent ahead, a cited paper to look up.
 * Anything malformed is refused, and anything oversized is cut or dropped: a page cannot make the background hold
 * more than a real paper needs.
 */

const CITATION_TYPES: readonly CitationType[] = [
  'kamerstuk',
  'handelingen',
  'aanhangsel',
  'staatscourant',
  'staatsblad',
];

// Bounds on strings from the content script: a page cannot make the background hold or send
// anything larger than a real id, dossier or year.
const MAX_FIELD = 64;

function shortStringOrNull(v: unknown): v is string | null {
  return v === null || (typeof v === 'string' && v.length <= MAX_FIELD);
}

/** Is `v` a well-formed `PaperRef`? (Fields may be absent in the message: they read as null.) */
export function parsePaperRef(v: unknown): PaperRef | null {
  if (!isRecord(v)) return null;
  const type = v.type;
  if (typeof type !== 'string' || !CITATION_TYPES.includes(type as CitationType)) return null;
  const field = (name: string): string | null | undefined => {
    const x = v[name] ?? null;
    return shortStringOrNull(x) ? x : undefined;
  };
  const id = field('id');
  const dossier = field('dossier');
  const number = field('number');
  const year = field('year');
  const item = field('item');
  const chamber = v.chamber ?? null;
  if (
    id === undefined ||
    dossier === undefined ||
    number === undefined ||
    year === undefined ||
    item === undefined
  ) {
    return null;
  }
  if (chamber !== null && chamber !== 'I' && chamber !== 'II') return null;
  return { id, type: type as CitationType, chamber, dossier, number, year, item };
}

// Bounds on the page context: real pages have a few dozen meta tags and at most a few thousand
// headings; anything beyond is dropped rather than carried into the analysis.
const MAX_META_ENTRIES = 500;
const MAX_META_CHARS = 4_000;
const MAX_HEADINGS = 20_000;
const SITE_FACT_KEYS: readonly (keyof SiteFacts)[] = ['soort', 'title', 'nummer', 'dossierLine', 'date'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseHeadings(v: unknown, textLength: number): PageHeading[] | null {
  if (!Array.isArray(v)) return null;
  const out: PageHeading[] = [];
  for (const h of v.slice(0, MAX_HEADINGS)) {
    if (!isRecord(h)) return null;
    const { level, start, end } = h;
    if (!isOffset(level) || level < 1 || level > 6 || !isOffset(start) || !isOffset(end)) return null;
    // A heading outside the text would point the outline nowhere: such input is not ours.
    if (start >= end || end > textLength) return null;
    out.push({ level, start, end });
  }
  return out;
}

function parsePageContext(v: unknown, textLength: number): PageContext | null {
  if (!isRecord(v)) return null;
  const page: PageContext = {};
  if (v.url !== undefined) {
    if (typeof v.url !== 'string' || v.url.length > MAX_URL_CHARS) return null;
    page.url = v.url;
  }
  if (v.meta !== undefined) {
    if (!isRecord(v.meta)) return null;
    const meta: Record<string, string> = {};
    for (const [k, value] of Object.entries(v.meta).slice(0, MAX_META_ENTRIES)) {
      if (typeof value !== 'string' || k.length > MAX_META_CHARS) return null;
      meta[k] = value.slice(0, MAX_META_CHARS);
    }
    page.meta = meta;
  }
  if (v.siteFacts !== undefined) {
    if (!isRecord(v.siteFacts)) return null;
    const facts: SiteFacts = {};
    for (const key of SITE_FACT_KEYS) {
      const value = v.siteFacts[key];
      if (value === undefined) continue;
      if (typeof value !== 'string') return null;
      facts[key] = value.slice(0, MAX_META_CHARS);
    }
    page.siteFacts = facts;
  }
  if (v.headings !== undefined) {
    const headings = parseHeadings(v.headings, textLength);
    if (!headings) return null;
    page.headings = headings;
  }
  return page;
}

/**
 * Checks the input of an `analyze` message: a string text, an optional well-formed page context
 * (bounded, headings inside the text) and an optional ISO reference day. Null when malformed.
 * The text's length is not bounded here: the background answers an oversized text with
 * `too-large` instead of ignoring it, so the content script learns why.
 */
export function parseAnalyzeInput(v: unknown): AnalyzeRequestInput | null {
  if (!isRecord(v) || typeof v.text !== 'string') return null;
  const input: AnalyzeRequestInput = { text: v.text };
  if (v.parts !== undefined) {
    const parts = parseTextParts(v.parts);
    // Sent ahead, the text is not in this message too.
    if (!parts || v.text !== '') return null;
    input.parts = parts;
  }
  const textLength = input.parts?.length ?? v.text.length;
  if (v.page !== undefined) {
    const page = parsePageContext(v.page, textLength);
    if (!page) return null;
    input.page = page;
  }
  if (v.referenceDate !== undefined) {
    if (typeof v.referenceDate !== 'string' || !ISO_DAY.test(v.referenceDate)) return null;
    input.referenceDate = v.referenceDate;
  }
  if (v.glossaryChanged !== undefined) {
    if (v.glossaryChanged !== true) return null;
    input.glossaryChanged = true;
  }
  if (v.only !== undefined) {
    if (v.only !== 'marks') return null;
    input.only = 'marks';
  }
  return input;
}

/** A stream's name: what the content script makes up (a few dozen letters and digits). */
const STREAM_NAME = /^[\w-]{1,64}$/;

function isStreamName(v: unknown): v is string {
  return typeof v === 'string' && STREAM_NAME.test(v);
}

function isCount(v: unknown): v is number {
  return isOffset(v) && v <= Number.MAX_SAFE_INTEGER;
}

function parseTextParts(v: unknown): TextParts | null {
  if (!isRecord(v)) return null;
  const { stream, count, length } = v;
  if (!isStreamName(stream) || !isCount(count) || !isCount(length)) return null;
  return { stream, count, length };
}

/** Checks a part of a text sent ahead (`analyze-part`): a stream name, an index and a string. */
export function parseTextPart(v: unknown): TextPart | null {
  if (!isRecord(v)) return null;
  const { stream, index, text } = v;
  if (!isStreamName(stream) || !isCount(index) || typeof text !== 'string') return null;
  return { stream, index, text };
}
