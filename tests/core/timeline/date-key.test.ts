import { describe, expect, it } from 'vitest';
import { dateKey } from '../../../src/core/timeline/date-key';

// The key the timeline used before: one string per entry, `iso|endIso` with an empty end for single dates.
const oldKey = (e: { iso: string; endIso: string | null | undefined }): string =>
  `${e.iso}|${e.endIso ?? ''}`;

const ENTRIES: { iso: string; endIso: string | null | undefined }[] = [
  { iso: '2022-10-12', endIso: null },
  { iso: '2022-10-12', endIso: undefined },
  { iso: '2022-10-12', endIso: '' },
  { iso: '2022-10-12', endIso: '2022-10-13' },
  { iso: '2022-10', endIso: null },
  { iso: '2022-10', endIso: '2022-12' },
  { iso: '2022', endIso: null },
  { iso: '2022', endIso: '2023' },
  { iso: '2022-Q1', endIso: null },
  { iso: '2022-10-13', endIso: null },
];

describe('dateKey', () => {
  it.each([
    [{ iso: '2022-10-12', endIso: null }, '2022-10-12'],
    [{ iso: '2022-10-12', endIso: '' }, '2022-10-12'],
    [{ iso: '2022-10-12', endIso: '2022-10-13' }, '2022-10-12|2022-10-13'],
    [{ iso: '2022', endIso: '2023' }, '2022|2023'],
  ])('%j → %s', (entry, key) => {
    expect(dateKey(entry)).toBe(key);
  });

  it('groups entries exactly as the old key did', () => {
    for (const a of ENTRIES) {
      for (const b of ENTRIES) {
        expect(dateKey(a) === dateKey(b)).toBe(oldKey(a) === oldKey(b));
      }
    }
  });
});
