import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerFromLookup, apiTitleLookupLoader } from '../../src/messaging/title-lookup-port';
import { BRIEF, documentRecords } from '../api/fixtures';
import { closedPortUrl, startServer, type LocalServer } from '../api/local-server';
import { memoryStorageArea } from '../helpers/memory-storage-area';

describe('answerFromLookup', () => {
  it('turns details into a found answer, whitespace collapsed', () => {
    expect(
      answerFromLookup({
        title: 'Preventief\n  gezondheidsbeleid; Brief regering; Voortgang productverbetering',
        kind: 'Brief regering',
        date: '2015-12-17',
        dossierTitle: 'Preventief gezondheidsbeleid',
        source: 'koop-sru',
      }),
    ).toEqual({
      state: 'found',
      title: 'Preventief gezondheidsbeleid; Brief regering; Voortgang productverbetering',
      kind: 'Brief regering',
      kindEn: 'Letter from the government',
      date: '2015-12-17',
      dossierTitle: 'Preventief gezondheidsbeleid',
      source: 'koop-sru',
    });
  });

  it('keeps only what is well formed, and bounds the title', () => {
    const answer = answerFromLookup({
      title: 'x'.repeat(50_000),
      kind: 7,
      date: '17 december 2015',
      dossierTitle: '',
    });
    expect(answer).toEqual({
      state: 'found',
      title: 'x'.repeat(1000),
      kind: null,
      kindEn: null,
      date: null,
      dossierTitle: null,
      source: null,
    });
  });

  // The kind in English beside the Dutch, from the kinds the services really return (src/api/paper-kinds.ts).
  it.each([
    ['Motie', 'Motion'], // Tweede Kamer OData Soort
    ['Verslag van een schriftelijk overleg', 'Report of a written consultation'],
    ['Brief', 'Letter'], // KOOP SRU subrubriek
    ['Kamervragen (Aanhangsel)', 'Parliamentary questions (Appendix to the Proceedings)'],
    // Whitespace collapsed first, as for the Dutch shown.
    ['Verslag van een\n  schriftelijk overleg', 'Report of a written consultation'],
    // Unknown: no English, the Dutch is shown as given.
    ['omgevingsvergunning', null],
  ])('gives the kind %j in English too: %j', (kind, kindEn) => {
    expect(answerFromLookup({ title: 'Een stuk', kind, source: 'tk-odata' })).toMatchObject({
      state: 'found',
      kind: kind.replace(/\s+/g, ' '),
      kindEn,
    });
  });

  it.each<[unknown, string, string | undefined]>([
    [{ state: 'not-found', message: 'no such paper' }, 'not-found', undefined],
    [{ state: 'disabled', message: 'off' }, 'disabled', undefined],
    [{ state: 'timeout', message: 'No answer within 5 s' }, 'unavailable', 'timeout'],
    [{ state: 'offline', message: 'Could not reach the service' }, 'unavailable', 'offline'],
    [{ state: 'http-error', message: 'HTTP 503' }, 'unavailable', 'http-error'],
    [{ state: 'malformed', message: 'not XML' }, 'unavailable', 'malformed'],
    [{ state: 'exploded', message: '?' }, 'unavailable', undefined],
    [{ title: '' }, 'unavailable', undefined],
    [null, 'unavailable', undefined],
    ['Brief regering', 'unavailable', undefined],
  ])('%j → %s (%s)', (result, state, reason) => {
    expect(answerFromLookup(result)).toEqual(reason ? { state, reason } : { state });
  });
});

describe('apiTitleLookupLoader', () => {
  // Only answers that need no network: the switch, and a citation naming no single paper.
  const storage = { get: async () => ({}), set: async () => undefined, remove: async () => undefined };
  const paper = {
    type: 'kamerstuk' as const,
    chamber: null,
    dossier: '32793',
    number: '176',
    year: null,
    item: null,
  };

  it('builds the src/api lookups, which honour the setting', async () => {
    const port = await apiTitleLookupLoader({ storage, lookupsEnabled: async () => false })();
    expect(port).not.toBeNull();
    expect(answerFromLookup(await port?.lookup({ ...paper, id: 'kst-32793-176' }))).toEqual({
      state: 'disabled',
    });
  });

  it('answers not-found for a citation that names no single paper', async () => {
    const port = await apiTitleLookupLoader({ storage, lookupsEnabled: async () => true })();
    expect(answerFromLookup(await port?.lookup({ ...paper, id: null }))).toEqual({ state: 'not-found' });
  });
});

