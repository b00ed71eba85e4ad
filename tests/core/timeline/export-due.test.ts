import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { dueWording } from '../../../src/core/timeline/export-due';
import type { CommitmentFinding } from '../../../src/core/types';
import { formatTimelineExport } from '../../../src/messaging/export-service';

const DIR = join(__dirname, '../../fixtures/letters/letters');
const NAMES = readdirSync(DIR);

/** The commitment of letter `number` (tests/fixtures/letters/letters/<number>-*) whose sentence holds `words`. */
function commitmentOf(number: string, words: string): CommitmentFinding {
  const name = NAMES.find((n) => n.startsWith(`${number}-`) && n.endsWith('.txt'));
  if (!name) throw new Error(`no letter ${number}`);
  const raw = readFileSync(join(DIR, name), 'utf8').replace(/^\uFEFF/, '');
  const url = /^URL: (\S+)\n\n?/.exec(raw);
  const text = url ? raw.slice(url[0].length) : raw;
  const result = analyze({ text, page: url ? { url: url[1] } : undefined });
  const found = result.commitments.find((c) => c.text.replace(/\s+/g, ' ').includes(words));
  if (!found) throw new Error(`no commitment with ${words} in ${number}`);
  return found;
}

/** The Markdown checklist's line of `c`, as the sidebar's export writes it in `language`. */
function markdownLine(c: CommitmentFinding, language: 'nl' | 'en'): string {
  const md = formatTimelineExport({
    format: 'md',
    language,
    sourceUrl: null,
    title: null,
    dossier: null,
    number: null,
    timeline: [],
    commitments: [c],
  }).text;
  return md.trimEnd().split('\n').pop() ?? '';
}

// Each way a letter gives a due date, with a real promise of the corpus, and how the export writes it in the Markdown
// checklist in Dutch and in English.
describe('the word before a commitment’s due date in the export', () => {
  it.each([
    // A deadline: the time by which.
    ['1008', 'voor de zomer', 'by', '(uiterlijk juni 2025)', '(by June 2025)'],
    ['1134', 'uiterlijk eind mei', 'by', '(uiterlijk mei 2014)', '(by May 2014)'],
    ['161', 'voor het einde van het jaar', 'by', '(uiterlijk december 2010)', '(by December 2010)'],
    ['910', 'voor het zomerreces', 'by', '(uiterlijk juli 2019)', '(by July 2019)'],
    ['335', 'uiterlijk in het eerste kwartaal van 2026', 'by', '(uiterlijk maart 2026)', '(by March 2026)'],
    ['1665', 'uiterlijk begin volgend jaar', 'by', '(uiterlijk januari 2023)', '(by January 2023)'],
    ['222', 'uiterlijk 30 april', 'by', '(uiterlijk 30 april 2020)', '(by 30 April 2020)'],
    ['1015', 'tot de jaarwisseling', 'by', '(uiterlijk 31 december 1999)', '(by 31 December 1999)'],
    // Before a day, not on it: `uiterlijk 1 december` would give a day more than the letter.
    ['1695', 'voor 1 december 2019', 'before', '(vóór 1 december 2019)', '(before 1 December 2019)'],
    [
      '251',
      'uiterlijk voor donderdag 14 februari',
      'before',
      '(vóór 14 februari 2013)',
      '(before 14 February 2013)',
    ],
    [
      '499',
      'voor het plenair debat van donderdag 9 oktober',
      'before',
      '(vóór 9 oktober 2008)',
      '(before 9 October 2008)',
    ],
    // A time it is planned or expected at.
    [
      '1190',
      'naar verwachting in december 2005',
      'expected',
      '(verwacht december 2005)',
      '(expected December 2005)',
    ],
    [
      '97',
      'naar verwachting begin december',
      'expected',
      '(verwacht december 2023)',
      '(expected December 2023)',
    ],
    ['184', 'In het najaar', 'expected', '(verwacht november 2019)', '(expected November 2019)'],
    ['1996', 'Op Prinsjesdag', 'expected', '(verwacht 20 september 2022)', '(expected 20 September 2022)'],
    ['310', 'na de zomer', 'expected', '(verwacht september 2013)', '(expected September 2013)'],
    // Scheduled for a year: `voorzien voor 2026` is no deadline.
    ['1803', 'voorzien voor 2026', 'expected', '(verwacht 2026)', '(expected 2026)'],
  ] as const)('%s, %j: %s, %s / %s', (number, words, wording, nl, en) => {
    const c = commitmentOf(number, words);
    expect(dueWording(c)).toBe(wording);
    expect(markdownLine(c, 'nl').endsWith(` ${nl}`)).toBe(true);
    expect(markdownLine(c, 'en').endsWith(` ${en}`)).toBe(true);
  });

  it('writes no word and no brackets for a commitment without a due date', () => {
    const c = commitmentOf('1008', 'voor de zomer');
    expect(markdownLine({ ...c, due: null }, 'nl')).not.toMatch(/\)$/);
  });

  // The due date is found again in the sentence; where it is not (a sentence cut for the export, a due date it does
  // not give), the export promises least.
  it('says expected when the sentence does not give the due date', () => {
    const c = commitmentOf('1008', 'voor de zomer');
    expect(dueWording({ ...c, due: '2025-10' })).toBe('expected');
    expect(markdownLine({ ...c, due: '2025-10' }, 'en').endsWith(' (expected October 2025)')).toBe(true);
  });
});
