import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { analyzeInBackground } from '../../src/messaging/analyze-client';
import { createAnalyzeService } from '../../src/messaging/analyze-service';
import {
  MAX_ANALYZE_CHARS,
  parseAnalyzeInput,
  parseContentToBackground,
  type AnalyzeAnswer,
} from '../../src/messaging/protocol';

// The real NAVO letter (PDF text) of 30 September 2022: a paper with NAVO and citations.
const NAVO = readFileSync(
  join(process.cwd(), 'tests/fixtures/navo-defensieministers-2022-09-30.txt'),
  'utf8',
);
const PAGE = {
  url: 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html',
  meta: { 'dc.type': 'Kamerstuk' },
  siteFacts: { soort: 'Brief regering' },
  headings: [{ level: 1, start: 0, end: 10 }],
};

describe('parseAnalyzeInput (the analyze message, checked in the background)', () => {
  it.each([
    ['text only', { text: 'De NAVO vergadert.' }],
    ['text with the page context', { text: NAVO, page: PAGE }],
    ['a reference day', { text: 'x', referenceDate: '2022-09-30' }],
    ['a new reading after a glossary change', { text: 'x', glossaryChanged: true }],
    ["a long paper's opening: only the marked findings", { text: 'x', only: 'marks' }],
  ])('accepts %s as it is', (_name, input) => {
    expect(parseAnalyzeInput(input)).toEqual(input);
    expect(parseContentToBackground({ type: 'analyze', input })).toEqual({ type: 'analyze', input });
  });

  it.each([
    ['no input', undefined],
    ['text not a string', { text: 42 }],
    ['a heading outside the text', { text: 'kort', page: { headings: [{ level: 1, start: 0, end: 99 }] } }],
    ['a heading level 7', { text: NAVO, page: { headings: [{ level: 7, start: 0, end: 5 }] } }],
    ['an empty heading', { text: NAVO, page: { headings: [{ level: 2, start: 5, end: 5 }] } }],
    ['meta that is not text', { text: NAVO, page: { meta: { 'dc.type': { evil: true } } } }],
    ['a URL of a megabyte', { text: NAVO, page: { url: 'https://x/'.padEnd(1_000_000, 'a') } }],
    ['a reference day that is no ISO day', { text: NAVO, referenceDate: '30 september 2022' }],
    ['a glossary flag that is not `true`', { text: NAVO, glossaryChanged: 'yes' }],
    ['a scope that is not `marks`', { text: NAVO, only: 'everything' }],
    ['site facts with a function-like value', { text: NAVO, page: { siteFacts: { soort: ['Motie'] } } }],
  ])('refuses %s', (_name, input) => {
    expect(parseAnalyzeInput(input)).toBeNull();
    expect(parseContentToBackground({ type: 'analyze', input })).toBeNull();
  });

  it('drops what the core does not take (the glossary object, unknown fact keys) and bounds meta values', () => {
    const parsed = parseAnalyzeInput({
      text: NAVO,
      glossary: { lookup: 'not sent' },
      page: {
        siteFacts: { soort: 'Brief regering', onclick: 'alert(1)' },
        meta: { 'dc.title': 'x'.repeat(10_000) },
      },
    });
    expect(parsed).not.toHaveProperty('glossary');
    expect(parsed?.page?.siteFacts).toEqual({ soort: 'Brief regering' });
    expect(parsed?.page?.meta?.['dc.title']?.length).toBeLessThan(10_000);
  });
});

describe('the background analysis (analyze-service)', () => {
  it('finds on the NAVO letter what the core finds, and the findings survive a message (JSON)', async () => {
    const service = createAnalyzeService({ userGlossary: async () => [] });
    const answer = await service({ text: NAVO, page: PAGE });
    expect(answer.state).toBe('done');
    const result = (answer as Extract<AnalyzeAnswer, { state: 'done' }>).result;
    expect(result).toEqual(analyze({ text: NAVO, page: PAGE }));
    expect(result.acronyms.find((a) => a.abbr === 'NAVO')?.expansion).toBe(
      'Noord-Atlantische Verdragsorganisatie',
    );
    // Chrome and Firefox carry answers as JSON-like data: nothing may be lost on the way.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("applies the reader's own glossary", async () => {
    const service = createAnalyzeService({
      userGlossary: async () => [
        { abbr: 'NAVO', expansion: 'Noord-Atlantische Verdragsorganisatie (eigen)' },
      ],
    });
    const answer = await service({ text: NAVO, page: PAGE });
    expect(answer.state === 'done' && answer.result.acronyms.find((a) => a.abbr === 'NAVO')).toMatchObject({
      expansion: 'Noord-Atlantische Verdragsorganisatie (eigen)',
      source: 'user',
    });
  });

  it('refuses a text over the limit with a clear state, without analysing it', async () => {
    const userGlossary = vi.fn(async () => []);
    const service = createAnalyzeService({ userGlossary, maxChars: 1000 });
    await expect(service({ text: NAVO })).resolves.toEqual({
      state: 'refused',
      reason: 'too-large',
      limit: 1000,
    });
    expect(userGlossary).not.toHaveBeenCalled();
    expect(MAX_ANALYZE_CHARS).toBe(20_000_000);
  });

  it("asks for the reader's own glossary afresh only when the page says it changed", async () => {
    const userGlossary = vi.fn(async () => []);
    const service = createAnalyzeService({ userGlossary });
    await service({ text: NAVO, page: PAGE });
    await service({ text: NAVO, page: PAGE, glossaryChanged: true });
    expect(userGlossary.mock.calls).toEqual([[false], [true]]);
  });

  it('still analyses when the user glossary cannot be read', async () => {
    const service = createAnalyzeService({ userGlossary: () => Promise.reject(new Error('storage gone')) });
    await expect(service({ text: NAVO, page: PAGE })).resolves.toMatchObject({ state: 'done' });
  });
});

describe('analyzeInBackground (the content script side)', () => {
  const input = { text: NAVO, page: PAGE };
  const done: AnalyzeAnswer = { state: 'done', result: analyze(input) };

  it('retries once when the background cannot be reached, then gets the findings', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('Receiving end does not exist'))
      .mockResolvedValue(done);
    const result = await analyzeInBackground(input, { send, retryDelayMs: 0 });
    expect(send).toHaveBeenCalledTimes(2);
    expect(result?.acronyms.some((a) => a.abbr === 'NAVO')).toBe(true);
  });

  it('shows nothing when the background stays away (two tries, no more)', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Extension context invalidated'));
    await expect(analyzeInBackground(input, { send, retryDelayMs: 0 })).resolves.toBeNull();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not retry a refusal, and ignores a malformed answer', async () => {
    const refused = vi.fn().mockResolvedValue({ state: 'refused', reason: 'too-large', limit: 10 });
    await expect(analyzeInBackground(input, { send: refused, retryDelayMs: 0 })).resolves.toBeNull();
    expect(refused).toHaveBeenCalledTimes(1);
    const odd = vi.fn().mockResolvedValue({ state: 'done', result: '<img src=x onerror=alert(1)>' });
    await expect(analyzeInBackground(input, { send: odd, retryDelayMs: 0 })).resolves.toBeNull();
  });
});
