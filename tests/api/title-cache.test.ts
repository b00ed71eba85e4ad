import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FirstAnswerClient,
  KoopSruClient,
  TitleCache,
  TkODataClient,
  memoryStorage,
  storageAreaAdapter,
  type KeyValueStorage,
} from '../../src/api';
import { makeRef } from '../../src/core/citations/paper-id';
import { NAVO_PAPER, SRU_KST_29521_446 } from './fixtures';
import { closedPortUrl, reply, startServer, type LocalServer } from './local-server';

const TK_ANSWER = JSON.stringify({
  value: [
    {
      Soort: 'Brief regering',
      Titel: 'Nederlandse deelname aan vredesmissies',
      Onderwerp: 'Inzet in Irak',
      Datum: '2022-06-17T00:00:00+02:00',
      Verwijderd: false,
    },
  ],
});

describe('title cache against a local server', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  function setup(options: { now?: () => number; enabled?: () => boolean; storage?: KeyValueStorage } = {}) {
    const client = new TkODataClient({ baseUrl: server.url, timeoutMs: 2000 });
    const storage = options.storage ?? memoryStorage();
    const cache = new TitleCache({ client, storage, now: options.now, lookupsEnabled: options.enabled });
    return { cache, storage };
  }

  it('answers a title request and serves the second from cache (one request)', async () => {
    server.handle(reply(200, TK_ANSWER));
    const before = server.requests.length;
    const { cache } = setup();
    const first = await cache.lookup(NAVO_PAPER);
    const second = await cache.lookup(NAVO_PAPER);
    expect(first).toMatchObject({
      title: 'Inzet in Irak',
      dossierTitle: 'Nederlandse deelname aan vredesmissies',
    });
    expect(second).toEqual(first);
    expect(server.requests.length - before).toBe(1);
  });

  it('deduplicates concurrent lookups of one paper (one request)', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.handle((_req, res) => {
      void gate.then(() => reply(200, TK_ANSWER)(_req, res));
    });
    const before = server.requests.length;
    const { cache } = setup();
    const pending = [cache.lookup(NAVO_PAPER), cache.lookup(NAVO_PAPER), cache.lookup({ ...NAVO_PAPER })];
    await new Promise((r) => setTimeout(r, 50));
    release();
    const results = await Promise.all(pending);
    expect(results.every((r) => 'title' in r && r.title === 'Inzet in Irak')).toBe(true);
    expect(server.requests.length - before).toBe(1);
  });

  it('asks again once the entry has expired', async () => {
    server.handle(reply(200, TK_ANSWER));
    let now = 1_000_000;
    const before = server.requests.length;
    const { cache } = setup({ now: () => now });
    await cache.lookup(NAVO_PAPER);
    now += 8 * 24 * 60 * 60 * 1000;
    await cache.lookup(NAVO_PAPER);
    expect(server.requests.length - before).toBe(2);
  });

  it('does not cache failures: after HTTP 500 the next lookup asks again', async () => {
    server.handle(reply(500, 'boom', 'text/plain'));
    const before = server.requests.length;
    const { cache } = setup();
    expect(await cache.lookup(NAVO_PAPER)).toMatchObject({ state: 'http-error' });
    server.handle(reply(200, TK_ANSWER));
    expect(await cache.lookup(NAVO_PAPER)).toMatchObject({ title: 'Inzet in Irak' });
    expect(server.requests.length - before).toBe(2);
  });

  it('caches not-found for a while (one request for two lookups)', async () => {
    server.handle(reply(200, '{"value":[]}'));
    const before = server.requests.length;
    const { cache } = setup();
    expect(await cache.lookup(NAVO_PAPER)).toMatchObject({ state: 'not-found' });
    expect(await cache.lookup(NAVO_PAPER)).toMatchObject({ state: 'not-found' });
    expect(server.requests.length - before).toBe(1);
  });

  it('makes no request when lookups are turned off', async () => {
    server.handle(reply(200, TK_ANSWER));
    const before = server.requests.length;
    const { cache } = setup({ enabled: () => false });
    expect(await cache.lookupsEnabled()).toBe(false);
    expect(await cache.lookup(NAVO_PAPER)).toMatchObject({ state: 'disabled' });
    expect(server.requests.length - before).toBe(0);
  });

  it('treats garbage in storage as a miss, and survives a storage that throws', async () => {
    server.handle(reply(200, TK_ANSWER));
    const garbage = memoryStorage();
    await garbage.set('kamerlens:title:kst-29521-446', { v: 1, savedAt: 'yesterday', result: '<b>x</b>' });
    expect(await setup({ storage: garbage }).cache.lookup(NAVO_PAPER)).toMatchObject({
      title: 'Inzet in Irak',
    });
    const broken: KeyValueStorage = {
      get: () => Promise.reject(new Error('storage gone')),
      set: () => Promise.reject(new Error('quota')),
    };
    expect(await setup({ storage: broken }).cache.lookup(NAVO_PAPER)).toMatchObject({
      title: 'Inzet in Irak',
    });
  });

  it('reports offline cleanly through the cache', async () => {
    const cache = new TitleCache({
      client: new TkODataClient({ baseUrl: await closedPortUrl(), timeoutMs: 2000 }),
      storage: memoryStorage(),
    });
    expect(await cache.lookup(NAVO_PAPER)).toMatchObject({ state: 'offline' });
  });

  it('does not look up citations without a single paper (Handelingen without item)', async () => {
    const before = server.requests.length;
    const { cache } = setup();
    const handelingen = makeRef({
      type: 'handelingen',
      chamber: 'II',
      dossier: null,
      number: '82',
      year: '2021-2022',
      item: null,
    });
    expect(await cache.lookup(handelingen)).toMatchObject({ state: 'not-found' });
    expect(server.requests.length - before).toBe(0);
  });

  it('falls back from the Tweede Kamer API to KOOP SRU', async () => {
    server.handle((req, res) => {
      if ((req.url ?? '').startsWith('/sru')) reply(200, SRU_KST_29521_446, 'application/xml')(req, res);
      else reply(200, '{"value":[]}')(req, res);
    });
    const chain = new FirstAnswerClient([
      new TkODataClient({ baseUrl: server.url }),
      new KoopSruClient({ baseUrl: `${server.url}/sru` }),
    ]);
    expect(await chain.lookup(NAVO_PAPER)).toMatchObject({ source: 'koop-sru', kind: 'Brief' });
    const offline = new FirstAnswerClient([
      new TkODataClient({ baseUrl: server.url }),
      new KoopSruClient({ baseUrl: await closedPortUrl() }),
    ]);
    expect(await offline.lookup(NAVO_PAPER)).toMatchObject({ state: 'offline' });
  });
});

describe('storageAreaAdapter', () => {
  it('speaks the browser.storage.local shape ({ [key]: value })', async () => {
    const area = new Map<string, unknown>();
    const storage = storageAreaAdapter({
      get: async (key) => (area.has(key) ? { [key]: area.get(key) } : {}),
      set: async (items) => {
        for (const [k, v] of Object.entries(items)) area.set(k, v);
      },
    });
    expect(await storage.get('a')).toBeUndefined();
    await storage.set('a', { x: 1 });
    expect(await storage.get('a')).toEqual({ x: 1 });
  });
});
