/**
 * Title lookups end to end: the real built extension's background, pointed at local stub services
 * through the developer override `devApiBaseUrls` in storage.local, answers `lookup-title` messages
 * sent from an extension page exactly as the content script sends them.
 *
 * Each scenario gets its own base paths on the stub server (`/ok/tk`, `/http500/sru`, …), so the
 * override changes between scenarios and the request log shows which service was asked how often.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RouteHandler } from '../../scripts/lib/fixture-server.mjs';
import { documentRecords } from '../api/fixtures';
import { hangingStub, stubAnswer, useHarness } from './harness';

/** The slice of the extension API an extension page uses here. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/**
 * `Kamerstuk 21 501-30, nr. 679` as the citation parser gives it: the Brief regering whose real
 * OData record (2025D41319) is in tests/fixtures/reference/tk-api/.
 */
const PAPER = {
  type: 'kamerstuk',
  chamber: 'II',
  dossier: '21501-30',
  number: '679',
  year: null,
  item: null,
  id: 'kst-21501-30-679',
};

/** The OData answer: the real record in the v4 envelope, with its dossier expanded as the client asks. */
function odataAnswer(): string {
  const record = documentRecords().find((r) => r.DocumentNummer === '2025D41319');
  return JSON.stringify({
    '@odata.context': 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Document',
    value: [
      {
        ...record,
        Kamerstukdossier: [{ Nummer: 21501, Toevoeging: '30', Titel: 'Raad voor Concurrentievermogen' }],
      },
    ],
  });
}

const SRU_EMPTY = `<?xml version="1.0"?>
<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">
  <sru:version>2.0</sru:version><sru:numberOfRecords>0</sru:numberOfRecords>
</sru:searchRetrieveResponse>`;

/** Requests the stub services saw, as `path?query`, in order. */
const seen: string[] = [];

/** `stub`, with the requests it gets written down in `seen`. */
function logged(stub: RouteHandler): RouteHandler {
  return (req, res) => {
    seen.push(req.url ?? '');
    return stub(req, res);
  };
}
const answer = (status: number, body: string, type: string) => logged(stubAnswer(status, body, type));
const never = () => logged(hangingStub());

/** One scenario: how the TK OData stub and the SRU stub answer under `/<name>/tk` and `/<name>/sru`. */
const SCENARIOS: Record<string, { tk: RouteHandler; sru: RouteHandler }> = {
  ok: { tk: answer(200, odataAnswer(), 'application/json'), sru: answer(200, SRU_EMPTY, 'application/xml') },
  together: {
    tk: answer(200, odataAnswer(), 'application/json'),
    sru: answer(200, SRU_EMPTY, 'application/xml'),
  },
  http500: {
    tk: answer(500, 'Internal Server Error', 'text/plain'),
    sru: answer(500, 'Internal Server Error', 'text/plain'),
  },
  garbage: {
    tk: answer(200, '<html><body>Onderhoud</body></html>', 'text/html'),
    sru: answer(200, '{"not":"xml"}', 'application/json'),
  },
  empty: {
    tk: answer(200, '{"@odata.context":"…/$metadata#Document","value":[]}', 'application/json'),
    sru: answer(200, SRU_EMPTY, 'application/xml'),
  },
  timeout: { tk: never(), sru: never() },
  disabled: {
    tk: answer(200, odataAnswer(), 'application/json'),
    sru: answer(200, SRU_EMPTY, 'application/xml'),
  },
};

const extraRoutes: Record<string, RouteHandler> = {};
for (const [name, s] of Object.entries(SCENARIOS)) {
  // The fixture server routes by host + path; the OData client appends `/Document` to its base.
  extraRoutes[`127.0.0.1/${name}/tk/Document`] = s.tk;
  extraRoutes[`127.0.0.1/${name}/sru`] = s.sru;
}

const h = useHarness({ routes: extraRoutes });
/** An extension page: its `chrome.runtime.sendMessage` reaches the background as a content script's does. */
let page: Page;
beforeAll(async () => {
  page = h.keep(await h.openExtensionPage('popup.html'));
});

/** A port on which nothing listens: bound, then freed. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

/** Points the background's lookups at a scenario's stubs. */
function useScenario(name: string, timeoutMs?: number): Promise<void> {
  return h.pointServicesAt(`http://127.0.0.1:${h.port}/${name}`, timeoutMs);
}

