import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/text/normalize';
import { readLetter, readNavoLetter } from './helpers';

describe('normalizeText: characters', () => {
  const cases: [string, string, string][] = [
    ['no-break space in a dossier number', '29\u00a0521', '29 521'],
    ['figure space', '36\u2007200', '36 200'],
    ['narrow no-break space', 'nr.\u202f446', 'nr. 446'],
    ['thin space', '€\u2009100', '€ 100'],
    ['hair space', 'a\u200ab', 'a b'],
    ['tab', 'Vraag 1\tAntwoord', 'Vraag 1 Antwoord'],
    ['ideographic space', 'a\u3000b', 'a b'],
    ['zero-width space', 'NAVO\u200b-Top', 'NAVO-Top'],
    ['zero-width joiner and non-joiner', 'a\u200cb\u200dc', 'abc'],
    ['word joiner', 'a\u2060b', 'ab'],
    ['byte order mark', '\ufeffDen Haag', 'Den Haag'],
    ['soft hyphen inside a word', 'Ver\u00adsterking', 'Versterking'],
    ['CRLF', 'Den Haag,\r\n30 september', 'Den Haag,\n30 september'],
    ['lone CR', 'a\rb', 'a\nb'],
    ['form feed (PDF page break)', 'a\fb', 'a\nb'],
    ['line separator', 'a\u2028b', 'a\nb'],
    ['control character', 'a\u0007b', 'ab'],
    ['Unicode hyphen', 'NAVO\u2010Top', 'NAVO-Top'],
    ['non-breaking hyphen', 'EU\u2011missie', 'EU-missie'],
    ['fi ligature', '\ufb01nanciën', 'financiën'],
    ['fl ligature', '\ufb02exibel', 'flexibel'],
    ['ff ligature', 'e\ufb00ect', 'effect'],
    ['ffi ligature', 'e\ufb03ciënt', 'efficiënt'],
    ['ffl ligature', 'a\ufb04uent', 'affluent'],
    ['curly quotes stay', 'collega’s «Toekomst» “x”', 'collega’s «Toekomst» “x”'],
    ['en dash stays', '2021–2027', '2021–2027'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps every character of an expanded ligature to the one original character', () => {
    const nt = normalizeText('de e\ufb03ciënte inzet');
    expect(nt.text).toBe('de efficiënte inzet');
    const f = nt.text.indexOf('ffi');
    expect([nt.toOriginal(f), nt.toOriginal(f + 1), nt.toOriginal(f + 2)]).toEqual([4, 4, 4]);
    expect(nt.toOriginal(f + 3)).toBe(5);
    const word = nt.text.indexOf('efficiënte');
    const span = nt.spanToOriginal(word, word + 'efficiënte'.length);
    expect(nt.original.slice(span.start, span.end)).toBe('e\ufb03ciënte');
  });

  it('maps around removed characters', () => {
    const nt = normalizeText('\ufeffNAVO\u200b-Top\r\n29\u00a0521');
    expect(nt.text).toBe('NAVO-Top\n29 521');
    const s = nt.text.indexOf('NAVO-Top');
    expect(nt.spanToOriginal(s, s + 8)).toEqual({ start: 1, end: 10 });
    const d = nt.text.indexOf('29 521');
    const span = nt.spanToOriginal(d, d + 6);
    expect(nt.original.slice(span.start, span.end)).toBe('29\u00a0521');
    expect(nt.toOriginal(nt.text.length)).toBe(nt.original.length);
  });

  it('clamps out-of-range and odd offsets instead of throwing', () => {
    const nt = normalizeText('abc');
    expect(nt.toOriginal(-5)).toBe(0);
    expect(nt.toOriginal(99)).toBe(3);
    expect(nt.toOriginal(Number.NaN)).toBe(0);
    expect(nt.spanToOriginal(2, 1)).toEqual({ start: 2, end: 2 });
    expect(nt.spanToOriginal(0, 99)).toEqual({ start: 0, end: 3 });
  });

  it('handles empty and non-string input', () => {
    expect(normalizeText('').text).toBe('');
    expect(normalizeText('').toOriginal(0)).toBe(0);
    // A caller from plain JavaScript may pass anything.
    expect(normalizeText(undefined as unknown as string).text).toBe('');
  });
});

describe('normalizeText: line-end hyphenation', () => {
  // [rule, input, normalized text]; NAVO = tests/fixtures/navo-defensieministers-2022-09-30.txt
  const cases: [string, string, string][] = [
    ['join: NAVO `Strate-\\ngisch`', 'het nieuwe Strate-\ngisch Concept', 'het nieuwe Strategisch Concept'],
    ['join: NAVO `onafhanke-\\nlijkheid`', 'de onafhanke-\nlijkheid van', 'de onafhankelijkheid van'],
    [
      'join: NAVO `activi-\\nteiten`',
      'maatregelen en activi-\nteiten moet',
      'maatregelen en activiteiten moet',
    ],
    ['join: NAVO `capacitei-\\ntenbehoefte`', 'op de capacitei-\ntenbehoefte', 'op de capaciteitenbehoefte'],
    ['join: NAVO `wense-\\nlijkheid`', 'nu de wense-\nlijkheid', 'nu de wenselijkheid'],
    ['join: trailing spaces before the break', 'Strate- \ngisch', 'Strategisch'],
    ['join: NAVO `Strate- \\ngisch` with CRLF', 'Strate- \r\ngisch', 'Strategisch'],
    [
      'join: spaces opening the next line (NAVO page break)',
      'traject van de uitwer-\n king',
      'traject van de uitwerking',
    ],
    ['join: soft hyphen at a line end', 'Strate\u00ad\ngisch', 'Strategisch'],
    [
      'join: after a hyphenated compound part',
      'NAVO-defensie-\nplanningscyclus',
      'NAVO-defensieplanningscyclus',
    ],
    [
      'keep hyphen: capital after, NAVO `Noord-\\nAtlantische`',
      'de Noord-\nAtlantische Raad (NAR)',
      'de Noord-Atlantische Raad (NAR)',
    ],
    [
      'keep hyphen: capital after, NAVO `Bosnië-\\nHerzegovina`',
      'Bosnië-\nHerzegovina',
      'Bosnië-Herzegovina',
    ],
    [
      'keep hyphen: acronym before, NAVO `NAVO-\\nMinisters`',
      'de NAVO-\nMinisters van',
      'de NAVO-Ministers van',
    ],
    ['keep hyphen: acronym before a lowercase word', 'de NAVO-\nlanden', 'de NAVO-landen'],
    ['keep hyphen: party name before', 'de PvdA-\nfractie', 'de PvdA-fractie'],
    ['keep hyphen: digits', 'de periode 2021-\n2027', 'de periode 2021-2027'],
    ['keep hyphen: dossier suffix', 'Kamerstuk 21 501-\n28, nr. 255', 'Kamerstuk 21 501-28, nr. 255'],
    ['keep hyphen: digit after', 'COVID-\n19', 'COVID-19'],
    ['keep hyphen: one-letter word', 'per e-\nmail', 'per e-mail'],
    [
      'keep hyphen: vowel clash, NAVO `defensie-uitgaven`',
      'van defensie-\nuitgaven',
      'van defensie-uitgaven',
    ],
    ['keep hyphen: vowel clash ee', 'de zee-\neend', 'de zee-eend'],
    ['keep hyphen: vowel clash oi', 'de auto-\nindustrie', 'de auto-industrie'],
    ['keep hyphen: prefix vice-', 'de vice-\npremier', 'de vice-premier'],
    ['keep en dash between years, break dropped', 'de periode 2021–\n2027', 'de periode 2021–2027'],
    [
      'keep space: suspended compound before `en`',
      'de kennis-\nen innovatiebasis',
      'de kennis- en innovatiebasis',
    ],
    ['keep space: suspended compound before `of`', 'land-\nof tuinbouw', 'land- of tuinbouw'],
    ['keep space: suspended compound before `tot`', 'zes-\ntot achtjarigen', 'zes- tot achtjarigen'],
    [
      'untouched: footnote text interleaved at a page break (NAVO `kennisgevings-`)',
      'in de kennisgevings-\n\n1 Concreet gaat het',
      'in de kennisgevings-\n\n1 Concreet gaat het',
    ],
    ['untouched: a dash between words', 'de tekst -\nmeer', 'de tekst -\nmeer'],
    ['untouched: hyphen at the end of the text', 'Strate-\n', 'Strate-\n'],
    ['untouched: hyphen inside a line', 'NAVO-Top', 'NAVO-Top'],
    ['untouched: en dash between words', 'de Ministers –\nzonder', 'de Ministers –\nzonder'],
  ];
  it.each(cases)('%s', (_rule, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps a joined word back to its broken original', () => {
    const nt = normalizeText('het nieuwe Strate- \r\n gisch Concept');
    const s = nt.text.indexOf('Strategisch');
    const span = nt.spanToOriginal(s, s + 'Strategisch'.length);
    expect(nt.original.slice(span.start, span.end)).toBe('Strate- \r\n gisch');
    expect(nt.toOriginal(s + 6)).toBe(nt.original.indexOf('gisch'));
  });
});

