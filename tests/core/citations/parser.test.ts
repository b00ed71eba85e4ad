import { describe, expect, it } from 'vitest';
import { cite, key } from './helpers';

/**
 * Citation strings from real papers, each with where it came from:
 * - `Lnn`: the shared corpus letter nn (`tests/fixtures/letters/letters/`);
 * - `NAVO`: `tests/fixtures/navo-defensieministers-2022-09-30.txt`;
 * - `ref:…`: `tests/fixtures/reference/` (OData `Onderwerp`/`DocumentNummer` records, kst XML, KOOP HTML);
 * - `web:…`: public papers found while writing this (URL or document number given);
 * - `domain`: the forms listed in domain.md §2 and Aanwijzing 3.43 of the Aanwijzingen voor de regelgeving.
 * `ids` lists the cited papers in order: the canonical id, or `type|dossier|number` when there is no single page.
 */
interface Case {
  source: string;
  input: string;
  ids: string[];
  /** The literal text of the first finding, when worth asserting. */
  text?: string;
}

const CASES: Case[] = [
  // Corpus letters and their gold citations.
  {
    source: 'L01',
    input: 'de moties Kamerstuk 32 793, nr. 176 (Dik-Faber)',
    ids: ['kst-32793-176'],
    text: 'Kamerstuk 32 793, nr. 176',
  },
  { source: 'L01', input: 'Kamerstuk 32 793, nr. 181 (Wolbert) en', ids: ['kst-32793-181'] },
  { source: 'L01', input: 'en Kamerstuk 32 793, nr. 185 (Wolbert), en op', ids: ['kst-32793-185'] },
  { source: 'L01', input: '(AO Voedsel, Kamerstuk 31 532, nr. 122), over', ids: ['kst-31532-122'] },
  { source: 'L01', input: '(AO preventie, Kamerstuk 32 793, nr. 171) en', ids: ['kst-32793-171'] },
  {
    source: 'L01',
    input: '(AO EU-Gezondheidsraad, Kamerstuk 21 501-31, nr. 378).',
    ids: ['kst-21501-31-378'],
  },
  {
    source: 'L02',
    input: 'aanvaarde motie-Taverne (Kamerstuk 21 501-02, nr. 1538).',
    ids: ['kst-21501-02-1538'],
  },
  {
    source: 'L03',
    input: 'in mijn brief van 7 maart 2016 (Kamerstuk 29 279, nr. 302) zal ik',
    ids: ['kst-29279-302'],
  },
  {
    source: 'L03',
    input: 'Wetboek van Strafvordering (Kamerstuk 29 279, nr. 278) heb ik',
    ids: ['kst-29279-278'],
  },
  {
    source: 'L04',
    input: 'een rapport uitgebracht (Kamerstuk 33 529, nr. 123). Het',
    ids: ['kst-33529-123'],
  },
  {
    source: 'L04',
    input: 'aanbevelingen van het OVV-rapport onderschreven (Kamerstuk 33 529, nr. 143).',
    ids: ['kst-33529-143'],
  },
  {
    source: 'L07',
    input: 'Tweede Kamer der Staten-Generaal2020-202131066 nr. 805',
    ids: ['kst-31066-805'],
    text: '31066 nr. 805',
  },
  { source: 'L07', input: '(Aanhangsel Handelingen II 2020/21, nr. 2275) en', ids: ['ah-tk-20202021-2275'] },
  {
    source: 'L2230',
    input: 'inzake bovenstaand voorstel (stukken 22 160 nrs. 14 en 15), de onderstaande vragen',
    ids: ['kst-22160-14', 'kst-22160-15'],
    // `stukken` after a bracket names the Kamerstukken, as `Kamerstukken` does.
    text: '22 160 nrs. 14 en 15',
  },
  {
    source: 'L2230 (stukken in prose)',
    input: 'De stukken 22 160 nrs. 14 en 15 liggen ter inzage.',
    ids: [],
  },
  {
    source: 'L2253',
    input: 'zoals eerder geantwoord (Aanhangsel Handelingen 2019–2020, 594) is dat niet mogelijk',
    ids: ['ah-tk-20192020-594'],
    // An Aanhangsel's number without `nr.`, closing the brackets.
    text: 'Aanhangsel Handelingen 2019–2020, 594',
  },
  {
    source: 'L1825',
    input: 'Zie de antwoorden (Aanhangsel Handelingen TK 1996–1997, 633) op de vragen.',
    ids: ['ah-tk-19961997-633'],
    text: 'Aanhangsel Handelingen TK 1996–1997, 633',
  },
  {
    source: 'L1825 (a page with blz. stays a passage)',
    input: 'Zie (Aanhangsel Handelingen TK 1996–1997, blz. 633) hierover.',
    ids: [],
  },
  {
    source: 'L49',
    input: 'over bacterievuur (Tweede Kamer 2004–2005, AH, nr. 1067);',
    ids: ['ah-tk-20042005-1067'],
    text: 'Tweede Kamer 2004–2005, AH, nr. 1067',
  },
  {
    source: 'domain (the older form, written out)',
    input: 'Tweede Kamer, vergaderjaar 2004–2005, Aanhangsel, nrs. 1067 en 1068.',
    ids: ['ah-tk-20042005-1067', 'ah-tk-20042005-1068'],
    text: 'Tweede Kamer, vergaderjaar 2004–2005, Aanhangsel, nrs. 1067 en 1068',
  },
  {
    source: 'domain (Eerste Kamer)',
    input: 'Eerste Kamer 2010–2011, AH, nr. 12',
    ids: ['ah-ek-20102011-12'],
  },
  {
    source: 'L70',
    input: 'De Wet OM-afdoening (wet van 7 juni 2006, Stb. 330) wordt geleidelijk ingevoerd',
    ids: ['stb-2006-330'],
    text: 'wet van 7 juni 2006, Stb. 330',
  },
  {
    source: 'L997',
    input: 'wijziging van de bijlage bij de Regeling maximumprijzen geneesmiddelen (TK 29 477, 130).',
    ids: ['kst-29477-130'],
    // After a keyword, a number without `nr.` closing the brackets.
    text: 'TK 29 477, 130',
  },
  {
    source: 'L2716',
    input:
      '– de initiatiefnota van de leden Omtzigt en Idsinga over realistisch ramen (Kamerstuk\n                           36 672);\n– de brief',
    ids: ['kamerstuk|36672|null'],
    // A tweedekamer.nl page indents the line the citation goes on after its keyword.
    text: 'Kamerstuk\n                           36 672',
  },
  {
    source: 'L2760',
    input:
      'dat de export op bezwaren zou stuiten (Aanhangsel van de Handelingen, Vergaderjaar 1995–1996, No. 713) . Daarbij',
    ids: ['ah-tk-19951996-713'],
    // `Vergaderjaar` with a capital and `No.` for `nr.`, as papers of the 1990s write them.
    text: 'Aanhangsel van de Handelingen, Vergaderjaar 1995–1996, No. 713',
  },
  {
    source: 'L2645',
    input:
      'aangegeven in mijn brief «Zorg die werkt» van 26 januari (Tweede Kamer, 2010–2011, 32 620 nr. 1) aangegeven.',
    ids: ['kst-32620-1'],
    // After a vergaderjaar in brackets, `nr.` without the comma before it.
    text: '32 620 nr. 1',
  },
  {
    source: 'L2783',
    input:
      'naar aanleiding van de brief van de Minister van Justitie over regels inzake de bescherming van persoonsgegevens van 24 maart 1999 (25 892 nr. 9).',
    ids: ['kst-25892-9'],
    // A bracket that holds nothing but the dossier and `nr.` with its number: no comma needed.
    text: '25 892 nr. 9',
  },
  {
    source: 'L2783 dossier line',
    input:
      '25 892 Regels inzake de bescherming van persoonsgegevens (Wet bescherming persoonsgegevens)\n\nnr. 13 LIJST',
    ids: [],
  },
  {
    source: 'no paper number',
    input: 'zie (Kamerstuk 29 477, 2009) en TK 29 477, 130 zonder haakjes',
    ids: ['kamerstuk|29477|null', 'kamerstuk|29477|null'],
  },
  {
    source: 'L1128',
    input:
      'in onze brief van 17 december 1998 (Kamerstukken II, 1998–1999, 26 200 VI en VII, nr. 47). Ons streven',
    ids: ['kst-26200-VI-47'],
    // A paper filed under two chapters of one budget: the first names it.
    text: 'Kamerstukken II, 1998–1999, 26 200 VI en VII, nr. 47',
  },
  {
    source: 'L1121',
    input:
      'In het amendement 36 600 IV nr. 10 is geregeld dat de bezuiniging op de kustwacht is teruggedraaid',
    ids: ['kst-36600-IV-10'],
    // After the kind of paper it names, a bare dossier's `nr.` needs no comma.
    text: '36 600 IV nr. 10',
  },
  {
    source: 'L1180',
    input:
      'de financiële dekking uit de amendementen 34 300 B nr. 9/ 34 300 VII nr. 19 (beiden Koşer Kaya/Van Raak)',
    ids: ['kst-34300-B-9', 'kst-34300-VII-19'],
    // After a plural, and after the paper before it in a list joined by a slash.
    text: '34 300 B nr. 9',
  },
  {
    source: 'L1306',
    input:
      'Verslag van een schriftelijk overleg over de … concept-veilingregeling 3,5 GHz-band (Kamerstuk 24095- 578)',
    ids: ['kst-24095-578'],
    // A page title's compact id with a stray space after the hyphen.
    text: 'Kamerstuk 24095- 578',
  },
  {
    source: 'L1317',
    input:
      'tijdens de behandeling van de begrotingsstaat van Koninkrijksrelaties (33 000 IV) voor het jaar 2012 door de fractievoorzitters',
    ids: ['kamerstuk|33000-IV|null'],
    // A budget's dossier with its chapter, alone in brackets.
    text: '33 000 IV',
  },
  {
    source: 'L1950',
    input:
      'het wetsvoorstel Vaststelling van de begrotingsstaten van het ministerie van VWS (XVI) voor het jaar 2009 (31700-XVI);',
    ids: ['kamerstuk|31700-XVI|null'],
    // A budget's dossier with its chapter after a hyphen, alone in brackets, as after a space.
    text: '31700-XVI',
  },
  {
    source: 'L2032',
    input:
      'Vaststelling van de begroting van de uitgaven en de ontvangsten van het Infrastructuurfonds voor het jaar 2000 (26800-A).',
    ids: ['kamerstuk|26800-A|null'],
    // A fund's letter after the budget's hyphen, alone in brackets.
    text: '26800-A',
  },
  {
    source: 'L2032 (a letter after a hyphen, no fund named before it)',
    input: 'Zie de memorie van antwoord (35261-B) hierover.',
    // An Eerste Kamer paper may be cited so: no budget's fund chapter without a fund.
    ids: [],
  },
  {
    source: 'L1753 (a letter after a space, no motion before it)',
    input: 'Zie het voorstel (35 431 D) hierover.',
    // After a space a capital may be an Eerste Kamer paper's letter: no motion or paper word, no citation.
    ids: [],
  },
  {
    source: 'L1017',
    input:
      '– het kabinetsstandpunt op het WRR-rapport «De toekomst van de nationale rechtsstaat» (29 279, nr. 1);\n– het kabinetsstandpunt op het eindrapport «Van wetten weten» van de Visitatiecommissie wetgeving (29 349).\nVan dit overleg brengen de commissies bijgaand beknopt verslag uit.',
    // The second item closes with a bare dossier in brackets: the dossier the paper was filed under, no number.
    ids: ['kst-29279-1', 'kamerstuk|29349|null'],
  },
  {
    source: 'L1254',
    input:
      '– de brief van de president van de Algemene Rekenkamer d.d. 25 januari 2021 inzake de uitkomsten van de peerreview van de Algemene Rekenkamer (31 865).',
    ids: ['kamerstuk|31865|null'],
    text: '31 865',
  },
  {
    source: 'L1750',
    input:
      'Agenda\n\n1. het rapport van de Algemene Rekenkamer "Asielbeleid" (24440);\n\n2. het rapport "Evaluatie herziene Vreemdelingenwet" (19637, nr. 138);',
    // A numbered agenda item closed by a bare dossier, as a dashed one is.
    ids: ['kamerstuk|24440|null', 'kst-19637-138'],
  },
  {
    source: 'L1753',
    input: 'de interpellatievragen over de uitvoering van motie 35 431 D, verzoekt de regering',
    // An Eerste Kamer motion by its dossier and letter: no number follows.
    ids: ['kst-35431-D'],
    text: '35 431 D',
  },
  {
    source: 'motions of the Tweede Kamer',
    input: 'de motie 36 200 VII, nr. 12 en de moties 36 200 A nr. 7; een motie 36 200 Bij',
    // A budget chapter, a number after the letter, a word that goes on: none is an Eerste Kamer letter.
    ids: ['kst-36200-VII-12', 'kst-36200-A-7'],
  },
  {
    source: 'L1815',
    input:
      'is recentelijk een notitie aan de Tweede Kamer gestuurd (Kamerstuk: 23 552 Nr. 159). Kortheidshalve',
    ids: ['kst-23552-159'],
    // A colon after the keyword, a capital `Nr.` without a comma.
    text: 'Kamerstuk: 23 552 Nr. 159',
  },
  {
    source: 'no paper word',
    input: 'In 2022 waren er 36 600 nr. 12 gevallen',
    ids: [],
  },
  {
    source: 'L2122',
    input:
      'zoals gemeld in het debat (Handelingen II; 2010/11, nr. 64, item 7, blz. 63–69) over de Maasvlakte',
    ids: ['h-tk-20102011-64-7'],
    // A semicolon for the comma after the chamber.
    text: 'Handelingen II; 2010/11, nr. 64, item 7, blz. 63–69',
  },
  {
    source: 'L1039',
    input: 'Nu in de Destructiewet van 14 mei 1998, Stb. 338, de kosten zijn geregeld',
    ids: ['stb-1998-338'],
    // The law's own name before its day.
    text: 'Destructiewet van 14 mei 1998, Stb. 338',
  },
  {
    source: 'no citation',
    input: 'de brief van 14 mei 1998, Stb. 338 ontbreekt',
    ids: [],
  },
  {
    source: 'L70',
    input: 'moeten worden toegepast» (Handelingen I 23 juni 2009, 36–1624). Bij deze',
    ids: ['handelingen|null|36'],
    text: 'Handelingen I 23 juni 2009, 36–1624',
  },
  {
    source: 'L166',
    input: 'In de Nota deelnemingenbeleid Rijksoverheid (TK 2001–2002, 28 165, nr. 1–2) is het voornemen',
    ids: ['kst-28165-1', 'kst-28165-2'],
    // `TK` names the chamber: the citation takes it and the session year in (535).
    text: 'TK 2001–2002, 28 165, nr. 1–2',
  },
  {
    source: 'L581',
    input:
      'de heffings- en invorderingsrente (Aanhangsel der Handelingen II, vergaderjaar 2010–2011, nr. 386).',
    ids: ['ah-tk-20102011-386'],
    text: 'Aanhangsel der Handelingen II, vergaderjaar 2010–2011, nr. 386',
  },
  {
    source: 'L1016',
    input:
      'de vragen van de heer De Vries (Aanhangsel der handelingen, vergaderjaar 2006–2007, nr. 521). Voorts',
    ids: ['ah-tk-20062007-521'],
    // Older papers write `handelingen` in lower case after `Aanhangsel der`.
    text: 'Aanhangsel der handelingen, vergaderjaar 2006–2007, nr. 521',
  },
  {
    source: 'L1016',
    input: 'zoals ik eerder heb gemeld (Handelingen der Kamer II, vergaderjaar 2005–2006, nr. 95).',
    // A sitting without its item names no single page: no id.
    ids: ['handelingen|null|95'],
    text: 'Handelingen der Kamer II, vergaderjaar 2005–2006, nr. 95',
  },
  {
    source: 'no citation',
    input:
      'De handelingen van de gemeente en de Handelingen der Apostelen zijn geen Kamerstukken, nr. 5 evenmin.',
    ids: [],
  },
  {
    source: 'L1049',
    input: 'overwegende dat in februari de motie op stuk nr. 68 (35 483) is aangenomen om',
    ids: ['kst-35483-68'],
    // A motion's number before its dossier in brackets.
    text: 'stuk nr. 68 (35 483)',
  },
  {
    source: 'L1049',
    input: 'de motie op Kamerstuk nr. 12 (35 300 XIII) en de motie (35 483) zonder nummer',
    ids: ['kst-35300-XIII-12'],
    text: 'Kamerstuk nr. 12 (35 300 XIII)',
  },
  {
    source: 'L589',
    input: 'in de rapportages (Kamerstuk 29 911. Nr. 81) en verder',
    ids: ['kst-29911-81'],
    text: 'Kamerstuk 29 911. Nr. 81',
  },
  {
    source: 'L535',
    input: 'heeft mijn ambtsvoorganger op 14 juni 2010 aan uw Kamer aangeboden (TK 29 628 nr. 211).',
    ids: ['kst-29628-211'],
    text: 'TK 29 628 nr. 211',
  },
  {
    source: 'L160',
    input:
      'over de door het televisieprogramma Zembla genoemde strafzaken (Handelingen II 49 blz. 4599 t/m 4602).',
    ids: ['handelingen|null|49'],
    text: 'Handelingen II 49 blz. 4599 t/m 4602',
  },
  {
    source: 'L116',
    input: 'provincies 2024 (EK 34 568, H). In',
    ids: ['kst-34568-H'],
    text: 'EK 34 568, H',
  },
  {
    source: 'L116',
    input: 'financiële impact (EK 36 600 B, A en EK 36 600 C, A) en',
    ids: ['kst-36600-B-A', 'kst-36600-C-A'],
    text: 'EK 36 600 B, A',
  },
  {
    source: 'L801 (items without the comma, each with its pages)',
    input:
      'op 22 november 2012 (Handelingen II, 2012/2013, nr. 26 item 5, blz. 11–37 en item 8, blz. 41–73), informeer ik',
    ids: ['h-tk-20122013-26-5', 'h-tk-20122013-26-8'],
    text: 'Handelingen II, 2012/2013, nr. 26 item 5, blz. 11–37 en item 8, blz. 41–73',
  },
  {
    source: 'L796 (lower-case, plural, the older short vergaderjaar)',
    input:
      "de referendumverordening van de gemeente Amsterdam(aanhangsels Handelingen vergaderjaar '95/'96, nrs. 1171 en 1308).",
    ids: ['ah-tk-19951996-1171', 'ah-tk-19951996-1308'],
    text: "aanhangsels Handelingen vergaderjaar '95/'96, nrs. 1171 en 1308",
  },
  {
    source:
      'L968 (the glued metadata line of a paper of both chambers: the Tweede Kamer number after the letters)',
    input: 'Eerste en Tweede Kamer der Staten-Generaal2019-202033845 nr. AC;40\nAan de Voorzitter',
    ids: ['kst-33845-40'],
    text: '33845 nr. AC;40',
  },
  {
    source: 'L918 (the metadata row of a paper added under a number with a letter)',
    input: '| Eerste Kamer der Staten-Generaal | 1999-2000 | 26657 nr. 188a |\nVastgesteld 18 april 2000',
    ids: ['kst-26657-188a'],
    text: '26657 nr. 188a',
  },
  {
    source: 'L2481 (the metadata row of a kingdom act, its R number after the dossier)',
    input:
      '| Eerste Kamer der Staten-Generaal | 1998-1999 | 25922-(R1613) nr. 62b |\nOntvangen 8 december 1998',
    ids: ['kst-25922-62b'],
    text: '25922-(R1613) nr. 62b',
  },
  {
    source: 'L916 (a chapter after a space, the number after a hyphen, alone in brackets)',
    input: 'en beantwoord ik de motie van het lid Cramer c.s (32 123 XIV-106). Deze motie vraagt',
    ids: ['kst-32123-XIV-106'],
    text: '32 123 XIV-106',
  },
  {
    source: "L916 (not a committee request's code, its document number after a slash)",
    input: 'over de sociaal-economische aspecten van beheerplannen (33 123 XIV-29/2009D59219), en',
    ids: [],
  },
  {
    source: 'L852 (a budget chapter set off by commas before the number)',
    input: 'het Bedrijfsplan belastingdienst 1997–2001 (Kamerstuk 24 400, IXB, nr. 24).',
    ids: ['kst-24400-IXB-24'],
    text: 'Kamerstuk 24 400, IXB, nr. 24',
  },
  {
    source: 'L852 (after a comma, a chapter only before `nr.`: else the Eerste Kamer paper)',
    input: 'zie Kamerstukken I 2008/09, 31700 VI, D en verder.',
    ids: ['kst-31700-VI-D'],
    text: 'Kamerstukken I 2008/09, 31700 VI, D',
  },
  {
    source: 'L769 (a kingdom act: its R-number between dossier and number)',
    input: 'zoals de regering schreef (22 593 (R 1433), nr. 19) en verder',
    ids: ['kst-22593-19'],
    text: '22 593 (R 1433), nr. 19',
  },
  {
    source:
      'L1564 (after `Kamerstukken I`, one letter after the dossier and a space is the Eerste Kamer paper)',
    input:
      'zoals geformuleerd in de Kamerstukken II 30 953 nr. 2 (Brief van het Presidium) en Kamerstukken I 30 953 B (Brief van het College van Senioren van de Eerste Kamer aan de voorzitter van de TCS d.d. 8 maart 2007).',
    ids: ['kst-30953-2', 'kst-30953-B'],
  },
  {
    source: 'L1564 (the same after `EK`, and with a vergaderjaar)',
    input: 'zie EK 30 953 C en Kamerstukken I 2006/07, 30 953 D.',
    ids: ['kst-30953-C', 'kst-30953-D'],
  },
  {
    source: 'L1564 (after `Kamerstukken II` the letter is a budget fund: the dossier alone)',
    input: 'de begroting van het Mobiliteitsfonds (Kamerstukken II 2022/23, 36 200 A) voor 2023.',
    ids: ['kamerstuk|36200-A|null'],
  },
  {
    source: 'L1564 (after `Kamerstukken I` a roman chapter stays the budget: the dossier alone)',
    input: 'de begroting van Buitenlandse Zaken (Kamerstukken I 2022/23, 36 200 V) voor 2023.',
    ids: ['kamerstuk|36200-V|null'],
  },
  {
    source: 'L641 (a note: two letters after the dossier and a space name the Eerste Kamer paper)',
    input: 'X Noot\n1\n\nKamerstukken I, 2017/18 30 880 AA\n\nX Noot',
    ids: ['kst-30880-AA'],
    text: 'Kamerstukken I, 2017/18 30 880 AA',
  },
  {
    source: 'L126',
    input: 'de motie van het lid Idsinga (Handelingen\nII 2021/22, nr. 87, Tweeminutendebat opties',
    ids: ['handelingen|null|87'],
    text: 'Handelingen\nII 2021/22, nr. 87',
  },
  {
    source: 'L147',
    input: 'eerder heb gemeld (Kamervragen (Aanhangsel) 2019–2020, nr. 1287), is het kabinet',
    ids: ['ah-tk-20192020-1287'],
    text: 'Kamervragen (Aanhangsel) 2019–2020, nr. 1287',
  },
  {
    source: 'L91',
    input: 'een algemene vervangingsplicht (Handelingen TK 1997–1998, 6368–6375). Met deze brief',
    ids: ['handelingen|null|null'],
    text: 'Handelingen TK 1997–1998, 6368–6375',
  },
  {
    source: 'L1546',
    input:
      'de zak-/slaaggrens van de TGN (Handelingen der Kamer II, vergaderjaar 2006–2007, 29 700, nr. 47). In mijn brief',
    // A Kamerstuk cited under the Handelingen' name: a dossier is no page of the Handelingen.
    ids: ['kst-29700-47'],
    text: '29 700, nr. 47',
  },
  {
    source: 'domain (Handelingen page, pre-2011)',
    input: 'Handelingen II 2008/09, blz. 4511.',
    ids: ['handelingen|null|null'],
    text: 'Handelingen II 2008/09, blz. 4511',
  },
  {
    source: 'L07',
    input: '(Aanhangsel Handelingen II 2020/21, nr. 2276). Tenslotte',
    ids: ['ah-tk-20202021-2276'],
  },
  {
    source: 'L08',
    input: 'sms-berichten (Handelingen II 2021/22, nr. 82, debat over sms-berichten',
    ids: ['handelingen|null|82'],
    text: 'Handelingen II 2021/22, nr. 82',
  },
  { source: 'L11', input: 'van 4 september 2024 (Kamerstuk 30 252, nr. 172) om', ids: ['kst-30252-172'] },
  {
    source: 'L13',
    input: '(ontvangen 1 juli 2021). Zie ook Aanhangsel Handelingen,\nvergaderjaar 2020–2021, nr. 2844.',
    ids: ['ah-tk-20202021-2844'],
    text: 'Aanhangsel Handelingen,\nvergaderjaar 2020–2021, nr. 2844',
  },
  {
    source: 'L14',
    input: 'Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nrs. 1016 en 1044.',
    ids: ['ah-tk-20242025-1016', 'ah-tk-20242025-1044'],
    text: 'Aanhangsel Handelingen, vergaderjaar 2024–2025, nrs. 1016 en 1044',
  },
  {
    source: 'L15',
    input: 'd.d. 11 december\n2023 inzake spoorveiligheid (Kamerstuk 29 893, nr. 264);',
    ids: ['kst-29893-264'],
  },
  {
    // One paper in two dossiers joined by a slash: the first dossier names it.
    source: 'L244',
    input: 'over de beleidsdoorlichting (31 031/29 949, nr. 19) gesproken',
    ids: ['kst-31031-19'],
    text: '31 031/29 949, nr. 19',
  },
  {
    // The Eerste Kamer's own reports: `EK` before the dossier, `letter` before the paper's letter.
    source: 'L266',
    input: 'over het principeakkoord (EK 32 043, letter P);\n • verslag (EK 32 043, letter AA);',
    ids: ['kst-32043-P', 'kst-32043-AA'],
  },
  {
    source: 'L15',
    input: 'over de eerste helft van 2023 (Kamerstuk 33 652, nr. 90);',
    ids: ['kst-33652-90'],
  },
  { source: 'L15', input: "overwegen (NABO's) (Kamerstuk 29 893, nr. 263);", ids: ['kst-29893-263'] },
  { source: 'L15', input: '(NABO)\n(Kamerstuk 29 893, nr. 265).', ids: ['kst-29893-265'] },
  // The NAVO fixture letter.
  {
    source: 'NAVO',
    input: 'naar NMI (Kamerstuk \n29 521, nr. 446, d.d. 17 juni 2022). Het kabinet',
    ids: ['kst-29521-446'],
    text: 'Kamerstuk \n29 521, nr. 446',
  },
  {
    source: 'NAVO',
    input: ' brief (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022) zal',
    ids: ['kst-29521-446'],
  },
  // Reference material: OData Document `Onderwerp` (motiematcher_odata_Document_page10_valuearray.json).
  {
    source: 'ref:2025D41320',
    input: 'Raad voor Concurrentievermogen 29 en 30 september (Kamerstuk 21501-30-678)',
    ids: ['kst-21501-30-678'],
  },
  {
    source: 'ref:2025D41927',
    input: 'Nota over de toestand van ’s Rijks Financiën (Kamerstuk 36800-2)',
    ids: ['kst-36800-2'],
  },
  { source: 'ref:2025D41934', input: '(Kamerstuk 36800-1)', ids: ['kst-36800-1'] },
  { source: 'ref:2025D41886', input: 'afromingspercentages (Kamerstuk 33037-609)', ids: ['kst-33037-609'] },
  { source: 'ref:2025D41885', input: 'bij varkensrechten (Kamerstuk 33037-612)', ids: ['kst-33037-612'] },
  { source: 'ref:2025D40470', input: 'ambassadebewakers (Kamerstuk 27925-1012)', ids: ['kst-27925-1012'] },
  {
    source: 'ref:2025D42010',
    input: 'Miljoenennota)(Kamerstuk 36820-XIV)',
    ids: ['kamerstuk|36820-XIV|null'],
  },
  {
    source: 'ref:2025D41884',
    input: 'Miljoenennota)(Kamerstuk 36820-XII)',
    ids: ['kamerstuk|36820-XII|null'],
  },
  {
    source: 'ref:2025D41871',
    input: 'Miljoenennota) (Kamerstuk 36820-XV)',
    ids: ['kamerstuk|36820-XV|null'],
  },
  {
    source: 'ref:2025D41876',
    input: 'Hoe wordt de volgende wooncrisis voorkomen? (Kamerstuk 36637)',
    ids: ['kamerstuk|36637|null'],
  },
  {
    source: 'ref:Zaak 0006f304',
    input: 'asielzoekers (t.v.v. 19637-3370)',
    ids: ['kst-19637-3370'],
    text: '19637-3370',
  },
  { source: 'ref:Zaak 0006f304', input: '"ExterneIdentifier": "kst-19637-3384",', ids: ['kst-19637-3384'] },
  {
    source: 'ref:kst-34104-439.xml',
    input: 'scheme="OVERHEIDop.ParlID" content="kst-34104-439"',
    ids: ['kst-34104-439'],
  },
  {
    source: 'ref:externMetadataRecord',
    input: 'https://zoek.officielebekendmakingen.nl/kst-30950-377/metadata.xml',
    ids: ['kst-30950-377'],
  },
  {
    source: 'ref:stb-2014-296.html',
    input: 'bij besluit van 31 juli 2012 ( Stb.  2012, 363 ). Omdat',
    ids: ['stb-2012-363'],
  },
  // Public papers found while writing this.
  {
    source: 'web:kst-35300-VII-113',
    input: 'c.s. (Kamerstuk 35 300 VII, nr. 14) over',
    ids: ['kst-35300-VII-14'],
  },
  {
    source: 'web:kst-35300-VII-113',
    input: 'verschillende varianten (Kamerstuk 35 300 VII, nr. 85).',
    ids: ['kst-35300-VII-85'],
  },
  {
    source: 'web:2019D37354',
    input: 'kenmerk: (Handelingen II 2019/20, nr. 4, Regeling\nvan werkzaamheden), heeft',
    ids: ['handelingen|null|4'],
  },
  {
    source: 'web:kst-35510-130',
    input: '«Ongekend onrecht» (Kamerstuk 35 510, nr. 115).',
    ids: ['kst-35510-115'],
  },
  {
    source: 'web:2022D35259',
    input: 'over het proces van de begrotingsbehandeling (Kamerstuk 31865-207)',
    ids: ['kst-31865-207'],
  },
  {
    source: 'web:2022D35259',
    input:
      'over de brief van 13 april 2022 inzake het proces van de begrotingsbehandeling\n(Kamerstuk 31 865, nr. 207).',
    ids: ['kst-31865-207'],
  },
  {
    source: 'web:2025D04328',
    input: '(ontvangen\n4 februari 2025). Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028.',
    ids: ['ah-tk-20242025-1028'],
  },
  {
    source: 'web:kst-34700-19',
    input: 'Tweede Kamer der Staten-Generaal2016-201734700 nr. 19',
    ids: ['kst-34700-19'],
  },
  {
    source: 'web:berthub.eu tkconv',
    input: 'een motie ingediend (Kamerstuk\n21501-32-1740\n). Dit',
    ids: ['kst-21501-32-1740'],
  },
  {
    source: 'web:berthub.eu tkconv',
    input: 'gestuurd (Kamerstuk\n21 501-32, nr. 1703\n).',
    ids: ['kst-21501-32-1703'],
  },
  { source: 'web:2024D33435', input: 'officiële HTML versie (kst-36606-3).', ids: ['kst-36606-3'] },
  { source: 'web:2020D24822', input: 'officiële HTML versie (kst-35498-4).', ids: ['kst-35498-4'] },
  { source: 'web:2019D08797', input: 'officiële HTML versie (kst-29279-494).', ids: ['kst-29279-494'] },
  { source: 'web:BWBR0027059', input: '2 Staatscourant van 16 juni 2005, nr. 114.', ids: ['stcrt-2005-114'] },
  // Forms from domain.md §2 and Aanwijzing 3.43.
  {
    source: 'domain',
    input: 'Kamerstukken II 2009/10, 27858, nr. 88, p. 3',
    ids: ['kst-27858-88'],
    text: 'Kamerstukken II 2009/10, 27858, nr. 88',
  },
  { source: 'domain', input: 'Kamerstukken I 2008/09, 31700 VI, D, p. 4', ids: ['kst-31700-VI-D'] },
  { source: 'domain', input: 'Handelingen II 2010/11, nr. 108, item 5', ids: ['h-tk-20102011-108-5'] },
  { source: 'domain', input: 'Aanhangsel Handelingen I 2014/15, nr. 12', ids: ['ah-ek-20142015-12'] },
  { source: 'domain', input: 'Kamerstuk 29 521, nr. 446', ids: ['kst-29521-446'] },
  { source: 'domain', input: '(Kamerstuk 28 676, nr. 387)', ids: ['kst-28676-387'] },
  { source: 'domain', input: 'Kamerstuk 21 501-20, nr. 1872', ids: ['kst-21501-20-1872'] },
  { source: 'domain', input: 'Kamerstuk 36 200 A, nr. 61', ids: ['kst-36200-A-61'] },
  { source: 'domain', input: 'zie 36 200-A, nr. 15.', ids: ['kst-36200-A-15'] },
  { source: 'domain', input: 'zie 35 925 XIII, nr. 65.', ids: ['kst-35925-XIII-65'] },
  { source: 'domain', input: 'de motie (28 676, nr. 71) is', ids: ['kst-28676-71'], text: '28 676, nr. 71' },
  {
    source: 'domain',
    input: 'Kamerstukken 29 023 en 30 196, nrs. 260 en 268',
    ids: ['kst-29023-260', 'kst-30196-268'],
  },
  {
    source: 'domain',
    input: 'Kamerstuk 34 775, nrs. 1 t/m 3',
    ids: ['kst-34775-1', 'kst-34775-2', 'kst-34775-3'],
  },
  {
    source: 'domain',
    input: 'Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028',
    ids: ['ah-tk-20242025-1028'],
  },
  { source: 'domain', input: 'Handelingen II 2014/15, nr. 86, item 9', ids: ['h-tk-20142015-86-9'] },
  {
    // Several items of two sittings: one paper per item.
    source: 'L318',
    input: '(Handelingen II\n2017–18, nr. 19, items 4 en 7 en nr. 20, items 3, 4, 8 en 16). Daarnaast',
    ids: [
      'h-tk-20172018-19-4',
      'h-tk-20172018-19-7',
      'h-tk-20172018-20-3',
      'h-tk-20172018-20-4',
      'h-tk-20172018-20-8',
      'h-tk-20172018-20-16',
    ],
  },
  {
    // `en nr. 5` without items is not another sitting of this citation.
    source: 'L318',
    input: 'Handelingen II 2017/18, nr. 19, item 4 en nr. 5 van de agenda',
    ids: ['h-tk-20172018-19-4'],
  },
  {
    // `stuk nr.` after the bare dossier.
    source: 'L364',
    input: 'de motie-Van den Berg (31016, stuk nr. 198) genoemde voorwaarden',
    ids: ['kst-31016-198'],
    text: '31016, stuk nr. 198',
  },
  { source: 'domain', input: 'Stcrt. 2022, 1234', ids: ['stcrt-2022-1234'] },
  { source: 'domain', input: 'Staatscourant 2021, 7182', ids: ['stcrt-2021-7182'] },
  { source: 'domain', input: 'Stb. 2021, 12', ids: ['stb-2021-12'] },
  { source: 'domain (corpus 18 URL)', input: 'Staatsblad 2020, 104', ids: ['stb-2020-104'] },
  { source: 'domain', input: 'zie kst-29279-874.', ids: ['kst-29279-874'] },
  { source: 'domain', input: 'motie 34300-VII-60 van', ids: ['kst-34300-VII-60'] },
  { source: 'domain', input: 'motie 21501-32-1188 over', ids: ['kst-21501-32-1188'] },
  { source: 'domain (trap)', input: 'Kamerstuk 21 501-02, nr. 2019', ids: ['kst-21501-02-2019'] },
  { source: 'domain (EK letter)', input: 'het voorlopig verslag (35 261, B) vraagt', ids: ['kst-35261-B'] },
  { source: 'domain (EK letter)', input: 'Kamerstuk 35 261, AA', ids: ['kst-35261-AA'] },
  { source: 'domain (URL table)', input: 'Kamerstuk 36 200 X, nr. 5', ids: ['kst-36200-X-5'] },
  { source: 'domain (URL table)', input: 'Kamerstuk 21 501-28, nr. 255', ids: ['kst-21501-28-255'] },
  { source: 'domain (URL table)', input: 'kst-34086-B-n1', ids: ['kst-34086-B-n1'] },
  { source: 'domain (URL table)', input: 'kst-35261-B', ids: ['kst-35261-B'] },
  { source: 'domain (URL table)', input: 'kst-36200-X-5', ids: ['kst-36200-X-5'] },
  {
    source: 'domain (several dossiers)',
    input: 'Kamerstukken 21 501-28, nr. 255 en 29 521, nr. 446',
    ids: ['kst-21501-28-255', 'kst-29521-446'],
  },
  {
    source: 'domain (no-break spaces)',
    input: 'Kamerstuk 29\u00a0521, nr.\u00a0446',
    ids: ['kst-29521-446'],
  },
  { source: 'domain', input: 'Kamerstukken II 2021/22, 35 925 XIII, nr. 65', ids: ['kst-35925-XIII-65'] },
  { source: 'domain', input: 'Handelingen I 2019/20, nr. 12, item 5', ids: ['h-ek-20192020-12-5'] },
  { source: 'domain', input: 'Stcrt. 2021, nr. 7182', ids: ['stcrt-2021-7182'] },
  { source: 'domain', input: 'Stb. 2019, 239 en 240', ids: ['stb-2019-239', 'stb-2019-240'] },
  {
    source: 'domain',
    input: 'Kamerstuk 29 023, nrs. 260, 268 en 270',
    ids: ['kst-29023-260', 'kst-29023-268', 'kst-29023-270'],
  },
];

