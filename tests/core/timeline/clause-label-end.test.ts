import { describe, expect, it } from 'vitest';
import { clauseLabelEnd } from '../../../src/core/timeline/clause-label-end';

describe('clauseLabelEnd', () => {
  it.each([
    // A word no clause ends on goes, with what a cut label would not end on before it.
    ['…opmerkingen van de NVB over de', false, '…opmerkingen van de NVB'], // 1426
    ['…de hoge asielinstroom in de eerste en', false, '…de hoge asielinstroom'], // 697
    ['…een verwachte oplevering in of', false, '…een verwachte oplevering'], // 2684
    ['…vergelijkbaar is met', false, '…vergelijkbaar is'], // 215
    ['…met een voorstel te komen of en,', false, '…met een voorstel te komen'], // 418
    ['…verzocht voor de het', false, '…verzocht'], // 1454
    ['…Luchtvaart ontvangen, dat', false, '…Luchtvaart ontvangen'], // 2796
    ['…heeft mij verzocht om', false, '…heeft mij verzocht'], // 84
    ['…heeft overleg gevoerd over', true, '…heeft overleg gevoerd'], // 123, before a colon
    ['inzake', false, ''], // 2050: all of it
    // What stays: particles, stranded prepositions, pronouns.
    ['…heeft overleg gevoerd over', false, '…heeft overleg gevoerd over'],
    ['…en hebben hier nog enkele vragen over', false, '…en hebben hier nog enkele vragen over'], // 241
    ['…voor de Staat op', false, '…voor de Staat op'], // 2431
    ['…wordt vervangen door', true, '…wordt vervangen door'], // 630: `door` may be a particle
    ['daar gaat het om', false, 'daar gaat het om'],
    ['wij weten het', false, 'wij weten het'],
    ['…is dat', false, '…is dat'], // 1741
  ])('%j (colon after it: %s) → %j', (s, colon, expected) => {
    expect(s.slice(0, clauseLabelEnd(s, 0, s.length, colon))).toBe(expected);
  });
});
