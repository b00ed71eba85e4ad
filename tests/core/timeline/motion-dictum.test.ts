import { describe, expect, it } from 'vitest';
import { dictumStart } from '../../../src/core/timeline/motion-dictum';

/** dictumStart on `text`, its comma the first `,` after `opening`, its date `date` and its clause to the next `,`. */
function startOf(text: string, date: string): number {
  const comma = text.indexOf(',');
  const ds = text.indexOf(date);
  const right = text.indexOf(',', ds);
  return dictumStart(text, 0, comma, ds, ds + date.length, right < 0 ? text.length : right);
}

describe('dictumStart', () => {
  it.each([
    [
      'the request of a motion (2072)',
      'verzoekt de regering, de overbruggingsregeling AOW te verlengen tot 1 januari 2023,',
    ],
    [
      'with `tevens` (1009)',
      'verzoekt de regering tevens, de Kamer hierover voor het zomerreces van 2013 te informeren,',
    ],
    [
      'with `voorts`',
      'verzoekt de regering voorts, dit plan van aanpak voor 1 februari 2017 naar de Kamer te zenden,',
    ],
    [
      'with `om` (2293)',
      'verzoekt de regering om, het verdeelmodel in 2016 te toetsen aan de eisen van transparantie,',
    ],
    ['`roept … op`', 'roept de regering op, de Kamer in 2024 te informeren,'],
    ['`het kabinet`', 'verzoekt het kabinet, de Kamer in 2024 te informeren,'],
  ])('finds the opening: %s', (_case, text) => {
    const date = /(?:tot |voor (?:het )?)?(?:\d{1,2} \p{L}+ )?(?:zomerreces van )?\d{4}/u.exec(
      text,
    )?.[0] as string;
    expect(startOf(text, date)).toBe(0);
  });

  it('finds it after the considerations, after a `;` and a line break', () => {
    const text = 'overwegende dat dit nodig is;\nverzoekt de regering, de Kamer in 2024 te informeren,';
    const comma = text.lastIndexOf(',', text.indexOf('de Kamer'));
    const ds = text.indexOf('in 2024');
    expect(dictumStart(text, 0, comma, ds, ds + 7, text.length - 1)).toBe(text.indexOf('verzoekt'));
  });

  it.each([
    ['another opening', 'verzoekt de gemeenten, de Kamer in 2024 te informeren,', 'in 2024'],
    ['words before the opening', 'en verzoekt de regering nu, de Kamer in 2024 te informeren,', 'in 2024'],
    ['a comma elsewhere', 'de regering, de Kamer in 2024 te informeren,', 'in 2024'],
    [
      'a request too long to fit whole with its opening (1272)',
      'verzoekt de regering, een uiterste inspanning te leveren om het reductiedoel voor de broeikasgassen in 2020 te halen,',
      'in 2020',
    ],
  ])('finds none: %s', (_case, text, date) => {
    expect(startOf(text, date)).toBe(-1);
  });
});
