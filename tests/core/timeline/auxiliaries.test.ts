import { describe, expect, it } from 'vitest';
import { alternation, AUXILIARY_WORDS, wordsWithout } from '../../../src/core/timeline/auxiliaries';

describe('the auxiliaries the label rules share', () => {
  // The finite forms of `hebben`, `zijn` and `worden` the letters write: `heb ik uw Kamer … toegezonden` (2106), `zijn
  // ze door de Minister-President … beantwoord` (1674), `wordt uw Kamer … geïnformeerd` (526).
  it.each([
    ['hebben', ['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']],
    ['zijn', ['ben', 'is', 'zijn', 'was', 'waren']],
    ['worden', ['wordt', 'worden', 'werd', 'werden']],
  ])('holds the finite forms of `%s`', (_verb, forms) => {
    for (const w of forms) expect(AUXILIARY_WORDS).toContain(w);
  });

  it('holds no modal: a rule that reads them adds them', () => {
    for (const w of ['zal', 'zullen', 'kan', 'kunnen']) expect(AUXILIARY_WORDS).not.toContain(w);
  });

  it('gives a rule its list without the words it leaves out, as an alternation in the same order', () => {
    expect(alternation(wordsWithout(['heb', 'hebt', 'is', 'ben'], ['hebt', 'ben']))).toBe('heb|is');
  });
});
