import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { firstGluedMarker } from '../../../src/core/outline/footnotes';
import { buildOutline } from '../../../src/core/outline/outline';
import { normalizeText } from '../../../src/core/text/normalize';
import { detection, letter, outlineOf, titles } from './helpers';

/**
 * The first glued marker of each label as one scan of every digit run finds it (the rule as written before
 * the per-label lookup): a run of 1–3 digits after anything but a digit or white space, glued to a lower-case
 * letter or one of `.,;:)»”’"`, but not to a `.`, `,` or `:` after a digit (`2.6`, `3,5`, `14:30`: one number);
 * the offset is one past the start of the character before the digits.
 */
function scanReference(t: string): Map<string, number> {
  const first = new Map<string, number>();
  const run = /(?<![\d\s])\d/g;
  for (let m = run.exec(t); m; m = run.exec(t)) {
    const d = m.index;
    run.lastIndex = d + 1;
    if (d === 0) continue;
    let j = d + 1;
    while (j < t.length && j - d <= 3 && /\d/.test(t.charAt(j))) j++;
    if (j - d > 3) continue;
    const low = t.charCodeAt(d - 1);
    const astral = low >= 0xdc00 && low <= 0xdfff && d >= 2 && (t.charCodeAt(d - 2) & 0xfc00) === 0xd800;
    if (!/^[\p{Ll}.,;:)»”’"]$/u.test(astral ? t.slice(d - 2, d) : t.charAt(d - 1))) continue;
    if (/[.,:]/.test(t.charAt(d - 1)) && /\d/.test(t.charAt(d - 2))) continue;
    const label = t.slice(d, j);
    if (!first.has(label)) first.set(label, astral ? d - 1 : d);
  }
  return first;
}

describe('firstGluedMarker', () => {
  it.each([
    ['navo: after a sentence period', 'verdere traject van uitwerking.1 Alle bondgenoten', '1', 31],
    ['letters/01: glued to a word', 'productsamenstelling1 waarmee ik', '1', 20],
    ['letters/12: after a closing parenthesis and period', '(STRAIIK-D).2 Sterk', '2', 12],
    ['letters/05: after a closing guillemet', '«Alle kinderen kansrijk»1, heb ik', '1', 24],
    ['a number after a space is no marker', 'nr. 1 en artikel 1', '1', -1],
    ['a longer run is no marker of its prefix', 'in 2021 en bijlage12 bij', '1', -1],
    ['the run must be the label exactly', 'bijlage12 bij', '12', 7],
    ['not after a capital', 'D66 en CO2', '2', -1],
    ['the first of several', 'staat3, en later opnieuw staat3.', '3', 5],
    ['at the very start: nothing to be glued to', '1 Concreet', '1', -1],
    ['after a surrogate pair lower-case letter (𝑎, U+1D44E)', 'x𝑎7 y', '7', 2],
    // A period, comma or colon between digits joins one number: no note follows it.
    ['letters/2452: a section number in a table of contents', '2.6. Schakelklassen, zomerscholen', '6', -1],
    ['letters/986: a decimal comma', 'De begroting omvat € 10.447,1 miljoen aan uitgaven', '1', -1],
    ['letters/1061: a time', 'Aanvang 10:15 uur', '15', -1],
    ['letters/09: a period after a word still glues', 'havenemplacementen.3 ProRail werkt', '3', 19],
  ])('%s', (_name, text, label, expected) => {
    expect(firstGluedMarker(text, label)).toBe(expected);
  });

  it('agrees with a scan of every digit run, for every label, on generated text', () => {
    const pieces = [
      'a',
      'B',
      '.',
      ',',
      ')',
      '»',
      ' ',
      '\n',
      '1',
      '2',
      '3',
      '12',
      '0',
      '𝑎',
      '\u00a0',
      'é',
      '-',
    ];
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 200; k++) {
      let t = '';
      const n = 5 + Math.floor(rnd() * 60);
      for (let i = 0; i < n; i++) t += pieces[Math.floor(rnd() * pieces.length)];
      const reference = scanReference(t);
      for (const label of ['1', '2', '3', '12', '0', '123', '01', '21', '9']) {
        expect([t, label, firstGluedMarker(t, label)]).toEqual([t, label, reference.get(label) ?? -1]);
      }
    }
  });
});

