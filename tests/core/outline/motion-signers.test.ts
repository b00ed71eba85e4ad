import { describe, expect, it } from 'vitest';
import {
  findAmendmentSigners,
  findMotionSigners,
  signersTitle,
} from '../../../src/core/outline/motion-signers';
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
    // The formula as some motions print it, each with its names and the page labels after them.
    [
      'without `en` (781)',
      'verzoekt de regering, …,\ngaat over tot de orde van de dag.\nNijboer\nBeckerman\nSmeulders\nOndertekenaars',
      ['Nijboer', 'Beckerman', 'Smeulders'],
    ],
    [
      'without `de` before `dag`, a comma at its end (102)',
      'verzoekt de regering …,\n\nen gaat over tot de orde van dag,\n\nVan Esch\n\nMinhas\n\nSimons\n\nNaar boven',
      ['Van Esch', 'Minhas', 'Simons'],
    ],
    [
      'a comma at its end (974)',
      'verzoekt de regering …,\nen gaat over tot de orde van de dag,\nBelhaj\nOndertekenaars',
      ['Belhaj'],
    ],
    [
      'after a night sitting (493)',
      'verzoekt de regering …,\nen gaat over tot de orde van de nacht.\nJansen\nOndertekenaars',
      ['Jansen'],
    ],
    ['no closing formula: none', 'verzoekt de regering om …\n\nSjoerdsma', null],
    [
      'the formula quoted in a sentence is none',
      'en gaat over tot de orde van de dag, zegt de motie.\n\nSjoerdsma',
      null,
    ],
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

describe('findAmendmentSigners: the members under an amendment', () => {
  const explanation = 'Toelichting';
  it.each([
    [
      'one name, then the page end (780)',
      [
        explanation,
        'Dit amendement zorgt ervoor dat de verbruiksbelasting op fruit-, groentesappen en mineraalwater wordt teruggedraaid op het oude niveau te weten € 5,70. Limonade blijft € 7,59.',
        'Bashir',
        'Naar boven',
      ].join('\n\n'),
      ['Bashir'],
    ],
    [
      'two names on one line (1224)',
      [
        explanation,
        'Dit amendement regelt dat het Klimaatfonds meebeweegt met de doelen uit de Klimaatwet, ook wanneer die in de toekomst worden aangescherpt.',
        'Kröger Thijssen',
        'Naar boven',
      ].join('\n\n'),
      ['Kröger Thijssen'],
    ],
    [
      'eight names with a particle, the last line of the text (977)',
      [
        explanation,
        'De extra budgetten voor het primaire onderwijs en voortgezet onderwijs worden verhoogd met respectievelijk 61 miljoen euro en 44 miljoen euro.',
        'Van Meenen Duisenberg Straus Mohandis Ypma Voordewind Schouten Bisschop',
      ].join('\n\n'),
      ['Van Meenen Duisenberg Straus Mohandis Ypma Voordewind Schouten Bisschop'],
    ],
    [
      'the page labels after the names, no blank lines (1046)',
      [
        explanation,
        'nadere inlichtingen genoegzaam zijn verstrekt alvorens de ministeriële regeling vastgesteld kan worden.',
        'Geurts Harbers',
        'Ondertekenaars',
        '-',
        'Eerste ondertekenaar',
        'J.L. Geurts, Tweede Kamerlid',
      ].join('\n'),
      ['Geurts Harbers'],
    ],
    [
      'hard-wrapped explanation, the name on the last line (630)',
      [
        explanation,
        'aan de ontwikkeling van de tarieven van het openbaar vervoer. Hiermee wordt',
        'de bevriezing van het reiskostenforfait ongedaan gemaakt.',
        'Reitsma',
      ].join('\n'),
      ['Reitsma'],
    ],
    [
      'no explanation: none (the names of an amendment stand under it)',
      'Artikel XL vervalt.\n\nBashir',
      null,
    ],
    [
      'a sentence in capitalised words is no name (1087)',
      [
        explanation,
        'Met dit amendement beoogt de indiener de korting op Rijksmuseum Slot Loevestein en Rijksmuseum Huis Doorn terug te draaien.',
        'Dekking wordt gevonden in de uitgaven voor personele en materiële uitgaven van het kerndepartement.',
      ].join('\n\n'),
      null,
    ],
    [
      'a short heading with text after it is no name (constructed)',
      [explanation, 'Dit amendement regelt de dekking.', 'Financiële gevolgen', 'De kosten zijn nihil.'].join(
        '\n\n',
      ),
      null,
    ],
  ])('%s', (_case, text, expected) => {
    expect(findAmendmentSigners(splitLines(text), 0)?.names ?? null).toEqual(expected);
  });

  it('in an amendment the names are its signature and its parts I, II, … are all headings (780)', () => {
    const amendement = [
      '34 302 Wijziging van enkele belastingwetten en enige andere wetten (Belastingplan 2016)',
      'Nr. 6 AMENDEMENT VAN HET LID BASHIR',
      'Ontvangen 22 september 2015',
      'De ondergetekende stelt het volgende amendement voor:',
      'I',
      'Artikel XL vervalt.',
      'II',
      'Artikel XLI, onderdeel B, wordt als volgt gewijzigd:',
      '2. In het tweede lid wordt «factor 4» vervangen door: factor 3.',
      'Toelichting',
      'Dit amendement zorgt ervoor dat de verbruiksbelasting op fruit-, groentesappen en mineraalwater wordt teruggedraaid op het oude niveau te weten € 5,70. Limonade blijft € 7,59.',
      'Bashir',
      'Naar boven',
    ].join('\n\n');
    const result = analyze({ text: amendement });
    expect(result.document?.kind).toBe('amendement');
    const body = result.outline.filter((e) => e.kind !== 'header');
    expect(body.map((e) => [e.kind, e.title, e.level])).toEqual([
      ['heading', 'I', 1],
      ['heading', 'II', 1],
      ['heading', 'Toelichting', 1],
      ['signature', 'Bashir', 1],
    ]);
  });
});
