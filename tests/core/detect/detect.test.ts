import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDocument } from '../../../src/core/detect/detect';
import { normalizeText } from '../../../src/core/text/normalize';
import type { PageContext, Span } from '../../../src/core/types';

const LETTERS = 'tests/fixtures/letters/';

interface Gold {
  url: string;
  is_parliamentary: boolean;
  kind: string | null;
  letter_date: string | null;
  dossier: string | null;
  number: string | null;
}

/** A corpus letter: the text without its `URL:` line and the blank line after it, and its gold. */
const corpus = readdirSync(LETTERS + 'letters')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const raw = readFileSync(LETTERS + 'letters/' + file, 'utf8');
    const text = raw.split('\n').slice(2).join('\n');
    const gold = JSON.parse(
      readFileSync(LETTERS + 'gold/' + file.replace(/\.txt$/, '.json'), 'utf8'),
    ) as Gold;
    return { name: file.replace(/\.txt$/, ''), text, gold };
  });

const detect = (text: string, page?: PageContext) => detectDocument(normalizeText(text), page);
/** Parts are in NORMALIZED offsets: read them from the normalized text. */
const slice = (text: string, span: Span | null) =>
  span ? normalizeText(text).text.slice(span.start, span.end) : null;

describe('detectDocument on the letter corpus', () => {
  it('has the 17 original letters and the ones added since', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(17);
  });

  const cases = corpus.flatMap((c) => [
    { ...c, how: 'with its URL', page: { url: c.gold.url } as PageContext | undefined },
    { ...c, how: 'from the text alone', page: undefined },
  ]);

  /** Pages whose text holds no dossier line (the older layout opens with `nr. 10`): only the address names the dossier. */
  const NO_DOSSIER_IN_TEXT = new Set([
    '228-venw-1996-spoor-delft-motie-van-t-riet',
    '416-buza-def-os-2010-isaf-bijdrage-na-uruzgan',
    '465-ek-verslag-bzk-2013-halfjaarlijkse-toezeggingen',
    // The stored page starts at `nr. 8`, below its dossier line.
    '630-amendement-fin-1996-reiskostenforfait-reitsma',
    // The stored page starts at `Aan de Voorzitter …`, without a dossier line or kind line.
    '730-ek-buza-2020-eu-informatievoorziening',
    // The stored page starts at `nr. 69`, below its dossier line; the dossier the text cites first (`25 229, nr. 68`)
    // is the same, but a cited paper is no paper's own.
    '1491-lnv-2006-klassieke-varkenspest',
    // The stored page starts at `Aan de Voorzitter …`, as 730's.
    '1765-vws-2017-erratum-seh-roosendaal',
    '2205-venj-2016-reactie-telegraaf-terugkeer',
    // The older layout opens with `nr. 102`, as 228's.
    '2700-lnv-2004-vwa-wettelijke-vormgeving',
    // Starts at `Aan de Voorzitter …`, as 730's.
    '2704-ez-2016-uitvoering-moties-aanlandplicht-brexit',
    // The older layout opens with `nr. 55`, as 2700's.
    '2750-ocw-2002-nieuw-rijksmuseum-opdracht-architecten',
  ]);
  /** Pages dated without a year (`Vastgesteld 5 oktober`, 812): the gold's year comes from outside the text. */
  const DATE_WITHOUT_YEAR = new Set(['812-verslag-venw-2006-versnellingstarief-wet-bereikbaarheid']);

  /**
   * Pages whose text does not give their number: 730, 1765, 2205 and 2704 start below their head. (794, 1396 and
   * 2611 print a note glued to it, `nr. 151` for paper 15: the text shows it is a note, see note-marker.test.ts.)
   */
  const NUMBER_IN_TEXT = new Map<string, string | null>([
    ['730-ek-buza-2020-eu-informatievoorziening', null],
    ['1765-vws-2017-erratum-seh-roosendaal', null],
    ['2205-venj-2016-reactie-telegraaf-terugkeer', null],
    ['2704-ez-2016-uitvoering-moties-aanlandplicht-brexit', null],
  ]);

  it.each(cases)(
    '$name $how: verdict, kind, date, dossier and number as gold',
    ({ name, text, gold, page }) => {
      const d = detect(text, page);
      expect(d.isParliamentary).toBe(gold.is_parliamentary);
      expect(d.document.kind).toBe(gold.kind);
      expect(d.document.letterDate).toBe(DATE_WITHOUT_YEAR.has(name) ? null : gold.letter_date);
      expect(d.document.dossier).toBe(!page && NO_DOSSIER_IN_TEXT.has(name) ? null : gold.dossier);
      expect(d.document.number).toBe(
        !page && NUMBER_IN_TEXT.has(name) ? NUMBER_IN_TEXT.get(name) : gold.number,
      );
    },
  );

  it.each([
    ['01-vws-2015-productsamenstelling', 'De Minister van Volksgezondheid, Welzijn en Sport'],
    ['05-szw-2018-kinderarmoede', 'De Staatssecretaris van Sociale Zaken en Werkgelegenheid'],
    ['08-az-2022-sms-debat', 'De Minister-President, Minister van Algemene Zaken'],
    ['12-def-2025-defensie-industrie', 'De Minister en Staatssecretaris van Defensie'],
    ['14-antwoord-jenv-2025-nctv-adr', 'Minister Van Weel (Justitie en Veiligheid)'],
    // A kind line wrapped onto a second line of capitals before the addressee.
    [
      '200-lvvn-2025-geannoteerde-agenda-landbouw-visserijraad',
      'De Minister en Staatssecretaris van Landbouw, Visserij, Voedselzekerheid en Natuur',
    ],
    [
      '46-buza-bho-2025-situatie-congo',
      'De Ministers voor Buitenlandse Handel en Ontwikkelingshulp en van Buitenlandse Zaken',
    ],
    // The kind line names every sender; the signature's first office is only the first of them (954).
    [
      '954-ienw-kgg-2025-verslag-milieuraad',
      'De Staatssecretaris van Infrastructuur en Waterstaat en de Minister van Klimaat en Groene Groei',
    ],
    // A kind line that stops at `EN DE` runs on in a long second line (1030), `EN VAN` (878).
    [
      '1030-bzk-buza-2019-aiv-fundamentele-rechten-koninkrijk',
      'De Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties en de Ministers van Binnenlandse Zaken en Koninkrijksrelaties en van Buitenlandse Zaken',
    ],
    [
      '878-jenv-2025-verslag-formele-jbz-raad-december',
      'De Ministers van Justitie en Veiligheid en van Buitenlandse Zaken en de Staatssecretaris van Justitie en Veiligheid',
    ],
    // The `van` of `BRIEF VAN` repeated before a later office is no part of it (194); an office without its `van`
    // takes the word the letter writes it with elsewhere (410, `mede namens de Minister van Infrastructuur en
    // Waterstaat`).
    [
      '194-ienw-nens-2022-verslag-informele-milieuraad',
      'De Staatssecretaris van Infrastructuur en Waterstaat en de Minister voor Natuur en Stikstof',
    ],
    [
      '410-ienw-nens-2023-verslag-milieuraad',
      'De Staatssecretaris van Infrastructuur en Waterstaat en de Minister voor Natuur en Stikstof',
    ],
    // Without the office in full elsewhere in the letter, a minister's `van` or `voor` is not guessed (692).
    ['692-ocw-2020-moties-funderend-onderwijs', 'De Minister Basis- en Voortgezet Onderwijs en Media'],
    // `MINISTER PRESIDENT` without its hyphen (146).
    ['146-az-2014-informeel-diner-europese-raad', 'De Minister-President, Minister van Algemene Zaken'],
    // A motie by its members, names as the papers write them (1009, 835, 1910, 1882).
    ['1009-motie-2013-beveiliging-burgemeesters', 'Het lid Schouw'],
    ['835-motie-jenv-2018-politie-lokale-prioriteiten-bisschop', 'De leden Bisschop en Van der Graaf'],
    ['1910-motie-fin-2021-heling-toeslagenaffaire', 'De leden Van Raan en Simons'],
    ['1882-motie-vws-2011-rookverbod-horeca', 'Het lid Bouwmeester c.s.'],
    // A letter of members, their prefixes capitalised as in the dossier line above it (2282).
    [
      '2282-brief-initiatiefnemers-2011-herzien-voorstel-veteranenwet',
      'De leden Eijsink, Van Dijk, Hachchi, El Fassed, Voordewind, Ouwehand, Van der Staaij, Hernandez, Bruins Slot en Bosman',
    ],
    // An Eerste Kamer voorlopig verslag by its committees (737, 2245).
    [
      '737-ek-verslag-bzk-2015-grondwet-eu-verdragen',
      'De vaste commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en Huis van de Koning',
    ],
    [
      '2245-ek-verslag-vws-2017-wvggz-zorg-en-dwang',
      'De vaste commissies voor Volksgezondheid, Welzijn en Sport en voor Veiligheid en Justitie',
    ],
    // Who answers: a notice that the answers are late (1184), a minister writing in the plural (1627), the
    // co-answerers left out with or without their comma (2403), never a list of offices taken for a signature (1597).
    [
      '1184-antwoord-ienm-2016-mededeling-130-km-wegen',
      'Minister Schultz van Haegen-Maas Geesteranus (Infrastructuur en Milieu)',
    ],
    [
      '1627-ek-antwoord-vro-2022-omgevingswet-dso',
      'De Minister voor Volkshuisvesting en Ruimtelijke Ordening',
    ],
    ['2403-antwoord-venj-2013-opsporing-dopinghandel', 'Minister Opstelten (Veiligheid en Justitie)'],
    ['1597-antwoord-ocw-2021-nudt-delft', 'Minister Van Engelshoven (Onderwijs, Cultuur en Wetenschap)'],
  ])('%s: the sender from the head, in normal case', (name, sender) => {
    const c = corpus.find((l) => l.name === name);
    expect(detect(c?.text ?? '').document.sender).toBe(sender);
  });

  it.each([
    ['05-szw-2018-kinderarmoede', 'Tussentijdse evaluatie inzet extra middelen voor kinderen in armoede'],
    [
      '12-def-2025-defensie-industrie',
      'Update versnelling opbouw industrie innovatie en kennis voor Defensie',
    ],
    [
      '15-verslag-ienw-2024-spoorveiligheid',
      'Verslag van een commissiedebat, gehouden op 7 februari 2024, over Spoorveiligheid',
    ],
  ])('%s: the title from the tweedekamer.nl soort line', (name, title) => {
    const c = corpus.find((l) => l.name === name);
    expect(detect(c?.text ?? '').document.title).toBe(title);
  });

  it.each([
    // Whoever the letter is addressed to, right below its kind line: the members (1358), both Voorzitters (1564), a
    // committee's Voorzitter (2491), a minister (669); the members, not a Voorzitter named further down (2490).
    ['1358-presidium-2025-feitenonderzoek-anonieme-brieven', 'Aan de Leden'],
    [
      '1564-tcs-2007-evaluatie-subsidiariteitstoets',
      'Aan de Voorzitters van de Eerste en van de Tweede Kamer der Staten-Generaal',
    ],
    [
      '2491-ek-brief-2007-evaluatie-tcs-voortzetting',
      'Aan de Voorzitter van de Tijdelijke Commissie Subsidairiteitstoets',
    ],
    ['669-ek-brief-2018-wrr-weten-is-nog-geen-doen', 'Aan de Minister voor Rechtsbescherming'],
    ['2490-presidium-2005-aanvullend-advies-subsidiariteitstoets', 'Aan de leden'],
    // Without the comma that ends the line (2282).
    [
      '2282-brief-initiatiefnemers-2011-herzien-voorstel-veteranenwet',
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
    ],
    // The paper's own addressee above the kind line of the letter it passes on (730).
    [
      '730-ek-buza-2020-eu-informatievoorziening',
      'Aan de Voorzitter van de Eerste Kamer der Staten-Generaal',
    ],
  ])('%s: the addressee', (name, addressee) => {
    const c = corpus.find((l) => l.name === name);
    expect(detect(c?.text ?? '').document.addressee).toBe(addressee);
  });

  it.each([
    [
      '01-vws-2015-productsamenstelling',
      'Den Haag, 17 december 2015',
      /^32 793 Preventief[\s\S]*Staten-Generaal$/,
    ],
    [
      '07-fin-2021-kinderopvangtoeslag',
      'Den Haag, 8 april 2021',
      /^31 066 Belastingdienst[\s\S]*Staten-Generaal$/,
    ],
    [
      '09-ienw-2022-spoorveiligheid',
      'Den Haag, 7 juni 2022',
      /^Brief regering : Spoorveiligheid[\s\S]*Generaal$/,
    ],
    ['13-antwoord-bzk-2021-oekaze-kok', 'ontvangen 1 juli 2021', /^Antwoord schriftelijke vragen : /],
    // Dated by when the answer was sent, after its `Antwoord van` line.
    ['1597-antwoord-ocw-2021-nudt-delft', 'ingezonden 3 mei 2021', /^Antwoord schriftelijke vragen : /],
    ['15-verslag-ienw-2024-spoorveiligheid', 'Vastgesteld 22 maart 2024', /VERSLAG VAN EEN COMMISSIEDEBAT$/],
  ])('%s: head and date line parts', (name, dateLine, header) => {
    const c = corpus.find((l) => l.name === name);
    const text = c?.text ?? '';
    const d = detect(text);
    expect(slice(text, d.parts.dateLine)).toBe(dateLine);
    expect(slice(text, d.parts.header)).toMatch(header);
  });
});

