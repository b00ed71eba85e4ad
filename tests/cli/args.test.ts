import { describe, expect, it } from 'vitest';
import { HELP, isIsoDay, parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it.each([
    [
      ['analyze', 'a.txt'],
      { json: false, url: undefined, date: undefined, file: 'a.txt', lookup: false, withText: false },
    ],
    [
      ['analyze', '--json', '-'],
      { json: true, url: undefined, date: undefined, file: '-', lookup: false, withText: false },
    ],
    [
      ['analyze', '--url', 'https://zoek.officielebekendmakingen.nl/kst-32793-205.html', 'a.txt'],
      {
        json: false,
        url: 'https://zoek.officielebekendmakingen.nl/kst-32793-205.html',
        date: undefined,
        file: 'a.txt',
        lookup: false,
        withText: false,
      },
    ],
    [
      ['analyze', '--date=2022-09-30', '--json', 'a.html'],
      { json: true, url: undefined, date: '2022-09-30', file: 'a.html', lookup: false, withText: false },
    ],
    [
      ['analyze', '--lookup', '--json', 'a.txt'],
      { json: true, url: undefined, date: undefined, file: 'a.txt', lookup: true, withText: false },
    ],
    // `--` ends the options: a file whose name starts with `-` can be given.
    [
      ['analyze', '--json', '--', '-x.txt'],
      { json: true, url: undefined, date: undefined, file: '-x.txt', lookup: false, withText: false },
    ],
    [
      ['analyze', '--', '--lookup'],
      { json: false, url: undefined, date: undefined, file: '--lookup', lookup: false, withText: false },
    ],
    [
      ['analyze', '--', '-'],
      { json: false, url: undefined, date: undefined, file: '-', lookup: false, withText: false },
    ],
    [
      ['analyze', '--json', '--with-text', 'a.html'],
      { json: true, url: undefined, date: undefined, file: 'a.html', lookup: false, withText: true },
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
    // A switch given a value would be read as on, whatever the value says (`--lookup=no` goes online).
    [['analyze', '--json=false', 'a.txt'], /^--json takes no value, got "--json=false"/],
    [['analyze', '--lookup=no', 'a.txt'], /^--lookup takes no value, got "--lookup=no"/],
    [['analyze', '--json=', 'a.txt'], /^--json takes no value/],
    [['analyze', '--', 'a.txt', 'b.txt'], /one file at a time/],
    [['analyze', '--json', '--'], /usage/],
    // The text goes into the JSON; the summary has no place for it.
    [['analyze', '--with-text', 'a.html'], /^--with-text needs --json/],
    [['analyze', '--json', '--with-text=no', 'a.html'], /^--with-text takes no value/],
  ])('refuses %j with a one-line message', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(message);
      expect(parsed.message).not.toContain('\n');
    }
  });

  it.each([[[]], [['help']], [['--help']], [['-h']], [['analyze', '--json', '--help', 'a.txt']]])(
    'asks for help with %j',
    (argv) => expect(parseArgs(argv)).toEqual({ ok: true, command: 'help' }),
  );

  it.each([[['version']], [['--version']], [['-v']]])('asks for the version with %j', (argv) =>
    expect(parseArgs(argv)).toEqual({ ok: true, command: 'version' }),
  );

  it('names every command, option and what - means in the help, with the exit codes', () => {
    for (const command of ['analyze FILE|-', 'help', 'version']) {
      expect(HELP).toMatch(new RegExp(`^ +${command.replace('|', '\\|')} `, 'm'));
    }
    for (const option of ['--json', '--url URL', '--date YYYY-MM-DD', '--lookup', '--help']) {
      expect(HELP).toMatch(new RegExp(`^ +(-\\w, )?${option} `, 'm'));
    }
    expect(HELP).toMatch(/^ +-- +end of options/m);
    expect(HELP).toMatch(/^ +- +standard input/m);
    expect(HELP).toMatch(/^ +0 +/m);
    expect(HELP).toMatch(/^ +2 +/m);
    expect(HELP).toMatch(/UTF-16/);
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
