import { describe, expect, it } from 'vitest';
import { answerFromLookup, apiTitleLookupLoader } from '../../src/messaging/title-lookup-port';

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
      date: null,
      dossierTitle: null,
      source: null,
    });
  });

  it.each([
    [{ state: 'not-found', message: 'no such paper' }, 'not-found'],
    [{ state: 'disabled', message: 'off' }, 'disabled'],
    [{ state: 'timeout', message: 'No answer within 5 s' }, 'unavailable'],
    [{ state: 'offline', message: 'Could not reach the service' }, 'unavailable'],
    [{ state: 'http-error', message: 'HTTP 503' }, 'unavailable'],
    [{ state: 'malformed', message: 'not XML' }, 'unavailable'],
    [{ title: '' }, 'unavailable'],
    [null, 'unavailable'],
    ['Brief regering', 'unavailable'],
  ])('%j → %s', (result, state) => {
    expect(answerFromLookup(result)).toEqual({ state });
  });
});

describe('apiTitleLookupLoader', () => {
  // Only answers that need no network: the switch, and a citation naming no single paper.
  const storage = { get: async () => ({}), set: async () => undefined };
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
