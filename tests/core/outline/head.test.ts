import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import type { PageContext } from '../../../src/core/types';
import { letter, outlineOf } from './helpers';

/** The title of the outline's first entry, the head, as the sidebar shows it. */
function headTitleOf(text: string): string | undefined {
  const head = outlineOf(text).find((e) => e.kind === 'header');
  return head?.title;
}

/** The page's metadata table as zoek.officielebekendmakingen.nl pages without the paper's own head give it. */
function metadataPage(
  header: string,
  separator: string,
  row: string,
  dateLine: string,
  body: string,
): string {
  return [
    'Kamerstuk',
    header,
    separator,
    row,
    'Zoals vergunningen, bouwplannen en lokale regelgeving.',
    'Adressen en contactpersonen van overheidsorganisaties.',
    'U bent hier:',
    header,
    separator,
    row,
    dateLine,
    body,
  ].join('\n');
}

describe('the head title of a page that lost the paper’s own head: the site’s metadata row', () => {
  const cases: Array<{ source: string; text: string; title: string }> = [
    {
      source: '647-verslag-ocw-1997-ao-verzelfstandiging: a plain dossier number',
      text: metadataPage(
        '| Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer | Datum vergadering |',
        '|---|---|---|---|---|',
        '| Tweede Kamer der Staten-Generaal | 1997-1998 | 22236 nr. 50 |',
        'Vastgesteld 30 oktober 1997',
        'De vaste commissie voor Onderwijs, Cultuur en Wetenschappen1 heeft op 1 oktober 1997 overleg gevoerd met minister Ritzen.',
      ),
      title: '22 236, nr. 50',
    },
    {
      source: '1016-justitie-2007-verklaring-omtrent-gedrag: a row without its outer bars, a budget chapter',
      text: metadataPage(
        'Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer | Datum brief |',
        '---|---|---|---|---|',
        'Tweede Kamer der Staten-Generaal | 2006-2007 | 30800-VI nr. 40 |',
        'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 9 januari 2007',
        'Met deze brief geef ik, mede namens mijn ambtgenoten, antwoord op de vragen van mevrouw Lambrechts.',
      ),
      title: '30 800 VI, nr. 40',
    },
    {
      source: '1645-verslag-bhos-2022-rbz-handel: a part of a dossier keeps its hyphen',
      text: metadataPage(
        'Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |',
        '---|---|---|---|',
        'Tweede Kamer der Staten-Generaal | 2022-2023 | 21501-02 nr. 2536 |',
        'Vastgesteld 4 november 2022',
        'De vaste commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking heeft op 19 oktober 2022 overleg gevoerd.',
      ),
      title: '21 501-02, nr. 2536',
    },
    {
      source: '1027-ek-verslag-lvvn-2025-begroting: an Eerste Kamer paper’s letter',
      text: metadataPage(
        '| Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |',
        '|---|---|---|---|',
        '| Eerste Kamer der Staten-Generaal | 2024-2025 | 36600-XIV nr. H |',
        'Vastgesteld 27 januari 2025',
        'Inleiding',
      ),
      title: '36 600 XIV, nr. H',
    },
    {
      source:
        '2481-ek-nota-buza-1998-mva-verdrag-van-amsterdam: a kingdom act’s R number, a paper added under 62b',
      text: metadataPage(
        '| Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer | Datum ontvangst |',
        '|---|---|---|---|---|',
        '| Eerste Kamer der Staten-Generaal | 1998-1999 | 25922-(R1613) nr. 62b |',
        'Ontvangen 8 december 1998',
        'De regering dankt de leden van de vaste commissies voor hun vragen.',
      ),
      title: '25 922 (R1613), nr. 62b',
    },
  ];

  it.each(cases)('$source', ({ text, title }) => {
    expect(headTitleOf(text)).toBe(title);
  });

  it('names the paper the same way in the whole analysis of the real letters, with their URLs', () => {
    const real: Array<[string, string, string]> = [
      [
        '647-verslag-ocw-1997-ao-verzelfstandiging.txt',
        'https://zoek.officielebekendmakingen.nl/dossier/kst-22236-50.html',
        '22 236, nr. 50',
      ],
      [
        '1016-justitie-2007-verklaring-omtrent-gedrag.txt',
        'https://zoek.officielebekendmakingen.nl/kst-30800-VI-40.html',
        '30 800 VI, nr. 40',
      ],
      [
        '1027-ek-verslag-lvvn-2025-begroting.txt',
        'https://zoek.officielebekendmakingen.nl/kst-36600-XIV-H.html',
        '36 600 XIV, nr. H',
      ],
    ];
    for (const [name, url, title] of real) {
      const outline = analyze({ text: letter(name), page: { url } }).outline;
      expect(outline[0]).toMatchObject({ kind: 'header', title });
    }
  });

  it('prefers the paper’s own dossier line to the row when both are there (07, glued cells)', () => {
    const text = [
      'Kamerstuk',
      'Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer',
      'Tweede Kamer der Staten-Generaal2020-202131066 nr. 805',
      '31 066 Belastingdienst',
      'Nr. 805 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN',
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      'Den Haag, 8 april 2021',
      'Bijgevoegd treft u de zesde Voortgangsrapportage Kinderopvangtoeslag1.',
    ].join('\n');
    expect(headTitleOf(text)).toBe('31 066 Belastingdienst, nr. 805');
  });
});

