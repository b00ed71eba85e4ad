/**
 * Focus and pointer around the popovers, end to end in Chromium with the built extension: focus goes
 * back into the sidebar (an entry, the filter box) when a popover it opened closes, the occurrence
 * buttons can be pressed again and again, a popover holding focus stays in view when its text is
 * scrolled away, no hover popover opens while text is selected with the mouse, `]` goes on from
 * the place last chosen in the sidebar, and a popover taller than a short window says there is more
 * and scrolls by keyboard.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../scripts/lib/fixture-server.mjs';
import {
  acronymEntry,
  AXE,
  focusedName,
  focusedText,
  markPoint,
  outlineEntry,
  popover,
  popoverCount,
  useHarness,
} from './harness';

const h = useHarness();

const openPaper = (): Promise<Page> => h.open(PAGES.obkPaper);

/** Whether `locator`'s element has focus, looked for through the shadow roots focus is in. */
function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });
}

/** The open popover's box, the viewport's height, and whether focus is inside the popover. */
function popoverState(page: Page) {
  return page.evaluate(() => {
    const r = document
      .querySelector('kamerlens-popover')
      ?.shadowRoot?.querySelector('.kl-pop')
      ?.getBoundingClientRect();
    return {
      top: r?.top ?? null,
      bottom: r?.bottom ?? null,
      height: innerHeight,
      focused: document.activeElement?.localName === 'kamerlens-popover',
    };
  });
}

/** The current mark (the finding stepped to) comes after the outline heading `title` in the text. */
function currentFollows(page: Page, title: string): Promise<boolean> {
  return page.evaluate((title) => {
    const current = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
      'kamerlens-current',
    );
    const range = [...(current ?? [])][0];
    const heading = [...document.querySelectorAll('#broodtekst *')].find(
      (e) => e.children.length === 0 && e.textContent?.trim() === title,
    );
    if (!range || !heading) return false;
    return !!(heading.compareDocumentPosition(range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, title);
}

describe('focus goes back where it was when a popover closes', () => {
  it('to the sidebar entry that opened it, on Escape and on ×', async () => {
    const page = await openPaper();
    const entry = acronymEntry(page, 'NAVO');
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).count()).toBe(1);
    expect(await focusedName(page)).toBe('kamerlens-popover');
    await page.keyboard.press('Escape');
    await expect.poll(() => popover(page).count()).toBe(0);
    expect(await hasFocus(entry)).toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await hasFocus(popover(page).locator('.kl-pop-close'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).count()).toBe(0);
    expect(await hasFocus(entry)).toBe(true);
  });

  it('to the filter box, after stepping from it with Alt+Shift+.', async () => {
    const page = await openPaper();
    const filter = page.locator('kamerlens-root input.kl-filter-input');
    await filter.focus();
    await page.keyboard.type('navo');
    await page.keyboard.press('Alt+Shift+Period');
    await expect.poll(() => popover(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover(page).count()).toBe(0);
    expect(await hasFocus(filter)).toBe(true);
    expect(await filter.inputValue()).toBe('navo');
  });

  it('to the sidebar entry after "Toon de uitleg in de tekst", and ] goes on from the definition', async () => {
    const page = await openPaper();
    const entry = acronymEntry(page, 'NAR');
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).count()).toBe(1);
    expect(await popoverCount(page)).toBe('Vermelding 1 van 2 in dit stuk');
    // Step to NAR's second occurrence, away from the definition, and ask for the definition there.
    await popover(page).getByRole('button', { name: 'Volgende vermelding van NAR' }).press('Enter');
    await expect.poll(() => popoverCount(page)).toBe('Vermelding 2 van 2 in dit stuk');
    await popover(page).getByRole('button', { name: 'Toon de uitleg in de tekst' }).press('Enter');
    await expect.poll(() => popover(page).count()).toBe(0);
    expect(await hasFocus(entry)).toBe(true);
    // `Noord-Atlantische Raad (NAR)`: the next mark after the definition is NAR where it is defined.
    await page.keyboard.press(']');
    await expect.poll(() => popover(page).count()).toBe(1);
    expect(await page.locator('kamerlens-popover .kl-pop-title').innerText()).toBe('NAR');
    expect(await popoverCount(page)).toBe('Vermelding 1 van 2 in dit stuk');
  });
});