describe('the committee of a verslag, from its opening sentence', () => {
  it.each([
    // A schriftelijk overleg (1161), a commissiedebat of a tweedekamer.nl page (1110), an algemeen overleg (1044).
    ['1161-verslag-fin-2016-anti-belastingontwijking', 'De vaste commissie voor Financiën'],
    ['1110-verslag-fin-2022-cd-belastingdienst', 'De vaste commissie voor Financiën'],
    ['1044-verslag-fin-2007-ao-inhoudingsplicht-dga', 'De vaste commissie voor Financiën'],
    // A lijst van vragen en antwoorden (2104), a verslag of a bill (1039).
    ['2104-lva-justitie-2003-opheffing-bordeelverbod', 'De vaste commissie voor Justitie'],
    [
      '1039-verslag-vws-1999-destructiewet-hoog-risico-materiaal',
      'De vaste commissie voor Volksgezondheid, Welzijn en Sport',
    ],
    // The Commissie voor de Rijksuitgaven (1140) and an algemene commissie (1100), with others or alone.
    [
      '1140-lva-vrom-2009-milieueffecten-wegverkeer',
      'De commissie voor de Rijksuitgaven, de vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer, en de vaste commissie voor Verkeer en Waterstaat',
    ],
    ['1100-verslag-wwi-2010-wijkaanpak', 'De algemene commissie voor Wonen, Wijken en Integratie'],
    // Eerste Kamer: by its members, above the committee's letter it passes on (104, 620).
    [
      '104-ek-verslag-vws-2023-pandemische-paraatheid',
      'De vaste commissies voor Justitie en Veiligheid, voor Volksgezondheid, Welzijn en Sport, en voor Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en Huis van de Koning',
    ],
    [
      '620-ek-verslag-jenv-2023-staat-van-migratie-coa',
      'De vaste commissie voor Immigratie en Asiel/JBZ-Raad van de Eerste Kamer der Staten-Generaal',
    ],
    // A reprinted voorlopig verslag, by its kind line (30).
    ['30-ek-verslag-venj-2016-tenuitvoerlegging', 'De vaste commissie voor Veiligheid en Justitie'],
    // A minister's letter opening with what a committee asked is the minister's (2297).
    ['2297-szw-2013-wajong-herkeuring-ramingen', 'De Staatssecretaris van Sociale Zaken en Werkgelegenheid'],
    // The committee named after an opening clause (944, 988) or in a later sentence of the introduction (2624).
    [
      '944-ek-verslag-justitie-2010-voorhang-gedelegeerde-regelgeving',
      'De vaste commissies voor Justitie en voor Binnenlandse Zaken en de Hoge Colleges van Staat/Algemene Zaken en Huis der Koningin',
    ],
    ['988-lva-buza-1998-begroting-1999', 'De vaste commissie voor Buitenlandse Zaken'],
    [
      '2624-ek-verslag-jenv-2019-opgaven-sterke-rechtspraak',
      'De vaste commissie voor Justitie en Veiligheid',
    ],
    // `VERSLAG VAN DE RAPPORTEUR` (668): the kind line names who reports.
    ['668-verslag-euza-2025-rapporteur-implementatie-eu', 'De rapporteur'],
    // A verslag of a delegation's werkbezoek (1317) or of the assembly the delegation went to (744, 746, 2305).
    ['1317-verslag-tk-2011-werkbezoek-caribisch-deel-koninkrijk', 'De delegatie uit de Tweede Kamer'],
    [
      '744-verslag-ovse-assemblee-2008-zitting-astana',
      'De delegatie naar de Parlementaire Assemblee van de Organisatie voor Veiligheid en Samenwerking in Europa',
    ],
    [
      '746-verslag-pvre-2024-zitting-eerste-deel',
      'De delegatie naar de Parlementaire Assemblee van de Raad van Europa',
    ],
    [
      '2305-verslag-navo-pa-2023-jaarlijkse-zitting-kopenhagen',
      'De delegatie naar de NAVO Parlementaire Assemblee',
    ],
  ])('%s: %s', (name, sender) => {
    const c = corpus.find((l) => l.name === name);
    expect(detect(c?.text ?? '').document.sender).toBe(sender);
  });

  it.each([
    // A voorlopig verslag of `de commissie` without its name (653), of the members of fractions alone (632, 1027), one
    // whose opening is its table of contents (1359): none says who reports.
    '653-ek-verslag-bzk-2013-raadgevend-referendum',
    '632-ek-verslag-bzk-2022-kiescollege-niet-ingezetenen',
    '1027-ek-verslag-lvvn-2025-begroting',
    '1359-verslag-tk-2022-evaluatie-parlementaire-ondervraging',
  ])('%s: no sender', (name) => {
    const c = corpus.find((l) => l.name === name);
    expect(detect(c?.text ?? '').document.sender).toBeNull();
  });

  it('comes before the signature of the minister answering at the end (1161)', () => {
    const c = corpus.find((l) => l.name === '1161-verslag-fin-2016-anti-belastingontwijking');
    const text = `${c?.text ?? ''}\n\nDe Staatssecretaris van Financiën,\nE.D. Wiebes\n`;
    expect(detect(text).document.sender).toBe('De vaste commissie voor Financiën');
  });
});

