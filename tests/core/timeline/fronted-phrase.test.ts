import { describe, expect, it } from 'vitest';
import { subjectFirstPastFront } from '../../../src/core/timeline/fronted-phrase';
import { labelAround } from '../../../src/core/timeline/label';
import { quotePositions } from '../../../src/core/timeline/quotes';

/** The label of `date` (its first occurrence) in `sentence`, a sentence alone. */
function labelOf(sentence: string, date: string): string {
  const start = sentence.indexOf(date);
  return labelAround(
    sentence,
    { start: 0, end: sentence.length },
    { start, end: start + date.length },
    [],
    quotePositions(sentence),
  );
}

describe('subjectFirstPastFront', () => {
  it.each([
    // After a phrase of a preposition (NAVO letter, 2094, 718, with a comma after its brackets 553).
    [
      'In reactie op de ontwikkelingen in Rusland en Oekraïne heeft de Noord-Atlantische Raad (NAR) op 22 september een verklaring uitgebracht, waarin de schijnreferenda veroordeeld worden.',
      '22 september',
      'De Noord-Atlantische Raad (NAR) heeft een verklaring uitgebracht',
    ],
    [
      'Tijdens het debat d.d. 17 juni 2009 heeft uw Kamer mij verzocht de gestelde vragen schriftelijk te beantwoorden.',
      '17 juni 2009',
      'Uw Kamer heeft mij verzocht de gestelde vragen schriftelijk te beantwoorden',
    ],
    [
      'Op 22 april jl. heeft de vaste commissie voor Binnenlandse Zaken mij verzocht om voor 29 april a.s. de nota naar aanleiding van het verslag over het wetsvoorstel organisatie hoogste bestuursrechtspraak in te dienen waarin de vragen en opmerkingen worden beantwoord over het vorige maand door de commissie uitgebrachte verslag (Kamerstuk 34 389, nr. 5).',
      'voor 29 april a.s.',
      'De vaste commissie voor Binnenlandse Zaken heeft mij verzocht om de nota…',
    ],
    [
      'Ter voorbereiding van de staatkundige evaluatie Caribisch Nederland, hebben de Minister van Financiën en ik op 2 september 2013 voorlichting gevraagd aan de Afdeling advisering van de Raad van State over de inhoud en opzet van de evaluatie.',
      '2 september 2013',
      'De Minister van Financiën en ik hebben voorlichting gevraagd aan de Afdeling advisering…',
    ],
    // A comma inside quotes is the title's, not the phrase's (1637).
    [
      'In de visie op gevangenisstraffen «Recht doen, kansen bieden» heb ik aangekondigd uw Kamer vóór het zomerreces te informeren over de capaciteitsmaatregelen die ik moet treffen bij de Dienst Justitiële Inrichtingen.',
      'vóór het zomerreces',
      'Ik heb aangekondigd uw Kamer te informeren over de capaciteitsmaatregelen…',
    ],
    // Any verb before `ik`: the letter's own acts (161).
    [
      'In reactie op uw schriftelijke verzoek van 11 november 2010 ga ik hieronder in op de in 2010 en 2011 aan uw Kamer toe te zenden stukken.',
      // The list of years, as the timeline labels it.
      '2010 en 2011',
      'Ik ga hieronder in op de aan uw Kamer toe te zenden stukken',
    ],
    // After a clause of `zoals` up to its comma (2357).
    [
      'Zoals in de memorie van toelichting bij het wetsvoorstel is aangegeven, zal het wetsvoorstel in september 2025 in het Staatsblad moeten zijn geplaatst, wil het op 1 januari 2026 in werking kunnen treden.',
      'september 2025',
      'Het wetsvoorstel zal in het Staatsblad moeten zijn geplaatst',
    ],
  ])('puts the subject first after what the sentence opens with: %s', (sentence, date, expected) => {
    expect(labelOf(sentence, date)).toBe(expected);
  });

  it.each([
    // The subject is what was left out (592): the verb is no fronted one.
    [
      'De vaste Commissie voor Sociale Zaken en Werkgelegenheid heeft de navolgende vragen over de brieven van de staatssecretaris van Sociale Zaken en Werkgelegenheid d.d.16 juni 1999 (25 720, nr. 11) en d.d. 7 september 1999 (25 720, nr. 13) gesteld.',
      '16 juni 1999',
    ],
    // A clause after the main one, verb first as a condition (2357).
    [
      'Zoals in de memorie van toelichting bij het wetsvoorstel is aangegeven, zal het wetsvoorstel in september 2025 in het Staatsblad moeten zijn geplaatst, wil het op 1 januari 2026 in werking kunnen treden.',
      '1 januari 2026',
    ],
    // After a condition, which the label may not drop (2357).
    [
      'Indien uw Kamer het wetsvoorstel plenair wenst te behandelen, zou ik het zeer op prijs stellen indien dit uiterlijk in de week van 21 april 2025 zou kunnen plaatsvinden.',
      'in de week van 21 april 2025',
    ],
    // A phrase with an aside between commas (2271).
    [
      'In relatieve zin, dat wil zeggen als aandeel van de totale woningvoorraad, is het aantal koopwoningen in 1995 toegenomen van 48,1% tot 48,8%.',
      '1995',
    ],
    // A relative clause inside the subject leaves its end unclear (1113).
    [
      'In de bestuursovereenkomst zijn de afspraken die ik vorig jaar juni met de provincie Fryslân gemaakt heb uitgewerkt.',
      'vorig jaar juni',
    ],
  ])('leaves a label as it was where its verb is not the fronted one: %s', (sentence, date) => {
    const label = labelOf(sentence, date);
    // A label that starts at a finite verb, the subject after it, as those above did.
    expect(label).toMatch(/^…(?:heeft|wil|zou|is|zijn) (?:de|het|ik) /);
    expect(subjectFirstPastFront(sentence, 0, sentence.length, label)).toBe(label);
  });

  it('takes no word that opens a clause for the verb before `ik` (1382)', () => {
    const sentence =
      'In deze brief heb ik aangegeven dat ik u na de zomer c.q. in september 2018 zal informeren over het thematisch onderzoek.';
    // As a label would start after `aangegeven`: `dat` is no verb, and `heb` is the sentence's.
    expect(subjectFirstPastFront(sentence, 0, sentence.length, '…dat ik u zal informeren…')).toBe(
      '…dat ik u zal informeren…',
    );
    expect(
      subjectFirstPastFront(sentence, 0, sentence.length, '…heb ik aangegeven dat ik u zal informeren…'),
    ).toBe('Ik heb aangegeven dat ik u zal informeren…');
  });

  it('leaves a label alone whose start is not at the verb the text has there', () => {
    const sentence = 'Tijdens het debat heeft uw Kamer mij verzocht de vragen te beantwoorden.';
    // Its words are not the text's after the verb: another clause's `heeft`.
    expect(subjectFirstPastFront(sentence, 0, sentence.length, '…heeft de Raad iets besloten')).toBe(
      '…heeft de Raad iets besloten',
    );
    expect(subjectFirstPastFront(sentence, 0, sentence.length, '…heeft uw Kamer mij verzocht…')).toBe(
      'Uw Kamer heeft mij verzocht…',
    );
  });
});
