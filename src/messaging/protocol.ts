/**
 * The messages between the content script and the background, one type per direction
 * (after Hypothesis's `port-rpc-calls.d.ts`): every call is declared once here, with the type
 * of its request and of its answer, and the wrappers in `./runtime` type-check both ends.
 */
import type { CitedPaperRef } from '../core/citations/types';
import type {
  AnalysisResult,
  CitationType,
  CommitmentFinding,
  PageContext,
  PageHeading,
  SiteFacts,
  TimelineEntry,
} from '../core/types';
import type { Language } from '../i18n';
import type { PageMessages } from '../i18n/messages';
import type { PageStyles } from '../ui/page-styles';

/**
 * A cited paper, as the citation parser gives it (`id` like `kst-29521-446` when known,
 * dossier without spaces, number, year, Handelingen item): what the title lookups receive.
 */
export type PaperRef = CitedPaperRef;

/** What the lookups tell about a paper, for the citation popover and the sidebar. */
export interface PaperTitle {
  /** The paper's own title (`Onderwerp` / `documenttitel`). */
  title: string;
  /** Its kind as the source names it, in Dutch (`Brief regering`, `Motie`), when given. */
  kind: string | null;
  /**
   * The same kind in English (`Letter from the government`), when Kamerlens knows the term; null:
   * an English interface shows `kind` as given, marked Dutch. Both come in every answer, so an
   * answer kept by the page serves either language.
   */
  kindEn: string | null;
  /** ISO day of the paper, when given. */
  date: string | null;
  /** Title of the dossier it belongs to, when given. */
  dossierTitle: string | null;
  /** Which service answered (`tk-odata`, `koop-sru`), when known. */
  source: string | null;
}

/** Why a lookup gave no answer now; the popover may say it (e.g. "offline") or just "no details". */
export type LookupFailureReason = 'timeout' | 'offline' | 'http-error' | 'malformed';

/** The answer to a title lookup. */
export type TitleLookupAnswer =
  /** The APIs know the paper. */
  | ({ state: 'found' } & PaperTitle)
  /** The APIs answered, and do not know this paper (or cannot be asked about its kind). */
  | { state: 'not-found' }
  /** The reader turned title lookups off in the settings: no request was made. */
  | { state: 'disabled' }
  /**
   * No answer could be had now (no service, offline, timeout, a bad answer): try again later.
   * `reason` says which, when known.
   */
  | { state: 'unavailable'; reason?: LookupFailureReason };

/**
 * Calls from the content script to the background: `type` → request fields and answer.
 * The sender's tab is known to the background from the message sender, never from the request.
 */
export interface ContentToBackgroundCalls {
  /**
   * The title of a cited paper, from the open-data APIs through the background's shared cache
   * (network only in the background). `disabled` when the setting is off.
   */
  'lookup-title': { request: { paper: PaperRef }; response: TitleLookupAnswer };
  /**
   * What the content script found on its page: `isPaper` makes the toolbar button toggle the
   * sidebar on this tab (instead of opening the popup), and `findings` is the badge count.
   * Sent once the page is analysed, and again when the count changes; `isPaper` false once an address
   * announced by `warm-up` holds no paper after all (or the page left it).
   * `url` is the address the page shows as it sends: the sender's own may still be the one before a
   * client-side navigation (Chromium tells the message and the navigation on separate channels), and the
   * button would then be given to the old address and taken back when the tab reports the new one.
   */
  'paper-status': { request: { isPaper: boolean; findings: number; url?: string }; response: void };
  /**
   * The reader keeps a request for the sidebar (the toolbar button or the keyboard command, before the
   * sidebar is there: the paper's text still coming) and will open it once the paper is read (`waiting`
   * true), or keeps none any more (`waiting` false: opened, cancelled by a second request, or no paper to
   * open it on after all). Sent each time that changes: the toolbar button shows the wait (a badge and
   * its title), so the click is seen to be taken.
   */
  'sidebar-asked': { request: { waiting: boolean }; response: void };
  /**
   * Analyses a page's text in the background (service worker / event page), off the page's main
   * thread: the content script sends what it read, the background runs the core with the
   * built-in glossary and the reader's own glossary (read there from storage), and answers with
   * the findings. Nothing leaves the browser. Texts over `MAX_ANALYZE_CHARS` are refused.
   */
  analyze: { request: { input: AnalyzeRequestInput }; response: AnalyzeAnswer };
  /**
   * One part of a long page's text, sent while the page is read, for an `analyze` call that
   * follows and names the stream (`AnalyzeRequestInput.parts`). The answer says whether the
   * background kept it (see `./text-parts`).
   */
  'analyze-part': { request: { part: TextPart }; response: boolean };
  /**
   * Writes a timeline export (iCalendar, CSV or a Markdown checklist of the commitments) in the
   * interface language, from the timeline and commitments the page was given by `analyze`. The
   * exporters live in the background so the content script does not carry them; the sidebar
   * saves the returned text as a download in its own shadow root. Malformed or oversized input
   * gets no answer (the sidebar then reports nothing saved).
   */
  'format-export': { request: { input: ExportRequestInput }; response: ExportAnswer };
  /**
   * A paper's address is opening (sent by the document_start script, before the page has text, and
   * again by the reader's script once it listens, and after each client-side navigation to a paper's
   * address, from another paper too):
   * the background runs the core once on a short letter of its own, so the page's analysis a moment
   * later finds it compiled (see `./warm-up`), once per worker's life; and the toolbar button of the
   * tab toggles the sidebar from now on, not the popup, although the text may still be coming. Carries
   * nothing of the page but its address (`url`, see `paper-status`). The answer: whether the button was
   * clicked before the reader's script listened (the sidebar should open once it is there).
   */
  'warm-up': { request: { url?: string }; response: boolean };
  /**
   * The pages' interface strings (sidebar, popovers) in `language`. The content script carries only
   * the Dutch ones, which every reader with a Dutch interface sees; a reader with an English one
   * has the background's copy (see `src/reader/interface-strings.ts`).
   */
  'page-strings': { request: { language: Language }; response: PageMessages };
  /** The sidebar's and popovers' stylesheets (the content script carries none: `src/ui/page-styles.ts`). */
  'page-styles': { request: Record<never, never>; response: PageStyles };
}

