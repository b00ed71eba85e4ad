import { describe, expect, it } from 'vitest';
import { lineSpans } from '../../../src/core/text/normalize';

describe('lineSpans', () => {
  const cases: [string, string, [number, number][]][] = [
    ['empty string: one empty line', '', [[0, 0]]],
    ['one line', 'Den Haag', [[0, 8]]],
    [
      'header lines',
      '28 676 NAVO\nNr. 554\n',
      [
        [0, 11],
        [12, 19],
        [20, 20],
      ],
    ],
    [
      'blank line',
      'a\n\nb',
      [
        [0, 1],
        [2, 2],
        [3, 4],
      ],
    ],
    [
      'CRLF and lone CR',
      'a\r\nb\rc',
      [
        [0, 1],
        [3, 4],
        [5, 6],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(lineSpans(input).map((s) => [s.start, s.end])).toEqual(expected);
  });

  it('gives lines whose text has no break', () => {
    const text = 'Oekraïne\n\nDe afgelopen weken\r\nis de oorlog';
    expect(lineSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Oekraïne',
      '',
      'De afgelopen weken',
      'is de oorlog',
    ]);
  });
});
