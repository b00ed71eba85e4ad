import { Browser } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ADDRESS_POLL_MS, addressKey, watchAddressChanges } from '../../src/reader/address-watch';

/** A page at `url`; `withNavigation` gives its window a Navigation API stand-in that the test fires. */
function pageAt(url: string, withNavigation: boolean) {
  const page = new Browser().newPage();
  page.url = url;
  const win = page.mainFrame.window as unknown as Window;
  const navigation = new EventTarget();
  if (withNavigation) Object.defineProperty(win, 'navigation', { value: navigation, configurable: true });
  /** What the browser does on `history.pushState`: the address changes, then `currententrychange` fires. */
  const push = (path: string) => {
    win.history.pushState({}, '', path);
    navigation.dispatchEvent(new Event('currententrychange'));
  };
  const back = (path: string) => {
    win.history.replaceState({}, '', path);
    // The page's own Event class: happy-dom's window takes no other.
    const PageEvent = (win as unknown as { Event: typeof Event }).Event;
    win.dispatchEvent(new PageEvent('popstate'));
  };
  return { win, push, back };
}

describe('addressKey', () => {
  it.each([
    [
      'https://zoek.officielebekendmakingen.nl/kst-28676-409.html#p3',
      'https://zoek.officielebekendmakingen.nl/kst-28676-409.html',
    ],
    [
      'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633',
      'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633',
    ],
  ])('%s is the document %s', (url, key) => {
    expect(addressKey(url)).toBe(key);
  });
});

describe('watchAddressChanges', () => {
  it('tells each client-side navigation (history.pushState) through the Navigation API', () => {
    const { win, push } = pageAt('https://zoek.officielebekendmakingen.nl/resultaten?q=navo', true);
    const seen: string[] = [];
    const stop = watchAddressChanges(win, (href) => seen.push(href));
    push('/kst-28676-409.html');
    push('/kst-28676-410.html');
    expect(seen).toEqual([
      'https://zoek.officielebekendmakingen.nl/kst-28676-409.html',
      'https://zoek.officielebekendmakingen.nl/kst-28676-410.html',
    ]);
    stop();
  });

  it('ignores a change of the fragment alone (a jump within the page)', () => {
    const { win, push } = pageAt('https://zoek.officielebekendmakingen.nl/resultaten?q=navo', true);
    const seen: string[] = [];
    const stop = watchAddressChanges(win, (href) => seen.push(href));
    push('#resultaat-3');
    expect(seen).toEqual([]);
    stop();
  });

  it('without the Navigation API (Firefox ESR 140), looks at the address once a second, with no listener on the window', () => {
    const { win, back } = pageAt('https://zoek.officielebekendmakingen.nl/resultaten?q=navo', false);
    const added: string[] = [];
    const addEventListener = win.addEventListener.bind(win);
    win.addEventListener = ((type: string, ...rest: [EventListener]) => {
      added.push(type);
      addEventListener(type, ...rest);
    }) as typeof win.addEventListener;
    // The timer, run by hand: `tick` is what it would call each second.
    const timer = { tick: () => undefined as void, period: 0, stopped: false };
    const every = (check: () => void, ms: number) => {
      timer.tick = check;
      timer.period = ms;
      return () => {
        timer.stopped = true;
      };
    };
    const seen: string[] = [];
    const stop = watchAddressChanges(win, (href) => seen.push(href), every);
    expect(timer.period).toBe(ADDRESS_POLL_MS);
    timer.tick();
    back('/resultaten?q=navo#3');
    timer.tick();
    expect(seen).toEqual([]);
    back('/kst-28676-409.html');
    timer.tick();
    timer.tick();
    expect(seen).toEqual(['https://zoek.officielebekendmakingen.nl/kst-28676-409.html']);
    expect(added).toEqual([]);
    stop();
    expect(timer.stopped).toBe(true);
  });

  it('uses no timer where the Navigation API is there', () => {
    const { win } = pageAt('https://zoek.officielebekendmakingen.nl/resultaten?q=navo', true);
    let timers = 0;
    const stop = watchAddressChanges(
      win,
      () => undefined,
      () => {
        timers++;
        return () => undefined;
      },
    );
    expect(timers).toBe(0);
    stop();
  });

  it('hears nothing once stopped', () => {
    const { win, push } = pageAt('https://zoek.officielebekendmakingen.nl/resultaten?q=navo', true);
    const seen: string[] = [];
    watchAddressChanges(win, (href) => seen.push(href))();
    push('/kst-28676-409.html');
    expect(seen).toEqual([]);
  });
});
