import { describe, expect, it } from 'vitest';
import { parseDates, parseDatesTryingEveryToken } from '../../../src/core/dates/grammar';
import {
  GAP_LINE,
  GAP_NONE,
  GAP_PARA,
  GAP_SPACE,
  NUM,
  PUNCT,
  Vocabulary,
  WORD,
  releaseTokens,
  tokenize,
  wordId,
  type Tokens,
} from '../../../src/core/dates/tokens';
import { mulberry32 as rng, textFromPieces } from '../../helpers/prng';
import { loadCorpus, navoText } from './letters';

const KIND_NAMES: Record<number, string> = { [WORD]: 'word', [NUM]: 'num', [PUNCT]: 'punct' };
const GAP_NAMES: Record<number, string> = {
  [GAP_NONE]: 'none',
  [GAP_SPACE]: 'space',
  [GAP_LINE]: 'line',
  [GAP_PARA]: 'para',
};

const VOCABULARY = new Vocabulary(['en', 'oktober', 'vóór', 'dit', 'q'], new Set(['oktober', 'dit', 'q']));

/** Tokens as `kind:text:gap`, and the words' vocabulary entries (or `-`). */
function describeTokens(tokens: Tokens): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const text = tokens.text.slice(tokens.starts[i], tokens.ends[i]);
    const kind = tokens.kinds[i] as number;
    const id = kind === WORD ? wordId(tokens, i) : -1;
    const word = kind === WORD ? `=${id < 0 ? '-' : VOCABULARY.words[id]}` : '';
    out.push(`${KIND_NAMES[kind]}:${text}:${GAP_NAMES[tokens.gaps[i] as number]}${word}`);
  }
  return out;
}

function candidateTexts(tokens: Tokens): string[] {
  const out: string[] = [];
  for (let c = 0; c < tokens.candidateCount; c++) {
    const i = tokens.candidates[c] as number;
    out.push(tokens.text.slice(tokens.starts[i], tokens.ends[i]));
  }
  return out;
}

describe('tokenize', () => {
  it.each([
    ['12 oktober 2022', ['num:12:none', 'word:oktober:space=oktober', 'num:2022:space']],
    ['Oktober,\n12', ['word:Oktober:none=oktober', 'punct:,:none', 'num:12:line']],
    ['en\n\n(3', ['word:en:none=en', 'punct:(:para', 'num:3:none']],
    // A non-breaking space is white space; an accented word is looked up by its lower case.
    ['VÓÓR\u00a0dit', ['word:VÓÓR:none=vóór', 'word:dit:space=dit']],
    // The Kelvin sign lower-cases to `k`: the word is `oktober`, as `toLowerCase` reads it.
    ['O\u212ATOBER', ['word:O\u212ATOBER:none=oktober']],
    // A combining accent belongs to its word; a surrogate pair is one punctuation token.
    ['e\u0301n 😀x', ['word:e\u0301n:none=-', 'punct:😀:space', 'word:x:none=-']],
    // A lone high surrogate takes the next code unit with it, as ever.
    ['\ud800dit', ['punct:\ud800d:none', 'word:it:none=-']],
    ['tiendit 2022-10', ['word:tiendit:none=-', 'num:2022:space', 'punct:-:none', 'num:10:none']],
    ['  ', []],
    // One space before a visible ASCII character (the common case), and every other kind of gap after a space.
    [
      'a b  c \nd \u00a0e ~ é 1',
      [
        'word:a:none=-',
        'word:b:space=-',
        'word:c:space=-',
        'word:d:line=-',
        'word:e:space=-',
        'punct:~:space',
        'word:é:space=-',
        'num:1:space',
      ],
    ],
    ['x ', ['word:x:none=-']],
    // Words that start with a non-ASCII letter, whatever follows: ASCII letters, more non-ASCII letters,
    // a digit, or the end of the text.
    [
      'één Ébt Äáb Ä12 é',
      [
        'word:één:none=-',
        'word:Ébt:space=-',
        'word:Äáb:space=-',
        'word:Ä:space=-',
        'num:12:none',
        'word:é:space=-',
      ],
    ],
    // Non-ASCII white space and punctuation, classified once per code unit, in any order and repeated.
    [
      'dit　– oktober　–dit',
      [
        'word:dit:none=dit',
        'punct:–:space',
        'word:oktober:space=oktober',
        'punct:–:space',
        'word:dit:none=dit',
      ],
    ],
  ])('%j', (text, expected) => {
    expect(describeTokens(tokenize(text, VOCABULARY))).toEqual(expected);
  });

  it.each([
    // Digit runs of one, two or four digits, and start words in any case.
    [
      '1 12 123 2022 20211 oktober Oktober DIT dit. Q1',
      ['1', '12', '2022', 'oktober', 'Oktober', 'DIT', 'dit', 'Q', '1'],
    ],
    // Words that only share a start word's first letter, last letter and length are no candidates.
    ['ontober dat q1x en', ['q', '1']],
    ['vóór 3e', ['3']],
    // A word with a non-ASCII letter is looked up: the Kelvin sign makes `oktober`, `vóór` starts nothing.
    ['OKTOBER vóór dït 12 Dit', ['OKTOBER', '12', 'Dit']],
    // Start words among many shape look-alikes, in text order, numbers kept between them.
    ['dat 1 dit dot 22 ddt dit 333 q Q', ['1', 'dit', '22', 'dit', 'q', 'Q']],
  ])('candidates of %j', (text, expected) => {
    expect(candidateTexts(tokenize(text, VOCABULARY))).toEqual(expected);
  });

  it('grows its columns for texts with many short tokens', () => {
    const text = '1.'.repeat(300_000);
    const tokens = tokenize(text, VOCABULARY);
    expect(tokens.count).toBe(600_000);
    expect(tokens.candidateCount).toBe(300_000);
    expect(tokens.ends[599_999]).toBe(600_000);
  });
});

