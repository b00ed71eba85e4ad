import { describe, expect, it } from 'vitest';
import {
  bodyFromClosing,
  bodyFromOpening,
  governmentFromOpening,
} from '../../../src/core/detect/body-sender';

describe('bodyFromOpening', () => {
  /** The letter's head ends with its date line; the opening sentence follows on the next line. */
  const HEAD = 'Den Haag, 18 mei 2011\n';
  const body = (opening: string) => bodyFromOpening(HEAD + opening, 0);

  it.each([
    // The body offers the paper (691, a note digit glued to its name) or lays it before the members (1066).
    [
      '691',
      'Hierbij biedt de commissie voor de Rijksuitgaven1 u de jaarlijkse rapportage aan over de werking en toepassing van de Regeling Grote Projecten in 2010.',
      'De commissie voor de Rijksuitgaven',
    ],
    [
      '1066',
      'Het Presidium legt hierbij aan u voor het onderzoeksvoorstel van de Tijdelijke commissie corona bij brief van 31 maart 2023 inzake de uitvoering van een parlementaire enquête naar corona.',
      'Het Presidium',
    ],
    // `heeft de eer`: who set the werkgroep up is no part of its name (2306); a committee charged with a bill (1041).
    [
      '2306',
      'De door uw college ingestelde werkgroep Politieke en persoonlijke ondersteuning leden heeft de eer hierbij verslag uit te brengen van zijn bevindingen.',
      'De werkgroep Politieke en persoonlijke ondersteuning leden',
    ],
    [
      '1041',
      'De vaste commissie voor Financiën1, belast met het voorbereidend onderzoek van bovenstaand wetsvoorstel, heeft de eer als volgt verslag uit te brengen van haar bevindingen.',
      'De vaste commissie voor Financiën',
    ],
    // The nota on the committee's own proposal to change the Reglement van Orde (895).
    [
      '895',
      'De commissie voor de Werkwijze heeft met belangstelling kennisgenomen van het verslag over het onderhavige voorstel. Zij dankt de leden van de fracties van de VVD, D66, CDA, SP en PvdA voor de door hen gestelde vragen en gemaakte opmerkingen',
      'De commissie voor de Werkwijze',
    ],
  ])('%s: %s → %s', (_letter, opening, sender) => {
    expect(body(opening)).toBe(sender);
  });

  it.each([
    // The Presidium named in passing, further down the opening (861).
    [
      '861',
      'Ieder jaar stelt de Tweede Kamer haar eigen begroting op, de Raming. Deze Raming wordt\nvervolgens door de Minister van Binnenlandse Zaken en Koninkrijksrelaties toegevoegd\naan hoofdstuk IIA van de Rijksbegroting. In deze geleidende brief bij de Raming worden\nde aandachtspunten voor 2026 beschreven. Hierbij wordt uiteraard voortgebouwd op de\nontwikkelingen die de afgelopen jaren in gang zijn gezet. Zo blijven onderwerpen als\nintegrale veiligheid, het versterken van het parlementaire proces en het verder moderniseren\nen digitaliseren van de werkwijze van de Kamer hoog op de agenda van het Presidium\nstaan.',
    ],
    // The nota of a member on his own bill: its opening names members and a committee, none writes (712, 2083).
    [
      '712',
      'De leden van de fractie van GroenLinks-PvdA hebben kennisgenomen van het initiatiefvoorstel\nvan het lid Bontenbal.',
    ],
    [
      '2083',
      'De opmerkingen en vragen zoals verwoord in het verslag van de vaste commissie voor VROM, tonen aan dat er in het algemeen bij de fracties veel sympathie en steun bestaat voor de intentie van mijn wetsvoorstel.',
    ],
    // The government is no body of the Kamer: its ministers sign the nota (2737).
    ['2737', 'De regering heeft met belangstelling kennisgenomen van het verslag van de vaste commissie'],
  ])('%s: no body writes', (_letter, opening) => {
    expect(body(opening)).toBeNull();
  });

  it('reads only the line after the head, not a body further down (1066)', () => {
    const text =
      HEAD +
      'Het onderzoeksvoorstel is besproken in de Presidiumvergaderingen van 19 april 2023 en 24 mei 2023.\n' +
      'Het Presidium legt hierbij aan u voor het onderzoeksvoorstel';
    expect(bodyFromOpening(text, 0)).toBeNull();
  });
});

