import { citedPaperRef } from '../core/citations/paper-id';
import type { Citation } from '../core/citations/types';
import type { AnalysisResult } from '../core/types';
import { sideBySideWidth, widestSidebar } from '../dom/reserved-space';
import { keepInPlace } from '../dom/keep-in-place';
import { createSideBySide } from '../dom/side-by-side';
import type { RangeIndex } from '../dom/range-index';
import { browserLocale, resolveLanguage, type Language } from '../i18n';
import type { ExportAnswer, ExportRequestInput } from '../messaging/protocol';
import { sendToBackground } from '../messaging/runtime';
import { setSidebarOpen, sidebarShouldOpen, watchSettings, type Settings } from '../settings/settings';
import {
  loadSidebarWidth,
  normalizeSidebarWidth,
  saveSidebarWidth,
  SIDEBAR_DEFAULT_WIDTH,
  SIDEBAR_MAX_WIDTH,
  SIDEBAR_MIN_WIDTH,
} from '../settings/sidebar-width-item';
import type { Site } from '../sites/types';
import {
  mountSidebar,
  type ExportFile,
  type ExportFormat,
  type SectionVisibility,
  type SidebarHandle,
  type SidebarProps,
} from '../ui/sidebar';
import { deepActiveElement } from '../ui/popover/mount';
import { focusTextAt, releaseTextFocus } from './focus-in-text';
import { followLanguage } from './interface-strings';
import { sentenceText } from './sentence-text';
import { revealOffset, revealSpan } from './reveal';
import { createHostElement } from './host-element';
import { placeInView, trackReturnFocus } from './return-focus';
import type { TitleLookups } from './title-lookups';

/** The tag of the element that hosts the sidebar's shadow root; marked so our text extraction skips it. */
export const HOST_TAG = 'kamerlens-root';

export interface SidebarControllerOptions {
  doc: Document;
  site: Site;
  result: AnalysisResult;
  /** The extracted text and its index, to scroll to findings. */
  text: string;
  index: RangeIndex;
  container: Element;
  settings: Settings;
  /** The page's title lookups, shared with the popovers: the sidebar says what a popover says of a paper. */
  titles: TitleLookups;
  /**
   * Shows the finding that starts at `start` with its popover, as stepping by keyboard does;
   * resolves false when no marked finding starts there (an outline heading, an unmarked date),
   * and the sidebar then only scrolls to the place.
   */
  showFinding?: (start: number) => Promise<boolean>;
}

/** What the sidebar shows and where its entries lead: one reading of the page. */
export type SidebarReading = Pick<
  SidebarControllerOptions,
  'result' | 'text' | 'index' | 'container' | 'showFinding'
>;

export interface SidebarController {
  /**
   * Opens or closes the sidebar (toolbar action, keyboard command) and remembers it per site. `fromKeyboard`
   * (the keyboard command): an open sidebar with the focus in the page takes the focus back instead of
   * closing, as F6 moves between panes. `openOnly`: a request made before the sidebar was there (the toolbar
   * clicked while the paper's text was still coming) opens it, and never closes the sidebar it finds open.
   */
  toggle(fromKeyboard?: boolean, openOnly?: boolean): void;
  /**
   * A finding is about to be brought into view: a sidebar over the page (a narrow window, where it cannot
   * sit beside it) is put away, as a drawer is, so the finding is not under it.
   */
  makeRoom(): void;
  /**
   * The page is being read again (its text changed, or was rendered anew): the sidebar stays as the
   * reader left it (open or closed, its width, filter, folded sections, scroll and focus) and shows the
   * last reading, but its entries lead nowhere until `adopt` gives it the new one, since the old
   * reading's places may be gone from the page.
   */
  detach(): void;
  /** Shows a new reading of the same page in place (see `detach`). */
  adopt(reading: SidebarReading): void;
  stop(): void;
  /** Resolves once every section of the open sidebar is on the page (at once when it starts closed). */
  readonly ready: Promise<void>;
}