describe('normalizeText: footnote markers', () => {
  // [source, input, normalized text, labels]; numbers are files in tests/fixtures/letters/letters/.
  const removed: [string, string, string, string[]][] = [
    [
      '01',
      'verbetering van productsamenstelling1 waarmee ik',
      'verbetering van productsamenstelling waarmee ik',
      ['1'],
    ],
    [
      '01 heading',
      'Verbetering Productsamenstelling2\n\nIn 2014',
      'Verbetering Productsamenstelling\n\nIn 2014',
      ['2'],
    ],
    ['02', 'Dit ontwerp is als bijlage1 bij deze brief', 'Dit ontwerp is als bijlage bij deze brief', ['1']],
    [
      '05 list split by a line break',
      '«Alle kinderen kansrijk»1,\n2 heb ik',
      '«Alle kinderen kansrijk»,\n heb ik',
      ['1', '2'],
    ],
    ['05', 'de motie van het lid De Lange3.\nDe extra', 'de motie van het lid De Lange.\nDe extra', ['3']],
    ['05', 'bestuurlijke afspraken4 tussen SZW', 'bestuurlijke afspraken tussen SZW', ['4']],
    [
      '07',
      'Voortgangsrapportage Kinderopvangtoeslag1. Graag',
      'Voortgangsrapportage Kinderopvangtoeslag. Graag',
      ['1'],
    ],
    ['07', 'met deze brief toestuur2. Tevens', 'met deze brief toestuur. Tevens', ['2']],
    [
      '07 after a named number',
      'drie brieven inzake CAF-11.3 In de bijlage',
      'drie brieven inzake CAF-11. In de bijlage',
      ['3'],
    ],
    ['07', 'de meegezonden stukken4.\n\nInformatiepunt', 'de meegezonden stukken.\n\nInformatiepunt', ['4']],
    [
      '07 after a period',
      'het Informatiepunt Kinderopvangtoeslag.5 Het',
      'het Informatiepunt Kinderopvangtoeslag. Het',
      ['5'],
    ],
    ['08', 'met bijlagen bijgevoegd1.\n\nZijn', 'met bijlagen bijgevoegd.\n\nZijn', ['1']],
    [
      '09 year after a month',
      'de Kamerbrief van 10 december 20211 informeer ik',
      'de Kamerbrief van 10 december 2021 informeer ik',
      ['1'],
    ],
    [
      '297 year after another word, the note after the one before',
      'Op 1 februari 20071 bent u geïnformeerd. Dit is bevestigd in de Belevingsmonitor Regeldruk 20082. Een',
      'Op 1 februari 2007 bent u geïnformeerd. Dit is bevestigd in de Belevingsmonitor Regeldruk 2008. Een',
      ['1', '2'],
    ],
    [
      '09 after a year range',
      'Spoorveiligheid 2020–2025.2. In deze brief',
      'Spoorveiligheid 2020–2025.. In deze brief',
      ['2'],
    ],
    [
      '09',
      'Rotterdamse havenemplacementen.3 ProRail werkt',
      'Rotterdamse havenemplacementen. ProRail werkt',
      ['3'],
    ],
    ['10', 'de nieuwe kabinetsperiode1, een periodieke', 'de nieuwe kabinetsperiode, een periodieke', ['1']],
    [
      '10 at a line end',
      'op 8 september jl. ontvangen.2\nDe stelsel',
      'op 8 september jl. ontvangen.\nDe stelsel',
      ['2'],
    ],
    ['10', 'Monitor Beleidsmaatregelen3 meegenomen.', 'Monitor Beleidsmaatregelen meegenomen.', ['3']],
    [
      '11',
      'aan de motie Holman-Vedder1 die de regering',
      'aan de motie Holman-Vedder die de regering',
      ['1'],
    ],
    [
      '12 (Q1 stays)',
      'voor de\nkrijgsmacht1. In Q1 2026 ontvangt',
      'voor de\nkrijgsmacht. In Q1 2026 ontvangt',
      ['1'],
    ],
    [
      '12 after a parenthesis',
      'voor Defensie (STRAIIK-D).2\nSterk:',
      'voor Defensie (STRAIIK-D).\nSterk:',
      ['2'],
    ],
    ['13 next sentence glued', 'weg te nemen.1Ik grijp', 'weg te nemen. Ik grijp', ['1']],
    ['13', 'in het debat2 en zoals', 'in het debat en zoals', ['2']],
    ['13', 'vermeld staat3, hoe kan', 'vermeld staat, hoe kan', ['3']],
    [
      '14 after a closing guillemet',
      'in het vaandel staan»1, strookt',
      'in het vaandel staan», strookt',
      ['1'],
    ],
    ['14', 'bij NCTV en politie2? Zo ja', 'bij NCTV en politie? Zo ja', ['2']],
    [
      'NAVO',
      'traject van\n uitwerking.1 Alle bondgenoten',
      'traject van\n uitwerking. Alle bondgenoten',
      ['1'],
    ],
    ['domain.md', 'de MFK-verordening2 en', 'de MFK-verordening en', ['2']],
    ['domain.md', 'de periode 2021–2027.3 De', 'de periode 2021–2027. De', ['3']],
    ['parenthesis', 'Defensie (STRAIIK-D)2 en', 'Defensie (STRAIIK-D) en', ['2']],
    ['year range glued', 'Beleidsagenda 2020–20252 en', 'Beleidsagenda 2020–2025 en', ['2']],
    ['two-digit marker', 'de bijlage12 bij', 'de bijlage bij', ['12']],
    ['month abbreviation', 'op 10 dec. 20213 is', 'op 10 dec. 2021 is', ['3']],
    ['superscript', 'de krijgsmacht¹ en', 'de krijgsmacht en', ['1']],
    [
      '45 after a question mark',
      'Kunt u uw antwoord toelichten?1\nAntwoord 1',
      'Kunt u uw antwoord toelichten?\nAntwoord 1',
      ['1'],
    ],
    ['42 after a question mark, text end', 'tegenaan lopen?1', 'tegenaan lopen?', ['1']],
    [
      "118 after a question mark, before the next question's number",
      'doden te verwachten zijn?1 2 Wat is uw reactie daarop?',
      'doden te verwachten zijn? 2 Wat is uw reactie daarop?',
      ['1'],
    ],
    [
      '96 after a question that ends on a date',
      'Berichten (ESB) van 29 maart 2024?1\nAntwoord 1',
      'Berichten (ESB) van 29 maart 2024?\nAntwoord 1',
      ['1'],
    ],
    [
      '67 after a question mark after a quote',
      'Bent u bekend met het bericht: «Rode Kruis trekt handen af van Ter Apel»?1\nAntwoord',
      'Bent u bekend met het bericht: «Rode Kruis trekt handen af van Ter Apel»?\nAntwoord',
      ['1'],
    ],
    ['47 a reprint', 'Nr. 7 HERDRUK1\nBRIEF VAN', 'Nr. 7 HERDRUK\nBRIEF VAN', ['1']],
    [
      '54 the end of an all-caps heading',
      'B\nVOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN STAAT1\n\nVastgesteld',
      'B\nVOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN STAAT\n\nVastgesteld',
      ['1'],
    ],
    [
      '85 after jl. in mid-sentence',
      'van 3 april jl.5 heb ik uw Kamer',
      'van 3 april jl. heb ik uw Kamer',
      ['5'],
    ],
    [
      'after a.s. and j.l.',
      'op 5 maart a.s.2 en 3 april j.l.4, zoals',
      'op 5 maart a.s. en 3 april j.l., zoals',
      ['2', '4'],
    ],
    ['71 after covid-19', 'maatregelen covid-192 heeft het', 'maatregelen covid-19 heeft het', ['2']],
    [
      '427 the end of a heading that names two committees',
      'E NADER VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN STAAAT / ALGEMENE ZAKEN EN HUIS VAN DE KONING1\n\nVastgesteld',
      'E NADER VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN STAAAT / ALGEMENE ZAKEN EN HUIS VAN DE KONING\n\nVastgesteld',
      ['1'],
    ],
    [
      '383 after a comma, the note that comes next',
      'de auto en woning8) kan de werkgever onder de vrije ruimte brengen,9 waardoor',
      'de auto en woning) kan de werkgever onder de vrije ruimte brengen, waardoor',
      ['8', '9'],
    ],
    [
      "555 a heading's note, the committees' names parted by a slash glued to the first",
      'B VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR IMMIGRATIE EN ASIEL/ JBZ-RAAD1\n\nVastgesteld 22 juni 2015',
      'B VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR IMMIGRATIE EN ASIEL/ JBZ-RAAD\n\nVastgesteld 22 juni 2015',
      ['1'],
    ],
    [
      '468 after a semicolon ending a list item, the first note and the next ones',
      'Van Nispen (SP);1\n3. mijn voorstellen\n2. TNO-onderzoek Systeemanalyse kansspelen;2\n3. overzicht',
      'Van Nispen (SP);\n3. mijn voorstellen\n2. TNO-onderzoek Systeemanalyse kansspelen;\n3. overzicht',
      ['1', '2'],
    ],
    [
      'after a comma, not a note that does not come next',
      'woning8) kan brengen,3 waardoor',
      'woning) kan brengen,3 waardoor',
      ['8'],
    ],
    [
      '71 after an Eerste Kamer letter',
      '31 731\n\nH1 BRIEF VAN DE MINISTER',
      '31 731\n\nH BRIEF VAN DE MINISTER',
      ['1'],
    ],
    [
      '153 after a two-letter Eerste Kamer letter',
      '(Wijzigingswet Woo)\n\nAI1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG',
      '(Wijzigingswet Woo)\n\nAI VERSLAG VAN EEN SCHRIFTELIJK OVERLEG',
      ['1'],
    ],
    [
      '71 after a code at a paragraph end',
      'onder nr. TO3357.5\n\nParagraaf 4',
      'onder nr. TO3357.\n\nParagraaf 4',
      ['5'],
    ],
    [
      '30 at the end of a heading with a reprint note',
      'B HERDRUK1 VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VEILIGHEID EN JUSTITIE2\n\nVastgesteld',
      'B HERDRUK VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VEILIGHEID EN JUSTITIE\n\nVastgesteld',
      ['1', '2'],
    ],
    [
      '53 two markers joined by a slash',
      'heen te zenden.2/3 Dit zijn',
      'heen te zenden. Dit zijn',
      ['2', '3'],
    ],
    ['three joined by slashes, text end', 'heen te zenden.2/3/4', 'heen te zenden.', ['2', '3', '4']],
  ];
  it.each(removed)('removes the marker (%s): %j', (_source, input, expected, labels) => {
    const nt = normalizeText(input);
    expect(nt.text).toBe(expected);
    expect(nt.footnoteMarkers.map((m) => m.label)).toEqual(labels);
    for (const m of nt.footnoteMarkers) {
      // The original offsets point at the marker digits themselves.
      expect(input.slice(m.start, m.end).replace('¹', '1')).toBe(m.label);
    }
  });

  // Digits that belong to the text.
  const kept: [string, string][] = [
    ['party', 'D66 en VVD'],
    [
      'a year and a digit after a word that is no month, with no note before',
      'de Monitor Regeldruk 20082. Een',
    ],
    ['road', 'de A27 bij Utrecht'],
    ['formula', 'de CO2-uitstoot en CO2 in'],
    ['virus', 'SARS-CoV-2'],
    ['group', 'de G20-top'],
    ['aircraft', 'de F-35 en F-35-toestellen'],
    ['NAVO letter', 'de Nordstream 1 en 2 pijpleidingen'],
    ['article', 'artikel 13 van de wet'],
    ['NAVO letter', '(Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022)'],
    ['section number', 'paragraaf 2.3 van'],
    ['05', 'Met ingang van 1 januari 2017 is € 100 mln. extra'],
    ['numbered heading', 'brief\n1. Inleiding\n'],
    ['a question mark before a number in the sentence', 'Hoeveel?1 op de 5 studenten'],
    ['capitals before a number', 'HERDRUKKEN2 en ONDERDRUK3'],
    ['a short capital word ending a heading line', 'OVERLEG OVER DE G20\nTekst'],
    ['72 a day glued to its word, before a month', 'Vastgesteld16 april 2010'],
    ['capitals before a number, not at the end of the line', 'VERSLAG VAN HET OVERLEG COVID19 EN MEER'],
    ['12', 'In Q1 2026 ontvangt uw Kamer'],
    ['15 time', 'Aanvang 14.01 uur.'],
    ['17 amount', '€ 1.247 vermeerderd met € 3,77 per PC'],
    ['07 glued header', 'Tweede Kamer der Staten-Generaal2020-202131066 nr. 805'],
    ['13 question number', 'vragen (2021Z07250) van de leden'],
    ['13 broken year', 'ingezonden 30 april 20\n21).'],
    ['NAVO letter', 'op 29 en 30 juni 2022, waar'],
    ['compact id', 'kst-34166-23'],
    ['unit', '100 m2 grond en 5 km² bos'],
    ['file name', 'zie bijlage1.pdf'],
    ['abbreviation with a number', 'zie nr.3 van'],
    ['abbreviation chain', 'brief d.d.17 juni'],
    ['year before a lowercase word', 'in 2021.3 van de'],
    ['five-digit number not after a month', 'in 20211 gevallen'],
    ['06 range', '30-31 augustus 2018 Gymnich'],
    ['URL', 'detail?did=2022D23446&id=2022D23446'],
    ['leading zero', 'de versie01 en'],
    ['a fraction', 'dit is 2/3 deel van'],
    ['138 a document named by its number', 'berekend met Doc29 voor de geluidsbelasting'],
    [
      '122 an EU document number',
      'een voorstel voor een richtlijn COM(2016)723 uitgebracht en SWD(2020)12 ook',
    ],
    ['covid-19 itself', 'de covid-19-crisis en Covid-19 in'],
    ['a road in a heading line', 'tekst\nA2 VERBREDING BIJ'],
    ['a version number at a line end', 'versie V2.5\nen ISO 9001.2\n'],
    ['a code before more of the sentence', 'onder nr. TO3357.5 De'],
    ['a falling slash list is no list of notes', 'zenden.2/1 Dit'],
    ['a slash list before a lowercase word', 'zenden.2/3 van de'],
    ['jl. inside a longer word', 'de tijl.5 heb'],
    ['a comma before a number that is no next note', 'onder de vrije ruimte brengen,9 waardoor'],
    ['a semicolon before a first number that is no first note', 'kansspelen;2\n3. overzicht'],
    ['a decimal glued to a word in a table (576)', 'Kostenverdeelsleutel in %:\nBelgië3,1364\nCanada4,0745'],
    [
      "505 an Aanhangsel page's glued metadata row: the number after the session",
      'Tweede Kamer der Staten-Generaal2017-2018768\n\nVragen van het lid',
    ],
    ['a semicolon before a number in mid-line', 'de leden (SP);1 en 2 zijn'],
  ];
  it.each(kept)('keeps the digits (%s): %j', (_source, input) => {
    const nt = normalizeText(input);
    expect(nt.text).toBe(input);
    expect(nt.footnoteMarkers).toEqual([]);
  });

  it('continues a list of markers that closes a sentence after a comma and a space, with the next note only (615)', () => {
    const list = normalizeText('een verklaring overeengekomen (zie bijgevoegd).1, 2 In deze verklaring');
    expect(list.footnoteMarkers.map((m) => m.label)).toEqual(['1', '2']);
    expect(list.text).toBe('een verklaring overeengekomen (zie bijgevoegd).,  In deze verklaring');
    // Not the note after the next, not before a lower-case word, not without a first marker.
    expect(normalizeText('Zie bijlage.1, 3 In deze').footnoteMarkers.map((m) => m.label)).toEqual(['1']);
    expect(normalizeText('de kosten.1, 2 miljoen').footnoteMarkers.map((m) => m.label)).toEqual(['1']);
    expect(normalizeText('Zie tabel 1, 2 In deze').footnoteMarkers).toEqual([]);
  });

  it("takes a text's first note glued to a year after `van`, `in` … where a clause ends (633, 174, 311, 508)", () => {
    const first = normalizeText('te kunnen rapporteren in het voorjaar van 20151.\n\nDe begroting');
    expect(first.footnoteMarkers.map((m) => m.label)).toEqual(['1']);
    expect(first.text).toBe('te kunnen rapporteren in het voorjaar van 2015.\n\nDe begroting');
    expect(normalizeText('over het tweede kwartaal van 20181. De kwartaalrapportage').text).toBe(
      'over het tweede kwartaal van 2018. De kwartaalrapportage',
    );
    // Not where the clause goes on, nor a later note out of the count, nor after another word.
    expect(normalizeText('in 20151 gevallen').footnoteMarkers).toEqual([]);
    expect(
      normalizeText('een notitie3 van de minister in 20151.').footnoteMarkers.map((m) => m.label),
    ).toEqual(['3']);
    expect(normalizeText('het programma Kansrijk 20151.').footnoteMarkers).toEqual([]);
  });

  it('continues a list of markers only with a higher number', () => {
    expect(normalizeText('«titel»1,2 heb').text).toBe('«titel», heb');
    const down = normalizeText('«titel»2,\n1 heb');
    expect(down.text).toBe('«titel»,\n1 heb');
    expect(down.footnoteMarkers.map((m) => m.label)).toEqual(['2']);
  });

  it('finds every marker of the fixture letters, and nothing else', () => {
    const dir = fileURLToPath(new URL('../../fixtures/letters/letters/', import.meta.url));
    const found: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      const text = readLetter(name);
      for (const m of normalizeText(text).footnoteMarkers) {
        // The marker in its whitespace-delimited token, plus the next word: `productsamenstelling[1] waarmee`.
        const before = /\S*$/.exec(text.slice(0, m.start))?.[0] ?? '';
        const after = /^\S*( [^\s]+)?/.exec(text.slice(m.end).replace(/^[ ]*\n[\s\S]*/, ''))?.[0] ?? '';
        found.push(`${name.split('-')[0]} ${before}[${m.label}]${after}`);
      }
    }
    expect(found).toEqual([
      '01 productsamenstelling[1] waarmee',
      '01 Productsamenstelling[2]',
      '02 bijlage[1] bij',
      '05 kansrijk»[1],',
      '05 [2] heb',
      '05 Lange[3].',
      '05 afspraken[4] tussen',
      '07 Kinderopvangtoeslag[1]. Graag',
      '07 toestuur[2]. Tevens',
      '07 CAF-11.[3] In',
      '07 stukken[4].',
      '07 Kinderopvangtoeslag.[5] Het',
      '08 bijgevoegd[1].',
      '09 2021[1] informeer',
      '09 2020–2025.[2]. In',
      '09 havenemplacementen.[3] ProRail',
      '10 kabinetsperiode[1], een',
      '10 ontvangen.[2]',
      '10 Beleidsmaatregelen[3] meegenomen.',
      '100 digitalisering[1] opgenomen.',
      '100 aangeboden[2].',
      '100 sturen[3], ontvangt',
      '101 vervullen.[1] De',
      '104 Veiligheid[1], voor',
      '104 Sport[2], en',
      '104 Koning[3] hebben',
      '104 brief[4] van',
      '104 brief[5] van',
      '104 (Duitse[6]) media7',
      '104 media[7] zou',
      '104 ziekten[8] (vergelijkbaar',
      '105 Wetenschappen[1] en',
      '105 Koninkrijksrelaties[2] hebben',
      '107 COVID-19.[1] Voor',
      '107 daarvan.[2] Vervolgens',
      '108 schriftelijk[1] toegezegd,',
      '11 Holman-Vedder[1] die',
      '111 Werkgelegenheid[1] heeft',
      '111 ketenraming[1] zijn',
      '113 geïnformeerd[1] over',
      '113 jl.[2] is',
      '116 Zaken[1] heeft',
      '118 zijn?[1] 2',
      '118 plan»?[3]',
      '119 2021.[1] In',
      '119 beoordeling.[2] Daarmee',
      '12 krijgsmacht[1]. In',
      '12 (STRAIIK-D).[2]',
      '121 virus.[1]',
      '126 samengevat.[1] De',
      '126 aangeboden.[2] Het',
      '127 plancapaciteit[1] en',
      '127 af[2]. Ik',
      '127 woningbouw»[3]. Graag',
      '128 2016.[1] Deze',
      '128 Nederland.[2] De',
      '129 toegezegd.[1] Hierbij',
      '129 Kamer[2].',
      '13 nemen.[1]Ik grijp',
      '13 debat[2] en',
      '13 staat[3], hoe',
      '130 Deltaprogramma[1], geef',
      '131 UWV-artsen?[1]',
      '134 cultuurbeleid[1].',
      '134 Lost-festival[2] vier',
      '136 aan[1].',
      '138 vliegtuigbewegingen[1]. In',
      '138 toegevoegd[2], is',
      '138 gevoegd[3]. Het',
      '139 bedrijf»?[1]',
      '14 staan»[1], strookt',
      '14 politie[2]? Zo',
      '142 fipronil-crisis[1]. In',
      '144 aan[1]. Een',
      '145 maken[1], door',
      '145 maken[2]. Het',
      '147 verdubbeld»?[1]',
      '151 Vraagstukken.[1] Het',
      '152 Waterstaat[1] en',
      '152 Milieubeheer[2] hebben',
      '153 AI[1] VERSLAG',
      '153 Zaken[2] heeft',
      '153 Woo).[3] De',
      '154 (eenverdieners)[1] hoog',
      '156 Asiel/JBZ-Raad[1] van',
      '156 2024[2] aan',
      '156 2024[3] aan',
      '157 Sport[1], belast',
      '159 aan[1]; de',
      '163 vijand»[2]?',
      '163 documenten?[3] Kunt',
      '166 Staatsdeelnemingen.[1]',
      '166 evalueren[2]. In',
      '168 Visserij[1] en',
      '168 Milieubeheer[2] hebben',
      '170 verbeterd[1] mede',
      '170 innovatie[2] en',
      '170 innovatiewereldtoneel[3] te',
      '171 subsidies.[1] We',
      '171 concurreren.[2]',
      '172 gaswinning»?[1]',
      '172 2024[2] is',
      '172 (NCG).[3] Deze',
      '174 2021[1]. Voorts',
      '176 februari.[1]',
      '176 jl.[2] Volgens',
      '178 toestuurde[1]. Dit',
      '183 halen»[1]?',
      '184 Westerveld.[1]',
      // 187's marker 7 is glued on both sides (`kindergarantie7en`): not found, and no harm done.
      '187 kind[1]',
      '187 Sport[2] heeft',
      '187 kind»[3], de',
      '187 kindergarantie[4] en',
      '187 hierop[5].',
      '187 kind»[6], de',
      '187 hierop[8]. De',
      '188 (AEF)[1], en',
      '188 aan[2].',
      '189 (CU)[1] is',
      '189 opgesteld.[2] Uit',
      '189 (BBB)[3] die',
      '190 kwartaal.[1] Het',
      '191 Airport.[1] De',
      '193 (FSV)?[1]',
      '193 jl.[2] ben',
      '193 gefaseerde[3] verzending',
      '193 2020[4], 27',
      '193 januari[5] en',
      '193 2021[6] hebben',
      '193 jl.[7] informeren',
      '193 april[8] meldden',
      '194 kwartaalrapportage[1] aan',
      '194 Nairobi[2] staan',
      '195 Milieu[1] heeft',
      '198 Ondernemingsklimaat[1].',
      '198 brief[2] geïnformeerd',
      '198 Elektriciteitsinfrastructuur[3] nader',
      '201 geholpen»?[1]',
      '203 2020.[1] In',
      '204 LPD’s)[1] en',
      '206 leidend.[1] De',
      '206 voortgangsbrief.[2] De',
      '206 procedures.[3] De',
      '206 handhaven[4] en',
      '207 2022[1] heb',
      '211 Zaken[1] en',
      '211 Sport[2] hebben',
      '213 Rijksuitgaven[1] en',
      '213 Werkgelegenheid[2] hebben',
      '214 Onderzoek[1]. De',
      '215 aan.[1] Het',
      '218 PWC)[1] ga',
      '218 toegevoegd[2]. Deze',
      '219 2030.[1] Hiervoor',
      '219 gestart[2] en',
      '219 vormgeven.[3]',
      '219 energiesysteem[4] heb',
      '219 uitgevoerd[5] om',
      '22 (Woo).[1] Met',
      '22 gemaakt[2], is',
      '22 chatberichten.[3]',
      '221 Israël»?[1]',
      '223 jl.[1]',
      '224 botsen»?[1]',
      '227 Gezin[1] heeft',
      '229 jl.[1] dit',
      '229 jl.[2] heeft',
      '23 moties[1] verzocht',
      '23 toegezegd.[2]',
      '23 randvoorwaarden.[3]',
      '23 spreekkamer[4] worden',
      '230 aan[1]. Eén',
      '230 verstuurd.[2] Het',
      '231 gepresenteerd.[1] Het',
      '231 «roadmap»).[2] Eind',
      '231 weergegeven.[3] Ik',
      '231 pensioenakkoord.[4]. U',
      '233 (CPB)[1] voor',
      '233 langer.»?[3]',
      '235 gesteld.[1] In',
      '236 Sport[1] heeft',
      '236 vragen[2] over',
      '236 donorregistratiesysteem[3].',
      '236 vragen[4] over',
      '236 donorregistratiesysteem[5].',
      '238 omgegaan.[1]',
      '239 2020[1] en',
      '239 jl.[2] informeren',
      '239 (bijlage)[3] en',
      '239 Rosenmöller[4] hebben',
      '239 geïnformeerd[5].',
      '239 strafrechtketen[6], en',
      '24 leefomgeving»[1]?, 2',
      '244 Rijksuitgaven[1] heeft',
      '246 (CDA)[1] heeft',
      '246 Palland[2] over',
      '246 Palland[3] over',
      '247 solliciteren.[1] Als',
      '247 tekortvakken.[2]',
      '249 bloedvoorziening.[1] Voormalig',
      '249 gestuurd.[2] Met',
      '250 2010».[1]',
      '250 kabinetsreactie[2] op',
      '251 Spoor[1]. Voor',
      '252 Justitie[1] hebben',
      '252 verzonden[2].',
      '252 verzonden[3]. De',
      '252 houden»[4]. Daarin',
      '253 Rijksuitgaven[1] heeft',
      '254 toekomen[1]. Deze',
      '254 gepubliceerd.[2] Op',
      '256 Milieu[1]. Deze',
      '256 verzonden.[2] In',
      '257 (EMU)[1]. Eerder',
      '258 Justitie[1] heeft',
      '26 (POK).[1]',
      '261 komen.[1] De',
      '261 april[2]. Voor',
      '263 jl[1]. In',
      '263 jl.[2] is',
      '265 ontwikkelingssamenwerking»?[1]',
      '266 Werkgelegenheid[1] en',
      '266 Financiën[2] hebben',
      '27 KONING[1]',
      '272 ketenpartners[1] in',
      '274 Flevopolder»[1]?',
      '275 Defensie[1] heeft',
      '276 Werkgelegenheid[1] bestond',
      '282 projecten»[1]. Hierbij',
      '282 Waterstaat.[1]',
      '283 Sport[1] heeft',
      '285 Zaken[1], waarin',
      '285 Orde[2] opgenomen,',
      '285 Koninkrijksrelaties[3] is',
      '285 (SP)[4], uw',
      '287 (2011–2015)[1]» en',
      '287 Comité[2]. Aanbevelingen',
      '288 (IF)[1] georganiseerd',
      '288 belastingsysteem.[2] Hierbij',
      '289 voeren.[1] Ten',
      '289 honoreren.[2]',
      '290 zijn»?[1]',
      '291 aan»[1]?',
      '292 Werkgelegenheid[1], belast',
      '294 HERDRUK[1] BRIEF',
      '294 inwerkingtredingsbesluit[2].',
      '297 2007[1] bent',
      '297 2008[2]. Een',
      '297 2008[3].',
      '299 Israël?[1]',
      '299 gerechtshof?[2]',
      '30 HERDRUK[1] VOORLOPIG',
      '30 JUSTITIE[2]',
      '300 huurovereenkomsten[1] in',
      '303 onderwijs.[2] In',
      '305 2023[1] een',
      '305 2024[2] hebben',
      '305 Kamer[3], vanwege',
      '306 aan.[1] Tegelijkertijd',
      '306 Lelystad).[1]',
      '306 uitgevoerd.[1]',
      '306 luchthavens.[1]',
      '307 Nederlanden?[1]',
      '307 verraden?[2]',
      '308 Milieubeheer[1] heeft',
      '309 Wetenschap[1] heeft',
      '31 2022[2] waarbij',
      '31 2022[3] waarbij',
      '31 2022[4] waarbij',
      '311 2018[1]. De',
      '311 2018[2] heb',
      '311 Mijnraad[3] hebben',
      '313 asielzoekers.[1] Zoals',
      '315 Hitler?[1]',
      '318 brief.[1] Daarnaast',
      '318 beleid.[2] Ook',
      '318 plaatsgevonden.[3] Tevens',
      '318 afgewacht.[5] Ik',
      '319 protocol[1].',
      '320 Zuid[1]. Daarmee',
      '321 2022[1] informeer',
      '321 toedracht.[2] Op',
      '321 ontbreekt[3]. Ik',
      '323 omgeving[3] en',
      '323 brugklassen[4] de',
      '330 DV[1] VERSLAG',
      '330 Omgeving[2] en',
      '330 Voedselkwaliteit[3] hebben',
      '330 Omgevingswet.[4] In',
      '332 problemen»?[1]',
      '335 2025.[1]',
      '336 voortgangsrapportage[1] over',
      '336 jeugdbeleid.[2]',
      '336 gaan.[3]',
      '337 uitgevoerd[1].',
      '339 Ontwikkelingssamenwerking[1] hebben',
      '339 investeringsgeschillen.[2]',
      '339 investeringsgeschillen.[3]De leden',
      '34 bestrijding»[1] .',
      '340 Milieu[1] heeft',
      '343 Drinkwaterbronnen[1]. Gerapporteerd',
      '345 2022[1] zonder',
      '347 vernemen?[1]',
      '350 2022[1] heb',
      '350 gedaan[2]. Ik',
      '353 afschrift[1] toekomen',
      '353 aan[1]. Over',
      '354 SPORT[1]',
      '354 verslag[2] alleen',
      '358 raadpleging[1] voor',
      '359 2020[1] is',
      '36 Kamer.[1] Als',
      '36 onderwijs[2] en',
      '36 mbo[3]. De',
      '367 aan[1]. Door',
      '37 gestuurd.[1] Daarin',
      '37 aan[2]. Verder',
      '37 gepubliceerd.[3] Hieronder',
      '37 1)[4] zijn',
      '370 Justitie[1], voor',
      '370 Wetenschappen[2], voor',
      '370 Werkgelegenheid[3] en',
      '370 Sport[4] hebben',
      '372 lucht»?[1] Wat',
      '372 Nederland?[2]',
      '375 onderwijs[1]. De',
      '375 jl.[2]',
      '375 Onderwijs.[3] Deze',
      '376 ontvangen.[1] De',
      '376 weergegeven.[2] Een',
      '376 2022.[3] Eveneens',
      '377 Saba[1]. Hierbij',
      '379 2022[1], wordt',
      '381 Voedselkwaliteit[1], heeft',
      '383 2018[1]. Met',
      '383 2015[2] dat',
      '383 2015[3] en',
      '383 2017[4] om',
      '383 evalueren.[5]',
      '383 studiekosten.[6] Bepaalde',
      '383 onbelast.[7] De',
      '383 woning[8]) kan',
      '383 brengen,[9] waardoor',
      '383 gebruikelijkheidscriterium.[10] Het',
      '384 aangegeven[1], is',
      '384 2018[2] zijn',
      '385 Digitaliseringsstrategie[1] gelanceerd.',
      '385 update[2] ontvangen.',
      '385 voortgangsrapportage[3]. In',
      '385 (SAPAI)[4] en',
      '385 Connectiviteit[5].',
      '386 jl.[1] van',
      '387 agenda[1] hoger',
      '387 beleidsdoorlichting[2] van',
      '390 aan[1]. In',
      '390 beleidsdoorlichting.[2] Zoals',
      '392 gevangeniswezen[1]. Er',
      '392 politiebureaus.[3] Een',
      '392 week.[4] Deze',
      '393 krijgen[1]. Dat',
      '395 Defensie[1], voor',
      '395 Zaken[2], voor',
      '395 Financiën[3] en',
      '395 Rijksuitgaven[4] hebben',
      '402 doodgeschoten»?[1]',
      '402 doodgeschoten»?[2] Hoe',
      '406 2023[1], is',
      '406 komen.[2] Bij',
      '406 2023[3] heeft',
      '406 zijn[4]. Het',
      '407 Participatiewet.[1] In',
      '407 monitoringsbrief.[2] De',
      '407 2024.[3]',
      '407 2025.[4]',
      '408 Noord-Drenthe[1]. Ik',
      '408 medeoverheden[2], het',
      '408 ACVG)[3] en',
      '408 SodM)[4].',
      '409 sturen[1]. Met',
      '409 zorgverleners[2]. Het',
      '409 verminderen[3]. In',
      '41 2023[1] tezamen',
      '41 2023[2] geïnformeerd',
      '41 Belastingdienst[3] van',
      '410 nulverontreinigingsambitie[1] en',
      '410 economie[2]. Tevens',
      '411 Luxemburg[1]. De',
      '412 Groenboek[2] voerde.',
      '414 BNDeStem?[1]',
      '415 aan[1]. Dit',
      '42 lopen?[1]',
      '42 geven?[2]',
      '426 pensioenstelsel.[1]',
      '426 Werkgelegenheid[2] hebben',
      '426 pensioenstelsel.[3] De',
      '427 KONING[1]',
      '43 bijgevoegd)[1]. Stockholm',
      '430 gevoegd[1]:',
      '433 aangeboden[1]. Zoals',
      '436 gevraagd.[1] Ik',
      '437 aanbod[1]. Dit',
      '437 toeneemt[2]. Een',
      '437 meegenomen[3].',
      '438 herstructurering[2] van',
      '438 pensioenfondsen[3]. Tevens',
      '438 programma[5], de',
      '438 ECB-beleid[6] en',
      '438 «helikoptergeld»[7].',
      '439 Irak[1]. De',
      '44 (deel)evaluaties[1]. Nog',
      '44 afgerond[2]. Deze',
      '440 (NCTV)[1]. Het',
      '440 terrorisme[2] vormt',
      '444 Werkgelegenheid[1] heeft',
      '444 2019[2] over',
      '444 2019[3] over',
      '446 aan[1]. Het',
      '447 aan[1].',
      '447 brief[2].',
      '448 2022[1]. In',
      '448 gedeeld.[2]',
      '448 (raffinageroute[3]). In',
      '45 toelichten?[1]',
      '45 brief[2] van',
      '45 maatregelen[3] dat',
      '450 aan[1].',
      '451 stemopneming[1]. Het',
      '451 brief[2].',
      '451 2013[3] of',
      '451 2014[4] zijn',
      '451 plaatsvinden[5], konden',
      '453 (WGS)[1] en',
      '453 ontwerpbesluit.[2] Het',
      '453 Kamer.[3]',
      '453 toelichting.[4] In',
      '454 Database[1] (DCBD)',
      '456 gevoegd[1].',
      '457 aan[1]. Dit',
      '462 JUSTITIE[1]',
      '463 Innovatie[1] en',
      '463 Sport[2] hebben',
      '465 Koning[1] brengt',
      '467 aan[1].',
      '468 (SP);[1]',
      '468 kansspelen;[2]',
      '468 speellimieten;[3]',
      '468 2024».[4]',
      '468 gekomen.[5] Dit',
      '469 Nederland.[1] En',
      '47 HERDRUK[1]',
      '47 Kamerbrief.[2] Hierin',
      '47 energiecrisis.[3] Verder',
      '47 Parlement.[4] Daarin',
      '471 geïnformeerd.[1]',
      '471 Walrusklasse.[2] Dit',
      '472 Landspakketten[1], geef',
      '472 geïnformeerd.[2] Tenslotte',
      '474 (NCG)[1] en',
      '477 Financiën[1] heeft',
      '479 Defensie[1] heeft',
      '480 Werkgelegenheid[1] heeft',
      '482 Waterstaat[1] heeft',
      '484 nemen?[1]',
      '488 desinformatie[1]. Verdere',
      '49 Voedselkwaliteit[1] heeft',
      '497 Waterstaat[1] heeft',
      '498 Zaken[1], wil',
      '500 Voedselkwaliteit[1] en',
      '500 Zaken[2] hebben',
      '502 KONING[1]',
      '505 chaotisch»?[1]',
      '506 is?[1] Wat',
      '507 gepubliceerd.[1] Eén',
      '508 2018[1].',
      '508 bieden[2]. Dit',
      '510 Werkgelegenheid[1] heeft',
      '513 Zaken[1] en',
      '513 Sport[2] hebben',
      '514 basisvorming[1]. Ik',
      '514 bij.[1]',
      '515 Zaken[1], belast',
      '516 Koninkrijksrelaties[1] heeft',
      '517 Waterstaat[1] heeft',
      '519 aan[1]. BMC',
      '52 advocaten[1]',
      '520 Sport[1] bestond',
      '525 meegezonden.[1] In',
      '53 geïnformeerd.[1]',
      '53 zenden.[2]/3 Dit',
      '53 zenden.2/[3] Dit',
      '531 brieven[1] over',
      '531 antwoorden[2] op',
      '532 (bijlage[1]). In',
      '532 bijgevoegde[2] intentieverklaring',
      '533 needs»».[1] De',
      '535 agenten?[1]',
      '535 Politie?[2]',
      '535 nemen?[3]',
      '537 waterkeringen[1]. Deze',
      '537 Markermeer[2] moeten',
      // 538's, 590's and 593's tables of contents glue their page numbers to their lines: pages, no notes.
      '538 Werkgelegenheid[1], belast',
      '54 STAAT[1]',
      '541 Zaken[1], belast',
      '543 Zaken[1] heeft',
      '544 Zaken[1] heeft',
      // 545's notes 1 and 2 are glued to its dossier numbers (`23 9821`): not found, left.
      '545 MILIEUBEHEER[3]',
      '546 JUSTITIE[1]',
      '548 Wetenschappen[1], belast',
      '549 leven[1]. Het',
      '549 sport[2] (2005)',
      '549 sport[3] (2006).',
      '55 Milieubeheer[1] heeft',
      '551 Wereldoorlog».[1] Middels',
      '553 voorlichting[1] uitgebracht',
      '553 voorlichting[2] aan',
      '555 JBZ-RAAD[1]',
      '560 Grondbeleid.[1]',
      '560 Grondbeleid.[2] Voor',
      '561 aan.[1] Het',
      '562 aan.[1] Deze',
      '564 aan.[1] Het',
      '566 verzoek[1].',
      '566 2013[2] heb',
      '567 Omgevingswet.[1] De',
      '567 (VTH).[2] Andere',
      '570 Verhagen[1] en',
      '571 FINANCIEN[1]',
      '572 WETENSCHAP[1]',
      '572 wetgeving.[2]',
      '574 WERKGELEGENHEID[1]',
      '575 Zaken[1] en',
      '575 Zaken[2] en',
      '575 Financiën[3] hebben',
      '576 Defensie[1], voor',
      '576 Zaken[2] en',
      '576 Zaken[3] hebben',
      '577 Financiën[1] belast',
      '578 Zaken[1] en',
      '578 Defensie[2] hebben',
      '579 Financiën[1] heeft',
      '58 meegezonden[1]. De',
      '580 2009[1] geïnformeerd',
      '580 aan.[2] Ik',
      '582 toezegging.[1] Dit',
      '582 punt.[2] Met',
      '584 (DJI).[1] Verschillende',
      '589 criminaliteit[1]. Het',
      '589 bijgevoegd[2].',
      '591 gegeven.[1]',
      '591 1983–2000[3] hebben',
      '592 Werkgelegenheid[1] heeft',
      '593 Zaken[1], belast',
      '594 Rijksuitgaven[1] en',
      '594 Sport[2] en',
      '594 Werkgelegenheid[3] hebben',
      '595 Justitie[1] heeft',
      '596 Rijksuitgaven[1] en',
      '596 Zaken[2] hebben',
      '597 Koninkrijksrelaties[1] heeft',
      '598 Innovatie[1] heeft',
      '599 Milieu[1] hebben',
      '602 OMGEVING[1]',
      '603 voortgangsoverzicht[1] van',
      '604 brief[1].',
      '608 Justitie[1] heeft',
      '610 Visserij[1] heeft',
      '614 ontvangen[1].',
      '615 bijgevoegd).[1], 2',
      '615 [2] In',
      '615 jl.[3] Ook',
      '620 Asiel/JBZ-Raad[1] van',
      '620 2023[2], waarin',
      '620 2023[3], waarin',
      '622 2020[1] berichtte',
      '625 hebben?[1]',
      '628 Justitie[1] heeft',
      '63 state»?[1]',
      '63 wereld?[2]',
      '63 resoluties?[3] Zo',
      '633 2015[1].',
      '638 jl.[1] geïnformeerd',
      '639 ziekteverzuim»?[1] Wat',
      '639 shag?[2]',
      '64 Raadsconclusies[1] onder',
      '641 doorgezonden.[1] In',
      '641 aanbieden.[2]',
      '643 brief[1] hebben',
      '643 afgewezen[2]. De',
      '645 bajes»?[1]',
      '647 Wetenschappen[1] heeft',
      '651 Commissie.[1] De',
      '651 gepubliceerd.[2] De',
      '651 ontvangen.[3]',
      '652 Milieu[1] hebben',
      '66 bijlage)[1].',
      '67 Apel»?[1]',
      '67 brief[2] geïnformeerd',
      '71 H[1] BRIEF',
      '71 covid-19[2] heeft',
      '71 grondwetsgeschiedenis.[3] De',
      '71 staatsrecht.[4] Deze',
      '71 TO3357.[5]',
      '71 ingediend,[6] beperkte',
      '72 Sport[1], bestond',
      '75 vermogenstoets»[1] in',
      '75 onderzoek.[2] Dat',
      '75 overtreden.[3] Misbruik',
      '76 strafrechtspleging?[1]',
      '79 ontvangen[1]. Het',
      '79 Wetenschap[2].',
      '80 Justitie[1] en',
      '80 Rijksuitgaven[2] hebben',
      '81 Sport[1] heeft',
      '85 Roemer[1] (hierna:',
      '85 Centerdata[2] naar',
      '85 aangeboden.[3] Uit',
      '85 werknemers[4] problemen',
      '85 jl.[5] heb',
      '87 confiscatierichtlijn[1] en',
      '88 toe[1]. Deze',
      '89 Digitaliseren.[1]',
      '89 verwachten.[2] Conform',
      '89 2024.[3] Per',
      '91 1)[1] aanbieden',
      '93 schetsen.[1] Allereerst',
      '93 Dijk.[2]',
      '93 2021–2027.[3] Sinds',
      '94 NEMA»?[1]',
      '94 beperken?[2]',
      '95 patiënten?[1]',
      '96 2024?[1]',
      '97 gebieden.[1] De',
      '97 Dassen[2], worden',
      '98 aangeboden.[1]',
      '98 Bergkamp/Keijzer.[2]',
      '99 mei[1] meldde',
    ]);
  });
});

