import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAskers } from '../../../src/core/detect/askers';
import { detectDocument } from '../../../src/core/detect/detect';
import { normalizeText } from '../../../src/core/text/normalize';

const LETTERS = 'tests/fixtures/letters/letters/';

/** A corpus letter's text without its `URL:` line and the blank line after it. */
function letter(number: number): { name: string; text: string } {
  const prefix = String(number).padStart(2, '0');
  const file = readdirSync(LETTERS).find((f) => f.startsWith(`${prefix}-`));
  if (!file) throw new Error(`no letter ${number}`);
  const text = readFileSync(LETTERS + file, 'utf8')
    .split('\n')
    .slice(2)
    .join('\n');
  return { name: file.replace(/\.txt$/, ''), text };
}

const askersOf = (line: string) => readAskers(line, 0);

describe('the askers of written questions, from their `Vragen van …` line', () => {
  // Each line as the letter prints it, cut after the point where the askers end; the expected askers read from it.
  it.each([
    [
      '45: one member with her party',
      'Vragen van het lid Beckerman (SP) aan de Minister van Economische Zaken en Klimaat over de kritiek van SodM',
      ['Beckerman (SP)'],
    ],
    [
      '1147: two members, each with their party, joined by `en`',
      'Vragen van de leden Thijssen (PvdA) en Van der Lee (GroenLinks) aan de Staatssecretaris van Economische Zaken en Klimaat over de stijgende energierekening (ingezonden 7 oktober 2021).',
      ['Thijssen (PvdA)', 'Van der Lee (GroenLinks)'],
    ],
    [
      '1098: `(beiden PvdA)` is the party of both',
      'Vragen van de leden Van Dekken en Monasch (beiden PvdA) aan de minister voor Wonen, Wijken Integratie en de staatssecretaris van Binnenlandse Zaken',
      ['Van Dekken (PvdA)', 'Monasch (PvdA)'],
    ],
    [
      '1159: `(allen PVV)` after three names; the Minister-President they ask is no asker',
      'Vragen van de leden Wilders, Beertema en Bosma (allen PVV) aan de Minister-President, Minister van Algemene Zaken over de uitspraken van de Koning over de EU (ingezonden 26 mei 2016).',
      ['Wilders (PVV)', 'Beertema (PVV)', 'Bosma (PVV)'],
    ],
    [
      '1612: two groups, each sharing a party',
      'Vragen van de leden Pechtold, Hachchi (beiden D66), Van Haersma Buma en Van Toorenburg (beiden CDA) aan de Minister-President en de Minister van Binnenlandse Zaken',
      ['Pechtold (D66)', 'Hachchi (D66)', 'Van Haersma Buma (CDA)', 'Van Toorenburg (CDA)'],
    ],
    [
      '325: a group sharing a party, then another',
      'Vragen van de leden Bouchallikh, Kröger (beiden GroenLinks), Van Esch en Teunissen (beiden PvdD) aan de Staatssecretaris van Infrastructuur en Waterstaat',
      ['Bouchallikh (GroenLinks)', 'Kröger (GroenLinks)', 'Van Esch (PvdD)', 'Teunissen (PvdD)'],
    ],
    [
      '1035: four members, a first name and `de` in a name, a party with a hyphen',
      'Vragen van de leden Bromet (GroenLinks-PvdA), Tjeerd de Groot (D66), Kostić (PvdD) en Koekkoek (Volt) aan de Minister van Landbouw, Natuur en Voedselkwaliteit over de controle op visfraude door de NVWA (ingezonden 15 december 2023).',
      ['Bromet (GroenLinks-PvdA)', 'Tjeerd de Groot (D66)', 'Kostić (PvdD)', 'Koekkoek (Volt)'],
    ],
    [
      '180: seven members, `ChristenUnie` and `Groenlinks` as printed',
      'Vragen van de leden Pechtold (D66), Cohen (PvdA), Roemer (SP), Halsema (Groenlinks), Rouvoet (ChristenUnie), Van der Staaij (SGP) en Thieme (PvdD) aan de minister van Economische Zaken, Landbouw en Innovatie',
      [
        'Pechtold (D66)',
        'Cohen (PvdA)',
        'Roemer (SP)',
        'Halsema (Groenlinks)',
        'Rouvoet (ChristenUnie)',
        'Van der Staaij (SGP)',
        'Thieme (PvdD)',
      ],
    ],
    [
      '2186: `, en` before the last member, and a name with `van`',
      'Vragen van de leden Vijlbrief (D66), Ceder (ChristenUnie), Inge van Dijk (CDA), en Haage (GroenLinks-PvdA) aan de Ministers van Sociale Zaken en Werkgelegenheid en van Financiën',
      ['Vijlbrief (D66)', 'Ceder (ChristenUnie)', 'Inge van Dijk (CDA)', 'Haage (GroenLinks-PvdA)'],
    ],
    [
      '1627 (Eerste Kamer): the members end where the day they were told begins, not at `aan`',
      'Vragen van de leden Kluit (GroenLinks), Fiers (PvdA), Janssen (SP), Nicolaï (PvdD), Van Dijk (SGP) en Raven (OSF) op 9 augustus 2022 medegedeeld aan de Minister voor Volkshuisvesting en Ruimtelijke Ordening',
      [
        'Kluit (GroenLinks)',
        'Fiers (PvdA)',
        'Janssen (SP)',
        'Nicolaï (PvdD)',
        'Van Dijk (SGP)',
        'Raven (OSF)',
      ],
    ],
    [
      '1891: the name and the party on lines of their own',
      'Vragen van het lid\nRik Janssen\n(SP) aan de staatssecretaris van Veiligheid en Justitie over het voornemen om griffierechten kostendekkend te maken (ingezonden\n26 januari 2011).',
      ['Rik Janssen (SP)'],
    ],
    [
      '372: `lid` without its article',
      'Vragen van lid Beckerman (SP) aan de Ministers van Infrastructuur en Waterstaat en van Volksgezondheid, Welzijn en Sport over ziek worden door luchtvervuiling (ingezonden 19 april 2021).',
      ['Beckerman (SP)'],
    ],
    [
      '1915: `het leden`, as printed',
      'Vragen van het leden Nijboer, Yücel en Hamer (allen PvdA) aan de Staatssecretaris van Financiën over fraude met kinderopvangtoeslag (ingezonden 24 juni 2014).',
      ['Nijboer (PvdA)', 'Yücel (PvdA)', 'Hamer (PvdA)'],
    ],
    [
      '2563: `het lid` for two members',
      'Vragen van het lid Van Helvert (CDA) en Visser (VVD) aan de Ministers van Infrastructuur en Milieu en van Veiligheid en Justitie',
      ['Van Helvert (CDA)', 'Visser (VVD)'],
    ],
    [
      '1877: a party of several words',
      'Vragen van het lid Thieme (Partij voor de Dieren) aan de staatssecretaris van Economische Zaken, Landbouw en Innovatie',
      ['Thieme (Partij voor de Dieren)'],
    ],
    [
      '14: a party of several words and a name of two',
      'Vragen van de leden Six Dijkstra (Nieuw Sociaal Contract) en Mutluer (GroenLinks-PvdA) aan de Minister-President en de Minister van Justitie en Veiligheid',
      ['Six Dijkstra (Nieuw Sociaal Contract)', 'Mutluer (GroenLinks-PvdA)'],
    ],
    [
      '1115: a party with a digit',
      'Vragen van het lid Eerdmans (JA21) aan de Staatssecretaris van Justitie en Veiligheid over de toestroom van asielzoekers',
      ['Eerdmans (JA21)'],
    ],
    [
      '2634: a group named after two members, with a slash',
      'Vragen van het lid Van Klaveren (Groep Bontes/Van Klaveren) aan de Minister van Buitenlandse Zaken over een Nederlandse topdiplomaat',
      ['Van Klaveren (Groep Bontes/Van Klaveren)'],
    ],
    [
      '2804: a member without a party',
      'Vragen van het lid Voordewind aan de minister voor Jeugd en Gezin over het bericht dat het ouderschapsplan bij scheiding werkt (ingezonden 13 augustus 2010).',
      ['Voordewind'],
    ],
    [
      '2754: the party glued to the name',
      'Vragen van de leden Beckerman en Kwint(beiden SP) aan de Minister van Onderwijs, Cultuur en Wetenschap',
      ['Beckerman (SP)', 'Kwint (SP)'],
    ],
    [
      '2571: `bieden`, a slip for `beiden`',
      'Vragen van de leden Van Baarle en Azarkan (bieden DENK) aan de Ministers van Binnenlandse Zaken en Koninkrijksrelaties',
      ['Van Baarle (DENK)', 'Azarkan (DENK)'],
    ],
    [
      "1633: a party without beiden is only the last name's (the line does not say the first member's)",
      'Vragen van de leden Jasper vanDijk en Hijink (SP) aan de Minister van Economische Zaken over het zwakke optreden',
      ['Jasper vanDijk', 'Hijink (SP)'],
    ],
    [
      '1375: a party named after its one member; `(Ingezonden …)` after the subject',
      'Vragen van het lid Verdonk (Verdonk) aan de minister van Justitie over de handelswijze van curatoren. (Ingezonden 18 januari 2010)',
      ['Verdonk (Verdonk)'],
    ],
    [
      '964: the subject right after the member, with no addressee',
      'Vragen van het lid Van der Ham (D66) over aanwijzingen dat er toch druk op de staf van InHolland is gelegd',
      ['Van der Ham (D66)'],
    ],
  ] as const)('%s', (_name, line, askers) => {
    expect(askersOf(line)).toEqual(askers);
  });

  // Forms no corpus letter has but a PDF's text may: written for this test.
  it.each([
    [
      'a name and a party broken over lines by hyphenation',
      'Vragen van de leden Van Nieuwen-\nhuizen (GroenLinks-\nPvdA) en Michon-\nDerkzen (VVD) aan de Minister van Financiën',
      // A hyphen before a capital is the party's or the double name's own.
      ['Van Nieuwenhuizen (GroenLinks-PvdA)', 'Michon-Derkzen (VVD)'],
    ],
    [
      'a member with initials',
      'Vragen van het lid J.J. van Dijk (SP) aan de Minister van Defensie over het bericht',
      ['J.J. van Dijk (SP)'],
    ],
  ] as const)('%s', (_name, line, askers) => {
    expect(askersOf(line)).toEqual(askers);
  });

  it.each([
    // 523, a verslag: a fraction, not members.
    [
      'the questions of a fraction (523)',
      'Vragen van de leden van de VVD-fractie\n\nDe leden van de VVD-fractie hebben',
    ],
    ['a line that never says whom it asks', 'Vragen van het lid Beckerman (SP)'],
    ['no `Vragen van` line', 'Antwoord van Minister Kamp (Economische Zaken) (ontvangen 6 oktober 2016)'],
  ])('names no asker for %s', (_name, line) => {
    expect(askersOf(line)).toEqual([]);
  });
});

