import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TkODataClient, parseTkAnswer, tkFilter } from '../../src/api';
import { TK_DOCUMENT_FIELDS, TK_DOSSIER_FIELDS } from '../../src/api/tk-odata';
import { makeRef } from '../../src/core/citations/paper-id';
import { BRIEF, NAVO_PAPER, TK_API, documentRecords, readFixture } from './fixtures';
import { closedPortUrl, hang, reply, startServer, type LocalServer } from './local-server';

describe('Tweede Kamer OData: parsing the real records', () => {
  it('reads title, kind, date and dossier title from the real Document records (bare value array)', () => {
    const records = documentRecords();
    const brief = records.find((r) => r.DocumentNummer === '2025D41319');
    expect(parseTkAnswer(JSON.stringify([brief]))).toEqual({
      title:
        'Verslag van een schriftelijk overleg over o.a. de geannoteerde agenda Raad voor Concurrentievermogen 29 en 30 september (Kamerstuk 21501-30-678)',
      kind: 'Brief regering',
      date: '2025-09-24',
      dossierTitle: 'Raad voor Concurrentievermogen',
      source: 'tk-odata',
    });
  });

  it('gives details for every live record that has a subject or title', () => {
    for (const record of documentRecords()) {
      const result = parseTkAnswer(JSON.stringify({ value: [record] }));
      if (record.Verwijderd === true) {
        // Deleted records in the real data carry no fields at all: not a paper to show.
        expect(result).toHaveProperty('state', 'not-found');
      } else if (typeof record.Onderwerp === 'string' || typeof record.Titel === 'string') {
        expect(result, String(record.DocumentNummer)).toHaveProperty('title');
      } else {
        expect(result).toHaveProperty('state', 'malformed');
      }
    }
  });

  it('reads a Zaak with $expand=Document (the real Zaak record)', () => {
    const body = readFixture(join(TK_API, 'motiematcher_odata_Zaak_expand_Document_0006f304.json'));
    expect(parseTkAnswer(body)).toMatchObject({
      title: expect.stringContaining('Gewijzigde motie van het lid Podt c.s.'),
      kind: 'Motie (gewijzigd/nader)',
      date: '2025-02-18',
      dossierTitle: 'Vreemdelingenbeleid',
    });
  });

  it('asks only for fields the real $metadata defines', () => {
    const metadata = readFixture(join(TK_API, 'motiematcher_odata_v4_metadata.xml'));
    const entity = (name: string): string => {
      const start = metadata.indexOf(`<EntityType Name="${name}"`);
      return metadata.slice(start, metadata.indexOf('</EntityType>', start));
    };
    for (const f of TK_DOCUMENT_FIELDS) expect(entity('Document')).toContain(`<Property Name="${f}"`);
    for (const f of TK_DOSSIER_FIELDS) expect(entity('Kamerstukdossier')).toContain(`<Property Name="${f}"`);
    expect(entity('Document')).toContain('<NavigationProperty Name="Kamerstukdossier"');
  });

  it.each([
    { body: 'not json <html>', state: 'malformed' },
    { body: '{"error":{"code":"500"}}', state: 'malformed' },
    { body: '{"value":"nope"}', state: 'malformed' },
    { body: '{"value":[{"Onderwerp":42,"Titel":null}]}', state: 'malformed' },
    { body: '{"value":[]}', state: 'not-found' },
    { body: '{"value":[{"Onderwerp":"Weg","Verwijderd":true}]}', state: 'not-found' },
    { body: 'null', state: 'malformed' },
  ])('turns an odd body into a clean state: $body → $state', ({ body, state }) => {
    expect(parseTkAnswer(body)).toMatchObject({ state });
  });

  it('builds the tkapi filter forms (domain.md §4)', () => {
    expect(
      tkFilter(
        makeRef({
          type: 'kamerstuk',
          chamber: 'II',
          dossier: '21501-28',
          number: '255',
          year: null,
          item: null,
        }),
      ),
    ).toBe(
      "Verwijderd eq false and Volgnummer eq 255 and Kamerstukdossier/any(d: d/Nummer eq 21501) and Kamerstukdossier/any(d: d/Toevoeging eq '28')",
    );
    expect(tkFilter(NAVO_PAPER)).toBe(
      'Verwijderd eq false and Volgnummer eq 446 and Kamerstukdossier/any(d: d/Nummer eq 29521)',
    );
    // Aanhangselnummer as in the real records: 2025-2026 nr. 133 → 252600133.
    expect(
      tkFilter(
        makeRef({
          type: 'aanhangsel',
          chamber: 'II',
          dossier: null,
          number: '133',
          year: '2025-2026',
          item: null,
        }),
      ),
    ).toBe("Verwijderd eq false and Aanhangselnummer eq '252600133'");
    expect(
      tkFilter(
        makeRef({ type: 'kamerstuk', chamber: 'I', dossier: '35261', number: 'B', year: null, item: null }),
      ),
    ).toBeNull();
    expect(
      tkFilter(
        makeRef({ type: 'staatsblad', chamber: null, dossier: null, number: '12', year: '2021', item: null }),
      ),
    ).toBeNull();
  });
});

