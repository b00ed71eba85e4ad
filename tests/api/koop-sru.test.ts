import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KoopSruClient, parseSruAnswer, sruQuery } from '../../src/api';
import { makeRef } from '../../src/core/citations/paper-id';
import { KOOP, NAVO_PAPER, SRU_DIAGNOSTIC, SRU_EMPTY, SRU_KST_29521_446, readFixture } from './fixtures';
import { closedPortUrl, hang, reply, startServer, type LocalServer } from './local-server';

describe('KOOP SRU: parsing without DOMParser', () => {
  it('reads documenttitel, dossiertitel, kind and date from a namespaced answer', () => {
    expect(parseSruAnswer(SRU_KST_29521_446)).toEqual({
      title: 'Brief van de ministers van Buitenlandse Zaken en van Defensie over de inzet in Irak & de regio',
      kind: 'Brief',
      date: '2022-06-17',
      dossierTitle: 'Nederlandse deelname aan vredesmissies',
      source: 'koop-sru',
    });
  });

  it('reads the real (namespace-stripped) SRU record from wetsuite', () => {
    const record = readFixture(join(KOOP, 'wetsuite_searchrec_sru_record.xml'));
    const body = `<searchRetrieveResponse><numberOfRecords>1</numberOfRecords><records>${record}</records></searchRetrieveResponse>`;
    expect(parseSruAnswer(body)).toEqual({
      title:
        'Ingekomen melding, Frater Romboutsstraat 42 5571KZ Bergeijk, verwijderen van asbest van het dak',
      kind: 'omgevingsvergunning',
      date: '2023-04-20',
      dossierTitle: null,
      source: 'koop-sru',
    });
  });

  it.each([
    { name: 'no records', body: SRU_EMPTY, state: 'not-found' },
    { name: 'an SRU diagnostic', body: SRU_DIAGNOSTIC, state: 'malformed' },
    { name: 'HTML', body: '<html><body>Onderhoud</body></html>', state: 'malformed' },
    { name: 'JSON', body: '{"records":[]}', state: 'malformed' },
    {
      name: 'a record without a title',
      body: '<record><recordData><x>1</x></recordData></record>',
      state: 'malformed',
    },
    { name: 'an unclosed record', body: '<searchRetrieveResponse><record><title>Half', state: 'not-found' },
  ])('turns $name into $state', ({ body, state }) => {
    expect(parseSruAnswer(body)).toMatchObject({ state });
  });

  // Malformed answers of about the largest size read (4 MB): each gives a result, read in one linear pass. A
  // lazy `<record>…</record>` pattern took 0.3 s on 128 KB of unclosed tags and minutes on 4 MB, holding the
  // background (and every page's analysis) meanwhile. No time is asserted: a quadratic read does not finish
  // before the timeout.
  const filled = (head: string, unit: string, tail = '') =>
    head + unit.repeat(Math.floor(3_900_000 / unit.length)) + tail;
  it.each([
    ['unclosed records', filled('<searchRetrieveResponse>', '<record>'), 'not-found'],
    ['opening tags without their >', filled('<searchRetrieveResponse>', '<record '), 'not-found'],
    [
      'unclosed titles in a record',
      filled('<searchRetrieveResponse><record>', '<title>', '</record>'),
      'malformed',
    ],
    ['empty records', filled('<searchRetrieveResponse>', '<record></record>'), 'malformed'],
    [
      'closing tags of another name',
      filled('<searchRetrieveResponse>', '</aaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
      'not-found',
    ],
  ])('reads megabytes of %s in linear time: %s', { timeout: 30_000 }, (_name, body, state) => {
    expect(parseSruAnswer(body)).toMatchObject({ state });
  });

  it.each([
    ['stray < in a title', '<x '],
    ['unclosed CDATA sections in a title', '<![CDATA['],
    ['broken entities in a title', '&#x'],
  ])('reads megabytes of %s in linear time, as text', { timeout: 30_000 }, (_name, unit) => {
    const answer = parseSruAnswer(
      filled('<searchRetrieveResponse><record><title>', unit, '</title></record>'),
    );
    expect('title' in answer && answer.title.length).toBeGreaterThan(1_000_000);
  });

  it('builds the documented query for a Kamerstuk and an identifier query otherwise', () => {
    expect(sruQuery(NAVO_PAPER)).toBe('(w.dossiernummer=29521 AND w.ondernummer=446 AND dt.type=Kamerstuk)');
    expect(
      sruQuery(
        makeRef({
          type: 'kamerstuk',
          chamber: 'II',
          dossier: '21501-28',
          number: '255',
          year: null,
          item: null,
        }),
      ),
    ).toBe('(w.dossiernummer="21501-28" AND w.ondernummer=255 AND dt.type=Kamerstuk)');
    expect(
      sruQuery(
        makeRef({
          type: 'staatscourant',
          chamber: null,
          dossier: null,
          number: '7182',
          year: '2021',
          item: null,
        }),
      ),
    ).toBe('dt.identifier="stcrt-2021-7182"');
    expect(
      sruQuery(
        makeRef({
          type: 'handelingen',
          chamber: 'II',
          dossier: null,
          number: '82',
          year: '2021-2022',
          item: null,
        }),
      ),
    ).toBeNull();
  });
});

describe('KOOP SRU client against a local server', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  const client = (timeoutMs = 3000): KoopSruClient =>
    new KoopSruClient({ baseUrl: `${server.url}/sru`, timeoutMs });

  it('answers a title request (success)', async () => {
    server.handle(reply(200, SRU_KST_29521_446, 'application/xml'));
    const before = server.requests.length;
    expect(await client().lookup(NAVO_PAPER)).toMatchObject({
      dossierTitle: 'Nederlandse deelname aan vredesmissies',
    });
    const url = decodeURIComponent(server.requests[before] ?? '');
    expect(url).toContain(
      '/sru?operation=searchRetrieve&version=2.0&query=(w.dossiernummer=29521 AND w.ondernummer=446',
    );
    expect(url).toContain('httpAccept=application/xml');
  });

  it('gives up after the timeout', async () => {
    server.handle(hang());
    expect(await client(300).lookup(NAVO_PAPER)).toMatchObject({ state: 'timeout' });
  });

  it('reports HTTP 500', async () => {
    server.handle(reply(500, 'boom', 'text/plain'));
    expect(await client().lookup(NAVO_PAPER)).toMatchObject({ state: 'http-error' });
  });

  it('reports a garbage body as malformed', async () => {
    server.handle(reply(200, '\u0000\u0001garbage', 'application/xml'));
    expect(await client().lookup(NAVO_PAPER)).toMatchObject({ state: 'malformed' });
  });

  it('reports an empty result as not found', async () => {
    server.handle(reply(200, SRU_EMPTY, 'application/xml'));
    expect(await client().lookup(NAVO_PAPER)).toMatchObject({ state: 'not-found' });
  });

  it('reports a refused connection as offline', async () => {
    const offline = new KoopSruClient({ baseUrl: await closedPortUrl(), timeoutMs: 3000 });
    expect(await offline.lookup(NAVO_PAPER)).toMatchObject({ state: 'offline' });
  });
});
