import { describe, expect, it } from 'vitest';
import { citedPaperRef, paperUrl } from '../../../src/core/citations';
import type { CitationFinding } from '../../../src/core/types';

const base: CitationFinding = {
  text: 'Kamerstuk 29 521, nr. 446',
  type: 'kamerstuk',
  chamber: 'II',
  dossier: '29521',
  number: '446',
  year: null,
  url: 'https://zoek.officielebekendmakingen.nl/kst-29521-446.html',
  start: 0,
  end: 25,
};

describe('citedPaperRef: the paper a citation names, for the title lookups', () => {
  it.each([
    ['the NAVO letter (no id, as read back from JSON)', base, 'kst-29521-446'],
    ['a finder result that carries its id', { ...base, id: 'kst-29521-446' }, 'kst-29521-446'],
    [
      'letter 13: Aanhangsel Handelingen, vergaderjaar 2020–2021, nr. 2844',
      { ...base, type: 'aanhangsel' as const, dossier: null, number: '2844', year: '2020-2021' },
      'ah-tk-20202021-2844',
    ],
  ])('%s', (_name, citation, id) => {
    const ref = citedPaperRef(citation);
    expect(ref.id).toBe(id);
    expect(paperUrl(ref.id)).toBe(`https://zoek.officielebekendmakingen.nl/${id}.html`);
    expect(ref.item).toBeNull();
  });
});