describe('Tweede Kamer OData client against a local server', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const client = (timeoutMs = 3000): TkODataClient =>
    new TkODataClient({ baseUrl: `${server.url}/OData/v4/2.0`, timeoutMs });

  it('answers a title request (success)', async () => {
    const record = documentRecords().find((r) => r.DocumentNummer === '2025D41319');
    const envelope = {
      '@odata.context': 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Document',
      value: [
        {
          ...record,
          Kamerstukdossier: [{ Nummer: 21501, Toevoeging: '30', Titel: 'Raad voor Concurrentievermogen' }],
        },
      ],
    };
    server.handle(reply(200, JSON.stringify(envelope)));
    const before = server.requests.length;
    const result = await client().lookup(BRIEF);
    expect(result).toMatchObject({
      title: expect.stringContaining('Verslag van een schriftelijk overleg'),
      kind: 'Brief regering',
    });
    const url = decodeURIComponent(server.requests[before] ?? '');
    expect(url).toContain('/OData/v4/2.0/Document?$filter=Verwijderd eq false and Volgnummer eq 679');
    expect(url).toContain("d/Toevoeging eq '30'");
  });

  it('gives up after the timeout', async () => {
    server.handle(hang());
    // The server never answers: only the client's own 300 ms timeout can end the lookup.
    expect(await client(300).lookup(BRIEF)).toMatchObject({ state: 'timeout' });
  });

  it('reports HTTP 500', async () => {
    server.handle(reply(500, 'Internal Server Error', 'text/plain'));
    expect(await client().lookup(BRIEF)).toMatchObject({
      state: 'http-error',
      message: expect.stringContaining('500'),
    });
  });

  it('reports a garbage body as malformed', async () => {
    server.handle(reply(200, '<html>Onderhoud</html>', 'text/html'));
    expect(await client().lookup(BRIEF)).toMatchObject({ state: 'malformed' });
  });

  it('reports an empty result as not found', async () => {
    server.handle(reply(200, '{"value":[]}'));
    expect(await client().lookup(BRIEF)).toMatchObject({ state: 'not-found' });
  });

  it('reports a refused connection as offline', async () => {
    const offline = new TkODataClient({ baseUrl: await closedPortUrl(), timeoutMs: 3000 });
    expect(await offline.lookup(BRIEF)).toMatchObject({ state: 'offline' });
  });

  it('does not ask about papers the API cannot have (Eerste Kamer letters)', async () => {
    const before = server.requests.length;
    const ek = makeRef({
      type: 'kamerstuk',
      chamber: 'I',
      dossier: '35261',
      number: 'B',
      year: null,
      item: null,
    });
    expect(await client().lookup(ek)).toMatchObject({ state: 'not-found' });
    expect(server.requests.length).toBe(before);
  });

  it('stops when the caller aborts', async () => {
    server.handle(hang());
    const controller = new AbortController();
    const pending = client(5000).lookup(BRIEF, controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ state: 'timeout', message: expect.stringContaining('cancelled') });
  });
});