describe('document.askers of the corpus papers', () => {
  const detect = (text: string) => detectDocument(normalizeText(text)).document;

  it.each([
    // 1612: `Vragen van de leden Pechtold, Hachchi (beiden D66), Van Haersma Buma en Van Toorenburg (beiden CDA) aan
    // de Minister-President en de Minister van Binnenlandse Zaken …`, answered by Minister Plasterk.
    [1612, ['Pechtold (D66)', 'Hachchi (D66)', 'Van Haersma Buma (CDA)', 'Van Toorenburg (CDA)']],
    // 1891: `Vragen van het lid` / `Rik Janssen` / `(SP) aan de staatssecretaris …`.
    [1891, ['Rik Janssen (SP)']],
    // 1627, Eerste Kamer: `… en Raven (OSF) op 9 augustus 2022 medegedeeld aan de Minister …`.
    [
      1627,
      [
        'Kluit (GroenLinks)',
        'Fiers (PvdA)',
        'Janssen (SP)',
        'Nicolaï (PvdD)',
        'Van Dijk (SGP)',
        'Raven (OSF)',
      ],
    ],
    // 2804: `Vragen van het lid Voordewind aan de minister voor Jeugd en Gezin …`.
    [2804, ['Voordewind']],
  ] as const)('%s', (number, askers) => {
    const doc = detect(letter(number).text);
    expect(doc.kind).toBe('antwoord schriftelijke vragen');
    expect(doc.askers).toEqual(askers);
  });

  it.each([
    // 1: a letter of the Minister of VWS.
    [1, 'brief regering'],
    // 523: a verslag whose `Vragen van de leden van de VVD-fractie` are a fraction's.
    [523, 'verslag'],
  ] as const)('names no askers for paper %s, a %s', (number, kind) => {
    const doc = detect(letter(number).text);
    expect(doc.kind).toBe(kind);
    expect(doc.askers).toEqual([]);
  });

  it('names the askers of every answer to written questions in the corpus', () => {
    // Every answer of the corpus opens with a `Vragen van het lid …` line naming at least one member.
    const answers = readdirSync(LETTERS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({
        name: f,
        doc: detect(
          readFileSync(LETTERS + f, 'utf8')
            .split('\n')
            .slice(2)
            .join('\n'),
        ),
      }))
      .filter((l) => l.doc.kind === 'antwoord schriftelijke vragen');
    expect(answers.length).toBeGreaterThan(150);
    expect(answers.filter((l) => l.doc.askers.length === 0).map((l) => l.name)).toEqual([]);
  });
});
