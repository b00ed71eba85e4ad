import { describe, expect, it } from 'vitest';
import { findAcronymTokens } from '../../../src/core/acronyms/tokens';
import { isRomanNumeral } from '../../../src/core/acronyms/acronym-shapes';
import { abbrs } from './helpers';

const none = () => false;

describe('acronym finder: what counts', () => {
  // Each row: rule, real text from the fixtures or the issue, acronyms a reader should see.
  const cases: Array<[string, string, string[]]> = [
    ['all caps', 'over onder meer de versterking van de NAVO en de EU', ['NAVO', 'EU']],
    ['mixed case ministries', 'samen met de Minister van IenW besloten', ['IenW']],
    ['mixed case party', 'Mutluer (GroenLinks-PvdA) aan de Minister-President', ['PvdA']],
    ['mixed case procedure', 'bij AMvB geregeld, zie de MvT', ['AMvB', 'MvT']],
    [
      'one lower-case letter before capitals (letter 191)',
      '7. Planning iCAS\n8. Green ATM toekenning',
      ['iCAS', 'ATM'],
    ],
    ['known title case law', 'de eerste besluiten op Wob-verzoeken gepubliceerd', ['Wob']],
    ['letters and digits only when known', 'de fractie van D66 en de G20', ['D66', 'G20']],
    ['compound: acronym part', 'de NAVO-Top in Madrid en het OVV-rapport', ['NAVO', 'OVV']],
    [
      'compound: a lower-case word before the acronym, a koninklijk besluit (letter 330)',
      'de plenaire behandeling van het ontwerp-KB inzake de inwerkingtreding',
      ['KB'],
    ],
    ['compound: EU-missie', 'EUFOR Althea, de EU-missie in Bosnië-Herzegovina', ['EUFOR', 'EU']],
    [
      "a plus after a known short form is no part of it (letter 2763), unless the glossary's spelling has it",
      'zoals NAVO+ of Europese Unie; de NAVO+-landen, de lhbti+ gemeenschap en de SDE++',
      ['NAVO', 'lhbti', 'SDE++'],
    ],
    [
      'an elliptical compound, Provinciale Staten (letter 2315)',
      'constaterende dat bij de PS- en EU-verkiezingen in 2019 onderzoek zal worden gedaan',
      ['PS', 'EU'],
    ],
    ['compound: single capital joins', 'het Alliance Concept for Multi-Domain Operations (I-MDO)', ['I-MDO']],
    ['compound: a single capital after an acronym joins it', 'de versie ABC-B van het plan', ['ABC-B']],
    ['a line of two short capital words keeps its acronyms', 'Overleg\n\nNAVO EU\n\nDe rest', ['NAVO', 'EU']],
    [
      "a heading's names parted by a slash glued to the first: only its known acronym (letter 555)",
      'B VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR IMMIGRATIE EN ASIEL/ JBZ-RAAD\n\nVastgesteld 22 juni 2015',
      ['JBZ'],
    ],
    [
      "a heading's names parted by a slash standing alone: only its known acronym (letter 620)",
      'BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR IMMIGRATIE EN ASIEL / JBZ-RAAD\nAan de Staatssecretaris',
      ['JBZ'],
    ],
    [
      'a slash between two acronyms in running text keeps both',
      'De NVWA / RIVM doen dit samen, met de ABC / DEF.',
      ['NVWA', 'RIVM', 'ABC', 'DEF'],
    ],
    [
      "the letters of a cited Eerste Kamer paper are no acronym; a dossier line's title is (letter 641)",
      '28 676 NAVO\n\nZie Kamerstukken I, 2017/18 30 880 AA en Kamerstuk 30 880, AB over de ABC.',
      ['NAVO', 'ABC'],
    ],
    [
      "a heading's two committees joined by a slash inside a word (letter 669)",
      'T BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN STAAT/ALGEMENE ZAKEN EN HUIS VAN DE KONING\n\nAan de Minister',
      [],
    ],
    [
      'a known name joined by a star is one acronym; unknown halves stay apart (letter 674)',
      'de sportagenda 2017 + van NOC*NSF en de sportbonden, en de ABC*XYZ',
      ['NOC*NSF', 'ABC', 'XYZ'],
    ],
    [
      'capitals with a capitalized word glued after them are a name (letter 695)',
      'Deze verkenning is recent door ABDTOPConsult opgeleverd, met de PvdA en IenW',
      ['PvdA', 'IenW'],
    ],
    [
      'a paper of both chambers: their mark before the number, brackets in the kind line (letter 746)',
      '20 043 Parlementaire Vergadering van de Raad van Europa\nBZ/ Nr. 140\nVERSLAG VAN DE ZITTING 2024 (EERSTE DEEL)\nVastgesteld 9 februari 2024',
      [],
    ],
    [
      "a heading's names parted by `&` and a lone slash, its note glued on (letter 789)",
      'F TWEEDE VERSLAG VAN DE VASTE COMMISSIE VOOR IMMIGRATIE & ASIEL / JBZ-RAAD1\n\nVastgesteld 21 februari 2025',
      ['JBZ'],
    ],
    [
      "notes glued to a heading's words (letter 903)",
      'E1 NADER VOORLOPIG VERSLAG VAN DE VASTE COMMISSIES VOOR VOLKSGEZONDHEID, WELZIJN EN SPORT2 EN VOOR VEILIGHEID EN JUSTITIE3\n\nVastgesteld 1 mei 2017',
      [],
    ],
    [
      'a lone capital and a slash make one short form with what follows (letter 939); `S&D/DUI` stays two (letter 02)',
      'een O/GS-tegemoetkomingsregeling (Wet hersteloperatie), de rapporteurs Leinen (S&D/DUI) en GS van Utrecht',
      ['S&D', 'DUI', 'GS'],
    ],
    [
      'a known short form glued to the word before it, its hyphen left out (letter 906); not an unknown one',
      'De voorhang van het ontwerpKB is een onderdeel, het ontwerpXYZ niet.',
      ['KB'],
    ],
    [
      'a known short form glued to a short word before it, its space left out (letter 2531); not after any two letters',
      'De leden van deCDA-fractie constateren dat de xyEU-regels en het ecDNA tellen.',
      ['CDA'],
    ],
    [
      'a known short form glued to the word after it (letter 995); not an unknown one, nor a name (letter 695)',
      'de status van BESeiland en het XYZeiland, en ABDTOPConsult',
      ['BES'],
    ],
    [
      'a two-letter code glued to the word after it makes a name (letter 1393); three capitals or more are a hyphen left out (letter 2511)',
      'inzake werkprogramma NLsportraad (Kamerstuk 30 234, nr. 276) en de uitvoering van de VINEXconvenanten',
      ['VINEX'],
    ],
    [
      'mixed-case names and short forms: a known one whole, a word with a prefix letter none, one lower-case letter between capitals (letter 218)',
      'Met DigiD (publiek inlogmiddel voor burgers) en eHerkenning (privaat inlogmiddel), ingeschreven bij de KvK',
      ['DigiD', 'KvK'],
    ],
    [
      'a word with capitals glued on is a name (letter 556)',
      'gezien de prestaties van TeamNL en het programma InvestEU, en de PvdA en BuZa',
      ['PvdA', 'BuZa'],
    ],
    [
      'compound: not a phase of a known acronym (letter 526)',
      'Aansluitend aan het beëindigen van het project wordt de DMP-E fase opgestart',
      ['DMP'],
    ],
    [
      'compound: not in a file code, numbers around the letters (letter 499)',
      'over het project Vervanging F-16 (kenmerk 08-DEF-B-155). Deze brief',
      ['DEF'],
    ],
    ['known multi-part form', 'het virus SARS-CoV-2 veroorzaakt COVID-19', ['SARS-CoV-2', 'COVID-19']],
    [
      'the plural of a known multi-part form (letter 187)',
      'de Europese kindergarantie en de bijbehorende BNC-fiches met de reactie',
      ['BNC-fiche'],
    ],
    [
      'a known multi-part form whose noun a title capitalizes (letter 1935)',
      'Verslag over het BNC-Fiche: Speelgoedverordening en het BNC-fiche',
      ['BNC-fiche'],
    ],
    [
      'a known name of two capital parts stays whole (letter 99)',
      'de uitbreiding van de capaciteit bij SSC-ICT en de COVID-19 maatregelen',
      ['SSC-ICT', 'COVID-19'],
    ],
    ['plural with apostrophe', "niet actief beveiligde overwegen (NABO's) en de BO’s", ['NABO', 'BO']],
    ['ampersand', 'leden uit de fracties van EVP, S&D en ALDE', ['EVP', 'S&D', 'ALDE']],
    ['slash splits', 'de rapporteurs Hübner (EPP/POL) en Leinen', ['EPP', 'POL']],
    ['footnote digits after a hyphen', 'drie brieven inzake CAF-11.3 In de bijlage', ['CAF']],
    ['footnote digits glued', 'in het kader van de EU2 verder', ['EU']],
    ['lower case only when known', 'het debat over sms-berichten en het bbp', ['sms', 'bbp']],
    [
      'known mixed-case law names, also in a compound (letter 37)',
      'naar de financiële aspecten van de Participatiewet (Wsw-thermometer en de Wwz)',
      ['Wsw', 'Wwz'],
    ],
    ['lower-case education sectors (letter 36)', 'studenten in het ho, wo en mbo', ['ho', 'wo', 'mbo']],
    [
      'a known short form that is also a title: without a full stop the law (letter 1480)',
      'vastgelegd in de Mededingingswet (Mw) en de Mw-boetes',
      ['Mw'],
    ],
    [
      'a known short form that is a Dutch word, in running text',
      'Het OM vervolgt de strijders van IS, ER en WIJ niet.',
      ['OM', 'IS', 'ER', 'WIJ'],
    ],
    [
      'a known short form that is also a title: with a full stop the title (letter 773)',
      'Dr. Van der Lely en Mw. De Visser hebben het boek op mijn ministerie aangeboden.',
      [],
    ],
    [
      'a heading glued to its section number in a table of contents (letters 590, 2162)',
      'INHOUDSOPGAVE\n\n1.3Aanzuigende werking5\n1.4AC-procedure6\n6.2Reproductieve gezondheid15\n6.3HIV/aids15',
      ['AC', 'HIV'],
    ],
    [
      'digits before capitals without a section number before them stay a code',
      'het formulier 4AC en de 12EU-lijst, versie 2.123ABC',
      [],
    ],
  ];
  it.each(cases)('%s', (_rule, text, expected) => {
    expect(abbrs(text)).toEqual(expected);
  });
});

