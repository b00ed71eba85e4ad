/**
 * The background's side of `format-export`: writes the timeline exports with the core's
 * exporters, in the interface language's words. Lives in the background so the exporters, the
 * calendar arithmetic and the export words stay out of the content script.
 */
import {
  commitmentsToMarkdown,
  timelineToCsv,
  timelineToICalendar,
  type ExportWords,
} from '../core/timeline/export';
import { registerMessages, translator, type Language } from '../i18n';
import { formatIsoDate } from '../i18n/format';
import { EXPORT_MESSAGES } from '../i18n/messages-export';
import { EXPORT_FILES, fileBase } from './export-file-name';
import type { ExportAnswer, ExportRequestInput } from './protocol';

// The export words are not in the pages' table; this context registers them once.
registerMessages(EXPORT_MESSAGES);

/** The file for an export request; `now` is the calendar's DTSTAMP (defaults to the current time). */
export function formatTimelineExport(input: ExportRequestInput, now?: Date): ExportAnswer {
  const { word, ext, mime } = EXPORT_FILES[input.format];
  const t = translator(input.language);
  const filename = `${fileBase(input.dossier, input.number, input.sourceUrl, t('exportFilePaper'))}-${t(word)}.${ext}`;
  return { text: exportText(input, now), filename, mime };
}

/**
 * The exports' fixed words in `language`, from the exports' table (`src/i18n/messages-export.ts`), the one place
 * they are written.
 */
export function exportWords(language: Language): ExportWords {
  const t = translator(language);
  return {
    commitment: t('exportWordCommitment'),
    deadline: t('exportWordDeadline'),
    event: t('exportWordEvent'),
    due: t('exportWordDue'),
    dueBy: t('exportWordDueBy'),
    dueBefore: t('exportWordDueBefore'),
    source: t('exportWordSource'),
    past: t('exportRelationPast'),
    sameDay: t('exportRelationSameDay'),
    future: t('exportRelationFuture'),
    columns: [
      t('exportColumnDate'),
      t('exportColumnEndDate'),
      t('exportColumnKind'),
      t('exportColumnRelation'),
      t('exportColumnLabel'),
      t('exportColumnStart'),
      t('exportColumnEnd'),
    ],
  };
}

function exportText(input: ExportRequestInput, now?: Date): string {
  const t = translator(input.language);
  const words = exportWords(input.language);
  const title = input.title?.replace(/\s+/g, ' ').trim() || t('appName');
  if (input.format === 'ics') {
    return timelineToICalendar(input.timeline, {
      now,
      sourceUrl: input.sourceUrl,
      calendarName: t('exportCalendarName', { title }),
      words,
    });
  }
  if (input.format === 'csv') return timelineToCsv(input.timeline, { words });
  // The due date as the interface writes dates (`november 2022`), where the ISO date was left.
  return commitmentsToMarkdown(input.commitments, {
    title,
    words,
    date: (iso) => formatIsoDate(iso, input.language),
  });
}
