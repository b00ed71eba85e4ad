/**
 * The messages between the content script and the background, one type per direction
 * (after Hypothesis's `port-rpc-calls.d.ts`): every call is declared once here, with the type
 * of its request and of its answer, and the wrappers in `./runtime` type-check both ends. What
 * arrives is checked against these types in `./check-messages` before any handler sees it.
 */
import type { CitedPaperRef } from '../core/citations/types';
import type { AnalysisResult, CommitmentFinding, PageContext, TimelineEntry } from '../core/types';
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