describe('the head title: dossier number, dossier title and the paper’s number', () => {
  const cases: Array<{ source: string; lines: string[]; title: string }> = [
    {
      source: '1000-motie-vrom-2008-nieuwbouw-huurwoningen-madlener: a budget chapter alone, its title below',
      lines: [
        '31 700 XI',
        'Vaststelling van de begrotingsstaten van het Ministerie van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer (XI) en van de begrotingsstaat van het Waddenfonds voor het jaar 2009',
        '',
        'nr. 35',
        'MOTIE VAN HET LID MADLENER',
        '',
        'Voorgesteld 20 november 2008',
        '',
        'De Kamer,',
      ],
      title: '31 700 XI Vaststelling van de begrotingsstaten van het Ministerie…, nr. 35',
    },
    {
      source:
        '1104-def-2024-geannoteerde-agenda-navo-defensieministers: `NAVO` is the dossier’s title, no suffix',
      lines: [
        '28 676 NAVO',
        '',
        'Nr. 467 BRIEF VAN DE MINISTER VAN DEFENSIE',
        '',
        'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
        '',
        'Den Haag, 3 oktober 2024',
      ],
      title: '28 676 NAVO, nr. 467',
    },
    {
      source:
        '1872-verslag-lnv-2001-wadden: a budget chapter after a hyphen is printed as most heads print it, after a space',
      lines: [
        '27 400-XIV',
        'Vaststelling van de begroting van de uitgaven en de ontvangsten van het Ministerie van Landbouw, Natuurbeheer en Visserij (XIV) voor het jaar 2001',
        '',
        'nr. 114',
        'VERSLAG VAN EEN ALGEMEEN OVERLEG',
        '',
        'Vastgesteld 24 juli 2001',
      ],
      title: '27 400 XIV Vaststelling van de begroting van de uitgaven en de…, nr. 114',
    },
    {
      source:
        '1081-verslag-bzk-2020-so-jaarverslag-koninkrijksrelaties: a chapter glued to the number is spaced',
      lines: [
        '35 470IV Jaarverslag en slotwet Koninkrijksrelaties en het BES fonds 2019',
        '',
        'Nr. 6 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG',
        '',
        'Vastgesteld 10 juni 2020',
      ],
      title: '35 470 IV Jaarverslag en slotwet Koninkrijksrelaties en het BES…, nr. 6',
    },
    {
      source: '1405-nota-fin-1999-douane-bijstand: a kingdom act’s R number alone, its title below',
      lines: [
        '25 948 (R 1616)',
        'Regels inzake de administratieve bijstand tussen de landen van het Koninkrijk op het gebied van de douane',
        '',
        'nr. 5',
        'NOTA NAAR AANLEIDING VAN HET VERSLAG',
        '',
        'Ontvangen 25 maart 1999',
      ],
      title: '25 948 (R 1616) Regels inzake de administratieve bijstand tussen de…, nr. 5',
    },
    {
      source: '2661-verslag-venj-2014-termijnen-nederlanderschap: an R number before the title on the line',
      lines: [
        '33 852 (R2023) Wijziging van de Rijkswet op het Nederlanderschap ter verlenging van de termijnen voor verlening van het Nederlanderschap en enige andere wijzigingen',
        '',
        'Nr. 5 VERSLAG',
        '',
        'Vastgesteld 11 maart 2014',
      ],
      title: '33 852 (R2023) Wijziging van de Rijkswet op het Nederlanderschap…, nr. 5',
    },
    {
      source: '968-bzk-2020-reactie-afsprakenlijst-ipko: a paper of both chambers, `AC/ Nr. 40`',
      lines: [
        '33 845 Interparlementair Koninkrijksoverleg',
        '',
        'AC/ Nr. 40 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES',
        '',
        'Aan de Voorzitters van de Eerste en van de Tweede Kamer der Staten-Generaal',
        '',
        'Den Haag, 11 maart 2020',
      ],
      title: '33 845 Interparlementair Koninkrijksoverleg, nr. 40',
    },
  ];

  it.each(cases)('$source', ({ lines, title }) => {
    expect(headTitleOf(lines.join('\n'))).toBe(title);
  });
});