describe('Vocabulary', () => {
  it.each([
    ['en', 0],
    ['oktober', 1],
    ['vóór', 2],
    ['OkToBeR', -1],
    ['mei', -1],
  ])('id(%j) = %i (lower case only)', (word, id) => {
    expect(VOCABULARY.id(word)).toBe(id);
  });

  it.each([
    ['OkToBeR', 1],
    ['EN', 0],
    ['VÓÓR', 2],
    ['ontober', -1],
    ['e', -1],
  ])('idOf(%j) = %i (any case)', (word, id) => {
    expect(VOCABULARY.idOf(word, 0, word.length)).toBe(id);
  });

  it('refuses start words outside the vocabulary', () => {
    expect(() => new Vocabulary(['en'], new Set(['oktober']))).toThrow();
  });
});

describe('parseDates tries only candidate tokens', () => {
  const PIECES = [
    ' ',
    ' ',
    '\n',
    '\n\n',
    '.',
    ',',
    '-',
    '–',
    '/',
    '(',
    '«',
    'en',
    'of',
    'tot',
    'met',
    't/m',
    'van',
    'het',
    'de',
    'dit',
    'deze',
    'vorige',
    'volgend',
    'jaar',
    'week',
    'maand',
    'jl.',
    'a.s.',
    'begin',
    'eind',
    'zomer',
    'voor',
    'eerste',
    'kwartaal',
    'helft',
    'Q',
    'H',
    'maart',
    'Oktober',
    'okt.',
    'woensdag',
    'Prinsjesdag',
    'zomerreces',
    'in',
    'nr.',
    'Kamerstukken',
    'II',
    'vergaderjaar',
    'uur',
    '€',
    '%',
    '1',
    '12',
    '31',
    '123',
    '2022',
    '2023',
    '20211',
    '2021/22',
    '1e',
    'é',
    '😀',
    '\ud800',
    '\u212Aomend',
  ];

  const randomText = (next: () => number, pieces: number): string => textFromPieces(next, PIECES, pieces);

  const spans = (text: string, parse: (t: string) => ReturnType<typeof parseDates>): string =>
    JSON.stringify(parse(text).map((d) => [d.start, d.end, d.year, d.weekday]));

  it('finds what trying every token finds, on the corpus and the NAVO letter', () => {
    for (const text of [...loadCorpus().map((l) => l.text), navoText()]) {
      expect(spans(text, parseDates)).toBe(spans(text, parseDatesTryingEveryToken));
    }
  });

  it('finds what trying every token finds, on random date material', () => {
    const next = rng(20221030);
    for (let k = 0; k < 400; k++) {
      const text = randomText(next, 5 + Math.floor(next() * 60));
      expect(spans(text, parseDates), text).toBe(spans(text, parseDatesTryingEveryToken));
    }
  });
});

