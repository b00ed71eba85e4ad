import { describe, expect, it } from 'vitest';
import { clauseEnd, clauseStart, isPlainStretch } from '../../../src/core/timeline/clause';
import { loopEnd, loopStart, NARROW, WIDE } from './clause-reference';
import * as before from './clause-regex-reference';

const isSpace = (ch: string): boolean => /\s/.test(ch);

function loopPlain(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (!isSpace(ch)) continue;
    if (ch !== ' ' || (i + 1 < to && isSpace(text[i + 1] as string))) return false;
  }
  return true;
}

describe('clauseStart and clauseEnd', () => {
  it.each([
    // [text, date, narrow clause, wide clause]
    [
      'Het overleg, op 12 oktober, ging goed.',
      '12 oktober',
      ' op 12 oktober',
      'Het overleg, op 12 oktober, ging goed.',
    ],
    [
      'De Raad (12 oktober 2022) besloot: geen uitstel.',
      '12 oktober 2022',
      '12 oktober 2022',
      '12 oktober 2022',
    ],
    [
      'Op 20–21 oktober jl. sprak de Raad; daarna niet.',
      '20–21 oktober',
      'Op 20–21 oktober jl. sprak de Raad',
      'Op 20–21 oktober jl. sprak de Raad',
    ],
    [
      'Begroting – vastgesteld op 1 juni — ter inzage',
      '1 juni',
      ' vastgesteld op 1 juni ',
      'Begroting – vastgesteld op 1 juni — ter inzage',
    ],
    ['Zie [bijlage, 3 mei] en (noot; 4 mei).', '4 mei', ' 4 mei', ' 4 mei'],
    [
      'In reactie heeft de Raad (NAR) op 22 september een verklaring uitgebracht, waarin',
      '22 september',
      'In reactie heeft de Raad (NAR) op 22 september een verklaring uitgebracht',
      'In reactie heeft de Raad (NAR) op 22 september een verklaring uitgebracht, waarin',
    ],
    [
      'Op 3 mei ontvangt u de Strategie (2018) en het plan, daarna niets.',
      '3 mei',
      'Op 3 mei ontvangt u de Strategie (2018) en het plan',
      'Op 3 mei ontvangt u de Strategie (2018) en het plan, daarna niets.',
    ],
    [
      'De brief (zie bijlage, nr. 2) van 3 mei (een lange toelichting) volgt.',
      '3 mei',
      ' van 3 mei ',
      ' van 3 mei ',
    ],
    ['De Raad (3 mei) besloot.', '3 mei', '3 mei', '3 mei'],
    // The commas of a ministry's name are no delimiters (1192; its footnote marker left out).
    [
      'De vaste commissie voor Volksgezondheid, Welzijn en Sport heeft op 26 februari 2008 overleg gevoerd met minister Klink van Volksgezondheid, Welzijn en Sport over:',
      '26 februari 2008',
      'De vaste commissie voor Volksgezondheid, Welzijn en Sport heeft op 26 februari 2008 overleg gevoerd met minister Klink van Volksgezondheid, Welzijn en Sport over',
      'De vaste commissie voor Volksgezondheid, Welzijn en Sport heeft op 26 februari 2008 overleg gevoerd met minister Klink van Volksgezondheid, Welzijn en Sport over',
    ],
    // A list of names too; a comma before a lower-case word stays a delimiter.
    [
      'Landbouw, Visserij, Voedselzekerheid en Natuur stuurt op 3 mei de brief, die volgt.',
      '3 mei',
      'Landbouw, Visserij, Voedselzekerheid en Natuur stuurt op 3 mei de brief',
      'Landbouw, Visserij, Voedselzekerheid en Natuur stuurt op 3 mei de brief, die volgt.',
    ],
    ['2022', '2022', '2022', '2022'],
    // A colon inside a clock time or web address is no delimiter (2383, 2496); one after a year is (1114).
    [
      'Verzocht: voor 19 maart 12:00 uur een brief; dank.',
      '19 maart',
      ' voor 19 maart 12:00 uur een brief',
      ' voor 19 maart 12:00 uur een brief',
    ],
    [
      'Zie: het rapport van 17 juni 2022 op https://www.defensie.nl/rapport',
      '17 juni 2022',
      ' het rapport van 17 juni 2022 op https://www.defensie.nl/rapport',
      ' het rapport van 17 juni 2022 op https://www.defensie.nl/rapport',
    ],
    ['d.d. 16 oktober 2024:6', '16 oktober', 'd.d. 16 oktober 2024', 'd.d. 16 oktober 2024'],
  ])('%j', (text, date, narrow, wide) => {
    const ds = text.indexOf(date);
    const de = ds + date.length;
    expect(text.slice(clauseStart(text, 0, ds, 'narrow'), clauseEnd(text, de, text.length, 'narrow'))).toBe(
      narrow,
    );
    expect(text.slice(clauseStart(text, 0, ds, 'wide'), clauseEnd(text, de, text.length, 'wide'))).toBe(wide);
  });

  it('stays inside the sentence it is given', () => {
    const text = 'a, b 12 mei c, d';
    // The sentence is text[3, 13): `b 12 mei c`, no delimiter inside.
    expect(clauseStart(text, 3, 5, 'narrow')).toBe(3);
    expect(clauseEnd(text, 11, 13, 'narrow')).toBe(13);
  });

  it('sees a short group whole at the edge of a search window', () => {
    for (let pad = 240; pad < 270; pad++) {
      const text = `Intro, ${'x'.repeat(pad)} de Raad (NAR) ${'woord '.repeat(40)}12 mei`;
      const ds = text.indexOf('12 mei');
      expect(clauseStart(text, 0, ds, 'narrow')).toBe(loopStart(text, 0, ds, NARROW));
      expect(clauseStart(text, 0, ds, 'narrow')).toBe(6);
    }
  });

  it('finds a delimiter further back than one search window', () => {
    const text = `Intro, ${'woord '.repeat(100)}12 mei`;
    const ds = text.indexOf('12 mei');
    expect(clauseStart(text, 0, ds, 'narrow')).toBe(6);
    expect(clauseStart(text, 0, ds, 'wide')).toBe(0);
  });

  it('finds what the loops find, on random text', () => {
    const pieces = [
      'a',
      'b',
      ' ',
      ' ',
      ',',
      ';',
      ':',
      '(',
      ')',
      '[',
      ']',
      '–',
      '—',
      '-',
      '.',
      '12',
      'mei',
      '/',
      '2024',
    ];
    let seed = 7;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let k = 0; k < 500; k++) {
      let text = '';
      const n = rnd(700);
      for (let i = 0; i < n; i++) text += pieces[rnd(pieces.length)];
      const start = rnd(text.length + 1);
      const end = start + rnd(text.length - start + 1);
      const ds = start + rnd(end - start + 1);
      const de = ds + rnd(end - ds + 1);
      for (const [kind, set] of [
        ['narrow', NARROW],
        ['wide', WIDE],
      ] as const) {
        expect(clauseStart(text, start, ds, kind)).toBe(loopStart(text, start, ds, set));
        expect(clauseEnd(text, de, end, kind)).toBe(loopEnd(text, de, end, set));
      }
    }
  });
});

