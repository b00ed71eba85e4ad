import { describe, expect, it } from 'vitest';
import { formatDossier } from '../../src/ui/format-dossier';

describe('formatDossier: a dossier number as the papers print it', () => {
  it.each([
    ['29521', '29 521'],
    ['36200-X', '36 200-X'],
    ['21501-28', '21 501-28'],
    ['123', '123'],
    ['x', 'x'],
  ])('formats dossier %s as %s', (raw, shown) => {
    expect(formatDossier(raw)).toBe(shown);
  });
});