describe('footnote blocks with many labels', () => {
  it('finds every note when a letter asks for more labels than are looked up one by one', () => {
    // Forty notes, each cited before its block by a marker normalization keeps (`bijlage7.pdf`), so only the
    // glued lookup finds it; past the per-label lookups, one scan of every digit run takes over.
    const body: string[] = [];
    for (let n = 1; n <= 40; n++) {
      body.push(
        `Dit is de uitwerking van punt ${n}, zie bijlage${n}.pdf voor meer.`,
        '',
        `${n} Zie punt ${n}.`,
        '',
      );
    }
    const found = titles(outlineOf(body.join('\n')), 'footnotes');
    expect(found).toHaveLength(40);
    expect(found[0]).toBe('Voetnoot 1');
    expect(found[39]).toBe('Voetnoot 40');
  });
});

// A lijst van vragen en antwoorden opens its first section with the heading, the number of the first question on a
// line of its own and the question; the note marker `1` of the committee's composition (`Buitenlandse Zaken1`, 988)
// comes before it, but that number is no note.
describe('a question number under a heading is no note', () => {
  it.each([
    // 988: `1. Inleiding` / `1` / `Zijn de beide bewindslieden bereid om ruim voor de begrotingsbehandeling …?`
    ['988-lva-buza-1998-begroting-1999.txt'],
    // 309: `1. BELEIDSTERUGBLIK` / `1` / `In hoeverre is de instroom, doorstroom en uitstroom … verbeterd …?`
    ['309-lva-ocw-2008-jaarverslag-2007.txt'],
  ])('%s: no footnote block', (name) => {
    expect(titles(outlineOf(letter(name)), 'footnotes')).toEqual([]);
  });

  const marker = 'De vaste commissie voor Buitenlandse Zaken1 heeft de volgende vragen voorgelegd.\n\n';
  it.each([
    [
      'a question under a numbered heading',
      '1. Inleiding\n\n1\n\nZijn de bewindslieden bereid dit aan te geven?',
      [],
    ],
    [
      'a question broken over lines (PDF text)',
      '1. Inleiding\n\n1\n\nZijn de bewindslieden bereid om ruim voor de\nbegrotingsbehandeling aan te geven?',
      [],
    ],
    // What stays a note: a note under a heading that says, not asks; a question under a line of prose.
    [
      'a note under a heading',
      '1. Inleiding\n\n1\n\nSamenstelling: Leden: Van Middelkoop (GPV).',
      ['Voetnoot 1'],
    ],
    [
      'a question after prose',
      'Dat is het beleid.\n\n1\n\nZijn de bewindslieden bereid dit aan te geven?',
      ['Voetnoot 1'],
    ],
  ])('%s', (_how, body, expected) => {
    expect(titles(outlineOf(marker + body), 'footnotes')).toEqual(expected);
  });
});

