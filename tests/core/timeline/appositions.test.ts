import { describe, expect, it } from 'vitest';
import { pastShortList } from '../../../src/core/timeline/appositions';

/**
 * What `pastShortList` takes past the comma that ends the date's clause in `sentence` (the first comma after `date`),
 * or null where it takes nothing.
 */
function takenPast(sentence: string, date: string): string | null {
  const de = sentence.indexOf(date) + date.length;
  const right = sentence.indexOf(',', de);
  const end = pastShortList(sentence, de, right, sentence.length);
  return end === right ? null : sentence.slice(right, end);
}

describe('pastShortList', () => {
  it.each([
    // A subject of three items (1956), and of an agent (2527).
    [
      'In juni 2018 hebben de sportsector, gemeenten en ik het Sportakkoord «Sport verenigt Nederland» ondertekend.',
      'juni 2018',
      ', gemeenten en ik het Sportakkoord «Sport verenigt Nederland» ondertekend.',
    ],
    [
      'Al in 2023 is door het rijk, provincies en gemeenten een zogenoemd Gezamenlijk Bestuurlijk Voornemen (GBV) vastgelegd.',
      '2023',
      ', provincies en gemeenten een zogenoemd Gezamenlijk Bestuurlijk Voornemen (GBV) vastgelegd.',
    ],
    // Items with an article and a name (21), a letter's subject (2574).
    [
      'De inwerkingtreding per 1 januari 2015 van de nieuwe Wmo 2015, de Jeugdwet en het besluit Zorgverzekering is reeds parlementair akkoord bevonden.',
      '1 januari 2015',
      ', de Jeugdwet en het besluit Zorgverzekering is reeds parlementair akkoord bevonden.',
    ],
    [
      '– de brief van de minister voor GSI d.d. 7 juli 2000 inzake ontwikkelingen voortgang Grotestedenbeleid, CPB-rapportage en jaarboek GSB (21 062, nr. 90);',
      '7 juli 2000',
      ', CPB-rapportage en jaarboek GSB ',
    ],
    // Not a clause of its own (751), nor after `alsmede` (123).
    [
      'overwegende dat dit in 2025 in ieder geval 2,5 miljard extra kost, waarvan waterschappen en Rijk elk 50% dienen te betalen;',
      '2025',
      null,
    ],
    [
      'Raming der voor de Tweede Kamer in 2021 benodigde uitgaven, alsmede aanwijzing en raming van de ontvangsten',
      '2021',
      null,
    ],
    // Not `en` inside a name, of an apposition (1435) or of a subject whose verb was left out (501).
    [
      'De vaste commissie heeft op 4 juni 2025 overleg gevoerd met de heer Jansen, Staatssecretaris Openbaar Vervoer en Milieu, over het spoor.',
      '4 juni 2025',
      null,
    ],
    [
      'Het NMP3 is verschenen in februari van 1998, de Nota Milieu en Economie in juni 1997.',
      'februari van 1998',
      null,
    ],
    // Not right after the date (586), nor where a verb follows the `en`, nor with no `en` within three words.
    [
      '• de brief van de Minister van VWS, d.d. 30 juni 2015, Budgetpolissen en risicoselectieregering (Kamerstuk 29 689, nr. 634);',
      '30 juni 2015',
      null,
    ],
    [
      'Het rapport verscheen in mei 2020 bij de commissie, de reactie volgde en werd besproken.',
      'mei 2020',
      null,
    ],
    ['In 2020 steeg de vraag naar zorg, vooral in de grote steden en op het platteland.', '2020', null],
  ])('%s', (sentence, date, taken) => {
    expect(takenPast(sentence, date)).toBe(taken);
  });
});