/** The timeline exports: `.ics` (RFC 5545), CSV (RFC 4180), Markdown task list of the commitments. */
export type ExportFormat = 'ics' | 'csv' | 'md';

/** What the sidebar sends to have a timeline export written. */
export interface ExportRequestInput {
  format: ExportFormat;
  /** The interface language: the exports' fixed words (`Toezegging`, `Commitment`). */
  language: Language;
  /** The paper's address: in each calendar event (URL, description, UID). */
  sourceUrl: string | null;
  /** The paper's title (calendar name, Markdown heading); the app's name when null or blank. */
  title: string | null;
  /** The paper's dossier and number, for the file's name (`kamerlens-kst-28676-409-…`). */
  dossier: string | null;
  number: string | null;
  timeline: TimelineEntry[];
  commitments: CommitmentFinding[];
}

/** The answer to `format-export`: the file's text, name and media type. */
export interface ExportAnswer {
  text: string;
  filename: string;
  mime: string;
}

/**
 * The most timeline entries and commitments an export takes: far more than any real paper has
 * (a long letter has some dozens), so a broken page cannot make the background write without end.
 */
export const MAX_EXPORT_ITEMS = 20_000;

/**
 * What the content script sends to be analysed: the core's `AnalyzeInput` without the reader's
 * own glossary, which the background reads from storage itself.
 */
export interface AnalyzeRequestInput {
  text: string;
  page?: PageContext;
  /** ISO day (`2024-05-31`) that overrides the letter date for dates without a year. */
  referenceDate?: string;
  /** The page is analysed again because the reader's own glossary changed: read it afresh. */
  glossaryChanged?: true;
  /** Only the findings marked in the text (a long paper's first screens; see `AnalyzeInput.only`). */
  only?: 'marks';
  /**
   * The text was sent ahead in `analyze-part` messages: `text` is empty, and the background
   * analyses the parts of this stream joined.
   */
  parts?: TextParts;
}

/** A text sent ahead: its stream, how many parts it has, and how many characters in all. */
export interface TextParts {
  stream: string;
  count: number;
  length: number;
}

/** One part of a text sent ahead (`analyze-part`). */
export interface TextPart {
  stream: string;
  /** 0 for the first part. */
  index: number;
  text: string;
}

/**
 * Why the background did not analyse a page. `missing-text`: the parts the call names are not all
 * there (dropped, or lost with a restarted service worker); the page sends its text whole instead.
 */
export type AnalyzeRefusal = 'too-large' | 'failed' | 'missing-text';

/** The answer to `analyze`. */
export type AnalyzeAnswer =
  | { state: 'done'; result: AnalysisResult }
  /** `too-large`: the text is over `limit` characters; `failed`: the analysis threw (a bug); see `AnalyzeRefusal`. */
  | { state: 'refused'; reason: AnalyzeRefusal; limit?: number };

