import type { ExportMessageKey } from '../i18n/messages-export';
import { siteForUrl } from '../sites';
import type { ExportFormat } from './protocol';

/** Each export's file name word (in the interface language: `tijdlijn`, `timeline`), extension and media type. */
export const EXPORT_FILES: Record<ExportFormat, { word: ExportMessageKey; ext: string; mime: string }> = {
  ics: { word: 'exportFileTimeline', ext: 'ics', mime: 'text/calendar' },
  csv: { word: 'exportFileTimeline', ext: 'csv', mime: 'text/csv' },
  md: { word: 'exportFileCommitments', ext: 'md', mime: 'text/markdown' },
};

/**
 * `kamerlens-kst-28676-409`: a file name base from the paper's own number, only safe characters. A paper
 * without a dossier (an answer to written questions) is named after its address: the KOOP page's id
 * (`ah-tk-20202021-2964`) or tweedekamer.nl's document number (`2021D26707`), else `paper` (the word for it
 * in the interface language). Made in the background with the export's text, so none of it is in the
 * content script.
 */
export function fileBase(
  dossier: string | null,
  number: string | null,
  url: string | null,
  paper: string,
): string {
  const id = dossier ? `kst-${dossier}${number ? `-${number}` : ''}` : (idFromAddress(url) ?? paper);
  return `kamerlens-${id.replace(/[^\w.-]+/g, '_').slice(0, 60)}`;
}

/** The publication id the paper's address carries, as the site reads it (`ah-tk-20202021-2964`, `2021D26707`). */
function idFromAddress(url: string | null): string | null {
  if (!url) return null;
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return null;
  }
  return siteForUrl(address)?.classifyUrl(address).id ?? null;
}