describe('the head title of an Eerste Kamer paper: its letter on the kind line', () => {
  const cases: Array<{ source: string; lines: string[]; title: string }> = [
    {
      source: '100-ek-bzk-2023-werkagenda-digitaliseren: `C BRIEF VAN …`',
      lines: [
        '26 643 Informatie- en communicatietechnologie (ICT)',
        '',
        'C BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES',
        '',
        'Aan de Voorzitter van de Eerste Kamer der Staten-Generaal',
        '',
        'Den Haag, 22 december 2023',
      ],
      title: '26 643 Informatie- en communicatietechnologie (ICT), nr. C',
    },
    {
      source: '1010-ek-verslag-eli-2012-telecommunicatiewet: a footnote digit glued to the letter (`F1`)',
      lines: [
        '32 549 Wijziging van de Telecommunicatiewet ter implementatie van de herziene telecommunicatierichtlijnen',
        '',
        'F1 NADER VOORLOPIG VERSLAG VAN DE VASTE COMMISSIES VOOR ECONOMISCHE ZAKEN, LANDBOUW EN INNOVATIE2',
        '',
        'Vastgesteld 31 januari 2012',
      ],
      title: '32 549 Wijziging van de Telecommunicatiewet ter implementatie van…, nr. F',
    },
    {
      source: '70-ek-justitie-2010-bestuurlijke-boete: the letter on a line of its own',
      lines: [
        '32 123 VI',
        'Vaststelling van de begrotingsstaten van het Ministerie van Justitie (VI) voor het jaar 2010',
        '',
        'I',
        'BRIEF VAN DE MINISTER VAN JUSTITIE',
        '',
        'Aan de Voorzitter van de Eerste Kamer der Staten-Generaal',
        '',
        'Den Haag, 17 maart 2010',
      ],
      title: '32 123 VI Vaststelling van de begrotingsstaten van het Ministerie…, nr. I',
    },
    {
      source: '997-ek-verslag-vws-2010-so-maximumprijzen-geneesmiddelen: a reprint, `B HERDRUK1 VERSLAG …`',
      lines: [
        '29 477 Geneesmiddelenbeleid',
        '',
        'B HERDRUK1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG',
        '',
        'Vastgesteld 19 november 2010',
      ],
      title: '29 477 Geneesmiddelenbeleid, nr. B',
    },
    {
      source: '1502-ek-motie-2019-verhuurderheffing: `M GEWIJZIGDE MOTIE …`',
      lines: [
        "35 300 Nota over de toestand van 's Rijks financiën",
        '',
        'M GEWIJZIGDE MOTIE VAN HET LID GERBRANDY C.S. TER VERVANGING VAN DE MOTIE GEPUBLICEERD ONDER DE LETTER B',
        '',
        'Voorgesteld 29 oktober 2019',
      ],
      title: "35 300 Nota over de toestand van 's Rijks financiën, nr. M",
    },
    {
      source: '1305-nota-ezk-2023-saldering: `H NADERE MEMORIE VAN ANTWOORD`',
      lines: [
        '35 594 Wijziging van de Elektriciteitswet 1998 en de Wet belastingen op milieugrondslag',
        '',
        'H NADERE MEMORIE VAN ANTWOORD',
        '',
        'Ontvangen 4 december 2023',
      ],
      title: '35 594 Wijziging van de Elektriciteitswet 1998 en de Wet…, nr. H',
    },
  ];

  it.each(cases)('$source', ({ lines, title }) => {
    expect(headTitleOf(lines.join('\n'))).toBe(title);
  });
});

