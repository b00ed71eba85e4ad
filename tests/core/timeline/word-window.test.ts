import { describe, expect, it } from 'vitest';
import { wordWindow } from '../../../src/core/timeline/word-window';

describe('wordWindow', () => {
  it.each([
    // Words after the date first, then before, alternately, within max - 2 characters.
    ['Op', 'komen de Ministers van Defensie bijeen', 20, ['Op', 'komen de…']],
    // Everything fits: nothing left out, no ellipsis.
    ['Op', 'komen zij bijeen', 40, ['Op', 'komen zij bijeen']],
    // Words left out before the date: the ellipsis stands before the left part.
    ['Het kabinet stuurt uw Kamer voor', 'een brief', 24, ['…Kamer voor', 'een brief']],
    // Nothing after the date: the words before, up to 18 characters with their spaces (3 + 7 + 5).
    ['De NAVO-top in Madrid vond plaats op', '', 20, ['…vond plaats op', '']],
    // A first word longer than the room is not taken, and is left out on both sides.
    ['Defensieministeriële', 'Bondgenootschappelijk', 10, ['…', '…']],
  ] as const)('%s | %s (max %i)', (before, after, max, expected) => {
    expect(wordWindow(before, after, max)).toEqual(expected);
  });
});
