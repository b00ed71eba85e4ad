import type { TitleLookupAnswer } from '../../src/messaging/protocol';

/**
 * The title lookup's answer for the NAVO letter's citation `Kamerstuk 29 521, nr. 446`: the real record behind it
 * is a Brief regering of 17 June 2022 (tests/e2e/highlights). Shared by the reader's tests of title lookups.
 */
export const NAVO_CITED_PAPER: TitleLookupAnswer = {
  state: 'found',
  title: 'Verslag NAVO-top',
  kind: 'Brief regering',
  kindEn: 'Letter from the government',
  date: '2022-06-17',
  dossierTitle: 'Vrede en veiligheid',
  source: 'tk-odata',
};