/** The finding sections the category settings switch (the timeline is always shown). */
export function sectionsFromSettings(categories: Settings['categories']): SectionVisibility {
  return { outline: categories.outline, citations: categories.citations, acronyms: categories.acronyms };
}

/** Sends `format-export` to the background (replaceable in tests). */
export type SendExport = (message: {
  type: 'format-export';
  input: ExportRequestInput;
}) => Promise<ExportAnswer>;

/**
 * A timeline export as a file to save: the background writes the text and names the file after the
 * paper (the exporters live there, not in the content script). Rejects when the background gives no
 * file (unreachable, or it refused the input).
 */
export async function makeTimelineExport(
  result: AnalysisResult,
  format: ExportFormat,
  language: Language,
  sourceUrl: string | null,
  send: SendExport = (m) => sendToBackground(m),
): Promise<ExportFile> {
  const answer: unknown = await send({
    type: 'format-export',
    input: {
      format,
      language,
      sourceUrl,
      title: result.document.title,
      dossier: result.document.dossier,
      number: result.document.number,
      timeline: result.timeline,
      commitments: result.commitments,
    },
  });
  const file = answer as Partial<ExportAnswer> | null | undefined;
  const { text, filename, mime } = file ?? {};
  if (typeof text !== 'string' || typeof filename !== 'string' || typeof mime !== 'string') {
    throw new Error('Kamerlens: the background wrote no export');
  }
  return { filename, mime, text };
}

/**
 * What the page narrows while the sidebar is open: its root element, and a site's document
 * modal when that is fixed to the viewport (it would not follow the root's margin).
 */
/**
 * Up to this many entries in all its lists, the sidebar renders its sections in one go. A frame per
 * section keeps a long paper's sidebar out of one long task, but an ordinary letter's whole sidebar
 * takes far less than a frame to render: there the frames only delay its completion, by about 50 ms
 * (Chromium, measured on generated letters: 20 KB, about 100 entries, complete after 106–163 ms
 * instead of 152–196 ms, with no task over 50 ms either way; at 100 KB, about 300 entries, rendering
 * at once made tasks over 50 ms).
 */
export const SIDEBAR_AT_ONCE_ENTRIES = 150;

/** Whether the sidebar should render its sections a frame apart (see `SIDEBAR_AT_ONCE_ENTRIES`). */
export function sidebarIsStaged(result: AnalysisResult): boolean {
  const entries =
    result.outline.length +
    result.timeline.length +
    result.commitments.length +
    result.citations.length +
    result.acronyms.length;
  return entries > SIDEBAR_AT_ONCE_ENTRIES;
}

function sideBySideTargets(doc: Document, site: Site): Element[] {
  const targets: Element[] = [doc.documentElement];
  const modal = site.modal ? doc.querySelector(site.modal.root) : null;
  const view = doc.defaultView;
  if (modal && view) {
    const position = view.getComputedStyle(modal).position;
    if (position === 'fixed' || position === 'absolute') targets.push(modal);
  }
  return targets;
}

/**
 * The sidebar on a paper: a shadow root on its own host element, open as the reader last left
 * it on this site (open on the first paper), the page narrowed beside it while open, following
 * the language, category and lookup settings live.
 *
 * In a window too narrow for the page beside it (under 800 px: a half screen, 200 % zoom) it would
 * cover half of every line, so there it is a drawer: it never opens by itself, only when the reader
 * asks (toolbar button, keyboard command); it is put away, as it was, when an entry leads into the text
 * or `]` steps to a finding; and asking again brings it back with the focus on the entry last used.
 * Back in a wide window, it is open or closed as the reader left it there.
 */
