// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Language } from '../../src/i18n';
import { mountPopover, type CitationDetails } from '../../src/ui/popover';
import { mountSidebar, type TitleState } from '../../src/ui/sidebar';

// The real NAVO letter of 30 September 2022 (kst-28676-409), which cites `Kamerstuk 29 521, nr. 446`.
const NAVO = analyze({
  text: readFileSync(join(process.cwd(), 'tests/fixtures/navo-defensieministers-2022-09-30.txt'), 'utf8')
    .split('\n')
    .slice(2)
    .join('\n'),
  page: { url: 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html' },
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
  document.body.replaceChildren();
});

function host(): ShadowRoot {
  const el = document.createElement('div');
  document.body.append(el);
  return el.attachShadow({ mode: 'open' });
}

/** What the sidebar's entry of the cited paper says while its lookup stands at `state`. */
async function sidebarSays(state: Exclude<CitationDetails['state'], 'found'>, language: Language) {
  const shadow = host();
  const watchTitle = (_c: unknown, show: (s: TitleState) => void) => {
    show({ state });
    return () => undefined;
  };
  let handle!: ReturnType<typeof mountSidebar>;
  act(() => {
    handle = mountSidebar(shadow, {
      result: NAVO,
      language,
      open: true,
      onNavigate() {},
      onClose() {},
      watchTitle,
    });
  });
  cleanups.push(() => handle.unmount());
  // Answers are shown in batches (30 ms).
  await act(() => new Promise((r) => setTimeout(r, 60)));
  return shadow.querySelector('[data-section="citations"] .kl-cite-status')?.textContent;
}

/** What the popover of the same citation says at `state`. */
function popoverSays(state: Exclude<CitationDetails['state'], 'found'>, language: Language) {
  const shadow = host();
  const handle = mountPopover(shadow, {
    language,
    actions: {
      close() {},
      previousOccurrence() {},
      nextOccurrence() {},
      showDefinition() {},
      copy: async () => true,
    },
  });
  cleanups.push(() => handle.unmount());
  handle.show(
    {
      kind: 'citation',
      text: 'Kamerstuk 29 521, nr. 446',
      papers: [
        {
          type: 'kamerstuk',
          chamber: 'II',
          dossier: '29521',
          number: '446',
          year: null,
          url: 'https://zoek.officielebekendmakingen.nl/kst-29521-446.html',
          self: false,
          date: null,
          details: { state },
        },
      ],
    },
    { anchor: [], focus: false },
  );
  return shadow.querySelector('.kl-pop-details')?.textContent;
}

describe('a cited paper’s title lookup in the sidebar and the popover', () => {
  it.each([
    ['loading', 'nl', 'Titel wordt opgehaald…'],
    ['loading', 'en', 'Retrieving the title…'],
    // Offline, a timeout, a service that errs: the title could not be had now, and may be later.
    ['unavailable', 'nl', 'De titel kon nu niet worden opgehaald.'],
    ['unavailable', 'en', 'The title could not be retrieved right now.'],
    // The reader switched lookups off: says where to switch them on.
    ['disabled', 'nl', 'Titels opzoeken staat uit in de instellingen van Kamerlens.'],
    ['disabled', 'en', 'Title lookups are turned off in the Kamerlens settings.'],
    // Neither service knows the paper.
    ['not-found', 'nl', 'Geen titel van dit stuk gevonden.'],
    ['not-found', 'en', 'No title found for this paper.'],
  ] as const)('say the same when it is %s (%s)', async (state, language, sentence) => {
    expect(await sidebarSays(state, language)).toBe(sentence);
    expect(popoverSays(state, language)).toBe(sentence);
  });
});