describe('acronym finder: what does not count', () => {
  const cases: Array<[string, string]> = [
    ['all-caps heading', 'Nr. 554 BRIEF VAN DE MINISTER VAN DEFENSIE\nAan de Voorzitter'],
    ['heading with commas', 'BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR'],
    [
      'heading wrapped onto a line of its own (letter 46)',
      'BRIEF VAN DE MINISTERS VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSHULP EN VAN BUITENLANDSE\nZAKEN\nAan de Voorzitter',
    ],
    [
      'roman numerals in dossier numbers',
      '35 925 III Vaststelling van de begrotingsstaat (IIIA), (IIIB) en (IIIC)',
    ],
    ['chamber numeral', '(Handelingen II 2021/22, nr. 82)'],
    [
      'two digits after unknown capitals make a code, no note: the military list (letter 2763)',
      'en welke de landen van eindbestemming zijn? (zie 1-9-2017 – ML10; 18-4-2017 – ML10d;',
    ],
    [
      "an Eerste Kamer dossier's roman number from C on (2604)",
      '34 300 IV Vaststelling van de begrotingsstaten van Koninkrijksrelaties\n\nCXIX Verslag van een werkbezoek naar het Caribisch deel van het Koninkrijk, april 2016',
    ],
    ['budget chapter', '36 800 X Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X)'],
    ['road numbers', 'de verbreding van de A27 en de N201'],
    ['one lower-case letter before a name', 'inloggen met eHerkenning op een iPhone of via iDEAL betalen'],
    [
      'the paper letter after `nr.` in the zoek metadata row (220)',
      'Eerste Kamer der Staten-Generaal2019-202034986 nr. AA\n\n34 986 Aanvulling en wijziging van de Omgevingswet',
    ],
    [
      'a month in a heading in capitals, between its day and year (278)',
      'GEANNOTEERDE AGENDA RAAD ALGEMENE ZAKEN VAN 9 APRIL 2019\n\nDe Raad komt bijeen.',
    ],
    [
      'the paper letter after `letter` (266)',
      'verslag van een nader schriftelijk overleg (32 043, letter AA);',
    ],
    [
      'a heading with a word whose second half is written once (214)',
      'Nr. 450 BRIEF VAN DE MINISTERS VAN ONDERWIJS, CULTUUR EN WETENSCHAP EN VOOR BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA\nAan de Voorzitter',
    ],
    [
      'a line of two capital words, one too long for an acronym (letter 549)',
      'M. Bussemaker\n\nBELEIDSBRIEF SPORT\n\nDe kracht van sport',
    ],
    [
      'a heading with a title in guillemets (591)',
      'AANVULLING OP DE NOTA NAAR AANLEIDING VAN HET VERSLAG OVER DE NOTITIE «REFLECTIES OVER DE POSITIE VAN DE EERSTE KAMER»\n\nOntvangen 15 mei 2001',
    ],
    ['single letters', 'X Noot 1 en I Voortgang Akkoord'],
    ['units and formulas', 'een windpark van 700 MW en minder CO2-uitstoot en NOx'],
    ['Nr. and plain abbreviations', 'Nr. 30 d.d. 17 juni jl. o.a. i.v.m. a.s. mln.'],
    [
      'NR. in a heading line (letter 102)',
      'Nr. 133 GEWIJZIGDE MOTIE VAN HET LID VAN ESCH C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 119',
    ],
    ['brand names', 'ProRail werkt samen met ResearchNed'],
    [
      'path parts of a web address (letter 170)',
      'Zie:\nhttps://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022DC0332\nen www.EXAMPLE.nl/NAVO-TOP',
    ],
    ['a model name (letter 138)', 'de problemen met de Boeing 737-MAX zijn besproken'],
    [
      'driving licence categories after the licence (letter 1727)',
      'de praktijkexamens voor het rijbewijs A en AM; de rijbewijscategorieën B, BE en C1E; rijbewijzen CE of D',
    ],
    ['a driving licence category before -rijbewijs', 'jongeren met een AM-rijbewijs'],
    ['emphasis in capitals (letter 2140)', 'de campagne «Nederland zegt JA» en het NEE van de kiezer'],
    [
      'a known short form that is a Dutch word, in an all-caps heading (1791)',
      'HET VERMOGEN OM TE LATEN ZIEN\n\nDe Collectie',
    ],
    ['long unknown all-caps word', 'BESLUITEN:\n\nArtikel 1'],
    ['initials of a name', 'De Minister van Defensie,\nK.H. Ollongren'],
    // Eerste Kamer paper letters, even one that spells a known acronym (kst-32813-AO, kst-34086-B-n1).
    [
      'Eerste Kamer paper letter AO',
      '32 813 Kabinetsaanpak Klimaatbeleid\n\nAO VERSLAG VAN EEN SCHRIFTELIJK OVERLEG',
    ],
    [
      'Eerste Kamer reprint letter',
      'B HERDRUK1 VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VEILIGHEID EN JUSTITIE2',
    ],
  ];
  it.each(cases)('%s', (_rule, text) => {
    expect(abbrs(text)).toEqual([]);
  });
});