describe('governmentFromOpening', () => {
  /** A nota's head ends with its `Ontvangen` line; the opening (or a table of contents) follows on the next line. */
  const HEAD = 'Ontvangen 5 juni 2019\n';
  const government = (opening: string) => governmentFromOpening(HEAD + opening, 0);

  it.each([
    // The government taking note of the verslag, on a line broken in the sentence (1289) or not (1299, 1141).
    [
      '1289',
      'De regering heeft met belangstelling kennisgenomen van het verslag van de vaste commissie\nvoor Sociale Zaken en Werkgelegenheid inzake bovengenoemd wetsvoorstel. Zij is de\nKamerfracties erkentelijk voor hun inbreng.',
      'De regering',
    ],
    [
      '1299',
      'De regering heeft met belangstelling kennisgenomen van de schriftelijke inbreng van de vaste commissie voor Digitalisering bij de Verzamelwet gegevensbescherming.',
      'De regering',
    ],
    [
      '1141',
      'De regering heeft geïnteresseerd kennis genomen van de bijdragen van de fracties aan het voorlopig verslag inzake het wetsvoorstel Bevordering duurzame arbeidsinschakeling jongeren tot 27 jaar (Wet investeren in jongeren).',
      'De regering',
    ],
    [
      '2722',
      'Het kabinet heeft met interesse kennisgenomen van de vragen en opmerkingen van de leden van de fracties van de PVV, het CDA, D66 en de ChristenUnie.',
      'Het kabinet',
    ],
    [
      '904',
      'De regering is de Vaste Commissie voor Volksgezondheid, Welzijn en Sport erkentelijk voor het feit dat zij haar voorlopig verslag respectievelijk het nader voorlopig verslag over het voorstel van de Wmo 2015 heeft uitgebracht.',
      'De regering',
    ],
    // Inverted, after what it felt (2583, 1059).
    [
      '2583',
      'Met veel belangstelling heeft de regering kennisgenomen van het voorlopig verslag van de vaste commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en Huis van de Koning.',
      'De regering',
    ],
    [
      '1059',
      'Met belangstelling heeft het kabinet kennisgenomen van de bijdragen van de verschillende fracties aan het verslag bij het onderhavige wetsvoorstel.',
      'Het kabinet',
    ],
    // Thanks and pleasure (2697, 1476), and thanks after what comes first (2240).
    [
      '2697',
      'De regering dankt de vaste commissie voor Onderwijs, Cultuur en Wetenschap voor de schriftelijke inbreng bij het wetsvoorstel.',
      'De regering',
    ],
    [
      '1476',
      'Het verheugt de regering dat de fracties het wetsvoorstel tot wijziging van de Ambtenarenwet, de Militaire Ambtenarenwet 1931 en de Politiewet 1993 met zoveel belangstelling en interesse hebben ontvangen.',
      'De regering',
    ],
    [
      '2240',
      'Alvorens in te gaan op de in het voorlopig verslag door de commissie geformuleerde vragen en opmerkingen, wil de regering de commissie dank zeggen voor de gedegen voorbereiding van de behandeling van het wetsvoorstel.',
      'De regering',
    ],
    // Past a table of contents and a heading, whose entries have eight words but not a sentence's length (1124).
    [
      '1124',
      'Inhoudsopgave\nI.\nAlgemeen\n1\n5.\nUitspraken Centrale Raad van Beroep en Hoge Raad\n13\nI. Algemeen\nDe regering heeft met belangstelling kennisgenomen van het verslag van de vaste commissie\nvoor Sociale Zaken en Werkgelegenheid over haar bevindingen inzake bovenvermeld wetsvoorstel.',
      'De regering',
    ],
  ])('%s: %s → %s', (_letter, opening, sender) => {
    expect(government(opening)).toBe(sender);
  });

  it.each([
    // `ik` names no one (2474); the members speak (2686); the initiators answer on their own bill (2873).
    [
      '2474',
      'Met belangstelling heb ik kennis genomen van het verslag van de vaste commissie voor\nEconomische Zaken en Klimaat.',
    ],
    [
      '2686',
      'De leden van de fractie van het CDA hebben met gemengde gevoelens kennisgenomen van de beantwoording van de vragen door de initiatiefnemers en de regering.',
    ],
    [
      '2873',
      'Met belangstelling hebben de indieners kennisgenomen van het Verslag van de Vaste Commissie van Volksgezondheid, Welzijn en Sport, vastgesteld op 29 oktober 2012.',
    ],
    // The government named further down, after the opening sentence (671, its fourth sentence).
    [
      '671',
      'In deze nota naar aanleiding van het verslag gaat de regering in op de meeste vragen van de leden van de verschillende fracties.\nDe regering heeft ervoor gekozen om de reeds afgeronde antwoorden alvast in te dienen.',
    ],
  ])('%s: the government is not named as who answers', (_letter, opening) => {
    expect(government(opening)).toBeNull();
  });
});

