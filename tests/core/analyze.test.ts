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
    // With the citations, as analyze gives them: two mentions of the day of one cited paper are one entry.
    const commitments = findCommitments(text, dates, NAVO_LETTER_DATE);
    expect(result.timeline).toEqual(
      buildTimeline(text, dates, commitments, NAVO_LETTER_DATE, undefined, 0, undefined, result.citations),
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

// 422 is dated `Den Haag, 4 januari 2020` but was sent on Monday 4 January 2021 (`Maandag 4 januari markeert zo een
// belangrijk moment`): its slipped date line lends its year to nothing.
describe('analyze: a letter whose date line slipped back a year (422)', () => {
  const text = loadCorpus().find((l) => l.name.startsWith('422-'))?.text ?? '';
  const result = analyze({ text });
  const iso = (t: string) => result.dates.filter((d) => d.text === t).map((d) => d.iso);

  it('is dated 4 January 2021', () => {
    expect(result.document.letterDate).toBe('2021-01-04');
  });

  it.each([
    // `Vanaf vandaag, 4 januari, kunnen zorgmedewerkers … bellen`: the letter's own day.
    ['4 januari', ['2021-01-04']],
    // `Op basis van het advies van de Gezondheidsraad van 19 november jl.`: of 2020.
    ['19 november jl.', ['2020-11-19']],
    // `dat dit moment nog in het voorgaande jaar had gelegen`: 2020.
    ['voorgaande jaar', ['2020']],
    // The date line as written.
    ['4 januari 2020', ['2020-01-04']],
  ])('%s is %j', (t, expected) => {
    expect(iso(t)).toEqual(expected);
  });
});

describe('analyze: the reference day (`--date`)', () => {
  const text = navoText();
  const verslagHead =
    '35 925 VIII Vaststelling van de begrotingsstaten\n\nNr. 120 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\n';

  it('places the dates without a year in a letter whose date line is not in the text', () => {
    const opening = text.slice(text.indexOf('Op 12 en 13 oktober'));
    const head = '28 676 NAVO\n\nNr. 409 BRIEF VAN DE MINISTER VAN DEFENSIE\n\n';
    const dates = analyze({ text: head + opening, referenceDate: '2023-09-30' }).dates;
    expect(dates.find((d) => d.text === '12 en 13 oktober')?.iso).toBe('2023-10-12');
  });

  // Found by an audit of the CLI: the letter's own date line (`Den Haag, 30 september 2022`) took over from the
  // given day, so `--date` changed nothing on any letter that has one, and the timeline compared with the given
  // day where the contract says the letter date.
  it('places the dates without a year on the given day also when the letter has its own date line', () => {
    const result = analyze({ text, referenceDate: '2019-01-10' });
    const iso = (t: string) => result.dates.find((d) => d.text === t)?.iso;
    expect(result.document.letterDate).toBe('2022-09-30');
    expect(iso('12 en 13 oktober')).toBe('2019-10-12');
    expect(iso('22 september')).toBe('2019-09-22');
    // Dates with their year keep it.
    expect(iso('29 en 30 juni 2022')).toBe('2022-06-29');
    // `relation` still compares with the letter date.
    const relation = (day: string) => result.timeline.find((e) => e.iso === day)?.relation;
    // The letter's own dateline is no entry (the sidebar shows the letter date above the entries).
    expect(relation('2022-09-30')).toBeUndefined();
    expect(relation('2022-06-29')).toBe('past');
    expect(relation('2023-01')).toBe('future');
    expect(relation('2019-10-12')).toBe('past');
  });

  it("still reads a quoted letter's date line as that letter's day, with a given day", () => {
    const verslag =
      'Den Haag, 30 september 2022\n\nDe commissie schreef:\n\nDen Haag, 18 december 2019\n\n' +
      'Wij ontvangen het rapport graag op 20 januari.\n';
    const dates = (referenceDate?: string) =>
      analyze({ text: verslagHead + verslag, referenceDate }).dates.map((d) => [d.text, d.iso]);
    // Of the quoted letter's year, neither the given day's (2021) nor the verslag's (2022).
    expect(dates('2021-05-01')).toContainEqual(['20 januari', '2019-01-20']);
    expect(dates()).toContainEqual(['20 januari', '2019-01-20']);
  });

  it('compares the timeline with the given day when the paper has no letter date', () => {
    const opening = text.slice(text.indexOf('Op 12 en 13 oktober'));
    const head = '28 676 NAVO\n\nNr. 409 BRIEF VAN DE MINISTER VAN DEFENSIE\n\n';
    const result = analyze({ text: head + opening, referenceDate: '2022-10-01' });
    expect(result.document.letterDate).toBeNull();
    expect(result.timeline.find((e) => e.iso === '2022-10-12')?.relation).toBe('future');
    expect(result.timeline.find((e) => e.iso === '2022-06-29')?.relation).toBe('past');
    // Neither a letter date nor a given day: nothing to compare with (docs/analysis-contract.md).
    expect(analyze({ text: head + opening }).timeline.every((e) => e.relation === null)).toBe(true);
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
