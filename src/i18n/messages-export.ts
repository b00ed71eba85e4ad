/**
 * The words inside the timeline exports (.ics, Markdown) and in their file names, in Dutch and English. The background
 * writes the exports (`src/messaging/export-service.ts`) and registers this table there with
 * `registerMessages`; the content script never carries it.
 */
export const exportNl = {
  exportWordCommitment: 'Toezegging',
  exportWordDeadline: 'Termijn',
  exportWordDue: 'verwacht',
  exportWordSource: 'Bron',
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
  exportWordDue: 'due',
  exportWordSource: 'Source',
  exportCalendarName: 'Kamerlens: {title}',
  exportFileTimeline: 'timeline',
  exportFileCommitments: 'commitments',
  exportFilePaper: 'paper',
};

/** Both languages of the exports' table, as `registerMessages` takes them. */
export const EXPORT_MESSAGES = { nl: exportNl, en: exportEn } as const;
