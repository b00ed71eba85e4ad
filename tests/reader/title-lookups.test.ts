import { describe, expect, it, vi } from 'vitest';
import type { PaperRef, TitleLookupAnswer } from '../../src/messaging/protocol';
import { createTitleLookups } from '../../src/reader/title-lookups';
import type { CitationDetails } from '../../src/ui/popover/types';
import { NAVO_CITED_PAPER } from '../helpers/navo-lookup';

// The NAVO letter (kst-28676-409) cites `Kamerstuk 29 521, nr. 446` and `Kamerstuk 28 676, nr. 404`.
const PAPER_446: PaperRef = {
  type: 'kamerstuk',
  chamber: null,
  dossier: '29521',
  number: '446',
  year: null,
  item: null,
  id: 'kst-29521-446',
};
const PAPER_404: PaperRef = { ...PAPER_446, dossier: '28676', number: '404', id: 'kst-28676-404' };
const FOUND = NAVO_CITED_PAPER;

/** A request to the background, held until the test answers it or makes it fail. */
interface Request {
  answer(a: TitleLookupAnswer): void;
  fail(): void;
}

/** The store over a background whose answers a test gives, request by request. */
function setup(enabled = true) {
  const asked: Request[] = [];
  const ask = vi.fn(
    (_ref: PaperRef) =>
      new Promise<TitleLookupAnswer>((answer, reject) =>
        asked.push({ answer, fail: () => reject(new Error('gone')) }),
      ),
  );
  const titles = createTitleLookups(ask, enabled);
  /** What one watcher (the sidebar's entry, a popover) was told, in order. */
  const watcher = (ref: PaperRef) => {
    const told: CitationDetails['state'][] = [];
    const stop = titles.watch(ref, (d) => told.push(d.state));
    return { told, stop };
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { titles, ask, asked, watcher, settle };
}

describe('createTitleLookups: one answer per cited paper for the sidebar and the popovers', () => {
  it('asks once for a paper both follow, and tells both the answer', async () => {
    const { titles, ask, asked, watcher, settle } = setup();
    const sidebar = watcher(PAPER_446);
    expect(titles.details(PAPER_446)).toEqual({ state: 'loading' });
    const popover = watcher(PAPER_446);
    expect(ask).toHaveBeenCalledTimes(1);
    asked[0]?.answer(FOUND);
    await settle();
    expect(sidebar.told).toEqual(['found']);
    expect(popover.told).toEqual(['found']);
    expect(titles.details(PAPER_446)).toMatchObject({ state: 'found', title: 'Verslag NAVO-top' });
    // Known: followed again, nothing is asked.
    watcher(PAPER_446);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'the background answers unavailable (offline)',
      (r: Request) => r.answer({ state: 'unavailable', reason: 'offline' }),
    ],
    ['the message fails (the background restarting)', (r: Request) => r.fail()],
  ])(
    'keeps a failure when %s, says it while it asks again, and takes the next answer',
    async (_name, failIt) => {
      const { titles, ask, asked, watcher, settle } = setup();
      const sidebar = watcher(PAPER_446);
      failIt(asked[0] as Request);
      await settle();
      expect(sidebar.told).toEqual(['unavailable']);
      // A popover opened now: it says what the sidebar says, and the paper is asked again, once.
      const popover = watcher(PAPER_446);
      expect(titles.details(PAPER_446)).toEqual({ state: 'unavailable' });
      watcher(PAPER_446);
      expect(ask).toHaveBeenCalledTimes(2);
      asked[1]?.answer(FOUND);
      await settle();
      expect(sidebar.told).toEqual(['unavailable', 'found']);
      expect(popover.told).toEqual(['found']);
    },
  );

  it('tells a watcher nothing more once it stops, and keeps papers apart', async () => {
    const { asked, watcher, settle } = setup();
    const a = watcher(PAPER_446);
    const b = watcher(PAPER_404);
    a.stop();
    asked[0]?.answer(FOUND);
    asked[1]?.answer({ state: 'not-found' });
    await settle();
    expect(a.told).toEqual([]);
    expect(b.told).toEqual(['not-found']);
  });

  it('follows the lookups setting: off says so and asks nothing, on asks again; answers asked before are dropped', async () => {
    const { titles, ask, asked, watcher, settle } = setup();
    const sidebar = watcher(PAPER_446);
    titles.setEnabled(false);
    expect(sidebar.told).toEqual(['disabled']);
    expect(titles.details(PAPER_446)).toEqual({ state: 'disabled' });
    // The answer to the request made before it was switched off comes late: not shown.
    asked[0]?.answer(FOUND);
    await settle();
    expect(titles.details(PAPER_446)).toEqual({ state: 'disabled' });
    watcher(PAPER_446);
    expect(ask).toHaveBeenCalledTimes(1);
    // The same setting again (the sidebar and the popovers both pass it on): nothing changes.
    titles.setEnabled(false);
    expect(sidebar.told).toEqual(['disabled']);
    titles.setEnabled(true);
    expect(sidebar.told).toEqual(['disabled', 'loading']);
    expect(ask).toHaveBeenCalledTimes(2);
    asked[1]?.answer(FOUND);
    await settle();
    expect(sidebar.told).toEqual(['disabled', 'loading', 'found']);
  });

  it('started with lookups off, asks nothing', () => {
    const { titles, ask, watcher } = setup(false);
    watcher(PAPER_446);
    expect(ask).not.toHaveBeenCalled();
    expect(titles.details(PAPER_446)).toEqual({ state: 'disabled' });
  });
});
