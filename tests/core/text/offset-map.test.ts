import { describe, expect, it } from 'vitest';
import { OffsetMap, SegmentsBuilder } from '../../../src/core/text/offset-map';

type Piece = ['copy', number, number] | ['repeat', number, number];

/** Builds a map from pieces (`copy` from..to, `repeat` source index × count) and the per-offset array it stands for. */
function build(pieces: Piece[], srcLength: number): { map: OffsetMap; expected: number[] } {
  const b = new SegmentsBuilder();
  const expected: number[] = [];
  for (const [kind, a, c] of pieces) {
    if (kind === 'copy') {
      b.copy(expected.length, a, c - a);
      for (let k = a; k < c; k++) expected.push(k);
    } else {
      b.repeat(expected.length, a, c);
      for (let k = 0; k < c; k++) expected.push(a);
    }
  }
  const map = b.build(expected.length, srcLength);
  expected.push(srcLength);
  return { map, expected };
}

const all = (map: OffsetMap): number[] => Array.from({ length: map.length + 1 }, (_, k) => map.at(k));

describe('OffsetMap', () => {
  it.each<[string, Piece[], number]>([
    ['unchanged text', [['copy', 0, 5]], 5],
    ['empty output', [], 3],
    [
      'a removed character (`NAVO\\u200b-Top`)',
      [
        ['copy', 0, 4],
        ['copy', 5, 9],
      ],
      9,
    ],
    [
      'an expanded ligature (`e\\ufb03ciënt`)',
      [
        ['copy', 0, 1],
        ['repeat', 1, 3],
        ['copy', 2, 7],
      ],
      7,
    ],
    [
      'a replaced space maps like a copy (`29\\u00a0521`)',
      [
        ['copy', 0, 2],
        ['repeat', 2, 1],
        ['copy', 3, 6],
      ],
      6,
    ],
    [
      'a space standing in for a removed marker (`nemen.1Ik`)',
      [
        ['copy', 0, 6],
        ['repeat', 6, 1],
        ['copy', 7, 9],
      ],
      9,
    ],
    ['a dropped text start (BOM)', [['copy', 1, 4]], 4],
  ])('%s', (_name, pieces, srcLength) => {
    const { map, expected } = build(pieces, srcLength);
    expect(all(map)).toEqual(expected);
  });

  it('stays exact with a segment at nearly every offset (buckets crowded with segments)', () => {
    const pieces: Piece[] = [];
    let src = 0;
    for (let k = 0; k < 500; k++) {
      pieces.push(k % 3 === 0 ? ['repeat', src, 2] : ['copy', src, src + 1 + (k % 4)]);
      src += k % 3 === 0 ? 2 : 1 + (k % 4);
    }
    const { map, expected } = build(pieces, src);
    expect(all(map)).toEqual(expected);
  });

  it('composes with `then` as looking up one map after the other', () => {
    // Pass 1: `e\ufb03ciënt\u00a0en` → `efficiënt en`; pass 2 drops `ci` and repeats the space.
    const inner = build(
      [
        ['copy', 0, 1],
        ['repeat', 1, 3],
        ['copy', 2, 11],
      ],
      11,
    );
    const outer = build(
      [
        ['copy', 0, 4],
        ['copy', 6, 10],
        ['repeat', 10, 2],
        ['copy', 11, 13],
      ],
      13,
    );
    const composed = outer.map.then(inner.map);
    expect(all(composed)).toEqual(outer.expected.map((k) => inner.expected[k]));
  });
});
