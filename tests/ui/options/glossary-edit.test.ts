import { describe, expect, it } from 'vitest';
import type { UserGlossaryErrorCode } from '../../../src/core/acronyms/user-glossary';
import { registerMessages, translator } from '../../../src/i18n';
import { OPTIONS_MESSAGES, optionsEn, optionsNl } from '../../../src/i18n/messages-options';
import {
  checkDraft,
  describeError,
  mergeImport,
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
    expect(r.errors.map((e) => describeError(e, r.unit, t))).toEqual([
      'Regel 3: Deze afkorting staat er al in.',
      'Regel 4: De afkorting ontbreekt.',
    ]);
    expect(describeError(r.errors[0]!, r.unit, translator('en'))).toBe(
      'Line 3: This acronym is already in the list.',
    );
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