describe('the head title of a tweedekamer.nl page', () => {
  const cases: Array<{ source: string; lines: string[]; title: string }> = [
    {
      source:
        '1076-verslag-lnv-2020-pelsdierhouderij: a site title naming only the kind gives way to the dossier',
      lines: [
        'Verslag (initiatief)wetsvoorstel (nader) : Verslag',
        '35 633 Wijziging van de Wet verbod pelsdierhouderij in verband met een vervroegde beëindiging van de pelsdierhouderij',
        'Nr. 5',
        'VERSLAG',
        'Vastgesteld 20 november 2020',
      ],
      title: '35 633 Wijziging van de Wet verbod pelsdierhouderij in verband met…, nr. 5',
    },
    {
      source:
        '1402-verslag-fin-2024-hersteloperatie-toeslagen: the same for `Verslag van een wetgevingsoverleg`',
      lines: [
        'Verslag van een wetgevingsoverleg : Verslag van een wetgevingsoverleg',
        '36 577 Wijziging van de Wet hersteloperatie toeslagen en van de Wet aanvullende regelingen hersteloperatie toeslagen',
        'Nr. 21',
        'VERSLAG VAN EEN WETGEVINGSOVERLEG',
        'Vastgesteld 18 november 2024',
      ],
      title: '36 577 Wijziging van de Wet hersteloperatie toeslagen en van de Wet…, nr. 21',
    },
    {
      source: '1541-verslag-aenm-2025-wtvb-nader-verslag: `Nader verslag` is the site’s kind again',
      lines: [
        'Verslag (initiatief)wetsvoorstel (nader) : Nader verslag',
        '35 501 Wijziging van de Wet terugkeer en vreemdelingenbewaring met het oog op het handhaven van de mogelijkheden om maatregelen te nemen ten aanzien van overlastgevende vreemdelingen',
        'Nr. 10',
        'VERSLAG',
        'Vastgesteld 19 september 2025',
      ],
      title: '35 501 Wijziging van de Wet terugkeer en vreemdelingenbewaring met…, nr. 10',
    },
    {
      source: '2606-verslag-aruba-2022-rijkswet-coho: the kind with the number on one line',
      lines: [
        'Verslag (initiatief)wetsvoorstel (nader) : Verslag van de Staten van Aruba',
        '36 031 (R2161) Regels omtrent de instelling van het Caribisch orgaan voor hervorming en ontwikkeling',
        'Nr. 9 VERSLAG VAN DE STATEN VAN ARUBA',
        'Ontvangen 20 mei 2022',
      ],
      title: '36 031 (R2161) Regels omtrent de instelling van het Caribisch…, nr. 9',
    },
    {
      source: '09-ienw-2022-spoorveiligheid: a site title with a subject of its own stays',
      lines: [
        'Brief regering : Spoorveiligheid',
        '29 893 Veiligheid van het railvervoer',
        'Nr. 257',
        'BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT',
        'Den Haag, 7 juni 2022',
      ],
      title: 'Brief regering: Spoorveiligheid',
    },
    {
      source:
        '1891-antwoord-venj-2011-griffierechten-kostendekkend: a questions line broken over three lines',
      lines: [
        'Vragen van het lid',
        'Rik Janssen',
        '(SP) aan de staatssecretaris van Veiligheid en Justitie over het voornemen om griffierechten kostendekkend te maken (ingezonden',
        '26 januari 2011).',
        'Antwoord van minister',
        'Opstelten',
        '(Veiligheid en Justitie) (ontvangen 9 maart 2011).',
      ],
      title: 'Vragen van het lid Rik Janssen (SP) aan de staatssecretaris van Veiligheid en…',
    },
  ];

  it.each(cases)('$source', ({ lines, title }) => {
    expect(headTitleOf(lines.join('\n'))).toBe(title);
  });
});

