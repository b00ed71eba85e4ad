import { describe, expect, it } from 'vitest';
import { toRefDay } from '../../../src/core/dates/resolve';
import { weekDate } from '../../../src/core/commitments/week-due';

/** The week `weekDate` reads in `sentence`, as `iso`–`endIso`, with the letter's day `ref`. */
function week(sentence: string, ref: string | null): [string, string | null] | null {
  const d = weekDate(sentence, { start: 0, end: sentence.length }, toRefDay(ref)?.n ?? null);
  return d ? [d.iso, d.endIso] : null;
}

// 268 (24 November 2017): `… voorafgaand aan de voorziene behandeling van de begroting JenV in week 48 een tweede nota
// van wijziging krijgt toegestuurd.` The other rows put the same words in other letters, for the year a week is in.
const S =
  'dat uw Kamer voorafgaand aan de behandeling van de begroting JenV in week 48 een tweede nota krijgt toegestuurd.';

describe('weekDate', () => {
  it.each([
    [
      'the letter of 268: ISO week 48 of 2017, Monday to Sunday',
      S,
      '2017-11-24',
      ['2017-11-27', '2017-12-03'],
    ],
    ['a week of the letter’s year still to come', S, '2017-03-01', ['2017-11-27', '2017-12-03']],
    ['a week ended weeks ago is a past one, no date', S, '2017-12-20', null],
    [
      'a week ended more than half a year ago is next year’s (week 2 in a letter of December)',
      S.replace('week 48', 'week 2'),
      '2017-12-20',
      ['2018-01-08', '2018-01-14'],
    ],
    [
      'with its year written after it',
      S.replace('week 48', 'week 48 van 2018'),
      '2017-11-24',
      ['2018-11-26', '2018-12-02'],
    ],
    [
      'week 53 of a year that has one (2020)',
      S.replace('week 48', 'week 53'),
      '2020-11-01',
      ['2020-12-28', '2021-01-03'],
    ],
    ['no week 53 in 2017', S.replace('week 48', 'week 53'), '2017-11-24', null],
    ['no letter date: no year to place it in', S, null, null],
    ['a range of weeks is not one week', S.replace('week 48', 'week 48-50'), '2017-11-24', null],
  ])('%s', (_how, sentence, ref, expected) => {
    expect(week(sentence, ref)).toEqual(expected);
  });
});
