/**
 * The words inside the timeline exports (.ics, CSV, Markdown) and in their file names, in Dutch and English: the one
 * place they are written. The core's exporters take them as `ExportWords` (`src/core/timeline/export.ts`) and have
 * none of their own (the core imports no interface strings); the background fills those from this table
 * (`exportWords` in `src/messaging/export-service.ts`) and registers it there with `registerMessages`; the content
 * script never carries it.
 */
export const exportNl = {
  // The kinds of timeline entry: the calendar's summaries and categories, the CSV's kind column.
  exportWordCommitment: 'Toezegging',
  exportWordDeadline: 'Termijn',
  exportWordEvent: 'Gebeurtenis',
  // Before a commitment's due date, written out, as the letter gives it: a time it is expected at, `(verwacht
  // november 2022)`; a deadline, `(uiterlijk juni 2025)` for `voor de zomer`; a day before which, `(vóór 1 december
  // 2019)` for `voor 1 december 2019`.
  exportWordDue: 'verwacht',
  exportWordDueBy: 'uiterlijk',
  exportWordDueBefore: 'vóór',
  exportWordSource: 'Bron',
  // The CSV's relation column: an entry's date before, on or after the paper's.
  exportRelationPast: 'eerder',
  exportRelationSameDay: 'dezelfde dag',
  exportRelationFuture: 'later',
  // The CSV's header row; the begin and end are the entry's place in the paper's text (characters).
  exportColumnDate: 'datum',
  exportColumnEndDate: 'einddatum',
  exportColumnKind: 'soort',
  exportColumnRelation: 'ten opzichte van het stuk',
  exportColumnLabel: 'omschrijving',
  exportColumnStart: 'begin in de tekst',
  exportColumnEnd: 'einde in de tekst',
  exportCalendarName: 'Kamerlens: {title}',
  // Words in the files' names (`kamerlens-kst-28676-409-tijdlijn.ics`); `stuk` names a paper without a number.
  exportFileTimeline: 'tijdlijn',
  exportFileCommitments: 'toezeggingen',
  exportFilePaper: 'stuk',
} as const;

export type ExportMessageKey = keyof typeof exportNl;

export const exportEn: Record<ExportMessageKey, string> = {
  exportWordCommitment: 'Commitment',
  exportWordDeadline: 'Deadline',
  exportWordEvent: 'Event',
  exportWordDue: 'expected',
  exportWordDueBy: 'by',
  exportWordDueBefore: 'before',
  exportWordSource: 'Source',
  exportRelationPast: 'before',
  exportRelationSameDay: 'same day',
  exportRelationFuture: 'after',
  exportColumnDate: 'date',
  exportColumnEndDate: 'end date',
  exportColumnKind: 'type',
  exportColumnRelation: 'relative to the paper',
  exportColumnLabel: 'description',
  exportColumnStart: 'start in the text',
  exportColumnEnd: 'end in the text',
  exportCalendarName: 'Kamerlens: {title}',
  exportFileTimeline: 'timeline',
  exportFileCommitments: 'commitments',
  exportFilePaper: 'paper',
};

/** Both languages of the exports' table, as `registerMessages` takes them. */
export const EXPORT_MESSAGES = { nl: exportNl, en: exportEn } as const;