describe("the popover's own buttons", () => {
  it('"Volgende ›" and "‹ Vorige" keep focus, so Enter steps on and on', async () => {
    const page = await openPaper();
    await acronymEntry(page, 'NAVO').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).count()).toBe(1);
    const next = popover(page).getByRole('button', { name: 'Volgende vermelding van NAVO' });
    const previous = popover(page).getByRole('button', { name: 'Vorige vermelding van NAVO' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popoverCount(page)).toBe('Vermelding 2 van 26 in dit stuk');
    expect(await hasFocus(next)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => popoverCount(page)).toBe('Vermelding 3 van 26 in dit stuk');
    expect(await hasFocus(next)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await hasFocus(previous)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => popoverCount(page)).toBe('Vermelding 1 van 26 in dit stuk');
    expect(await hasFocus(previous)).toBe(true);
  });
});

describe('a popover holding focus', () => {
  it('stays in the viewport when its text is scrolled away, and follows it back', async () => {
    const page = await openPaper();
    const entry = acronymEntry(page, 'UDCG');
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).count()).toBe(1);
    const at = await popoverState(page);
    const y = await page.evaluate(() => scrollY);
    // The wheel over the page's left margin, away from every mark.
    await page.mouse.move(5, 450);
    for (const dy of [1500, -5000]) {
      await page.mouse.wheel(0, dy);
      await expect.poll(() => page.evaluate(() => scrollY)).not.toBe(y);
      await page.waitForTimeout(200);
      const state = await popoverState(page);
      expect(state.focused).toBe(true);
      expect(state.top).toBeGreaterThanOrEqual(0);
      expect(state.bottom).toBeLessThanOrEqual(state.height);
    }
    // Back at its text: beside it again.
    await page.evaluate((y) => scrollTo(0, y), y);
    await expect.poll(async () => (await popoverState(page)).top).toBe(at.top);
    await page.keyboard.press('Escape');
    expect(await hasFocus(entry)).toBe(true);
  });
});