describe('a paper a body of the Kamer or the Rekenkamer writes, without kind line or signing minister', () => {
  it.each([
    // Its opening act names the body (691, 1066, 2306, 895), or its closing does (792).
    ['691-brief-rijksuitgaven-2011-regeling-grote-projecten', 'De commissie voor de Rijksuitgaven'],
    ['1066-presidium-2023-onderzoeksvoorstel-enquete-corona', 'Het Presidium'],
    [
      '2306-tk-1996-werkgroep-ondersteuning-fracties',
      'De werkgroep Politieke en persoonlijke ondersteuning leden',
    ],
    ['895-nota-werkwijze-2022-reglement-van-orde-woo', 'De commissie voor de Werkwijze'],
    ['792-ar-2012-rapport-jaarverslag-infrastructuurfonds', 'De Algemene Rekenkamer'],
  ])('%s: %s', (name, sender) => {
    const c = corpus.find((l) => l.name === name);
    expect(detect(c?.text ?? '').document.sender).toBe(sender);
  });

  it.each([
    // The Presidium named in passing (861); the nota of a member on his own bill (712, 2083).
    '861-presidium-2025-geleidende-brief-raming-2026',
    '712-nota-2024-reglement-van-orde-moties-beperken',
    '2083-nota-1997-initiatiefwet-duurzaam-hout',
  ])('%s: no sender', (name) => {
    const c = corpus.find((l) => l.name === name);
    expect(c).toBeDefined();
    expect(detect(c?.text ?? '').document.sender).toBeNull();
  });
});

describe('a nota whose opening names the government as who answers, without its signature', () => {
  it.each([
    ['1289-nota-szw-2025-zekerheid-flexwerkers', 'De regering'],
    ['1124-nota-szw-2019-participatiewet-bloedverwanten', 'De regering'],
    ['2722-nota-bzk-2012-wet-verhuurderheffing', 'Het kabinet'],
    ['2240-ek-nota-ocw-1996-mediawet-reclameregeling-omroep', 'De regering'],
  ])('%s: %s', (name, sender) => {
    const c = corpus.find((l) => l.name === name);
    expect(c).toBeDefined();
    expect(detect(c?.text ?? '').document.sender).toBe(sender);
  });

  it('gives way to the signature of the minister who signs it (1289, its signature added)', () => {
    const c = corpus.find((l) => l.name === '1289-nota-szw-2025-zekerheid-flexwerkers');
    const text = `${c?.text ?? ''}\n\nDe Minister van Sociale Zaken en Werkgelegenheid,\nY.J. van Hijum\n`;
    expect(detect(text).document.sender).toBe('De Minister van Sociale Zaken en Werkgelegenheid');
  });

  it('names no one where the minister answers as `ik` (2474)', () => {
    const c = corpus.find((l) => l.name === '2474-nota-ezk-2022-klimaatwet-europese-klimaatwet');
    expect(c).toBeDefined();
    expect(detect(c?.text ?? '').document.sender).toBeNull();
  });
});

describe('an answer dated by its own `(ingezonden …)` (1597)', () => {
  const text = corpus.find((l) => l.name === '1597-antwoord-ocw-2021-nudt-delft')?.text ?? '';

  it('has the day after its answer line, not the questions’ day before it', () => {
    expect(detect(text).document.letterDate).toBe('2021-05-03');
  });

  it('has no date from the questions’ `(ingezonden …)` alone', () => {
    const questionsOnly = text.replace(/Antwoord van Minister[\s\S]*?\(ingezonden 3 mei 2021\)\./, '');
    expect(questionsOnly).toContain('(ingezonden 29 maart 2021)');
    expect(detect(questionsOnly).document.letterDate).toBeNull();
  });
});

