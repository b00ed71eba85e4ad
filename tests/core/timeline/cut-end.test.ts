import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import { buildTimeline } from '../../../src/core/timeline';
import { textCut } from '../../../src/core/timeline/cut-end';
import { LABEL_STRETCH, MAX_LABEL } from '../../../src/core/timeline/label-chars';

/** The label of the entry of `iso` in the timeline of `original`. */
function labelOf(original: string, iso: string, ref: string): string | undefined {
  const text = normalizeText(original);
  const dates = findDates(text, ref);
  return buildTimeline(text, dates, findCommitments(text, dates, ref), ref).find((e) => e.iso === iso)?.label;
}

describe('textCut', () => {
  it.each([
    // Ends a sentence, a list item or a bracket: not cut.
    ['De brief is verzonden.', -1],
    ['de brief van de Minister van Defensie d.d. 5 juli 2017 (Kamerstuk 30 176, nr. 35);', -1],
    ['(Kamerstuk 22 112, nr. 2)', -1],
    // Ends on a scrap of a word (642): cut before it.
    [
      'Op de Nederlandse Veteranendag van 29 juni a.s. wordt voor h',
      'Op de Nederlandse Veteranendag van 29 juni a.s. wordt voor '.length,
    ],
    // A longer last word stays (1616), as does one white space follows.
    ['de brief van de Staatssecretaris Mijnbouw d.d. 6 juli 2023 inzake uitvoer', 73],
    ['verslag van z\n', 'verslag van z'.length],
    // A whole page's ending without a full stop: a web address, a paper's number, KOOP's note on an enclosure.
    ['X Noot\n2\n\nhttp://nos.nl/l/2077649', -1],
    ['Zie het persbericht van 3 april 2024 op www.defensie.nl/ab', -1],
    ['N.a.v. motie Dik-Faber en van der Staaij, Kamerstuk 34 775 XVI, nr. 97', -1],
    ['Handelingen II 2023/24, nr. 45, item 12', -1],
    ['X Noot\n1\n\nRaadpleegbaar via www.tweedekamer.nl', -1],
    ['X Noot\n3\n\nTer inzage gelegd bij het Centraal Informatiepunt Tweede Kamer', -1],
    // A last paragraph a blank line closes was ended by the page, not cut: a table's last cell (753). Not one that ends
    // on a comma or a word that needs more, whose sentence goes on in the paragraph the cut left out (1922, 133).
    [
      'December 2011 t/m december 2012\n\nOp www.toeslagen.nl alle informatie over 2012 onder noemer «Nieuw in 2012», vanaf januari 2012 overgegaan naar Rijkshuisstijl\n\n  ',
      -1,
    ],
    [
      'Griffier: Van Dalen\n\nAanwezig zijn vier leden der Kamer, te weten: Vietsch, Boelhouwer, Van der Burg en Jansen,\n\n',
      'Griffier: Van Dalen\n\nAanwezig zijn vier leden der Kamer, te weten: Vietsch, Boelhouwer, Van der Burg en Jansen,'
        .length,
    ],
    [
      '  • e. handtekening/ondertekening van het beroepschrift en\n\n  ',
      '  • e. handtekening/ondertekening van het beroepschrift en'.length,
    ],
    // One line break after it is no blank line: a PDF's line may end inside a sentence (246).
    [
      'Boa’s verrichten belangrijk werk in specialistische en complexe beleids- en wetsgebieden\n  ',
      'Boa’s verrichten belangrijk werk in specialistische en complexe beleids- en wetsgebieden'.length,
    ],
    // A footnote may be cut as any text (2793), as may a number that is not a paper's (525).
    [
      'X Noot\n1\n\nKamerstuk 32 813, nr. 7: verzoekt de regering, voor 1 april 2020 een aanvullend pakket te present',
      'X Noot\n1\n\nKamerstuk 32 813, nr. 7: verzoekt de regering, voor 1 april 2020 een aanvullend pakket te present'
        .length,
    ],
    [
      'In de Kamerbrieven van 7 oktober, 4 november, 9 november en 12 december 200',
      'In de Kamerbrieven van 7 oktober, 4 november, 9 november en 12 december '.length,
    ],
  ])('%j → %i', (text, cut) => {
    expect(textCut(text)).toBe(cut);
  });
});

