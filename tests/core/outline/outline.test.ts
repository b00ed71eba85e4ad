import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../src/core/outline/outline';
import type { NormalizedText } from '../../../src/core/text/normalize';
import { normalizeText } from '../../../src/core/text/normalize';
import { analyze } from '../../../src/core/analyze';
import { readPage as readFixturePage } from '../../../src/reader/page-input';
import { DOMS, loadDocument, readPage as readPageHtml } from '../../dom/helpers';
import { detection, letter, navo, outlineOf, titles } from './helpers';

/** The note numbers a footnote entry's title names: `Voetnoot 6` → 6, `Voetnoten 2–4` → 2, 3, 4. */
function noteNumbers(title: string): number[] {
  const m = /^(?:Voetnoot|Voetnoten) (\d+)(?:–(\d+))?$/.exec(title);
  if (!m) return [];
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

/** Offset of the line that starts with `prefix` (after a line break, or at the text's start). */
function lineAt(text: string, prefix: string): number {
  if (text.startsWith(prefix)) return 0;
  const i = text.indexOf(`\n${prefix}`);
  if (i < 0) throw new Error(`no line starts with ${prefix}`);
  return i + 1;
}

describe('golden: navo-defensieministers-2022-09-30.txt', () => {
  it('lists exactly the head, the three sections, the footnote and the signature', () => {
    const text = navo();
    expect(outlineOf(text)).toEqual([
      {
        level: 1,
        kind: 'header',
        title: 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
        start: text.indexOf('Aan de Voorzitter'),
      },
      { level: 1, kind: 'heading', title: 'Oekraïne', start: lineAt(text, 'Oekraïne \n') },
      {
        level: 1,
        kind: 'heading',
        title: 'Afschrikking en verdediging',
        start: lineAt(text, 'Afschrikking en verdediging'),
      },
      {
        level: 1,
        kind: 'heading',
        title: 'Missies en operaties',
        start: lineAt(text, 'Missies en operaties'),
      },
      { level: 1, kind: 'footnotes', title: 'Voetnoot 1', start: lineAt(text, '1 Concreet gaat het om') },
      {
        level: 1,
        kind: 'signature',
        title: 'De Minister van Defensie',
        start: lineAt(text, 'De Minister van Defensie,'),
      },
    ]);
  });

  it('gives the same outline with Windows line ends, in offsets of that text', () => {
    const text = navo().replace(/\n/g, '\r\n');
    const got = outlineOf(text);
    expect(got.map((e) => e.title)).toEqual([
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      'Oekraïne',
      'Afschrikking en verdediging',
      'Missies en operaties',
      'Voetnoot 1',
      'De Minister van Defensie',
    ]);
    for (const e of got.slice(1, 4)) expect(text.slice(e.start, e.start + e.title.length)).toBe(e.title);
  });
});

describe('all fixture letters', () => {
  const dir = resolve(__dirname, '../../fixtures/letters/letters');
  const names = readdirSync(dir).filter((n) => !n.includes('-neg-'));

  it.each(names)('%s: sorted, in range, every title read from its place', (name) => {
    const text = letter(name);
    const got = outlineOf(text);
    expect(got[0]?.kind).toBe('header');
    // The head names the paper, never a row of the site's metadata table (`| Tweede Kamer der Staten-Generaal |
    // 1997-1998 | 22236 nr. 50 |`, 647) nor anything else that opens with punctuation.
    expect(got[0]?.title).toMatch(/^[\p{L}\p{N}][^|]*$/u);
    for (let i = 1; i < got.length; i++) expect(got[i]!.start).toBeGreaterThan(got[i - 1]!.start);
    for (const e of got) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.start).toBeLessThan(text.length);
      if (e.kind === 'heading') expect(text.slice(e.start)).toContain(e.title.replace(/…$/, ''));
    }
    // A note stands once: no two footnote blocks share a note's number (2452 showed `Voetnoot 6` twice, the
    // pages of its table of contents).
    const notes = got.flatMap((e) => noteNumbers(e.title));
    expect(new Set(notes).size).toBe(notes.length);
  });

  it('takes a table of contents for what it is: its title a heading, its entries with page numbers not, its first section after it a heading (309)', () => {
    // `1. BELEIDSTERUGBLIK` has the number of its first question under it (`1`), not a page.
    expect(titles(outlineOf(letter('309-lva-ocw-2008-jaarverslag-2007.txt')), 'heading')).toEqual([
      'Inhoudsopgave',
      '1. BELEIDSTERUGBLIK',
    ]);
  });

  it("takes a notice's site title and its (ontvangen …) date broken over two lines for its head (402)", () => {
    const text = letter('402-antwoord-lnv-2021-mededeling-wolf-stroe.txt');
    const [head, ...rest] = outlineOf(text);
    expect(head?.kind).toBe('header');
    expect(head?.title).toMatch(/^Mededeling \(uitstel antwoord\): Uitstel beantwoording vragen/);
    expect(rest[0]?.kind).toBe('question');
    expect(text.slice(0, rest[0]?.start)).toContain('21 oktober 2021).');
  });

  it("ends an older answer page's head at the notice's (Ontvangen …) line (307)", () => {
    const got = outlineOf(letter('307-antwoord-justitie-2008-srebrenica-rechter.txt'));
    // No heading from the notice; the page's notes under `XNoot` close it.
    expect(got.map((e) => e.kind)).toEqual(['header', 'footnotes']);
  });

  it('finds the headings named in the letters (12, 09, 07, 05, 03, 02, 01)', () => {
    const headings = (name: string): string[] =>
      outlineOf(letter(name))
        .filter((e) => e.kind === 'heading')
        .map((e) => e.title);
    expect(headings('12-def-2025-defensie-industrie.txt')).toEqual([
      'Sterk: Versterking strategische autonomie van de krijgsmacht',
      'Schaalbare productiecapaciteit voor Defensie',
    ]);
    expect(headings('09-ienw-2022-spoorveiligheid.txt')).toEqual([
      'Brandblusvoorzieningen Rotterdamse havenemplacementen',
    ]);
    expect(headings('07-fin-2021-kinderopvangtoeslag.txt')).toEqual(['Informatiepunt kinderopvangtoeslag']);
    expect(headings('05-szw-2018-kinderarmoede.txt')).toEqual([
      '1. Inleiding',
      '2. Uitkomsten tussentijdse evaluatie',
    ]);
    expect(headings('03-venj-2016-strafvordering.txt')).toEqual(['1. Inleiding']);
    expect(headings('02-bzk-2015-kiesakte.txt')).toEqual(['Algemene reactie op de voorstellen']);
    expect(headings('01-vws-2015-productsamenstelling.txt')).toEqual([
      'I Voortgang Akkoord Verbetering Productsamenstelling',
    ]);
    // Letters without section headings in their opening get none.
    for (const name of [
      '04-ez-2017-ovv-groningen.txt',
      '10-ocw-2023-stelselrapportage.txt',
      '11-lvvn-2024-stikstof.txt',
    ]) {
      expect(headings(name)).toEqual([]);
    }
  });
});

