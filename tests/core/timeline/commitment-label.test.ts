import { describe, expect, it } from 'vitest';
import { commitmentLabelOf } from './commitment-label-of';
import { commitmentLabel } from '../../../src/core/timeline/commitment-label';

describe('commitmentLabel', () => {
  it.each([
    [
      'the sentence without its due date (NAVO letter)',
      'Het kabinet streeft ernaar om in november 2022 meer duidelijkheid te hebben over de operatie.',
      'Het kabinet streeft ernaar om meer duidelijkheid te hebben over de operatie',
    ],
    // Found by the core fuzz (seed 49491205, repeated and nested structures): the label kept the brackets, and with
    // eighty of them it was brackets alone.
    [
      'a run of closing brackets before the sentence is left out',
      ')))))Ik zal uw Kamer voor 1 januari informeren.',
      'Ik zal uw Kamer informeren',
    ],
    [
      'eighty of them too',
      `${')'.repeat(80)}Ik zal uw Kamer voor 1 januari informeren.`,
      'Ik zal uw Kamer informeren',
    ],
    [
      'a bracket inside the sentence stays',
      'Zie bijlage 2) Ik zal u voor 1 mei 2023 informeren.',
      'Zie bijlage 2) Ik zal u informeren',
    ],
  ])('%s', (_rule, sentence, expected) => {
    expect(commitmentLabelOf(sentence, '2022-09-30')).toBe(expected);
  });

  it('labels a sentence without a due date with the whole sentence', () => {
    const text = ') Binnenkort ontvangt uw Kamer een brief over de DPCR.';
    expect(commitmentLabel(text, { start: 0, end: text.length }, null)).toBe(
      'Binnenkort ontvangt uw Kamer een brief over de DPCR',
    );
  });
});
