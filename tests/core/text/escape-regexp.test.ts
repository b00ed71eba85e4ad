import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/core/text/escape-regexp';

describe('escapeRegExp', () => {
  it.each([
    // A ministry's name as the sender's office mending quotes it (410: `Minister van Volksgezondheid, Welzijn en
    // Sport`).
    ['Volksgezondheid, Welzijn en Sport', ''],
    ['Sociale Zaken (SZW)', 'u'],
    ['a.b*c+d?e^f$g{h}i|j[k]l\\m/n', ''],
    ['a.b*c+d?e^f$g{h}i|j[k]l\\m/n', 'u'],
  ])('%s matches itself and only itself (flags %s)', (s, flags) => {
    const re = new RegExp(`^${escapeRegExp(s)}$`, flags);
    expect(re.test(s)).toBe(true);
    expect(re.test(`${s}x`)).toBe(false);
    expect(re.test(s.replace(/[.(]/g, 'x'))).toBe(s.replace(/[.(]/g, 'x') === s);
  });
});