/** The head entry of the whole analysis of a corpus letter, with the page address (and metadata) when given. */
function headOfLetter(name: string, page?: PageContext): { title: string; start: number } | undefined {
  const head = analyze({ text: letter(name), page }).outline.find((e) => e.kind === 'header');
  return head && { title: head.title, start: head.start };
}

const OBK = 'https://zoek.officielebekendmakingen.nl';

describe('the head title: a footnote marker glued to the paper’s number, told by the paper’s own id', () => {
  const cases: Array<{ source: string; name: string; url: string; title: string }> = [
    {
      source: '1396: `nr. 41` on the page of paper 4, note 1 at its foot `I.v.m. wijziging in motiekop`',
      name: '1396-motie-vws-2001-topsportaccommodaties.txt',
      url: `${OBK}/dossier/kst-27841-4-h1.html`,
      title: '27 841 Sport, bewegen en gezondheid, nr. 4',
    },
    {
      source: '794: `nr. 151` on the page of paper 15',
      name: '794-motie-2002-raming-tk-minderheidsbesluitvorming.txt',
      url: `${OBK}/dossier/kst-28336-15-h1.html`,
      title: '28 336 Raming der voor de Tweede Kamer in 2003 benodigde uitgaven…, nr. 15',
    },
    {
      source: '2611: `nr. 51` on the page of paper 5, whose first note in the body is 2',
      name: '2611-verslag-ocw-2003-technische-herziening-web.txt',
      url: `${OBK}/dossier/kst-28745-5-h1.html`,
      title: '28 745 Wijziging van de Wet educatie en beroepsonderwijs in verband…, nr. 5',
    },
    {
      source: '1396 on the page of paper 41: a real `nr. 41` stays',
      name: '1396-motie-vws-2001-topsportaccommodaties.txt',
      url: `${OBK}/dossier/kst-27841-41.html`,
      title: '27 841 Sport, bewegen en gezondheid, nr. 41',
    },
  ];

  it.each(cases)('$source', ({ name, url, title }) => {
    expect(headOfLetter(name, { url })?.title).toBe(title);
  });

  it('without an id the text tells: 1396’s only note is at its foot, no marker in the body (src/core/detect/note-marker.ts)', () => {
    const result = analyze({ text: letter('1396-motie-vws-2001-topsportaccommodaties.txt') });
    expect(result.outline[0]?.title).toBe('27 841 Sport, bewegen en gezondheid, nr. 4');
    // The facts say the same, so the sidebar does not contradict itself.
    expect(result.document.number).toBe('4');
  });
});