describe("the detector's parts", () => {
  it('uses a header span the text rules would not find', () => {
    const text = 'Voorlopige tekst\n\nDe Ministers bespreken de oorlog in Oekraïne.';
    const header = { start: 0, end: 'Voorlopige tekst'.length };
    const got = outlineOf(text, { header });
    expect(got).toEqual([{ level: 1, kind: 'header', title: 'Voorlopige tekst', start: 0 }]);
  });

  it('starts the body after the detected date line', () => {
    // letters/15: with the date line known, the chair lines after it are body, the kind line is head.
    const text = [
      '29 893 Veiligheid van het railvervoer',
      'Nr. 266 VERSLAG VAN EEN COMMISSIEDEBAT',
      'Vastgesteld 22 maart 2024',
      'De vaste commissie voor Infrastructuur en Waterstaat heeft op 7 februari 2024 overleg gevoerd.',
    ].join('\n');
    const dateStart = text.indexOf('Vastgesteld');
    const got = outlineOf(text, {
      header: { start: 0, end: dateStart - 1 },
      dateLine: { start: dateStart, end: dateStart + 'Vastgesteld 22 maart 2024'.length },
    });
    expect(got).toEqual([
      { level: 1, kind: 'header', title: '29 893 Veiligheid van het railvervoer, nr. 266', start: 0 },
    ]);
  });

  it('uses a detected signature span and titles it with the signer function (navo)', () => {
    const text = navo();
    // Detection reports NORMALIZED offsets; the outline answers in original ones.
    const normalized = normalizeText(text).text;
    const signature = { start: normalized.indexOf('De Minister van Defensie,'), end: normalized.length };
    const start = text.indexOf('De Minister van Defensie,');
    const got = outlineOf(text, { signature });
    const sig = got.filter((e) => e.kind === 'signature');
    expect(sig).toEqual([{ level: 1, kind: 'signature', title: 'De Minister van Defensie', start }]);
  });

  it('survives nonsense spans from a detector in progress', () => {
    const text = navo();
    const got = outlineOf(text, {
      header: { start: Number.NaN, end: 5 },
      dateLine: { start: -3, end: -1 },
      signature: { start: 10 ** 9, end: 10 ** 9 + 5 },
    });
    expect(got.map((e) => e.kind)).toEqual([
      'header',
      'heading',
      'heading',
      'heading',
      'footnotes',
      'signature',
    ]);
  });
});

