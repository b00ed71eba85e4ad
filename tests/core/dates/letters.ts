import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared corpus (tests/fixtures/letters) and the NAVO letter, as the tests read them. */

export const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const LETTERS = join(FIXTURES, 'letters');

export interface GoldDate {
  text: string;
  iso: string;
  endIso: string | null;
  precision: string;
  optional?: boolean;
}

export interface CorpusLetter {
  name: string;
  text: string;
  letterDate: string | null;
  isParliamentary: boolean;
  dates: GoldDate[];
}

/** A letter file without its `URL: …` line and the blank line after it. */
export function stripUrlLines(raw: string): string {
  return raw.startsWith('URL:') ? raw.split('\n').slice(2).join('\n') : raw;
}

export function loadCorpus(): CorpusLetter[] {
  return readdirSync(join(LETTERS, 'letters'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      const gold = JSON.parse(readFileSync(join(LETTERS, 'gold', `${name}.json`), 'utf8')) as {
        letter_date: string | null;
        is_parliamentary: boolean;
        dates: GoldDate[];
      };
      return {
        name,
        text: stripUrlLines(readFileSync(join(LETTERS, 'letters', f), 'utf8')),
        letterDate: gold.letter_date,
        isParliamentary: gold.is_parliamentary,
        dates: gold.dates,
      };
    });
}

/** A corpus letter by its number prefix (`09`). */
export function letter(prefix: string): CorpusLetter {
  const found = loadCorpus().find((l) => l.name.startsWith(`${prefix}-`));
  if (!found) throw new Error(`no corpus letter ${prefix}`);
  return found;
}

export const NAVO_LETTER_DATE = '2022-09-30';

export function navoText(): string {
  return readFileSync(join(FIXTURES, 'navo-defensieministers-2022-09-30.txt'), 'utf8');
}
