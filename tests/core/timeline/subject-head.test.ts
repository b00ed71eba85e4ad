import { describe, expect, it } from 'vitest';
import { subjectCutAt } from '../../../src/core/timeline/subject-head';

/** `subjectCutAt` with the left part starting at the word `first` of `before` (its first occurrence). */
function cutAt(before: string, first: string): number {
  return subjectCutAt(before, before.indexOf(` ${first} `) + 1);
}

describe('subjectCutAt', () => {
  it.each([
    // The part starts inside a name after `voor`: the committee's noun is left out (44).
    ['De vaste commissie voor Binnenlandse Zaken heeft mij bij brief', 'Binnenlandse', 'heeft'],
    // The part starts at `van`: the minister is left out (195).
    ['De Minister van SZW heeft de Kamer per brief', 'van', 'heeft'],
    // At the verb: the whole subject is left out (41).
    ['Mijn ambtsvoorganger heeft in de Kamerbrief', 'heeft', 'heeft'],
    // After `en` that joins a second noun (1073).
    ['De staatssecretaris van VenJ en de minister van BZK hebben een reactie gestuurd', 'VenJ', 'hebben'],
    // A comma between the names of a list stays inside the subject (1921), as does one before the next modifier of a
    // list (2051) and the bracket of an abbreviation.
    ['De algemene commissie voor Wonen, Wijken en Integratie heeft overleg gevoerd', 'Wonen,', 'heeft'],
    [
      'De ministers van Justitie, van Financiën en van BZK hebben deze vragen beantwoord',
      'Financiën',
      'hebben',
    ],
    ['De leden van de vaste commissie voor Sport (VWS) hebben kennisgenomen', 'Sport', 'hebben'],
    // An abbreviation of two names (997).
    ['De commissie voor Sport/Jeugd en Gezin (VWS/JG) heeft in haar vergadering gesproken', 'Gezin', 'heeft'],
    // A modal is the subject's verb too (450).
    [
      'De evaluatie van de kaderstellende visie op toezicht zal door het kabinet worden gepresenteerd',
      'de',
      'zal',
    ],
  ] as const)('%s | from %s: the subject ends at %s', (before, first, verb) => {
    expect(cutAt(before, first)).toBe(before.indexOf(` ${verb} `) + 1);
  });

  it.each([
    // The part keeps the noun and leaves out only the words before it (1031).
    ['De vaste commissie voor Justitie heeft overleg gevoerd met staatssecretaris Albayrak', 'commissie'],
    // A pronoun before its verb is no subject with a noun (2800).
    ['Het was daarmee dus niet uitgesloten', 'was'],
    // A relative clause inside the subject: its verb is not the subject's (2593).
    ['De acties en maatregelen die ik heb aangekondigd in mijn brief zijn daarom urgent', 'en'],
    // No determiner opens the clause (`Zoals …`, 2793).
    ['Zoals het kabinet eerder heeft aangegeven blijft het sturen op 25% broeikasgas-reductie', 'kabinet'],
    // A clause mark before the verb: the clause is no subject and its verb (1255 reads `Ja, de Minister …` from `de`).
    ['De brief, die van 3 juni, heeft', 'die'],
    // The part starts after the verb: not inside the subject.
    ['De Minister van SZW heeft de Kamer per brief', 'Kamer'],
  ] as const)('%s | from %s: no subject cut', (before, first) => {
    expect(cutAt(before, first)).toBe(-1);
  });
});
