import { describe, expect, it } from 'vitest';
import { subjectBeforeVerb, subjectFirst } from '../../../src/core/timeline/fronted';

describe('subjectFirst', () => {
  it.each([
    // A determiner's subject up to the word that ends it (1584, its words after the date shortened here).
    [
      'Op 13 november 2023 en 2 januari 2024',
      'heeft de commissie de Minister geadviseerd over de wijze waarop de subsidieregeling kan worden aangepast',
      'De commissie heeft de Minister geadviseerd over de wijze waarop de subsidieregeling kan worden aangepast',
    ],
    // A personal pronoun.
    [
      'In juni 2020',
      'heb ik uw Kamer geïnformeerd over de voortgang van de uitvoering van de motie van het lid Van der Molen',
      'Ik heb uw Kamer geïnformeerd over de voortgang van de uitvoering van de motie van het lid Van der Molen',
    ],
    // Not after an adverb, which is no verb: the date's phrase fronts no main clause (2223 with its aside left out).
    [
      'op 10 april',
      'al een brief naar aanleiding van vragen over het tijdstip van publicatie van het rapport',
      null,
    ],
    // A counting word after the subject's noun opens the object (1034, its citation left out).
    [
      'Op 6 november jl.',
      'heeft de Tweede Kamer negen moties over de Alcoholnota aangenomen',
      'De Tweede Kamer heeft negen moties over de Alcoholnota aangenomen',
    ],
    [
      'In juni 2001',
      'heeft het kabinet drie maatregelen genomen om de uitstoot van stikstof in de provincies te beperken',
      'Het kabinet heeft drie maatregelen genomen om de uitstoot van stikstof in de provincies te beperken',
    ],
    // Right after the determiner it is the subject's own.
    [
      'In juni 2001',
      'hebben de drie ministers een brief gestuurd aan de voorzitter van de Europese Commissie over de crisis',
      'De drie ministers hebben een brief gestuurd aan de voorzitter van de Europese Commissie over de crisis',
    ],
    // A noun after a noun opens an object whose end is unclear: not `Het kabinet maatregelen heeft genomen …`.
    [
      'In juni 2001',
      'heeft het kabinet maatregelen genomen om de uitstoot van stikstof in de provincies verder te beperken',
      null,
    ],
    // Not after an adjective before its noun, nor after a noun of quantity (2146).
    [
      'In juni 2009',
      'heeft het toenmalig kabinet besloten de grens van de Nationale Hypotheek Garantie tijdelijk te verhogen',
      'Het toenmalig kabinet heeft besloten de grens van de Nationale Hypotheek Garantie tijdelijk te verhogen',
    ],
    [
      'In 2025',
      'is het aantal schijnzelfstandigen tot en met mei teruggebracht van 123 naar 87 bij de grote uitvoeringsorganisaties',
      'Het aantal schijnzelfstandigen is tot en met mei teruggebracht van 123 naar 87 bij de grote uitvoeringsorganisaties',
    ],
    // A second subject joined by `en` to a plural verb (1143, 1517).
    [
      'Op 12 februari 2019',
      'hebben de Minister van BZK en ik een gezamenlijke adviesaanvraag ingediend bij de Raad voor Cultuur en Raad voor het Openbaar Bestuur',
      'De Minister van BZK en ik hebben een gezamenlijke adviesaanvraag ingediend bij de Raad voor Cultuur en Raad voor het Openbaar Bestuur',
    ],
    [
      'Op 10 en 17 november 1997',
      'hebben de Staatssecretaris en ik overleg met u gevoerd over het Jaaroverzicht Zorg 1998 (Kamerstuk 25 600 XVI, nr. 1)',
      'De Staatssecretaris en ik hebben overleg met u gevoerd over het Jaaroverzicht Zorg 1998 (Kamerstuk 25 600 XVI, nr. 1)',
    ],
    [
      'In juni 2001',
      'hebben de drie ministers en de staatssecretaris een brief gestuurd aan de voorzitter van de Europese Commissie',
      'De drie ministers en de staatssecretaris hebben een brief gestuurd aan de voorzitter van de Europese Commissie',
    ],
    // Not with a singular verb, where `en` may join two clauses.
    [
      'In juni 2001',
      'is de regeling van de provincie afgelopen en de gemeenten hebben sindsdien geen nieuwe aanvragen meer gedaan',
      null,
    ],
    // Not where the verb is plural but `en` is followed by no subject's opening word.
    [
      'In juni 2001',
      'zijn de lonen en in mindere mate ook de prijzen van de energie in alle provincies van het land sterk gestegen',
      null,
    ],
    // Not where the whole fits a label: the date stays.
    ['In juni 2020', 'heb ik uw Kamer geïnformeerd', null],
  ])('%s | %s', (head, after, expected) => {
    expect(subjectFirst(head, after)).toBe(expected);
  });
});

