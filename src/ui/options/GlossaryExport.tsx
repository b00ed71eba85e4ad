import { exportUserGlossaryCsv, exportUserGlossaryJson } from '../../core/acronyms/user-glossary';
import type { MessageKey, Translator } from '../../i18n';
import { downloadFile } from '../download';
import type { UserGlossaryEntry } from './glossary-edit';

/** The formats the glossary is exported in, each a button. */
const FORMATS: readonly {
  label: MessageKey;
  filename: string;
  mime: string;
  text(entries: readonly UserGlossaryEntry[]): string;
}[] = [
  {
    label: 'glossaryExportCsv',
    filename: 'kamerlens-glossary.csv',
    mime: 'text/csv',
    text: exportUserGlossaryCsv,
  },
  {
    label: 'glossaryExportJson',
    filename: 'kamerlens-glossary.json',
    mime: 'application/json',
    text: exportUserGlossaryJson,
  },
];

/** The glossary's export buttons, CSV and JSON (off while the list is empty). */
export function GlossaryExport({ entries, t }: { entries: readonly UserGlossaryEntry[]; t: Translator }) {
  return (
    <p class="kl-actions">
      {FORMATS.map((f) => (
        <button
          key={f.filename}
          type="button"
          disabled={!entries.length}
          onClick={() =>
            downloadFile(document, { filename: f.filename, mime: f.mime, text: f.text(entries) })
          }
        >
          {t(f.label)}
        </button>
      ))}
    </p>
  );
}
