import { spanBounds, isoOfDayNumber } from '../dates/calendar';
import type { CommitmentFinding, TimelineEntry } from '../types';
import { dueWording } from './export-due';

/**
 * Exports of the timeline and the commitments, as strings: iCalendar (RFC 5545), CSV (RFC 4180) and a
 * Markdown checklist. Pure: the caller decides where the text goes (download, clipboard).
 */

/**
 * Fixed words of the exports, in the interface's language. The words themselves are interface strings and live
 * in one place, the exports' table of `src/i18n/messages-export.ts` (Dutch and English); the background fills
 * this from it (`exportWords` in `src/messaging/export-service.ts`). The core only writes them where they go.
 */
export interface ExportWords {
  /**
   * The kinds of entry, as the CSV and the calendar's categories name them; a commitment's and a deadline's
   * summary starts with its kind.
   */
  commitment: string;
  deadline: string;
  event: string;
  /**
   * Before a commitment's due date in Markdown, as the letter gives it (`DueWording`, `./export-due.ts`): expected
   * then, `(verwacht november 2022)`; a deadline, `(uiterlijk juni 2025)` for `voor de zomer`; before a day,
   * `(vóór 1 december 2019)`.
   */
  due: string;
  dueBy: string;
  dueBefore: string;
  source: string;
  /** Where an entry's date lies from the paper's own, in the CSV: before it, on its day, after it. */
  past: string;
  sameDay: string;
  future: string;
  /** The CSV's header row: date, end date, kind, relation to the paper, label, start and end in the text. */
  columns: readonly [string, string, string, string, string, string, string];
}

/** An entry's kind in the export's words. */
function kindWord(kind: TimelineEntry['kind'], words: ExportWords): string {
  return kind === 'commitment' ? words.commitment : kind === 'deadline' ? words.deadline : words.event;
}

export interface CalendarOptions {
  /** DTSTAMP of every event (RFC 5545 requires one). Defaults to the current time. */
  now?: Date;
  /** The paper's address: in each event's URL and description, and part of its UID. */
  sourceUrl?: string | null;
  /** Shown by calendar apps as the calendar's name (X-WR-CALNAME). */
  calendarName?: string | null;
  words: ExportWords;
}

const CRLF = '\r\n';

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .map((ch) => (isControl(ch) && ch !== '\t' ? ' ' : ch))
    .join('');
}

/** C0 controls and DEL: not allowed in iCalendar TEXT (RFC 5545 §3.3.11) except tab. */
function isControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x20 || c === 0x7f;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space, never inside a
 * UTF-8 character. The continuation's leading space counts towards its 75 octets.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) as number);
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** UTC date-time in the basic format: `20220930T120000Z`. */
function formatStamp(d: Date): string {
  const t = Number.isNaN(d.getTime()) ? new Date(0) : d;
  return t
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function basicDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/** 64 bits of FNV-1a-style hashing in two 32-bit lanes: stable across runs and platforms. */
export function contentHash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** A URI property value: no line breaks or controls may reach the output. */
function cleanUri(s: string): string {
  return s
    .split('')
    .filter((ch) => ch !== ' ' && !isControl(ch))
    .join('');
}

function summaryOf(e: TimelineEntry, words: ExportWords): string {
  return e.kind === 'event' ? e.label : `${kindWord(e.kind, words)}: ${e.label}`;
}

/**
 * The timeline as an iCalendar file: one all-day VEVENT per entry, spanning its days (a month-precision
 * date covers the month), with a UID derived from the entry's content so a re-export updates rather than
 * duplicates events in a calendar.
 */
export function timelineToICalendar(entries: readonly TimelineEntry[], options: CalendarOptions): string {
  const { words } = options;
  const stamp = formatStamp(options.now ?? new Date());
  const source = options.sourceUrl ? cleanUri(options.sourceUrl) : null;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kamerlens//Tijdlijn//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  const used = new Map<string, number>();
  for (const e of entries) {
    const bounds = spanBounds(e.iso, e.endIso);
    if (!bounds) continue;
    const base = contentHash([e.iso, e.endIso ?? '', e.kind, e.label, source ?? ''].join('\u0001'));
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const uid = `${base}${seen > 0 ? `-${seen + 1}` : ''}@kamerlens`;
    const description = [e.label, source ? `${words.source}: ${source}` : null].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(isoOfDayNumber(bounds.first))}`,
      // DTEND of an all-day event is exclusive: the day after the last day.
      `DTEND;VALUE=DATE:${basicDate(isoOfDayNumber(bounds.last + 1))}`,
      `SUMMARY:${escapeText(summaryOf(e, words))}`,
      `DESCRIPTION:${escapeText(description)}`,
      // In the export's words, as the summary; the UID keeps the kind's code, so an export in the other
      // language updates the same events.
      `CATEGORIES:${escapeText(kindWord(e.kind, words))}`,
      'TRANSP:TRANSPARENT',
    );
    if (source) lines.push(`URL:${source}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * RFC 4180 field: quoted when it holds a quote, comma or line break (quotes doubled). Text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe (OWASP CSV injection).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The timeline as CSV with a header row, CRLF line ends (RFC 4180). The header, the kind and the relation to
 * the paper are in the export's words; the dates stay ISO (a spreadsheet sorts them), the offsets numbers.
 */
export function timelineToCsv(entries: readonly TimelineEntry[], options: { words: ExportWords }): string {
  const { words } = options;
  const relation = (r: TimelineEntry['relation']) =>
    r === 'past' ? words.past : r === 'same-day' ? words.sameDay : r === 'future' ? words.future : null;
  const rows = entries.map((e) =>
    [e.iso, e.endIso, kindWord(e.kind, words), relation(e.relation), e.label, e.start, e.end]
      .map((v) => csvField(v))
      .join(','),
  );
  return [words.columns.map((c) => csvField(c)).join(','), ...rows].join(CRLF) + CRLF;
}

/** Markdown inline text: white space collapsed, characters with Markdown meaning escaped. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/**
 * Commitments as a Markdown task list: `- [ ] <sentence> (verwacht november 2022)`, the due date as `date`
 * writes it (the interface's language; the ISO date, `2022-11`, when not given), after the word for how the letter
 * gives it (`dueWording`): `(uiterlijk juni 2025)` for `voor de zomer`.
 */
export function commitmentsToMarkdown(
  commitments: readonly CommitmentFinding[],
  options: { title?: string | null; words: ExportWords; date?: (iso: string) => string },
): string {
  const { words } = options;
  const date = options.date ?? ((iso: string) => iso);
  const lines: string[] = [];
  if (options.title) lines.push(`## ${escapeMarkdown(options.title)}`, '');
  for (const c of commitments) {
    const due = c.due ? ` (${dueWord(c, words)} ${escapeMarkdown(date(c.due))})` : '';
    lines.push(`- [ ] ${escapeMarkdown(c.text)}${due}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** The word before a commitment's due date: see `DueWording`. */
function dueWord(c: CommitmentFinding, words: ExportWords): string {
  const wording = dueWording(c);
  return wording === 'by' ? words.dueBy : wording === 'before' ? words.dueBefore : words.due;
}
