import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { addCitationTitles, lookupOptionsFromEnv, type LookupOptions } from '../../src/cli/lookup';
import { SRU_EMPTY, SRU_KST_29521_446 } from '../api/fixtures';
import { closedPortUrl, hang, startServer, type LocalServer } from '../api/local-server';
import { navoOdataAnswer } from './stub-answers';

const LETTER = 'tests/fixtures/navo-defensieministers-2022-09-30.txt';
/** The fixture letter cites `Kamerstuk 29 521, nr. 446` twice (once broken over a line). */
const citations = analyze({ text: readFileSync(LETTER, 'utf8') }).citations;

describe('lookupOptionsFromEnv', () => {
  it('uses the real services with a short timeout by default', () => {
    expect(lookupOptionsFromEnv({})).toEqual({
      ok: true,
      options: {
        tkODataUrl: 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0',
        sruUrl: 'https://repository.overheid.nl/sru',
        timeoutMs: 3000,
      },
    });
  });

  it('takes other base URLs and a timeout from the environment', () => {
    expect(
      lookupOptionsFromEnv({
        KAMERLENS_TK_ODATA_URL: 'http://127.0.0.1:9000/odata',
        KAMERLENS_SRU_URL: 'https://mirror.example.org/sru',
        KAMERLENS_LOOKUP_TIMEOUT_MS: '250',
      }),
    ).toEqual({
      ok: true,
      options: {
        tkODataUrl: 'http://127.0.0.1:9000/odata',
        sruUrl: 'https://mirror.example.org/sru',
        timeoutMs: 250,
      },
    });
  });

  it.each([
    [{ KAMERLENS_TK_ODATA_URL: 'gegevensmagazijn' }, /KAMERLENS_TK_ODATA_URL must be an http\(s\) URL/],
    [{ KAMERLENS_SRU_URL: 'file:///etc/passwd' }, /KAMERLENS_SRU_URL/],
    [{ KAMERLENS_LOOKUP_TIMEOUT_MS: 'soon' }, /milliseconds/],
    [{ KAMERLENS_LOOKUP_TIMEOUT_MS: '0' }, /milliseconds/],
  ])('refuses %j with one line', (env, message) => {
    const parsed = lookupOptionsFromEnv(env);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(message);
      expect(parsed.message).not.toContain('\n');
    }
  });
});

describe('addCitationTitles against a local server', () => {
  let server: LocalServer;
  let options: LookupOptions;
  beforeAll(async () => {
    server = await startServer();
    options = { tkODataUrl: `${server.url}/tk`, sruUrl: `${server.url}/sru`, timeoutMs: 1000 };
  });
  afterAll(() => server.close());

  /** Answers per service: the path starts with `/tk/` for OData, `/sru` for SRU. */
  function serve(tk: [number, string], sru: [number, string]): void {
    server.handle((req: IncomingMessage, res: ServerResponse) => {
      const [status, body] = (req.url ?? '').startsWith('/tk/') ? tk : sru;
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(body);
    });
  }

  it('adds the title and details to both citations of the paper, asking once', async () => {
    serve([200, navoOdataAnswer()], [200, SRU_EMPTY]);
    const before = server.requests.length;
    const { citations: out, note } = await addCitationTitles(citations, options);
    expect(note).toBeNull();
    expect(out).toHaveLength(2);
    for (const [i, c] of out.entries()) {
      // Everything the analysis said stays as it was.
      expect(c).toMatchObject(citations[i] as object);
      expect(c).toMatchObject({
        title: 'Nederlandse inzet in Irak en de regio',
        lookup: {
          state: 'found',
          kind: 'Brief regering',
          date: '2022-06-17',
          dossierTitle: 'Nederlandse deelname aan vredesmissies',
          source: 'tk-odata',
        },
      });
    }
    expect(server.requests.slice(before)).toHaveLength(1);
  });

  it('falls back to KOOP SRU when the Tweede Kamer API does not know the paper', async () => {
    serve([200, '{"value":[]}'], [200, SRU_KST_29521_446]);
    const { citations: out, note } = await addCitationTitles(citations, options);
    expect(note).toBeNull();
    expect(out[0]).toMatchObject({
      title: 'Brief van de ministers van Buitenlandse Zaken en van Defensie over de inzet in Irak & de regio',
      lookup: { state: 'found', source: 'koop-sru', date: '2022-06-17' },
    });
  });

  it('marks a paper neither service knows as not found, without a note', async () => {
    serve([200, '{"value":[]}'], [200, SRU_EMPTY]);
    const { citations: out, note } = await addCitationTitles(citations, options);
    expect(note).toBeNull();
    expect(out.map((c) => c.lookup)).toEqual([{ state: 'not-found' }, { state: 'not-found' }]);
    // The contract: a citation that was looked up carries `title`, a string or null.
    for (const c of out) expect(c).toHaveProperty('title', null);
  });

  it('gives up on a paper when its one deadline passes, not one timeout per service', async () => {
    server.handle(hang());
    const started = Date.now();
    const { citations: out, note } = await addCitationTitles(citations, options);
    const elapsed = Date.now() - started;
    // Both services waited on in turn took twice the timeout (6.7 s with 3 s).
    expect(elapsed).toBeGreaterThanOrEqual(options.timeoutMs - 50);
    expect(elapsed).toBeLessThan(options.timeoutMs * 1.5);
    expect(out).toEqual(citations);
    expect(note).toBe('no title for 1 of 1 cited papers (timeout: No answer within 1 s)');
  });

  it.each([
    ['HTTP 500', [500, 'oops'], /no title for 1 of 1 cited papers \(http-error: .*500/],
    ['a garbage body', [200, '<html>Onderhoud</html>'], /no title for 1 of 1 cited papers \(malformed: /],
  ] as const)('leaves the citations unchanged on %s, with a one-line note', async (_name, answer, note) => {
    serve([answer[0], answer[1]], [answer[0], answer[1]]);
    const result = await addCitationTitles(citations, options);
    expect(result.citations).toEqual(citations);
    expect(result.note).toMatch(note);
  });

  it('leaves the citations unchanged when offline, and says so once', async () => {
    const closed = await closedPortUrl();
    const result = await addCitationTitles(citations, { ...options, tkODataUrl: closed, sruUrl: closed });
    expect(result.citations).toEqual(citations);
    expect(result.note).toMatch(/^title lookups skipped: offline \(/);
    expect(result.note).not.toContain('\n');
  });

  it('asks nothing for citations that name no single paper, and nothing for none', async () => {
    const before = server.requests.length;
    const vague = citations.map((c) => ({ ...c, id: null }));
    expect(await addCitationTitles(vague, options)).toEqual({ citations: vague, note: null });
    expect(await addCitationTitles([], options)).toEqual({ citations: [], note: null });
    expect(server.requests.length).toBe(before);
  });

  it('survives a client that throws', async () => {
    const client = {
      lookup: (): Promise<never> => {
        throw new Error('broken client');
      },
    };
    const result = await addCitationTitles(citations, { ...options, client });
    expect(result.citations).toEqual(citations);
    expect(result.note).toMatch(/malformed: broken client/);
  });
});
