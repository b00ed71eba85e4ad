import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinGlossary } from '../../../src/core/acronyms/builtin-glossary';
import {
  containsWord,
  createGlossary,
  entriesFromFiles,
  GLOSSARY_CATEGORIES,
  loadGlossary,
  rankMeanings,
} from '../../../src/core/acronyms/glossary';
import { findAcronyms } from '../../../src/core/acronyms';
import { normalizeText } from '../../../src/core/text/normalize';
import { meanings } from './helpers';

describe('built-in glossary', () => {
  const entries = builtinGlossary.entries;

  it('has at least 600 entries, each with expansion, valid category and language', () => {
    expect(entries.length).toBeGreaterThanOrEqual(600);
    for (const e of entries) {
      expect(e.abbr.trim()).toBe(e.abbr);
      expect(e.expansion.length).toBeGreaterThan(1);
      expect(GLOSSARY_CATEGORIES).toContain(e.category);
      expect(['nl', 'en', 'fr', 'de', 'pap']).toContain(e.lang);
    }
  });

  it('has as many entries as the README says it has', () => {
    // The README's feature list gives the number; it went stale once (1,208 where the files held 1,224).
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const said = /built-in glossary of ([\d,]+)\s+entries/.exec(readme)?.[1];
    expect(said?.replace(/,/g, '')).toBe(String(entries.length));
  });

  it('lists no meaning twice', () => {
    const keys = entries.map((e) => `${e.abbr}|${e.expansion.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  // The list: ministries, agencies, parliament, parties, EU, NATO/defence, international.
  const required: Array<[string, string]> = [
    ['BZK', 'Binnenlandse Zaken en Koninkrijksrelaties'],
    ['BuZa', 'Buitenlandse Zaken'],
    ['EZK', 'Economische Zaken en Klimaat'],
    ['IenW', 'Infrastructuur en Waterstaat'],
    ['JenV', 'Justitie en Veiligheid'],
    ['LVVN', 'Landbouw, Visserij, Voedselzekerheid en Natuur'],
    ['OCW', 'Onderwijs, Cultuur en Wetenschap'],
    ['KGG', 'Klimaat en Groene Groei'],
    ['VRO', 'Volkshuisvesting en Ruimtelijke Ordening'],
    ['AenM', 'Asiel en Migratie'],
    ['CPB', 'Centraal Planbureau'],
    ['WRR', 'Wetenschappelijke Raad voor het Regeringsbeleid'],
    ['RvS', 'Raad van State'],
    ['AR', 'Algemene Rekenkamer'],
    ['AP', 'Autoriteit Persoonsgegevens'],
    ['UWV', 'Uitvoeringsinstituut Werknemersverzekeringen'],
    ['COA', 'Centraal Orgaan opvang asielzoekers'],
    ['NCTV', 'Nationaal Coördinator Terrorismebestrijding en Veiligheid'],
    ['OM', 'Openbaar Ministerie'],
    ['PvdA', 'Partij van de Arbeid'],
    ['AO', 'algemeen overleg'],
    ['CD', 'commissiedebat'],
    ['WGO', 'wetgevingsoverleg'],
    ['NnavV', 'nota naar aanleiding van het verslag'],
    ['AMvB', 'algemene maatregel van bestuur'],
    ['BNC-fiche', 'fiche van de werkgroep Beoordeling Nieuwe Commissievoorstellen'],
    ['RBZ', 'Raad Buitenlandse Zaken'],
    ['JBZ', 'Justitie en Binnenlandse Zaken'],
    ['Ecofin', 'Raad Economische en Financiële Zaken'],
    ['GVDB', 'gemeenschappelijk veiligheids- en defensiebeleid'],
    ['MFK', 'meerjarig financieel kader'],
    ['VWEU', 'Verdrag betreffende de werking van de Europese Unie'],
    ['NAVO', 'Noord-Atlantische Verdragsorganisatie'],
    ['NPG', 'Nuclear Planning Group'],
    ['KFOR', 'Kosovo Force'],
    ['OVSE', 'Organisatie voor Veiligheid en Samenwerking in Europa'],
    ['OESO', 'Organisatie voor Economische Samenwerking en Ontwikkeling'],
    ['WHO', 'Wereldgezondheidsorganisatie'],
    // Held-out round 16: the title-case spelling of a 2011 Defensie letter (151), a law of a 1997 verslag (157).
    ['Navo', 'Noord-Atlantische Verdragsorganisatie'],
    ['Zfw', 'Ziekenfondswet'],
    // Round 17: `artikel 2.27 CW` in a lijst van vragen (162), `NT2-docenten` (164).
    ['CW', 'Comptabiliteitswet'],
    ['NT2', 'Nederlands als tweede taal'],
    // Round 18: Caribbean Netherlands' laws (167), EU emissions trading for buildings and road transport (169).
    ['WolBES', 'Wet openbare lichamen Bonaire, Sint Eustatius en Saba'],
    ['FinBES', 'Wet financiën openbare lichamen Bonaire, Sint Eustatius en Saba'],
    ['ETS-BRT', 'Emissions Trading System for Buildings and Road Transport'],
    ['LTO', 'Land- en Tuinbouw Organisatie Nederland'],
    // Round 19: the procurement policy of a 2023 IenW letter (178).
    ['MVI', 'maatschappelijk verantwoord inkopen'],
    // Round 100: a 2004 verslag on the Betuweroute (826), a 1995 lijst of the Rekenkamer on asylum (829), and the
    // research funder a 2018 lijst names (459).
    ['FES', 'Fonds Economische Structuurversterking'],
    ['vvtv', 'voorwaardelijke vergunning tot verblijf'],
    ['ZonMw', 'Zorgonderzoek Nederland Medische Wetenschappen'],
    // Round 103: an Eerste Kamer nota (846), a 1995 nota on the motor vehicle tax (849), a 2006 lijst on the
    // infrastructure budget (851); round 104: an interdepartementaal beleidsonderzoek in lower case (859).
    ['OSF', 'Onafhankelijke Senaatsfractie'],
    ['WAM', 'Wet aansprakelijkheidsverzekering motorrijtuigen'],
    ['APK', 'Algemene Periodieke Keuring'],
    ['IF', 'Infrastructuurfonds'],
    ['ibo', 'interdepartementaal beleidsonderzoek'],
    // Rounds 106 and 107: a motie on culture (873), an algemeen overleg on SUWI (871), a verslag on a council (880).
    ['NiNsee', 'Nationaal instituut Nederlands slavernijverleden en erfenis'],
    ['WIJ', 'Wet investeren in jongeren'],
    ['EIC', 'European Innovation Council'],
    ['KP10', 'tiende kaderprogramma voor onderzoek en innovatie'],
    // Round 108: a progress letter on electronic identification (887).
    ['GDI', 'Generieke Digitale Infrastructuur'],
    // Round 112: a nader verslag on the Wet kinderopvang (920), an algemeen overleg on the Betuweroute (922).
    ['amvb', 'algemene maatregel van bestuur'],
    ['MOU', 'Memorandum of Understanding'],
    // Rounds 114 and 116: the mainport of Rotterdam (938), a NATO foreign ministers' meeting (952).
    ['PMR', 'Project Mainportontwikkeling Rotterdam'],
    ['FMM', 'Foreign Ministers Meeting'],
    // Rounds 117-119: a hospital and the health inspectorate (958), the oil and gas portal (973), adult education
    // (976).
    ['MST', 'Medisch Spectrum Twente'],
    ['IGZ', 'Inspectie voor de Gezondheidszorg'],
    ['NLOG', 'Nederlands Olie- en Gasportaal'],
    ['vavo', 'voortgezet algemeen volwassenenonderwijs'],
    // Round 121: an algemeen overleg on the Meststoffenwet of 2003 (990).
    ['MINAS', 'Mineralenaangiftesysteem'],
    // Round 120: the lower-case spelling of an algemeen overleg on asylum (989).
    ['lhbti', 'lesbisch, homo, biseksueel, transgender en intersekse'],
    // Round 123: labour migration from the new member states (1011).
    ['MOE', 'Midden- en Oost-Europese'],
    // Rounds 127 and 128: a tax debate (1044), a bill of 2003 (1041), a motion on defence policy (1052).
    ['dga', 'directeur-grootaandeelhouder'],
    ['Wmz', 'Wet melding zeggenschap in ter beurze genoteerde vennootschappen'],
    ['EDVB', 'Europees Defensie- en Veiligheidsbeleid'],
    // Round 130: the committee for transport of 2010 (1062), train travel (1069, 1067).
    ['VW', 'Verkeer en Waterstaat'],
    ['IC', 'intercity'],
    ['MaaS', 'Mobility as a Service'],
    // Jobs counted in full-time units, left since round 101 (832; also 111, 247, 397, 479, 617).
    ['fte', 'fulltime-equivalent'],
    ['vte', 'voltijdsequivalent'],
    // Round 121's committee of 2010, `(VWS/JG)` (997); round 117's `de progressieve ziekte MS` (961).
    ['JG', 'Jeugd en Gezin'],
    ['MS', 'multiple sclerose'],
    // Rounds 135 and 136: NATO defence ministers (1103, 1104), mobile networks (1109), ICT review (1110),
    // youth health care (1117).
    ['DMM', "Defence Ministers' Meeting"],
    ['UMTS', 'Universal Mobile Telecommunications System'],
    ['BIT', 'Bureau ICT-toetsing'],
    ['NCJ', 'Nederlands Centrum Jeugdgezondheid'],
    // Round 138: a housing budget of 1999 (1127), Kosovo (1131).
    ['ISV', 'Investeringsbudget Stedelijke Vernieuwing'],
    ['VINEX', 'Vierde Nota Ruimtelijke Ordening Extra'],
    ['FRJ', 'Federale Republiek Joegoslavië'],
    // Round 140: prisons and tbs (1148).
    ['FPC', 'forensisch psychiatrisch centrum'],
    // Round 139: development aid (1135), Afghanistan (1139).
    ['SNV', 'Stichting Nederlandse Vrijwilligers'],
    ['COMISAF', 'Commander International Security Assistance Force'],
    // Rounds 141 and 142: water policy of 2001 (1151), the EU transport council (1155), Cotonou (1163).
    ['NRLO', 'Nationale Raad voor Landbouwkundig Onderzoek'],
    ['CIW', 'Commissie Integraal Waterbeheer'],
    ['VTE', 'Vervoer, Telecommunicatie en Energie'],
    ['ACS', 'Afrika, Caribisch gebied en Stille Oceaan'],
    // Round 144: a defence budget motion of 2015 (1179).
    ['WUL', 'Wet uniformering loonbegrip'],
    // Rounds 145 and 146: rail capacity (1183), the parties of hospital care (1193).
    ['NMCA', 'Nationale Markt- en Capaciteitsanalyse'],
    ['NPCF', 'Nederlandse Patiënten Consumenten Federatie'],
    ['OMS', 'Orde van Medisch Specialisten'],
    ['NVZ', 'Nederlandse Vereniging van Ziekenhuizen'],
    ['ZKN', 'Zelfstandige Klinieken Nederland'],
    ['ZN', 'Zorgverzekeraars Nederland'],
    // Round 147: a Belastingdienst debate of 2019 (1200), giftenaftrek en ANBI-regeling.
    ['ANBI', 'algemeen nut beogende instelling'],
    // Round 149: a schriftelijk overleg on complex care of 2012 (1219).
    ['CCE', 'Centrum voor Consultatie en Expertise'],
    // Round 151: a motion of a nota-overleg on traffic of 2001 (1231).
    ['NVVP', 'Nationaal Verkeers- en Vervoersplan'],
    // Round 154: the hersteloperatie toeslagen of 2020 and 2025 (1259, 1260).
    ['FSV', 'Fraude Signalering Voorziening'],
    ['VGR', 'voortgangsrapportage'],
    // Round 157: a commissiedebat on the digital government of 2023 (1284).
    ['Wmebv', 'Wet modernisering elektronisch bestuurlijk verkeer'],
    // Round 162: an answer on Staatsbosbeheer's felling of 2019 (1323).
    ['FSC', 'Forest Stewardship Council'],
    // Round 164: general practitioners (1339), school safety (1340) and early education in the big cities (1341).
    ['Nivel', 'Nederlands instituut voor onderzoek van de gezondheidszorg'],
    ['PISA', 'Programme for International Student Assessment'],
    ['G4', 'vier grote steden'],
    // Round 163: the MIRT commissiedebat of 2023 (1332).
    ['WLO', 'Welvaart en Leefomgeving'],
    // Round 166: a Telecom Council agenda of 2000 (1350).
    ['ONP', 'Open Network Provision'],
    // Round 168: a letter on online fraud of 2025 (1369).
    ['NAW', 'naam, adres, woonplaats'],
    // Round 170: a verslag on shelter for the homeless of 2016 (1384).
    ['ESH', 'Europees Sociaal Handvest'],
    // Round 169: a nota on the curator's position of 2016 (1374), where one word spells it.
    ['Fw', 'Faillissementswet'],
    // Round 171: a verslag on sport of 2021 (1393), of a letter to WADA.
    ['BND', 'Bundesnachrichtendienst'],
    // Round 173: a verslag on prisons of 2016 (1412), the committee named in Dutch before its English initials.
    [
      'CPT',
      'Europees Comité inzake de voorkoming van folteringen en onmenselijke of vernederende behandelingen of bestraffingen',
    ],
    // Round 174: a lijst on PFAS of 2020 (1422) and a verslag on soil of 1996 (1426).
    ['PFOS', 'perfluoroctaansulfonzuur'],
    ['BSB', 'Bodemsanering van in gebruik zijnde bedrijfsterreinen'],
    // Round 178: a verslag on disability of 2025 (1462), the name written out but never with the short form.
    ['OCTAS', 'Onafhankelijke Commissie Toekomst Arbeidsongeschiktheidsstelsel'],
    // Round 180: letters on competition of 2024 (1480), one word spelling the law's short form, and on energy of 2003
    // (1483).
    ['Mw', 'Mededingingswet'],
    ['DTe', 'Dienst uitvoering en toezicht Energie'],
    // Round 186: a nader verslag on return and detention of 2025 (1541) and a letter on civic integration of 2007
    // (1546).
    ['Wtvb', 'Wet terugkeer en vreemdelingenbewaring'],
    ['Vw2000', 'Vreemdelingenwet 2000'],
    ['RCEC', 'Research Center voor Examinering en Certificering'],
    // Round 188: a verslag on the EU's own resources of 2025 (1563).
    ['EMB', 'Eigenmiddelenbesluit'],
    // Round 190: an Eerste Kamer verslag on the evaluation of the party-financing act of 2022 (1582).
    ['Wfpp', 'Wet financiering politieke partijen'],
    // Round 193: a lijst on the Kingdom relations budget (1613), a verslag on Curaçao, Aruba and Sint Maarten (1615).
    ['RST', 'Recherche Samenwerkingsteam'],
    ['CAS', 'Curaçao, Aruba en Sint Maarten'],
    // Round 194: a motie on local broadcasting (1622) and an Eerste Kamer answer on the Omgevingswet's systems (1627).
    ['OLON', 'Organisatie van Lokale Omroepen in Nederland'],
    ['DSO-LV', 'Digitaal Stelsel Omgevingswet Landelijke Voorziening'],
    // Round 196: development cooperation; `UNRWA` now expands to what its letters stand for (1646).
    ['SRGR', 'seksuele en reproductieve gezondheid en rechten'],
    ['TA', 'technische assistentie'],
    ['PUM', 'Programma Uitzending Managers'],
    ['UNRWA', 'United Nations Relief and Works Agency for Palestine Refugees in the Near East'],
    // Round 198: a lijst on the railways (1660) and a commissiedebat on maritime affairs (1666).
    ['RO', 'ruimtelijke ordening'],
    ['NAP', 'Normaal Amsterdams Peil'],
    // Round 202: a 1996 nota on the Financiële-verhoudingswet (1703) and a notaoverleg on veterans (1701).
    ['FVW', 'Financiële-verhoudingswet'],
    ['BNMO', 'Bond van Nederlandse Militaire Oorlogs- en Dienstslachtoffers'],
    // Round 204: an answer on the CBR's backlogs (1727).
    ['KPI', 'kritieke prestatie-indicator'],
    // Rounds 207–210: papers on housing, water, foreign affairs, youth care (1757, 1763, 1774, 1776, 1777, 1782).
    ['RIBW', 'Regionale Instelling voor Beschermd Wonen'],
    ['DBA', 'Deregulering Beoordeling Arbeidsrelaties'],
    ['ODIHR', 'Office for Democratic Institutions and Human Rights'],
    ['SCoPAFF', 'Standing Committee on Plants, Animals, Food and Feed'],
    ['NIMH', 'Nederlands Instituut voor Militaire Historie'],
    ['ABA', 'Applied Behavior Analysis'],
    ['ZIKOS', 'Zeer Intensieve Kortdurende Observatie en Stabilisatie'],
    // Rounds 211–213: papers on culture, defence procurement and infrastructure (1791, 1803, 1810, 1813, 1815).
    ['ICN', 'Instituut Collectie Nederland'],
    ['LC', 'Luchtverdedigings- en Commando'],
    ['SATL', 'Samenwerkende Actiegroepen Tegen Laagvliegen'],
    ['OTB', 'ontwerp-tracébesluit'],
    ['SVV', 'Structuurschema Verkeer en Vervoer'],
    // Rounds 216–218: papers on water and waste, student finance, parliament's procedures and missions.
    ['SVIR', 'Structuurvisie Infrastructuur en Ruimte'],
    ['KRW', 'Kaderrichtlijn Water'],
    ['LAP', 'Landelijk afvalbeheerplan'],
    ['COR', 'centrale ondernemingsraad'],
    ['IB-Groep', 'Informatie Beheer Groep'],
    ['AFB', 'Algemene Financiële Beschouwingen'],
    ['EVDB', 'Europees Veiligheids- en Defensiebeleid'],
    // Rounds 220–222: papers on prevention, and on company taxes and innovation (1882, 1903, 1904).
    ['Wbso', 'Wet Bevordering Speur- en Ontwikkelingswerk'],
    ['RDA', 'Research en Development Aftrek'],
    ['R&D', 'research and development'],
    ['TTW', 'Toegepaste en Technische Wetenschappen'],
    ['nVWA', 'nieuwe Voedsel- en Warenautoriteit'],
    // Rounds 223–225: the benefits recovery, fire safety, EU funds and product safety (1912, 1922, 1933, 1936).
    ['PZB', 'persoonlijk zaakbehandelaar'],
    ['NEN', 'Nederlands Normalisatie-instituut'],
    ['AMIF', 'Asiel-, Migratie- en Integratiefonds'],
    ['ISF', 'Fonds voor Interne Veiligheid'],
    ['EVF', 'Europees Visserijfonds'],
    ['UVB', 'Uitvoering van Beleid'],
    ['POP', 'Plattelandsontwikkelingsprogramma'],
    ['CV', 'centrale verwarming'],
    // Rounds 227 and 229: state holdings, sport and cycling (1955, 1956, 1957, 1975).
    ['NLFI', 'NL Financial Investments'],
    ['VSG', 'Vereniging Sport en Gemeenten'],
    ['WK', 'wereldkampioenschap'],
    ['LIS', 'Letsel Informatie Systeem'],
    // Rounds 233–234: volunteers, medicines and small business (2017, 2020, 2022, 2025).
    ['NOV', 'Nederlandse Organisaties Vrijwilligerswerk'],
    ['LSH', 'Life Sciences & Health'],
    ['MDW', 'Marktwerking, Deregulering en Wetgevingskwaliteit'],
    ['GO', 'Garantie Ondernemingsfinanciering'],
    // Rounds 235–238: roads, organised crime and climate adaptation (2032, 2050, 2064).
    ['HID', 'hoofdingenieur-directeur'],
    ['RPB', 'Ruimtelijk Planbureau'],
    ['MNP', 'Milieu- en Natuurplanbureau'],
    // Rounds 240–241: defence grounds, forestry and car taxes (2085, 2086, 2090).
    ['ISK', 'Infanterie Schietkamp'],
    ['PEFC', 'Programme for the Endorsement of Forest Certification'],
    ['SNL', 'Subsidiestelsel Natuur- en Landschapsbeheer'],
    ['WLTP', 'Worldwide Harmonised Light Vehicles Test Procedure'],
    // Its name in English, as the annotators of 1534, 1863 and 1864 wrote it.
    ['MINUSMA', 'United Nations Multidimensional Integrated Stabilisation Mission in Mali'],
    ['Aw', 'Autoriteit woningcorporaties'],
    ['DCMR', 'DCMR Milieudienst Rijnmond'],
    ['IOW', 'Wet inkomensvoorziening oudere werklozen'],
    ['RMNO', 'Raad voor het Milieu- en Natuuronderzoek'],
    ['VNO', 'Verbond van Nederlandse Ondernemingen'],
    ['NCW', 'Nederlands Christelijk Werkgeversverbond'],
    ['LHBT', 'lesbisch, homo, biseksueel en transgender'],
    ['PSOM', 'Programma Samenwerking Opkomende Markten'],
    ['MILIEV', 'Milieu en Economische Verzelfstandiging'],
    ['AMISOM', 'African Union Mission in Somalia'],
    ['AOV', 'arbeidsongeschiktheidsverzekering'],
    ['Wm', 'Wet milieubeheer'],
    ['SWOV', 'Stichting Wetenschappelijk Onderzoek Verkeersveiligheid'],
    ['arhi', 'algemene regels herindeling'],
    ['AcICT', 'Adviescollege ICT-toetsing'],
    ['BNB', 'Beslissingen in Belastingzaken Nederlandse Belastingrechtspraak'],
    ['VWP', 'Visa Waiver Program'],
    ['GTS', 'Gasunie Transport Services'],
    ['woco', 'woningcorporatie'],
    ['ISDN', 'Integrated Services Digital Network'],
    ['CARC', 'Chemical Agent Resistant Coating'],
    ['SARS-CoV2', 'severe acute respiratory syndrome coronavirus 2'],
    ['vsv', 'voortijdig schoolverlaten'],
    ['ACOI', 'Adviescollege Openbaarheid en Informatiehuishouding'],
    ['LIMC', 'Land Information Manoeuvre Centre'],
    ['PS', 'Provinciale Staten'],
    ['ViNEx', 'Vierde Nota Ruimtelijke Ordening Extra'],
    ['Wozt', 'Wet ongewenste zeggenschap telecommunicatie'],
    ['KVJJ', 'kleinschalige voorziening justitiële jeugd'],
    ['HWBP', 'Hoogwaterbeschermingsprogramma'],
    ['M.E.P.', 'Movimiento Electoral di Pueblo'],
    ['NMP1', 'eerste Nationaal Milieubeleidsplan'],
    ['VEL', 'vereenvoudigd energielabel'],
    ['piw', 'penitentiair inrichtingswerker'],
    ['PI', 'penitentiaire inrichting'],
    ['CIDC', 'Centraal Instituut voor DierziekteControle'],
    ['AC', 'aanmeldcentrum'],
    ['MALE-UAV', 'Medium Altitude Long Endurance Unmanned Aerial Vehicle'],
    ['PHS-GON', 'Programma Hoogfrequent Spoorvervoer Goederenroute Oost-Nederland'],
    ['MPP3', 'Maasvlakte Power Plant 3'],
    ['ZON MW', 'Zorgonderzoek Nederland Medische Wetenschappen'],
    ['NEO NL', 'Nucleaire Energie Organisatie Nederland'],
  ];
  it.each(required)('%s = %s', (abbr, expansion) => {
    expect(builtinGlossary.lookup(abbr).map((e) => e.expansion)).toContain(expansion);
  });

  it('an all-caps entry of its own comes before the lower-case one it would otherwise find (1155, `VTE-Raad`)', () => {
    expect(builtinGlossary.lookup('VTE')[0]?.expansion).toBe('Vervoer, Telecommunicatie en Energie');
    expect(builtinGlossary.lookup('vte')[0]?.expansion).toBe('voltijdsequivalent');
  });

  it('an all-caps token finds an entry written otherwise, not the reverse', () => {
    expect(builtinGlossary.lookup('ECOFIN')[0]?.expansion).toBe('Raad Economische en Financiële Zaken');
    expect(builtinGlossary.lookup('Rivm')).toEqual([]);
  });

  it('an all-caps short form printed with a lower-case first letter finds its entry (527, `nLR-rapport`)', () => {
    expect(builtinGlossary.lookup('nLR')[0]?.expansion).toBe(builtinGlossary.lookup('NLR')[0]?.expansion);
    expect(builtinGlossary.lookup('nLR')).not.toEqual([]);
    // Only a lower-case letter before capitals: not a word, not a short form with more lower case.
    expect(builtinGlossary.lookup('nLr')).toEqual([]);
    expect(createGlossary(builtinGlossary.entries, ['NLR']).lookup('nLR')).toEqual([]);
  });

  // `lookup` decides "all caps" without allocating for plain ASCII; other scripts take the Unicode way.
  it.each([
    ['ECOFIN', 'Raad Economische en Financiële Zaken'],
    ['NAVO', 'Noord-Atlantische Verdragsorganisatie'],
    ['Ecofin', 'Raad Economische en Financiële Zaken'],
  ])('%s finds %s', (abbr, expansion) => {
    expect(builtinGlossary.lookup(abbr)[0]?.expansion).toBe(expansion);
    expect(builtinGlossary.has(abbr)).toBe(true);
  });

  it('folds non-ASCII all-caps spellings too, and a hidden abbreviation has no meaning', () => {
    const entry = { abbr: 'Ésa', expansion: 'Een testmeaning', category: 'other' as const, lang: 'nl' };
    const g = createGlossary([entry], ['NAVO']);
    expect(g.lookup('ÉSA')).toEqual([entry]);
    expect(g.lookup('ÉSa')).toEqual([]);
    expect(g.has('de')).toBe(false);
    const hidden = createGlossary(builtinGlossary.entries, ['NAVO']);
    expect(hidden.has('NAVO')).toBe(false);
    expect(hidden.lookup('NAVO')).toEqual([]);
  });

  it('loads lazily to the same glossary', async () => {
    const g = await loadGlossary();
    expect(g.lookup('NAVO')[0]?.expansion).toBe('Noord-Atlantische Verdragsorganisatie');
  });
});

describe('lower-case spellings capitalized at the start of a sentence or title', () => {
  it.each([
    ['a title (letter 210)', 'Aanvullend actieplan Mkb-financiering', 'Mkb', 'midden- en kleinbedrijf'],
    ['a sentence', 'Cao-afspraken gelden voor alle werknemers.', 'Cao', 'collectieve arbeidsovereenkomst'],
  ])('%s', (_case, text, abbr, expansion) => {
    expect(meanings(text)[abbr]).toBe(expansion);
  });

  it('one entry when both spellings occur (letter 246), the capitalized one alone stays as written', () => {
    const both = findAcronyms(
      normalizeText('De boa is handhaver. Boa’s verrichten belangrijk werk in het openbaar domein.'),
    );
    expect(both.map((a) => [a.abbr, a.occurrences.length])).toEqual([['boa', 2]]);
    expect(findAcronyms(normalizeText('Boa’s verrichten belangrijk werk.')).map((a) => a.abbr)).toEqual([
      'Boa',
    ]);
  });

  it('not two-letter spellings, which look like words and names', () => {
    expect(meanings('Wo is de vraag. Po zei niets. Ov zelf niet.')).toEqual({});
  });

  it('not a lower-case spelling the text ends with: a word cut off by an excerpt (529, 236, 323)', () => {
    expect(
      meanings('binnen de verdeling van bevoegdheden tussen de Unie en de lidstaten. Vijf punten wo\n'),
    ).toEqual({});
    expect(meanings('De kosten in het wo stijgen.\n')).toEqual({ wo: 'wetenschappelijk onderwijs' });
    expect(meanings('De kosten in het wo.')).toEqual({ wo: 'wetenschappelijk onderwijs' });
  });

  it('not capitals the text ends with that begin a known short form: the excerpt cut it (1934)', () => {
    expect(meanings('waren tot 22 juli 2017 geen documenten aanwezig bij de NVW')).toEqual({});
    // Whole, or known as written, or not at the end: short forms as ever.
    expect(meanings('geen documenten aanwezig bij de NVWA')).toEqual({
      NVWA: 'Nederlandse Voedsel- en Warenautoriteit',
    });
    expect(meanings('De brief ging naar de NVW en de NVWA.')).toMatchObject({ NVW: 'nota van wijziging' });
    expect(meanings('Het gaat om de EU')).toEqual({ EU: 'Europese Unie' });
  });

  it.each([
    [
      '995',
      'De fractie van de A.V.P. en de P.D.R. kunnen zich vinden in de strekking. De M.E.P.-fractie kan zich vinden',
      {
        'A.V.P.': 'Arubaanse Volkspartij',
        'P.D.R.': 'Partido Democracia Real',
        'M.E.P.': 'Movimiento Electoral di Pueblo',
      },
    ],
    [
      '2606, at the end of a line',
      'bijgaand de inbreng per fractie.\nDe fractie M.E.P.\nAlgemeen',
      { 'M.E.P.': 'Movimiento Electoral di Pueblo' },
    ],
    ["a person's initials", 'De motie van het lid H.P.M. Kerstens en G.F. Terpstra', {}],
    ['inside a longer dotted run', 'zie de A.V.P.R. en de xM.E.P.', {}],
  ])("the glossary's dotted spellings, as written (%s)", (_case, text, expected) => {
    expect(meanings(text)).toEqual(expected);
  });

  it('another edition of a short form the letter defines with its number is taken as written (2684)', () => {
    const text =
      'Hierbij bied ik u de achtste voortgangsrapportage (VGR8) aan. Dezelfde projecten als bij VGR7 kennen een verwachte oplevering.';
    expect(findAcronyms(normalizeText(text)).map((a) => [a.abbr, a.expansion])).toEqual([
      ['VGR8', 'achtste voortgangsrapportage'],
      ['VGR7', null],
    ]);
    // Without such a definition, digits glued to a known acronym stay a footnote's: `VGR7` is the `VGR`.
    expect(meanings('Dezelfde projecten als bij VGR7 kennen een verwachte oplevering.')).toEqual({
      VGR: 'voortgangsrapportage',
    });
  });

  it("not capitals the text ends with that begin the letter's own short form (2622)", () => {
    const text =
      'het Landelijk Meldpunt Internetoplichting (LMIO). Het LMIO geeft zelf aan dat de politie-eenheden hun aanpak afstemmen op de toelevering van voorbereidende onderzoeken door het LMI';
    expect(findAcronyms(normalizeText(text)).map((a) => a.abbr)).toEqual(['LMIO']);
  });

  it('not capitals the text ends with that begin a short form the letter uses, though the glossary knows them (1714)', () => {
    const text =
      'Toen in 2017 duidelijk werd dat de initiatiefnemers van het CCS-project ROAD de plannen voor dit project niet zouden uitvoeren, heeft het Havenbedrijf Rotterdam bekeken of er interesse was om op de uitgevoerde werkzaamheden van RO';
    expect(findAcronyms(normalizeText(text)).map((a) => a.abbr)).toEqual(['CCS', 'ROAD']);
    // Not at the end, or the text without the longer one: the glossary's meaning as ever.
    expect(meanings('een pro-actieve rol RO bij de ontwikkeling van infrastructuur')).toEqual({
      RO: 'ruimtelijke ordening',
    });
    expect(meanings('de uitgevoerde werkzaamheden van RO')).toEqual({ RO: 'ruimtelijke ordening' });
  });

  it('not when the user switched the lower-case spelling off', () => {
    const glossary = createGlossary(
      [{ abbr: 'mkb', expansion: 'midden- en kleinbedrijf', category: 'finance', lang: 'nl' }],
      ['mkb'],
    );
    expect(glossary.has('Mkb')).toBe(false);
    expect(createGlossary(glossary.entries).has('Mkb')).toBe(true);
  });
});

describe('short forms of references, currency and country that letters use without defining them', () => {
  it.each([
    [
      '2251',
      'die rechtstreeks van invloed zijn op de werking van de interne markt (PbEU 2016, L 234/26)',
      'PbEU',
      'Publicatieblad van de Europese Unie',
    ],
    [
      '1806',
      'en de verbetering van de kwaliteit van de dienst (PbEG 1998, L 15), en een',
      'PbEG',
      'Publicatieblad van de Europese Gemeenschappen',
    ],
    ['120', 'de Europese Vredesfaciliteit voor Oekraïne ter waarde van EUR 500 miljoen', 'EUR', 'euro'],
    ['217', 'een groot deel (40%) uitvoer van NL makelij.', 'NL', 'Nederland'],
  ])('%s: %s', (_letter, text, abbr, expansion) => {
    expect(meanings(text)[abbr]).toBe(expansion);
  });
});

describe('a roman numeral the glossary knows as a short form: IV, informatievoorziening', () => {
  // Each row: letter, real text, what the reader should see for `IV` (undefined: not listed, the numeral).
  it.each([
    [
      '126, glued by a hyphen to a lower-case word',
      'de beschikbare ruimte in het IV-portfolio Inkomensheffing, Gegevens en Interactie van de Belastingdienst',
      'informatievoorziening',
    ],
    [
      '126, the same at the start of a sentence',
      'De IV-portfolio is vol. Daarom wachten wij.',
      'informatievoorziening',
    ],
    [
      '1033, a budget chapter in brackets',
      'begrotingsstaten van Koninkrijksrelaties (IV) en het BES-fonds (H) voor het jaar',
      undefined,
    ],
    [
      '384, the chapter of a cited paper',
      'de motie van december 2019 (Kamerstuk 35 300 IV, nr. 36). Daarbij loopt',
      undefined,
    ],
    [
      '868, the number of a cabinet',
      'de Staatssecretaris van het kabinet Rutte IV heb ingezet op het gebied van',
      undefined,
    ],
    [
      'a cabinet number glued to a noun',
      'de plannen van het Rutte IV-kabinet en de Koninkrijksrelaties IV-begroting',
      undefined,
    ],
  ])('%s', (_letter, text, expansion) => {
    expect(meanings(text).IV).toBe(expansion);
  });

  it('695: defined by the letter, it is the short form wherever it stands', () => {
    const text =
      'is veel werk verzet om de sturing op de informatievoorziening (IV) binnen de Rijksdienst te verbeteren. Bij sturing op alle aspecten van IV hoort ook de IV-governance.';
    const iv = findAcronyms(normalizeText(text)).find((a) => a.abbr === 'IV');
    expect(iv).toMatchObject({ expansion: 'informatievoorziening', source: 'document' });
    expect(iv?.occurrences).toHaveLength(3);
  });
});

describe('ambiguous acronyms keep every meaning, ranked by the document', () => {
  it('KBA: the research bureau in Nijmegen (letter 10), else kosten-batenanalyse', () => {
    expect(meanings('te weten ResearchNed, CHEPS en KBA Nijmegen.').KBA).toBe(
      'Kenniscentrum Beroepsonderwijs Arbeidsmarkt',
    );
    expect(meanings('Uit de KBA blijkt dat de baten hoger zijn.').KBA).toBe('kosten-batenanalyse');
  });

  it('CSO: a civil society organisation by default, the elderly organisations among pension funds (2182)', () => {
    expect(meanings('Nederland steunt CSO’s in ontwikkelingslanden met subsidies.').CSO).toBe(
      'civil society organisation',
    );
    expect(
      meanings('Het convenant tussen de CSO en de Stichting van de Arbeid over de pensioenfondsen.').CSO,
    ).toBe('Coördinatieorgaan Samenwerkende Ouderenorganisaties');
  });

  it('SO: schriftelijk overleg by default, speciaal onderwijs among leerlingen', () => {
    expect(meanings('In het SO heeft de commissie vragen gesteld.').SO).toBe('schriftelijk overleg');
    expect(meanings('Leerlingen in het SO krijgen extra onderwijs.').SO).toBe('speciaal onderwijs');
  });

  it('API: an application programming interface, unless the text is about passengers (letter 87)', () => {
    expect(meanings('De gegevens zijn via een API beschikbaar.').API).toBe(
      'application programming interface',
    );
    expect(
      meanings(
        'Ook informeren wij uw Kamer over de JBZ-Raad en het voorlopig akkoord op de API-verordeningen.',
      ).API,
    ).toBe('Advance Passenger Information');
  });

  it('CDM: the manure committee in a letter on emissions (94), the Kyoto mechanism in one on climate', () => {
    expect(
      meanings('Kunt u aangeven hoe de CDM-adviezen over de emissies uit stallen zijn gebruikt?').CDM,
    ).toBe('Commissie Deskundigen Meststoffenwet');
    expect(meanings('Projecten onder het CDM van het Kyotoprotocol in ontwikkelingslanden.').CDM).toBe(
      'Clean Development Mechanism',
    );
    // A nota on approving the Kyoto protocol, whose emissions are no manure's (867).
    expect(
      meanings(
        'Goedkeuring van het Protocol van Kyoto bij het Raamverdrag inzake klimaatverandering. 2.2. Emissieregistratie; de emissies van broeikasgassen. 3.8.2. Het gebruik van het CDM',
      ).CDM,
    ).toBe('Clean Development Mechanism');
  });

  it('AI: the Arbeidsinspectie in a letter of 2008 about it (111), artificiële intelligentie otherwise', () => {
    const inspectie = 'De arbeidsinspectie legt boetes op. De AI heeft in 2007 meer boetes opgelegd.';
    expect(meanings(inspectie, { day: '2008-06-04' }).AI).toBe('Arbeidsinspectie');
    // Since 2012 part of the Inspectie SZW: no longer the meaning, whatever the words.
    expect(meanings(inspectie, { day: '2024-06-04' }).AI).toBe('artificiële intelligentie');
    expect(meanings('Het gebruik van AI in de uitvoering.', { day: '2008-06-04' }).AI).toBe(
      'artificiële intelligentie',
    );
  });

  it('SGP: the party, unless the text is about budget rules', () => {
    expect(meanings('Het lid Stoffer (SGP) vroeg').SGP).toBe('Staatkundig Gereformeerde Partij');
    expect(meanings('De regels van het SGP voor de eurozone, zoals de tekortnorm').SGP).toBe(
      'Stabiliteits- en Groeipact',
    );
  });

  it('BIS: the culture subsidies (letter 371), the bank of central banks among central banks', () => {
    expect(meanings('de Raad voor Cultuur adviseert over de BIS-instellingen en de BIS').BIS).toBe(
      'culturele basisinfrastructuur',
    );
    expect(meanings('De centrale banken overleggen in de BIS in Bazel.').BIS).toBe(
      'Bank for International Settlements',
    );
  });

  it('PGO: the personal health environment by default, performance-based maintenance on the railways (letter 442)', () => {
    expect(meanings('Patiënten kunnen hun gegevens in een PGO bewaren.').PGO).toBe(
      'persoonlijke gezondheidsomgeving',
    );
    expect(meanings('ProRail besteedt het onderhoud van het spoor uit via PGO-contracten.').PGO).toBe(
      'prestatiegericht onderhoud',
    );
  });

  it('ME: the riot police in a motion on public order (834), the illness beside CVS', () => {
    expect(
      meanings(
        'dat de politie bij grove schendingen van de openbare orde niet de inzet van de (ME) politie achterwege laat',
      ).ME,
    ).toBe('Mobiele Eenheid');
    expect(meanings('De zorg voor patiënten met ME/CVS moet beter.').ME).toBe('myalgische encefalomyelitis');
  });

  it('EK: the Eerste Kamer by default, the European championship beside football (1011)', () => {
    expect(meanings('Het wetsvoorstel ligt nu bij de EK.').EK).toBe('Eerste Kamer');
    expect(meanings('Tijdens het EK Voetbal worden veel supporters verwacht.').EK).toBe(
      'Europees Kampioenschap',
    );
  });

  it('ECA: the European Court of Auditors by default, an export credit agency beside export credit insurance (1303)', () => {
    expect(meanings('Het rapport van de ECA over de EU-begroting.').ECA).toBe('European Court of Auditors');
    expect(
      meanings(
        'de omvang van de exportkredietverzekering (ekv). Vanuit de Berner Unie zijn cijfers beschikbaar van ECA’s.',
      ).ECA,
    ).toBe('Export Credit Agency');
  });

  it('ICES: the interdepartmental committee of the FES by default, the sea council beside fisheries (1396, 51)', () => {
    expect(
      meanings(
        'een rol van betekenis is weggelegd voor de minister van Economische Zaken – onder meer door hierbij ICES-middelen te betrekken',
      ).ICES,
    ).toBe('Interdepartementale Commissie Economische Structuurversterking');
    expect(meanings('ICES-adviezen en vangstmogelijkheden voor de Noordzee').ICES).toBe(
      'International Council for the Exploration of the Sea',
    );
  });

  it('VIS: the EU visa system by default, the Dutch register beside identity papers (1725)', () => {
    expect(meanings('Het VIS en het SIS zijn Europese systemen voor visa en grensbewaking.').VIS).toBe(
      'Visuminformatiesysteem',
    );
    expect(
      meanings(
        'fraudebestrijding, met name toegespitst op het VIS, het informatiesysteem over ongeldige identiteitsbewijzen.',
      ).VIS,
    ).toBe('Verificatie Informatie Systeem');
  });

  it('Wav: the law on foreign workers by default, the ammonia law beside livestock and nitrogen (1620)', () => {
    expect(meanings('De Inspectie SZW controleert op de Wav bij uitzendbureaus.').Wav).toBe(
      'Wet arbeid vreemdelingen',
    );
    expect(
      meanings(
        'het voorlopig programma van de Programmatische Aanpak Stikstof (PAS) en de antwoorden op vragen over het wijzigen van de Wav-kaart; de ammoniak van de veehouderij',
      ).Wav,
    ).toBe('Wet ammoniak en veehouderij');
  });

  it('MIT: the innovation scheme by default, the intervention team beside organised crime (2050); NLR by its name of the day (2040)', () => {
    const day = { day: '2022-06-15' };
    expect(meanings('De MIT-regeling steunt het mkb bij innovatie.', day).MIT).toBe(
      'MKB-innovatiestimulering Regio en Topsectoren',
    );
    expect(meanings('Het MIT pakt de top van criminele netwerken aan, tegen ondermijning.', day).MIT).toBe(
      'Multidisciplinair Interventieteam',
    );
    expect(meanings('Het NLR onderzocht de geluidsbelasting.', { day: '2002-05-01' }).NLR).toBe(
      'Nationaal Lucht- en Ruimtevaartlaboratorium',
    );
    expect(meanings('Het NLR onderzocht de geluidsbelasting.', { day: '2020-05-01' }).NLR).toBe(
      'Nederlands Lucht- en Ruimtevaartcentrum',
    );
  });

  it('VSO: the verslag schriftelijk overleg by default, the voortgezet one where the letter calls it so (1914)', () => {
    expect(meanings('Tijdens het VSO over de begroting is een motie ingediend.').VSO).toBe(
      'verslag schriftelijk overleg',
    );
    expect(
      meanings(
        'Dit traject heb ik aangekondigd tijdens het Voortgezet Schriftelijk Overleg op 5 juni 2018. Tijdens dit VSO is door de leden een motie ingediend.',
      ).VSO,
    ).toBe('voortgezet schriftelijk overleg');
  });

  it('CPT: the letter writes the Dutch name the glossary gives before the English initials (1412)', () => {
    expect(
      meanings(
        'op het rapport van het Europees Comité inzake de voorkoming van folteringen en onmenselijke of vernederende behandelingen of bestraffingen (CPT) naar aanleiding van een bezoek',
      ).CPT,
    ).toBe(
      'Europees Comité inzake de voorkoming van folteringen en onmenselijke of vernederende behandelingen of bestraffingen',
    );
  });

  it('RU: the committee for the Rijksuitgaven by default, the university beside Nijmegen (1436)', () => {
    expect(
      meanings('met de antwoorden op vragen van de vaste commissies RU en I&M over het rapport').RU,
    ).toBe('Rijksuitgaven');
    expect(meanings('Onderzoekers van de RU in Nijmegen hebben dit onderzocht.').RU).toBe(
      'Radboud Universiteit',
    );
  });

  it('lists the other meanings as alternatives', () => {
    const g = createGlossary([
      { abbr: 'X1', expansion: 'eerste', category: 'other', lang: 'nl' },
      { abbr: 'X1', expansion: 'tweede', category: 'other', lang: 'nl', hints: ['trein'] },
    ]);
    expect(rankMeanings(g.lookup('X1'), 'de trein').map((m) => m.expansion)).toEqual(['tweede', 'eerste']);
    expect(rankMeanings(g.lookup('X1'), 'de bus').map((m) => m.expansion)).toEqual(['eerste', 'tweede']);
  });

  // A ministry renamed under the same letters: the letter's own day picks the name.
  const LNV_BEFORE_2003 = 'Landbouw, Natuurbeheer en Visserij';
  const LNV_SINCE_2003 = 'Landbouw, Natuur en Voedselkwaliteit';
  it.each<[string | undefined, string, string]>([
    ['2001-10-17', LNV_BEFORE_2003, 'letter 56 of the corpus: the ministries of LNV and V&W'],
    ['2003-06-30', LNV_BEFORE_2003, 'the last day of the old name'],
    ['2003-07-01', LNV_SINCE_2003, 'the first day of the new name'],
    ['2023-05-12', LNV_SINCE_2003, 'a letter of 2023'],
    [undefined, LNV_SINCE_2003, 'a text without a date: the first meaning in file order'],
  ])('LNV on %s is %s (%s)', (day, expansion) => {
    const ranked = rankMeanings(builtinGlossary.lookup('LNV'), 'de ministeries van lnv en v&w', day);
    expect(ranked.map((m) => m.expansion)).toEqual([
      expansion,
      expansion === LNV_SINCE_2003 ? LNV_BEFORE_2003 : LNV_SINCE_2003,
    ]);
  });

  // Names that changed under the same letters, each picked by the letter's day: `OCW` was Onderwijs, Cultuur en
  // Wetenschappen from 1994 (the letters of 1997–2001 in the corpus spell it so, 647, 370, 105, 963) until about
  // 2004 (79, of 2005, writes Wetenschap); `IOB`, the foreign ministry's evaluation service, was renamed on 1 July
  // 2017 (its own site says so; 144 is of 2014).
  it.each<[string, string, string]>([
    ['OCW', '1997-10-30', 'Onderwijs, Cultuur en Wetenschappen'],
    ['OCW', '2000-09-29', 'Onderwijs, Cultuur en Wetenschappen'],
    ['OCW', '2005-05-19', 'Onderwijs, Cultuur en Wetenschap'],
    ['OCW', '2023-12-13', 'Onderwijs, Cultuur en Wetenschap'],
    ['IOB', '2014-10-20', 'Inspectie Ontwikkelingssamenwerking en Beleidsevaluatie'],
    ['IOB', '2017-06-30', 'Inspectie Ontwikkelingssamenwerking en Beleidsevaluatie'],
    ['IOB', '2017-07-01', 'Directie Internationaal Onderzoek en Beleidsevaluatie'],
    ['IOB', '2024-03-11', 'Directie Internationaal Onderzoek en Beleidsevaluatie'],
  ])('%s on %s is %s', (abbr, day, expansion) => {
    const text = `een brief over ${abbr.toLowerCase()}`;
    expect(rankMeanings(builtinGlossary.lookup(abbr), text, day)[0]?.expansion).toBe(expansion);
  });

  // `CT` (2671): counterterrorism in a security letter, the scanner in a hospital's; `CMR` (2705): the consignment
  // note of road transport, or substances that cause cancer.
  it.each<[string, string, string]>([
    ['CT', 'de CT Infobox van de AIVD en de NCTV bundelt informatie over terrorisme', 'contraterrorisme'],
    ['CT', 'het aantal CT-scans in de ziekenhuizen nam toe', 'computertomografie'],
    [
      'CMR',
      'een reactie over e-CMR als alternatief voor de vrachtbrief in het goederenvervoer',
      'Convention relative au contrat de transport international de marchandises par route',
    ],
    ['CMR', 'de blootstelling van werknemers aan CMR-stoffen', 'carcinogeen, mutageen of reprotoxisch'],
  ])('%s in %j is %s', (abbr, text, expansion) => {
    expect(rankMeanings(builtinGlossary.lookup(abbr), text)[0]?.expansion).toBe(expansion);
  });

  // `NPO` (550): the broadcaster, and since 2021 also the Nationaal Programma Onderwijs.
  it.each<[string, string, string]>([
    [
      '2017-11-16',
      'de begroting van Onderwijs, Cultuur en Wetenschap; het budget van de npo vanaf 2019 en de reclame',
      'Nederlandse Publieke Omroep',
    ],
    [
      '2022-03-01',
      'de middelen van het npo voor scholen en leerlingen na corona',
      'Nationaal Programma Onderwijs',
    ],
    ['2022-03-01', 'de publieke omroep en de mediawet: de npo', 'Nederlandse Publieke Omroep'],
  ])('NPO on %s in %j is %s', (day, text, expansion) => {
    expect(rankMeanings(builtinGlossary.lookup('NPO'), text, day)[0]?.expansion).toBe(expansion);
  });

  it('a meaning in use on the day beats a hinted one that was not', () => {
    const g = createGlossary([
      { abbr: 'X2', expansion: 'oud', category: 'other', lang: 'nl', hints: ['trein'], until: '2010-01-01' },
      { abbr: 'X2', expansion: 'nieuw', category: 'other', lang: 'nl', from: '2010-01-01' },
    ]);
    expect(rankMeanings(g.lookup('X2'), 'de trein', '2015-03-01')[0]?.expansion).toBe('nieuw');
    expect(rankMeanings(g.lookup('X2'), 'de trein', '2005-03-01')[0]?.expansion).toBe('oud');
    expect(rankMeanings(g.lookup('X2'), 'de trein')[0]?.expansion).toBe('oud');
  });

  it('reads the period of a meaning from the glossary files, and ignores a malformed one', () => {
    const [dated, malformed] = entriesFromFiles([
      {
        category: 'ministry',
        entries: [
          { abbr: 'LNV', expansion: LNV_BEFORE_2003, until: '2003-07-01' },
          { abbr: 'LNV', expansion: LNV_SINCE_2003, from: 'juli 2003', until: 2024 },
        ],
      },
    ]);
    expect(dated).toMatchObject({ until: '2003-07-01' });
    expect(dated?.from).toBeUndefined();
    expect(malformed?.from).toBeUndefined();
    expect(malformed?.until).toBeUndefined();
  });

  it('hints match whole words only', () => {
    expect(containsWord('de europese unie', 'eu')).toBe(false);
    expect(containsWord('de eu en de navo', 'eu')).toBe(true);
  });
});