export function startSidebar(o: SidebarControllerOptions): SidebarController {
  const view = o.doc.defaultView;
  let language = resolveLanguage(o.settings.language, browserLocale());
  let width = SIDEBAR_DEFAULT_WIDTH;
  // Open in a wide window (the setting per site); the drawer pulled out in a narrow one.
  let wanted = sidebarShouldOpen(o.settings, o.site.id);
  let drawer = false;
  const narrow = () => sideBySideWidth(view?.innerWidth ?? 0, width) === null;
  let wasNarrow = narrow();
  const shown = () => (wasNarrow ? drawer : wanted);
  // Rendered: shown, or a drawer put away (hidden, keeping its filter, folded sections and entries).
  let rendered = shown();

  const sideBySide = createSideBySide(() => sideBySideTargets(o.doc, o.site));
  const maxWidth = () => Math.min(SIDEBAR_MAX_WIDTH, widestSidebar(view?.innerWidth ?? 1280));
  // The width the page is narrowed by now (null: not narrowed).
  let narrowedBy: number | null = null;
  /** Narrows or widens the page for the sidebar; `keep`: what the reader looks at stays in place (`keepInPlace`). */
  const layout = (keep = false) => {
    // The same rule as the room reserved before load (`reserved-space.ts`), so taking it over moves nothing.
    const w = shown() ? sideBySideWidth(view?.innerWidth ?? 0, width) : null;
    // Measured only when the page's width changes: reading the layout of a long paper is not free.
    keepInPlace(keep && w !== narrowedBy ? placeInView(host) : null, () =>
      w !== null ? sideBySide.apply(w) : sideBySide.restore(),
    );
    narrowedBy = w;
  };
  // Narrow the page before the sidebar is added: reading the page's margins now finds its style
  // computed already, while after adding the sidebar it would make the browser compute it again.
  layout();

  const host = createHostElement(o.doc, HOST_TAG, 'sidebar');
  const shadow = host.attachShadow({ mode: 'open' });
  o.doc.documentElement.append(host);
  const returnFocus = trackReturnFocus(host);
  // The element of the sidebar that last had the focus: where the toggle command brings it back to.
  let lastEntry: HTMLElement | null = null;
  shadow.addEventListener('focusin', (e) => {
    lastEntry = (e.composedPath()[0] as HTMLElement | undefined) ?? null;
  });

  // What is known of a cited paper now, then each answer that comes, whoever asked for it.
  const watchTitle: SidebarProps['watchTitle'] = (c, show) => {
    const paper = citedPaperRef(c);
    show(o.titles.details(paper));
    return o.titles.watch(paper, show);
  };

  // The reading shown, and whether its places are gone from the page (between `detach` and `adopt`).
  let reading: SidebarReading = o;
  let detached = false;
  // The paper citing itself (its own metadata line) is no citation to list.
  const listed = (r: AnalysisResult): AnalysisResult => ({
    ...r,
    citations: r.citations.filter((c) => !(c as Partial<Citation>).self),
  });

  const sync = (props?: { maxWidth: number }) => {
    rendered = shown() || (rendered && wasNarrow);
    sidebar.update({ ...props, open: rendered, hidden: !shown() });
    layout(true);
  };
  const setOpen = (next: boolean) => {
    // Closed before its last stage: nothing more will be drawn, so nothing to wait for.
    if (!next) sectionsReady();
    // Before the focused element goes away with the sidebar.
    if (!next) returnFocus.restore();
    // The drawer is not remembered: pulled out or put away, the page's own setting stays as it was.
    if (wasNarrow) drawer = next;
    else {
      wanted = next;
      void setSidebarOpen(o.site.id, next);
    }
    sync();
  };
  const makeRoom = () => {
    if (!wasNarrow || !drawer) return;
    drawer = false;
    sync();
  };
  let sectionsReady = () => {};
  const ready = new Promise<void>((resolve) => (sectionsReady = resolve));
  const sidebar: SidebarHandle = mountSidebar(shadow, {
    result: listed(o.result),
    // A long paper's sections, rendered at once, would hold the page for one long task.
    staged: sidebarIsStaged(o.result),
    onSectionsReady: () => sectionsReady(),
    language,
    open: rendered,
    sections: sectionsFromSettings(o.settings.categories),
    width,
    minWidth: SIDEBAR_MIN_WIDTH,
    maxWidth: maxWidth(),
    watchTitle,
    sentenceOf: (e) => (e.sentence ? sentenceText(reading.text, e.sentence, e.start) : null),
    makeExport: (format) =>
      makeTimelineExport(reading.result, format, language, o.doc.location?.href ?? null),
    onNavigate: (start, flash) =>
      void (async () => {
        if (detached) return;
        makeRoom();
        const r = reading;
        if (!(await r.showFinding?.(start).catch(() => false))) {
          const range = flash
            ? await revealSpan(r.index, flash.start, flash.end, o.site, r.container)
            : await revealOffset(r.index, r.text, start, o.site, r.container);
          if (range && !detached) focusTextAt(range);
        }
      })(),
    onClose: () => setOpen(false),
    onResize: (next, done) => {
      width = normalizeSidebarWidth(next);
      sidebar.update({ width });
      layout(true);
      if (done) void saveSidebarWidth(width).catch(() => undefined);
    },
  });
  if (!rendered) sectionsReady();

  let stopped = false;
  void loadSidebarWidth().then(
    (stored) => {
      if (stopped || stored === width) return;
      width = stored;
      sidebar.update({ width });
      layout();
    },
    () => undefined,
  );

  const onViewportResize = () => {
    if (narrow() !== wasNarrow) {
      wasNarrow = !wasNarrow;
      // Narrow now: no drawer out until asked for. Wide again: a drawer the reader had out stays open.
      if (!wasNarrow && drawer) wanted = true;
      drawer = false;
      if (!shown()) returnFocus.restore();
    }
    sync({ maxWidth: maxWidth() });
  };
  view?.addEventListener('resize', onViewportResize);

  // The sidebar and its exports keep their language until the chosen one's strings are here.
  const switchLanguage = followLanguage((chosen) => {
    if (stopped) return;
    language = chosen;
    sidebar.update({ language });
  });
  const stopWatching = watchSettings((next, changed) => {
    if (changed.includes('language')) switchLanguage(resolveLanguage(next.language, browserLocale()));
    if (changed.includes('categories')) sidebar.update({ sections: sectionsFromSettings(next.categories) });
    if (changed.includes('titleLookups')) o.titles.setEnabled(next.titleLookups);
  });

  return {
    ready,
    toggle(fromKeyboard = false, openOnly = false) {
      // Open, with the focus in the page (after a jump to the text, say): the command brings the focus back
      // to the entry last used; it closes the sidebar only from inside it. The toolbar button always toggles.
      if (fromKeyboard && shown() && o.doc.activeElement !== host) {
        returnFocus.remember(deepActiveElement(o.doc));
        if (lastEntry?.isConnected) lastEntry.focus();
        else sidebar.focus();
        return;
      }
      const opening = !shown();
      if (openOnly && !opening) return;
      // In our popover, the element inside it: the popover's host cannot take the focus back.
      if (opening) returnFocus.remember(deepActiveElement(o.doc));
      setOpen(opening);
      if (!opening) return;
      // A drawer put away comes back with the focus on the entry last used.
      if (lastEntry?.isConnected && !lastEntry.matches('.kl-close')) lastEntry.focus();
      else sidebar.focus();
    },
    makeRoom,
    detach() {
      detached = true;
      sidebar.update({ busy: true });
    },
    adopt(next) {
      if (stopped) return;
      reading = next;
      detached = false;
      // One render of the sections that are already on the page: the lists are short (`LIST_LIMIT`).
      sidebar.update({ result: listed(next.result), busy: false });
    },
    stop() {
      stopped = true;
      returnFocus.stop();
      releaseTextFocus();
      stopWatching();
      view?.removeEventListener('resize', onViewportResize);
      sectionsReady();
      sideBySide.restore();
      sidebar.unmount();
      host.remove();
    },
  };
}
