import { describe, expect, it } from 'vitest';
import type { AcronymDetail } from '../../src/core/acronyms';
import { analyze } from '../../src/core/analyze';
import { findCommitments, splitSentences } from '../../src/core/commitments';
import { findDates } from '../../src/core/dates';
import { normalizeText } from '../../src/core/text/normalize';
import { buildTimeline } from '../../src/core/timeline';
import { loadCorpus, NAVO_LETTER_DATE, navoText } from './dates/letters';

// `analyze` splits the text into sentences once and hands them to the commitment finder and the
// timeline; the finders called on their own must find exactly the same.
const letters = [
  { name: 'navo', text: navoText(), ref: NAVO_LETTER_DATE },
  ...loadCorpus().map((l) => ({ name: l.name, text: l.text, ref: l.letterDate })),
];

describe('analyze: one sentence split shared by commitments and timeline', () => {
  it.each(letters)('$name: the same commitments and timeline as the finders alone', ({ text: raw, ref }) => {
    const text = normalizeText(raw);
    const dates = findDates(text, ref);
    const sentences = splitSentences(text.text);
    const alone = findCommitments(text, dates, ref);
    expect(findCommitments(text, dates, ref, sentences)).toEqual(alone);
    expect(buildTimeline(text, dates, alone, ref, sentences)).toEqual(buildTimeline(text, dates, alone, ref));
  });

  it('the NAVO letter: its promises and timeline come out of analyze', () => {
    const result = analyze({ text: navoText() });
    const text = normalizeText(navoText());
    const dates = findDates(text, NAVO_LETTER_DATE);
    expect(result.commitments).toEqual(findCommitments(text, dates, NAVO_LETTER_DATE));
    expect(result.commitments.some((c) => /ontvangt uw Kamer/.test(c.text))).toBe(true);
    expect(result.timeline).toEqual(
      buildTimeline(text, dates, findCommitments(text, dates, NAVO_LETTER_DATE), NAVO_LETTER_DATE),
    );
  });
});

describe("analyze with only: 'marks' (a long paper's first screens)", () => {
  it.each(letters)('$name: the same marked findings as the full analysis, nothing else', ({ text }) => {
    const full = analyze({ text });
    const marks = analyze({ text, only: 'marks' });
    expect(marks).toEqual({ ...full, timeline: [], commitments: [], outline: [] });
  });

  it('the NAVO opening: acronyms, citations and dates found, no timeline built', () => {
    const opening = navoText().slice(0, 6_000);
    const marks = analyze({ text: opening, only: 'marks' });
    expect(marks.acronyms.map((a) => a.abbr)).toContain('NAVO');
    expect(marks.dates.length).toBeGreaterThan(0);
    expect(marks.timeline).toEqual([]);
    expect(analyze({ text: opening }).timeline.length).toBeGreaterThan(0);
  });
});

describe('analyze: the letter date picks the meaning of a renamed ministry', () => {
  const letter56 = loadCorpus().find((l) => l.name.startsWith('56-'));
  const text = letter56?.text ?? '';
  // The core returns the acronym details (with alternatives) the reader shows.
  const lnv = (input: Parameters<typeof analyze>[0]) =>
    analyze(input).acronyms.find((a) => a.abbr === 'LNV') as AcronymDetail | undefined;

  it('letter 56, Den Haag 17 oktober 2001: LNV is Landbouw, Natuurbeheer en Visserij', () => {
    expect(analyze({ text }).document.letterDate).toBe('2001-10-17');
    expect(lnv({ text })).toMatchObject({
      expansion: 'Landbouw, Natuurbeheer en Visserij',
      source: 'glossary',
    });
    expect(lnv({ text })?.alternatives?.map((m) => m.expansion)).toEqual([
      'Landbouw, Natuur en Voedselkwaliteit',
    ]);
  });

  it('the same words in a letter of 2019 mean the ministry of that day', () => {
    const paper = text.replace('17 oktober 2001', '4 maart 2019');
    expect(analyze({ text: paper }).document.letterDate).toBe('2019-03-04');
    expect(lnv({ text: paper })?.expansion).toBe('Landbouw, Natuur en Voedselkwaliteit');
  });
});

describe('analyze: the reference day (`--date`)', () => {
  const text = navoText();

  it('places the dates without a year in a letter whose date line is not in the text', () => {
    const opening = text.slice(text.indexOf('Op 12 en 13 oktober'));
    const head = '28 676 NAVO\n\nNr. 409 BRIEF VAN DE MINISTER VAN DEFENSIE\n\n';
    const dates = analyze({ text: head + opening, referenceDate: '2023-09-30' }).dates;
    expect(dates.find((d) => d.text === '12 en 13 oktober')?.iso).toBe('2023-10-12');
  });

  // Found by fuzzing the reference day: `9999-12-01` put `de zomer` in the year 10000, which ISO cannot write,
  // and years before 100 sorted as 1900–1999 in the timeline.
  it.each(['9999-12-01', '0099-06-01', '0500-01-01', '2022-02-30', 'morgen'])(
    'a day no paper can have (%s) is ignored: the letter date stands',
    (referenceDate) => {
      expect(analyze({ text, referenceDate })).toEqual(analyze({ text }));
    },
  );
});