function lookupTitle(paper: Record<string, unknown> = PAPER): Promise<unknown> {
  return page.evaluate((paper) => chrome.runtime.sendMessage({ type: 'lookup-title', paper }), paper);
}

/** The requests a scenario's stubs saw, as `tk` / `sru` (the service asked). */
function requestsOf(name: string): string[] {
  return seen
    .filter((u) => u.startsWith(`/${name}/`))
    .map((u) => (u.startsWith(`/${name}/tk/`) ? 'tk' : 'sru'));
}

describe('title lookups through the background of the built extension', () => {
  it('answers the title from the Tweede Kamer API, and the second time from the cache', async () => {
    await useScenario('ok');
    expect(await lookupTitle()).toEqual({
      state: 'found',
      title:
        'Verslag van een schriftelijk overleg over o.a. de geannoteerde agenda Raad voor Concurrentievermogen 29 en 30 september (Kamerstuk 21501-30-678)',
      kind: 'Brief regering',
      kindEn: 'Letter from the government',
      date: '2025-09-24',
      dossierTitle: 'Raad voor Concurrentievermogen',
      source: 'tk-odata',
    });
    // The request the content script's citation turned into: the tkapi filter for this paper.
    const url = decodeURIComponent(seen.find((u) => u.startsWith('/ok/tk/')) ?? '');
    expect(url).toContain('Volgnummer eq 679');
    expect(url).toContain("d/Toevoeging eq '30'");

    const again = await lookupTitle();
    expect(again).toMatchObject({
      state: 'found',
      kind: 'Brief regering',
      kindEn: 'Letter from the government',
    });
    expect(requestsOf('ok')).toEqual(['tk']);
  });

  it('sends one request for two tabs asking at the same moment', async () => {
    await useScenario('together');
    const answers = await Promise.all([lookupTitle(), lookupTitle()]);
    expect(answers.map((a) => (a as { state: string }).state)).toEqual(['found', 'found']);
    expect(requestsOf('together')).toEqual(['tk']);
  });

  it.each([
    // Both services fail the same way; the answer says "no details now", with the reason.
    ['http500', { state: 'unavailable', reason: 'http-error' }],
    ['garbage', { state: 'unavailable', reason: 'malformed' }],
    // An empty result is an answer: neither service knows the paper.
    ['empty', { state: 'not-found' }],
  ])('gives a clean state for %s', async (name, expected) => {
    await useScenario(name);
    expect(await lookupTitle()).toEqual(expected);
    // The Tweede Kamer API first, then KOOP SRU, each asked once.
    expect(requestsOf(name)).toEqual(['tk', 'sru']);
  });

  it('gives up on services that never answer (timeout)', async () => {
    await useScenario('timeout', 500);
    expect(await lookupTitle()).toEqual({ state: 'unavailable', reason: 'timeout' });
    expect(requestsOf('timeout')).toEqual(['tk', 'sru']);
  });

  it('reports offline when nothing listens (connection refused)', async () => {
    const port = await closedPort();
    await h.pointServicesAt(`http://127.0.0.1:${port}`);
    expect(await lookupTitle()).toEqual({ state: 'unavailable', reason: 'offline' });
  });

  it('makes no request at all when lookups are turned off in the settings', async () => {
    await useScenario('disabled');
    await h.setStorage({ titleLookups: false });
    try {
      expect(await lookupTitle()).toEqual({ state: 'disabled' });
      expect(await lookupTitle({ ...PAPER, number: '678', id: 'kst-21501-30-678' })).toEqual({
        state: 'disabled',
      });
      expect(requestsOf('disabled')).toEqual([]);
    } finally {
      await h.setStorage({ titleLookups: true });
    }
    // Turned on again: the same request is made and answered.
    expect(await lookupTitle()).toMatchObject({ state: 'found' });
    expect(requestsOf('disabled')).toEqual(['tk']);
  });

  it('refuses a malformed request instead of asking anyone', async () => {
    await useScenario('ok');
    const before = seen.length;
    // Nobody answers a message outside the protocol (the send resolves empty or rejects).
    const answer = await lookupTitle({ ...PAPER, type: 'novel' }).catch(() => undefined);
    expect(answer).toBeUndefined();
    expect(seen.length).toBe(before);
  });
});