/** Text that looks like a citation to a careless pattern, and is not one. */
const NOT_CITATIONS: Array<{ source: string; input: string }> = [
  {
    source: 'a bracketed count with a word after it',
    input: 'het aantal woningen (21 500 IJburg) steeg',
  },
  {
    source: 'a bracketed count closing a sentence, no list item',
    input: 'Het aantal aanvragen steeg (21 500).\nDaarna',
  },
  {
    source: 'a bracketed count inside a list item',
    input: '– het aantal aanvragen (21 500) steeg verder;\n– de rest',
  },
  {
    source: 'a list item whose bracket is not its end',
    input: '– een bedrag van (21 500). Dat is meer dan vorig jaar.',
  },
  { source: 'an AH without chamber and year', input: 'de aanpak van AH, nr. 5 in de lijst' },
  {
    // In brackets that hold nothing else the same words are a citation: `(25 892 nr. 9)` (2783).
    source: 'a dossier-like count and `nr.` without a comma, with no vergaderjaar before it in brackets',
    input: 'zie (32 620 nr. 1 en verder) en in 2010–2011, 32 620 nr. 1 buiten haakjes',
  },
  { source: 'a Staatsblad number without the act before it', input: 'zie ook Stb. 330 hierover' },
  { source: 'a Staatsblad number after a date that is no act', input: 'op 7 juni 2006, Stb. 330' },
  {
    source: 'a Kamer far before the AH',
    input: 'de Tweede Kamer heeft in 2004–2005 veel besproken met de bond, AH, nr. 3',
  },
  {
    source: 'L07 (page heading)',
    input: 'Kamerstuk\n\nDatum publicatieOrganisatieVergaderjaarDossier- en ondernummer',
  },
  {
    source: 'domain (prose)',
    input: 'In dit Kamerstuk gaat het kabinet in op de Kamerstukken van vorig jaar.',
  },
  { source: 'domain (letter head)', input: '28 676 NAVO\nNr. 554 BRIEF VAN DE MINISTER VAN DEFENSIE' },
  { source: 'L08 (letter head)', input: 'voor het jaar 2022\n\nNr. 30 BRIEF VAN DE MINISTER-PRESIDENT' },
  { source: 'L13 (zaaknummer)', input: 'de schriftelijke vragen (2021Z07250) van de leden' },
  { source: 'ref:motion page', input: 'Kamerstukken 1814 - heden' },
  { source: 'ref:stb-2018-84.xml', input: 'dat in het Staatsblad en de Staatscourant zal worden geplaatst.' },
  { source: 'ref:stb-2014-296.html', input: 'van 8 juli 2014, nr. 2014-0000345103, Directoraat' },
  { source: 'ref:prb-2014-6.html', input: '(Provinciaal Blad 2013, nr. 141) inclusief' },
  {
    source: 'domain (dates)',
    input: 'Den Haag, 15-10-2022; in de periode 2017–2020 en vergaderjaar 2024–2025',
  },
  { source: 'domain (nr. 2019 alone)', input: 'zie punt nr. 2019 van de lijst' },
  { source: 'domain (a page without its vergaderjaar)', input: 'zie de Handelingen, blz. 4511' },
  { source: 'a sitting and page without the chamber', input: 'zie de Handelingen 49 blz. 4599' },
  { source: 'domain (EK inside a word)', input: 'de GEEK 34 568, H en TEK 36 600' },
  {
    source: 'domain (Kamervragen in prose)',
    input: 'Kamervragen (Aanhangsel) worden binnen drie weken beantwoord',
  },
  { source: 'domain (a Handelingen amount, no page)', input: 'Handelingen II 2001/02, 3.5 mln. euro' },
  { source: 'domain (amounts)', input: 'een bedrag van € 25 000, nummer onbekend, en 12 345 euro' },
];

