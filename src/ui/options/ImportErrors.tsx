import type { Translator } from '../../i18n';
import { markedWords } from '../marked-words';
import { describeError, type ImportReading } from './glossary-edit';

/** How many of an import's errors are listed (the rest is an ellipsis). */
const SHOWN_ERRORS = 20;

export interface FailedImport extends ImportReading {
  file: string;
}

/**
 * What was wrong with an imported file, as an alert: its first errors, each with its line or entry, and
 * the choice to import the entries that were right or to dismiss it all.
 */
export function ImportErrors({
  failed,
  t,
  onImportGood,
  onDismiss,
}: {
  failed: FailedImport;
  t: Translator;
  /** Imports the entries of the file that were right (offered only when there are some). */
  onImportGood(): void;
  onDismiss(): void;
}) {
  return (
    <div class="kl-import-errors" role="alert">
      <p>{t('glossaryImportFailed', { file: failed.file })}</p>
      <ul>
        {failed.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
          <li key={i} data-code={e.code}>
            {markedWords(describeError(e, failed.unit, t))}
          </li>
        ))}
        {failed.errors.length > SHOWN_ERRORS ? <li>…</li> : null}
      </ul>
      <p class="kl-actions">
        {failed.entries.length ? (
          <button type="button" onClick={onImportGood}>
            {failed.entries.length === 1
              ? t('glossaryImportPartialOne')
              : t('glossaryImportPartial', { count: failed.entries.length })}
          </button>
        ) : null}
        <button type="button" onClick={onDismiss}>
          {t('glossaryImportDismiss')}
        </button>
      </p>
    </div>
  );
}
