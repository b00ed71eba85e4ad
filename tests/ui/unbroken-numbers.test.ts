import { describe, expect, it } from 'vitest';
import { unbrokenNumbers } from '../../src/ui/unbroken-numbers';

const NB = '\u00a0';

describe('unbrokenNumbers', () => {
  // Each as a corpus letter, or Kamerlens's own line about it, writes it; `~` marks a no-break space expected.
  it.each([
    // tests/fixtures/navo-defensieministers-2022-09-30.txt
    ['Kamerstuk 29 521, nr. 446', 'Kamerstuk 29~521, nr.~446'],
    // 2114-ek-bzk-2015-evaluatie-caribisch-nederland: a budget chapter after the dossier.
    ['Kamerstukken II 2013/14, 33 750 IV, nr. 45', 'Kamerstukken II 2013/14, 33~750~IV, nr.~45'],
    // 185-eli-2012-hervorming-visserijbeleid: `nrs.`; the list may break after its comma.
    ['Kamerstukken 21 501-32, nrs. 627, 629', 'Kamerstukken 21~501-32, nrs.~627, 629'],
    // 1193-vws-2014-shared-savings: proceedings, with their item.
    ['Handelingen II 2013/14, nr. 17, item 7', 'Handelingen II 2013/14, nr.~17, item~7'],
    // 1547-ek-nota-venj-2016-termijnen-nederlanderschap: a Kingdom act's dossier.
    ['33 852 (R2023) Wijziging van de Rijkswet', '33~852~(R2023) Wijziging van de Rijkswet'],
    // The popover's line in English, and the sidebar's outline head (`printedDossier` and the paper's title).
    [
      'Parliamentary paper ({nl:Kamerstuk}) · House of Representatives · dossier 35 925 XVI, no. 163',
      'Parliamentary paper ({nl:Kamerstuk}) · House of Representatives · dossier 35~925~XVI, no.~163',
    ],
    ['32 793 Preventief gezondheidsbeleid', '32~793 Preventief gezondheidsbeleid'],
    // Words are left to break as before: only numbers are joined.
    ['Geen titel van dit stuk gevonden.', 'Geen titel van dit stuk gevonden.'],
    ['Gedateerd 17 juni 2022 (volgens de tekst)', 'Gedateerd 17 juni 2022 (volgens de tekst)'],
  ])('%s', (text, expected) => {
    expect(unbrokenNumbers(text)).toBe(expected.replaceAll('~', NB));
  });

  it('keeps the text otherwise as it was (its length, each other character)', () => {
    const text = 'Kamerstuk 29 521, nr. 446 en Kamerstuk 36 200 X, nr. 5';
    const out = unbrokenNumbers(text);
    expect(out.length).toBe(text.length);
    expect(out.replaceAll(NB, ' ')).toBe(text);
  });
});
