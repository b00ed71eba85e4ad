import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { analyzeInBackground, startTextStream } from '../../src/messaging/analyze-client';
import { createAnalyzeService, MAX_KEPT_CHARS } from '../../src/messaging/analyze-service';
import {
  MAX_ANALYZE_CHARS,
  type AnalyzeAnswer,
  type AnalyzeRequestInput,
  type TextPart,
} from '../../src/messaging/protocol';
import { parseAnalyzeInput } from '../../src/messaging/check-analyze-input';
import { parseContentToBackground } from '../../src/messaging/check-messages';
import { createTextPartStore } from '../../src/messaging/text-parts';

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
    ['a text sent ahead in parts', { text: '', parts: { stream: 'tabc123', count: 3, length: 12 } }],
    [
      'a text sent ahead, its headings inside its length',
      {
        text: '',
        parts: { stream: 's-1', count: 1, length: 20 },
        page: { headings: [{ level: 1, start: 0, end: 20 }] },
      },
    ],
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
    ['parts and the text as well', { text: NAVO, parts: { stream: 's', count: 1, length: NAVO.length } }],
    ['parts of a stream named with markup', { text: '', parts: { stream: '<b>', count: 1, length: 3 } }],
    ['a negative number of parts', { text: '', parts: { stream: 's', count: -1, length: 3 } }],
    [
      'a heading beyond the length of the parts',
      {
        text: '',
        parts: { stream: 's', count: 1, length: 5 },
        page: { headings: [{ level: 1, start: 0, end: 9 }] },
      },
    ],
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

  describe('keeps its last two answers for the same paper asked again (a reload, a second tab, a re-render)', () => {
    const done = (answer: AnalyzeAnswer) => (answer as Extract<AnalyzeAnswer, { state: 'done' }>).result;

    it('answers the same input with the kept result, the same as a new analysis', async () => {
      const service = createAnalyzeService({ userGlossary: async () => [] });
      const first = done(await service({ text: NAVO, page: PAGE }));
      const again = done(await service({ text: NAVO, page: PAGE }));
      expect(again).toBe(first);
      expect(again).toEqual(analyze({ text: NAVO, page: PAGE }));
      // The opening and the whole paper, both kept.
      const opening = done(await service({ text: NAVO.slice(0, 6000), only: 'marks' }));
      expect(done(await service({ text: NAVO, page: PAGE }))).toBe(first);
      expect(done(await service({ text: NAVO.slice(0, 6000), only: 'marks' }))).toBe(opening);
    });

    it.each<[string, AnalyzeRequestInput]>([
      ['another text', { text: `${NAVO} `, page: PAGE }],
      [
        'another page',
        { text: NAVO, page: { ...PAGE, url: 'https://zoek.officielebekendmakingen.nl/kst-28676-410.html' } },
      ],
      ['another scope', { text: NAVO, page: PAGE, only: 'marks' }],
      ['another reference day', { text: NAVO, page: PAGE, referenceDate: '2023-01-01' }],
    ])('analyses %s afresh', async (_what, other) => {
      const service = createAnalyzeService({ userGlossary: async () => [] });
      const first = done(await service({ text: NAVO, page: PAGE }));
      const next = done(await service(other));
      expect(next).not.toBe(first);
      const { glossaryChanged: _g, parts: _p, ...coreInput } = other;
      expect(next).toEqual(analyze(coreInput));
    });

    it("analyses afresh when the reader's glossary changed", async () => {
      let entries = [{ abbr: 'NAVO', expansion: 'eerste betekenis' }];
      const service = createAnalyzeService({ userGlossary: async () => entries });
      const first = done(await service({ text: NAVO }));
      entries = [{ abbr: 'NAVO', expansion: 'tweede betekenis' }];
      const next = done(await service({ text: NAVO, glossaryChanged: true }));
      expect(next.acronyms.find((a) => a.abbr === 'NAVO')?.expansion).toBe('tweede betekenis');
      expect(first.acronyms.find((a) => a.abbr === 'NAVO')?.expansion).toBe('eerste betekenis');
    });

    it('keeps two: a third paper pushes the first out', async () => {
      const service = createAnalyzeService({ userGlossary: async () => [] });
      const texts = [NAVO, NAVO.slice(0, 9000), NAVO.slice(0, 8000)];
      const first = done(await service({ text: texts[0] as string }));
      for (const text of texts.slice(1)) await service({ text });
      expect(done(await service({ text: texts[0] as string }))).not.toBe(first);
    });

    it('keeps no text longer than its bound', async () => {
      const service = createAnalyzeService({ userGlossary: async () => [], maxKeptChars: 1000 });
      const first = done(await service({ text: NAVO }));
      expect(done(await service({ text: NAVO }))).not.toBe(first);
      const short = done(await service({ text: NAVO.slice(0, 1000) }));
      expect(done(await service({ text: NAVO.slice(0, 1000) }))).toBe(short);
      expect(MAX_KEPT_CHARS).toBe(4_000_000);
    });
  });

  it('analyses a text sent ahead in parts as the same text sent whole, once', async () => {
    const textParts = createTextPartStore();
    const service = createAnalyzeService({ userGlossary: async () => [], textParts });
    const cut = [0, 1000, 5000, NAVO.length];
    // Parts may arrive in any order.
    for (const i of [2, 0, 1]) textParts.add('tab 3', 'navo', i, NAVO.slice(cut[i], cut[i + 1]));
    const parts = { stream: 'navo', count: 3, length: NAVO.length };
    const answer = await service({ text: '', parts, page: PAGE }, 'tab 3');
    expect(answer).toEqual({ state: 'done', result: analyze({ text: NAVO, page: PAGE }) });
    // Taken: asked again, the parts are gone.
    await expect(service({ text: '', parts, page: PAGE }, 'tab 3')).resolves.toEqual({
      state: 'refused',
      reason: 'missing-text',
    });
  });

  it.each([
    ['from another tab', 'tab 4', { stream: 'navo', count: 2, length: 30 }],
    ['with a part missing', 'tab 3', { stream: 'navo', count: 3, length: 30 }],
    ['of another length', 'tab 3', { stream: 'navo', count: 2, length: 31 }],
    ['of another stream', 'tab 3', { stream: 'other', count: 2, length: 30 }],
  ])('answers missing-text for parts %s', async (_name, owner, parts) => {
    const textParts = createTextPartStore();
    textParts.add('tab 3', 'navo', 0, NAVO.slice(0, 10));
    textParts.add('tab 3', 'navo', 1, NAVO.slice(10, 30));
    const service = createAnalyzeService({ userGlossary: async () => [], textParts });
    await expect(service({ text: '', parts }, owner)).resolves.toEqual({
      state: 'refused',
      reason: 'missing-text',
    });
  });

  it('refuses parts that add up to more than the limit before taking them', async () => {
    const service = createAnalyzeService({ userGlossary: async () => [], maxChars: 100 });
    await expect(service({ text: '', parts: { stream: 's', count: 2, length: 101 } })).resolves.toEqual({
      state: 'refused',
      reason: 'too-large',
      limit: 100,
    });
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

describe('startTextStream (a long text sent ahead while the page is read)', () => {
  const input: AnalyzeRequestInput = { text: NAVO, page: PAGE };
  const done: AnalyzeAnswer = { state: 'done', result: analyze(input) };
  const pieces = [NAVO.slice(0, 4000), '', NAVO.slice(4000, 9000), NAVO.slice(9000)];

  /** A background with a part store, as the extension wires it; `keep` decides which parts it keeps. */
  function background(keep: (part: TextPart) => boolean = () => true) {
    const textParts = createTextPartStore();
    const service = createAnalyzeService({ userGlossary: async () => [], textParts });
    const sendPart = vi.fn(async ({ part }: { part: TextPart }) =>
      keep(part) ? textParts.add('tab', part.stream, part.index, part.text) : false,
    );
    const send = vi.fn(async ({ input: i }: { input: AnalyzeRequestInput }) => service(i, 'tab'));
    return { sendPart, send };
  }

  it('sends the text in parts as it comes, and the analyze call carries none of it', async () => {
    const { sendPart, send } = background();
    const stream = startTextStream({ sendPart, send, stream: 'navo1' });
    for (const piece of pieces) stream.push(piece);
    await expect(stream.analyze(input)).resolves.toEqual(done.result);
    // The empty piece is not sent.
    expect(sendPart.mock.calls.map(([m]) => [m.part.index, m.part.text.length])).toEqual([
      [0, 4000],
      [1, 5000],
      [2, NAVO.length - 9000],
    ]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0].input).toMatchObject({
      text: '',
      parts: { stream: 'navo1', count: 3, length: NAVO.length },
    });
  });

  it.each([
    ['a part the background did not keep', (part: TextPart) => part.index !== 1],
    [
      'a part whose message failed',
      (part: TextPart) => (part.index === 2 ? Promise.reject(new Error('gone')) : true),
    ],
  ])('sends the text whole after %s', async (_name, keep) => {
    const { sendPart, send } = background((part) => keep(part) === true);
    const failing = vi.fn(async (m: { type: 'analyze-part'; part: TextPart }) => {
      const kept = keep(m.part);
      if (kept instanceof Promise) return kept;
      return sendPart(m);
    });
    const stream = startTextStream({ sendPart: failing, send });
    for (const piece of pieces) stream.push(piece);
    await expect(stream.analyze(input)).resolves.toEqual(done.result);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0].input.text).toBe(NAVO);
  });

  it('sends the text whole when the background lost the parts (a restarted service worker)', async () => {
    const { sendPart } = background();
    const fresh = createAnalyzeService({ userGlossary: async () => [], textParts: createTextPartStore() });
    const send = vi.fn(async ({ input: i }: { input: AnalyzeRequestInput }) => fresh(i, 'tab'));
    const stream = startTextStream({ sendPart, send });
    for (const piece of pieces) stream.push(piece);
    await expect(stream.analyze(input)).resolves.toEqual(done.result);
    expect(send.mock.calls.map(([m]) => m.input.text.length)).toEqual([0, NAVO.length]);
  });

  it('sends the text whole when the parts are not the text to analyse', async () => {
    const { sendPart, send } = background();
    const stream = startTextStream({ sendPart, send });
    stream.push(NAVO.slice(0, 100));
    await expect(stream.analyze(input)).resolves.toEqual(done.result);
    expect(send.mock.calls.map(([m]) => m.input.text.length)).toEqual([NAVO.length]);
  });

  it('shows nothing on a refusal other than missing text, without sending the text again', async () => {
    const { sendPart } = background();
    const send = vi.fn().mockResolvedValue({ state: 'refused', reason: 'too-large', limit: 10 });
    const stream = startTextStream({ sendPart, send });
    for (const piece of pieces) stream.push(piece);
    await expect(stream.analyze(input)).resolves.toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