// A lijst van vragen en antwoorden numbers its questions on lines of their own: under the clerk's name, then after
// each answer, the question under the number. The committee's note marker (`Commissie voor Defensie1`, 1020) and
// markers in the answers (`23 februari 20113`, 2026) come before them, but those numbers are no notes.
describe('a question number in a list of questions is no note', () => {
  it.each([
    // 1020: `Jonker` / `1` / `Wat zijn de gevolgen van het uitstel … voor de operationaliteit van de krijgsmacht …?`
    ['1020-lva-def-1999-begroting-2000.txt'],
    // 1347: `1` / `Zou de Inspectie der Rijksfinanciën meer op risicobeperking … moeten toetsen? (blz. 13)`, then
    // after the answer `2` / `Hoe is het mogelijk dat er tussen de vakdepartementen … zoveel verwarring heerst …?`
    ['1347-lva-fin-1998-garanties-rijk.txt'],
    // 2026: question 3 after an answer with the note marker 3 (`mijn brief van 23 februari 20113`): `3` / `Hoe
    // staat het met de ontwikkeling van de MKB-toets …?`
    ['2026-lva-eli-2011-gastvrijheidseconomie.txt'],
    // 1981: two questions answered together, `De Lange` / `1 en 4` / `Waarom is het jaarverslag een geïllustreerde
    // algemene tekst geworden …?`
    ['1981-lva-def-2009-jaarverslag-mivd.txt'],
    // 2710: the question opens with what it asks about: `1` / `Het verwachte tekort over 2004 bedraagt 3,0%. Welke
    // maatregelen zijn van de kant van de EU te verwachten …?`
    ['2710-lva-fin-2004-najaarsnota-2004.txt'],
    // 1760, a verslag whose questions are numbered the same way: `Tielens-Tripels` / `1` / `De Wet op de
    // waterkering is bedoeld om … Zal dit gerealiseerd gaan worden? …`, and `2` / `Welke mening heeft de regering …?`
    ['1760-verslag-venw-1995-wet-op-de-waterkering.txt'],
    // 681, 2351, 2280: verslagen of a schriftelijk overleg, numbered as a list of questions: `Vragen van de leden van
    // de PvdA-fractie` / `1` / `Op welke wijze denkt de regering … daadwerkelijk uitoefent?`; `Vragen CDA-fractie` /
    // `1` / `Hoeveel budgethouders hebben voor welk bedrag en welke zorg pgb in het buitenland? …`; `De Lange` / `1
    // en 3` / `Op welke wijze zijn sinds 1994 veteranen … op de hoogte gesteld …?`
    ['681-verslag-justitie-1997-so-wet-op-het-notarisambt.txt'],
    ['2351-verslag-vws-2004-so-pgb-gewogen.txt'],
    ['2280-verslag-def-1998-so-veteranenbeleid.txt'],
    // 543: the first question ends in a full stop, question 2 follows: `1` / `Hoeveel geld zit er nog in het
    // pensioenfonds van de Nederlandse Antillen.` / its answer / `2` / `Hoeveel geld staat er precies op de
    // rekeningen voor de schuldsanering bij de Bank Nederlandse Antillen?`
    ['543-lva-kr-2008-jaarverslag-koninkrijksrelaties.txt'],
    // 1613, 2543: the fixture breaks off in question 2, before its `?`: `2` / `Kan een overzicht worden gegeven van
    // de totale kosten van de samenwerkingsprogramma’s waarmee Nederland … en Curaçao op een`
    ['1613-lva-bzk-2013-begroting-koninkrijksrelaties.txt'],
    ['2543-lva-vws-2002-opvang-zwerfjongeren.txt'],
    // 824: the number of an answer under the answers' label, its question numbered the same above: `Antwoord van
    // minister Bos (Financiën) (ontvangen 26 januari 2009)` / `1` / `Ja.` (the note marker: `Icesave»?1`)
    ['824-antwoord-fin-2009-icesave-dnb-verkoop.txt'],
  ])('%s: no footnote block', (name) => {
    expect(titles(analyze({ text: letter(name) }).outline, 'footnotes')).toEqual([]);
  });

  // The head of 1020: the note marker `1`, the clerk's name.
  const head =
    'De vaste Commissie voor Defensie1 belast met het voorbereidend onderzoek van dit voorstel van wet, heeft de eer ' +
    'in de vorm van een lijst van vragen verslag uit te brengen.\n\nDe griffier voor dit verslag,\n\nJonker\n\n';
  const questionList = detection();
  questionList.document = { ...questionList.document, kind: 'lijst van vragen en antwoorden' };
  it.each([
    [
      // 1020
      'the first question, in a lijst van vragen en antwoorden',
      questionList,
      '1\n\nWat zijn de gevolgen van het uitstel of de vertraging van investeringen op de middellange termijn voor de ' +
        'operationaliteit van de krijgsmacht? (blz. 7)',
      [],
    ],
    [
      // 1760, without the kind: question 2 follows
      'the first question, question 2 following',
      detection(),
      '1\n\nDe Wet op de waterkering is bedoeld om mede ervoor te zorgen dat de zwakke dijken uiterlijk in het jaar ' +
        '2000 op de juiste sterkte en hoogte moeten zijn gebracht. Zal dit gerealiseerd gaan worden? (blz. 5).\n\n' +
        'Volgens de geldende planning zullen alle dijkversterkingen gereed zijn in uiterlijk het jaar 2000.\n\n' +
        '2\n\nWelke mening heeft de regering over de gang van zaken omtrent de uitvoering van de Deltawet grote ' +
        'rivieren? (blz. 5).',
      [],
    ],
    [
      // 543
      'the first question ending in a full stop, question 2 next',
      questionList,
      '1\n\nHoeveel geld zit er nog in het pensioenfonds van de Nederlandse Antillen.\n\nUltimo december 2007 ' +
        'bedraagt het pensioenvermogen van het pensioenfonds (APNA) ANG 4 015 miljoen.\n\n2\n\nHoeveel geld staat ' +
        'er precies op de rekeningen voor de schuldsanering bij de Bank Nederlandse Antillen?',
      [],
    ],
    [
      // 543 (constructed: question 2 ends in a full stop too): 1 and 2 fill the gap before question 3
      'two questions ending in a full stop, question 3 next',
      questionList,
      '1\n\nHoeveel geld zit er nog in het pensioenfonds van de Nederlandse Antillen.\n\nUltimo december 2007 ' +
        'bedraagt het pensioenvermogen van het pensioenfonds (APNA) ANG 4 015 miljoen.\n\n2\n\nHoeveel geld staat ' +
        'er precies op de rekeningen voor de schuldsanering bij de Bank Nederlandse Antillen.\n\nConform ' +
        'overgangsakkoord van februari 2007 is er geld overgemaakt op twee rekeningen.\n\n3\n\nKan in een ' +
        'meerjarig financieel overzicht inzicht worden gegeven in het tempo van afbouw van de samenwerkingsmiddelen?',
      [],
    ],
    [
      // 1613, marker 2 added before it
      'question 2 cut off before its question mark',
      questionList,
      '1\n\nWelk bedrag is het afgelopen jaar door Nederland uitgegeven aan financiële verplichtingen ten aanzien ' +
        'van Aruba, Curaçao en Sint Maarten?\n\nAntwoord\n\nVanuit hoofdstuk IV zijn er financiële verplichtingen ' +
        'aangegaan (zie bijlage2).\n\n2\n\nKan een overzicht worden gegeven van de totale kosten van de ' +
        'samenwerkingsprogramma’s waarmee Nederland de afgelopen jaren Caribisch Nederland, Aruba, Sint Maarten en ' +
        'Curaçao op een',
      [],
    ],
    // What stays a note: a note's source under the number (1382, 184), in a list of questions too.
    ['a note citing a Kamerstuk', questionList, '1\n\nKamerstuk 29 509, nr. 66', ['Voetnoot 1']],
    [
      // The notes close the page, after the last question (3 here): note 2 follows no question 1 directly, and the
      // text that breaks off under it is no question's.
      'the notes after the last question, the text breaking off in the second',
      questionList,
      '1\n\nWelk bedrag is er uitgegeven (zie bijlage2)?\n\nAntwoord\n\nGeen.\n\n2\n\nWelk bedrag nog?\n\n' +
        'Antwoord\n\nGeen.\n\n3\n\nWelk bedrag verder?\n\nAntwoord\n\nGeen.\n\n1\n\nSamenstelling: Leden: ' +
        'Van Middelkoop (GPV).\n\n2\n\nTer inzage gelegd bij het Centraal Informatiepunt Tweede Kamer',
      ['Voetnoot 1', 'Voetnoot 2'],
    ],
    [
      // Guard (a note before the second question, as PDF text puts a page's notes): question 1 stands before it, so
      // its `1` opens no list, though question 2 follows.
      'a note between the first and the second question',
      questionList,
      '1\n\nWelk bedrag is er uitgegeven?\n\nAntwoord\n\nGeen.\n\n1\n\nSamenstelling: Leden: Van Middelkoop ' +
        '(GPV).\n\n2\n\nWelk bedrag nog?',
      ['Voetnoot 1'],
    ],
    [
      'a note on a motion',
      questionList,
      '1\n\nMotie met Kamerstuk 31 288, nr. 736 over aanspraak maken op en flexibel inzetten van ' +
        'studievoorschotvouchers',
      ['Voetnoot 1'],
    ],
  ])('%s', (_how, found, body, expected) => {
    expect(titles(buildOutline(normalizeText(head + body), found), 'footnotes')).toEqual(expected);
  });
});

