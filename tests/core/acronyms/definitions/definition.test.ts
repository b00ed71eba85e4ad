import { describe, expect, it } from 'vitest';
import { cleanExpansion } from '../../../../src/core/acronyms/definitions/definition';

describe('cleanExpansion', () => {
  it.each([
    ['Noord-\nAtlantische Raad', 'Noord-Atlantische Raad'],
    ['onafhanke-\nlijkheid van de Raad', 'onafhankelijkheid van de Raad'],
    ['European Rail\nTraffic   Management', 'European Rail Traffic Management'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanExpansion(raw)).toBe(clean);
  });
});
