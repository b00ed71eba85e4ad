import { describe, expect, it } from 'vitest';
import type { UserGlossaryErrorCode } from '../../../src/core/acronyms/user-glossary';
import { registerMessages, translator } from '../../../src/i18n';
import { OPTIONS_MESSAGES, optionsEn, optionsNl } from '../../../src/i18n/messages-options';
import {
  checkDraft,
  decodeImport,
  describeError,
  describeImport,
  describeSaveFailure,
  mergeImport,
  mergeImportWithin,
  readImport,
  upsertEntry,
  type UserGlossaryEntry,
} from '../../../src/ui/options/glossary-edit';

const LIST: UserGlossaryEntry[] = [
  { abbr: 'DPCR', expansion: 'Defence Planning Capability Review' },
  { abbr: 'EU', expansion: '', disabled: true },
];

// As the options page's entry does at its start: its strings are not in the shared table.
registerMessages(OPTIONS_MESSAGES);

describe('checkDraft', () => {
  it.each([
    // What a reader types, and which field the error lands on.
    [{ abbr: 'UDCG', expansion: 'Ukraine Defense Contact Group' }, null, {}],
    [{ abbr: '', expansion: 'Iets' }, null, { abbr: 'missing-abbr' }],
    [{ abbr: 'Noord Atlantisch', expansion: 'x' }, null, { abbr: 'bad-abbr' }],
    [{ abbr: 'NAR', expansion: '' }, null, { expansion: 'missing-expansion' }],
    [{ abbr: 'DPCR', expansion: 'Other' }, null, { abbr: 'duplicate' }],
    // Editing DPCR itself is no duplicate.
    [{ abbr: 'DPCR', expansion: 'Defence Planning and Capability Review' }, 'DPCR', {}],
    [{ abbr: 'NMI', expansion: 'x'.repeat(501) }, null, { expansion: 'too-long' }],
  ] as const)('%j (editing %s) → %j', (fields, editing, errors) => {
    const check = checkDraft({ explanation: '', disabled: false, ...fields }, LIST, editing);
    expect(check.errors).toEqual(errors);
    expect(check.entry === null).toBe(Object.keys(errors).length > 0);
  });

  it('allows a disabled entry without a meaning (to hide an abbreviation)', () => {
    const check = checkDraft({ abbr: 'NAVO', expansion: '', explanation: '', disabled: true }, LIST, null);
    expect(check.entry).toEqual({ abbr: 'NAVO', expansion: '', disabled: true });
  });

  it('keeps the category of the entry being edited', () => {
    const list: UserGlossaryEntry[] = [{ abbr: 'KFOR', expansion: 'Kosovo Force', category: 'nato-defence' }];
    const check = checkDraft(
      { abbr: 'KFOR', expansion: 'Kosovo Force (NAVO)', explanation: '', disabled: false },
      list,
      'KFOR',
    );
    expect(check.entry?.category).toBe('nato-defence');
  });
});

describe('list edits', () => {
  it('adds at the end, or replaces the entry being edited in place', () => {
    const udcg = { abbr: 'UDCG', expansion: 'Ukraine Defense Contact Group' };
    expect(upsertEntry(LIST, udcg, null).map((e) => e.abbr)).toEqual(['DPCR', 'EU', 'UDCG']);
    expect(upsertEntry(LIST, udcg, 'DPCR').map((e) => e.abbr)).toEqual(['UDCG', 'EU']);
  });

  it('merges an import: known abbreviations take the imported meaning, new ones are added', () => {
    const merged = mergeImport(LIST, [
      { abbr: 'EU', expansion: 'Europese Unie' },
      { abbr: 'NAR', expansion: 'Noord-Atlantische Raad' },
    ]);
    expect(merged).toEqual([
      { abbr: 'DPCR', expansion: 'Defence Planning Capability Review' },
      { abbr: 'EU', expansion: 'Europese Unie' },
      { abbr: 'NAR', expansion: 'Noord-Atlantische Raad' },
    ]);
  });
});

