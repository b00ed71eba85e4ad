import { describe, expect, it } from 'vitest';
import {
  shortenPlain,
  withoutCourtesy,
  withoutLeadingClosers,
  withoutLeadingPageReference,
} from '../../../src/core/timeline/label-tidy';

describe('shortenPlain', () => {
  it.each([
    [
      'a commitment without its due date does not end on a title in apposition (1008, `voor de zomer`)',
      'Uw Kamer ontvangt deze Werkagenda van mijn collega, de Staatssecretaris Langdurige Maatschappelijke Zorg.',
      'Uw Kamer ontvangt deze Werkagenda van mijn collega…',
    ],
    [
      'whole within LABEL_STRETCH of MAX_LABEL (1271, 82 characters)',
      'Dit besluit zal worden verwerkt in de Najaarsnota die bij de Kamer wordt ingediend.',
      'Dit besluit zal worden verwerkt in de Najaarsnota die bij de Kamer wordt ingediend.',
    ],
    [
      'with the ministries’ names short, where then it fits within LABEL_STRETCH (799)',
      'Brief van de Minister voor Primair en Voortgezet Onderwijs en de Staatssecretaris van Volksgezondheid, Welzijn en Sport',
      'Brief van de Minister voor Primair en Voortgezet Onderwijs en de Staatssecretaris van VWS',
    ],
    [
      'cut past LABEL_STRETCH',
      'Dit besluit zal worden verwerkt in de Najaarsnota die bij de Tweede Kamer der Staten-Generaal wordt ingediend.',
      'Dit besluit zal worden verwerkt in de Najaarsnota die bij de Tweede Kamer…',
    ],
  ])('%s', (_rule, text, expected) => {
    expect(shortenPlain(text)).toBe(expected);
  });
});

describe('withoutLeadingClosers', () => {
  it.each([
    [
      'a run of closing brackets (found by the core fuzz)',
      ')))))Ik zal uw Kamer informeren',
      'Ik zal uw Kamer informeren',
    ],
    ['a closing bracket and its space', ') Ik zal uw Kamer informeren', 'Ik zal uw Kamer informeren'],
    ['square and round brackets, a comma between', '], ) Wij zullen', 'Wij zullen'],
    [
      'a bracket inside the label is its own',
      'Zie bijlage 2) Ik zal u informeren',
      'Zie bijlage 2) Ik zal u informeren',
    ],
    ['a pair of brackets that opens the label', '(a) Ik zal u informeren', '(a) Ik zal u informeren'],
    ['nothing but brackets: never emptied', ')))', ')))'],
  ])('%s', (_rule, text, expected) => {
    expect(withoutLeadingClosers(text)).toBe(expected);
  });
});

describe('withoutLeadingPageReference', () => {
  it.each([
    // A list of questions names the page each is about (2801, 594).
    [
      '(blz. 2) Het streven is er op gericht dat het protocol beschikbaar is',
      'Het streven is er op gericht dat het protocol beschikbaar is',
    ],
    ['(blz. 5) De staatssecretaris van SZW heeft per brief', 'De staatssecretaris van SZW heeft per brief'],
    ['(p. 12–13) Het advies is uitgebracht', 'Het advies is uitgebracht'],
    // What stays: a bracket that is the whole label, one of other words, a page before lower case, no bracket.
    ['(blz. 2)', '(blz. 2)'],
    ['(Ingezonden 18 januari 2010)', '(Ingezonden 18 januari 2010)'],
    [
      '(Al eerder heb ik aangegeven dat de datum waarschijnlijk niet gehaald zou worden)',
      '(Al eerder heb ik aangegeven dat de datum waarschijnlijk niet gehaald zou worden)',
    ],
    ['(blz. 2) en verder', '(blz. 2) en verder'],
    ['Zie blz. 2 van de nota', 'Zie blz. 2 van de nota'],
  ])('%j → %j', (label, expected) => {
    expect(withoutLeadingPageReference(label)).toBe(expected);
  });
});

describe('withoutCourtesy', () => {
  it.each([
    // 846.
    [
      'hebben met belangstelling kennisgenomen van de memorie van antwoord',
      'hebben kennisgenomen van de memorie van antwoord',
    ],
    // 1834.
    [
      'hebben met interesse kennisgenomen van het meerjarenplan',
      'hebben kennisgenomen van het meerjarenplan',
    ],
    ['heeft met veel belangstelling kennisgenomen', 'heeft kennisgenomen'],
    // At the start of a part: the rest of the clause goes on.
    ['met grote belangstelling kennisgenomen van uw brief', 'kennisgenomen van uw brief'],
    // Not capitalised, opening a sentence: without it, `Heb ik kennisgenomen…` reads as a question.
    [
      'Met belangstelling heb ik kennisgenomen van het verslag',
      'Met belangstelling heb ik kennisgenomen van het verslag',
    ],
    // Not joined to more by `en` or `of`.
    ['hebben met belangstelling en zorg kennisgenomen', 'hebben met belangstelling en zorg kennisgenomen'],
    // Not at a clause's end, nor inside a word.
    ['volgen dit met belangstelling', 'volgen dit met belangstelling'],
    ['de komst met belangstellingsregistratie werd', 'de komst met belangstellingsregistratie werd'],
  ])('%s', (text, expected) => {
    expect(withoutCourtesy(text)).toBe(expected);
  });
});