describe('detectDocument on the NAVO letter (PDF text, no URL, no dossier head)', () => {
  const text = readFileSync('tests/fixtures/navo-defensieministers-2022-09-30.txt', 'utf8');
  const d = detect(text);

  it('is a government letter of 30 September 2022 from the Minister of Defence', () => {
    expect(d.isParliamentary).toBe(true);
    expect(d.document).toMatchObject({
      kind: 'brief regering',
      letterDate: '2022-09-30',
      sender: 'De Minister van Defensie',
      addressee: 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      dossier: null,
      number: null,
    });
  });

  it('marks the addressee, the date line and the signature', () => {
    expect(slice(text, d.parts.header)).toBe('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal');
    expect(slice(text, d.parts.dateLine)).toBe('Den Haag, 30 september 2022');
    expect(slice(text, d.parts.signature)).toBe('De Minister van Defensie, \nK.H. Ollongren');
  });
});

const LETTER_01 = corpus.find((c) => c.name === '01-vws-2015-productsamenstelling')?.text ?? '';

describe('the URL verdict not-paper wins over a letter-like text', () => {
  it.each([
    'https://zoek.officielebekendmakingen.nl/stcrt-2017-30318.html?grootte=4',
    'https://zoek.officielebekendmakingen.nl/h-tk-20232024-4-26.html',
    'https://zoek.officielebekendmakingen.nl/kst-32793-205/metadata.xml',
    'https://www.tweedekamer.nl/nieuws/kamernieuws/kamer-debatteert-over-de-navo-top',
    'https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details?id=2025A04016',
  ])('%s', (url) => {
    const d = detect(LETTER_01, { url });
    expect(d.isParliamentary).toBe(false);
    expect(d.document.kind).toBeNull();
    expect(d.document.letterDate).toBeNull();
  });

  it('so does a Staatscourant identifier in the head metadata', () => {
    expect(detect(LETTER_01, { meta: { 'dcterms.identifier': 'stcrt-2017-30318' } }).isParliamentary).toBe(
      false,
    );
    expect(
      detect(LETTER_01, { meta: { 'overheidop.publicationname': 'Staatscourant' } }).isParliamentary,
    ).toBe(false);
  });
});

describe('page facts', () => {
  // The modal text of the real tweedekamer.nl motion page; the dossier line sits outside it, in the modal title.
  const MOTION_TEXT =
    'Nr. 504\nMOTIE VAN HET LID VAN HOUWELINGEN\nVoorgesteld 2\u00a0juli 2025\nDe Kamer,\ngehoord de beraadslaging,\n' +
    'spreekt uit dat passend onderwijs voor veel leerlingen met een beperking niet het\nregulier maar het speciaal onderwijs zal zijn,\n' +
    'en gaat over tot de orde van de dag.\nVan Houwelingen';
  const MOTION_PAGE: PageContext = {
    url: 'https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2025Z13886&did=2025D31484',
    meta: {
      'dcterms.title': 'Passend onderwijs',
      'dcterms.identifier': 'https://www.tweedekamer.nl/kamerstukken/moties/detail',
    },
    siteFacts: {
      soort: 'Motie',
      title:
        'Motie van het lid Van Houwelingen over uitspreken dat voor veel leerlingen met een beperking het speciaal onderwijs passend onderwijs is',
      dossierLine: '31 497 Passend onderwijs',
      nummer: '31497-504',
      date: '2 juli 2025',
    },
  };

  it('a tweedekamer.nl motion: kind, date and number from text and side facts', () => {
    const d = detect(MOTION_TEXT, MOTION_PAGE);
    expect(d.isParliamentary).toBe(true);
    expect(d.document).toMatchObject({
      kind: 'motie',
      letterDate: '2025-07-02',
      dossier: '31497',
      number: '504',
      title: MOTION_PAGE.siteFacts?.title,
    });
    expect(d.dossierTitle).toBe('Passend onderwijs');
  });

  it('the same motion text alone is still recognised, without a dossier', () => {
    const d = detect(MOTION_TEXT);
    expect(d.isParliamentary).toBe(true);
    expect(d.document).toMatchObject({
      kind: 'motie',
      letterDate: '2025-07-02',
      dossier: null,
      number: '504',
    });
    expect(d.parts.dateLine).not.toBeNull();
  });

  it('a Kamerstuk identifier in the head metadata makes a paper and names it', () => {
    const d = detect('Een tekst zonder kop.', {
      meta: {
        'dcterms.identifier': 'kst-34851-4',
        'overheidop.documenttitel': 'Brief van de minister over de voortgang',
      },
    });
    expect(d.isParliamentary).toBe(true);
    expect(d.document).toMatchObject({
      dossier: '34851',
      number: '4',
      title: 'Brief van de minister over de voortgang',
    });
  });

  it('KOOP metadata fields: soort, dossier and number (names of the real kst-34104-439 XML)', () => {
    const text =
      '34 104 Langdurige zorg\n\nNr. 439 MOTIE VAN HET LID RIKKERS-OOSTERKAMP\n\nVoorgesteld 24 april 2025\n\nDe Kamer,\n\ngehoord de beraadslaging,';
    const d = detect(text, {
      meta: {
        'dc.type': 'Motie',
        'overheidop.dossiernummer': '34104',
        'overheidop.ondernummer': '439',
        'dc.title':
          'Langdurige zorg; Motie; Motie van het lid Rikkers-Oosterkamp over afspraken over een regionaal budget',
      },
    });
    expect(d.document).toMatchObject({
      kind: 'motie',
      letterDate: '2025-04-24',
      dossier: '34104',
      number: '439',
      title: 'Motie van het lid Rikkers-Oosterkamp over afspraken over een regionaal budget',
    });
    expect(d.dossierTitle).toBe('Langdurige zorg');
  });

  it('a bare KOOP soort `Brief` signed by a minister is a brief regering', () => {
    const navo = readFileSync('tests/fixtures/navo-defensieministers-2022-09-30.txt', 'utf8');
    const d = detect(navo, {
      url: 'https://zoek.officielebekendmakingen.nl/kst-28676-554.html',
      siteFacts: { soort: 'Brief' },
    });
    expect(d.document).toMatchObject({ kind: 'brief regering', dossier: '28676', number: '554' });
  });

  it('an Aanhangsel URL makes answers without a Kamerstuk number', () => {
    const c = corpus.find((l) => l.name === '14-antwoord-jenv-2025-nctv-adr');
    const d = detect(c?.text ?? '', {
      url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-1044.html',
    });
    expect(d.document).toMatchObject({
      kind: 'antwoord schriftelijke vragen',
      letterDate: '2025-01-31',
      dossier: null,
    });
  });

  it('the side date is the fallback for a paper whose text states none', () => {
    const d = detect(
      'Nr. 12\nBRIEF VAN DE MINISTER VAN DEFENSIE\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      {
        url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2025Z00001&did=2025D00001',
        siteFacts: { date: '6 oktober 2025', nummer: '36800-X-12' },
      },
    );
    expect(d.document).toMatchObject({
      kind: 'brief regering',
      letterDate: '2025-10-06',
      dossier: '36800-X',
      number: '12',
    });
  });
});

