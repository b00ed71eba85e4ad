import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirstAnswerClient, KoopSruClient, TkODataClient } from '../../src/api';
import type { LookupResult, PaperDetails, TitleLookupClient } from '../../src/api';
import { NAVO_PAPER, SRU_KST_29521_446 } from './fixtures';
import { closedPortUrl, hang, reply, startServer, type LocalServer } from './local-server';

const details = (source: PaperDetails['source']): PaperDetails => ({
  title: `Title from ${source}`,
  kind: null,
  date: null,
  dossierTitle: null,
  source,
});

/**
 * A client whose answer the test gives when it likes: it records whether it was asked and whether
 * its request was cancelled.
 */
function scriptedClient() {
  let answer: (result: LookupResult) => void = () => {};
  const state = { asked: false, cancelled: false };
  const client: TitleLookupClient = {
    lookup: (_paper, signal) => {
      state.asked = true;
      signal?.addEventListener('abort', () => (state.cancelled = true));
      return new Promise((resolve) => (answer = resolve));
    },
  };
  return { client, state, answer: (result: LookupResult) => answer(result) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('FirstAnswerClient', () => {
  it('asks only the first service when it answers in time', async () => {
    const tk = scriptedClient();
    const koop = scriptedClient();
    const lookup = new FirstAnswerClient([tk.client, koop.client], 60_000).lookup(NAVO_PAPER);
    await settle();
    tk.answer(details('tk-odata'));
    expect(await lookup).toMatchObject({ source: 'tk-odata' });
    expect(koop.state.asked).toBe(false);
  });

  it('asks the next service at once when the first has no such paper', async () => {
    const tk = scriptedClient();
    const koop = scriptedClient();
    const lookup = new FirstAnswerClient([tk.client, koop.client], 60_000).lookup(NAVO_PAPER);
    await settle();
    tk.answer({ state: 'not-found', message: 'none' });
    await settle();
    expect(koop.state.asked).toBe(true);
    koop.answer(details('koop-sru'));
    expect(await lookup).toMatchObject({ source: 'koop-sru' });
  });

  it('asks the next service when the first stays silent, takes its answer and cancels the first', async () => {
    const tk = scriptedClient();
    const koop = scriptedClient();
    const lookup = new FirstAnswerClient([tk.client, koop.client], 10).lookup(NAVO_PAPER);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(koop.state.asked).toBe(true);
    koop.answer(details('koop-sru'));
    expect(await lookup).toMatchObject({ source: 'koop-sru' });
    expect(tk.state.cancelled).toBe(true);
  });

  it('still takes the first service’s answer when it comes after the second was asked', async () => {
    const tk = scriptedClient();
    const koop = scriptedClient();
    const lookup = new FirstAnswerClient([tk.client, koop.client], 10).lookup(NAVO_PAPER);
    await new Promise((resolve) => setTimeout(resolve, 40));
    tk.answer(details('tk-odata'));
    expect(await lookup).toMatchObject({ source: 'tk-odata' });
    expect(koop.state.cancelled).toBe(true);
  });

  it.each<[string, LookupResult, LookupResult, string]>([
    [
      'a real error over not-found',
      { state: 'not-found', message: 'a' },
      { state: 'offline', message: 'b' },
      'offline',
    ],
    [
      'the first real error',
      { state: 'timeout', message: 'a' },
      { state: 'http-error', message: 'b' },
      'timeout',
    ],
    [
      'not-found when no service has it',
      { state: 'not-found', message: 'a' },
      { state: 'not-found', message: 'b' },
      'not-found',
    ],
  ])('when all fail, gives %s', async (_name, first, second, state) => {
    const tk = scriptedClient();
    const koop = scriptedClient();
    const lookup = new FirstAnswerClient([tk.client, koop.client], 60_000).lookup(NAVO_PAPER);
    await settle();
    tk.answer(first);
    await settle();
    koop.answer(second);
    expect(await lookup).toMatchObject({ state });
  });

  it('waits for the second service’s answer after the first failed, not for a timer', async () => {
    const tk = scriptedClient();
    const koop = scriptedClient();
    const lookup = new FirstAnswerClient([tk.client, koop.client], 10).lookup(NAVO_PAPER);
    await new Promise((resolve) => setTimeout(resolve, 40));
    tk.answer({ state: 'timeout', message: 'slow' });
    await settle();
    let finished = false;
    void lookup.then(() => (finished = true));
    await settle();
    expect(finished).toBe(false);
    koop.answer(details('koop-sru'));
    expect(await lookup).toMatchObject({ source: 'koop-sru' });
  });

  it('turns a client that throws into a failure and asks the next', async () => {
    const koop = scriptedClient();
    const throwing: TitleLookupClient = {
      lookup: () => {
        throw new Error('broken');
      },
    };
    const lookup = new FirstAnswerClient([throwing, koop.client], 60_000).lookup(NAVO_PAPER);
    await settle();
    koop.answer(details('koop-sru'));
    expect(await lookup).toMatchObject({ source: 'koop-sru' });
  });

  it('stops when the caller cancels, and cancels the requests', async () => {
    const tk = scriptedClient();
    const koop = scriptedClient();
    const caller = new AbortController();
    const lookup = new FirstAnswerClient([tk.client, koop.client], 60_000).lookup(NAVO_PAPER, caller.signal);
    await settle();
    caller.abort();
    expect(tk.state.cancelled).toBe(true);
    tk.answer({ state: 'timeout', message: 'The lookup was cancelled' });
    expect(await lookup).toMatchObject({ state: 'timeout' });
    expect(koop.state.asked).toBe(false);
  });

  it('with no service, finds nothing', async () => {
    expect(await new FirstAnswerClient([]).lookup(NAVO_PAPER)).toMatchObject({ state: 'not-found' });
  });
});

describe('FirstAnswerClient against local services', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('gives KOOP’s title while the Tweede Kamer API hangs, without waiting for its timeout', async () => {
    let tkClosed = false;
    server.handle((req, res) => {
      if ((req.url ?? '').startsWith('/sru'))
        return reply(200, SRU_KST_29521_446, 'application/xml')(req, res);
      req.on('close', () => (tkClosed = true));
      hang()();
    });
    // A Tweede Kamer timeout far beyond the test's own: the answer must not wait for it.
    const chain = new FirstAnswerClient(
      [
        new TkODataClient({ baseUrl: server.url, timeoutMs: 60_000 }),
        new KoopSruClient({ baseUrl: `${server.url}/sru` }),
      ],
      50,
    );
    expect(await chain.lookup(NAVO_PAPER)).toMatchObject({ source: 'koop-sru', kind: 'Brief' });
    await expect.poll(() => tkClosed).toBe(true);
  });

  it('reports offline when neither service can be reached', async () => {
    const closed = await closedPortUrl();
    const chain = new FirstAnswerClient([
      new TkODataClient({ baseUrl: closed }),
      new KoopSruClient({ baseUrl: `${closed}/sru` }),
    ]);
    expect(await chain.lookup(NAVO_PAPER)).toMatchObject({ state: 'offline' });
  });
});