describe('selecting text with the mouse', () => {
  it('opens no hover popover while a button is held, not even one the pointer dwelt on before', async () => {
    const page = await openPaper();
    const { x, y, left } = await markPoint(page, 'kamerlens-acronym', 'NMI');
    // A drag from the text before the mark that pauses on it, longer than the hover's dwell.
    await page.mouse.move(left - 120, y);
    await page.mouse.down();
    await page.mouse.move(x - 2, y, { steps: 5 });
    await page.mouse.move(x, y);
    await page.waitForTimeout(900);
    expect(await popover(page).count()).toBe(0);
    await page.mouse.up();
    await page.waitForTimeout(600);
    expect(await popover(page).count()).toBe(0);
    // The drag selected up to the middle of the mark.
    expect(await page.evaluate(() => getSelection()?.toString())).toMatch(/Iraq \(N$/);
    // The pointer rests on the mark, then the button goes down before the dwell is over.
    await page.mouse.move(x - 1, y);
    await page.mouse.move(x, y);
    await page.waitForTimeout(150);
    await page.mouse.down();
    await page.waitForTimeout(900);
    expect(await popover(page).count()).toBe(0);
    await page.mouse.up();
    // Released and moved: hover works as before.
    await page.mouse.move(x - 1, y);
    await page.mouse.move(x, y);
    await expect.poll(() => popover(page).count()).toBe(1);
  });
});

describe('] after a jump with the sidebar', () => {
  it('goes on from the heading chosen, not from the mark stepped to before', async () => {
    const page = await openPaper();
    await page.locator('#broodtekst').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press(']');
    await page.keyboard.press(']');
    await expect.poll(() => popover(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover(page).count()).toBe(0);
    await outlineEntry(page, 'Missies en operaties').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    const y = await page.evaluate(() => scrollY);
    await page.keyboard.press(']');
    await expect.poll(() => popover(page).count()).toBe(1);
    expect(await currentFollows(page, 'Missies en operaties')).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(y);
  });

  it('with no step before, opens the first mark after the heading, not one above it', async () => {
    const page = await openPaper();
    await outlineEntry(page, 'Missies en operaties').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await page.keyboard.press(']');
    await expect.poll(() => popover(page).count()).toBe(1);
    expect(await currentFollows(page, 'Missies en operaties')).toBe(true);
  });
});

describe('Enter on an outline entry', () => {
  it('gives the focus to the heading in the text: Tab goes on in the text, ] and Escape come back to it', async () => {
    const page = await openPaper();
    await outlineEntry(page, 'Missies en operaties').focus();
    await page.keyboard.press('Enter');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return {
          text: el?.textContent?.trim() ?? null,
          inText: !!el?.closest('#broodtekst'),
          tabindex: el?.getAttribute('tabindex') ?? null,
        };
      });
    await expect.poll(focused).toEqual({ text: 'Missies en operaties', inText: true, tabindex: '-1' });
    // The sidebar stays open; the heading's tabindex stays while a popover of ours has the focus.
    await page.keyboard.press(']');
    await expect.poll(() => popover(page).count()).toBe(1);
    expect(await currentFollows(page, 'Missies en operaties')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover(page).count()).toBe(0);
    await expect.poll(focused).toEqual({ text: 'Missies en operaties', inText: true, tabindex: '-1' });
    // Tab leaves for what follows in the page, and the heading is as the page made it again.
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => {
      const heading = [...document.querySelectorAll('#broodtekst *')].find(
        (e) => e.children.length === 0 && e.textContent?.trim() === 'Missies en operaties',
      );
      const active = document.activeElement;
      return {
        follows: !!(
          heading &&
          active &&
          heading.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING
        ),
        ours: active?.localName.startsWith('kamerlens-') ?? false,
        headingTabindex: heading?.getAttribute('tabindex') ?? null,
      };
    });
    expect(after).toEqual({ follows: true, ours: false, headingTabindex: null });
  });
});

describe('the focus after ] steps', () => {
  it('Escape, when the place stepping started from is far off-screen, gives the focus to the last mark’s text', async () => {
    const page = await openPaper();
    // A link at the top of the page: stepping starts there and goes far down the letter.
    await page.evaluate(() => (document.querySelector('a[href]') as HTMLElement).focus());
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(']');
      await expect.poll(() => popover(page).count()).toBe(1);
    }
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(800);
    // The element whose text holds the current mark.
    await page.evaluate(() => {
      const highlights = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      const range = [...(highlights.get('kamerlens-current') ?? [])][0];
      range?.startContainer.parentElement?.setAttribute('data-test-current', '');
    });
    await page.keyboard.press('Escape');
    await expect.poll(() => popover(page).count()).toBe(0);
    // Not the link 1000+ px above: the text of the finding the reader was at, where the page still is.
    const focused = await page.evaluate(() => {
      const r = document.activeElement?.getBoundingClientRect();
      return {
        current: document.activeElement?.hasAttribute('data-test-current') ?? false,
        inView: !!r && r.bottom >= 0 && r.top <= innerHeight,
      };
    });
    expect(focused).toEqual({ current: true, inView: true });
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    // Tab goes on from there, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(800);
  });

  it('Tab past the popover’s last button, or Shift+Tab before its first, closes it and goes back to the text', async () => {
    const page = await openPaper();
    const heading = outlineEntry(page, 'Missies en operaties');
    await heading.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press(']');
    await expect.poll(() => popover(page).count()).toBe(1);
    const stops = await popover(page).locator('button, a[href]').count();
    for (let i = 0; i < stops; i++) await page.keyboard.press('Tab');
    expect(await popover(page).count()).toBe(1);
    await page.keyboard.press('Tab');
    await expect.poll(() => popover(page).count()).toBe(0);
    const focused = () => focusedText(page);
    await expect.poll(focused).toBe('Missies en operaties');
    // From the panel itself (where ] puts the focus), Shift+Tab does the same.
    await page.keyboard.press(']');
    await expect.poll(() => popover(page).count()).toBe(1);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => popover(page).count()).toBe(0);
    await expect.poll(focused).toBe('Missies en operaties');
  });
});