describe('text variants of a letter head', () => {
  it.each([
    ['a line break inside the date', 'Den Haag, 30 september\n2022'],
    ['a footnote digit glued to the year', 'Den Haag, 30 september 20221'],
    ['the old place name', '’s-Gravenhage, 30 september 2022'],
    ['the old place name without its hyphen (501)', "'s Gravenhage, 30 september 2022"],
    ['no space after the comma (1933)', 'Den Haag,30 september 2022'],
  ])('%s', (_label, dateLine) => {
    const text = `Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n${dateLine}\n\nHierbij informeer ik uw Kamer.\n\nDe Minister van Defensie,\nK.H. Ollongren\n`;
    const d = detect(text);
    expect(d.isParliamentary).toBe(true);
    expect(d.document.letterDate).toBe('2022-09-30');
    expect(d.document.kind).toBe('brief regering');
  });

  it('an Eerste Kamer memorie dated by its `Ontvangen` line (590), and an addition to a nota (591)', () => {
    const memorie =
      '26 732\nAlgehele herziening van de Vreemdelingenwet (Vreemdelingenwet 2000)\n\nnr. 5d\nNADERE MEMORIE VAN ANTWOORD\n\nOntvangen 27 oktober 2000\n\nINHOUDSOPGAVE';
    expect(detect(memorie).document).toMatchObject({ kind: 'nota', letterDate: '2000-10-27', number: '5D' });
    const aanvulling =
      '26 976, nr. 1\nNotitie «Reflecties over de positie van de Eerste Kamer»\n\nnr. 175a\nAANVULLING OP DE NOTA NAAR AANLEIDING VAN HET VERSLAG OVER DE NOTITIE «REFLECTIES OVER DE POSITIE VAN DE EERSTE KAMER»\n\nOntvangen 15 mei 2001\n\nIn de nota';
    expect(detect(aanvulling).document).toMatchObject({
      kind: 'nota',
      letterDate: '2001-05-15',
      dossier: '26976',
      number: '175A',
    });
  });

  // Dossier lines of the Eerste Kamer's older heads, read without an address: [rule (letter), head, dossier].
  it.each([
    [
      'a note marker glued to the dossier number, its title below (2880)',
      '26 7321\nAlgehele herziening van de Vreemdelingenwet (Vreemdelingenwet 2000)\n\n26 9752\nInvoering van de Vreemdelingenwet 2000 en daarmee verband houdende wijziging van diverse wetten\n\nnr. 5\nVOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR JUSTITIE3\n\nVastgesteld 22 september 2000\n\nHet voorbereidend onderzoek gaf de commissie aanleiding',
      '26732',
    ],
    [
      'the same with another dossier (545)',
      '23 9821\nVoorstel van wet van het lid M. Vos tot wijziging van de Wet milieubeheer (duurzaam geproduceerd hout)\n\n26 9982\nVoorstel van wet van het lid M. Vos tot wijziging van het Voorstel van wet van het lid M. Vos\n\nnr. 173\nVOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR RUIMTELIJKE ORDENING EN MILIEUBEHEER3\n\nVastgesteld 19 december 2000\n\nHet voorbereidend onderzoek',
      '23982',
    ],
    [
      'a dossier that is itself a paper, printed with its number (591)',
      '26 976, nr. 1\nNotitie «Reflecties over de positie van de Eerste Kamer»\n\nnr. 175a\nAANVULLING OP DE NOTA NAAR AANLEIDING VAN HET VERSLAG\n\nOntvangen 15 mei 2001\n\nIn de nota',
      '26976',
    ],
    [
      'a plain dossier line stays as it was (1750)',
      '19 637\nVluchtelingenbeleid\n\n24 440\nAsielbeleid\n\nnr. 148\nVERSLAG VAN EEN ALGEMEEN OVERLEG\n\n8 december 1995\n\nDe vaste commissie',
      '19637',
    ],
  ])('%s', (_rule, text, dossier) => {
    const d = detect(text);
    expect(d.isParliamentary).toBe(true);
    expect(d.document.dossier).toBe(dossier);
    // The head begins at the dossier line.
    expect(d.parts.header?.start).toBe(0);
  });

  it('digits without the thousands space are no dossier with a note: `2673212` is no dossier line', () => {
    const text =
      '2673212\nAlgehele herziening van de Vreemdelingenwet\n\nnr. 5\nVOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR JUSTITIE\n\nVastgesteld 22 september 2000\n\nHet voorbereidend onderzoek';
    expect(detect(text).document).toMatchObject({ dossier: null, number: '5' });
  });

  // Lijsten van vragen whose questions went to the Rekenkamer, named by their closing words.
  it.each([
    {
      letter: 594,
      url: 'https://zoek.officielebekendmakingen.nl/dossier/kst-26981-4.html',
      text: 'Vastgesteld 6 juni 2000\nDe commissie voor de Rijksuitgaven heeft een aantal vragen aan de Algemene Rekenkamer voorgelegd.\nDe Algemene Rekenkamer heeft deze vragen beantwoord bij brief van 31 mei 2000.\nVragen en antwoorden zijn hierna afgedrukt.',
      letterDate: '2000-06-06',
    },
    {
      letter: 829,
      url: 'https://zoek.officielebekendmakingen.nl/dossier/kst-24440-4.html',
      text: 'Vastgesteld 1 november 1995\nDe algemene commissie voor de Rijksuitgaven1 heeft een aantal vragen voorgelegd aan de Algemene Rekenkamer inzake het tussentijds rapport Asielbeleid.\nDe vragen en de daarop door de Algemene Rekenkamer gegeven antwoorden zijn hierna afgedrukt.',
      letterDate: '1995-11-01',
    },
  ])('a lijst van vragen to the Rekenkamer, by its closing words ($letter)', ({ url, text, letterDate }) => {
    expect(detect(text, { url }).document).toMatchObject({
      kind: 'lijst van vragen en antwoorden',
      letterDate,
    });
  });

  it('a verslag of the 1990s dated by a line of only its day below the kind line (1750)', () => {
    const text =
      '19 637\nVluchtelingenbeleid\n\n24 440\nAsielbeleid\n\nnr. 148\nVERSLAG VAN EEN ALGEMEEN OVERLEG\n\n8 december 1995\n\nDe vaste commissie voor Justitie1 en de algemene commissie voor de Rijksuitgaven2 hebben op 6 december 1995 overleg gevoerd.';
    expect(detect(text).document).toMatchObject({ kind: 'verslag', letterDate: '1995-12-08', number: '148' });
    // The line must be the day alone: the first line of the text below it dates nothing.
    expect(
      detect(text.replace('8 december 1995\n', '8 december 1995 is het overleg verslagen.\n')).document
        .letterDate,
    ).toBeNull();
    // A `Vastgesteld` line wins.
    expect(detect(text.replace('8 december 1995', 'Vastgesteld 11 december 1995')).document.letterDate).toBe(
      '1995-12-11',
    );
  });

  it("an Eerste Kamer verslag of a schriftelijk overleg that quotes the members' questions is a verslag (2187)", () => {
    const text = [
      'Kamerstuk',
      '| Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |',
      '|---|---|---|---|',
      '| Eerste Kamer der Staten-Generaal | 2024-2025 | 32140 nr. AG |',
      'Vastgesteld 26 mei 2025',
      'De vaste commissie voor Financiën1 heeft schriftelijk overleg gevoerd met de Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane over toekomstig stelsel box 3. Bijgaand brengt de commissie hiervan verslag uit. Dit verslag bestaat uit:',
      '• De uitgaande brief van 22 april 2025.',
      '• De antwoordbrief van 23 mei 2025.',
      'De griffier van de vaste commissie voor Financiën, Karthaus',
      'Aan de Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane',
      'Den Haag, 22 april 2025',
      'De leden van de vaste commissie voor Financiën hebben met belangstelling kennisgenomen van uw brief van 24 januari jl. over het toekomstig stelsel box 3.2 De leden van de fracties van GroenLinks-PvdA en van 50PLUS hebben naar aanleiding hiervan enkele vragen en opmerkingen.',
      'Vragen van de leden van de fractie van GroenLinks-PvdA',
      '1. De leden van de fractie van GroenLinks-PvdA maken zich zorgen.',
    ].join('\n');
    expect(
      detect(text, { url: 'https://zoek.officielebekendmakingen.nl/kst-32140-AG.html' }).document,
    ).toMatchObject({
      kind: 'verslag',
      letterDate: '2025-05-26',
      dossier: '32140',
      number: 'AG',
    });
  });

  it('a motion voorgesteld tijdens een wetgevingsoverleg, with `een` for `het` (2322)', () => {
    const text =
      'Kamerstuk\n| Tweede Kamer der Staten-Generaal | 2014-2015 | 34200-VIII nr. 9 |\n34 200 VIII Jaarverslag en slotwet Ministerie van Onderwijs, Cultuur en Wetenschap 2014\nNr. 9 MOTIE VAN HET LID YPMA\nVoorgesteld tijdens een Wetgevingsoverleg van 10 juni 2015\nDe Kamer,\ngehoord de beraadslaging,';
    expect(detect(text).document).toMatchObject({ kind: 'motie', letterDate: '2015-06-10' });
  });

  it('a yearless `Vastgesteld` day takes its year from the vergaderjaar of the metadata table (1153)', () => {
    const text =
      'Kamerstuk\n| Tweede Kamer der Staten-Generaal | 2009-2010 | 32123-XII nr. 8 |\nVastgesteld 11 november\nDe vaste commissie voor Verkeer en Waterstaat1, belast met het voorbereidende onderzoek van dit voorstel van wet, heeft de eer verslag uit te brengen in de vorm van een lijst van vragen met de daarop gegeven antwoorden.';
    expect(detect(text).document).toMatchObject({
      kind: 'lijst van vragen en antwoorden',
      letterDate: '2009-11-11',
    });
    // The same vergaderjaar's spring lies in its second year.
    expect(detect(text.replace('11 november', '3 maart')).document.letterDate).toBe('2010-03-03');
  });

  it("a lijst van vragen without kind line, named by the committee's words (1092)", () => {
    const text =
      'Kamerstuk\n| Tweede Kamer der Staten-Generaal | 2022-2023 | 36250-X nr. 3 |\nVastgesteld 14 december 2022\nDe vaste commissie voor Defensie, belast met het voorbereidend onderzoek van dit voorstel van wet, heeft de eer verslag uit te brengen in de vorm van een lijst van vragen met de daarop gegeven antwoorden.';
    expect(detect(text).document).toMatchObject({
      kind: 'lijst van vragen en antwoorden',
      letterDate: '2022-12-14',
    });
    // The plain verslag of the same committee stays one.
    const verslag = text.replace(/in de vorm van .*$/, 'als volgt.');
    expect(detect(verslag).document.kind).toBe('verslag');
  });

  it('a paper added later under a number with a letter, named by the metadata row alone: `26657 nr. 188a` (918)', () => {
    const text =
      'Kamerstuk\n| Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer | Datum vergadering |\n|---|---|---|---|---|\n| Eerste Kamer der Staten-Generaal | 1999-2000 | 26657 nr. 188a |\nVastgesteld 18 april 2000\nHet voorbereidend onderzoek van dit wetsvoorstel heeft de commissie aanleiding gegeven tot het maken van onderstaande opmerkingen.';
    expect(detect(text).document).toMatchObject({
      dossier: '26657',
      number: '188A',
      letterDate: '2000-04-18',
    });
  });

  it("a tweedekamer.nl Stenogram under a paper's address is the Handelingen, no paper (1029)", () => {
    const text =
      'Stenogram : Begroting Volkshuisvesting en Ruimtelijke Ordening 2025\n3 Begroting Volkshuisvesting en Ruimtelijke Ordening 2025\nVergaderjaar 2024-2025\nVergaderingnummer 18\nAan de orde is de voortzetting van de behandeling van:\n-het wetsvoorstel Vaststelling van de begrotingsstaat (36600-XXII).\nDe voorzitter:';
    const url = 'https://www.tweedekamer.nl/kamerstukken/detail?did=2025D00220&id=2025D00220';
    expect(detect(text, { url }).isParliamentary).toBe(false);
  });

  it('a paper added later under a number with a letter: `nr. 106a` (574)', () => {
    const text =
      '24 258\nWijziging van de Algemene Ouderdomswet en enkele andere wetten\n\nnr. 106a\nVOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR SOCIALE ZAKEN EN WERKGELEGENHEID\n\nVastgesteld 8 december 1995\n\nHet voorbereidend onderzoek';
    const d = detect(text, {
      url: 'https://zoek.officielebekendmakingen.nl/dossier/kst-19951996-24258-106a.html',
    });
    expect(d.isParliamentary).toBe(true);
    expect(d.document).toMatchObject({
      kind: 'verslag',
      letterDate: '1995-12-08',
      dossier: '24258',
      number: '106A',
    });
    expect(detect(text).document.number).toBe('106A');
  });

  // Real motion date lines: kst-24515-782 and kst-31288-1115 (motiematcher's KOOP XML cache).
  it.each([
    ['a plenary motion', 'Voorgesteld 6 februari 2025', '2025-02-06'],
    ['a motion from a notaoverleg', 'Voorgesteld tijdens het Notaoverleg van 15 april 2024', '2024-04-15'],
    [
      'a motion from a wetgevingsoverleg',
      'Voorgesteld tijdens het wetgevingsoverleg van 3 juni 2024',
      '2024-06-03',
    ],
    [
      'a motion from a nota-overleg, `in het` (495)',
      'Voorgesteld in het Nota-overleg van 12 november 2001',
      '2001-11-12',
    ],
    ['an Eerste Kamer motion, `op` before the day (1832)', 'Voorgesteld op 22 november 2011', '2011-11-22'],
  ])('%s: the Voorgesteld date is the paper date', (_label, dateLine, iso) => {
    const text = `31 288 Hoger Onderwijs-, Onderzoek- en Wetenschapsbeleid\n\nNr. 1115 MOTIE VAN HET LID HERTZBERGER\n\n${dateLine}\n\nDe Kamer,\n\ngehoord de beraadslaging,`;
    const d = detect(text);
    expect(d.document).toMatchObject({ kind: 'motie', letterDate: iso, dossier: '31288', number: '1115' });
  });

  it('a ministry outside The Hague dates its letter there (kst-25295-1, VWS in Rijswijk, 1997)', () => {
    const text =
      '25 295\nInfectieziektenbestrijding\n\nnr. 1\nBRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\n\n' +
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nRijswijk, 7 april 1997\n\nHierbij zend ik u de beleidsnota.';
    // The 1990s layout also prints the number in lower case, under a dossier line without title.
    expect(detect(text).document).toMatchObject({
      kind: 'brief regering',
      letterDate: '1997-04-07',
      dossier: '25295',
      number: '1',
    });
  });

  it.each([
    ['no addressee above it', 'Brussel, 12 oktober 2022\n\nDe ministers kwamen bijeen.'],
    ['a weekday, not a place', 'Aan de Voorzitter van de Tweede Kamer\n\nDinsdag, 14 maart 2023\n\nAgenda'],
    [
      'more text after the date',
      'Aan de Voorzitter van de Tweede Kamer\n\nBrussel, 12 oktober 2022 kwamen de ministers bijeen.',
    ],
  ])('a place and a date is no date line with %s', (_label, text) => {
    expect(detect(text).document.letterDate).toBeNull();
  });

  // Papers read from their head alone: [rule (letter), text, facts the detection must give].
  it.each([
    [
      'a letter from the Algemene Rekenkamer is a plain brief',
      '31 865 Verbetering verantwoording en begroting\n\nNr. 245 BRIEF VAN DE ALGEMENE REKENKAMER\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 15 mei 2024\n\nIn ons rapport …',
      {
        kind: 'brief',
        letterDate: '2024-05-15',
        dossier: '31865',
        number: '245',
        sender: 'De Algemene Rekenkamer',
      },
    ],
    [
      'an Eerste Kamer paper numbered with a letter',
      '35 261 Regels over het verlenen van subsidies\n\nB MEMORIE VAN ANTWOORD\n\nOntvangen 3 maart 2020\n\nDe regering dankt de leden.',
      { dossier: '35261', number: 'B' },
    ],
    [
      'an Eerste Kamer paper with its letter on a line of its own (letter 54)',
      '30 312\nAlgemene bepalingen betreffende de toekenning, het beheer en het gebruik van het burgerservicenummer\n\nB\nVOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN STAAT1\n\nVastgesteld 21 november 2006\n\nDe leden van de CDA-fractie hebben kennisgenomen van het wetsvoorstel.',
      { kind: 'verslag', letterDate: '2006-11-21', dossier: '30312', number: 'B' },
    ],
    [
      'an Eerste Kamer letter with a footnote digit glued to its letter (letter 71)',
      '35 979 Voorstel van wet\n\nH1 BRIEF VAN DE MINISTER VOOR RECHTSBESCHERMING\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nDen Haag, 3 juli 2023\n\nDe Minister voor Rechtsbescherming,\nF.M. Weerwind',
      { kind: 'brief regering', dossier: '35979', number: 'H' },
    ],
    [
      'questions put to the government make a lijst van vragen without a kind line (letter 81)',
      'Tweede Kamer der Staten-Generaal | 2007-2008 | 31444-XVI nr. 6 |\nVastgesteld 10 juni 2008\nDe Algemene commissie voor Volksgezondheid, Welzijn en Sport heeft over het rapport van de Algemene Rekenkamer de navolgende vragen ter beantwoording aan de regering voorgelegd.',
      { kind: 'lijst van vragen en antwoorden', letterDate: '2008-06-10' },
    ],
    [
      "a letter to the Voorzitter without kind line or signature is the cabinet's (letter 92)",
      'Tweede Kamer der Staten-Generaal | 2009-2010 | 31371 nr. 342 |\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 11 juni 2010\nDe griffier van de commissie voor Financiën heeft mij verzocht een reactie te geven.',
      { kind: 'brief regering', letterDate: '2010-06-11', dossier: '31371', number: '342' },
    ],
    [
      'a letter without kind line signed by someone outside the cabinet is a plain brief',
      'Tweede Kamer der Staten-Generaal | 2009-2010 | 31371 nr. 343 |\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 11 juni 2010\nIn ons rapport bespreken wij de crisis.\n\nAlgemene Rekenkamer,\nA.P. Visser, president',
      { kind: 'brief', letterDate: '2010-06-11' },
    ],
    [
      'a verslag of a schriftelijk overleg without kind line, quoting the letters it exchanged (letter 156)',
      '| Eerste Kamer der Staten-Generaal | 2024-2025 | 30573 nr. J |\nVastgesteld 10 januari 2025\nDe vaste commissie voor Immigratie en Asiel/JBZ-Raad van de Eerste Kamer der Staten-Generaal heeft kennisgenomen van de Staat van Migratie 2024.\nDe commissie brengt bijgaand verslag uit van het gevoerde schriftelijk overleg.\nAan de Minister van Asiel en Migratie\nDen Haag, 23 oktober 2024\nDe vaste commissie voor Immigratie en Asiel/JBZ-Raad heeft met belangstelling kennisgenomen van de brief.',
      { kind: 'verslag', letterDate: '2025-01-10', dossier: '30573', number: 'J' },
    ],
    [
      "a verslag of a schriftelijk overleg quoting a letter with its kind line: the letter's kind line is not the paper's (letter 620)",
      '| Eerste Kamer der Staten-Generaal | 2023-2024 | 30573 nr. G |\nVastgesteld 20 oktober 2023\nDe leden van de vaste commissie voor Immigratie en Asiel/JBZ-Raad1 van de Eerste Kamer der Staten-Generaal hebben kennisgenomen van de brief.\nDe commissie brengt bijgaand verslag uit van het gevoerde nader schriftelijk overleg.\nDe griffier van de vaste commissie voor Immigratie & Asiel / JBZ-Raad, De Man\nBRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR IMMIGRATIE EN ASIEL / JBZ-RAAD\nAan de Staatssecretaris van Justitie en Veiligheid\nDen Haag, 7 juni 2023\nDe leden van de vaste commissie hebben met belangstelling kennisgenomen van uw brief.',
      { kind: 'verslag', letterDate: '2023-10-20', dossier: '30573', number: 'G' },
    ],
    [
      "a kind line above the Vastgesteld line is the paper's own",
      '21 501-31 Raad voor Werkgelegenheid\n\nNr. 208 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 1 mei 2010\n\nHet verslag, Vastgesteld 16 april 2010, vraagt om een reactie.',
      { kind: 'brief regering', letterDate: '2010-05-01' },
    ],
    [
      'an older amendement, dated by its Ontvangen line alone (letter 630)',
      'nr. 8\nAMENDEMENT VAN HET LID REITSMA\nOntvangen 25 november 1996\nDe ondergetekende stelt het volgende amendement voor:\nI\nIn artikel I, onderdeel G.3, wordt de aanhef vervangen door: Het derde\ntot en met het vijfde lid worden vervangen door:.',
      { kind: 'amendement', letterDate: '1996-11-25', number: '8' },
    ],
    [
      'a Den Haag date whose day lost its space before the month (letter 2730)',
      '32 716 Evaluatie WIA\n\nNr. 15 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 31oktober 2011\n\nOp 20 juni jl. heeft uw Kamer gedebatteerd.',
      { kind: 'brief regering', letterDate: '2011-10-31', number: '15' },
    ],
    [
      'a verslag of the Staten van Aruba, dated by its Ontvangen line alone (letter 2606)',
      'Verslag (initiatief)wetsvoorstel (nader) : Verslag van de Staten van Aruba\n36 031 (R2161) Regels omtrent de instelling van het Caribisch orgaan voor hervorming en ontwikkeling (Rijkswet Caribisch orgaan voor hervorming en ontwikkeling)\nNr. 9 VERSLAG VAN DE STATEN VAN ARUBA\nOntvangen 20 mei 2022\nDe in de Staten van Aruba aanwezige fracties stellen dat de Koning op 9 februari 2022\nhet voorstel van rijkswet aangeboden.',
      { kind: 'verslag', letterDate: '2022-05-20', number: '9' },
    ],
    [
      "a rapporteur's verslag, `Vastgesteld op …` (letter 668)",
      'Verslag van een rapporteur : Tussentijds verslag van de rapporteur over het kennisthema Implementatie van EU-wet- en regelgeving\n21 109 Uitvoering EU-Richtlijnen\nNr. 271\nVERSLAG VAN DE RAPPORTEUR\nVastgesteld op 22 mei 2025\nIntroductie\nDe vaste Kamercommissie voor Europese Zaken heeft mij in februari 2024 aangesteld als rapporteur.',
      { kind: 'verslag', letterDate: '2025-05-22', number: '271' },
    ],
    [
      'an Eerste Kamer nadere memorie van antwoord without kind line, dated by its Ontvangen line (letter 738)',
      '| Eerste Kamer der Staten-Generaal | 2017-2018 | 34674 nr. E |\nOntvangen 23 oktober 2017\nDe leden van de CDA-fractie hebben met belangstelling kennisgenomen van het wetsvoorstel Verzamelwet pensioenen 2017. Deze leden hebben hierover nog enkele vragen.',
      { kind: 'nota', letterDate: '2017-10-23', dossier: '34674', number: 'E' },
    ],
    [
      'a paper of both chambers, `BZ/ Nr. 140` (letter 746)',
      'Verslag van een bijeenkomst : Verslag van de Zitting 2024 (eerste deel) van de Parlementaire Vergadering van de Raad van Europa\n20 043 Parlementaire Vergadering van de Raad van Europa\nBZ/ Nr. 140\nVERSLAG VAN DE ZITTING 2024 (EERSTE DEEL)\nVastgesteld 9 februari 2024\n1. Inleiding',
      { kind: 'verslag', letterDate: '2024-02-09', dossier: '20043', number: '140' },
    ],
    [
      'a kind line with the date line glued to it (letter 756)',
      '25 013\nCultuurnota 1997–2000\n\nnr. 11\nVERSLAG VAN EEN ALGEMEEN OVERLEGVastgesteld 21 januari 1997\n\nDe vaste commissie voor Onderwijs, Cultuur en Wetenschappen heeft op 12 december 1996 overleg gevoerd.',
      { kind: 'verslag', letterDate: '1997-01-21', dossier: '25013', number: '11' },
    ],
    [
      'an Eerste Kamer voorlopig verslag dated with a colon, `Vastgesteld: 2 juli 2013` (letter 811)',
      '32 203 Voorstel van Wet van de leden Schouw en De Wit\n\nA VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VEILIGHEID EN JUSTITIE1\n\nVastgesteld: 2 juli 2013\n\nHet voorbereidend onderzoek heeft de commissie aanleiding gegeven.',
      { kind: 'verslag', letterDate: '2013-07-02', number: 'A' },
    ],
    [
      'a verslag dated with a comma, `Vastgesteld, 14 mei 2003` (letter 990)',
      '28 385\nEvaluatie Meststoffenwet\n\nnr. 19\nVERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld, 14 mei 2003\n\nDe vaste commissie voor Landbouw, Natuurbeheer en Visserij heeft overleg gevoerd.',
      { kind: 'verslag', letterDate: '2003-05-14', dossier: '28385', number: '19' },
    ],
    [
      'a letter whose Den Haag date comes first stays a letter, whatever date it quotes later',
      'Tweede Kamer der Staten-Generaal | 2009-2010 | 31371 nr. 342 |\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 11 juni 2010\nHet verslag, vastgesteld op 3 juni 2010, vraagt om een reactie.\nVastgesteld 3 juni 2010\nDe Minister van Financiën,\nJ.C. de Jager',
      { kind: 'brief regering', letterDate: '2010-06-11' },
    ],
    [
      'a verslag dated with the space after Vastgesteld lost (letter 72)',
      '21 501-31 Raad voor Werkgelegenheid\n\nNr. 207 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld16 april 2010\n\nDe vaste commissie',
      { kind: 'verslag', letterDate: '2010-04-16' },
    ],
  ])('%s', (_rule, text, facts) => {
    const d = detect(text);
    expect(d.isParliamentary).toBe(true);
    expect(d.document).toMatchObject(facts);
  });

  it('a capital pair alone on a line is no paper letter without a kind line under it', () => {
    const text = 'Samenwerking in de regio\n\nEU\nDe lidstaten spraken op 3 maart 2020 over de begroting.';
    expect(detect(text).isParliamentary).toBe(false);
  });
});

