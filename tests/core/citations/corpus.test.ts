import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../../src/core/types';
import { cite } from './helpers';

const FIXTURES = join(__dirname, '../../fixtures');
const LETTERS = join(FIXTURES, 'letters/letters');
const GOLD = join(FIXTURES, 'letters/gold');

interface GoldCitation {
  text: string;
  type: string;
  dossier: string | null;
  number: string | null;
  url: string | null;
  self: boolean;
}
interface Gold {
  url: string;
  is_parliamentary: boolean;
  kind: DocumentKind | null;
  dossier: string | null;
  number: string | null;
  citations: GoldCitation[];
}

/** The corpus README: strip the `URL:` line and the blank line after it. */
function letterText(file: string): string {
  return readFileSync(join(LETTERS, file), 'utf8').split('\n').slice(2).join('\n');
}

/** README scoring key: the url, or type, dossier and number where the url is null. */
function scoreKey(c: {
  url: string | null;
  type: string;
  dossier: string | null;
  number: string | null;
}): string {
  return c.url ?? `${c.type}|${c.dossier}|${c.number}`;
}

describe('corpus gold citations', () => {
  it('reaches precision and recall of at least 0.98 (self: true gold items neutral)', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const file of readdirSync(LETTERS).filter((f) => f.endsWith('.txt'))) {
      const gold = JSON.parse(readFileSync(join(GOLD, file.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
      if (!gold.is_parliamentary) continue; // negatives score only is_parliamentary
      const found = cite(letterText(file), { kind: gold.kind, dossier: gold.dossier, number: gold.number });
      const required = new Set(gold.citations.filter((g) => !g.self).map(scoreKey));
      const neutral = new Set(gold.citations.filter((g) => g.self).map(scoreKey));
      const predicted = new Set(found.map(scoreKey));
      for (const p of predicted) {
        if (required.has(p)) tp++;
        else if (!neutral.has(p)) {
          fp++;
          misses.push(`${file}: extra ${p}`);
        }
      }
      for (const g of required) {
        if (!predicted.has(g)) {
          fn++;
          misses.push(`${file}: missed ${g}`);
        }
      }
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    if (misses.length > 0) console.log(`citation misses:\n  ${misses.join('\n  ')}`);
    console.log(
      `citations: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });

  /**
   * Pages whose text cannot tell whether a citation is the page itself. 209: a tweedekamer.nl answer whose one `Zie ook
   * Aanhangsel … nr. 186` line names the notice of delay published before it (the annotator looked it up), where such a
   * line names the answer itself on the other answer pages of the site (13, 14, 24, 94, 139); the page holds no number
   * of its own to compare with, so the code reads it as the answer's. 299: the same, `Zie ook … nr. 1552` on an answer
   * whose officielebekendmakingen copy is nr. 1748 (the annotator looked it up). 1416: the same, `Zie ook …
   * vergaderjaar 2023–2024, nr. 2495` on an answer published as nr. 102 of 2024–2025. 1673: two such lines, `nr. 3583`
   * of 2019–2020 and `nr. 139` of 2020–2021, on an answer published as nr. 357 of 2020–2021 (the annotator looked it
   * up): both notices of delay. 1781: `Zie ook … vergaderjaar 2018–2019, nr. 2482` on an answer received on 14 June
   * 2019, when an answer received a month before was already nr. 2695 (the annotator looked it up): a notice of delay
   * from April. 2207: `Zie ook … vergaderjaar 2024–2025, nr. 1529` on an answer published as nr. 1681 (the annotator
   * looked it up): the notice of delay. 2253: `Zie ook … vergaderjaar 2021–2022, nr. 1482` on a later, further answer
   * (`Antwoord schriftelijke vragen (nader)`): nr. 1482 is the first answer. 2345: `Zie ook … vergaderjaar 2020–2021,
   * nr. 3600` on an answer received in October 2021, in the next vergaderjaar: most likely the notice of delay. 2473:
   * `Zie ook … vergaderjaar 2024–2025, nr. 1314` on an answer published as nr. 1751 (the annotator looked it up): the
   * notice of delay. 2835: `Zie ook … vergaderjaar 2023–2024, nr. 808` on an answer received weeks after its questions,
   * which the annotator took for its own number (unsure): it may be the notice of delay.
   */
  const UNDECIDABLE_SELF = new Set([
    '209-antwoord-jenv-2021-opvangplekken-coa.txt',
    '299-antwoord-bho-2024-f35-onderdelen-israel.txt',
    '1416-antwoord-jenv-2024-capaciteit-gevangeniswezen.txt',
    '1673-antwoord-fin-2020-project-1043.txt',
    '1781-antwoord-ezk-2019-co2-heffing-klimaatbeleid.txt',
    '2207-antwoord-am-2025-capaciteit-vreemdelingendetentie.txt',
    '2253-antwoord-fin-2022-arrest-hoge-raad-box-3.txt',
    '2345-antwoord-buza-bhos-2021-houding-china.txt',
    '2473-antwoord-kgg-2025-mijnschade-limburg.txt',
    '2835-antwoord-jenv-2024-overvolle-gevangenissen-tbs-klinieken.txt',
  ]);

  /**
   * Gold citations the code misses, each left on purpose (the corpus README says why). 228: the excerpt breaks
   * off inside a bare citation, `(24 400 XII, nr.`, with neither `Kamerstuk` nor a number; the page goes on.
   */
  // Misses left in the README: a citation cut off by an excerpt (228); words the page lost its number among, `Kamerstuk
  // 29279 t betrekking tot, nr. 277` (1995), of which the code reads the dossier; an act's day and its Staatsblad
  // number with the act's long title between (2802).
  const NOT_FOUND_ON_PURPOSE = new Set([
    '228-venw-1996-spoor-delft-motie-van-t-riet.txt 24 400 XII, nr.',
    '1995-venj-2015-locatiebeleid-rechtspraak.txt Kamerstuk 29279 t betrekking tot, nr. 277',
    '2802-nota-szw-2003-aanpassing-kinderbijslag.txt wet van 22 december 1994 tot nadere wijziging van de Algemene Kinderbijslagwet, de Ziekenfondswet en de Algemene Wet Bijzondere Ziektekosten (Stb. 957)',
  ]);

  it('marks every self: true gold citation as self', () => {
    for (const file of readdirSync(LETTERS).filter((f) => f.endsWith('.txt'))) {
      const gold = JSON.parse(readFileSync(join(GOLD, file.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
      // With the page's address, as the extension and `analyze --url` have it.
      const self = { kind: gold.kind, dossier: gold.dossier, number: gold.number };
      const found = cite(letterText(file), self, gold.url);
      for (const g of gold.citations) {
        const hits = found.filter((c) => scoreKey(c) === scoreKey(g));
        if (NOT_FOUND_ON_PURPOSE.has(`${file} ${g.text}`)) {
          expect(hits, `${file} ${g.text} is found now: take it off the list`).toEqual([]);
          continue;
        }
        expect(hits.length, `${file} ${g.text}`).toBeGreaterThan(0);
        if (UNDECIDABLE_SELF.has(file)) continue;
        expect(
          hits.every((c) => c.self === g.self),
          `${file} ${g.text}`,
        ).toBe(true);
      }
    }
  });
});

describe('golden: the NAVO fixture letter', () => {
  const text = readFileSync(join(FIXTURES, 'navo-defensieministers-2022-09-30.txt'), 'utf8');

  it('finds Kamerstuk 29 521, nr. 446 twice, once over a line break, with the right URL and date', () => {
    const found = cite(text, { kind: 'brief regering', dossier: '28676', letterDate: '2022-09-30' });
    expect(found.map((c) => ({ text: c.text, url: c.url, date: c.date, self: c.self }))).toEqual([
      {
        text: 'Kamerstuk \n29 521, nr. 446',
        url: 'https://zoek.officielebekendmakingen.nl/kst-29521-446.html',
        date: '2022-06-17',
        self: false,
      },
      {
        text: 'Kamerstuk 29 521, nr. 446',
        url: 'https://zoek.officielebekendmakingen.nl/kst-29521-446.html',
        date: '2022-06-17',
        self: false,
      },
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
