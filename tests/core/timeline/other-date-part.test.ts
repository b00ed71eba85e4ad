import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import { buildTimeline } from '../../../src/core/timeline';

function labelOf(original: string, ref: string, iso: string): string | undefined {
  const text = normalizeText(original);
  const dates = findDates(text, ref);
  return buildTimeline(text, dates, findCommitments(text, dates, ref), ref).find((e) => e.iso === iso)?.label;
}

// Each label tells of its own date, not of the item after `en` that has a date of its own (see `beforeOtherDatePart`
// and `pastOtherDatePart`). Sentences from the letters named.
describe('timeline labels: the part of a sentence that belongs to another date', () => {
  const rows: [letter: string, ref: string, sentence: string, iso: string, label: string][] = [
    [
      '64: the first part ends with its verb',
      '2016-11-01',
      'Zie hiervoor ook het verslag van de RAZ dat uw Kamer 24 oktober jl. toeging en de Kamerbrief van 30 september jl. over de Nederlandse positie (Kamerstuk 21 501-20, nr. 1160).',
      '2016-10-24',
      'Zie hiervoor ook het verslag van de RAZ dat uw Kamer toeging',
    ],
    [
      '64: the second part, after that verb',
      '2016-11-01',
      'Zie hiervoor ook het verslag van de RAZ dat uw Kamer 24 oktober jl. toeging en de Kamerbrief van 30 september jl. over de Nederlandse positie (Kamerstuk 21 501-20, nr. 1160).',
      '2016-09-30',
      '…de Kamerbrief over de Nederlandse positie',
    ],
    [
      '2253: the first part ends with its date in brackets',
      '2022-01-15',
      'Is het u duidelijk dat er vanuit de Tweede Kamer nu al enkele jaren op gewezen wordt dat de rechter het stelsel van box 3 strijdig acht met het EVRM, gezien het eerdere vonnis van de Hoge Raad over de jaren tot en met 2016 en twee adviezen van de advocaat-generaal Wattel (maart 2021) en Advocaat-Generaal Niessen (1 november 2021) over box 3?',
      '2021-03',
      '…de jaren tot en met 2016 en twee adviezen van de advocaat-generaal Wattel',
    ],
    [
      '2253: the second part',
      '2022-01-15',
      'Is het u duidelijk dat er vanuit de Tweede Kamer nu al enkele jaren op gewezen wordt dat de rechter het stelsel van box 3 strijdig acht met het EVRM, gezien het eerdere vonnis van de Hoge Raad over de jaren tot en met 2016 en twee adviezen van de advocaat-generaal Wattel (maart 2021) en Advocaat-Generaal Niessen (1 november 2021) over box 3?',
      '2021-11-01',
      'Advocaat-Generaal Niessen over box 3?',
    ],
    [
      '153: the second part opens with its date',
      '2023-12-28',
      'De Staatssecretaris heeft op 23 november 2023 een uitstelbericht gestuurd en op 14 december 2023 inhoudelijk gereageerd.',
      '2023-11-23',
      'De Staatssecretaris heeft een uitstelbericht gestuurd',
    ],
    [
      '153: and its label starts there',
      '2023-12-28',
      'De Staatssecretaris heeft op 23 november 2023 een uitstelbericht gestuurd en op 14 december 2023 inhoudelijk gereageerd.',
      '2023-12-14',
      '…op 14 december 2023 inhoudelijk gereageerd',
    ],
    [
      '44',
      '2019-06-01',
      'Op 23 mei 2019 vond de Europees Parlementsverkiezing plaats en op 27 mei 2019 de verkiezing voor de Eerste Kamer.',
      '2019-05-23',
      'Op 23 mei 2019 vond de Europees Parlementsverkiezing plaats',
    ],
    [
      '2205: a part that opens with its date, whatever the length of the first',
      '2016-07-20',
      'Op 4 mei jl. is de Europese Commissie met een voorstel gekomen voor de herziening van de Dublin-verordening en op 12 juli jl. met een voorstel voor een Procedureverordening.',
      '2016-07-12',
      '…met een voorstel voor een Procedureverordening',
    ],
    [
      '2691: a new noun phrase after `en`',
      '1998-04-01',
      'Het overleg vond plaats aan de hand van de brief van de staatssecretaris van 16 maart 1998 inzake dyslexie (OCW-98-254) en de brief van de staatssecretaris van 18 maart 1998 inzake leerlinggebonden financiering/wegbereiders (25 600, VIII, nr. 70).',
      '1998-03-16',
      '…aan de hand van de brief van de staatssecretaris inzake dyslexie (OCW-98-254)',
    ],
  ];
  it.each(rows)('%s', (_letter, ref, sentence, iso, label) => {
    expect(labelOf(sentence, ref, iso)).toBe(label);
  });

  // An `en` inside a noun phrase the later date belongs to whole leaves the label as it was: it keeps the words after
  // it.
  const kept: [letter: string, ref: string, sentence: string, iso: string, words: string][] = [
    [
      '2266: one agenda of two councils',
      '2022-04-01',
      '– de brief van de Minister van Financiën d.d. 7 maart 2022 inzake geannoteerde agenda eurogroep en Ecofin-Raad 14 en 15 maart 2022 (Kamerstuk 21 501-07, nr. 1819);',
      '2022-03-07',
      'eurogroep en Ecofin',
    ],
    [
      '1146: one visit to three islands',
      '2019-04-01',
      '• de brief van de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties d.d. 12 februari 2019 inzake verslag van een werkbezoek aan Bonaire, Curaçao en Aruba van 20 t/m 25 januari 2019 (Kamerstuk 35 000 IV, nr. 40);',
      '2019-02-12',
      'Curaçao en Aruba',
    ],
    [
      '2441: a debate whose name holds `en`',
      '2020-05-01',
      '• de brief van de Staatssecretaris van Sociale Zaken en Werkgelegenheid d.d. 7 april 2020 inzake reactie op moties ingediend tijdens het VAO Armoede en schulden van 16 januari 2020 (Kamerstuk 24 515, nr. 528);',
      '2020-04-07',
      'Armoede en schulden',
    ],
    [
      '2367: a debate and its subject, `Gevangeniswezen en tbs`',
      '2024-11-01',
      '– de brief van de Staatssecretaris van Justitie en Veiligheid d.d. 22 oktober 2024 inzake toezegging tijdens het commissiedebat Gevangeniswezen en tbs van 2 oktober over de mogelijkheden tot herwaardering van de functie van penitentiair inrichtingswerkers (piw’ers) binnen de Dienst Justitiële Inrichtingen (DJI) (Kamerstuk 24 587, nr. 977);',
      '2024-10-22',
      'Gevangeniswezen en tbs',
    ],
  ];
  it.each(kept)('%s', (_letter, ref, sentence, iso, words) => {
    expect(labelOf(sentence, ref, iso)).toContain(words);
  });

  // The other date's part stands between the date's fronted phrase and the main clause's verb, which both parts share:
  // the label leaves that part out and goes on with the verb (see `otherPartBetween`). They ended before the `en`, with
  // no verb: `Tijdens het Algemeen Overleg` (525), `Tijdens het AO (kamerstuk 30 492, nr. 52)` (2645), `Zoals
  // aangegeven in de brief` (193), `In mijn vertrouwelijke brieven aan uw Kamer` (2721).
  const sharedVerb: [letter: string, ref: string, sentence: string, iso: string, label: string][] = [
    [
      '525: a meeting and its report inform the Kamer',
      '2006-05-12',
      'Tijdens het Algemeen Overleg van 30 maart 2005 en met het Verslag Algemeen Overleg van 26 april 2005 is de Tweede Kamer geïnformeerd over de ontwikkelingen in het JSF-programma en de gevolgen daarvan voor de «business case».',
      '2005-03-30',
      // `over de ontwikkelingen` would make it 84 characters.
      'Tijdens het Algemeen Overleg is de Tweede Kamer geïnformeerd…',
    ],
    [
      '2645: the AO with its citation, then the VAO with its own',
      '2011-05-25',
      'Tijdens het AO van 16 maart 2011 (kamerstuk 30 492, nr. 52) en het VAO van 24 maart 2011 (Handelingen II 2010/11, nr. 65, item 8, blz. 32–35) is met de Vaste Kamercommissie Volksgezondheid, Welzijn en Sport over dwang en drang in de Geestelijke Gezondheidszorg (GGZ) gesproken.',
      '2011-03-16',
      // Too long whole, the label keeps the participle that says what happened (see `eventWithItsVerb`).
      'Tijdens het AO is met de Vaste Kamercommissie VWS over dwang … gesproken',
    ],
    [
      '193: a `Zoals` phrase, the other date with its `jl.` and footnote number, a verb before its subject',
      '2021-06-17',
      'Zoals aangegeven in de brief van 26 mei en in de brief van 25 maart jl.7 informeren we naast burgers/natuurlijke personen ook ondernemers in de zin van de Wet Inkomstenbelasting (IB).',
      '2021-05-26',
      'Zoals aangegeven in de brief informeren we naast burgers/natuurlijke personen…',
    ],
    [
      '2721: two letters, then a meeting of a day of its own',
      '2012-02-10',
      'In mijn vertrouwelijke brieven aan uw Kamer van 27 december en 30 januari jl. en tijdens het besloten algemeen overleg op 31 januari jl. heb ik u geïnformeerd over de situatie bij woningcorporatie Vestia, de grootste corporatie van Nederland met ongeveer 90 000 woningen.',
      '2012-01-30',
      'In mijn vertrouwelijke brieven aan uw Kamer heb ik u geïnformeerd…',
    ],
  ];
  it.each(sharedVerb)('%s', (_letter, ref, sentence, iso, label) => {
    expect(labelOf(sentence, ref, iso)).toBe(label);
  });
});
