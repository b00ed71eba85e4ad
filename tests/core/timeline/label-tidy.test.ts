import { describe, expect, it } from 'vitest';
import { shortenPlain } from '../../../src/core/timeline/label-tidy';

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