describe('driving licence categories', () => {
  it('are acronyms where no licence word comes right before their list', () => {
    const text = 'de AM-regeling, het rijbewijs van de AM, de categorie AM en de examens CE, BE';
    const hits = findAcronymTokens(text, none).map((h) => text.slice(h.start, h.end));
    expect(hits).toEqual(['AM', 'AM', 'AM', 'CE', 'BE']);
  });
});

describe('occurrences', () => {
  it('counts an acronym right after a web address, not inside it', () => {
    expect(abbrs('via https://ec.europa.eu/CELEX/TXT (EU) en de NAVO')).toEqual(['EU', 'NAVO']);
  });

  it('reports every occurrence with offsets of the acronym itself', () => {
    const text = 'De OVV heeft het OVV-rapport en de NABO’s besproken.';
    const hits = findAcronymTokens(text, none);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['OVV', 'OVV', 'NABO']);
  });

  it('keeps AO in running text while the paper letter AO is skipped', () => {
    // kst-32813-AO opens with its letter; an algemeen overleg (kst-32793-69) stays an acronym.
    const text = 'AO VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nU heeft daarop het AO verplaatst';
    const hits = findAcronymTokens(text, (a) => a === 'AO');
    expect(hits.map((h) => h.start)).toEqual([text.lastIndexOf('AO')]);
  });

  it('keeps a list of known acronyms that looks like a heading run', () => {
    expect(abbrs('samenwerking tussen EU VN NAVO')).toEqual(['EU', 'VN', 'NAVO']);
  });

  it('keeps short forms listed with commas, known or not (1193)', () => {
    expect(abbrs('samen met partijen als de NPCF, OMS, NVZ, NFU, ZKN en ZN dat een inzet helpt')).toEqual([
      'NPCF',
      'OMS',
      'NVZ',
      'NFU',
      'ZKN',
      'ZN',
    ]);
    // A heading's commas do not make it a list: its words are long.
    expect(abbrs('BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR')).toEqual([]);
  });

  it('keeps an acronym alone on the line after a heading when the heading ends its own line with text', () => {
    // Only a whole line of capitals carries a heading on; a line of running text after one does not.
    expect(abbrs('BRIEF VAN DE MINISTER VAN DEFENSIE\nDe UDCG vergadert')).toEqual(['UDCG']);
    expect(abbrs('Aan de Voorzitter van de Kamer\nUDCG\nvergadert')).toEqual(['UDCG']);
  });
});

