import { Browser } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { ADDRESS_POLL_MS, type Every } from '../../src/reader/address-watch';
import { keepReaderLive, type LiveReader } from '../../src/reader/live-reader';
import { TK_MODAL_CONTENT, tkModal } from './tk-modal';

const PAPER = 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633';
const NEWS = 'https://www.tweedekamer.nl/nieuws/kamernieuws/navo-ministers';
const MODAL = TK_MODAL_CONTENT;

interface Fixture {
  doc: Document;
  live: LiveReader;
  log: string[];
  /** The addresses told at once (`addressChanged`), before the page settles. */
  addresses: string[];
  /** Resolves once the debounce has passed and the watch has acted. */
  settle(): Promise<void>;
}

const open: LiveReader[] = [];
afterEach(() => {
  for (const live of open.splice(0)) live.stop();
});

/** A tweedekamer.nl paper page whose modal holds `modalHtml`, watched with a short debounce. */
function watch(
  modalHtml: string | null,
  url = PAPER,
  navigation?: EventTarget,
  every: Every = () => () => {},
): Fixture {
  const page = new Browser().newPage();
  page.url = url;
  // The Navigation API, which happy-dom lacks: the test fires its `currententrychange`.
  if (navigation) Object.defineProperty(page.mainFrame.window, 'navigation', { value: navigation });
  const modal =
    modalHtml === null
      ? ''
      : `<div id="document-html-modal"><div class="m-modal__content">${modalHtml}</div></div>`;
  page.content = `<!DOCTYPE html><html><head></head><body><h1>Brief regering</h1>${modal}</body></html>`;
  const doc = page.mainFrame.document as unknown as Document;
  const log: string[] = [];
  const addresses: string[] = [];
  const live = keepReaderLive(
    doc,
    {
      start: async () => {
        log.push(`start:${doc.querySelector(MODAL)?.textContent?.trim().slice(0, 20)}`);
      },
      stop: () => log.push('stop'),
      isPaperAddress: (u) => u.includes('/kamerstukken/'),
      findContainer: () => doc.querySelector(MODAL),
      addressChanged: (u) => addresses.push(u),
    },
    { container: null, text: null },
    { debounceMs: 10, maxWaitMs: 50, every },
  );
  open.push(live);
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 80));
    await live.flush();
  };
  return { doc, live, log, addresses, settle };
}

function addModal(doc: Document, text: string): HTMLElement {
  const modal = tkModal(doc, text);
  doc.body.append(modal);
  return modal.firstElementChild as HTMLElement;
}

