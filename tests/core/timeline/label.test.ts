import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/commitments/sentences';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import { labelAround, MAX_LABEL } from '../../../src/core/timeline/label';
import type { Span } from '../../../src/core/types';
import { loadCorpus, navoText } from '../dates/letters';
import { loopEnd, loopStart, NARROW, WIDE } from './clause-reference';

/**
 * The label rules written plainly with regexes and `split`, as `labelAround` had them before it worked
 * by offsets: the reference the fast version must agree with, character for character.
 */
function referenceLabel(original: string, sentence: Span, date: Span): string {
  return clauseReference(original, sentence, date);
}

/**
 * Two parts of a label joined where the date was: a space, but none after an opening bracket or before
 * a closing one or punctuation, and brackets or quotes left empty go.
 */
function joinReference(a: string, b: string): string {
  if (a === '' || b === '') return a + b;
  const pairs = ['()', '[]', '«»', '“”'];
  if (pairs.some(([open, close]) => a.endsWith(open as string) && b.startsWith(close as string))) {
    return joinReference(a.slice(0, -1).trimEnd(), b.slice(1).trimStart());
  }
  if (/[([]$/.test(a) || /^[)\],.;:?!»”]/.test(b)) return a + b;
  return `${a} ${b}`;
}

function clauseReference(original: string, sentence: Span, date: Span): string {
  const DANGLING =
    /(?:^|\s)(?:op|in|van|per|d\.\s?d\.|sinds|vanaf|tot(?: en met)?|t\/m|voor|vóór|na|rond|omstreeks|uiterlijk|tijdens|met ingang van)(?:\s(?:het|de))?\s*$/i;
  // A hyphen at a line end before a capital keeps the name whole (`Noord-` / `Atlantische`).
  const collapse = (s: string) =>
    s
      .replace(/(?<=\p{L}-)[^\S\n]*\n\s*(?=\p{Lu})/gu, '')
      .replace(/\s+/g, ' ')
      .trim();
  const tidy = (s: string) =>
    collapse(s)
      .replace(/^[\s,;:.–—•·▪◦-]+/, '')
      .replace(/[\s,;:.–—•·▪◦-]+$/, '');
  const capitalize = (s: string) => (s.length === 0 ? s : (s[0] as string).toUpperCase() + s.slice(1));
  const windowed = (before: string, after: string, max: number): string => {
    const b = before.split(' ').filter(Boolean);
    const a = after.split(' ').filter(Boolean);
    const left: string[] = [];
    const right: string[] = [];
    let length = 0;
    let bi = b.length - 1;
    let ai = 0;
    while (bi >= 0 || ai < a.length) {
      let progressed = false;
      for (const side of ['after', 'before'] as const) {
        const w = side === 'after' ? a[ai] : b[bi];
        if (w === undefined || length + w.length + 1 > max - 2) continue;
        if (side === 'after') {
          right.push(w);
          ai++;
        } else {
          left.unshift(w);
          bi--;
        }
        length += w.length + 1;
        progressed = true;
      }
      if (!progressed) break;
    }
    return collapse(
      joinReference(
        `${bi >= 0 ? '…' : ''}${left.join(' ')}`,
        `${right.join(' ')}${ai < a.length ? '…' : ''}`,
      ),
    );
  };
  const shortenPlain = (s: string) => {
    const text = collapse(s);
    if (text.length <= MAX_LABEL) return text;
    const cut = text.lastIndexOf(' ', MAX_LABEL - 1);
    return `${text.slice(0, cut > MAX_LABEL / 2 ? cut : MAX_LABEL - 1)}…`;
  };
  const s = original.slice(sentence.start, sentence.end);
  const ds = Math.max(0, date.start - sentence.start);
  const de = Math.min(s.length, date.end - sentence.start);
  for (const delimiters of [NARROW, WIDE, null]) {
    let left = 0;
    let right = s.length;
    if (delimiters) {
      left = loopStart(s, 0, ds, delimiters);
      right = loopEnd(s, de, s.length, delimiters);
    }
    const before = collapse(s.slice(left, ds)).replace(DANGLING, '');
    const after = collapse(s.slice(de, right));
    if (tidy(`${before} ${after}`).length >= 15) {
      const full = collapse(joinReference(tidy(before), tidy(after)));
      return capitalize(full.length <= MAX_LABEL ? full : windowed(tidy(before), tidy(after), MAX_LABEL));
    }
  }
  return capitalize(shortenPlain(tidy(s)));
}

/** Label of the first occurrence of `date` in `sentence` (the whole text). */
function label(sentence: string, date: string): string {
  const at = sentence.indexOf(date);
  return labelAround(sentence, { start: 0, end: sentence.length }, { start: at, end: at + date.length });
}