/**
 * The longest text the background analyses (characters, about 20 MB): far beyond the longest
 * real paper (a budget chapter runs to a few MB), and small enough that a hostile or broken page
 * cannot make the background hold or work through unbounded input.
 */
export const MAX_ANALYZE_CHARS = 20_000_000;

/** Calls from the background to the content script of one tab. */
export interface BackgroundToContentCalls {
  /**
   * Show the sidebar if hidden, hide it if shown (toolbar button, keyboard command). `via: 'keyboard'`: the
   * command, which brings the focus back into an open sidebar when it is in the page.
   */
  'toggle-sidebar': { request: { via?: 'keyboard' }; response: void };
  /** Show or hide the marks in the page's text. */
  'toggle-marks': { request: Record<never, never>; response: void };
}

type MessageOf<Calls, K extends keyof Calls> = { type: K } & (Calls[K] extends { request: infer R }
  ? R
  : never);
type UnionOf<Calls> = { [K in keyof Calls]: MessageOf<Calls, K> }[keyof Calls];

/** Every message the content script sends to the background. */
export type ContentToBackground = UnionOf<ContentToBackgroundCalls>;
/** Every message the background sends to a content script. */
export type BackgroundToContent = UnionOf<BackgroundToContentCalls>;

/** The answer type of a message, from its direction's call map. */
export type AnswerOf<Calls, M extends { type: keyof Calls }> = Calls[M['type']] extends { response: infer A }
  ? A
  : never;

export type ContentToBackgroundAnswer<M extends ContentToBackground> = AnswerOf<ContentToBackgroundCalls, M>;
export type BackgroundToContentAnswer<M extends BackgroundToContent> = AnswerOf<BackgroundToContentCalls, M>;

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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

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
const MAX_URL_CHARS = 8_192;
const MAX_HEADINGS = 20_000;
const SITE_FACT_KEYS: readonly (keyof SiteFacts)[] = ['soort', 'title', 'nummer', 'dossierLine', 'date'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

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

/** The longest page address a message may carry (browsers' own limit for an address is about this). */
const MAX_PAGE_URL = 8192;

/** A message with the page's address it says it is on, when that is a string of an address's length. */
function withPageUrl<const M extends object>(message: M, url: unknown): M & { url?: string } {
  return typeof url === 'string' && url.length <= MAX_PAGE_URL ? { ...message, url } : message;
}

/**
 * Checks an incoming message against the content → background protocol; the message in its
 * typed form, or null for anything else (another listener's message, or a malformed one).
 */
export function parseContentToBackground(v: unknown): ContentToBackground | null {
  if (!isRecord(v)) return null;
  switch (v.type) {
    case 'lookup-title': {
      const paper = parsePaperRef(v.paper);
      return paper ? { type: 'lookup-title', paper } : null;
    }
    case 'paper-status': {
      if (typeof v.isPaper !== 'boolean') return null;
      const n = v.findings;
      const findings = typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
      return withPageUrl({ type: 'paper-status', isPaper: v.isPaper, findings }, v.url);
    }
    case 'sidebar-asked':
      return typeof v.waiting === 'boolean' ? { type: 'sidebar-asked', waiting: v.waiting } : null;
    case 'analyze': {
      const input = parseAnalyzeInput(v.input);
      return input ? { type: 'analyze', input } : null;
    }
    case 'analyze-part': {
      const part = parseTextPart(v.part);
      return part ? { type: 'analyze-part', part } : null;
    }
    case 'format-export': {
      const input = parseExportInput(v.input);
      return input ? { type: 'format-export', input } : null;
    }
    case 'warm-up':
      return withPageUrl({ type: 'warm-up' }, v.url);
    case 'page-styles':
      return { type: 'page-styles' };
    case 'page-strings':
      return v.language === 'nl' || v.language === 'en'
        ? { type: 'page-strings', language: v.language }
        : null;
    default:
      return null;
  }
}

/** Checks an incoming message against the background → content protocol. */
export function parseBackgroundToContent(v: unknown): BackgroundToContent | null {
  if (!isRecord(v)) return null;
  switch (v.type) {
    case 'toggle-sidebar':
      return v.via === 'keyboard' ? { type: 'toggle-sidebar', via: 'keyboard' } : { type: 'toggle-sidebar' };
    case 'toggle-marks':
      return { type: 'toggle-marks' };
    default:
      return null;
  }
}