describe('an import into a list that holds at most 5000', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => ({ abbr: `A${i}`, expansion: `a ${i}` }));
  const file = (...abbrs: string[]) => abbrs.map((abbr) => ({ abbr, expansion: 'nieuw' }));

  it('adds new entries while there is room, always replaces known ones, and keeps the rest apart', () => {
    const r = mergeImportWithin(list(4998), file('B1', 'A7', 'B2', 'B3', 'B4'));
    expect(r.entries).toHaveLength(5000);
    expect(r.entries[7]).toEqual({ abbr: 'A7', expansion: 'nieuw' });
    expect(r.entries.slice(-2).map((e) => e.abbr)).toEqual(['B1', 'B2']);
    expect(r.imported).toBe(3);
    expect(r.leftOut.map((e) => e.abbr)).toEqual(['B3', 'B4']);
    expect(describeImport(r, 'b.csv', translator('nl'), 'nl')).toBe(
      '3 van de 5 afkortingen uit b.csv geïmporteerd. De andere 2 zijn weggelaten, vanaf B3: je lijst bevat hoogstens 5.000 afkortingen.',
    );
  });

  it('says so when one was left out, and when none fitted', () => {
    const one = mergeImportWithin(list(4999), file('B1', 'B2'));
    expect(describeImport(one, 'b.csv', translator('en'), 'en')).toBe(
      'Imported 1 of the 2 acronyms from b.csv. The last one, B2, was left out: your list can hold at most 5,000 acronyms.',
    );
    const none = mergeImportWithin(list(5000), file('B1'));
    expect(none.entries).toHaveLength(5000);
    expect(describeImport(none, 'b.csv', translator('nl'), 'nl')).toBe(
      'Niets geïmporteerd uit b.csv: je lijst bevat al 5.000 afkortingen, het maximum. Verwijder eerst afkortingen.',
    );
  });

  it('counts in the singular and the plural', () => {
    const t = translator('nl');
    expect(describeImport(mergeImportWithin([], file('B1')), 'x.csv', t, 'nl')).toBe(
      '1 afkorting geïmporteerd uit x.csv.',
    );
    expect(describeImport(mergeImportWithin([], file('B1', 'B2')), 'x.csv', t, 'nl')).toBe(
      '2 afkortingen geïmporteerd uit x.csv.',
    );
  });

  it('writes the count the way the language does, as the table does', () => {
    const all = mergeImportWithin([], list(5000));
    expect(describeImport(all, 'x.csv', translator('nl'), 'nl')).toBe(
      '5.000 afkortingen geïmporteerd uit x.csv.',
    );
    expect(describeImport(all, 'x.csv', translator('en'), 'en')).toBe('Imported 5,000 acronyms from x.csv.');
    const many = Array.from({ length: 6002 }, (_, i) => ({ abbr: `B${i}`, expansion: 'nieuw' }));
    expect(describeImport(mergeImportWithin([], many), 'y.csv', translator('en'), 'en')).toBe(
      'Imported 5,000 of the 6,002 acronyms from y.csv. The other 1,002, from B5000 onwards, were left out: your list can hold at most 5,000 acronyms.',
    );
  });
});

describe('describeSaveFailure', () => {
  it('tells a full storage and a list over the maximum from other failures', () => {
    const en = translator('en');
    const add = { kind: 'add', abbr: 'ABCX' } as const;
    expect(describeSaveFailure(add, Object.assign(new Error('x'), { reason: 'quota' }), en)).toBe(
      'Adding “ABCX” could not be saved. Your glossary is too large for the storage the browser gives Kamerlens (about 10 MB). Your list has not changed; make it smaller, with fewer acronyms or shorter texts.',
    );
    expect(describeSaveFailure(add, new Error('Resource::kQuotaBytes quota exceeded'), en)).toMatch(
      /too large/,
    );
    expect(describeSaveFailure(add, Object.assign(new Error('x'), { reason: 'too-many' }), en)).toBe(
      'Adding “ABCX” could not be saved. Your glossary can hold at most 5,000 acronyms.',
    );
    expect(describeSaveFailure(add, new Error('IO error'), translator('nl'))).toBe(
      '“ABCX” toevoegen is niet opgeslagen. Probeer het opnieuw.',
    );
  });

  it('names the change that was not saved and its abbreviation, or the file imported', () => {
    const io = new Error('IO error');
    const said = (t: ReturnType<typeof translator>) =>
      (
        [
          { kind: 'add', abbr: 'ABCX' },
          { kind: 'edit', abbr: 'ABCX' },
          { kind: 'delete', abbr: 'ABCX' },
          { kind: 'enable', abbr: 'ABCX' },
          { kind: 'disable', abbr: 'ABCX' },
          { kind: 'import', file: 'lijst.csv' },
        ] as const
      ).map((change) => describeSaveFailure(change, io, t));
    expect(said(translator('nl'))).toEqual([
      '“ABCX” toevoegen is niet opgeslagen. Probeer het opnieuw.',
      'De wijziging van “ABCX” is niet opgeslagen. Probeer het opnieuw.',
      '“ABCX” verwijderen is niet opgeslagen. Probeer het opnieuw.',
      '“ABCX” inschakelen is niet opgeslagen. Probeer het opnieuw.',
      '“ABCX” uitschakelen is niet opgeslagen. Probeer het opnieuw.',
      'De afkortingen uit lijst.csv zijn niet opgeslagen. Probeer het opnieuw.',
    ]);
    expect(said(translator('en'))).toEqual([
      'Adding “ABCX” could not be saved. Please try again.',
      'Your change to “ABCX” could not be saved. Please try again.',
      'Deleting “ABCX” could not be saved. Please try again.',
      'Enabling “ABCX” could not be saved. Please try again.',
      'Disabling “ABCX” could not be saved. Please try again.',
      'The acronyms from lijst.csv could not be saved. Please try again.',
    ]);
  });
});

