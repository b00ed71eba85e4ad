import { describe, expect, it } from 'vitest';
import { isoDay, parseDutchDay, parseDutchDayPrefix } from '../../../src/core/detect/parse-dutch-date';

describe('parseDutchDay', () => {
  it.each([
    // Letter date lines of the corpus and the NAVO letter.
    ['30 september 2022', '2022-09-30'],
    ['17 december 2015', '2015-12-17'],
    ['3 december 2015', '2015-12-03'],
    ['8 april 2021', '2021-04-08'],
    ['19 mei 2022', '2022-05-19'],
    ['1 juli 2021', '2021-07-01'],
    ['22 maart 2024', '2022-03-22'.replace('2022', '2024')],
    // tweedekamer.nl side facts, no-break space already normalized, and card abbreviations.
    ['2 juli 2025', '2025-07-02'],
    ['3 jul 2025', '2025-07-03'],
    ['12 sept. 2023', '2023-09-12'],
    // A line break inside the date (`20 september\n2022`) and capitals.
    ['20 september\n2022', '2022-09-20'],
    ['6 Oktober 2025', '2025-10-06'],
    // A footnote marker glued to the year (`10 december 20211` = 2021 + note 1).
    ['10 december 20211', '2021-12-10'],
    ['29 februari 2024', '2024-02-29'],
  ])('%j → %s', (input, iso) => {
    expect(parseDutchDay(input)).toBe(iso);
  });

  it.each([
    ['31 juni 2022'], // no such day
    ['29 februari 2023'],
    ['september 2022'], // month precision is the dates module's work
    ['30 september'],
    ['30 septembre 2022'],
    ['Nr. 2072'],
    ['30 september 2022 en verder'],
    [''],
    ['\u0000\uffff'],
  ])('%j → null', (input) => {
    expect(parseDutchDay(input)).toBeNull();
  });
});

describe('parseDutchDayPrefix', () => {
  it('reads the date at the start and says how far it went, footnote digit included', () => {
    expect(parseDutchDayPrefix(' 30 september 20221 \nOp 12 en 13 oktober')).toEqual({
      iso: '2022-09-30',
      length: 19,
    });
  });

  it('stays fast and silent on a huge input', () => {
    expect(parseDutchDayPrefix('1 '.repeat(500_000))).toBeNull();
  });
});

describe('isoDay', () => {
  it('validates real calendar days', () => {
    expect(isoDay(29, 2, 2024)).toBe('2024-02-29');
    expect(isoDay(0, 1, 2024)).toBeNull();
    expect(isoDay(1, 13, 2024)).toBeNull();
  });
});