describe('labelAround', () => {
  it.each([
    [
      'the clause after a fronted date (NAVO)',
      'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen.',
      '12 en 13 oktober',
      'Komen de NAVO-Ministers van Defensie in Brussel bijeen',
    ],
    [
      'a dangling `met ingang van` goes',
      'De regeling geldt met ingang van 1 januari 2024 voor alle gemeenten.',
      '1 januari 2024',
      'De regeling geldt voor alle gemeenten',
    ],
    [
      'a dangling `tot en met` goes',
      'De consultatie loopt tot en met 3 maart 2023 via internet.',
      '3 maart 2023',
      'De consultatie loopt via internet',
    ],
    [
      'the clause too short: the wider one, without the dangling `op`',
      'Het rapport, verschenen op 5 mei 2021, bevat tien aanbevelingen.',
      '5 mei 2021',
      'Het rapport, verschenen bevat tien aanbevelingen',
    ],
    [
      'runs of white space and line breaks',
      'De brief  van\n  7 maart 2016 \n over   de voortgang van het programma.',
      '7 maart 2016',
      'De brief over de voortgang van het programma',
    ],
    [
      'a long clause cut to size, words after the date first',
      'In de Raad van september 2022 hebben de ministers van alle lidstaten na lang en moeizaam overleg een gezamenlijke verklaring uitgebracht over de verdere steun aan Oekraïne en de gevolgen daarvan.',
      'september 2022',
      'In de Raad hebben de ministers van alle lidstaten na lang en moeizaam overleg…',
    ],
    [
      'guillemets that held only the date go with it (an amendement, 630)',
      'In het opgenomen artikel 23, vierde lid, derde volzin, wordt «1 januari 1996» vervangen door: 1 januari van het kalenderjaar.',
      '1 januari 1996',
      'Wordt vervangen door',
    ],
    ['only the date: the sentence', '20 maart 2018', '20 maart 2018', '20 maart 2018'],
    [
      'a date taken out of brackets leaves no space inside them (an answer to Kamervragen, 180)',
      'Vragen over de administratieve lasten (ingezonden 13 december 2010).',
      '13 december 2010',
      'Vragen over de administratieve lasten (ingezonden)',
    ],
    [
      'a preposition and its article go with a season (184)',
      'In het najaar zal ik de Kamer informeren over de uitkomsten van DUO.',
      'najaar',
      'Zal ik de Kamer informeren over de uitkomsten van DUO',
    ],
    [
      'a list item loses its bullet (116)',
      '• De uitgaande brief van 29 januari 2025',
      '29 januari 2025',
      'De uitgaande brief',
    ],
    [
      'nor brackets left empty',
      'Het kabinet stuurde de brief (30 juni 2023) over de voortgang aan uw Kamer.',
      '30 juni 2023',
      'Het kabinet stuurde de brief over de voortgang aan uw Kamer',
    ],
  ])('%s', (_rule, sentence, date, expected) => {
    const got = label(sentence, date);
    const at = sentence.indexOf(date);
    expect(got).toBe(
      referenceLabel(sentence, { start: 0, end: sentence.length }, { start: at, end: at + date.length }),
    );
    expect(got).toBe(expected);
    expect(got.length).toBeLessThanOrEqual(MAX_LABEL);
  });

  it('agrees with the reference on every date of the corpus letters', () => {
    let checked = 0;
    for (const raw of [navoText(), ...loadCorpus().map((l) => l.text)]) {
      const text = normalizeText(raw);
      const sentences = splitSentences(text.text).map((s) => text.spanToOriginal(s.start, s.end));
      for (const d of findDates(text, null)) {
        const s = sentences.find((x) => x.start <= d.start && d.start < x.end);
        const sentence = s ? { start: s.start, end: Math.max(s.end, d.end) } : { start: d.start, end: d.end };
        expect(labelAround(text.original, sentence, d)).toBe(referenceLabel(text.original, sentence, d));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('agrees with the reference on loose punctuation and odd white space around a date', () => {
    const pieces = [
      ' ',
      '  ',
      '\n',
      '\u00a0',
      ',',
      ';',
      ':',
      '.',
      '–',
      '-',
      '(',
      ')',
      'op',
      'van',
      'tot en met',
      'd.d.',
      'de brief',
      'x'.repeat(30),
      'Kamer',
      // Case and spelling variants of the dangling words (the offset path decides them by their last word).
      'Op',
      'VAN',
      'Vóór',
      'VÓÓR',
      'voor',
      'uiterlijk',
      'met ingang van',
      'Tot En Met',
      'T/M',
      'd. d.',
      'D.D.',
      'sinds',
      'metop',
      'xop',
      '…',
      'é',
    ];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 3000; k++) {
      const side = () =>
        Array.from({ length: Math.floor(rnd() * 12) }, () => pieces[Math.floor(rnd() * pieces.length)]).join(
          rnd() < 0.5 ? ' ' : '',
        );
      const sentence = `${side()} 1 mei 2023 ${side()}`;
      const at = sentence.indexOf('1 mei 2023');
      const span = { start: at, end: at + '1 mei 2023'.length };
      expect(labelAround(sentence, { start: 0, end: sentence.length }, span), JSON.stringify(sentence)).toBe(
        referenceLabel(sentence, { start: 0, end: sentence.length }, span),
      );
    }
  });
});
