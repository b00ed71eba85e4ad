/** Types the sidebar shares with whoever mounts it (the reader's sidebar controller). */

/** What a title lookup gave for a cited paper (the shape of the background's answer). */
export type TitleInfo =
  | {
      state: 'found';
      title: string;
      kind: string | null;
      date: string | null;
      dossierTitle: string | null;
    }
  | { state: 'not-found' }
  | { state: 'disabled' }
  | { state: 'unavailable' };

/** Where a cited paper's title lookup stands: its answer, or `loading` while none has come. */
export type TitleState = TitleInfo | { state: 'loading' };

/** The timeline exports. */
export type ExportFormat = 'ics' | 'csv' | 'md';

/** A file to download, as `downloadFile` saves it (the sidebar's exports, made by the reader's background). */
export type { ExportFile } from '../download';

/** The sections that follow the category settings; the timeline is always shown. */
export interface SectionVisibility {
  outline: boolean;
  citations: boolean;
  acronyms: boolean;
}

export type SectionId = 'facts' | 'outline' | 'timeline' | 'citations' | 'acronyms';