describe('a comma in a list of nouns before the date (isNounListComma)', () => {
  it.each([
    // [rule, text, date, narrow clause]
    [
      'items of one word, the date after a preposition (2626)',
      'In het jaarbericht legt het Openbaar Ministerie verantwoording af aan de Nederlandse samenleving over de inzet, prestaties en resultaten in 2021.',
      '2021',
      'In het jaarbericht legt het Openbaar Ministerie verantwoording af aan de Nederlandse samenleving over de inzet, prestaties en resultaten in 2021.',
    ],
    [
      'items with their articles (1580)',
      'Jaarverslag van de Nationale ombudsman, de Kinderombudsman en de Veteranenombudsman over 2024',
      '2024',
      'Jaarverslag van de Nationale ombudsman, de Kinderombudsman en de Veteranenombudsman over 2024',
    ],
    [
      'the date right after the list (2767)',
      'Internationale inzet van Nederlandse militairen, civiele experts en politiefunctionarissen 2025',
      '2025',
      'Internationale inzet van Nederlandse militairen, civiele experts en politiefunctionarissen 2025',
    ],
    [
      'not an item of more than three words, a verb among them (2864)',
      'die zich in de planfase bevinden, de onderstaande aspecten schematisch weergeven en daarbij 1 september 2012 als peildatum hanteren?',
      '1 september 2012',
      ' de onderstaande aspecten schematisch weergeven en daarbij 1 september 2012 als peildatum hanteren?',
    ],
    [
      'not after a participle: the clause before the comma is another',
      'Het kabinet heeft de regels aangepast, gemeenten en provincies in 2021 geïnformeerd.',
      '2021',
      ' gemeenten en provincies in 2021 geïnformeerd.',
    ],
    [
      'not where `alsmede` joins a clause’s parts',
      'Raming der benodigde uitgaven, alsmede aanwijzing en raming voor 2020',
      '2020',
      ' alsmede aanwijzing en raming voor 2020',
    ],
    [
      'not where a word other than a preposition follows the last item',
      'Het kabinet heeft het rapport gelezen, de commissie en de Kamer zijn op 3 mei geïnformeerd.',
      '3 mei',
      ' de commissie en de Kamer zijn op 3 mei geïnformeerd.',
    ],
    [
      'not after the date: a list after the date’s clause is no part of it',
      'Op 3 mei kwamen de ministers bijeen, de Raad en de Commissie over de begroting.',
      '3 mei',
      'Op 3 mei kwamen de ministers bijeen',
    ],
  ])('%s', (_rule, text, date, narrow) => {
    const ds = text.indexOf(date);
    const de = ds + date.length;
    const left = clauseStart(text, 0, ds, 'narrow');
    const right = clauseEnd(text, de, text.length, 'narrow');
    expect(text.slice(left, right)).toBe(narrow);
    expect(left).toBe(loopStart(text, 0, ds, NARROW));
    expect(right).toBe(loopEnd(text, de, text.length, NARROW));
  });
});

