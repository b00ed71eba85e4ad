/**
 * Issue 6's proof: the `.ics` of the fixture letter, read back by an independent parser (ical.js,
 * Mozilla's, used by Thunderbird), gives the right all-day days and the exact label text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { timelineToICalendar } from '../../../src/core/timeline/export';
import type { TimelineEntry } from '../../../src/core/types';
import { exportWords } from '../../../src/messaging/export-service';

const LETTER = join(__dirname, '../../fixtures/navo-defensieministers-2022-09-30.txt');
const SOURCE = 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html';
const NOW = new Date(Date.UTC(2022, 9, 1, 8, 30, 0));
const words = exportWords('nl');

interface ParsedEvent {
  uid: string;
  start: string;
  /** Exclusive, as RFC 5545 has it for all-day events. */
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
  url: string | null;
}

/** Every VEVENT as ical.js reads it. */
function parseEvents(ics: string): { calendarName: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      summary: event.summary,
      description: event.description,
      url: (component.getFirstPropertyValue('url') as string | null) ?? null,
    };
  });
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  return { calendarName: typeof name === 'string' ? name : null, events };
}

/** The letter's timeline, analysed as the CLI does (the file has no `URL:` header line). */
function navoTimeline(): TimelineEntry[] {
  return analyze({ text: readFileSync(LETTER, 'utf8'), page: { url: SOURCE } }).timeline;
}

/** The day after an ISO day: the exclusive end of an all-day event. */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe('the .ics of the NAVO fixture letter, read by ical.js', () => {
  const timeline = navoTimeline();
  // ical.js reads X- properties raw (value type "unknown", not unescaped), so this name has nothing to escape.
  const ics = timelineToICalendar(timeline, {
    now: NOW,
    sourceUrl: SOURCE,
    calendarName: 'NAVO Defensie',
    words,
  });
  const { calendarName, events } = parseEvents(ics);

  it('has one all-day event per timeline entry, with unique UIDs', () => {
    expect(timeline.length).toBeGreaterThanOrEqual(9);
    expect(events).toHaveLength(timeline.length);
    expect(events.every((e) => e.allDay)).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(calendarName).toBe('NAVO Defensie');
  });

  it.each([
    // [what the letter says, DTSTART, DTEND (exclusive)]
    ['12 en 13 oktober (the ministers meet in Brussels)', '2022-10-12', '2022-10-14'],
    ['29 en 30 juni 2022 (the meeting after the Madrid summit)', '2022-06-29', '2022-07-01'],
    ['22 september 2022', '2022-09-22', '2022-09-23'],
    ['29 september 2022', '2022-09-29', '2022-09-30'],
    ['3 november 2022 (the Althea mandate)', '2022-11-03', '2022-11-04'],
    ['17 juni 2022 (the cited letter)', '2022-06-17', '2022-06-18'],
    // Month precision covers the whole month.
    ['november 2022 (the commitment)', '2022-11-01', '2022-12-01'],
    ['begin 2023 (as a month: January)', '2023-01-01', '2023-02-01'],
    ['juni 2022', '2022-06-01', '2022-07-01'],
  ])('puts %s on %s until %s', (_what, start, end) => {
    expect(events.map((e) => [e.start, e.end])).toContainEqual([start, end]);
  });

  it('gives each entry its own days: DTSTART is the first day, DTEND the day after the last', () => {
    for (const [i, entry] of timeline.entries()) {
      const event = events[i] as ParsedEvent;
      if (entry.iso.length === 10) {
        expect(event.start).toBe(entry.iso);
        expect(event.end).toBe(dayAfter(entry.endIso ?? entry.iso));
      } else {
        // Month precision (`2022-11`): from the 1st of the month.
        expect(event.start).toBe(`${entry.iso}-01`);
      }
    }
  });

  it('round-trips every label exactly, commas included (the Althea mandate)', () => {
    for (const [i, entry] of timeline.entries()) {
      const event = events[i] as ParsedEvent;
      const summary = entry.kind === 'commitment' ? `Toezegging: ${entry.label}` : entry.label;
      expect(event.summary).toBe(summary);
      expect(event.description).toBe(`${entry.label}\nBron: ${SOURCE}`);
      expect(event.url).toBe(SOURCE);
    }
    expect(events.map((e) => e.summary)).toContain(
      'Nederland ziet graag dat het VN-mandaat voor Althea, dat verloopt, wordt verlengd',
    );
    expect(events.some((e) => e.summary.startsWith('Toezegging: '))).toBe(true);
  });
});

describe('text that iCalendar must escape, read back by ical.js', () => {
  const entry = (label: string): TimelineEntry => ({
    iso: '2022-10-12',
    endIso: '2022-10-13',
    label,
    relation: 'future',
    kind: 'event',
    start: 0,
    end: 1,
  });

  it.each([
    'Den Haag, 30 september 2022',
    'Raad Buitenlandse Zaken; Defensie, 14 november',
    'Kamerstuk 29 521, nr. 446; zie ook nr. 447',
    'pad C:\\brieven\\navo; komma, puntkomma',
    'twee\nregels',
    'NAVO-Ministers van Defensie bijeen – Brussel, “Oekraïne”, 12–13 oktober',
    `${'Een zeer lang label, '.repeat(12)}einde`,
  ])('round-trips %j', (label) => {
    const [event] = parseEvents(timelineToICalendar([entry(label)], { now: NOW, words })).events;
    expect(event).toMatchObject({ summary: label, start: '2022-10-12', end: '2022-10-14', allDay: true });
  });
});