describe('tokenize against a plain reading of its rules', () => {
  /** Tokens as the rules say, one code unit at a time with the regexes `\s` and `\p{L}|\p{M}`. */
  function referenceTokens(text: string): string[] {
    const out: string[] = [];
    const space = (ch: string) => /\s/u.test(ch);
    const letter = (ch: string) => /\p{L}|\p{M}/u.test(ch);
    const digit = (ch: string) => ch >= '0' && ch <= '9';
    let i = 0;
    let newlines = 0;
    let spaced = false;
    while (i < text.length) {
      const ch = text[i] as string;
      if (space(ch)) {
        if (ch === '\n') newlines++;
        spaced = true;
        i++;
        continue;
      }
      const gap = newlines >= 2 ? 'para' : newlines === 1 ? 'line' : spaced ? 'space' : 'none';
      newlines = 0;
      spaced = false;
      const start = i;
      let kind: string;
      if (digit(ch)) {
        while (i < text.length && digit(text[i] as string)) i++;
        kind = 'num';
      } else if (letter(ch)) {
        while (i < text.length && letter(text[i] as string)) i++;
        kind = 'word';
      } else {
        const c = text.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
        kind = 'punct';
      }
      out.push(`${kind}:${text.slice(start, i)}:${gap}`);
    }
    return out;
  }

  const PIECES = [
    'oktober',
    'o\u212atober',
    'Dit',
    'q',
    'caf',
    'é',
    'Ó',
    'x',
    '12',
    '2023',
    '.',
    '-',
    ' ',
    '  ',
    '\n',
    '\n\n',
    '\u00a0',
  ];
  const MORE = ['\u2028', '\r\n', '\t', '😀', '\ud800', '\udc00', '\u0301', 'İ', '\u212a', '€', 'vóór', 'ﬁ'];

  it('cuts random text into the same tokens with the same gaps', () => {
    const next = rng(7);
    for (let k = 0; k < 1500; k++) {
      const pieces = [...PIECES, ...MORE];
      const n = Math.floor(next() * 25);
      const text = Array.from({ length: n }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const got = describeTokens(tokenize(text, VOCABULARY)).map((t) => t.replace(/=.*$/, ''));
      const expected = referenceTokens(text);
      expect(got, JSON.stringify(text)).toEqual(expected);
      // Candidates: digit runs of 1, 2 or 4 digits, and words whose lower case starts a date.
      const candidates = expected
        .map((t) => t.split(':'))
        .filter(([kind, w]) =>
          kind === 'num'
            ? [1, 2, 4].includes((w as string).length)
            : kind === 'word' && ['oktober', 'dit', 'q'].includes((w as string).toLowerCase()),
        )
        .map(([, w]) => w);
      expect(candidateTexts(tokenize(text, VOCABULARY)), JSON.stringify(text)).toEqual(candidates);
    }
  });
});

describe('releaseTokens', () => {
  it('keeps the columns of an ordinary text and lets go of a huge one', () => {
    tokenize('op 12 oktober 2022', VOCABULARY);
    releaseTokens();
    expect(tokenize('dit', VOCABULARY).kinds.length).toBeGreaterThan(0);
    // Some 1.5 million tokens: more than are kept.
    const huge = tokenize('a '.repeat(1_500_000), VOCABULARY);
    expect(huge.count).toBe(1_500_000);
    releaseTokens();
    const after = tokenize('', VOCABULARY);
    expect(after.kinds.length).toBeLessThan(1 << 20);
  });
});
