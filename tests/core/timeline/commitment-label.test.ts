import { describe, expect, it } from 'vitest';
import { commitmentLabelOf } from './commitment-label-of';
import { commitmentLabel } from '../../../src/core/timeline/commitment-label';
import { LABEL_STRETCH, MAX_LABEL } from '../../../src/core/timeline/label-chars';

describe('commitmentLabel', () => {
  it.each([
    [
      'the sentence without its due date (NAVO letter)',
      'Het kabinet streeft ernaar om in november 2022 meer duidelijkheid te hebben over de operatie.',
      'Het kabinet streeft ernaar om meer duidelijkheid te hebben over de operatie',
    ],
    // Found by the core fuzz (seed 49491205, repeated and nested structures): the label kept the brackets, and with
    // eighty of them it was brackets alone.
    [
      'a run of closing brackets before the sentence is left out',
      ')))))Ik zal uw Kamer voor 1 januari informeren.',
      'Ik zal uw Kamer informeren',
    ],
    [
      'eighty of them too',
      `${')'.repeat(80)}Ik zal uw Kamer voor 1 januari informeren.`,
      'Ik zal uw Kamer informeren',
    ],
    [
      'a bracket inside the sentence stays',
      'Zie bijlage 2) Ik zal u voor 1 mei 2023 informeren.',
      'Zie bijlage 2) Ik zal u informeren',
    ],
    // An aside between commas that holds only the due date goes with both its commas, as in a date's label.
    [
      '`, maar uiterlijk …,` goes whole, with the comma after it (335; was `…zo spoedig mogelijk, te informeren`)',
      'Ik streef ernaar uw Kamer zo spoedig mogelijk, maar uiterlijk in het eerste kwartaal van 2026, te informeren.',
      'Ik streef ernaar uw Kamer zo spoedig mogelijk te informeren',
    ],
    [
      'an aside of the due date alone leaves no double comma (was `Ik zal uw Kamer,, informeren…`)',
      'Ik zal uw Kamer, uiterlijk in maart 2023, informeren over de uitkomsten.',
      'Ik zal uw Kamer informeren over de uitkomsten',
    ],
    [
      '`maar uiterlijk` before a date that is its own preposition too (after 2680; was `…mogelijk, maar aan de Kamer…`)',
      'Ik zal de documenten zo spoedig mogelijk, maar uiterlijk eind november, aan de Tweede Kamer toezenden.',
      'Ik zal de documenten zo spoedig mogelijk aan de Tweede Kamer toezenden',
    ],
    [
      'a comma after the date that opens no aside stays',
      'Ik stuur u het rapport in oktober, zoals toegezegd.',
      'Ik stuur u het rapport, zoals toegezegd',
    ],
  ])('%s', (_rule, sentence, expected) => {
    expect(commitmentLabelOf(sentence, '2022-09-30')).toBe(expected);
  });

  // A sentence too long for a label that opens with a clause or phrase set off by a comma: from the main clause's
  // finite verb on, with what the promise ends on. Sentences from tests/fixtures/letters, with the letter's date.
  it.each([
    [
      'a `Zoals … is toegezegd,` clause (1695; was `Zoals tijdens het Algemeen Overleg NVWA op 23 april jl. (Kamerstuk 33 835, nr.…`)',
      'Zoals tijdens het Algemeen Overleg NVWA op 23 april jl. (Kamerstuk 33 835, nr. 122) is toegezegd, zullen de vier aanbevelingen dit jaar worden verwerkt en zullen wij uw Kamer daarover voor 1 december 2019 informeren.',
      '2019-07-01',
      // From the promise's own clause after `en` (see COORDINATED_PROMISE): was `…zullen de vier aanbevelingen dit jaar
      // worden verwerkt en zullen … informeren`, without who informs whom.
      '…zullen wij uw Kamer daarover informeren',
    ],
    [
      'an `Aangezien` clause, the promise cut keeping its verb group (511; was `Aangezien er een Algemeen Overleg met de vaste commissies…`)',
      'Aangezien er op 6 april a.s. een Algemeen Overleg met de vaste commissies voor Binnenlandse Zaken en voor Justitie over dit onderwerp is gepland, streef ik ernaar u 10 dagen voor dit Algemeen Overleg de feitelijke sterktecijfers te doen toekomen.',
      '1998-03-20',
      // The object before the verb group (see `withObject`): was `…10 dagen voor dit Algemeen Overleg … te doen
      // toekomen`.
      // Without the `Aangezien` clause, the subject first (see `subjectFirstPastFront`).
      'Ik streef ernaar u 10 dagen … de feitelijke sterktecijfers te doen toekomen',
    ],
    [
      'an `In reactie op` phrase (146; was `In reactie op het verzoek van het lid Omtzigt (CDA) bij de regeling…`)',
      'In reactie op het verzoek van het lid Omtzigt (CDA) bij de regeling van werkzaamheden van heden (Handelingen II 2013/14, nr. 85, Regeling van Werkzaamheden), zal het kabinet u deze week een brief sturen met de Nederlandse inzet ten aanzien van dit informele diner.',
      '2014-05-21',
      // Without the phrase, the subject first (see `subjectFirstPastFront`).
      'Het kabinet zal u een brief sturen met de Nederlandse inzet…',
    ],
    [
      'a promise in a main clause joined by `en`, the due date in it (164; was `Ik zie dat de gemeenten actief met de nieuwe wet en de dienstverlening…`)',
      'Ik zie dat de gemeenten actief met de nieuwe wet en de dienstverlening van start zijn gegaan en ik informeer de Tweede Kamer dit najaar na het ophalen van de eerste ervaringen graag middels de uitvoeringsbrief inburgering over deze eerste ervaringen met het nieuwe stelsel.',
      '2022-09-29',
      '…ik informeer de Tweede Kamer na het ophalen van de eerste ervaringen graag…',
    ],
    [
      'a promise after `, maar` that shares the subject of the clause before (518; was `Ik kan dan ook niet aan uw onderhavige verzoek tegemoet komen, maar zal…`)',
      'Ik kan dan ook niet aan uw onderhavige verzoek tegemoet komen, maar zal uw Kamer mijn visie tijdig voor het aangekondigde Algemeen Overleg van 1 december aanstaande doen toekomen.',
      '2011-11-18',
      '…zal uw Kamer mijn visie tijdig voor het aangekondigde Algemeen Overleg doen toekomen',
    ],
    // A promise made in a relative clause that ends the sentence: the clause whole, after as much as fits of what it
    // describes (see `relativePromise`).
    [
      'a relative clause of `die` (415; was `Het advies van de commissie is onderdeel van de evaluatie…`)',
      'Het advies van de commissie is onderdeel van de evaluatie van het Schipholbeleid die in februari aan de Tweede Kamer zal worden aangeboden.',
      '2006-02-10',
      '…evaluatie van het Schipholbeleid die aan de Tweede Kamer zal worden aangeboden',
    ],
    [
      'a relative clause of `dat` after a comma (415; was `Deze voorstellen zullen wij betrekken bij het kabinetsstandpunt…`)',
      'Deze voorstellen zullen wij betrekken bij het kabinetsstandpunt over het Schipholbeleid, dat in april zal verschijnen.',
      '2006-02-10',
      '…bij het kabinetsstandpunt over het Schipholbeleid, dat zal verschijnen',
    ],
    [
      'a passive present (1271; was `Dit besluit zal worden verwerkt in de Najaarsnota die bij de Kamer wordt…`)',
      'Dit besluit zal worden verwerkt in de Najaarsnota die voor 1 december 2017 bij de Kamer wordt ingediend.',
      '2017-11-10',
      'Dit besluit zal worden verwerkt in de Najaarsnota die bij de Kamer wordt ingediend',
    ],
    [
      'a relative clause with its subject (336; was `Komende periode willen wij in gesprek met deze partijen komen…`)',
      'Komende periode willen wij in gesprek met deze partijen komen tot een Beleidsagenda Jeugd die we uw Kamer volgend voorjaar zullen toezenden.',
      '2017-11-27',
      '…partijen komen tot een Beleidsagenda Jeugd die we uw Kamer zullen toezenden',
    ],
    [
      'a relative clause after the main clause’s verb group (180; was `De vraag over omtrent de afrekenbaarheid en controleerbaarheid…`)',
      'De vraag over omtrent de afrekenbaarheid en controleerbaarheid van kabinetsdoelen met betrekking tot administratieve lasten en regeldruk, zal separaat beantwoord worden in de Regeldrukbrief die ik in de eerste helft van februari aan uw Kamer zal toesturen.',
      '2011-01-24',
      '…beantwoord worden in de Regeldrukbrief die ik aan uw Kamer zal toesturen',
    ],
    [
      'a relative clause between commas, the sentence going on after it (2666; was `In de memorie van toelichting van het wetsvoorstel zullen de kosten nader…`)',
      'In de memorie van toelichting van het wetsvoorstel, dat later dit jaar naar de Kamer zal worden gestuurd, zullen de kosten nader worden geactualiseerd en toegelicht.',
      '2025-07-02',
      '…toelichting van het wetsvoorstel, dat later naar de Kamer zal worden gestuurd…',
    ],
    [
      'a verb group a phrase follows (960; was `Ik verwacht de nota naar aanleiding van het verslag en de nota van wijziging…`)',
      'Ik verwacht de nota naar aanleiding van het verslag en de nota van wijziging uiterlijk 1 januari 2008 naar uw Kamer te zenden voor parlementaire behandeling.',
      '2007-11-20',
      'Ik verwacht de nota naar aanleiding van het verslag en de nota … te zenden…',
    ],
    [
      'not a verb group in an `om … te` clause (161)',
      'Ik ben voornemens uw Kamer nog voor het einde van het jaar een reactie te sturen op de aanvaarde motie Spekman en Anker (19 637, nr. 1340) over de mogelijkheden om een niet rechtmatig verblijvend minderjarig kind van een vreemdeling na tijdsverloop in aanmerking te laten komen voor een verblijfsvergunning.',
      '2010-10-01',
      'Ik ben voornemens uw Kamer een reactie te sturen op de aanvaarde motie Spekman…',
    ],
    [
      'not a relative clause that does not end on a promise’s verb group',
      'Ik zal uw Kamer informeren over de evaluatie van het Schipholbeleid die in februari met de sector en de regio’s wordt besproken in Den Haag.',
      '2006-01-10',
      'Ik zal uw Kamer informeren over de evaluatie van het Schipholbeleid…',
    ],
    [
      'a first clause that closes on its verb group at a comma within the stretch (1137; was `…later dan 1 september…`)',
      'Ik verzoek u daarom mij toe te staan de kabinetsvisie later dan 1 september toe te sturen, waarbij ik nog steeds streef naar toezending in september, conform mijn eerdere toezegging.',
      '2011-08-19',
      'Ik verzoek u daarom mij toe te staan de kabinetsvisie later dan 1 september toe te sturen…',
    ],
    [
      'not a first clause that ends on no promise’s verb',
      'Ik verzoek u daarom mij toe te staan de kabinetsvisie later dan 1 september te bespreken in de commissie, waarbij ik nog steeds streef naar toezending in september.',
      '2011-08-19',
      'Ik verzoek u daarom mij toe te staan de kabinetsvisie later dan 1 september…',
    ],
    [
      'a short sentence keeps its first clause',
      'De gemeenten zijn gestart en ik informeer de Kamer dit najaar.',
      '2022-09-29',
      'De gemeenten zijn gestart en ik informeer de Kamer',
    ],
    [
      'a short sentence keeps its opening clause',
      'Zoals toegezegd, zal ik uw Kamer voor 1 december 2019 informeren.',
      '2019-07-01',
      'Zoals toegezegd, zal ik uw Kamer informeren',
    ],
  ])('%s', (_rule, sentence, letterDate, expected) => {
    const label = commitmentLabelOf(sentence, letterDate);
    expect(label).toBe(expected);
    expect(label!.length).toBeLessThanOrEqual(MAX_LABEL + LABEL_STRETCH);
  });

  it('labels a sentence without a due date with the whole sentence', () => {
    const text = ') Binnenkort ontvangt uw Kamer een brief over de DPCR.';
    expect(commitmentLabel(text, { start: 0, end: text.length }, null)).toBe(
      'Binnenkort ontvangt uw Kamer een brief over de DPCR',
    );
  });
});