describe('isPlainStretch', () => {
  it.each([
    ['De Raad besloot', true],
    ['', true],
    [' begin en eind ', true],
    ['twee  spaties', false],
    ['een\nregel', false],
    ['een\ttab', false],
    ['harde\u00a0spatie', false],
    ['spatie \u00a0en harde', false],
    ['eind ', true],
  ])('%j → %s', (text, plain) => {
    expect(isPlainStretch(text, 0, text.length)).toBe(plain);
    expect(isPlainStretch(text, 0, text.length)).toBe(loopPlain(text, 0, text.length));
  });

  it('judges only the stretch it is given', () => {
    expect(isPlainStretch('a  b', 0, 2)).toBe(true); // `a ` (the second space is outside)
    expect(isPlainStretch('a  b', 0, 3)).toBe(false);
    expect(isPlainStretch('a\nb', 2, 3)).toBe(true);
  });
});

describe('the regexes and the slower ones they replaced', () => {
  it('agree on random text, windows and short groups at their edges included', () => {
    const pieces = [
      'woord ',
      'a',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      ',',
      ';',
      ':',
      '(',
      ')',
      '(NAR)',
      '(2018)',
    ];
    const more = [
      '[',
      ']',
      '–',
      '—',
      '(abcdefghijkl)',
      '(abcdefghijklm)',
      'x'.repeat(40),
      'woord '.repeat(12),
    ];
    const all = [...pieces, ...more];
    let seed = 11;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let k = 0; k < 1500; k++) {
      // Mostly letters and spaces now and then, so that a search often runs over more than one window.
      const sparse = rnd(2) === 0;
      let text = '';
      const n = rnd(400);
      for (let i = 0; i < n; i++) {
        text += sparse && rnd(8) !== 0 ? (pieces[rnd(3)] as string) : (all[rnd(all.length)] as string);
      }
      const start = rnd(text.length + 1);
      const end = start + rnd(text.length - start + 1);
      const ds = start + rnd(end - start + 1);
      const de = ds + rnd(end - ds + 1);
      for (const kind of ['narrow', 'wide'] as const) {
        expect(clauseStart(text, start, ds, kind)).toBe(before.clauseStart(text, start, ds, kind));
        expect(clauseEnd(text, de, end, kind)).toBe(before.clauseEnd(text, de, end, kind));
      }
    }
  });

  it('agree where a short group crosses the end of a search window', () => {
    for (let pad = 220; pad < 300; pad++) {
      for (const group of ['(NAR)', '(abcdefghijkl)', '(a)']) {
        const text = `Intro, ${'x'.repeat(pad)}${group}${'y'.repeat(256)} 12 mei`;
        const ds = text.indexOf('12 mei');
        for (const kind of ['narrow', 'wide'] as const) {
          expect(clauseStart(text, 0, ds, kind)).toBe(before.clauseStart(text, 0, ds, kind));
        }
      }
    }
  });
});