describe('keeping the reader in step with a changing page', () => {
  it('starts once the text is there, and not again for the same text', async () => {
    const f = watch('<p>De NAVO-ministers vergaderen.</p>');
    await f.live.flush();
    await f.live.flush();
    expect(f.log).toEqual(['start:De NAVO-ministers ve']);
  });

  it('waits for a modal filled after load, then reads it once', async () => {
    const f = watch(null);
    await f.live.flush();
    expect(f.log).toEqual([]);
    addModal(f.doc, 'Geachte voorzitter, de NAVO vergadert.');
    await f.settle();
    await f.settle();
    expect(f.log).toEqual(['start:Geachte voorzitter, ']);
    expect(f.live.starts).toBe(1);
  });

  it('reads a burst of arriving paragraphs once, after it settles', async () => {
    const f = watch('');
    await f.live.flush();
    const content = f.doc.querySelector(MODAL)!;
    for (let i = 0; i < 50; i++) {
      const p = f.doc.createElement('p');
      p.textContent = `Alinea ${i} over de NAVO.`;
      content.append(p);
    }
    await f.settle();
    expect(f.live.starts).toBe(1);
  });

  it('reads again when a tab swaps the text', async () => {
    const f = watch('<p>Eerste tekst over de EU.</p>');
    await f.live.flush();
    f.doc.querySelector(`${MODAL} p`)!.textContent = 'Tweede tekst over de NAVO.';
    await f.settle();
    expect(f.log).toEqual(['start:Eerste tekst over de', 'start:Tweede tekst over de']);
  });

  it.each([
    ['its sidebar host on the body', (doc: Document) => doc.body.append(doc.createElement('kamerlens-root'))],
    [
      'its popover host on the body',
      (doc: Document) => doc.body.append(doc.createElement('kamerlens-popover')),
    ],
    [
      'an attribute change (the modal opening)',
      (doc: Document) => doc.querySelector(MODAL)!.setAttribute('open', ''),
    ],
    [
      'a change elsewhere on the page',
      (doc: Document) => (doc.querySelector('h1')!.textContent = 'Nieuwe kop'),
    ],
  ])('ignores %s', async (_what, change) => {
    const f = watch('<p>Een NAVO-brief.</p>');
    await f.live.flush();
    change(f.doc);
    await f.settle();
    expect(f.log).toEqual(['start:Een NAVO-brief.']);
  });

  // The reader's marks are ranges in the page's Text nodes, and a node taken out collapses every range in it: the
  // same text in new nodes left those marks gone (49 of 50 on the NAVO page re-rendered in Chromium).
  it.each([
    [
      'renders the same text again in new nodes',
      (doc: Document) => {
        const p = doc.querySelector(`${MODAL} p`)!;
        p.textContent = p.textContent ?? '';
      },
    ],
    [
      'wraps a word in an element (the text stays the same)',
      (doc: Document) => {
        const p = doc.querySelector(`${MODAL} p`)!;
        const word = (p.firstChild as Text).splitText(4);
        word.splitText(4);
        const mark = doc.createElement('mark');
        word.replaceWith(mark);
        mark.append(word);
      },
    ],
  ])('reads again when the page %s: the marks there were gone', async (_what, change) => {
    const f = watch('<p>Een NAVO-brief.</p>');
    await f.live.flush();
    change(f.doc);
    await f.settle();
    expect(f.log).toEqual(['start:Een NAVO-brief.', 'start:Een NAVO-brief.']);
  });

  it('removes everything when the container goes away', async () => {
    const f = watch('<p>Een NAVO-brief.</p>');
    await f.live.flush();
    f.doc.getElementById('document-html-modal')!.remove();
    await f.settle();
    expect(f.log).toEqual(['start:Een NAVO-brief.', 'stop']);
  });

  it('starts over after a client-side navigation to another paper, and stops on one to a page that is not', async () => {
    const f = watch('<p>Eerste brief.</p>');
    await f.live.flush();
    const win = f.doc.defaultView!;
    win.history.pushState({}, '', `${PAPER}#voetnoot-1`);
    await f.settle();
    // A fragment only scrolls within the same paper.
    expect(f.log).toEqual(['start:Eerste brief.']);
    win.history.pushState({}, '', PAPER.replace('2022D39633', '2022D40000'));
    f.doc.querySelector(`${MODAL} p`)!.textContent = 'Tweede brief.';
    await f.settle();
    win.history.pushState({}, '', NEWS);
    f.doc.body.append(f.doc.createElement('div'));
    await f.settle();
    expect(f.log).toEqual(['start:Eerste brief.', 'start:Tweede brief.', 'stop']);
  });

  it('tells each new address at once, before the page settles: one shown and left again within the wait too', async () => {
    const f = watch('<p>Eerste brief.</p>');
    await f.live.flush();
    const win = f.doc.defaultView!;
    const other = PAPER.replace('2022D39633', '2022D40000');
    // The page's script shows another paper and renders it; the reader goes back before the watch settles.
    win.history.pushState({}, '', other);
    f.doc.body.append(f.doc.createElement('div'));
    await new Promise((r) => setTimeout(r, 0));
    expect(f.addresses).toEqual([other]);
    win.history.pushState({}, '', PAPER);
    win.dispatchEvent(new win.PopStateEvent('popstate'));
    expect(f.addresses).toEqual([other, PAPER]);
    // A fragment, or the same address again, is no new address; nothing is read twice for the round trip.
    win.history.pushState({}, '', `${PAPER}#p2`);
    f.doc.body.append(f.doc.createElement('div'));
    win.dispatchEvent(new win.PopStateEvent('popstate'));
    await f.settle();
    expect(f.addresses).toEqual([other, PAPER]);
    expect(f.log).toEqual(['start:Eerste brief.']);
  });

  it('hears a pushState that changes nothing on the page through the Navigation API: tells it and reads the new address', async () => {
    const navigation = new EventTarget();
    const f = watch('<p>Eerste brief.</p>', PAPER, navigation);
    await f.live.flush();
    const win = f.doc.defaultView!;
    const other = PAPER.replace('2022D39633', '2022D40000');
    win.history.pushState({}, '', other);
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(f.addresses).toEqual([other]);
    await f.settle();
    // The same text under another paper's address: a reading of its own (its findings are the new address's).
    expect(f.log).toEqual(['start:Eerste brief.', 'start:Eerste brief.']);
    // Stopped, it listens no more.
    f.live.stop();
    win.history.pushState({}, '', PAPER);
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(f.addresses).toEqual([other]);
  });

  it('hears such a pushState without the Navigation API (Firefox ESR) at its next look at the address', async () => {
    const looks: (() => void)[] = [];
    let stopped = false;
    const every: Every = (check, ms) => {
      expect(ms).toBe(ADDRESS_POLL_MS);
      looks.push(check);
      return () => void (stopped = true);
    };
    const f = watch('<p>Eerste brief.</p>', PAPER, undefined, every);
    await f.live.flush();
    const win = f.doc.defaultView!;
    const other = PAPER.replace('2022D39633', '2022D40000');
    win.history.pushState({}, '', other);
    expect(f.addresses).toEqual([]);
    for (const look of looks) look();
    expect(f.addresses).toEqual([other]);
    await f.settle();
    expect(f.log).toEqual(['start:Eerste brief.', 'start:Eerste brief.']);
    // A look that finds the same address does nothing.
    for (const look of looks) look();
    await f.settle();
    expect(f.log).toHaveLength(2);
    f.live.stop();
    expect(stopped).toBe(true);
  });

  it('does not start on a container holding only whitespace', async () => {
    const f = watch('  \n  ');
    await f.live.flush();
    expect(f.log).toEqual(['stop']);
    expect(f.live.starts).toBe(0);
  });

  it('does nothing after it is stopped (the extension went away)', async () => {
    const f = watch(null);
    f.live.stop();
    addModal(f.doc, 'Geachte voorzitter.');
    await new Promise((r) => setTimeout(r, 80));
    expect(f.log).toEqual([]);
  });

  it('reads again when the text changes while the first start is under way, before its text was kept', async () => {
    const f = watch('<p>De NAVO-ministers vergaderen.</p>');
    const first = f.live.flush();
    // The start has begun (it sends the opening at once); the page changes in that same moment.
    (f.doc.querySelector(`${MODAL} p`) as HTMLElement).textContent = 'Een nieuwe tekst van de brief.';
    await first;
    await f.settle();
    expect(f.log).toEqual(['start:De NAVO-ministers ve', 'start:Een nieuwe tekst van']);
    // Settled: the same text is not read a third time.
    await f.settle();
    expect(f.log).toHaveLength(2);
  });
});
