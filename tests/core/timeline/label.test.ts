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

const RELATIVE =
  /^\s*(?:die|dat|welke?|wat|wie|waar(?:aan|bij|door|in|mee|na|naar|om|onder|op|over|tegen|toe|uit|van|voor)?)(?![\p{L}\p{N}])/u;
const FRONTING = ['en', 'maar', 'al', 'reeds', 'pas', 'uiterlijk'];
const NO_VERBS = ['aan', 'alsmede', 'bij', 'betreffende', 'dat', 'de', 'die', 'door', 'een', 'het', 'in'];
NO_VERBS.push('inzake', 'met', 'na', 'naar', 'om', 'omtrent', 'onder', 'op', 'over', 'per', 'sinds', 'te');
NO_VERBS.push('tegen', 'ten', 'ter', 'tot', 'tussen', 'uit', 'van', 'vanaf', 'voor', 'vóór', 'zonder');

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
  const lower = (t: string) => /^\p{Ll}/u.test(t);
  for (const delimiters of [NARROW, WIDE, null]) {
    let left = 0;
    let right = s.length;
    if (delimiters) {
      left = loopStart(s, 0, ds, delimiters);
      right = loopEnd(s, de, s.length, delimiters);
      // A relative clause after a comma takes in the clause before it.
      if (delimiters === NARROW && s[left - 1] === ',' && RELATIVE.test(s.slice(left, ds))) {
        left = loopStart(s, 0, left - 1, NARROW);
      }
    }
    const before = collapse(s.slice(left, ds)).replace(DANGLING, '');
    const after = collapse(s.slice(de, right));
    if (tidy(`${before} ${after}`).length >= 15) {
      let b = tidy(before);
      const a = tidy(after);
      // A date that opens a main clause, the finite verb after it, stays with its preposition.
      const opens = b === '' || FRONTING.includes(b.toLowerCase());
      if (opens && lower(a) && !NO_VERBS.includes(a.split(' ')[0] as string)) {
        b = collapse(s.slice(left, de)).replace(/^[\s,;:.–—•·▪◦-]+/, '');
      }
      // Not at the sentence's start, a lower-case word is marked `…`, not capitalised.
      const full = collapse(joinReference(b, a));
      const dots = left > 0 && lower(full);
      if (full.length + (dots ? 1 : 0) <= MAX_LABEL) return dots ? `…${full}` : capitalize(full);
      const cut = windowed(b, a, MAX_LABEL);
      return dots && !cut.startsWith('…') ? `…${cut}` : capitalize(cut);
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
      // Without its date the clause starts with its verb and reads as a question (`Komen de …`).
      'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen',
    ],
    [
      'a date with a particle of its own stays too (1614)',
      'Al sinds 1889 wordt er in Nederland\nzout gewonnen.',
      '1889',
      'Al sinds 1889 wordt er in Nederland zout gewonnen',
    ],
    [
      'a fronted adverb of its own keeps the statement: the date goes (1444)',
      'Ook in 2019 zal hier weer veel aandacht voor zijn.',
      '2019',
      'Ook zal hier weer veel aandacht voor zijn',
    ],
    [
      'the date of a phrase goes, and the clause, not starting its sentence, is marked `…` (2152)',
      '– d.d. 27 juni 2008 over een review van het project onderzoek duurzame schelpdiervisserij; deelproject 3: sublitorale natuurwaarden (29 675, nr. 46);',
      '27 juni 2008',
      '…over een review van het project onderzoek duurzame schelpdiervisserij',
    ],
    [
      'a comma inside a ministry name is no clause boundary (1192, footnote marker left out)',
      'De vaste commissie voor Volksgezondheid, Welzijn en Sport heeft op 26 februari 2008 overleg gevoerd met minister Klink van Volksgezondheid, Welzijn en Sport over:',
      '26 februari 2008',
      '…Volksgezondheid, Welzijn en Sport heeft overleg gevoerd met minister Klink…',
    ],
    [
      'a relative clause takes in what it describes (1104)',
      'Hierbij stuur ik u de geannoteerde agenda voor de bijeenkomst van de NAVO-Ministers van Defensie (DMM), die op 17 en 18 oktober in Brussel plaatsvindt.',
      '17 en 18 oktober',
      '…van de NAVO-Ministers van Defensie (DMM), die in Brussel plaatsvindt',
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
      // The clause starts after a comma: its verb is no sentence's start.
      '…wordt vervangen door',
    ],
    ['only the date: the sentence', '20 maart 2018', '20 maart 2018', '20 maart 2018'],
    [
      'a date taken out of brackets leaves no space inside them (an answer to Kamervragen, 180)',
      'Vragen over de administratieve lasten (ingezonden 13 december 2010).',
      '13 december 2010',
      'Vragen over de administratieve lasten (ingezonden)',
    ],
    [
      'a preposition and its article stay with a season that opens the clause (184)',
      'In het najaar zal ik de Kamer informeren over de uitkomsten van DUO.',
      'najaar',
      'In het najaar zal ik de Kamer informeren over de uitkomsten van DUO',
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