describe('bodyFromClosing', () => {
  const HEAD = 'Den Haag, 18 mei 2011\n';
  const body = (text: string) => bodyFromClosing(HEAD + text, 0);

  it.each([
    // The chair signs for the body it presides (691, 2306).
    [
      '691',
      'In artikel 21 van de Regeling Grote Projecten is vastgelegd dat de commissie voor de Rijksuitgaven jaarlijks op de derde woensdag in mei (Verantwoordingsdag) een rapport uitbrengt over de werking en toepassing van de regeling.\nDe voorzitter van de commissie voor de Rijksuitgaven,\nVan Gerven\nDe griffier van de commissie voor de Rijksuitgaven,\nGroen',
      'De commissie voor de Rijksuitgaven',
    ],
    [
      '2306',
      'De werkgroep maakt u er extra op attent dat als ingangsdatum van de nieuwe bekostigingssystematiek wordt voorgesteld 1 juli 1997.\n\nDe voorzitter van de werkgroep,\n\nDoelman-Pel\n\nDe griffier van de werkgroep,\n\nVan Dijk',
      'De werkgroep',
    ],
    // The Rekenkamer signs by its name over its president (792).
    [
      '792',
      'Hierbij bieden wij u het op 7 mei 2012 door ons vastgestelde «Rapport bij het Jaarverslag 2011 van het Infrastructuurfonds (A)» aan.\n\nAlgemene Rekenkamer\n\ndrs. Saskia J. Stuiveling, president\n\ndr. Ellen M.A. van Schoten RA, secretaris',
      'De Algemene Rekenkamer',
    ],
  ])('%s → %s', (_letter, text, sender) => {
    expect(body(text)).toBe(sender);
  });

  it.each([
    // The Voorzitter of the Kamer signs as an office, not for a body (2490).
    ['2490', 'De Voorzitter van de Tweede Kamer der Staten-Generaal,\n\nF. W. Weisglas'],
    // A chair in a sentence, no name line below: no closing (691).
    [
      '691',
      'De voorzitter van de commissie voor de Rijksuitgaven,\nbrengt ieder jaar een rapportage uit over de Regeling Grote Projecten.',
    ],
    // The Rekenkamer named as the subject of a sentence (792).
    [
      '792',
      'Algemene Rekenkamer\nDe Algemene Rekenkamer heeft de beleidsinformatie in de jaarverslagen onderzocht.',
    ],
  ])('%s: no body signs', (_letter, text) => {
    expect(body(text)).toBeNull();
  });
});
