import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
// The benchmark's generator (plain JavaScript, typed by bench/generate.d.mts).
import { letterText } from '../../bench/generate.mjs';

describe('bench/generate: the benchmark text', () => {
  it('is built from corpus letters 01–35 only, so runs stay comparable as the corpus grows', () => {
    // Letters numbered 100 and up once slipped in (the number was read from two characters) and
    // changed the 1 MB text; the runs reported in bench/README.md are on this one.
    const text = letterText(1_000_000);
    expect(text.length).toBe(1_001_210);
    expect(createHash('md5').update(text).digest('hex').slice(0, 8)).toBe('fe2895c7');
  });
});