describe('the mouse passing over marks while a popover is open', () => {
  /**
   * The centre of a visible acronym mark other than the current one, not under the popover, in viewport
   * coordinates.
   */
  const otherMark = (page: Page) =>
    page.evaluate(() => {
      const highlights = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      const current = [...(highlights.get('kamerlens-current') ?? [])][0];
      const currentTop = current?.getBoundingClientRect().top ?? -1;
      const pop = document
        .querySelector('kamerlens-popover')
        ?.shadowRoot?.querySelector('.kl-pop')
        ?.getBoundingClientRect();
      const underPopover = (r: DOMRect) => !!pop && r.bottom > pop.top - 10 && r.top < pop.bottom + 10;
      for (const range of highlights.get('kamerlens-acronym') ?? []) {
        const r = range.getBoundingClientRect();
        const inView = r.height > 0 && r.top > 80 && r.bottom < innerHeight - 80;
        if (inView && Math.abs(r.top - currentTop) > 30 && !underPopover(r))
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: range.toString() };
      }
      return null;
    });
  const popoverTitle = (page: Page) => popover(page).locator('.kl-pop-title').first().innerText();

  it('keeps a popover opened with the keyboard, and its focus', async () => {
    const page = await openPaper();
    // Where several marks are in view at once.
    await page.evaluate(() => scrollTo(0, 700));
    await page.keyboard.press(']');
    await expect.poll(() => popover(page).count()).toBe(1);
    const title = await popoverTitle(page);
    const counted = await popoverCount(page);
    const mark = await otherMark(page);
    expect(mark).not.toBeNull();
    await page.mouse.move(mark!.x, mark!.y, { steps: 4 });
    await page.waitForTimeout(900);
    expect(await popoverTitle(page)).toBe(title);
    expect(await popoverCount(page)).toBe(counted);
    expect((await popoverState(page)).focused).toBe(true);
  });

  it('replaces a popover opened with a click in the sidebar, as hovering does', async () => {
    const page = await openPaper();
    await page.evaluate(() => scrollTo(0, 700));
    await acronymEntry(page, 'NAVO').click();
    await expect.poll(() => popover(page).count()).toBe(1);
    const mark = await otherMark(page);
    expect(mark).not.toBeNull();
    await page.mouse.move(mark!.x, mark!.y, { steps: 4 });
    await expect.poll(() => popoverTitle(page)).toContain(mark!.text);
  });
});