describe('apiTitleLookupLoader with the developer override of the base URLs (devApiBaseUrls)', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startServer();
    // The real Brief regering record behind `Kamerstuk 21 501-30, nr. 679`, in the OData envelope;
    // each base path answers with its own name in the title, so the test sees which server answered.
    server.handle((req: IncomingMessage, res: ServerResponse) => {
      const base = (req.url ?? '').split('/')[1] ?? '';
      const record = documentRecords().find((r) => r.DocumentNummer === '2025D41319');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ value: [{ ...record, Onderwerp: `Verslag (${base})` }] }));
    });
  });
  afterAll(() => server.close());

  it('asks the overridden server, rebuilds when the override changes, and caches per server', async () => {
    const storage = memoryStorageArea();
    let override: unknown = { tkOData: `${server.url}/one`, sru: `${server.url}/sru-one` };
    const port = await apiTitleLookupLoader({
      storage,
      lookupsEnabled: async () => true,
      devApiBaseUrls: async () => override,
    })();
    const before = server.requests.length;
    expect(answerFromLookup(await port?.lookup(BRIEF))).toMatchObject({
      state: 'found',
      title: 'Verslag (one)',
      kind: 'Brief regering',
      kindEn: 'Letter from the government',
      date: '2025-09-24',
    });
    // Second time: from the cache, no request; the English kind too (the cache keeps the service's Dutch).
    expect(answerFromLookup(await port?.lookup(BRIEF))).toMatchObject({
      title: 'Verslag (one)',
      kindEn: 'Letter from the government',
    });
    expect(server.requests.slice(before).map((u) => u.split('?')[0])).toEqual(['/one/Document']);

    // A changed override is obeyed on the next lookup, with a cache of its own.
    override = { tkOData: `${server.url}/two`, sru: `${server.url}/sru-two` };
    expect(answerFromLookup(await port?.lookup(BRIEF))).toMatchObject({ title: 'Verslag (two)' });
    expect(server.requests.slice(before).map((u) => u.split('?')[0])).toEqual([
      '/one/Document',
      '/two/Document',
    ]);
    // Beside the titles, the day the cache was last pruned.
    const keys = [...storage.data.keys()].filter((k) => k !== 'kamerlens:title-pruned-at');
    expect(keys).toHaveLength(2);
    expect(keys.every((k) => k.includes(server.url) && k.endsWith(':kst-21501-30-679'))).toBe(true);
  });

  it('answers a title cached before kinds had English with the English kind', async () => {
    // As the cache stored it: the service's details, the kind in Dutch only. Within a week: still fresh.
    const storage = memoryStorageArea();
    const details = {
      title: 'Verslag van een schriftelijk overleg over o.a. de geannoteerde agenda',
      kind: 'Brief regering',
      date: '2025-09-24',
      dossierTitle: 'Raad voor Concurrentievermogen',
      source: 'tk-odata',
    };
    // Services where nothing listens: an answer can only come from the cache (kept under their names).
    const closed = await closedPortUrl();
    const key = `kamerlens:title@${closed}/tk|${closed}/sru:kst-21501-30-679`;
    storage.data.set(key, { v: 1, savedAt: Date.now() - 3600_000, result: details });
    const port = await apiTitleLookupLoader({
      storage,
      lookupsEnabled: async () => true,
      devApiBaseUrls: async () => ({ tkOData: `${closed}/tk`, sru: `${closed}/sru` }),
    })();
    expect(answerFromLookup(await port?.lookup(BRIEF))).toEqual({
      state: 'found',
      ...details,
      kindEn: 'Letter from the government',
    });
  });

  it('takes expired titles out of storage when it starts', async () => {
    const storage = memoryStorageArea();
    const expired = {
      v: 1,
      savedAt: Date.now() - 30 * 24 * 3600_000,
      result: { state: 'not-found', message: 'x' },
    };
    storage.data.set('kamerlens:title:kst-1-1', expired);
    await apiTitleLookupLoader({ storage, lookupsEnabled: async () => false })();
    await expect.poll(() => storage.data.has('kamerlens:title:kst-1-1')).toBe(false);
  });

  it('ignores an override that fails validation (the real services stay in place)', async () => {
    // Only the request count is checked: an ignored override must not reach this server either.
    const storage = memoryStorageArea();
    const port = await apiTitleLookupLoader({
      storage,
      lookupsEnabled: async () => false,
      devApiBaseUrls: async () => ({ tkOData: 'ftp://127.0.0.1/odata' }),
    })();
    expect(answerFromLookup(await port?.lookup(BRIEF))).toEqual({ state: 'disabled' });
  });

  it('treats a failing read of the override as no override', async () => {
    const port = await apiTitleLookupLoader({
      storage: memoryStorageArea(),
      lookupsEnabled: async () => false,
      devApiBaseUrls: () => Promise.reject(new Error('storage gone')),
    })();
    expect(answerFromLookup(await port?.lookup(BRIEF))).toEqual({ state: 'disabled' });
  });
});