describe('normalizeText: the NAVO letter (PDF text)', () => {
  const original = readNavoLetter();
  const nt = normalizeText(original);

  it('joins hyphenated words and keeps real hyphens', () => {
    for (const phrase of [
      'het nieuwe Strategisch Concept',
      'Noord-Atlantische Raad (NAR)',
      'de onafhankelijkheid',
      'maatregelen en activiteiten moet',
      'op de capaciteitenbehoefte',
      'onderzoekt nu de wenselijkheid',
      'Momenteel onderzoekt Nederland',
      'de NAVO-Ministers van Defensie',
      'defensie-uitgaven',
      'EU-missie in Bosnië-Herzegovina',
    ]) {
      expect(nt.text).toContain(phrase);
    }
    expect(nt.text).not.toMatch(/Strate-|onafhanke-|activi-/);
  });

  it('maps `Strategisch` back to `Strate-\\ngisch`', () => {
    const s = nt.text.indexOf('Strategisch');
    const span = nt.spanToOriginal(s, s + 'Strategisch'.length);
    expect(original.slice(span.start, span.end)).toBe('Strate-\ngisch');
  });

  it('removes the one glued footnote marker and leaves the numbers of the text', () => {
    expect(nt.footnoteMarkers).toHaveLength(1);
    const [marker] = nt.footnoteMarkers;
    expect(marker?.label).toBe('1');
    expect(original.slice((marker?.start ?? 0) - 11, marker?.end)).toBe('uitwerking.1');
    expect(nt.text).toContain('uitwerking. Alle bondgenoten');
    expect(nt.text).toContain('Nordstream 1 en 2 pijpleidingen');
    expect(nt.text).toContain('Kamerstuk \n29 521, nr. 446, d.d. 17 juni 2022');
  });

  it('maps findings in the middle of the text to the same words in the original', () => {
    for (const phrase of [
      'Ukraine Defense Contact Group (UDCG)',
      'Kosovo Force (KFOR)',
      '12 en 13 oktober',
    ]) {
      const s = nt.text.indexOf(phrase);
      expect(s).toBeGreaterThanOrEqual(0);
      const span = nt.spanToOriginal(s, s + phrase.length);
      expect(original.slice(span.start, span.end)).toBe(phrase);
      expect(nt.spanFromOriginal(span.start, span.end)).toEqual({ start: s, end: s + phrase.length });
    }
  });
});

// Speed is measured by `npm run bench`, never asserted here (machines are noisy): these tests only
// check that big and pathological inputs are handled completely.
describe('normalizeText: big and pathological input', () => {
  it('normalizes 1 MB of letter text with CRLF line ends and no-break spaces', () => {
    const letter = readNavoLetter()
      .replace(/\n/g, '\r\n')
      .replace(/ /g, (space, i: number) => (i % 7 ? space : '\u00a0'));
    const big = letter.repeat(Math.ceil(1_000_000 / letter.length));
    const nt = normalizeText(big);
    expect(nt.text.length).toBeGreaterThan(900_000);
    expect(nt.text).not.toMatch(/[\r\u00a0]/);
    expect(nt.toOriginal(nt.text.length)).toBe(big.length);
  });

  it.each([
    ['dashes', '-'.repeat(200_000)],
    ['hyphen line ends', '- \n'.repeat(100_000)],
    ['marker-like lists', '1,'.repeat(100_000)],
    ['spaces then a soft hyphen', ' '.repeat(100_000) + '\u00ad'],
  ])('handles %s', (_name, input) => {
    const nt = normalizeText(input);
    expect(nt.toOriginal(nt.text.length)).toBe(input.length);
  });
});