describe('texts that are not papers', () => {
  const stcrt = corpus.find((c) => c.name === '17-neg-stcrt-2017-30318')?.text ?? '';
  it.each([
    [
      'a news item with a date line',
      'Kamer debatteert over NAVO-top\n\nDen Haag, 30 september 2022 - De Tweede Kamer debatteert donderdag met de Minister van Defensie over de bijeenkomst van de NAVO-Ministers van Defensie op 12 en 13 oktober.\n\nDe Minister van Defensie,\nzo verwachten Kamerleden, zal de inzet toelichten.',
    ],
    [
      'a committee agenda',
      'Agenda\nVaste commissie voor Defensie\nProcedurevergadering\nDatum: woensdag 5 oktober 2022\nTijd: 13.00 - 13.30 uur\n\n1. Brief van de Minister van Defensie d.d. 30 september 2022 inzake geannoteerde agenda bijeenkomst NAVO-Ministers van Defensie (Kamerstuk 28 676, nr. 554)\nVoorstel: Agenderen voor het commissiedebat NAVO.',
    ],
    [
      'an agenda with a tweedekamer.nl soort line',
      'Agenda procedurevergadering : Procedurevergadering Defensie\n28 676 NAVO\nNr. 554\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal',
    ],
    ['a Staatscourant regulation (corpus 17, text only)', stcrt],
    [
      'prose that quotes a letter',
      'In zijn brief aan de Voorzitter van de Tweede Kamer der Staten-Generaal schreef de minister op 30 september 2022 dat de Kamer zou worden geïnformeerd. BRIEF VAN DE MINISTER VAN DEFENSIE is de kop die hij gebruikte.',
    ],
    ['an empty text', ''],
    ['only whitespace', ' \n\n\t \u00a0'],
    ['odd characters', '\u0000\ud800Nr. \uffff\n:\n: \nAan \n Den Haag, 99 foo 0000'],
  ])('%s', (_label, text) => {
    const d = detect(text);
    expect(d.isParliamentary).toBe(false);
    expect(d.document.kind).toBeNull();
  });

  it('answers on a huge text without a head (speed is benchmarked, not asserted)', () => {
    const huge = 'Nr. 1 Den Haag, 30 september 2022 Aan de Voorzitter '.repeat(40_000) + '\n'.repeat(100_000);
    const d = detect(huge);
    expect(d.isParliamentary).toBe(false);
  });
});

