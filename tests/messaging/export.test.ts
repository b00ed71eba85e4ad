import { describe, expect, it } from 'vitest';
import type { CommitmentFinding, TimelineEntry } from '../../src/core/types';
import { createBackground, type BackgroundDeps } from '../../src/messaging/background';
import { exportEn, exportNl } from '../../src/i18n/messages-export';
import { formatTimelineExport } from '../../src/messaging/export-service';
import { MAX_EXPORT_ITEMS, type ExportRequestInput } from '../../src/messaging/protocol';
import { parseContentToBackground } from '../../src/messaging/check-messages';
import { parseExportInput } from '../../src/messaging/check-export-input';
import { sendToBackground } from '../../src/messaging/runtime';
import { memoryPaperTabStore } from '../../src/messaging/tab-state';
import { createTextPartStore } from '../../src/messaging/text-parts';
import { FakeRuntime } from './fake-runtime';

// From the NAVO letter (kst-28676-409, 30 September 2022), as the core finds them.
const TITLE = 'Geannoteerde agenda NAVO-bijeenkomst van ministers van Defensie op 12 en 13 oktober 2022';
const URL = 'http://zoek.officielebekendmakingen.nl/kst-28676-409.html';
const COMMITMENT_TEXT =
  'Het kabinet streeft ernaar om in november 2022 meer duidelijkheid te geven over de invulling.';
const TIMELINE: TimelineEntry[] = [
  {
    iso: '2022-10-12',
    endIso: '2022-10-13',
    label: 'NAVO-bijeenkomst van ministers van Defensie',
    relation: 'future',
    kind: 'event',
    start: 120,
    end: 141,
  },
  {
    iso: '2022-11',
    endIso: null,
    label: COMMITMENT_TEXT,
    relation: 'future',
    kind: 'commitment',
    start: 900,
    end: 990,
  },
];
const COMMITMENTS: CommitmentFinding[] = [
  { text: COMMITMENT_TEXT, due: '2022-11', start: 900, end: 990 },
  { text: 'Het kabinet zal de Kamer hierover nadere voorstellen doen.', due: null, start: 1200, end: 1258 },
];

const input = (patch: Partial<ExportRequestInput> = {}): ExportRequestInput => ({
  format: 'ics',
  language: 'nl',
  sourceUrl: URL,
  title: TITLE,
  dossier: '28676',
  number: '409',
  timeline: TIMELINE,
  commitments: COMMITMENTS,
  ...patch,
});

describe('parseExportInput', () => {
  it('accepts what the sidebar sends, as a format-export message', () => {
    expect(parseExportInput(input())).toEqual(input());
    expect(parseContentToBackground({ type: 'format-export', input: input({ format: 'md' }) })).toEqual({
      type: 'format-export',
      input: input({ format: 'md' }),
    });
    expect(parseExportInput(input({ sourceUrl: null, title: null, language: 'en' }))).not.toBeNull();
  });

  it.each([
    ['an unknown format', { format: 'pdf' }],
    ['an unknown language', { language: 'de' }],
    ['a source URL that is not a string', { sourceUrl: 42 }],
    ['an overlong source URL', { sourceUrl: `http://x/${'a'.repeat(9_000)}` }],
    ['a title that is not a string', { title: ['x'] }],
    ['a timeline that is not a list', { timeline: 'x' }],
    ['a date that is not ISO', { timeline: [{ ...TIMELINE[0], iso: '12 oktober 2022' }] }],
    ['an end date that is not ISO', { timeline: [{ ...TIMELINE[0], endIso: 'morgen' }] }],
    ['an unknown entry kind', { timeline: [{ ...TIMELINE[0], kind: 'party' }] }],
    ['an unknown relation', { timeline: [{ ...TIMELINE[0], relation: 'soon' }] }],
    ['offsets the wrong way round', { timeline: [{ ...TIMELINE[0], start: 9, end: 3 }] }],
    ['a commitment without text', { commitments: [{ due: null, start: 0, end: 1 }] }],
    ['a commitment due date that is not ISO', { commitments: [{ ...COMMITMENTS[0], due: 'ooit' }] }],
    ['more entries than any paper has', { timeline: Array(MAX_EXPORT_ITEMS + 1).fill(TIMELINE[0]) }],
  ])('refuses %s', (_, patch) => {
    expect(parseExportInput({ ...input(), ...patch })).toBeNull();
    expect(parseContentToBackground({ type: 'format-export', input: { ...input(), ...patch } })).toBeNull();
  });

  it('cuts an overlong label and title instead of refusing them', () => {
    const long = 'a'.repeat(50_000);
    const parsed = parseExportInput(input({ title: long, timeline: [{ ...TIMELINE[0]!, label: long }] }));
    expect(parsed?.timeline[0]?.label.length).toBeLessThan(long.length);
    expect(parsed?.title?.length).toBeLessThan(long.length);
  });
});

