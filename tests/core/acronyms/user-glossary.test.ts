import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../../src/core/acronyms';
import { builtinGlossary } from '../../../src/core/acronyms/builtin-glossary';
import {
  exportUserGlossaryCsv,
  exportUserGlossaryJson,
  mergedGlossary,
  parseUserGlossary,
  parseUserGlossaryCsv,
  parseUserGlossaryJson,
  type UserGlossaryEntry,
} from '../../../src/core/acronyms/user-glossary';
import { normalizeText } from '../../../src/core/text/normalize';

const find = (text: string, userGlossary: UserGlossaryEntry[]) =>
  findAcronyms(normalizeText(text), { userGlossary });

describe('merge rules', () => {
  it('a user entry overrides the built-in meaning and says so', () => {
    const [kba] = find('KBA Nijmegen', [{ abbr: 'KBA', expansion: 'Mijn eigen betekenis' }]);
    expect(kba).toMatchObject({ abbr: 'KBA', expansion: 'Mijn eigen betekenis', source: 'user' });
  });

  it('a user entry explains an acronym the built-in glossary does not know', () => {
    const [vdl] = find('een partnerschap met VDL gesloten', [{ abbr: 'VDL', expansion: 'VDL Groep' }]);
    expect(vdl).toMatchObject({ expansion: 'VDL Groep', source: 'user' });
  });

  it('a disabled entry hides the acronym entirely', () => {
    const found = find('in de EU en de NAVO', [{ abbr: 'EU', expansion: '', disabled: true }]);
    expect(found.map((a) => a.abbr)).toEqual(['NAVO']);
  });

  it('the letter’s own definition still wins over the user glossary', () => {
    const [ovv] = find('De Onderzoeksraad voor Veiligheid (OVV) heeft', [
      { abbr: 'OVV', expansion: 'iets anders' },
    ]);
    expect(ovv).toMatchObject({ expansion: 'Onderzoeksraad voor Veiligheid', source: 'document' });
  });
});

// Found by fuzzing the reader's glossary: spellings with full stops are looked for as whole words, and two that
// meet at one place were both marked there (one place counted and stepped through twice).
describe('the reader’s spellings that meet in the text give one mark at each place', () => {
  it.each<[string, string, UserGlossaryEntry[], string[]]>([
    [
      'one spelling is the other with a character more: the longer wins',
      'zie nr.) en nr. 12',
      [
        { abbr: 'nr.)', expansion: 'nummer, gesloten' },
        { abbr: 'nr.', expansion: 'nummer' },
      ],
      ['nr.)', 'nr.'],
    ],
    [
      'two spellings overlap: the one that starts first wins',
      'zie (a.b.) hier',
      [
        { abbr: 'a.b.)', expansion: 'het ene' },
        { abbr: '(a.b.', expansion: 'het andere' },
      ],
      ['(a.b.'],
    ],
  ])('%s', (_case, text, entries, marked) => {
    const found = find(text, entries);
    const spans = found.flatMap((a) => a.occurrences).sort((a, b) => a.start - b.start);
    expect(spans.map((o) => text.slice(o.start, o.end))).toEqual(marked);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });
});

describe('the merged glossary is made once per list of entries (mergedGlossary)', () => {
  const text = 'een partnerschap met VDL en de KBA';
  const meanings = (entries: UserGlossaryEntry[]) =>
    Object.fromEntries(find(text, entries).map((a) => [a.abbr, a.expansion]));

  it('gives the same glossary for the same entries, so its indexes are built once', () => {
    const entries = [{ abbr: 'VDL', expansion: 'VDL Groep' }];
    const first = mergedGlossary(builtinGlossary, entries);
    expect(mergedGlossary(builtinGlossary, [{ abbr: 'VDL', expansion: 'VDL Groep' }])).toBe(first);
    expect(mergedGlossary(builtinGlossary, [{ abbr: 'VDL', expansion: 'anders' }])).not.toBe(first);
  });

  it('follows every change of the entries, also one made in place', () => {
    const entries: UserGlossaryEntry[] = [{ abbr: 'VDL', expansion: 'VDL Groep' }];
    expect(meanings(entries).VDL).toBe('VDL Groep');
    expect(meanings([{ abbr: 'KBA', expansion: 'Mijn KBA' }])).toMatchObject({ VDL: null, KBA: 'Mijn KBA' });
    expect(meanings(entries).VDL).toBe('VDL Groep');
    (entries[0] as UserGlossaryEntry).expansion = 'Van Doorne Lier';
    expect(meanings(entries).VDL).toBe('Van Doorne Lier');
    entries.push({ abbr: 'KBA', expansion: '', disabled: true });
    expect(meanings(entries)).toEqual({ VDL: 'Van Doorne Lier' });
  });
});

