import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../../src/core/timeline/field-label';

/** The label of `date` in `text` (its first mention), as `fieldLabel` gives it. */
function labelOf(text: string, date: string): string | null {
  const at = text.indexOf(date);
  return fieldLabel(text, { start: at, end: at + date.length });
}

describe('fieldLabel', () => {
  // BNC fiches from tests/fixtures/letters (the file's number first), as zoek.officielebekendmakingen.nl's text gives
  // their list of general data.
  it.each([
    [
      'a bulleted field, blank lines around its value (662; was `24 oktober 2018`)',
      '1. Algemene gegevens\n\n  • a) Titel voorstel\n\n    Mededeling van de Commissie\n\n  • b) Datum ontvangst Commissiedocument\n\n    24 oktober 2018\n\n  • c) Nr. Commissiedocument\n\n    COM(2018)703\n',
      '24 oktober 2018',
      'Datum ontvangst Commissiedocument',
    ],
    [
      'a field without bullet or blank lines (170)',
      'a) Titel voorstel\nMededeling over een Nieuwe Europese Innovatie Agenda\nb) Datum ontvangst Commissiedocument\n5 juli 2022\nc) Nr. Commissiedocument\n',
      '5 juli 2022',
      'Datum ontvangst Commissiedocument',
    ],
  ])('%s', (_rule, text, date, expected) => expect(labelOf(text, date)).toBe(expected));

  it.each([
    [
      'a date in a sentence on its line',
      '  • b) Datum ontvangst Commissiedocument\n\n    Ontvangen op 24 oktober 2018\n',
      '24 oktober 2018',
    ],
    [
      'words after the date on its line',
      '  • b) Datum ontvangst Commissiedocument\n\n    24 oktober 2018 (per e-mail)\n',
      '24 oktober 2018',
    ],
    ['a line above that is no lettered field', 'Aanwezig\n\n16 juli 2018\n', '16 juli 2018'],
    ['a numbered item above', '1. Algemene gegevens\n\n24 oktober 2018\n', '24 oktober 2018'],
    [
      'an item above that is a sentence, not a field’s name',
      'b) De Commissie heeft het voorstel gepubliceerd.\n24 oktober 2018\n',
      '24 oktober 2018',
    ],
    ['a date at the text’s start', '24 oktober 2018\n', '24 oktober 2018'],
  ])('none for %s', (_rule, text, date) => expect(labelOf(text, date)).toBeNull());
});
