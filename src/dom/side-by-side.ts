/**
 * Side-by-side layout (after Hypothesis's side-by-side mode): while the sidebar is open, the
 * page's root element gets a right margin as wide as the sidebar, so the page lays its text out
 * left of it instead of under it. Only inline `margin-right` is touched, on elements chosen by
 * the caller; what each element's `style` attribute held is recorded first and put back exactly
 * when the sidebar closes.
 */

import { marginWithRoom, MIN_PAGE_WIDTH, releaseSpace, reservedWidth } from './reserved-space';

export { MIN_PAGE_WIDTH };

/** What one narrowed element looked like before, to restore it exactly. */
interface Saved {
  el: HTMLElement;
  /** The `style` attribute as the page had it (null: none). */
  attribute: string | null;
  /** The inline `margin-right` and its priority as the page had them ('' when not set). */
  value: string;
  priority: string;
  /** The element's own right margin before ours was added, in px. */
  baseMargin: number;
  /** The `style` attribute right after our last write: if the page has not changed it since, we put back the exact original string. */
  written: string | null;
}

export interface SideBySide {
  /**
   * Narrows the targets by `width` px (or changes the width while active). Targets are chosen
   * when it first activates; later calls only change the width.
   */
  apply(width: number): void;
  /** Puts every touched element back as it was; harmless when not active. */
  restore(): void;
  /** Whether the page is narrowed now. */
  readonly active: boolean;
}

const PROPERTY = 'margin-right';

function isHtmlElement(el: Element | null | undefined): el is HTMLElement {
  return !!el && typeof (el as HTMLElement).style?.setProperty === 'function';
}

function computedMarginRight(el: HTMLElement): number {
  const view = el.ownerDocument.defaultView;
  const value = view ? parseFloat(view.getComputedStyle(el).marginRight) : NaN;
  return Number.isFinite(value) ? value : 0;
}

/**
 * The side-by-side controller for the elements `targets()` returns when it first activates
 * (the page's root element, and a site's fixed document modal, which does not follow the root).
 */
export function createSideBySide(targets: () => readonly Element[]): SideBySide {
  let saved: Saved[] = [];
  let active = false;

  const write = (s: Saved, width: number) => {
    // `important`: a page rule with `!important` on the root's margin must not undo ours.
    s.el.style.setProperty(PROPERTY, marginWithRoom(s.baseMargin, width), 'important');
    s.written = s.el.getAttribute('style');
  };

  return {
    get active() {
      return active;
    },
    apply(width) {
      if (!Number.isFinite(width) || width <= 0) return;
      if (!active) {
        const seen = new Set<Element>();
        saved = [];
        for (const el of targets()) {
          if (!isHtmlElement(el) || seen.has(el)) continue;
          seen.add(el);
          saved.push({
            el,
            attribute: el.getAttribute('style'),
            value: el.style.getPropertyValue(PROPERTY),
            priority: el.style.getPropertyPriority(PROPERTY),
            // The room reserved before load is part of the root's margin now, not the page's own.
            baseMargin:
              computedMarginRight(el) -
              (el === el.ownerDocument.documentElement ? reservedWidth(el.ownerDocument) : 0),
            written: null,
          });
        }
        active = true;
      }
      for (const s of saved) write(s, width);
    },
    restore() {
      const first = saved[0]?.el ?? targets()[0];
      if (first) releaseSpace(first.ownerDocument);
      if (!active) return;
      active = false;
      for (const s of saved) {
        if (s.el.getAttribute('style') === s.written) {
          // Untouched by the page since our write: the exact original string (or no attribute).
          if (s.attribute === null) s.el.removeAttribute('style');
          else s.el.setAttribute('style', s.attribute);
          continue;
        }
        // The page changed other inline styles meanwhile: keep those, put back only ours.
        if (s.value) s.el.style.setProperty(PROPERTY, s.value, s.priority);
        else s.el.style.removeProperty(PROPERTY);
        if (s.attribute === null && s.el.getAttribute('style') === '') s.el.removeAttribute('style');
      }
      saved = [];
    },
  };
}

/** Should the page be narrowed for a sidebar of `width` in a viewport of `viewportWidth`? */
export function canSitSideBySide(viewportWidth: number, width: number): boolean {
  return viewportWidth - width >= MIN_PAGE_WIDTH;
}