describe('the head title of a head without a dossier line: the paper’s own id, when the page names it', () => {
  const cases: Array<{ source: string; name: string; page: PageContext; title: string }> = [
    {
      source: '1491: only `nr. 69` above the kind line',
      name: '1491-lnv-2006-klassieke-varkenspest.txt',
      page: { url: `${OBK}/kst-25229-69.html` },
      title: '25 229, nr. 69',
    },
    {
      source: '465: an Eerste Kamer letter, `Nr. F`',
      name: '465-ek-verslag-bzk-2013-halfjaarlijkse-toezeggingen.txt',
      page: { url: `${OBK}/kst-33268-F.html` },
      title: '33 268, nr. F',
    },
    {
      source: '630: an amendment, `nr. 8`',
      name: '630-amendement-fin-1996-reiskostenforfait-reitsma.txt',
      page: { url: `${OBK}/dossier/kst-25051-8.html` },
      title: '25 051, nr. 8',
    },
    {
      source: '1765: a head that is only the addressee, a budget chapter',
      name: '1765-vws-2017-erratum-seh-roosendaal.txt',
      page: { url: `${OBK}/kst-34775-XVI-48.html` },
      title: '34 775 XVI, nr. 48',
    },
    {
      source: '2704: the same, a part of a dossier',
      name: '2704-ez-2016-uitvoering-moties-aanlandplicht-brexit.txt',
      page: { url: `${OBK}/behandelddossier/kst-21501-32-957.html` },
      title: '21 501-32, nr. 957',
    },
    {
      source: '730: the same, an Eerste Kamer letter of two letters',
      name: '730-ek-buza-2020-eu-informatievoorziening.txt',
      page: { url: `${OBK}/kst-22112-IA.html` },
      title: '22 112, nr. IA',
    },
    {
      source:
        '2205: with the dossier title the page’s metadata gives (`29 344 Terugkeerbeleid`, as 29 344’s papers print it)',
      name: '2205-venj-2016-reactie-telegraaf-terugkeer.txt',
      page: {
        url: `${OBK}/kst-29344-131.html`,
        meta: { 'dcterms.identifier': 'kst-29344-131', 'overheidop.dossiertitel': 'Terugkeerbeleid' },
      },
      title: '29 344 Terugkeerbeleid, nr. 131',
    },
  ];

  it.each(cases)('$source', ({ name, page, title }) => {
    expect(headOfLetter(name, page)?.title).toBe(title);
  });
});

describe('the head title of a head that is only a number line, with no id to name the paper: number and kind line', () => {
  const cases: Array<{ source: string; name: string; title: string }> = [
    {
      source: '1491: `nr. 69` / `BRIEF VAN DE MINISTER VAN …`',
      name: '1491-lnv-2006-klassieke-varkenspest.txt',
      title: 'nr. 69 BRIEF VAN DE MINISTER VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT',
    },
    {
      source: '630: an amendment',
      name: '630-amendement-fin-1996-reiskostenforfait-reitsma.txt',
      title: 'nr. 8 AMENDEMENT VAN HET LID REITSMA',
    },
    {
      source: '416: a kind line broken after `VOOR` is read on',
      name: '416-buza-def-os-2010-isaf-bijdrage-na-uruzgan.txt',
      title: 'nr. 383 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN, VAN DEFENSIE EN VOOR…',
    },
  ];

  it.each(cases)('$source', ({ name, title }) => {
    expect(headOfLetter(name)?.title).toBe(title);
  });
});

describe('the head’s dossier lines above its number line', () => {
  const cases: Array<{ source: string; name: string; title: string }> = [
    {
      source: '2880: `26 7321` / title, `26 9752` / title: a note marker glued to each dossier number',
      name: '2880-ek-verslag-justitie-2000-vreemdelingenwet-2000.txt',
      title: '26 732 Algehele herziening van de Vreemdelingenwet…, nr. 5',
    },
    {
      source: '545: `23 9821` / title, `26 9982` / title',
      name: '545-ek-verslag-vrom-2000-duurzaam-hout.txt',
      title: '23 982 Voorstel van wet van het lid M. Vos tot wijziging van de Wet…, nr. 173',
    },
    {
      source: '591: a dossier that is itself a paper, `26 976, nr. 1` / `Notitie «…»`',
      name: '591-ek-bzk-2001-aanvulling-nota-positie-eerste-kamer.txt',
      title: '26 976 Notitie «Reflecties over de positie van de Eerste Kamer», nr. 175a',
    },
    {
      source: '2390: a part written with a dash, `21 501–02` / `Algemene Raad` above `24 609`',
      name: '2390-verslag-buza-1996-ao-algemene-raad-igc.txt',
      title: '21 501–02 Algemene Raad, nr. 169',
    },
  ];

  it.each(cases)('$source: the head begins at the first dossier line and names it', ({ name, title }) => {
    // The text alone says it: the same with the page's address or without it.
    expect(headOfLetter(name)).toEqual({ title, start: 0 });
  });
});
