import { describe, expect, it } from 'vitest';
import { isIsoDay, parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it.each([
    [['analyze', 'a.txt'], { json: false, url: undefined, date: undefined, file: 'a.txt', lookup: false }],
    [['analyze', '--json', '-'], { json: true, url: undefined, date: undefined, file: '-', lookup: false }],
    [
      ['analyze', '--url', 'https://zoek.officielebekendmakingen.nl/kst-32793-205.html', 'a.txt'],
      {
        json: false,
        url: 'https://zoek.officielebekendmakingen.nl/kst-32793-205.html',
        date: undefined,
        file: 'a.txt',
        lookup: false,
      },
    ],
    [
      ['analyze', '--date=2022-09-30', '--json', 'a.html'],
      { json: true, url: undefined, date: '2022-09-30', file: 'a.html', lookup: false },
    ],
    [
      ['analyze', '--lookup', '--json', 'a.txt'],
      { json: true, url: undefined, date: undefined, file: 'a.txt', lookup: true },
    ],
  ])('reads %j', (argv, args) => {
    expect(parseArgs(argv)).toEqual({ ok: true, command: 'analyze', args });
  });

  it.each([
    [['frobnicate'], /unknown command/],
    [['analyze'], /usage/],
    [['analyze', 'a.txt', 'b.txt'], /one file at a time/],
    [['analyze', '--url', 'not a url', 'a.txt'], /not a valid URL/],
    [['analyze', '--date', '2022-02-30', 'a.txt'], /YYYY-MM-DD/],
    [['analyze', '--date', '9999-12-01', 'a.txt'], /years 1000–2999/],
    [['analyze', '--bogus', 'a.txt'], /unknown option/],
  ])('refuses %j with a one-line message', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(message);
      expect(parsed.message).not.toContain('\n');
    }
  });

  it('asks for help without a command', () => {
    expect(parseArgs([])).toEqual({ ok: true, command: 'help' });
  });

  it.each([
    ['2022-09-30', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['30-09-2022', false],
    // The years a paper can be dated: a later one would put `volgende zomer` in the year 10000.
    ['1000-01-01', true],
    ['2999-12-31', true],
    ['0999-12-31', false],
    ['9999-12-01', false],
    ['0099-01-01', false],
  ])('isIsoDay(%s) is %s', (value, ok) => expect(isIsoDay(value)).toBe(ok));
});
