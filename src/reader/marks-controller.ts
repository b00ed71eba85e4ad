import type { AcronymDetail } from '../core/acronyms';
import { citedPaperRef } from '../core/citations/paper-id';
import type { AnalysisResult, Span } from '../core/types';
import type { Highlighter } from '../dom/highlight/highlighter';
import { HIGHLIGHT_CATEGORIES, type HighlightCategory } from '../dom/highlight/names';
import { browserLocale, resolveLanguage, type Language } from '../i18n';
import type { Settings, SettingsListener } from '../settings/settings';
import type { Site } from '../sites/types';
import { mountPopover, type PopoverHandle } from '../ui/popover/mount';
import type { PopoverData } from '../ui/popover/types';
import {
  buildTargets,
  findTarget,
  longestTarget,
  sameFinding,
  stepTarget,
  type FindingTarget,
} from './finding-targets';
import { copyText } from './copy-text';
import { followLanguage } from './interface-strings';
import { findingSpans, shownCategories as shownCategoriesFor } from './paint-plan';
import { caretAt, hitTest } from './hit-test';
import { createHoverIntent, type HoverIntent } from './hover-intent';
import { isEditable, keyAction } from './keyboard-steps';
import { popoverData } from './popover-data';
import type { TitleLookups } from './title-lookups';
import { openModalIfNeeded, revealSpan, scrollRangeIntoView } from './reveal';
import { createHostElement, POPOVER_HOST_TAG } from './host-element';
import { focusTextAt } from './focus-in-text';
import { firstInView, followLayout } from './forced-underlines';
import { watchPointer, type PointerAt } from './pointer-watch';
import { sidebarLeft, toBoxes } from './popover-room';

export interface MarksControllerOptions {
  doc: Document;
  site: Site | null;
  container: Element;
  result: AnalysisResult;
  /** The text the findings' offsets are in: to know a finding again in the next reading (`adopt`). */
  text: string;
  highlighter: Highlighter;
  settings: Settings;
  /** The page's title lookups, shared with the sidebar: a popover says what the sidebar says of a paper. */
  titles: TitleLookups;
  /** Stores the marks setting (the toggle command), so other tabs follow. */
  saveMarksVisible(visible: boolean): Promise<void>;
  /** Calls back on settings changes; returns the function that stops watching. */
  watchSettings(cb: SettingsListener): () => void;
  /** Copies text to the clipboard (default: `copyText` of `./copy-text`). */
  copyText?(text: string): Promise<void>;
  /**
   * Called before a finding is brought into view from the keyboard or the sidebar: a sidebar that covers
   * the page (a narrow window) steps out of the way, so the finding is not under it.
   */
  makeRoom?(): void;
  /** Hover timings (tests). */
  dwellMs?: number;
  abandonMs?: number;
}

/** One reading of the page: what the marks show and where (see `MarksController.adopt`). */
export type MarksReading = Pick<
  MarksControllerOptions,
  'result' | 'text' | 'highlighter' | 'container' | 'makeRoom'
>;

export interface MarksController {
  /** Shows or hides every mark (the `toggle-marks` command); remembered in the settings. */
  toggleMarks(): void;
  /** Steps to the next (1) or previous (-1) finding in reading order and opens its popover. */
  step(dir: 1 | -1): Promise<void>;
  /**
   * Opens the popover of the finding that starts at `start` the way the keyboard does (for the
   * sidebar's lists); false when no visible mark starts there.
   */
  showFindingAt(start: number): Promise<boolean>;
  /**
   * Makes `offset` (a core offset) the place `]` and `[` go on from: the reader went there another
   * way (a sidebar entry that is no marked finding). A popover still open, at the old place, closes.
   */
  setStepCursor(offset: number): void;
  /** Closes the popover; `restoreFocus` gives focus back to where it was. */
  close(restoreFocus?: boolean): void;
  /** The marks shown now (tests): whether they are visible, and how many findings are steppable. */
  readonly state: { visible: boolean; targets: number; open: PopoverData | null };
  /**
   * The page is being read again (content arrived or changed): the marks' highlighter goes, but an open
   * popover stays as it is, with its focus, and nothing else opens until `adopt` gives the new reading.
   */
  detach(): void;
  /**
   * Shows a new reading of the same page: the open popover and the place `]` and `[` go on from stay on
   * their finding where the new reading has it (`sameFinding`), the popover's content refreshed; a
   * popover whose finding is gone closes, its focus going back (or to the text where it was).
   */
  adopt(reading: MarksReading): void;
  /** Removes every listener, the popover and its host (the highlighter is the caller's). */
  stop(): void;
}