// A number on a line of its own, or a line that starts with one, is a note only when the text marks that note before
// it. Neither a page number of a table of contents nor a table's cell is one, even when the number is marked (the
// committee's note `Wetenschap1`), nor is a number glued into another (`2.6.`, `10.447,1`).
describe('numbers that are no notes', () => {
  const head2452 =
    'Binnen de vaste commissie voor Onderwijs, Cultuur en Wetenschap1 hebben enkele fracties de behoefte om vragen en ' +
    'opmerkingen voor te leggen over de brief van de minister van Onderwijs, Cultuur en Wetenschap, d.d. 25 november ' +
    '2011 inzake bestuursafspraken met de G4 en de G3 (Kamerstuk 33 000 VIII, nr. 61). Bij brief van 6 maart 2012 ' +
    'heeft de minister deze beantwoord. Vragen en antwoorden zijn hierna afgedrukt.\n\n' +
    'De voorzitter van de commissie, Van Bochove\n\nDe adjunct-griffier van de commissie, Thomassen\n\n';
  it.each([
    {
      // The end of the table, each page on its line under its title; `2.6.` and `3.1.` are no markers of note 6.
      source: 'letters/2452: the pages of a table of contents, the next entry or the text under them',
      text:
        head2452 +
        [
          'Inhoudsopgave',
          'Blz.',
          '2.6. Schakelklassen, zomerscholen of voorzieningen met eenzelfde doelstelling',
          '6',
          ' ',
          '3.',
          'Volgen van resultaten',
          '6',
          '   ',
          '3.1. Specifieke uitkering',
          '6',
          'II.',
          'Reactie van de minister',
          '6',
          'I. VRAGEN EN OPMERKINGEN UIT DE FRACTIES',
          'De leden van de VVD-fractie hebben kennisgenomen van de brief van de minister.',
        ].join('\n\n'),
      notes: [],
    },
    {
      // The committee's note `Wetenschap1` of 2452 before the table of 1345: its page 1 is still no note 1.
      source: 'letters/2452 and 1345: a page number the text marks as a note before the table',
      text:
        head2452 +
        [
          'Inhoudsopgave',
          'blz.',
          '     ',
          'Inleidende opmerkingen',
          '1',
          'Algemeen deel',
          '2',
          'Historische achtergrond en maatschappelijke discussie',
          '14',
          'Huidige situatie',
          '16',
        ].join('\n\n'),
      notes: [],
    },
    {
      // A table's cell under its row's title, the note `Werkloosheid1` above it; the page's notes stay.
      source: 'letters/2712: a number with a fraction in a table',
      text: [
        'Werkloosheid1 ( beroepsbevolking)',
        '6',
        'Contractloon marktsector',
        '1 ¾',
        '2',
        'Inflatie',
        'EMU-saldo (niveau in % bbp)',
        '– 3,8',
        '– 3,3',
        'X Noot\n1',
        'Internationale definitie',
      ].join('\n\n'),
      notes: ['Noten'],
    },
    {
      // The section after the letter's opening (the fixture breaks off in it); `10.447,1` is an amount.
      source: 'letters/986: a numbered line after a decimal amount',
      text:
        'Met deze brief ontvangt u enkele aandachtspunten bij de ontwerpbegroting 2019 (hoofdstuk X) van het ' +
        'Ministerie van Defensie (Kamerstuk 35 000 X, nr. 1). De begroting omvat € 10.447,1 miljoen aan uitgaven, ' +
        '€ 12.724,9 miljoen aan verplichtingen en € 311,7 miljoen aan ontvangsten.\n\n' +
        'We sluiten deze brief af met een vermelding van nog te publiceren onderzoek van de Algemene Rekenkamer op ' +
        'het terrein van het Ministerie van Defensie.\n\n1 Basi',
      notes: [],
    },
  ])('$source', ({ text, notes }) => {
    expect(titles(outlineOf(text), 'footnotes')).toEqual(notes);
  });

  it.each([
    // 2452: the whole outline, each part once: no `Voetnoot 6` (twice) for the table's pages.
    [
      '2452-verslag-ocw-2012-so-bestuursafspraken-g4-g3.txt',
      ['header', 'signature', 'heading Inhoudsopgave', 'heading I. VRAGEN EN OPMERKINGEN UIT DE FRACTIES'],
    ],
    // 2712: the table's cell `1 ¾` is no `Voetnoot 1`; the notes under `X Noot` are the page's.
    ['2712-fin-2012-cpb-decemberraming-najaarsnota.txt', ['header', 'footnotes Noten']],
  ])('%s: the outline a reader sees', (name, expected) => {
    const outline = analyze({ text: letter(name) }).outline;
    expect(
      outline.map((e) => (e.kind === 'header' || e.kind === 'signature' ? e.kind : `${e.kind} ${e.title}`)),
    ).toEqual(expected);
  });
});
