import { describe, expect, it } from 'vitest';
import { shortenPlain, withoutLeadingClosers } from '../../../src/core/timeline/label-tidy';

describe('shortenPlain', () => {
  it.each([
    [
      'a commitment without its due date does not end on a title in apposition (1008, `voor de zomer`)',
      'Uw Kamer ontvangt deze Werkagenda van mijn collega, de Staatssecretaris Langdurige Maatschappelijke Zorg.',
      'Uw Kamer ontvangt deze Werkagenda van mijn collega…',
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
