import { describe, expect, it } from 'vitest';
import { findMotionSigners, signersTitle } from '../../../src/core/outline/motion-signers';
import { splitLines } from '../../../src/core/outline/lines';
import { analyze } from '../../../src/core/analyze';

function signers(text: string): string[] | null {
  return findMotionSigners(splitLines(text), 0)?.names ?? null;
}

describe('findMotionSigners: the members under a motion', () => {
  it.each([
    [
      'one name, then the page end (186)',
      'verzoekt het kabinet, …,\n\nen gaat over tot de orde van de dag.\n\nSjoerdsma\n\nNaar boven',
      ['Sjoerdsma'],
    ],
    [
      'names between blank lines (48)',
      'en gaat over tot de orde van de dag.\n\nPieter Heerma\n\nWiersma',
      ['Pieter Heerma', 'Wiersma'],
    ],
    [
      'names one a line, then the page labels (57)',
      'en gaat over tot de orde van de dag.\nSneller\nVan ’t Wout\nVan der Molen\nSegers\nÖzütok\nIndieners\n-\nIndiener\nJoost Sneller, Kamerlid -',
      ['Sneller', 'Van ’t Wout', 'Van der Molen', 'Segers', 'Özütok'],
    ],
    ['no closing formula: none', 'verzoekt de regering om …\n\nSjoerdsma', null],
    [
      'a sentence after the formula is no name',
      'en gaat over tot de orde van de dag.\n\nDe Kamer stemt hier later over.',
      null,
    ],
  ])('%s', (_case, text, expected) => {
    expect(signers(text)).toEqual(expected);
  });

  it('titles long lists by their first three names', () => {
    expect(signersTitle(['Omtzigt', 'Van der Plas', 'Gündoğan', 'Dassen', 'Van Haga'])).toBe(
      'Omtzigt, Van der Plas, Gündoğan +2',
    );
  });

  it('in a motion the names are its signature, not headings; elsewhere nothing changes', () => {
    const motie = [
      '21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken',
      'Nr. 2313 MOTIE VAN HET LID SJOERDSMA',
      'Voorgesteld 15 april 2021',
      'De Kamer,',
      'gehoord de beraadslaging,',
      'verzoekt het kabinet, niet bij voorbaat verdragswijzigingen uit te sluiten,',
      'en gaat over tot de orde van de dag.',
      'Sjoerdsma',
    ].join('\n\n');
    const outline = analyze({ text: motie }).outline;
    expect(outline.filter((e) => e.title === 'Sjoerdsma').map((e) => e.kind)).toEqual(['signature']);
  });
});
