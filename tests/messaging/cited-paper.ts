import type { PaperRef } from '../../src/messaging/protocol';

/** A paper cited by fixture letter 01 (kst-32793-205), "Kamerstuk 32 793, nr. 176", as a lookup message carries it. */
export const CITED: PaperRef = {
  id: 'kst-32793-176',
  type: 'kamerstuk',
  chamber: null,
  dossier: '32793',
  number: '176',
  year: null,
  item: null,
};