describe('page headings', () => {
  const text = [
    'Nr. 504 MOTIE VAN HET LID KWINT',
    'Voorgesteld 2 juli 2025',
    'Vraag 1',
    'Kent u het bericht «Veel beginnende ggz-krachten krijgen alleen onkostenvergoeding»?',
    'Antwoord 1',
    'Ja.',
    'Achtergrond',
    'De Kamer, gehoord de beraadslaging,',
    'Korte samenvatting van de motie',
    'verzoekt de regering om te zorgen.',
    'X Noot',
    '1',
    'X Noot',
    '2',
  ].join('\n');
  const at = (s: string): { start: number; end: number } => {
    const start = text.indexOf(s);
    return { start, end: start + s.length };
  };

  it('replaces the text heading rules, keeps relative levels, and skips headings the text rules own', () => {
    const got = outlineOf(
      text,
      {},
      {
        headings: [
          { level: 2, ...at('Nr. 504 MOTIE VAN HET LID KWINT') },
          { level: 2, ...at('Vraag 1') },
          { level: 3, ...at('Achtergrond') },
          { level: 4, ...at('Korte samenvatting van de motie') },
          { level: 5, ...at('X Noot') },
          { level: 5, start: text.lastIndexOf('X Noot'), end: text.lastIndexOf('X Noot') + 6 },
        ],
      },
    );
    expect(got.map((e) => [e.kind, e.level, e.title])).toEqual([
      ['header', 1, 'Nr. 504 MOTIE VAN HET LID KWINT'],
      ['question', 1, 'Vraag 1: Kent u het bericht «Veel beginnende ggz-krachten krijgen…'],
      ['answer', 2, 'Antwoord 1'],
      ['heading', 2, 'Achtergrond'],
      ['heading', 3, 'Korte samenvatting van de motie'],
      ['footnotes', 1, 'Noten'],
    ]);
  });

  it('counts levels from the highest section heading, not from the head block’s headings', () => {
    // obk-kst-navo.html: `<h1 class="dossiertitel">` and `<h1 class="stuktitel">` in the head, the sections as
    // `<h2 class="tussenkop">`; the text rules give the same sections level 1 on tweedekamer.nl.
    const letter = navo();
    const heading = (level: number, s: string) => {
      const start = letter.indexOf(s);
      return { level, start, end: start + s.length };
    };
    const got = outlineOf(
      letter,
      {},
      {
        headings: [
          heading(1, 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal'),
          heading(2, 'Oekraïne \n'),
          heading(2, 'Afschrikking en verdediging'),
          heading(2, 'Missies en operaties'),
        ],
      },
    );
    expect(got.filter((e) => e.kind === 'heading').map((e) => [e.title, e.level])).toEqual([
      ['Oekraïne', 1],
      ['Afschrikking en verdediging', 1],
      ['Missies en operaties', 1],
    ]);
  });

  it.each(DOMS)('gives the NAVO letter the same outline on both sites (%s)', (dom) => {
    const outline = (file: string, url: string) => {
      const page = readFixturePage(loadDocument(readPageHtml(file), dom), url);
      if (!page) throw new Error(`no container in ${file}`);
      return analyze(page.input)
        .outline.filter((e) => e.kind !== 'footnotes')
        .map((e) => [e.kind, e.level, e.title]);
    };
    const koop = outline('obk-kst-navo.html', 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html');
    const tk = outline(
      'tk-brief-navo.html',
      'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633',
    );
    expect(koop).toEqual(tk);
    expect(koop.filter(([kind]) => kind === 'heading')).toEqual([
      ['heading', 1, 'Oekraïne'],
      ['heading', 1, 'Afschrikking en verdediging'],
      ['heading', 1, 'Missies en operaties'],
    ]);
  });

  it('falls back to the text rules when the page has no heading markup', () => {
    const got = outlineOf(navo(), {}, { headings: [] });
    expect(got.filter((e) => e.kind === 'heading')).toHaveLength(3);
  });

  it('keeps the text rules when the only page heading is the head block (tweedekamer.nl modal)', () => {
    // tests/fixtures/pages/tk-brief-navo.html: `<h2>Nr. 409<br>BRIEF VAN …</h2>`, sections as `<p><strong>`.
    const letter = navo();
    const start = letter.indexOf('Aan de Voorzitter');
    const got = outlineOf(letter, {}, { headings: [{ level: 2, start, end: start + 57 }] });
    expect(got.filter((e) => e.kind === 'heading').map((e) => e.title)).toEqual([
      'Oekraïne',
      'Afschrikking en verdediging',
      'Missies en operaties',
    ]);
  });

  it('ignores page headings outside the text', () => {
    const got = outlineOf(
      'Kort.',
      {},
      {
        headings: [
          { level: 1, start: 50, end: 60 },
          { level: 1, start: 3, end: 1 },
        ],
      },
    );
    expect(got).toEqual([]);
  });
});

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['blank lines', '\n\n   \n\t\n'],
    ['odd characters', '\u0000\uFFFF\uD800 \u202E Vraag \n Antwoord \n 1. \n X Noot'],
    ['only a date line', 'Den Haag, 30 september 2022'],
    ['a lone signer line', 'De Minister van Defensie,'],
  ])('%s: never throws, returns an array', (_name, text) => {
    expect(Array.isArray(outlineOf(text))).toBe(true);
  });

  it('never throws on a broken NormalizedText or Detection', () => {
    const broken = {
      text: 'x\n\nKop\n\nTekst.',
      original: 'x',
      toOriginal: () => {
        throw new Error('boom');
      },
    };
    expect(buildOutline(broken as unknown as NormalizedText, detection())).toEqual([]);
    const noParts = { isParliamentary: true } as unknown as ReturnType<typeof detection>;
    expect(Array.isArray(buildOutline(normalizeText(navo()), noParts))).toBe(true);
  });

  it('outlines a large letter and one huge line completely (speed is benchmarked, not asserted)', () => {
    const big = navo().repeat(200); // about 2 MB
    const got = outlineOf(big);
    expect(got.filter((e) => e.title === 'Oekraïne').length).toBe(200);

    const line = 'Vraag 1 ' + 'a'.repeat(2_000_000);
    expect(Array.isArray(outlineOf(line))).toBe(true);
  });
});
