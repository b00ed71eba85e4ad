import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import { buildTimeline } from '../../../src/core/timeline';
import {
  commitmentsToMarkdown,
  csvField,
  escapeText,
  foldLine,
  timelineToCsv,
  timelineToICalendar,
} from '../../../src/core/timeline/export';
import type { TimelineEntry } from '../../../src/core/types';
import { exportWords } from '../../../src/messaging/export-service';
import { NAVO_LETTER_DATE, navoText } from '../dates/letters';

const NOW = new Date(Date.UTC(2022, 9, 1, 8, 30, 0));
// The words of a Dutch interface, from the exports' table (the background hands the exporters the same).
const words = exportWords('nl');

function navo() {
  const text = normalizeText(navoText());
  const dates = findDates(text, NAVO_LETTER_DATE);
  const commitments = findCommitments(text, dates, NAVO_LETTER_DATE);
  return { commitments, timeline: buildTimeline(text, dates, commitments, NAVO_LETTER_DATE) };
}

const entry = (over: Partial<TimelineEntry>): TimelineEntry => ({
  iso: '2022-10-12',
  endIso: null,
  label: 'Ministers bijeen',
  relation: 'future',
  kind: 'event',
  start: 0,
  end: 1,
  ...over,
});

/** Undo RFC 5545 folding: a CRLF followed by one space or tab joins the lines. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('timelineToICalendar', () => {
  const ics = timelineToICalendar(navo().timeline, {
    now: NOW,
    sourceUrl: 'https://example.org/kst-28676-400.html',
    words,
  });
  const lines = unfold(ics).split('\r\n');

  it('uses CRLF line ends only, ends with CRLF, and folds every line to at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const physical of ics.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
  });

  it('has the calendar structure and one all-day VEVENT per timeline entry', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.find((l) => l.startsWith('PRODID:'))).toBeDefined();
    expect(lines[lines.length - 2]).toBe('END:VCALENDAR');
    const events = lines.filter((l) => l === 'BEGIN:VEVENT').length;
    expect(events).toBe(navo().timeline.length);
    expect(lines.filter((l) => l === 'END:VEVENT').length).toBe(events);
    // Every event has the required UID and DTSTAMP, and a DATE-valued start and end.
    const blocks = unfold(ics).split('BEGIN:VEVENT').slice(1);
    for (const b of blocks) {
      expect(b).toMatch(/\r\nUID:[0-9a-f]{16}(-\d+)?@kamerlens\r\n/);
      expect(b).toContain('\r\nDTSTAMP:20221001T083000Z\r\n');
      expect(b).toMatch(/\r\nDTSTART;VALUE=DATE:\d{8}\r\n/);
      expect(b).toMatch(/\r\nDTEND;VALUE=DATE:\d{8}\r\n/);
    }
  });

  it('puts events on the right days, with an exclusive end', () => {
    const block = unfold(ics)
      .split('BEGIN:VEVENT')
      .find((b) => b.includes('DTSTART;VALUE=DATE:20221012'));
    expect(block).toContain('DTEND;VALUE=DATE:20221014'); // 12 and 13 October
    const month = unfold(ics)
      .split('BEGIN:VEVENT')
      .find((b) => b.includes('DTSTART;VALUE=DATE:20221101'));
    expect(month).toContain('DTEND;VALUE=DATE:20221201'); // november 2022 covers the month
    expect(month).toContain('SUMMARY:Toezegging: Het kabinet streeft ernaar');
  });

  it('gives stable UIDs: the same content, the same UID, whatever the export time', () => {
    const uids = (s: string) => unfold(s).match(/UID:[^\r]+/g);
    const again = timelineToICalendar(navo().timeline, {
      now: new Date(0),
      sourceUrl: 'https://example.org/kst-28676-400.html',
      words,
    });
    expect(uids(again)).toEqual(uids(ics));
    expect(new Set(uids(ics)).size).toBe(uids(ics)?.length);
  });

  it('keeps UIDs unique for identical entries', () => {
    const twice = timelineToICalendar([entry({}), entry({})], { now: NOW, words });
    const uids = unfold(twice).match(/UID:[^\r]+/g) ?? [];
    expect(uids).toHaveLength(2);
    expect(uids[0]).not.toBe(uids[1]);
  });

  it('escapes TEXT values and folds long ones inside the value', () => {
    const label =
      'Brief; over de DPCR, met \\ en\nregel, en een heel lange staart tekst die voorbij de vijfenzeventig octetten loopt: é ü 😀';
    const out = timelineToICalendar([entry({ label })], { now: NOW, words });
    const summary = unfold(out)
      .split('\r\n')
      .find((l) => l.startsWith('SUMMARY:'));
    expect(summary).toBe(
      `SUMMARY:${'Brief\\; over de DPCR\\, met \\\\ en\\nregel\\, en een heel lange staart tekst die voorbij de vijfenzeventig octetten loopt: é ü 😀'}`,
    );
    for (const physical of out.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
  });

  it('skips entries whose date cannot be read and produces an empty calendar for none', () => {
    const out = timelineToICalendar([entry({ iso: 'bad' })], { now: NOW, words });
    expect(out).not.toContain('BEGIN:VEVENT');
    expect(out).toContain('END:VCALENDAR\r\n');
  });
});

describe('iCalendar helpers', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops controls', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\u0007g')).toBe('a\\\\b\\;c\\,d\\ne\\nf g');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('short')).toBe('short');
  });
});

describe('timelineToCsv', () => {
  it('writes a header and one CRLF-terminated row per entry, quoting per RFC 4180', () => {
    const csv = timelineToCsv(
      [
        entry({ label: 'Brief "DPCR", en meer' }),
        entry({ iso: '2023-01', kind: 'deadline', label: 'regel\nnog een', relation: null }),
      ],
      { words },
    );
    expect(csv).toBe(
      'datum,einddatum,soort,ten opzichte van het stuk,omschrijving,begin in de tekst,einde in de tekst\r\n' +
        '2022-10-12,,Gebeurtenis,later,"Brief ""DPCR"", en meer",0,1\r\n' +
        '2023-01,,Termijn,,"regel\nnog een",0,1\r\n',
    );
  });

  it('names the columns, kinds and relations in the words it is given', () => {
    const csv = timelineToCsv(
      [entry({ relation: 'past' }), entry({ iso: '2022-09-30', kind: 'deadline', relation: 'same-day' })],
      { words: exportWords('en') },
    );
    expect(csv.split('\r\n')).toEqual([
      'date,end date,type,relative to the paper,description,start in the text,end in the text',
      '2022-10-12,,Event,before,Ministers bijeen,0,1',
      '2022-09-30,,Deadline,same day,Ministers bijeen,0,1',
      '',
    ]);
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+31')).toBe("'+31");
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
  });
});

describe('commitmentsToMarkdown', () => {
  it('lists the NAVO commitments as a checklist with due dates', () => {
    const md = commitmentsToMarkdown(navo().commitments, { title: 'Toezeggingen NAVO-brief', words });
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe('## Toezeggingen NAVO-brief');
    const items = lines.filter((l) => l.startsWith('- [ ] '));
    expect(items).toHaveLength(5);
    expect(items[0]).toBe(
      '- [ ] Binnenkort ontvangt uw Kamer een brief waarin de Defensie Industrie Strategie (2018) in de actuele geopolitieke context wordt geplaatst.',
    );
    expect(items.find((l) => l.includes('streeft ernaar'))).toMatch(/ \(verwacht 2022-11\)$/);
    // The due date as the caller writes dates.
    const written = commitmentsToMarkdown(navo().commitments, { date: (iso) => `[${iso}]`, words });
    expect(written).toMatch(/streeft ernaar .* \(verwacht \\\[2022-11\\\]\)$/m);
  });

  it('escapes Markdown characters and collapses line breaks', () => {
    const md = commitmentsToMarkdown([{ text: 'Ik zal *nu* [x]\nsturen', due: null, start: 0, end: 1 }], {
      words,
    });
    expect(md).toBe('- [ ] Ik zal \\*nu\\* \\[x\\] sturen\n');
    expect(commitmentsToMarkdown([], { words })).toBe('');
  });
});
