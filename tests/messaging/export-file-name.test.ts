import { describe, expect, it } from 'vitest';
import { fileBase } from '../../src/messaging/export-file-name';

const URL = 'http://zoek.officielebekendmakingen.nl/kst-28676-409.html';

describe('fileBase', () => {
  it.each([
    ['a Kamerstuk: its dossier and number', '28676', '409', URL, 'kamerlens-kst-28676-409'],
    [
      'an answer on tweedekamer.nl: its document number',
      null,
      null,
      'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2021Z07250&did=2021D26707',
      'kamerlens-2021D26707',
    ],
    [
      'an answer on officielebekendmakingen.nl: its page id',
      null,
      null,
      'https://zoek.officielebekendmakingen.nl/ah-tk-20202021-2964.html',
      'kamerlens-ah-tk-20202021-2964',
    ],
    ['no dossier and no address', null, null, null, 'kamerlens-stuk'],
    ['a dossier without a number', '36200-X', null, null, 'kamerlens-kst-36200-X'],
    ['unsafe characters', '28 676/../x', '4', null, 'kamerlens-kst-28_676_.._x-4'],
    [
      'an address that names nothing',
      null,
      null,
      'https://www.tweedekamer.nl/kamerstukken?id=x',
      'kamerlens-stuk',
    ],
    ['no address at all', null, null, 'not a url', 'kamerlens-stuk'],
  ] as [string, string | null, string | null, string | null, string][])(
    '%s',
    (_, dossier, number, url, expected) => {
      // `stuk`: the word a Dutch interface names a paper without a number by.
      expect(fileBase(dossier, number, url, 'stuk')).toBe(expected);
    },
  );
});
