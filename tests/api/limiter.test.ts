import { describe, expect, it } from 'vitest';
import { Limiter } from '../../src/api/limiter';
import { TitleCache, memoryStorage, type LookupResult, type TitleLookupClient } from '../../src/api';
import { makeRef } from '../../src/core/citations/paper-id';
import { NAVO_PAPER } from './fixtures';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A task that ends when the test says so. */
function gate<T>(value: T) {
  let open: () => void = () => {};
  const done = new Promise<T>((resolve) => (open = () => resolve(value)));
  return { task: () => done, open: () => open() };
}

describe('Limiter', () => {
  it('runs at most `limit` tasks at once, the others in the order they came', async () => {
    const limiter = new Limiter(2);
    const started: number[] = [];
    const gates = [0, 1, 2, 3].map((i) => gate(i));
    const results = gates.map((g, i) =>
      limiter.run(
        () => {
          started.push(i);
          return g.task();
        },
        () => -1,
      ),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    gates[1]?.open();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    gates[0]?.open();
    gates[2]?.open();
    gates[3]?.open();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3]);
  });

  it('never runs a waiting task whose caller gave up, and gives its place on', async () => {
    const limiter = new Limiter(1);
    const first = gate('first');
    void limiter.run(first.task, () => 'cancelled');
    const caller = new AbortController();
    let ran = false;
    const cancelled = limiter.run(
      async () => {
        ran = true;
        return 'ran';
      },
      () => 'cancelled',
      caller.signal,
    );
    const after = limiter.run(
      async () => 'after',
      () => 'cancelled',
    );
    void limiter.run(first.task, () => 'cancelled');
    caller.abort();
    expect(await cancelled).toBe('cancelled');
    first.open();
    expect(await after).toBe('after');
    expect(ran).toBe(false);
  });

  it('frees the place of a task that fails', async () => {
    const limiter = new Limiter(1);
    await expect(
      limiter.run(
        () => Promise.reject(new Error('broken')),
        () => 'x',
      ),
    ).rejects.toThrow('broken');
    expect(
      await limiter.run(
        async () => 'next',
        () => 'x',
      ),
    ).toBe('next');
  });
});

describe('TitleCache with many citations at once', () => {
  /** A slow service that answers every paper, counting the requests it has open. */
  function slowService() {
    const state = { open: 0, most: 0, asked: 0 };
    const client: TitleLookupClient = {
      lookup: async (paper): Promise<LookupResult> => {
        state.asked++;
        state.open++;
        state.most = Math.max(state.most, state.open);
        await new Promise((resolve) => setTimeout(resolve, 5));
        state.open--;
        return {
          title: `Paper ${paper.number}`,
          kind: null,
          date: null,
          dossierTitle: null,
          source: 'tk-odata',
        };
      },
    };
    return { client, state };
  }
  const papers = Array.from({ length: 60 }, (_, i) =>
    makeRef({
      type: 'kamerstuk',
      chamber: null,
      dossier: '29521',
      number: String(i + 1),
      year: null,
      item: null,
    }),
  );

  it('asks the services for at most four papers at a time, and every title arrives', async () => {
    const { client, state } = slowService();
    const cache = new TitleCache({ client, storage: memoryStorage() });
    const answers = await Promise.all(papers.map((p) => cache.lookup(p)));
    expect(answers.map((a) => ('title' in a ? a.title : a.state))).toEqual(
      papers.map((p) => `Paper ${p.number}`),
    );
    expect(state.most).toBe(4);
    expect(state.asked).toBe(60);
  });

  it('answers a title it keeps at once, not behind the papers waiting for the service', async () => {
    const { client } = slowService();
    const cache = new TitleCache({ client, storage: memoryStorage() });
    await cache.lookup(NAVO_PAPER);
    const burst = papers.map((p) => cache.lookup(p));
    let firstDone = false;
    void burst[0]?.then(() => (firstDone = true));
    expect(await cache.lookup(NAVO_PAPER)).toMatchObject({ source: 'tk-odata' });
    expect(firstDone).toBe(false);
    await Promise.all(burst);
  });
});