describe('a popover taller than a short window (350 px high)', () => {
  /** The paper in a window 350 px high, and the popover of `abbr` opened from its sidebar entry. */
  async function openShort(abbr: string): Promise<Page> {
    const page = await h.open(PAGES.obkPaper, { viewport: { width: 1280, height: 350 } });
    await acronymEntry(page, abbr).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).count()).toBe(1);
    return page;
  }

  /** How far the panel is scrolled, what is left below, and whether the fade at its foot is drawn. */
  const scrollState = (page: Page) =>
    popover(page).evaluate((el) => {
      const after = getComputedStyle(el, '::after');
      return {
        top: Math.round(el.scrollTop),
        below: Math.round(el.scrollHeight - el.scrollTop - el.clientHeight),
        fade: after.content !== 'none' && after.backgroundImage.startsWith('linear-gradient'),
        line: after.borderBottomStyle,
      };
    });

  /** Resolves once the panel's scroll position has held for 100 ms: a keyboard scroll's animation is over. */
  async function atRest(page: Page): Promise<void> {
    await expect
      .poll(async () => {
        const before = (await scrollState(page)).top;
        await page.waitForTimeout(100);
        return (await scrollState(page)).top === before;
      })
      .toBe(true);
  }

  /** axe-core on the popover: its violations, and whether the scroll region rule was checked and passed. */
  async function axeOnPopover(page: Page) {
    await page.addScriptTag({ path: AXE });
    return page.evaluate(async () => {
      interface AxeResult {
        violations: Array<{ id: string }>;
        passes: Array<{ id: string }>;
      }
      const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<AxeResult> } }).axe;
      const result = await axe.run(document.querySelector('kamerlens-popover'), {
        resultTypes: ['violations', 'passes'],
      });
      return {
        violations: result.violations.map((v) => v.id),
        scrollRegionPasses: result.passes.some((p) => p.id === 'scrollable-region-focusable'),
      };
    });
  }

  it('fades its foot while there is more below, scrolls by keyboard, and shows its end plainly', async () => {
    // DDA: its meaning in the paper, the glossary's explanation, and another meaning (Doha Development Agenda).
    const page = await openShort('DDA');
    const start = await scrollState(page);
    expect(start).toMatchObject({ top: 0, fade: true });
    expect(start.below).toBeGreaterThan(40);
    expect(await axeOnPopover(page)).toEqual({ violations: [], scrollRegionPasses: true });
    // The focus is on the panel (opened from the keyboard): the arrow keys scroll it, not the page.
    const pageY = await page.evaluate(() => scrollY);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await scrollState(page)).top).toBeGreaterThan(0);
    expect((await scrollState(page)).fade).toBe(true);
    // Keyboard scrolls are animated, and on a busy host a key pressed while the last one's scroll was still
    // moving was not taken: each key here waits until the panel is at rest.
    await atRest(page);
    await page.keyboard.press('End');
    await expect.poll(() => scrollState(page)).toMatchObject({ below: 0, fade: false });
    expect(await page.evaluate(() => scrollY)).toBe(pageY);
    expect(await popover(page).locator('.kl-pop-alternatives').innerText()).toContain(
      'Doha Development Agenda',
    );
    // Home once End's scroll has come to rest (on a busy CI host a Home pressed at its last frame was not taken),
    // with the focus still on the panel.
    await atRest(page);
    expect(await hasFocus(popover(page))).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => scrollState(page)).toMatchObject({ top: 0, fade: true });
    // From a button inside, too; and Escape still closes it (PageDown, too, once Home's scroll is at rest).
    await atRest(page);
    await page.keyboard.press('Tab');
    expect(await hasFocus(popover(page).locator('.kl-pop-close'))).toBe(true);
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await scrollState(page)).top).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover(page).count()).toBe(0);
    expect(await hasFocus(acronymEntry(page, 'DDA'))).toBe(true);
  });

  it('in forced colours draws a dashed line at its foot instead, the content as tall as before', async () => {
    const page = await openShort('DDA');
    const before = await popover(page).evaluate((el) => el.scrollHeight);
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(async () => (await scrollState(page)).line).toBe('dashed');
    expect(await popover(page).evaluate((el) => el.scrollHeight)).toBe(before);
    await page.keyboard.press('End');
    await expect.poll(async () => (await scrollState(page)).line).toBe('none');
  });

  it('shows nothing of the kind on a popover that fits (VN)', async () => {
    const page = await openShort('VN');
    expect(await scrollState(page)).toMatchObject({ top: 0, below: 0, fade: false });
    expect((await axeOnPopover(page)).violations).toEqual([]);
  });
});
