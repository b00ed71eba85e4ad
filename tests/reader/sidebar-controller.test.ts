import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { letterText } from '../../bench/generate.mjs';
import { analyze } from '../../src/core/analyze';
import type { AnalysisResult } from '../../src/core/types';
import { formatTimelineExport } from '../../src/messaging/export-service';
import {
  makeTimelineExport,
  sidebarIsStaged,
  SIDEBAR_AT_ONCE_ENTRIES,
  type SendExport,
} from '../../src/reader/sidebar-controller';

// The NAVO letter (kst-28676-409) as far as the exports use it.
const RESULT = {
  document: {
    title: 'Geannoteerde agenda NAVO-bijeenkomst van ministers van Defensie op 12 en 13 oktober 2022',
    dossier: '28676',
    number: '409',
  },
  timeline: [
    {
      iso: '2022-11',
      endIso: null,
      label: 'Het kabinet streeft ernaar om in november 2022 meer duidelijkheid te geven.',
      relation: 'future',
      kind: 'commitment',
      start: 900,
      end: 980,
    },
  ],
  commitments: [
    { text: 'Het kabinet zal de Kamer hierover nadere voorstellen doen.', due: null, start: 1200, end: 1258 },
  ],
} as unknown as AnalysisResult;
const URL = 'http://zoek.officielebekendmakingen.nl/kst-28676-409.html';

describe('makeTimelineExport', () => {
  it('has the background write the file, and names it after the paper', async () => {
    // The background's own handler, as the message would reach it.
    const send = vi.fn<SendExport>(async (m) => formatTimelineExport(m.input));
    const ics = await makeTimelineExport(RESULT, 'ics', 'en', URL, send);
    expect(send).toHaveBeenCalledWith({
      type: 'format-export',
      input: {
        format: 'ics',
        language: 'en',
        sourceUrl: URL,
        title: RESULT.document.title,
        dossier: '28676',
        number: '409',
        timeline: RESULT.timeline,
        commitments: RESULT.commitments,
      },
    });
    expect(ics).toMatchObject({ filename: 'kamerlens-kst-28676-409-timeline.ics', mime: 'text/calendar' });
    expect(ics.text).toContain('SUMMARY:Commitment: Het kabinet streeft');
    const csv = await makeTimelineExport(RESULT, 'csv', 'nl', URL, send);
    // In the interface's language: a Dutch interface got `timeline` and `commitments` in its file names.
    expect(csv).toMatchObject({ filename: 'kamerlens-kst-28676-409-tijdlijn.csv', mime: 'text/csv' });
    const md = await makeTimelineExport(RESULT, 'md', 'nl', URL, send);
    expect(md.filename).toBe('kamerlens-kst-28676-409-toezeggingen.md');
    expect((await makeTimelineExport(RESULT, 'md', 'en', URL, send)).filename).toBe(
      'kamerlens-kst-28676-409-commitments.md',
    );
    expect(md.text).toContain('- [ ] Het kabinet zal de Kamer hierover nadere voorstellen doen.\n');
  });

  it('rejects when the background gives no text', async () => {
    const none = (async () => undefined) as unknown as SendExport;
    await expect(makeTimelineExport(RESULT, 'csv', 'nl', URL, none)).rejects.toThrow();
    const gone: SendExport = () => Promise.reject(new Error('Receiving end does not exist.'));
    await expect(makeTimelineExport(RESULT, 'csv', 'nl', URL, gone)).rejects.toThrow();
  });
});

describe('sidebarIsStaged', () => {
  const entries = (r: AnalysisResult) =>
    r.outline.length + r.timeline.length + r.commitments.length + r.citations.length + r.acronyms.length;

  it("renders an ordinary letter's sidebar in one go: the NAVO letter", () => {
    const navo = analyze({
      text: readFileSync('tests/fixtures/navo-defensieministers-2022-09-30.txt', 'utf8'),
    });
    expect(entries(navo)).toBeGreaterThan(20);
    expect(sidebarIsStaged(navo)).toBe(false);
  });

  it("stages a long paper's sidebar a section per frame: a 100 KB letter", () => {
    const long = analyze({ text: letterText(100_000) });
    expect(entries(long)).toBeGreaterThan(SIDEBAR_AT_ONCE_ENTRIES);
    expect(sidebarIsStaged(long)).toBe(true);
  });

  it('counts every list the sidebar shows, up to the limit inclusive', () => {
    const empty = { outline: [], timeline: [], commitments: [], citations: [], acronyms: [] };
    const withCitations = (n: number) =>
      ({ ...empty, citations: Array.from({ length: n }, () => ({})) }) as unknown as AnalysisResult;
    expect(sidebarIsStaged(withCitations(SIDEBAR_AT_ONCE_ENTRIES))).toBe(false);
    expect(sidebarIsStaged(withCitations(SIDEBAR_AT_ONCE_ENTRIES + 1))).toBe(true);
    for (const list of ['outline', 'timeline', 'commitments', 'acronyms'] as const) {
      const r = { ...empty, [list]: Array.from({ length: SIDEBAR_AT_ONCE_ENTRIES + 1 }, () => ({})) };
      expect(sidebarIsStaged(r as unknown as AnalysisResult)).toBe(true);
    }
  });
});