describe('isRomanNumeral', () => {
  it.each([
    ['II', true],
    ['IIIA', true],
    ['XIII', true],
    ['X', true],
    ['XL', true], // articles of a long bill (780)
    ['XLI', true],
    ['LIV', false], // the lage-inkomensvoordeel (665)
    ['LL', false],
    ['XLX', false],
    ['CD', false],
    ['CXIX', true], // an Eerste Kamer dossier (2604)
    ['CII', true], // (2581)
    ['CV', false], // two letters from C on: a curriculum vitae, a commanditaire vennootschap
    ['CC', false],
    ['CIC', false],
    ['EU', false],
    ['VVD', false],
  ])('%s → %s', (s, expected) => {
    expect(isRomanNumeral(s)).toBe(expected);
  });
});

// The finder skips most words without Unicode regexes: plain lower-case and title-case words are
// acronyms only when known; words with two or more capitals, non-ASCII letters or a hyphen take the
// full rules.
describe('word shapes the fast paths decide', () => {
  const known = (a: string) => ['bbp', 'Woo', 'ÉCU'].includes(a);
  const found = (text: string) => findAcronymTokens(text, known).map((h) => h.abbr);
  const cases: [rule: string, text: string, expected: string[]][] = [
    ['lower-case words, none known', 'de minister heeft het besloten', []],
    ['a known lower-case abbreviation (letter 26)', 'de groei van het bbp', ['bbp']],
    ['title-case sentence starts', 'Het kabinet. Daarom de Minister', []],
    [
      'a known title-case abbreviation, also in a compound',
      'een Woo-verzoek op grond van de Woo',
      ['Woo', 'Woo'],
    ],
    ['two capitals: the shape rules', 'de IenW en de OVV', ['IenW', 'OVV']],
    ['digits glued to an acronym (a footnote marker)', 'de EU2 en de OVV', ['EU', 'OVV']],
    ['possessive ending', 'de BO’s en GGD’en', ['BO', 'GGD']],
    ['non-ASCII capitals', 'de ÉCU en de ÖVP', ['ÉCU', 'ÖVP']],
    ['a compound keeps its acronym part', 'de NAVO-Top', ['NAVO']],
  ];
  it.each(cases)('%s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