describe('formatTimelineExport', () => {
  const now = new Date('2022-10-01T08:00:00Z');

  it('writes an iCalendar file in Dutch, named after the paper, with the source in each event', () => {
    const { text } = formatTimelineExport(input(), now);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain(`X-WR-CALNAME:Kamerlens: ${TITLE.slice(0, 40)}`);
    // The commitment due in November 2022 spans that month.
    expect(text).toMatch(/DTSTART;VALUE=DATE:20221101\r\nDTEND;VALUE=DATE:20221201\r\nSUMMARY:Toezegging: /);
    expect(text).toContain(`URL:${URL}`);
    expect(text).toContain('DESCRIPTION:NAVO-bijeenkomst van ministers van Defensie\\nBron: ');
  });

  it('uses the English words in English', () => {
    const { text } = formatTimelineExport(input({ language: 'en' }), now);
    expect(text).toContain('SUMMARY:Commitment: Het kabinet streeft');
    expect(text).toContain('\\nSource: ');
  });

  // Every word of the three files in the interface's language: the CSV's header, kinds and relations, the
  // calendar's categories and the Markdown due date were the same codes (`commitment`) and ISO dates in both.
  it.each([
    [
      'nl',
      'datum,einddatum,soort,ten opzichte van het stuk,omschrijving,begin in de tekst,einde in de tekst',
      ['2022-10-12,2022-10-13,Gebeurtenis,later,', '2022-11,,Toezegging,later,'],
      ['Gebeurtenis', 'Toezegging'],
      '(verwacht november 2022)',
    ],
    [
      'en',
      'date,end date,type,relative to the paper,description,start in the text,end in the text',
      ['2022-10-12,2022-10-13,Event,after,', '2022-11,,Commitment,after,'],
      ['Event', 'Commitment'],
      '(expected November 2022)',
    ],
  ] as const)(
    'writes the CSV, the calendar and the Markdown in %s',
    (language, header, rows, categories, due) => {
      const csv = formatTimelineExport(input({ format: 'csv', language }))
        .text.trimEnd()
        .split('\r\n');
      expect(csv[0]).toBe(header);
      expect(csv.slice(1).map((row, i) => row.startsWith(rows[i] ?? '-'))).toEqual([true, true]);
      const ics = formatTimelineExport(input({ language }), now).text;
      expect(ics.match(/^CATEGORIES:.*$/gm)).toEqual(categories.map((c) => `CATEGORIES:${c}`));
      // The same events in either language: a calendar updates them rather than adding them twice.
      const uids = (text: string) => text.match(/^UID:.*$/gm);
      expect(uids(ics)).toEqual(uids(formatTimelineExport(input({ language: 'nl' }), now).text));
      const md = formatTimelineExport(input({ format: 'md', language })).text;
      expect(md).toContain(`- [ ] ${COMMITMENT_TEXT} ${due}\n`);
      // A commitment without a due date has no brackets.
      expect(md).toContain('- [ ] Het kabinet zal de Kamer hierover nadere voorstellen doen.\n');
    },
  );

  // The exports' words are written once, in the exports' table: every word of it reaches a file in its language
  // (the core had a Dutch copy of its own, which an edit of the table left behind), and no word of the other
  // language does.
  it.each([
    ['nl', exportNl, exportEn],
    ['en', exportEn, exportNl],
  ] as const)(
    'writes every word of the exports’ table in %s, and none of the other language',
    (language, own, other) => {
      const timeline: TimelineEntry[] = [
        { ...TIMELINE[0]!, relation: 'past' },
        { ...TIMELINE[0]!, relation: 'same-day', kind: 'deadline' },
        ...TIMELINE,
      ];
      // Promises due by a time and before a day (letters 1008 and 1695), beside the NAVO letter's expected one.
      const commitments: CommitmentFinding[] = [
        ...COMMITMENTS,
        {
          text: 'Uw Kamer ontvangt deze Werkagenda voor de\nzomer van mijn collega, de Staatssecretaris Langdurige Maatschappelijke Zorg.',
          due: '2025-06',
          start: 1542,
          end: 1661,
        },
        {
          text: 'Zoals tijdens het Algemeen Overleg NVWA op 23 april jl. (Kamerstuk 33 835, nr. 122) is toegezegd, zullen de vier aanbevelingen dit jaar worden verwerkt en zullen wij uw Kamer daarover voor 1 december 2019 informeren.',
          due: '2019-12-01',
          start: 1468,
          end: 1684,
        },
      ];
      const files = (['ics', 'csv', 'md'] as const).map((format) =>
        formatTimelineExport(input({ format, language, timeline, commitments }), now),
      );
      const written = files.map((f) => `${f.filename}\n${f.text}`).join('\n');
      for (const [key, word] of Object.entries(own)) {
        const literal = word.replace('{title}', TITLE.slice(0, 20));
        expect(written.includes(literal) || written.includes(literal.replace(/,/g, '\\,')), key).toBe(true);
      }
      for (const [key, word] of Object.entries(other)) {
        if (word === (own as Record<string, string>)[key]) continue;
        expect(written, key).not.toMatch(new RegExp(`\\b${word}\\b`));
      }
    },
  );

  it('writes the commitments as a Markdown checklist under the paper’s title', () => {
    const md = formatTimelineExport(input({ format: 'md' })).text;
    expect(md).toMatch(/^## Geannoteerde agenda NAVO-bijeenkomst/);
  });

  // The file names speak the interface's language too: a Dutch interface saved `…-timeline.ics`.
  it.each([
    ['ics', 'nl', '28676', URL, 'kamerlens-kst-28676-409-tijdlijn.ics', 'text/calendar'],
    ['csv', 'nl', '28676', URL, 'kamerlens-kst-28676-409-tijdlijn.csv', 'text/csv'],
    ['md', 'nl', '28676', URL, 'kamerlens-kst-28676-409-toezeggingen.md', 'text/markdown'],
    ['ics', 'en', '28676', URL, 'kamerlens-kst-28676-409-timeline.ics', 'text/calendar'],
    ['md', 'en', '28676', URL, 'kamerlens-kst-28676-409-commitments.md', 'text/markdown'],
    // An answer to written questions on tweedekamer.nl: its document number.
    [
      'md',
      'nl',
      null,
      'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2021Z07250&did=2021D26707',
      'kamerlens-2021D26707-toezeggingen.md',
      'text/markdown',
    ],
    ['csv', 'nl', null, null, 'kamerlens-stuk-tijdlijn.csv', 'text/csv'],
    ['csv', 'en', null, null, 'kamerlens-paper-timeline.csv', 'text/csv'],
  ] as const)(
    'names the %s file in %s after the paper (%s, %s): %s',
    (format, language, dossier, sourceUrl, name, mime) => {
      const file = formatTimelineExport(input({ format, language, dossier, sourceUrl }), now);
      expect(file.filename).toBe(name);
      expect(file.mime).toBe(mime);
    },
  );

  it('names the calendar after Kamerlens when the paper has no title', () => {
    expect(formatTimelineExport(input({ title: '  ' }), now).text).toContain(
      'X-WR-CALNAME:Kamerlens: Kamerlens\r\n',
    );
  });
});

describe('format-export through the background', () => {
  it('answers the sidebar with the file text, and leaves a malformed request unanswered', async () => {
    const runtime = new FakeRuntime();
    const deps = {
      runtime,
      tabs: { sendMessage: async () => undefined, query: async () => [], onUpdated: set(), onRemoved: set() },
      action: {
        setPopup: async () => undefined,
        setBadgeText: async () => undefined,
        setBadgeBackgroundColor: async () => undefined,
        setTitle: async () => undefined,
        onClicked: set(),
      },
      paperTabs: memoryPaperTabStore(),
      titleLookupsEnabled: async () => false,
      loadTitleLookup: async () => null,
      analyzePage: async () => ({ state: 'refused', reason: 'failed' }),
      textParts: createTextPartStore(),
      popup: 'popup.html',
      title: 'Kamerlens',
    } satisfies BackgroundDeps;
    const background = createBackground(deps);
    const answer = await sendToBackground(
      { type: 'format-export', input: input({ format: 'csv' }) },
      runtime,
    );
    expect(answer.text.split('\r\n')[0]).toBe(
      'datum,einddatum,soort,ten opzichte van het stuk,omschrijving,begin in de tekst,einde in de tekst',
    );
    const broken = { type: 'format-export', input: { ...input(), format: 'pdf' } } as unknown as Parameters<
      typeof sendToBackground
    >[0];
    // Not part of the protocol: nobody answers, and the sidebar reports the export as failed.
    await expect(sendToBackground(broken, runtime)).rejects.toThrow();
    background.stop();
  });
});

function set<L>() {
  return { addListener: (_: L) => undefined, removeListener: (_: L) => undefined };
}