describe('subjectBeforeVerb', () => {
  it.each([
    // `mede` ends a name's subject (1203, after `Bij de schriftelijke beantwoording van vragen …`).
    [
      'heeft de Minister van LNV mede namens mij toegezegd uw Kamer te informeren over de wijze',
      'De Minister van LNV heeft mede namens mij toegezegd uw Kamer te informeren over de wijze',
    ],
    // An abbreviation in brackets after a name goes with it (NAVO letter).
    [
      'heeft de Noord-Atlantische Raad (NAR) een verklaring uitgebracht',
      'De Noord-Atlantische Raad (NAR) heeft een verklaring uitgebracht',
    ],
    // `er` joined to its preposition ends the subject, as `er` does (384, after `Zoals al eerder … is aangegeven,`).
    [
      'is het streven erop gericht om de eilandsraadsverkiezingen te organiseren',
      'Het streven is erop gericht om de eilandsraadsverkiezingen te organiseren',
    ],
    // Synthetic: `ervan`.
    [
      'heeft de commissie ervan afgezien een advies uit te brengen',
      'De commissie heeft ervan afgezien een advies uit te brengen',
    ],
    // Not a word that only starts like it: `ernstige` goes on the subject (synthetic).
    ['zijn de ernstige gevolgen niet bekend', 'De ernstige gevolgen zijn niet bekend'],
    // Not one after a lower-case noun: `(AP)` names no name here (synthetic).
    ['heeft de autoriteit (AP) een verklaring uitgebracht', null],
    // A relative `die` inside the subject leaves its end unclear (1113).
    ['zijn de afspraken die ik met de provincie Fryslân gemaakt heb uitgewerkt', null],
    // Nor is `die` a subject of its own (2072: `terwijl er mensen zijn die reeds …`).
    ['zijn die reeds per 1 januari 2013 deelnemen aan een regeling die afloopt', null],
    // A participle right after the article describes the subject's noun (after 1338, whose label read `De is
    // voorgenomen sluiting…` without the bracketed adjective and the second subject).
    [
      'is de voorgenomen sluiting besproken in het ROAZ-Euregio',
      'De voorgenomen sluiting is besproken in het ROAZ-Euregio',
    ],
    // A second subject after a singular verb leaves the subject unclear (1338 without its bracketed adjective).
    ['is de voorgenomen sluiting en het continuïteitsplan besproken in het ROAZ-Euregio', null],
    ['wordt het genomen besluit uitgevoerd', 'Het genomen besluit wordt uitgevoerd'],
    // Not before a function word, where `het` is the subject (synthetic).
    ['is het besloten dat de regeling vervalt', 'Het is besloten dat de regeling vervalt'],
    // An article alone is no subject: a participle after it with no noun leaves the subject unclear (synthetic).
    ['is de gesloten', null],
  ])('%s', (clause, expected) => {
    expect(subjectBeforeVerb(clause)).toBe(expected);
  });
});
