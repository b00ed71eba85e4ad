import { describe, expect, it } from 'vitest';
import { subjectFirst } from '../../../src/core/timeline/fronted';

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
    // Not where the whole fits a label: the date stays.
    ['In juni 2020', 'heb ik uw Kamer geïnformeerd', null],
  ])('%s | %s', (head, after, expected) => {
    expect(subjectFirst(head, after)).toBe(expected);
  });
});