describe('decodeImport', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  const latin = (s: string) => Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0)));

  it('reads UTF-8, with or without its byte-order mark', () => {
    const utf8 = new TextEncoder().encode('FIN;Financiën');
    expect(decodeImport(utf8)).toBe('FIN;Financiën');
    expect(decodeImport(bytes(0xef, 0xbb, 0xbf, ...utf8))).toBe('FIN;Financiën');
  });

  it('reads what Excel saves as CSV on a Dutch Windows (Windows-1252), where UTF-8 gave U+FFFD', () => {
    expect(decodeImport(latin('COÖ;Coördinatiecentrum\r\nFIN;Financiën'))).toBe(
      'COÖ;Coördinatiecentrum\r\nFIN;Financiën',
    );
    // Windows-1252, not Latin-1: 0x80 is the euro sign, 0x93/0x94 are curly quotes.
    expect(decodeImport(bytes(0x80, 0x20, 0x93, 0x61, 0x94))).toBe('€ “a”');
  });

  it('reads UTF-16 with its byte-order mark, little and big endian', () => {
    expect(decodeImport(bytes(0xff, 0xfe, 0x45, 0, 0x55, 0, 0xeb, 0))).toBe('EUë');
    expect(decodeImport(bytes(0xfe, 0xff, 0, 0x45, 0, 0x55, 0, 0xeb))).toBe('EUë');
  });
});

describe('readImport', () => {
  const t = translator('nl');

  it('reads a Dutch spreadsheet CSV with semicolons', () => {
    const r = readImport('afkorting;betekenis;uitgeschakeld\r\nNAR;Noord-Atlantische Raad;nee\r\nEU;;ja\r\n');
    expect(r.errors).toEqual([]);
    expect(r.entries).toEqual([
      { abbr: 'NAR', expansion: 'Noord-Atlantische Raad' },
      { abbr: 'EU', expansion: '', disabled: true },
    ]);
  });

  it('names the line of each bad CSV row, in the interface language', () => {
    const r = readImport('abbr,expansion\nNAR,Noord-Atlantische Raad\nNAR,Dubbel\n,Leeg\n');
    expect(r.unit).toBe('line');
    expect(r.entries).toHaveLength(1);
    // The clash is with line 2 of the same file, not with the reader's list (which may be empty).
    expect(r.errors.map((e) => describeError(e, r.unit, t))).toEqual([
      'Regel 3: NAR staat al op regel 2 van dit bestand.',
      'Regel 4: De afkorting ontbreekt.',
    ]);
    expect(describeError(r.errors[0]!, r.unit, translator('en'))).toBe(
      'Line 3: NAR is already defined on line 2 of this file.',
    );
    const json = readImport('[{"abbr": "NAR", "expansion": "x"}, {"abbr": "NAR", "expansion": "y"}]');
    expect(json.errors.map((e) => describeError(e, json.unit, translator('en')))).toEqual([
      'Entry 2: NAR is already defined in entry 1 of this file.',
    ]);
  });

  it('explains a broken JSON file and a JSON entry of the wrong shape', () => {
    const broken = readImport('{"entries": [');
    expect(broken.unit).toBe('entry');
    expect(broken.errors.map((e) => describeError(e, broken.unit, t))).toEqual(['Dit is geen geldige JSON.']);
    const shape = readImport('[{"abbr": "NAR", "expansion": "Noord-Atlantische Raad"}, "KFOR"]');
    expect(shape.errors.map((e) => describeError(e, shape.unit, t))).toEqual([
      'Item 2: Verwacht een lijst met afkortingen, of een object met een lijst "entries".',
    ]);
  });

  it('says an empty file is empty', () => {
    const r = readImport('\uFEFF  \n');
    expect(r.errors.map((e) => describeError(e, r.unit, t))).toEqual(['Het bestand is leeg.']);
  });

  it('has a Dutch and an English sentence for every error the parser can give', () => {
    const codes: UserGlossaryErrorCode[] = [
      'empty',
      'bad-json',
      'bad-shape',
      'bad-header',
      'unclosed-quote',
      'missing-abbr',
      'bad-abbr',
      'missing-expansion',
      'too-long',
      'bad-category',
      'bad-disabled',
      'duplicate',
      'too-many',
    ];
    for (const code of codes) {
      const nlText = describeError({ code, line: null, message: '' }, 'line', translator('nl'));
      const enText = describeError({ code, line: null, message: '' }, 'line', translator('en'));
      expect(nlText).toBe(optionsNl[`glossaryError_${code}` as keyof typeof optionsNl]);
      expect(enText).toBe(optionsEn[`glossaryError_${code}` as keyof typeof optionsEn]);
      expect(nlText).not.toBe(enText);
    }
  });
});