// 422: `Den Haag, 4 januari 2020` on a letter of 2021, which goes on `Vanaf vandaag, 4 januari, …` and `Maandag 4
// januari markeert zo een belangrijk moment`: 4 January was a Monday in 2021, a Saturday in 2020.
describe('a January date line whose year slipped back (422)', () => {
  const text = corpus.find((l) => l.name === '422-vws-2021-vaccinatiestrategie-covid-19')?.text ?? '';

  it.each([
    ['the letter itself: the weekday of its own day mends the year', text, '2021-01-04'],
    [
      'without the weekday, the date line as written',
      text.replace('Maandag 4 januari', 'Vandaag'),
      '2020-01-04',
    ],
    // 4 January 2021 was a Monday, 4 January 2022 a Tuesday.
    [
      'a weekday that fits the written year keeps it',
      text.replace('januari 2020', 'januari 2021'),
      '2021-01-04',
    ],
    [
      'a weekday of another day is no evidence',
      text.replace('Maandag 4 januari', 'Maandag 11 januari'),
      '2020-01-04',
    ],
    [
      'a weekday written with its year is no evidence',
      text.replace('Maandag 4 januari', 'Maandag 4 januari 2021'),
      '2020-01-04',
    ],
  ])('%s', (_how, letter, letterDate) => {
    expect(detect(letter).document.letterDate).toBe(letterDate);
  });

  it('only in January: a weekday that fits the next year after a date line of March changes nothing', () => {
    // 4 March 2020 was a Wednesday, 4 March 2021 a Thursday.
    const march =
      text.replace('Den Haag, 4 januari 2020', 'Den Haag, 4 maart 2020') + '\nDonderdag 4 maart.\n';
    expect(detect(march).document.letterDate).toBe('2020-03-04');
  });
});