describe('CSV import', () => {
  it('reads a header, quotes, Dutch names and semicolons', () => {
    const csv =
      'afkorting;betekenis;uitleg;categorie;uitgeschakeld\nVDL;VDL Groep;"Bedrijf; in Eindhoven";other;nee\nEU;;;;ja\n';
    const r = parseUserGlossaryCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.entries).toEqual([
      { abbr: 'VDL', expansion: 'VDL Groep', explanation: 'Bedrijf; in Eindhoven', category: 'other' },
      { abbr: 'EU', expansion: '', disabled: true },
    ]);
  });

  it('reads rows without a header as abbr, expansion, …', () => {
    expect(parseUserGlossaryCsv('KBA,Kenniscentrum Beroepsonderwijs Arbeidsmarkt\r\n').entries).toEqual([
      { abbr: 'KBA', expansion: 'Kenniscentrum Beroepsonderwijs Arbeidsmarkt' },
    ]);
  });

  it.each([
    ['', 'empty', null],
    ['abbr,expansion\n"VDL,VDL Groep\n', 'unclosed-quote', 2],
    ['abbr,waarde\nVDL,x\n', 'bad-header', 1],
    ['abbr,expansion\n,VDL Groep\n', 'missing-abbr', 2],
    ['abbr,expansion\nVDL,\n', 'missing-expansion', 2],
    ['abbr,expansion\nV D L,x\n', 'bad-abbr', 2],
    ['abbr,expansion,category\nVDL,x,bedrijf\n', 'bad-category', 2],
    ['abbr,expansion,disabled\nVDL,x,misschien\n', 'bad-disabled', 2],
    ['abbr,expansion\nVDL,x\nVDL,y\n', 'duplicate', 3],
  ] as const)('%j → %s', (csv, code, line) => {
    const r = parseUserGlossaryCsv(csv);
    expect(r.ok).toBe(false);
    expect(r.errors[0]?.code).toBe(code);
    if (line !== null) expect(r.errors[0]?.line).toBe(line);
    expect(r.errors[0]?.message.length).toBeGreaterThan(10);
  });

  it('finds the separator over several lines: a comma in the first meaning does not make a ; file a comma file', () => {
    // Dutch Excel writes `;`, and Dutch meanings hold commas; no header row.
    const r = parseUserGlossaryCsv('EU;Europese Unie, de\nNAVO;Noord-Atlantische Verdragsorganisatie\n');
    expect(r.errors).toEqual([]);
    expect(r.entries).toEqual([
      { abbr: 'EU', expansion: 'Europese Unie, de' },
      { abbr: 'NAVO', expansion: 'Noord-Atlantische Verdragsorganisatie' },
    ]);
  });

  it('lets ; win a tie with , when it gives every line the same columns', () => {
    const r = parseUserGlossaryCsv('EU;Europese Unie, de\nNAVO;Noord-Atlantische, Verdrag\n');
    expect(r.entries.map((e) => e.expansion)).toEqual(['Europese Unie, de', 'Noord-Atlantische, Verdrag']);
    // A comma file stays a comma file when a meaning holds a `;` (the header has none).
    const c = parseUserGlossaryCsv('abbr,expansion\nS&D,Socialisten; Democraten\nEU,Europese Unie\n');
    expect(c.entries).toEqual([
      { abbr: 'S&D', expansion: 'Socialisten; Democraten' },
      { abbr: 'EU', expansion: 'Europese Unie' },
    ]);
  });

  it('reads a file again with another separator it holds when that gives fewer errors', () => {
    // Judged on its lines, `,` looks the separator (the same count on both); read so, line 1 fails.
    const r = parseUserGlossaryCsv('EU;Europese Unie, de\nNAVO;Noord, Atlantisch; Verdrag\n');
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.abbr)).toEqual(['EU', 'NAVO']);
  });

  it('tells a duplicate within the file which line first defined it', () => {
    const r = parseUserGlossaryCsv('abbr,expansion\nABC,First\nABC,Second\n');
    expect(r.errors).toEqual([
      expect.objectContaining({ code: 'duplicate', line: 3, abbr: 'ABC', firstLine: 2 }),
    ]);
  });

  it('keeps the valid rows when some are wrong', () => {
    const r = parseUserGlossaryCsv('abbr,expansion\nVDL,VDL Groep\n,zonder afkorting\n');
    expect(r.ok).toBe(false);
    expect(r.entries.map((e) => e.abbr)).toEqual(['VDL']);
    expect(r.errors[0]?.message).toContain('Line 3');
  });
});

describe('JSON import', () => {
  it('reads the export format and a bare array', () => {
    const list = [{ abbr: 'VDL', expansion: 'VDL Groep' }];
    expect(parseUserGlossaryJson(JSON.stringify({ entries: list })).entries).toEqual(list);
    expect(parseUserGlossaryJson(JSON.stringify(list)).entries).toEqual(list);
  });

  it.each([
    ['{ not json', 'bad-json'],
    ['{"entries": 3}', 'bad-shape'],
    ['[1]', 'bad-shape'],
    ['[{"abbr": "VDL"}]', 'missing-expansion'],
    ['[{"abbr": "VDL", "expansion": "x", "disabled": "soms"}]', 'bad-disabled'],
  ])('%s → %s', (json, code) => {
    expect(parseUserGlossaryJson(json).errors[0]?.code).toBe(code);
  });
});

describe('export round-trips', () => {
  const entries: UserGlossaryEntry[] = [
    {
      abbr: 'VDL',
      expansion: 'VDL Groep',
      explanation: 'Bedrijf, "familie", in\nEindhoven',
      category: 'other',
    },
    { abbr: 'EU', expansion: '', disabled: true },
    { abbr: 'S&D', expansion: 'Socialisten; Democraten' },
  ];
  it('CSV', () => {
    expect(parseUserGlossary(exportUserGlossaryCsv(entries))).toEqual({ ok: true, entries, errors: [] });
  });
  it('JSON', () => {
    expect(parseUserGlossary(exportUserGlossaryJson(entries))).toEqual({ ok: true, entries, errors: [] });
  });
});