describe('labels of a sentence the text stops in', () => {
  it.each([
    [
      'a label that ran to the cut ends with `…`, not on the scrap of `inzake` (1440)',
      '  • de brief van de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking d.d. 26 april 2023 in',
      '2023-04-26',
      '2023-06-16',
      'De brief van de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking…',
    ],
    [
      'one whole up to LABEL_STRETCH past MAX_LABEL keeps its last word before the `…` (2233)',
      'Tevens heeft het lid Van Raan in de Regeling van Werkzaamheden van 22 mei jl. om een brief verzocht',
      '2018-05-22',
      '2018-06-01',
      // Was `Tevens heeft het lid Van Raan in de Regeling van Werkzaamheden om een brief…`.
      'Tevens heeft het lid Van Raan in de Regeling van Werkzaamheden om een brief verzocht…',
    ],
    [
      '… nor on the scrap of a word after a preposition (642)',
      'De nieuwe lijst van missies staat in bijlage 1. Op de Nederlandse Veteranendag van 29 juni a.s. wordt voor h',
      '2013-06-29',
      '2013-06-10',
      'Op de Nederlandse Veteranendag wordt…',
    ],
    [
      'a longer last word stays, cut or not, with `…` after it (1616)',
      '  • de brief van de Staatssecretaris Mijnbouw d.d. 6 juli 2023 inzake uitvoer',
      '2023-07-06',
      '2023-10-01',
      'De brief van de Staatssecretaris Mijnbouw inzake uitvoer…',
    ],
    [
      'the dates between the label and the cut end no clause, the commas of their list neither (525)',
      'In de Kamerbrieven van 7 oktober, 4 november, 9 november en 12 december 200',
      '2005-11-04',
      '2006-05-12',
      'In de Kamerbrieven…',
    ],
    [
      'a label whose clause ended before the cut stays as it is (805)',
      '  • de brief van de Minister van Buitenlandse Zaken d.d. 13 april 2017 inzake het fiche: Verordening Europese bedrijfsstatistieken (Kamerstuk 22 112,',
      '2017-04-13',
      '2017-06-09',
      '…inzake het fiche: Verordening Europese bedrijfsstatistieken',
    ],
    [
      'nor ends on a bracket the cut left empty (725)',
      'Welke zoönosen zijn de afgelopen jaren aangetroffen in Nederland (van 2015 tot e',
      '2015',
      '2024-01-01',
      'Welke zoönosen zijn de afgelopen jaren aangetroffen in Nederland',
    ],
    [
      'a page that ends on a web address is no cut: no `…` after it (a footnote of a real page)',
      'Den Haag, 1 juni 2024\n\nX Noot\n1\n\nZie het persbericht van 3 april 2024 op www.defensie.nl/ab',
      '2024-04-03',
      '2024-06-01',
      'Zie het persbericht op www.defensie.nl/ab',
    ],
    [
      'nor one that ends on a paper’s number, which stays whole (not `…nr.…` without `446`)',
      'Den Haag, 1 juni 2024\n\nX Noot\n1\n\nHet verslag van 12 mei 2023 is opgenomen in Kamerstuk 29 521 nr. 446',
      '2023-05-12',
      '2024-06-01',
      'Het verslag is opgenomen in Kamerstuk 29 521 nr. 446',
    ],
    [
      'a table’s last cell a blank line closes is whole: no `…` after it (753)',
      'November 2011 t/m februari 2012\n\nAparte campagnepagina over wetswijzigingen op www.toeslagen.nl/2012\n\n   \n\nDecember 2011 t/m december 2012\n\nOp www.toeslagen.nl alle informatie over 2012 onder noemer «Nieuw in 2012», vanaf januari 2012 overgegaan naar Rijkshuisstijl\n\n  ',
      '2012-01',
      '2013-01-01',
      // Was `…vanaf januari 2012 overgegaan naar Rijkshuisstijl…`.
      '…vanaf januari 2012 overgegaan naar Rijkshuisstijl',
    ],
    [
      'a text that ends its sentence is no cut',
      'Op de Nederlandse Veteranendag van 29 juni a.s. wordt voor het eerst de nieuwe lijst gebruikt.',
      '2013-06-29',
      '2013-06-10',
      'Op de Nederlandse Veteranendag wordt voor het eerst de nieuwe lijst gebruikt',
    ],
  ])('%s', (_rule, text, iso, ref, expected) => {
    const label = labelOf(text, iso, ref);
    expect(label).toBe(expected);
    expect(label?.length).toBeLessThanOrEqual(MAX_LABEL + LABEL_STRETCH);
  });
});

describe('a label of no word', () => {
  // Found by the core fuzz: a run of `(` before a date that ends its sentence gave a label of brackets alone.
  it.each([
    ['a year', '(((((((((((((((((((((in 2023.', '2023', '2023'],
    ['a day', '((((((((((((((((((((((((30 september 2022.', '2022-09-30', '30 september 2022'],
  ])('%s after a run of brackets is labelled with its own words', (_what, text, iso, expected) => {
    expect(labelOf(text, iso, '2022-09-30')).toBe(expected);
  });
});

describe('a label the cut would leave empty', () => {
  // Found by the core fuzz (seed 31415926, repeated and nested structures): a run of `(` before the date that ends the
  // text gave a label of brackets alone, which the cut's strip of an emptied bracket made empty, a blank row.
  it.each([
    ['a year', '(((((((((((((((in 2023', '2023'],
    ['a season', '((((((((((((((((((((((((((((((((((((in het voorjaar van 2023', '2023-03'],
    ['a day', '(((((((((((((((((((((((((((((((((((((30 september 2022', '2022-09-30'],
  ])(
    '%s after a run of brackets keeps a label, the one its sentence has when it ends',
    (_what, text, iso) => {
      const cut = labelOf(text, iso, '2022-09-30');
      expect(cut?.trim()).toBeTruthy();
      expect(cut).toBe(labelOf(`${text}.`, iso, '2022-09-30'));
    },
  );
});