describe('citation parser: real citation strings', () => {
  it('has at least 80 real citation strings', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(CASES)('$source: $input', ({ input, ids, text }) => {
    const found = cite(input);
    expect(found.map(key)).toEqual(ids);
    for (const c of found) {
      expect(c.url).toBe(c.id ? `https://zoek.officielebekendmakingen.nl/${c.id}.html` : null);
      expect(c.text).toBe(input.slice(c.start, c.end));
    }
    if (text !== undefined) expect(found[0]?.text).toBe(text);
  });

  it.each(NOT_CITATIONS)('not a citation ($source): $input', ({ input }) => {
    expect(cite(input)).toEqual([]);
  });
});

/** A bare dossier alone in brackets in running text is a citation when it is the paper's own dossier. */
const OWN_DOSSIER_CASES: { source: string; input: string; own: string; ids: string[] }[] = [
  {
    source: 'L1360',
    input:
      'over het Meerjarenprogramma infrastructuur en transport (MIT) 1998–2002 (25 603).\n\nVan het overleg brengt de commissie',
    own: '25603',
    ids: ['kamerstuk|25603|null'],
  },
  {
    source: 'L758',
    input: 'heeft op 19 november 1996 een hoorzitting gehouden over de Wet op het notarisambt (23 706).',
    own: '23706',
    ids: ['kamerstuk|23706|null'],
  },
  {
    source: 'L1360, spelled without a space',
    input: 'het Meerjarenprogramma infrastructuur en transport (MIT) 1998-2002 (25603).',
    own: '25603',
    ids: ['kamerstuk|25603|null'],
  },
  // Another dossier than the paper's own: a bracketed five-digit number may be an amount or a count.
  {
    source: 'L758, another dossier',
    input: 'een hoorzitting gehouden over de Wet op het notarisambt (23 706).',
    own: '25603',
    ids: [],
  },
  // Not alone in its brackets: `(Wro; 28 916)` (326) is no citation, nor is the number before other words.
  { source: 'L326', input: 'de nieuwe Wet ruimtelijke ordening (Wro; 28 916) regelt', own: '28916', ids: [] },
  {
    source: 'own dossier, more after it',
    input: 'in totaal (25 603 gevallen) gemeld',
    own: '25603',
    ids: [],
  },
];

describe("citation parser: the paper's own dossier alone in brackets", () => {
  it.each(OWN_DOSSIER_CASES)('$source: $input', ({ input, own, ids }) => {
    const found = cite(input, { dossier: own });
    expect(found.map(key)).toEqual(ids);
    for (const c of found) expect(c.self).toBe(false);
  });
});

describe('citation fields', () => {
  it('reports the contract fields of a Kamerstuk (chamber, dossier with suffix, number)', () => {
    const [c] = cite('Kamerstuk 36 200 X, nr. 5');
    expect(c).toMatchObject({
      type: 'kamerstuk',
      chamber: 'II',
      dossier: '36200-X',
      number: '5',
      year: null,
      url: 'https://zoek.officielebekendmakingen.nl/kst-36200-X-5.html',
    });
  });

  it('reads a budget chapter named `hoofdstuk` after the dossier, without a number (1630)', () => {
    const [c, ...more] = cite(
      'hoofdstuk VI.3 van de Rijksbegroting 1995 voor het Ministerie van Justitie, TK 1994–1995, 23 900, hoofdstuk VI. 2).',
    );
    expect(more).toEqual([]);
    expect(c).toMatchObject({
      text: 'TK 1994–1995, 23 900, hoofdstuk VI',
      type: 'kamerstuk',
      dossier: '23900-VI',
      number: null,
      url: null,
    });
    // A chapter word needs a roman numeral after it: `hoofdstuk 3` is a chapter of the paper, no budget's.
    expect(cite('TK 1994–1995, 23 900, hoofdstuk 3.')[0]).toMatchObject({ dossier: '23900', number: null });
  });

  it('reads papers of both chambers, `Kamerstukken I/II`, an Eerste Kamer letter and a Tweede Kamer number (1564, 2491)', () => {
    expect(
      cite('het evaluatierapport van de TCS (Kamerstukken I/II, 30 953, C en nr. 3).').map((c) => c.id),
    ).toEqual(['kst-30953-C', 'kst-30953-3']);
    expect(
      cite('op haar brief van 6 februari jl. (Kamerstukken I/II 30 953, A en nr. 1) biedt').map((c) => c.id),
    ).toEqual(['kst-30953-A', 'kst-30953-1']);
    // `en` then no number: the letter alone.
    expect(cite('(Kamerstukken I, 30 953, D en de brief)').map((c) => c.id)).toEqual(['kst-30953-D']);
  });

  it('reads `kamerstuknummer` as the keyword: the dossier alone, or with its number (2423)', () => {
    const [c, ...more] = cite(
      'een wijziging van de Vreemdelingenwet 2000 in verband met het aanpassen van de asielprocedure (kamerstuknummer 31 944). Hierdoor',
    );
    expect(more).toEqual([]);
    expect(c).toMatchObject({
      text: 'kamerstuknummer 31 944',
      type: 'kamerstuk',
      dossier: '31944',
      number: null,
    });
    expect(cite('(Kamerstuknummer 31 944, nr. 3)')[0]).toMatchObject({ dossier: '31944', number: '3' });
    // The word alone, or a number that is no dossier, cites nothing.
    expect(cite('Het kamerstuknummer staat op de eerste bladzijde.')).toEqual([]);
    expect(cite('kamerstuknummer 12')).toEqual([]);
  });

  it('gives only the dossier when the text ends inside the brackets right after the number (509, an excerpt)', () => {
    const cut = cite('over de uitzending van Zembla (Kamerstuk 31 066, nr. 21');
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatchObject({ type: 'kamerstuk', dossier: '31066', number: null, url: null });
    // Closed, or with no bracket open, the number is whole.
    // Without the keyword, the `nr.` says a paper is cited (1750).
    expect(cite("alleenstaande minderjarige asielzoekers (AMA's) (19637, nr. 143")).toMatchObject([
      { type: 'kamerstuk', dossier: '19637', number: null, url: null },
    ]);
    expect(cite('de brieven (19 637, nr. 1305 en 19 637, ')).toMatchObject([
      { dossier: '19637', number: '1305' },
    ]);
    for (const whole of [
      '(Kamerstuk 31 066, nr. 21)',
      'Kamerstuk 31 066, nr. 21',
      '(zie ook) Kamerstuk 31 066, nr. 21',
    ]) {
      expect(cite(whole)[0], whole).toMatchObject({ dossier: '31066', number: '21' });
    }
  });

  it('gives Handelingen the vergaderjaar and no URL without an item (contract; L08)', () => {
    const [c] = cite('(Handelingen II 2021/22, nr. 82, debat over sms-berichten');
    expect(c).toMatchObject({
      type: 'handelingen',
      chamber: 'II',
      number: '82',
      year: '2021-2022',
      url: null,
    });
  });

  it('marks the Eerste Kamer by its letter numbers and explicit chamber', () => {
    expect(cite('Kamerstukken I 2008/09, 31700 VI, D, p. 4')[0]).toMatchObject({
      chamber: 'I',
      dossier: '31700-VI',
      number: 'D',
      year: '2008-2009',
    });
    expect(cite('(35 261, B)')[0]?.chamber).toBe('I');
  });

  it('reads Staatscourant and Staatsblad year and number', () => {
    expect(cite('Staatscourant 2021, 7182')[0]).toMatchObject({
      type: 'staatscourant',
      year: '2021',
      number: '7182',
    });
    expect(cite('Stb. 2021, 12')[0]).toMatchObject({ type: 'staatsblad', year: '2021', number: '12' });
  });

  it('takes the d.d. date after a citation, also over a line break (NAVO)', () => {
    const [c] = cite('naar NMI (Kamerstuk \n29 521, nr. 446, d.d. 17 juni 2022). Het');
    expect(c?.date).toBe('2022-06-17');
  });

  it('takes the date of a described letter before the parenthesis (L03, L15)', () => {
    expect(cite('in mijn brief van 7 maart 2016 (Kamerstuk 29 279, nr. 302) zal ik')[0]?.date).toBe(
      '2016-03-07',
    );
    const l15 = [
      '– de brief van de Staatssecretaris van Infrastructuur en Waterstaat d.d. 11 december',
      '2023 inzake spoorveiligheid (Kamerstuk 29 893, nr. 264);',
      '– de brief van de Staatssecretaris van Infrastructuur en Waterstaat d.d. 9 november',
      '2023 inzake negentiende voortgangsrapportage (Kamerstuk 33 652, nr. 90);',
    ].join('\n');
    expect(cite(l15).map((c) => c.date)).toEqual(['2023-12-11', '2023-11-09']);
  });

  it('does not take a date from the previous sentence', () => {
    const text =
      'Op 7 maart 2016 is een brief van 7 maart 2016 verzonden. Dit staat ook in een rapport (Kamerstuk 29 279, nr. 302).';
    expect(cite(text)[0]?.date).toBeNull();
  });

  it('gives each number of a multi-number citation its own entry with the same text and span (L14)', () => {
    const found = cite('Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nrs. 1016 en 1044.');
    expect(found).toHaveLength(2);
    expect(found[0]?.text).toBe(found[1]?.text);
    expect(found[0]?.start).toBe(found[1]?.start);
  });

  it('reports ORIGINAL offsets when the text holds carriage returns', () => {
    const input = 'Regel een.\r\nZie (Kamerstuk 29 521, nr. 446).';
    const [c] = cite(input);
    expect(input.slice(c?.start, c?.end)).toBe('Kamerstuk 29 521, nr. 446');
  });
});
