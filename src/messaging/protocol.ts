/**
 * The messages between the content script and the background, one type per direction
 * (after Hypothesis's `port-rpc-calls.d.ts`): every call is declared once here, with the type
 * of its request and of its answer, and the wrappers in `./runtime` type-check both ends.
 */
import type { CitedPaperRef } from '../core/citations/types';
import type { CitationType } from '../core/types';

/**
 * A cited paper, as the citation parser gives it (`id` like `kst-29521-446` when known,
 * dossier without spaces, number, year, Handelingen item): what the title lookups receive.
 */
export type PaperRef = CitedPaperRef;

/** What the lookups tell about a paper, for the citation popover and the sidebar. */
export interface PaperTitle {
  /** The paper's own title (`Onderwerp` / `documenttitel`). */
  title: string;
  /** Its kind as the source names it (`Brief regering`, `Motie`), when given. */
  kind: string | null;
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
   * Sent once the page is analysed, and again when the count changes.
   */
  'paper-status': { request: { isPaper: boolean; findings: number }; response: void };
}

/** Calls from the background to the content script of one tab. */
export interface BackgroundToContentCalls {
  /** Show the sidebar if hidden, hide it if shown (toolbar button, keyboard command). */
  'toggle-sidebar': { request: Record<never, never>; response: void };
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
      return { type: 'paper-status', isPaper: v.isPaper, findings };
    }
    default:
      return null;
  }
}

/** Checks an incoming message against the background → content protocol. */
export function parseBackgroundToContent(v: unknown): BackgroundToContent | null {
  if (!isRecord(v)) return null;
  switch (v.type) {
    case 'toggle-sidebar':
      return { type: 'toggle-sidebar' };
    case 'toggle-marks':
      return { type: 'toggle-marks' };
    default:
      return null;
  }
}