/**
 * The marks in the page and their popovers: paints the findings by category (following the
 * settings live), opens a popover on hover intent or from the keyboard (one path for both),
 * steps through findings in reading order, and cleans up everything on `stop`.
 */
export function startMarks(o: MarksControllerOptions): MarksController {
  const { doc } = o;
  let { result, highlighter } = o;
  const win = doc.defaultView ?? (globalThis as unknown as Window);
  let settings = o.settings;
  let language: Language = resolveLanguage(settings.language, browserLocale());
  let visible = settings.marksVisible;
  let targets: FindingTarget[] = [];
  let maxLength = 0;
  let stopped = false;
  let detached = false;

  /**
   * The popover's target, and where `]` and `[` go on from while none is open: the last target
   * stepped to, or a place the reader went to another way (`setStepCursor`).
   */
  let open: { target: FindingTarget; data: PopoverData } | null = null;
  let cursor: { target: FindingTarget } | { offset: number } | null = null;
  let openToken = 0;
  /** The finding shown as current (a popover opened from the keyboard), or null. */
  let current: FindingTarget | null = null;
  const setCurrent = (t: FindingTarget | null) => highlighter.setCurrent((current = t));

  // Stops watching the open citation's papers (`watchDetails`).
  const unwatch: (() => void)[] = [];

  // ---- painting -------------------------------------------------------------------------------

  const spansOf = (category: HighlightCategory): Span[] => findingSpans(result, category);
  const shownCategories = (): HighlightCategory[] => shownCategoriesFor(settings, visible);

  /**
   * Paints the findings the settings show, of the reading now (`before`: the text of the one painted last,
   * when `adopt` gave a new one). The open popover and the place `]` and `[` go on from stay on their
   * finding where it is still shown (`sameFinding`), the popover's content refreshed; a popover whose finding
   * is not (gone from the text, its category switched off) closes, and the focus in it goes back where it came
   * from, or to the text at the finding's place (in the new text, which may be shorter).
   */
  const paint = (before = o.text) => {
    const shown = shownCategories();
    for (const c of HIGHLIGHT_CATEGORIES) highlighter.paint(c, shown.includes(c) ? spansOf(c) : []);
    // A highlight category and the kind of its targets have the same name.
    targets = buildTargets(result, new Set(shown));
    maxLength = longestTarget(targets);
    layout.queue();
    const moved = (t: FindingTarget) => targets[sameFinding(targets, o.text, t, before)];
    if (cursor && 'target' in cursor) {
      const t = moved(cursor.target);
      cursor = t ? { target: t } : { offset: cursor.target.start };
    }
    const was = open;
    if (!was) return;
    const t = moved(was.target);
    const data = t && popoverData(result, t, o.titles.details);
    if (!t || !data) {
      // Its place in the new text, which may be shorter, is where the focus in it goes.
      const end = Math.min(was.target.end, o.text.length);
      return close(false, { start: Math.min(was.target.start, end - 1), end });
    }
    open = { target: t, data };
    setCurrent(current && t);
    popover?.update(data);
    popover?.reposition(toBoxes(rangeOf(t)));
    watchDetails(t);
    intent.opened(targets.indexOf(t));
  };

  // ---- the popover ----------------------------------------------------------------------------

  let host: HTMLElement | null = null;
  let popover: PopoverHandle | null = null;
  const ensurePopover = (): PopoverHandle => {
    if (popover) return popover;
    host = createHostElement(doc, POPOVER_HOST_TAG, 'popover');
    const shadow = host.attachShadow({ mode: 'open' });
    doc.documentElement.append(host);
    popover = mountPopover(shadow, {
      language,
      rightEdge: () => sidebarLeft(doc),
      actions: {
        close: () => close(true),
        previousOccurrence: () => void stepOccurrence(-1),
        nextOccurrence: () => void stepOccurrence(1),
        showDefinition: () => void showDefinition(),
        copy: async (text) => {
          try {
            await (o.copyText ?? ((t: string) => copyText(doc, t)))(text);
            return true;
          } catch {
            return false;
          }
        },
      },
    });
    return popover;
  };

  const rangeOf = (t: Span) => highlighter.index.toRange(t.start, t.end, doc);

  /**
   * Follows the lookups of the open citation's papers (asking for those not known yet): an answer,
   * whether this popover or the sidebar asked for it, is shown at once.
   */
  const watchDetails = (target: FindingTarget | null) => {
    for (const stop of unwatch.splice(0)) stop();
    if (target?.kind !== 'citation') return;
    for (const i of target.citations) {
      const c = result.citations[i];
      if (c) unwatch.push(o.titles.watch(citedPaperRef(c), refreshDetails));
    }
  };
  const refreshDetails = () => {
    const next = open && popoverData(result, open.target, o.titles.details);
    if (!open || !next) return;
    open.data = next;
    popover?.update(next);
  };
  /**
   * The one way a popover opens, from hover, the keyboard or the sidebar: keyboard and sidebar
   * also make the finding current, bring it into view and move focus into the popover (`keepFocus`:
   * a button pressed inside it keeps focus, see `ShowOptions`).
   */
  const show = async (index: number, via: 'hover' | 'keyboard', keepFocus = false): Promise<boolean> => {
    const target = targets[index];
    if (!target || stopped) return false;
    const token = ++openToken;
    if (via === 'keyboard') {
      cursor = { target };
      setCurrent(target);
      o.makeRoom?.();
      await openModalIfNeeded(o.site, o.container);
      if (token !== openToken || stopped) return false;
      const range = rangeOf(target);
      if (range) scrollRangeIntoView(range, 'if-needed');
      intent.opened(index);
    }
    const data = popoverData(result, target, o.titles.details);
    // No rectangles (text not laid out): the popover still opens, at the viewport's corner.
    const boxes = toBoxes(rangeOf(target));
    if (!data) return false;
    open = { target, data };
    ensurePopover().show(data, { anchor: boxes, focus: via === 'keyboard', keepFocus });
    watchDetails(target);
    return true;
  };

  /**
   * Closes the popover. `at`: the text the focus goes to when the place it came from is out of sight (the
   * open finding's, unless `paint` gives its place in a new text).
   */
  const close = (restoreFocus = false, at: Span | undefined = open?.target) => {
    openToken++;
    if (!open && !popover?.isOpen) return;
    open = null;
    watchDetails(null);
    setCurrent(null);
    // The place the focus came from is out of sight: the reader goes on from the finding's text instead.
    popover?.hide(restoreFocus, () => {
      const range = at && rangeOf(at);
      if (range) focusTextAt(range);
    });
    intent.reset();
  };

  const intent: HoverIntent<number> = createHoverIntent<number>({
    // A popover the reader works in with the keyboard (its focus shown, `:focus-visible`) is not replaced
    // by one the mouse passes over, and keeps its focus; one clicked into with the mouse is, as before.
    open: (i) => {
      if (!(popover?.hasFocus() && host?.shadowRoot?.activeElement?.matches(':focus-visible')))
        void show(i, 'hover');
    },
    close: () => {
      if (!popover?.hasFocus()) close(false);
    },
    dwellMs: o.dwellMs,
    abandonMs: o.abandonMs,
  });

  // ---- stepping ---------------------------------------------------------------------------------

  const step = async (dir: 1 | -1) => {
    if (!visible || targets.length === 0) return;
    const at = open ? open.target : cursor && 'target' in cursor ? cursor.target : null;
    // `paint` keeps `at` one of the targets shown, or makes it an offset.
    const from = at ? targets.indexOf(at) : -1;
    let next: number | null;
    if (from >= 0) next = stepTarget(targets, from, dir);
    else if (cursor && 'offset' in cursor) next = stepTarget(targets, null, dir, cursor.offset);
    else {
      const first = firstInView(targets, rangeOf);
      next = dir === 1 ? first % targets.length : (first - 1 + targets.length) % targets.length;
    }
    if (next !== null) await show(next, 'keyboard');
  };

  const stepOccurrence = async (dir: 1 | -1) => {
    const t = open?.target;
    if (!t || t.kind !== 'acronym') return;
    const count = result.acronyms[t.acronym]?.occurrences.length ?? 0;
    if (count < 2) return;
    const occurrence = (t.occurrence + dir + count) % count;
    const i = findTarget(
      targets,
      (x) => x.kind === 'acronym' && x.acronym === t.acronym && x.occurrence === occurrence,
    );
    // The pressed button stays focused, so Enter steps on and on.
    if (i !== null) await show(i, 'keyboard', true);
  };

  const showDefinition = async () => {
    const t = open?.target;
    if (!t || t.kind !== 'acronym') return;
    const def = (result.acronyms[t.acronym] as Partial<AcronymDetail> | undefined)?.definition;
    if (!def) return;
    // The popover's text leaves the view: it closes, focus goes back where it was before the
    // popover took it (a sidebar entry, the filter box), and ] and [ go on from the definition.
    close(true);
    cursor = { offset: def.start };
    o.makeRoom?.();
    await revealSpan(highlighter.index, def.start, def.end, o.site, o.container);
  };

  // ---- listeners --------------------------------------------------------------------------------

  /** What is under the pointer, once a frame (`watchPointer`): a mark's finding, the popover, or nothing. */
  const onPointerFrame = (p: PointerAt) => {
    if (stopped || detached) return;
    if (host && p.target === host) return intent.pointer('popover');
    const over = p.target as Node | null;
    // `nodeType` rather than `instanceof Node`: content scripts and pages have different globals.
    if (
      !visible ||
      targets.length === 0 ||
      !over ||
      typeof over.nodeType !== 'number' ||
      !o.container.contains(over)
    ) {
      return intent.pointer(null);
    }
    const hit = hitTest(
      {
        targets,
        maxLength,
        offsetAt: highlighter.offsetAt,
        rectsOf: (t) => rangeOf(t)?.getClientRects?.() ?? [],
      },
      caretAt(doc, p.x, p.y),
      p.x,
      p.y,
    );
    intent.pointer(hit);
  };
  const onPointerDown = (e: Event) => {
    // A dwell begun before the press must not open a popover during the drag that may follow.
    intent.hold();
    if (open && e.target !== host) close(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const inner = e.composedPath?.()[0] ?? e.target;
    const action = keyAction(e, isEditable(inner));
    if (!action) return;
    if (action === 'close') {
      if (!open) return;
      close(true);
    } else {
      if (!visible || targets.length === 0) return;
      void step(action === 'next' ? 1 : -1);
    }
    e.preventDefault();
    e.stopPropagation();
  };
  /** The open popover follows its text, in the frame after a scroll or resize (`followLayout`). */
  const onLayoutFrame = () => {
    if (!open || detached) return;
    const boxes = toBoxes(rangeOf(open.target));
    const vh = win.innerHeight;
    const inView = boxes.some((b) => b.bottom > 0 && b.top < vh);
    // A hover popover whose text scrolled away goes. One the reader works in (focus inside) stays
    // open, in view at the edge its text left by (`placePopover`): closing it would move focus
    // the reader did not move, and one left at its text's place held focus out of sight.
    if (!inView && !popover?.hasFocus()) close(false);
    else popover?.reposition(boxes);
  };

  const stopPointer = watchPointer({
    doc,
    frame: onPointerFrame,
    hold: () => intent.hold(),
    left: () => intent.pointer(null),
  });
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.addEventListener('keydown', onKeyDown, true);
  // With the marks underlined in the popover's layer in forced colours (`forced-underlines.ts`).
  const layout = followLayout({
    doc,
    // The reading's container, as `adopt` changes it.
    get container() {
      return o.container;
    },
    targets: () => targets,
    rangeOf,
    layer: ensurePopover,
    frame: onLayoutFrame,
    busy: () => !!open,
  });

  const switchLanguage = followLanguage((chosen) => {
    language = chosen;
    popover?.setLanguage(chosen);
  });
  const stopWatching = o.watchSettings((next, changed) => {
    settings = next;
    if (changed.includes('language')) switchLanguage(resolveLanguage(next.language, browserLocale()));
    if (changed.includes('titleLookups')) o.titles.setEnabled(next.titleLookups);
    if (changed.includes('categories') || changed.includes('marksVisible')) {
      visible = next.marksVisible;
      paint();
      if (!visible) close(false);
    }
  });

  paint();

  return {
    get state() {
      return { visible, targets: targets.length, open: open?.data ?? null };
    },
    toggleMarks() {
      visible = !visible;
      settings = { ...settings, marksVisible: visible };
      paint();
      if (!visible) close(false);
      o.saveMarksVisible(visible).catch(() => undefined);
    },
    step,
    async showFindingAt(start) {
      const i = targets.findIndex((t) => t.start === start);
      return i >= 0 ? show(i, 'keyboard') : false;
    },
    setStepCursor(offset) {
      close(false);
      cursor = { offset };
    },
    close,
    detach() {
      detached = true;
      targets = [];
    },
    adopt(reading) {
      const before = o.text;
      ({ result, highlighter } = Object.assign(o, reading));
      detached = false;
      paint(before);
    },
    stop() {
      if (stopped) return;
      close(false);
      stopped = true;
      stopWatching();
      layout.stop();
      stopPointer();
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.removeEventListener('keydown', onKeyDown, true);
      popover?.unmount();
      popover = null;
      host?.remove();
      host = null;
    },
  };
}
