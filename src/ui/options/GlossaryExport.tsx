import { exportUserGlossaryCsv, exportUserGlossaryJson } from '../../core/acronyms/user-glossary';
import type { Translator } from '../../i18n';
import { downloadFile } from '../download';
import type { UserGlossaryEntry } from './glossary-edit';

/** The glossary's export buttons, CSV and JSON (off while the list is empty). */
export function GlossaryExport({ entries, t }: { entries: readonly UserGlossaryEntry[]; t: Translator }) {
  return (
    <p class="kl-actions">
      <button
        type="button"
        disabled={!entries.length}
        onClick={() =>
          downloadFile(document, {
            filename: 'kamerlens-glossary.csv',
            mime: 'text/csv',
            text: exportUserGlossaryCsv(entries),
          })
        }
      >
        {t('glossaryExportCsv')}
      </button>
      <button
        type="button"
        disabled={!entries.length}
        onClick={() =>
          downloadFile(document, {
            filename: 'kamerlens-glossary.json',
            mime: 'application/json',
            text: exportUserGlossaryJson(entries),
          })
        }
      >
        {t('glossaryExportJson')}
      </button>
    </p>
  );
}
