import { describe, expect, it } from 'vitest';
import { closes, findDefinitions, findFirstDefinitions } from '../../../../src/core/acronyms/definitions';
import { findAcronyms } from '../../../../src/core/acronyms';
import { hasShortFormCase } from '../../../../src/core/acronyms/known';
import { normalizeText } from '../../../../src/core/text/normalize';
import { anyCaps, meanings } from '../helpers';

/**
 * The definition finder as a whole: each rule with its real example, what is no definition, and the first
 * definitions of a document (`findFirstDefinitions`, the finder's fast path) as `findDefinitions` gives them.
 */

describe('in-text definitions (rule → real example → expansion)', () => {
  const cases: Array<[string, string, string, string]> = [
    [
      'long form before, Dutch',
      'heeft de Noord-Atlantische Raad (NAR) op 22 september',
      'NAR',
      'Noord-Atlantische Raad',
    ],
    [
      'leading article left out',
      'komt de Ukraine Defense Contact Group (UDCG) voor de zesde keer bijeen',
      'UDCG',
      'Ukraine Defense Contact Group',
    ],
    ['short form first', 'Die NAR (Noord-Atlantische Raad) sprak', 'NAR', 'Noord-Atlantische Raad'],
    [
      'an en dash glued between words joins them (691, with its note after the bracket)',
      'Het project Rijk-regioprogramma Amsterdam–Almere–Markermeer (RRAAM)2 is toegevoegd als nieuw groot project',
      'RRAAM',
      'Rijk-regioprogramma Amsterdam–Almere–Markermeer',
    ],
    [
      "the short form keeps the name's last word (698)",
      'Daarom is in 2021 besloten tot het Nationaal Programma Onderwijs\n(hierna: NP Onderwijs). Sinds de start van het NP Onderwijs',
      'NP',
      'Nationaal Programma',
    ],
    [
      "the short form keeps the name's last word, with a plural ending (694)",
      'over het geheel aan uitkomsten van de Bestuurlijke Overleggen Leefomgeving (BO’s Leefomgeving). De BO’s zijn',
      'BO',
      'Bestuurlijke Overleggen',
    ],

    [
      'an article after `hierna:` (675)',
      'artikel 15 van de Wet op belastingen van rechtsverkeer (hierna: de WBR), en wordt telkens een reactie gegeven',
      'WBR',
      'Wet op belastingen van rechtsverkeer',
    ],

    [
      'the name starts at the capital inside a run aligned from a lower-case word (233)',
      'Heeft u gelezen dat De Nederlandsche Bank (DNB) verwacht de geharmoniseerde',
      'DNB',
      'De Nederlandsche Bank',
    ],
    [
      'the name starts at the capital: `wijziging van de Wet op de waterhuishouding` (609)',
      'het voorstel van wet tot wijziging van de Wet op de waterhuishouding (WWH) met instemming',
      'WWH',
      'Wet op de waterhuishouding',
    ],
    [
      'the name starts at the capital: `accountantsrapport van de Auditdienst Rijk` (526)',
      'Het accountantsrapport van de Auditdienst Rijk (ADR) over deze rapportage wordt',
      'ADR',
      'Auditdienst Rijk',
    ],
    [
      'the name starts at the capital, a year glued to the short form (628)',
      'dit in vervolg op de Veiligheidsmonitor Rijk 2006 (VMR2006).',
      'VMR2006',
      'Veiligheidsmonitor Rijk 2006',
    ],

    [
      'short form first, over a line break',
      'het programma ERTMS (European Rail\nTraffic Management System) over',
      'ERTMS',
      'European Rail Traffic Management System',
    ],
    [
      'hyphenated line end inside the long form',
      'In reactie heeft de Noord-\nAtlantische Raad (NAR) op 22 september',
      'NAR',
      'Noord-Atlantische Raad',
    ],
    [
      'over a line break before the parenthesis',
      'the Deterrence and Defence of the Euro-Atlantic Area \n(DDA), de initiële',
      'DDA',
      'Deterrence and Defence of the Euro-Atlantic Area',
    ],
    [
      'the last letter in the first of a pair whose shared part is written once (letter 896)',
      'op de brief van de Bond van Nederlandse Militaire Oorlogs- en dienstslachtoffers\n                           (BNMO) (Kamerstuk 30 139)',
      'BNMO',
      'Bond van Nederlandse Militaire Oorlogs- en dienstslachtoffers',
    ],
    [
      "a company's legal form between its name and the short form (letter 938)",
      'tussen de Rijkspartners, de gemeente Rotterdam en het Havenbedrijf Rotterdam NV (HbR). Zo is het',
      'HbR',
      'Havenbedrijf Rotterdam',
    ],
    [
      'a bulleted term with a remark in brackets, explained after a full stop (letter 1933)',
      '  • ELFPO. Het Europees Landbouwfonds voor Plattelandsontwikkeling.\n\n  • EFMZV (voorheen EVF). Europees fonds voor Maritieme zaken en Visserij.\n\n  • EFMB. Het Europees Fonds voor Meest Behoeftigen.',
      'EFMZV',
      'Europees fonds voor Maritieme zaken en Visserij',
    ],
    [
      'brackets around the start of a word are part of the long form (letter 2536)',
      'over de Stichting (Gelijk)waardig Herstel\n(SGH) (Kamerstuk 36 708, nr. 7);',
      'SGH',
      'Stichting (Gelijk)waardig Herstel',
    ],
    [
      'a word with brackets before the long form stays out of it (letter 2335)',
      'de (uit)financiering van de Beschikbaarheidsvergoeding OV (BVOV)',
      'BVOV',
      'Beschikbaarheidsvergoeding OV',
    ],
    [
      'a legal form in dotted initials that the short form spells is part of the long form (letter 1146)',
      'over mogelijke consequenties van nieuwe sancties aan Petroleos de Venezuela, S.A. (PdVSA) en daaraan gelieerde bedrijven',
      'PdVSA',
      'Petroleos de Venezuela, S.A.',
    ],
    [
      'a legal form in dotted initials that the short form does not spell is not (letter 548)',
      'dat hun toekomst niet binnen Koninklijke PTT Nederland N.V. (KPN) ligt',
      'KPN',
      'Koninklijke PTT Nederland',
    ],
    [
      "the owner's short form ending a law's name, part of the long form (letter 1249)",
      '  • IV. Evaluatie Wet Onafhankelijke Risicobeoordeling NVWA (WOR);',
      'WOR',
      'Wet Onafhankelijke Risicobeoordeling NVWA',
    ],
    [
      'a name glued to the short form by a hyphen that also ends the words before (letter 1338)',
      'de patiëntenvertegenwoordiging en het Regionaal Overleg Acute Zorg Euregio (ROAZ-Euregio). Op 2 oktober',
      'ROAZ',
      'Regionaal Overleg Acute Zorg',
    ],
    [
      'a long form glued by a slash to the short form of another name before it (letter 1695)',
      'de Centrale Organisatie voor de Vleessector (COV)/Vereniging voor de Nederlandse Vleeswarenindustrie (VNV).',
      'VNV',
      'Vereniging voor de Nederlandse Vleeswarenindustrie',
    ],
    [
      'a roman numeral ending a name, part of the long form (letter 450)',
      'de Ambtelijke Commissie Toezicht II (ACTll) heeft',
      'ACTll',
      'Ambtelijke Commissie Toezicht II',
    ],
    [
      'a short form glued to a noun that stands nowhere before, spelled by the initials (letter 1037)',
      'de vergroeningseisen, waaronder ecologisch aandachtsgebied (EA-maatregelen) en de',
      'EA',
      'ecologisch aandachtsgebied',
    ],
    [
      'after `hierna:`, a lower-case noun the long form starts with, then the short form (2456)',
      'over de evaluatie van het experiment instellingsaccreditatie met een lichtere opleidingsaccreditatie (hierna: experiment ILO).',
      'ILO',
      'instellingsaccreditatie met een lichtere opleidingsaccreditatie',
    ],
    [
      'a lower-case noun repeated before the long form, the short form, then the paper’s citation (576)',
      'naar aanleiding van de brief d.d. 30 december 2004 inzake de toets internationale militaire samenwerking (toets IMS, 29 957, nr. 1). De minister',
      'IMS',
      'internationale militaire samenwerking',
    ],
    [
      'the article repeated before the long form (694)',
      'Ook heeft u gevraagd naar het Meerjarenprogramma Infrastructuur, Ruimte en Transport (het MIRT). In deze overleggen',
      'MIRT',
      'Meerjarenprogramma Infrastructuur, Ruimte en Transport',
    ],
    [
      'a compound short form with its year after a long form ending in that year: the capitals (2391)',
      '32 126 Homogene Groep Internationale Samenwerking 2009 (HGIS-nota 2009) VERSLAG',
      'HGIS',
      'Homogene Groep Internationale Samenwerking',
    ],
    [
      'prepositions inside',
      'het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK) meldt',
      'BZK',
      'Binnenlandse Zaken en Koninkrijksrelaties',
    ],
    [
      'ministry name only',
      'samen met het Ministerie van Economische Zaken (EZ) uitvoering',
      'EZ',
      'Economische Zaken',
    ],
    [
      'preposition carries a letter',
      'De Onderzoeksraad voor Veiligheid (OVV) heeft',
      'OVV',
      'Onderzoeksraad voor Veiligheid',
    ],
    [
      'initials that skip words',
      'Ten slotte komt de NATO Defence Planning Capability Review (DPCR) aan bod',
      'DPCR',
      'Defence Planning Capability Review',
    ],
    [
      'each letter its own word',
      'de Strategische\nActieagenda Industrie, Innovatie en Kennis voor Defensie (STRAIIK-D).2',
      'STRAIIK-D',
      'Strategische Actieagenda Industrie, Innovatie en Kennis voor Defensie',
    ],
    [
      'hyphenated short form',
      'de Defensie Strategie voor Industrie en Innovatie (D-SII), met als kern',
      'D-SII',
      'Defensie Strategie voor Industrie en Innovatie',
    ],
    ['letters inside a word', 'het belang van Kosovo Force (KFOR) voor stabiliteit', 'KFOR', 'Kosovo Force'],
    ['English long form', 'NATO Mission Iraq (NMI) is gericht op', 'NMI', 'NATO Mission Iraq'],
    [
      'lower-case long form and plural',
      "op niet actief beveiligde\noverwegen (NABO's) (Kamerstuk 29 893, nr. 263)",
      'NABO',
      'niet actief beveiligde overwegen',
    ],
    [
      'Dutch compound gloss',
      'ter afronding van de huidige NAVO-defensieplanningscyclus (NDPP).',
      'NDPP',
      'NAVO-defensieplanningscyclus',
    ],
    ['no space before the parenthesis', 'Particuliere cliënten(PC):', 'PC', 'Particuliere cliënten'],
    [
      'mixed case short form',
      'het Ministerie van Infrastructuur en Waterstaat (IenW) heeft',
      'IenW',
      'Infrastructuur en Waterstaat',
    ],
    ['capitals only of mixed case', 'de Partij van de Arbeid (PvdA) stemde', 'PvdA', 'Partij van de Arbeid'],
    ['hierna-form', 'de Audit Dienst Rijk (hierna: ADR) heeft', 'ADR', 'Audit Dienst Rijk'],
    [
      'a year after both forms (letter 39)',
      'besluiten over\nhet nieuwe Strategisch Vastgoedplan 2022 (SVP 2022) en tevens',
      'SVP',
      'Strategisch Vastgoedplan',
    ],
    [
      "an edition's year glued to the short form belongs to neither (1117)",
      'In juni 2014 verscheen de zesde editie van de Volksgezondheid Toekomst Verkenning (VTV-2014). Hieruit',
      'VTV',
      'Volksgezondheid Toekomst Verkenning',
    ],
    [
      'a year the name ends with too belongs to neither, as in `(SVP 2022)` (letter 1981)',
      'Artikel 8 van de Wet op de inlichtingen en veiligheidsdiensten 2002 (WIV-2002) geeft regels',
      'WIV',
      'Wet op de inlichtingen en veiligheidsdiensten',
    ],
    [
      'long form and short form in one parenthesis, after a comma (letter 74)',
      'een ambitiedocument opgesteld (Expression of Principles,\nEoP) dat vervolgens',
      'EoP',
      'Expression of Principles',
    ],
    [
      'the same, over a line break in the long form (letter 74)',
      'een concept intentie-overeenkomst (Joint Letter\nof Intent, JLoI). In aanloop',
      'JLoI',
      'Joint Letter of Intent',
    ],
    [
      'a long form in quotes, over a line break (letter 110)',
      'De tweede vorm is «klant sluit\nzichzelf aan» (KSZA), waarbij een marktpartij',
      'KSZA',
      'klant sluit zichzelf aan',
    ],
    [
      'a Papiamentu long form (letter 135)',
      'een bezoek aan het Sentro di Detenshon i Korekshon Kòrsou (SDKK) gebracht',
      'SDKK',
      'Sentro di Detenshon i Korekshon Kòrsou',
    ],
    [
      'a preposition of officialese between the words that spell it (letter 2524)',
      'het voornemen van de commissie van toezicht betreffende de inlichtingen- en veiligheidsdiensten (CTIVD) om',
      'CTIVD',
      'commissie van toezicht betreffende de inlichtingen- en veiligheidsdiensten',
    ],
    [
      "an edition's number glued to the short form takes the ordinal before the long form (letter 2684)",
      'Hierbij bied ik u de achtste voortgangsrapportage (VGR8) van het tweede Hoogwaterbeschermingsprogramma (HWBP2) aan.',
      'VGR8',
      'achtste voortgangsrapportage',
    ],
    [
      'the same, the second of two (letter 2684)',
      'Hierbij bied ik u de achtste voortgangsrapportage (VGR8) van het tweede Hoogwaterbeschermingsprogramma (HWBP2) aan.',
      'HWBP2',
      'tweede Hoogwaterbeschermingsprogramma',
    ],
    [
      'a title in typographic quotes',
      'het rapport “Werken aan Uitvoering” (WaU) laat zien',
      'WaU',
      'Werken aan Uitvoering',
    ],
    [
      'lower-case short form from the glossary (letter 36)',
      'van studenten in het hoger onderwijs (ho) en in het middelbaar beroepsonderwijs (mbo).',
      'ho',
      'hoger onderwijs',
    ],
  ];
  it.each(cases)('%s', (_rule, text, abbr, expansion) => {
    const found = meanings(text);
    expect(found[abbr]).toBe(expansion);
  });

  it('reports the definition as source document with the span of the long form', () => {
    const text = 'In reactie heeft de Noord-\nAtlantische Raad (NAR) op 22 september. De NAR sprak.';
    const [nar] = findAcronyms(normalizeText(text));
    expect(nar?.source).toBe('document');
    expect(nar?.occurrences).toHaveLength(2);
    expect(text.slice(nar?.definition?.start, nar?.definition?.end)).toBe('Noord-\nAtlantische Raad');
  });

  it('the letter wins over the glossary, which adds its standard expansion', () => {
    const found = findAcronyms(normalizeText('de huidige NAVO-defensieplanningscyclus (NDPP). Het NDPP'));
    const ndpp = found.find((a) => a.abbr === 'NDPP');
    expect(ndpp).toMatchObject({
      abbr: 'NDPP',
      expansion: 'NAVO-defensieplanningscyclus',
      source: 'document',
    });
    expect(ndpp?.standardExpansion).toBe('NATO Defence Planning Process');
  });

  // The reader marks an expansion with its language (`lang`), so a screen reader says it right: the
  // glossary's language is its own wording's. The paper's other words are Dutch; the same name in
  // another case, punctuation or number keeps the glossary's language.
  it.each([
    ['NAVO letter', 'de huidige NAVO-defensieplanningscyclus (NDPP). Het NDPP', 'NDPP', 'nl'],
    ['1537', 'een aanvullende bijdrage aan de NAVO Missie in Irak (NMI) met een Force', 'NMI', 'nl'],
    ['473', 'de herzieningen van de richtlijn hernieuwbare energie (RED) en van de', 'RED', 'nl'],
    ['2521', 'en informatie over Improvised Explosive Devices (IED), waarbij', 'IED', 'en'],
    [
      '618',
      'inzake aanbieding Jaarverslag Amerikaanse Director Operational Test and Evaluation (DOT&E) over het F-35',
      'DOT&E',
      'en',
    ],
    ['the NAVO letter, the same words', 'de NATO Mission Iraq (NMI) is gericht op advisering', 'NMI', 'en'],
  ])('the language of a meaning the letter gives (%s)', (_, text, abbr, lang) => {
    const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
    expect(found?.source).toBe('document');
    expect(found?.lang).toBe(lang);
  });

  it('one capital: a definition when the initials spell it, found wherever the letter uses it (letter 53)', () => {
    const text =
      'zoals opgenomen in de Regeling tijdelijk verlaten van de inrichting\n(Rtvi) gebruik te maken. De Rtvi geldt; Rtvi-verlof, niet Rtvia.';
    const [rtvi, ...rest] = findAcronyms(normalizeText(text));
    expect(rest).toEqual([]);
    expect(rtvi).toMatchObject({
      abbr: 'Rtvi',
      expansion: 'Regeling tijdelijk verlaten van de inrichting',
      source: 'document',
    });
    expect(rtvi?.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['Rtvi', 'Rtvi', 'Rtvi']);
  });

  // Found by the core fuzz test (seed 99173, a mutated letter 1303): a lower-case short form glued to a part
  // with two capitals was listed twice at the same place, by the token reader and by the whole-word search.
  it.each([
    ['glued by a hyphen to two capitals', 'de ekv-NL wordt', ['ekv', 'ekv']],
    ['glued by a hyphen to two capitals, nothing after', 'de ekv-AB', ['ekv', 'ekv']],
    ['in a compound with a plain word', 'de ekv-faciliteit', ['ekv', 'ekv']],
    ['on its own', 'de ekv en de garanties', ['ekv', 'ekv']],
  ])('a lower-case short form is counted once at each place: %s (letter 1303)', (_case, after, expected) => {
    const text = `een tabel met de omvang van de exportkredietverzekering (ekv) en de garanties. Daarna ${after}`;
    const ekv = findAcronyms(normalizeText(text)).find((a) => a.abbr === 'ekv');
    expect(ekv).toMatchObject({ expansion: 'exportkredietverzekering', source: 'document' });
    const at = ekv?.occurrences.map((o) => o.start) ?? [];
    expect(new Set(at).size).toBe(at.length);
    expect(ekv?.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(expected);
  });

  it('one capital, a compound last word giving the last letter (706)', () => {
    const text =
      'het wetsvoorstel tot verzelfstandiging van de Nederlandse mededingingsautoriteit (Nma). Bij de invoering van de Nma';
    const nma = findAcronyms(normalizeText(text)).find((a) => a.abbr === 'Nma');
    expect(nma).toMatchObject({ expansion: 'Nederlandse mededingingsautoriteit', source: 'document' });
    expect(nma?.occurrences).toHaveLength(2);
  });

  it('one capital, a compound last word giving the last letter after a preposition and article (letter 1263)', () => {
    const text =
      'stelt de Wet op de orgaandonatie (Wod)\nregels. Daarnaast heeft de Wod als doel te zorgen voor voldoende organen.';
    const wod = findAcronyms(normalizeText(text)).find((a) => a.abbr === 'Wod');
    expect(wod).toMatchObject({ expansion: 'Wet op de orgaandonatie', source: 'document' });
    expect(wod?.occurrences).toHaveLength(2);
  });

  it("one capital, spelled by the parts of compounds, an elliptical compound's shared part among them (letter 457)", () => {
    const text =
      'Tegelijk met het NWP2 heb ik het Beheer- en ontwikkelplan voor de rijkswateren 2016–2021 (Bprw) vastgesteld met daarin de operationele uitwerking. Het Bprw geldt.';
    const bprw = findAcronyms(normalizeText(text)).find((a) => a.abbr === 'Bprw');
    expect(bprw).toMatchObject({
      expansion: 'Beheer- en ontwikkelplan voor de rijkswateren',
      source: 'document',
    });
    expect(bprw?.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['Bprw', 'Bprw']);
  });

  it('a lower-case letter before one capital: `nieuwe` before a law spelled out (letter 1703)', () => {
    const text =
      'over de invoering van de nieuwe Financiële-verhoudingswet (nFvw). In deze nota gaan wij in op de nFvw en de Fvw.';
    const [nfvw, ...rest] = findAcronyms(normalizeText(text));
    expect(rest).toEqual([]);
    expect(nfvw).toMatchObject({
      abbr: 'nFvw',
      expansion: 'nieuwe Financiële-verhoudingswet',
      source: 'document',
    });
    expect(nfvw?.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['nFvw', 'nFvw']);
  });

  it("one capital and the law's year glued on: a definition when the long form ends with that year (letter 164)", () => {
    const text =
      'De Wet inburgering 2021 (Wi2021) is op 1 januari jl. in werking getreden. Ik volg de werking van de Wi2021 nauw.';
    const [wi, ...rest] = findAcronyms(normalizeText(text));
    expect(rest).toEqual([]);
    expect(wi).toMatchObject({ abbr: 'Wi2021', expansion: 'Wet inburgering 2021', source: 'document' });
    expect(wi?.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['Wi2021', 'Wi2021']);
  });

  it('one capital, spelled by the initials without the articles: the preposition counts (letter 466)', () => {
    const text =
      'het voorkomen van kansspelverslaving en de handhaving van de Wet op de kansspelen (Wok).\n\nDe Wok verbiedt dat.';
    const [wok, ...rest] = findAcronyms(normalizeText(text));
    expect(rest).toEqual([]);
    expect(wok).toMatchObject({ abbr: 'Wok', expansion: 'Wet op de kansspelen', source: 'document' });
    expect(wok?.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['Wok', 'Wok']);
  });

  it('a list of terms: a short form spelled by its explanation after the colon (letter 1806)', () => {
    const text =
      'een verklarende lijst van begrippen.\n\n– het Barp: het Besluit algemene richtlijnen post;\n\n– de Commissie: de Commissie van de Europese Gemeenschappen;\n– de NMa: de toezichthouder;\n\nHet Barp regelt dit.';
    const found = findAcronyms(normalizeText(text));
    const barp = found.find((a) => a.abbr === 'Barp');
    expect(barp).toMatchObject({ expansion: 'Besluit algemene richtlijnen post', source: 'document' });
    expect(barp?.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['Barp', 'Barp']);
    // An explanation that does not spell the term defines nothing: `NMa` keeps the glossary's meaning.
    expect(found.find((a) => a.abbr === 'NMa')?.source).toBe('glossary');
  });

  it('a bulleted list of terms, each explained after a full stop (letter 1933)', () => {
    const text =
      'van de volgende EU-fondsen.\n\n  • ELGF. Het Europees Landbouw en Garantiefonds.\n\n  • ESF. Het Europees Sociaal Fonds\n\n  • AMIF en ISF. De Migratie- en veiligheidsfondsen\n\nHet ELGF en het ESF. • ABR. Anders Bij Regels.';
    const found = findAcronyms(normalizeText(text));
    expect(found.find((a) => a.abbr === 'ELGF')).toMatchObject({
      expansion: 'Europees Landbouw en Garantiefonds',
      source: 'document',
    });
    expect(found.find((a) => a.abbr === 'ESF')).toMatchObject({
      expansion: 'Europees Sociaal Fonds',
      source: 'document',
    });
    expect(found.find((a) => a.abbr === 'ABR')?.source).not.toBe('document');
  });

  it('`staat voor`: a short form unknown to the glossary, spelled out to the sentence end (letter 507)', () => {
    const text =
      'Tussentijdse rapportage Effectstudie Voorschoolse Educatie (EVENING)\n\nEVENING staat voor Effectstudie Voorschoolse Educatie: een natuurlijk experiment in Nederlandse gemeenten. De EVENING-studie volgt.';
    const [evening, ...rest] = findAcronyms(normalizeText(text));
    expect(rest).toEqual([]);
    expect(evening).toMatchObject({
      abbr: 'EVENING',
      expansion: 'Effectstudie Voorschoolse Educatie: een natuurlijk experiment in Nederlandse gemeenten',
      source: 'document',
    });
    expect(evening?.occurrences).toHaveLength(3);
  });

  it.each([
    [
      'a known short form keeps its meaning',
      'De VS staat voor een verandering van strategie.',
      'VS',
      'Verenigde Staten',
    ],
    ['words that do not spell it', 'Het ABC staat voor een verandering van beleid.', 'ABC', null],
    ['no sentence end near', `Het ABC staat voor ${'Algemeen Beleid Centraal '.repeat(12)}`, 'ABC', null],
  ])('`staat voor`, no definition: %s', (_case, text, abbr, expansion) => {
    const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
    expect(found?.expansion ?? null).toBe(expansion);
    expect(found?.source).not.toBe('document');
  });

  it('`SF: long form`: a short form, a colon and the words that spell it, to the line end (letter 2050)', () => {
    const text =
      '– de brief van de Minister van Justitie en Veiligheid d.d. 25 mei 2022 inzake aanpassingen\nsamenwerkingsverband MIT naar NSOC: Nationale Samenwerking tegen Ondermijnende Criminaliteit\n(Kamerstuk 29 911, nr. 350);\nHet NSOC werkt.';
    const nsoc = findAcronyms(normalizeText(text)).find((a) => a.abbr === 'NSOC');
    expect(nsoc).toMatchObject({
      expansion: 'Nationale Samenwerking tegen Ondermijnende Criminaliteit',
      source: 'document',
    });
    expect(nsoc?.occurrences).toHaveLength(2);
  });

  it.each([
    ['words that do not spell it', 'Het gaat om het ABC: een verandering van beleid.', 'ABC'],
    // Spelled by the first words only: the rest of the clause would be part of a long form.
    ['more words after the spelling ones', 'Zie het ABC: Algemeen Beleid Centraal en nog meer.', 'ABC'],
    ['no space after the colon', 'Zie het ABC:Algemeen Beleid Centraal.', 'ABC'],
  ])('`SF: …`, no definition: %s', (_case, text, abbr) => {
    const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
    expect(found?.source).not.toBe('document');
  });

  // Each row: letter, real text, the short form and its long form, and how often the text uses it.
  it.each([
    [
      '468',
      'mijn beleidsreactie op de evaluatie van de Wet kansspelen op afstand (Wet koa), reactie. Sinds de invoering van de Wet koa in 2021',
      'koa',
      'kansspelen op afstand',
      2,
    ],
    [
      '157, the longest run of words after the first that the initials spell',
      'in het kader van de Wet voltooiing eerste fase herziening rechterlijke organisatie (Wet vef), afgezien. Sinds de Wet vef,',
      'vef',
      'voltooiing eerste fase',
      2,
    ],
    [
      "2787, a law's name in one word, a plural, and a compound last word that gives two letters",
      'In deze brief ga ik eerst in op de randvoorwaarden van de Kaderwet zelfstandige bestuursorganen (hierna: Kaderwet zbo’s) en specifiek op de vraag of deze evaluatie duidelijkheid verschaft over het doelmatig en doeltreffend functioneren van de AP zoals vereist in artikel 39 Kaderwet zbo’s.',
      'zbo',
      'zelfstandige bestuursorganen',
      2,
    ],
  ])(
    "a law's short form in lower case after the law's first word (%s)",
    (_letter, text, abbr, expansion, uses) => {
      const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
      expect(found).toMatchObject({ expansion, source: 'document' });
      expect(found?.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(Array(uses).fill(abbr));
    },
  );

  it.each([
    ['initials that end in a preposition', 'de Wet kansspelen op afstand (Wet ko) en de ko'],
    ['initials that start with a preposition', 'het Besluit over de zorg (Besluit oz) en'],
    ['letters that are not initials', 'de Wet kansspelen op afstand (Wet ksa) en'],
    ['not after a law', 'de Nota kansspelen op afstand (Nota koa) en'],
  ])("a lower-case short form that is no law's: no acronym (%s)", (_case, text) => {
    expect(findAcronyms(normalizeText(text))).toEqual([]);
  });

  // Each row: letter, real text, the short form and its long form, and how often the text uses it.
  it.each([
    [
      '2447, the initials and the later parts of a compound last word',
      'Wat is uw oordeel over het wettelijk minimumjeugdloon (wmjl)? Heeft u nieuwe inzichten\nKunt u aangeven op basis van welke overwegingen de percentages van de wmjl-leeftijdsstaffels',
      'wmjl',
      'wettelijk minimumjeugdloon',
      2,
    ],
    [
      '1302, the parts of one long compound',
      'hebben met interesse kennisgenomen van de monitor exportkredietverzekeringen (ekv) 2018. De leden van de VVD-fractie',
      'ekv',
      'exportkredietverzekeringen',
      1,
    ],
    [
      'the initials of the words',
      'over kansspelen op afstand (koa) en de koa',
      'koa',
      'kansspelen op afstand',
      2,
    ],
    [
      '2696, after an intro, glued to the noun that ends the words before',
      'Het onderzoek richt zich op dove en slechthorende leerlingen (hierna:\ndsh-leerlingen), al dan niet met implantaten. Voor dsh-leerlingen is',
      'dsh',
      'dove en slechthorende',
      2,
    ],
    [
      '1303, after a comma in the brackets, the parts of one long compound (toe- one of them)',
      'hoe de omvang van de definitieve (polissen) en voorlopige (dekkingstoezeggingen, dtz) verplichtingen zich verhouden. De dtz lopen af',
      'dtz',
      'dekkingstoezeggingen',
      2,
    ],
  ])(
    'a lower-case word in brackets that its long form spells (%s)',
    (_letter, text, abbr, expansion, uses) => {
      const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
      expect(found).toMatchObject({ expansion, source: 'document' });
      expect(found?.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(Array(uses).fill(abbr));
    },
  );

  it.each([
    ['1545, part of a word', 'constaterende dat bij zulke tijdelijke (nood)opvang door het COA'],
    ['1086, a word after a noun', '1. Na het derde lid (nieuw) wordt een lid ingevoegd, luidende:'],
    ['1203, a synonym', 'dat ten minste één rotorblad (wiek) per windturbine zwart'],
    ['1076, a word after a heading', 'Verslag (initiatief)wetsvoorstel (nader) : Verslag'],
    ['a long compound whose parts do not start the letters', 'de verkeersveiligheidsmaatregelen (vrm) en'],
    ['a two-letter word after one compound', 'in de verkeersveiligheidsmaatregelen (vm) en'],
    ['initials that end in a preposition', 'over kansspelen op (ko) en'],
    ['after a comma, one word too short to be a compound of three', 'de kosten (uitvoering, uvg) en'],
    [
      'after a comma, a compound whose parts do not start the letters',
      'de (verkeersveiligheidsmaatregelen, vrm) en',
    ],
  ])('a lower-case word in brackets that its long form does not spell: no acronym (%s)', (_case, text) => {
    expect(findAcronyms(normalizeText(text)).filter((a) => a.source === 'document')).toEqual([]);
  });

  it.each([
    ['a name repeated', 'de vragen van het lid Van Dijk (Dijk) over'],
    ['a place', 'in de gemeente Den Haag (Haag) en'],
    ['a party after its member', 'het lid Dassen (Volt) vroeg'],
    ['initials in order, but not at word starts', 'de Raad van State (Rast) adviseert'],
    ['a glued year the long form does not end with', 'de Wet inburgering 2020 (Wi2021) en'],
    ['a glued year without initials to spell', 'in het Jaarverslag 2021 (Mei2021) staat'],
    ['a last word too short to be a compound of two', 'bij de Nationale ombudsman (Noa) en'],
    ['one word alone, whatever its parts', 'over het wetsvoorstel (Wet) en'],
    ['a brand with a lower-case letter first', 'met een tablet van Apple (iPad) en'],
    ['a lower-case letter first, not spelled by the initials', 'de nieuwe Wet op de jeugdzorg (nWet) en'],
    ['a content word that gives no letter', 'de Regeling beheer rijkswateren (Rrw) en'],
    [
      "an elliptical compound's shared part that gives no letter",
      'het Beheer- en ontwikkelplan rijkswateren (Brw) en',
    ],
  ])('one capital, not spelled by the initials: no acronym (%s)', (_case, text) => {
    expect(findAcronyms(normalizeText(text))).toEqual([]);
  });

  it('the shape of a roman numeral: a definition when the initials spell it (letter 177), not after a budget title', () => {
    const text =
      'zullen de Raad, het EP en de Commissie een nieuw inter-institutioneel akkoord (IIA) vaststellen. Het IIA volgt.';
    const iia = findAcronyms(normalizeText(text)).find((a) => a.abbr === 'IIA');
    expect(iia).toMatchObject({ expansion: 'inter-institutioneel akkoord', source: 'document' });
    expect(iia?.occurrences).toHaveLength(2);
    const chapter =
      '36 600 IIA Vaststelling van de begrotingsstaat van de Staten-Generaal (IIA) voor het jaar 2025';
    expect(findAcronyms(normalizeText(chapter)).map((a) => a.abbr)).not.toContain('IIA');
  });

  it.each([
    [
      '695, informatie|voorziening',
      'is veel werk verzet om de sturing op de informatievoorziening (IV) binnen de Rijksdienst te verbeteren. ' +
        'de sturing op alle aspecten van IV (waaronder informatiebeveiliging) en de IV-governance binnen het Rijk',
      'IV',
      'informatievoorziening',
      3,
    ],
  ])(
    'the shape of a roman numeral: a definition when the parts of one long compound spell it (%s)',
    (_letter, text, abbr, expansion, uses) => {
      const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
      expect(found).toMatchObject({ expansion, source: 'document' });
      expect(found?.occurrences).toHaveLength(uses);
    },
  );

  it.each([
    ['the letter inside a part, after a vowel', 'de wijziging van de inleveringsbevestiging (IV) en de IV'],
    ['a word too short to be a long compound', 'de wijziging van de investering (IV) en de IV'],
    ['the first letter not the compound’s', 'de begroting Koninkrijksrelaties (IV) en de IV'],
  ])('the shape of a roman numeral after one word that does not spell it: no acronym (%s)', (_case, text) => {
    expect(findAcronyms(normalizeText(text))).toEqual([]);
  });

  // Each row: rule, real text (letter), short form, its long form, and how often the text uses the short form.
  it.each([
    [
      '(hierna: SCM-verdrag): a compound after an intro defines its short form (letter 171)',
      'het verdrag inzake subsidies en compenserende maatregelen (hierna: SCM-verdrag). Dit verdrag, het SCM-verdrag, geldt.',
      'SCM',
      'subsidies en compenserende maatregelen',
      2,
    ],
    [
      '(hierna: 7e VGR): the edition before the short form belongs to neither (letter 188)',
      'Op 22 juni heb ik uw Kamer de 7de Voortgangsrapportage Kinderopvangtoeslag (hierna: 7e VGR) toegestuurd. In de VGR staat meer.',
      'VGR',
      'Voortgangsrapportage Kinderopvangtoeslag',
      2,
    ],
    [
      '(het zogenoemde X, hierna: GBF): long form, intro and short form inside (letter 194)',
      'een nieuw strategisch plan voor de periode tot 2030 (het zogenoemde Global Biodiversity Framework, hierna: GBF) overeengekomen moet worden. Het GBF volgt.',
      'GBF',
      'Global Biodiversity Framework',
      2,
    ],
    [
      '(met name de X, hierna: NRPP): what the intro singles out is the long form (letter 1720)',
      'inzake de eerste pijler (met name de nationale en regionale partnerschap\nplannen, hierna: NRPP) van het onderhandelingsdocument. Het NRPP volgt.',
      'NRPP',
      'nationale en regionale partnerschap plannen',
      2,
    ],
    [
      '(Cgb, mei 2000): the short form first, then the date of a report (letter 1900)',
      'een evaluatie van vijf jaar Algemene wet gelijke behandeling door de Commissie gelijke behandeling (Cgb, mei 2000); dit rapport. De Cgb oordeelt.',
      'Cgb',
      'Commissie gelijke behandeling',
      2,
    ],
    [
      'a lower-case noun and `van de` before a name that spells the short form alone: the name (letter 1810)',
      'de reactie op verzoek commissie om een schriftelijke toelichting over voorhang van de verkeersverdelingsregel (VVR) en het betrekken van het RIVM. De VVR gaat uit.',
      'VVR',
      'verkeersverdelingsregel',
      2,
    ],
    [
      'the short form after the last hyphen of a compound before the brackets, which spell it (letter 2284)',
      'Bent u bekend met de oprichting van de Stichting Gedupeerden Gevaarlijke Stoffen NL-POMS (Prepositional Organizational Material Storage)? De POMS is een opslag.',
      'POMS',
      'Prepositional Organizational Material Storage',
      2,
    ],
    [
      "a law's year between its name and the brackets is part of its name (letter 2207)",
      'van grensdetentie ex artikel 6 Vreemdelingenwet 2000 (hierna: Vw). Dit betreft de Vw.',
      'Vw',
      'Vreemdelingenwet 2000',
      2,
    ],
    [
      "a law's year after a name whose initials spell a short form of one capital",
      'De Wet op de kansspelen 1964 (Wok) is oud. De Wok wordt herzien.',
      'Wok',
      'Wet op de kansspelen 1964',
      2,
    ],
    [
      '`van een` before a compound that spells the short form alone: the compound (letter 2152)',
      'Daarnaast wordt gesproken over de rol van een visstandbeheercommissie (VBC) in de kustvisserij. De VBC adviseert.',
      'VBC',
      'visstandbeheercommissie',
      2,
    ],
    [
      'a lower-case noun and `van` whose letter the short form needs stays in the long form',
      'Zo werd de beoordeling van risicovolle verrichtingen (BRV) ingevoerd. De BRV helpt.',
      'BRV',
      'beoordeling van risicovolle verrichtingen',
      2,
    ],
    [
      '(Aw, https://…): the short form first, then the address of what it names (letter 2096)',
      'Het WSW in zijn hoedanigheid als borgingsvoorziening en de Autoriteit Woningcorporaties (Aw, https://tijdelijk.ilent.nl/onderwerpen/autoriteitwoningcorporaties/corporaties/?corp=L1787) hebben hun zienswijzen gepubliceerd. De Aw oordeelt.',
      'Aw',
      'Autoriteit Woningcorporaties',
      2,
    ],
    [
      'a long form never starts with a conjunction (letter 194)',
      'Uit de gedachtewisseling tussen verschillende lidstaten en het Europees Milieubureau (EEB) kwam naar voren dat het EEB meer wil.',
      'EEB',
      'Europees Milieubureau',
      2,
    ],
    [
      'a compound whose noun ends the word before (letter 204)',
      'met hun rol bij de vervanging van de Luchtverdedigings- en Commandofregatten (LC-fregatten), ook met als oog',
      'LC',
      'Luchtverdedigings- en Commando',
      1,
    ],
    [
      'a compound of capitals joined by an ampersand, without the linking s before its noun (letter 1933)',
      '  • AMIF en ISF. De Migratie- en veiligheidsfondsen (M&V-fondsen)\n\n  • EFMZV',
      'M&V',
      'Migratie- en veiligheid',
      1,
    ],
    [
      'the linking s before the noun of a compound is no part of the name (letter 1805)',
      'op een wijze die het nood-, spoed- en veiligheidsverkeer (NSV-verkeer) dat Inmarsat momenteel',
      'NSV',
      'nood-, spoed- en veiligheid',
      1,
    ],
    [
      'guillemets that stand for brackets (letter 2423)',
      'daar waar omgegaan wordt met doorzending naar de «gesloten verlengde asielprocedure» (voorheen Gesloten Onderzoekscentrum «GOC»), en meer specifiek',
      'GOC',
      'Gesloten Onderzoekscentrum',
      1,
    ],
    [
      'a lower-case short form the glossary knows, spelled by its compound (letter 345)',
      'Hierin worden het zelfstandige bestuursorgaan (zbo) dat in de wet is geregeld en de wet geëvalueerd.',
      'zbo',
      'zelfstandige bestuursorgaan',
      1,
    ],
    [
      'a short form and, after a semicolon, what the brackets add (letter 337)',
      'de uitvoering van het Aanvalsprogramma Informatievoorziening Politie (AVP; 2011–2017) is afgerond',
      'AVP',
      'Aanvalsprogramma Informatievoorziening Politie',
      1,
    ],
    [
      'a compound whose noun stands before the long form, joined by van (letter 325)',
      'Binnen het stelsel van vergunningverlening, toezicht en handhaving (VTH-stelsel) ligt de taak',
      'VTH',
      'vergunningverlening, toezicht en handhaving',
      1,
    ],
    [
      'two acronyms, the first spelled, the second said in Dutch words after it (letter 376)',
      'het Digital Trust Center (DTC) en het Cyber Security Incident Response Team voor digitale dienstverleners (CSIRT-DSP), beiden van EZK',
      'CSIRT-DSP',
      'Cyber Security Incident Response Team voor digitale dienstverleners',
      1,
    ],
    [
      'two acronyms, the second spelled right before the brackets (letter 342)',
      'De Nederlandse invulling van het komende GLB wordt vastgelegd in het nationaal strategisch plan (GLB-NSP) en moet bijdragen',
      'GLB-NSP',
      'nationaal strategisch plan',
      1,
    ],
    [
      'the years of an edition between the name and its short form (letter 457)',
      'Hierbij bied ik u het Nationaal Waterplan 2016–2021 (NWP2) aan. Het NWP2 geeft het kader.',
      'NWP2',
      'Nationaal Waterplan',
      2,
    ],
    [
      'one year of an edition between the name and its short form',
      'het Strategisch Vastgoedplan 2022 (SVP) is vastgesteld',
      'SVP',
      'Strategisch Vastgoedplan',
      1,
    ],
    [
      'a short form with its edition in roman numerals, the ordinal before the name (letter 417)',
      'Derde Structuurschema Elektriciteitsvoorziening (SEV III)\n\nBij deze zenden wij u deel 3a van de pkb van het SEV.',
      'SEV',
      'Structuurschema Elektriciteitsvoorziening',
      2,
    ],
    [
      'a short form with the year of its edition, which the name before does not repeat (letter 287)',
      'coördineert ook de uitvoering van de Internationale Gezondheidsregeling (IGR 2005). Deze regeling',
      'IGR',
      'Internationale Gezondheidsregeling',
      1,
    ],
    // A Dutch name before a short form whose glossary name is English: the letter's own name.
    [
      'a Dutch name before an English short form (letter 281)',
      'over de implementatiefase van de faciliteit voor herstel\nen veerkracht (RRF) (Kamerstuk 21 501-07, nr. 1781);',
      'RRF',
      'faciliteit voor herstel en veerkracht',
      1,
    ],
    [
      'a Dutch name before an English short form, across a line break (letter 880)',
      'via bijvoorbeeld de Europese Innovatieraad\n(EIC) plaatsvinden. Om dit alles goed te verankeren',
      'EIC',
      'Europese Innovatieraad',
      1,
    ],
    [
      'a Dutch name before an English short form, with an article inside the name (letter 194)',
      'voerend secretaris van het Verdrag van de Verenigde Naties inzake biologische diversiteit (CBD) sprak',
      'CBD',
      'Verdrag van de Verenigde Naties inzake biologische diversiteit',
      1,
    ],
    [
      'a Dutch name over two lines before an English short form (letter 200)',
      'en in de Regionale Visserijbeheer Organisatie\nvoor de Noordoost Atlantische Oceaan (NEAFC). Het grootste deel',
      'NEAFC',
      'Regionale Visserijbeheer Organisatie voor de Noordoost Atlantische Oceaan',
      1,
    ],
    [
      'a Dutch name of two words before an English short form (letter 233)',
      'De Nederlandsche Bank (DNB) verwacht de geharmoniseerde consumentenprijsindex (HICP) over 2022',
      'HICP',
      'geharmoniseerde consumentenprijsindex',
      1,
    ],
    // A Dutch name that shares no stem with the English one, but opens the glossary's explanation of it.
    [
      "the Dutch name the glossary's explanation opens with, after a dossier's number (letter 1322)",
      '30 806 Onbemande vliegtuigen (UAV)\n\nNr. 36 BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN MILIEU',
      'UAV',
      'Onbemande vliegtuigen',
      1,
    ],
    [
      "the Dutch name the glossary's explanation opens with as one word (letter 191)",
      '3. Brandveiligheidseisen kleine regionale luchthavens 4. Openbare dienstverplichting (PSO) Cariben 5. Tariefdifferentiatie',
      'PSO',
      'Openbare dienstverplichting',
      1,
    ],
    [
      "the Dutch name the glossary's explanation opens with, an article inside it (letter 339)",
      '34 580 EU-voorstellen: Handelsverdrag tussen Canada en de EU en haar lidstaten (CETA) COM(2016)443, 444 en 470',
      'CETA',
      'Handelsverdrag tussen Canada en de EU en haar lidstaten',
      1,
    ],
    [
      "the Dutch name the glossary's explanation opens with, after a short form that opens its first word (letter 2876)",
      'over het COP9 WHO-Kaderverdrag inzake tabaksontmoediging (FCTC) en MOP2 Protocol to Eliminate Illicit Trade',
      'FCTC',
      'WHO-Kaderverdrag inzake tabaksontmoediging',
      1,
    ],
    [
      "a short form after the name's first word, which the name ends after (letter 266)",
      'tot wijziging van het Besluit financieel toetsingskader pensioenfondsen (Besluit FTK) (EK 32 043, letter Q);',
      'FTK',
      'financieel toetsingskader',
      1,
    ],
    [
      "a short form after the name's first word, whose first word gives its letter after a fused `ten` (letter 1416)",
      'zoals genoemd in de Regeling tenuitvoerlegging strafrechtelijke\nbeslissingen (Regeling USB) gehanteerd.',
      'USB',
      'tenuitvoerlegging strafrechtelijke beslissingen',
      1,
    ],
    [
      "a short form after the name's first word, past the joiners after it",
      'de Wet op de beroepen in de individuele gezondheidszorg (Wet BIG) wordt gewijzigd',
      'BIG',
      'beroepen in de individuele gezondheidszorg',
      1,
    ],
    [
      'a short form written as two, used again (letter 219)',
      '33 561 Structuurvisie Windenergie op Zee (SV WoZ)\nNr. 54\nDe SV WoZ wordt herzien.',
      'SV WoZ',
      'Structuurvisie Windenergie op Zee',
      2,
    ],
    [
      'a short form written as two, all capitals (letter 227)',
      'De Brede doeluitkering centra voor jeugd en gezin (BDU CJG) loopt door. De BDU CJG blijft.',
      'BDU CJG',
      'Brede doeluitkering centra voor jeugd en gezin',
      2,
    ],
    [
      'the short form of a compound, explained in brackets (letter 215)',
      'Voor de BMR-vaccinatie (bof, mazelen, rodehond) en meningokokken is deze gelijk. De BMR-vaccinatie volgt.',
      'BMR',
      'bof, mazelen, rodehond',
      2,
    ],
    [
      '(Engelse afkorting: SF): a name that need not spell it (letter 216)',
      'de nieuwe directeur van het Bureau voor Democratische Instellingen\nen Mensenrechten (Engelse afkorting: ODIHR) is de Griekse Maria Telalian.',
      'ODIHR',
      'Bureau voor Democratische Instellingen en Mensenrechten',
      1,
    ],
    [
      '(long form, SF’s): a plural ending after the comma (letter 204)',
      'namelijk van de twee grote transportschepen (Landing Platform Docks, LPD’s)1 en van vier OPV’s',
      'LPD',
      'Landing Platform Docks',
      1,
    ],
  ])('%s', (_case, text, abbr, expansion, uses) => {
    const found = findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr);
    expect(found).toMatchObject({ expansion, source: 'document' });
    expect(found?.occurrences).toHaveLength(uses);
  });

  it("the Dutch name the glossary's explanation opens with keeps the glossary's name as the standard one (letter 1322)", () => {
    const text = '30 806 Onbemande vliegtuigen (UAV)\n\nNr. 36 BRIEF VAN DE STAATSSECRETARIS';
    const uav = findAcronyms(normalizeText(text)).find((a) => a.abbr === 'UAV');
    expect(uav).toMatchObject({
      expansion: 'Onbemande vliegtuigen',
      standardExpansion: 'unmanned aerial vehicle',
      explanation: 'Onbemand luchtvaartuig (drone).',
      lang: 'nl',
    });
    expect(uav?.alternatives).toBeUndefined();
  });

  it.each([
    ['an ordinal without an intro is a count (`(2e AO)`)', 'het 2de algemeen overleg (2e AO) volgt', 'AO'],
    [
      'two short forms in brackets that the words before do not spell',
      'de bondgenoten (EU NAVO) werken samen',
      'EU NAVO',
    ],
    [
      'a short form after a first word that the name before does not have',
      'de Minister van Infrastructuur (Wet XYZ) zegt',
      'XYZ',
    ],
    [
      'words before an English short form that share no stem with its name',
      'samen met de andere landen (NATO) besloten',
      'NATO',
    ],
    [
      "part of the glossary's English name itself before the short form (the NAVO letter)",
      'de initiële versie van het Alliance Concept for Multi-Domain Operations (I-MDO), de',
      'I-MDO',
    ],
    [
      "the first word of the glossary's explanation before a punctuation mark, not in the name",
      'de onbemande systemen, en de andere toestellen (UAV) vliegen',
      'UAV',
    ],
    [
      'a compound in brackets whose noun does not end the word before',
      'de nieuwe schepen van de marine (LC-fregatten) varen uit',
      'LC',
    ],
    [
      'guillemets around a short form whose words before do not spell it',
      'de actie «Nederland zegt JA» en het project van de stichting «XYZ» in Utrecht',
      'XYZ',
    ],
  ])('no definition: %s', (_case, text, abbr) => {
    expect(findAcronyms(normalizeText(text)).find((a) => a.abbr === abbr)?.source).not.toBe('document');
  });

  it('(NUC)-format: a parenthesized acronym glued to a word', () => {
    const defs = findDefinitions('in het NATO-Ukraine Commission (NUC)-format bijeen', anyCaps);
    expect(defs.map((d) => [d.abbr, d.expansion])).toEqual([['NUC', 'NATO-Ukraine Commission']]);
  });
});

describe('not definitions', () => {
  const cases: Array<[string, string, string]> = [
    [
      "a letter's reference in brackets, two numbers in it (letter 2790)",
      'in relatie tot de uitvoering van de verplichtingen onder het klimaatverdrag (VROM-2001-290);',
      'VROM-2001-290',
    ],
    [
      'a year after the short form that the long form does not end with',
      'het nieuwe Strategisch Vastgoedplan van dit jaar (SVP 2022) en tevens',
      'SVP',
    ],
    [
      'a number after the short form, not a year of the long form',
      'het Strategisch Vastgoedplan 2021 (SVP 2022)',
      'SVP',
    ],
    ['a list after a comma, not a long form', 'de fracties (beiden SP, VVD) stemden', 'VVD'],
    ['party after a name', 'de antwoorden op vragen van het lid Lodders (VVD) over het artikel', 'VVD'],
    ['party after a name, two members', 'de leden Leijten en Van Nispen (beiden SP) over', 'SP'],
    [
      'brancheorganisatie without matching letters',
      'met de brancheorganisaties van supermarkten (CBL), producenten (FNLI)',
      'CBL',
    ],
    ['roman numeral', 'van het Ministerie van Algemene Zaken (IIIA), de begrotingsstaat', 'IIIA'],
    [
      'a short form after its own long form, then a short form of the words before that one',
      'het Centraal Planbureau CPB (CP) rekent',
      'CP',
    ],
    ['citation after an acronym', 'naar NMI (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022)', 'NMI'],
    [
      'a fused `ten` before a letter the short form does not start with',
      'zoals genoemd in de Regeling tenuitvoerlegging strafrechtelijke beslissingen (Regeling ASB) gehanteerd.',
      'ASB',
    ],
    [
      'a lower-case noun before the short form that the words before do not repeat',
      'over de internationale militaire samenwerking (toets IMS, 29 957, nr. 1)',
      'IMS',
    ],
    [
      'a lower-case noun repeated, but the words after it do not spell the short form up to the brackets',
      'de toets is gedaan met internationale militaire samenwerking (toets IMS)',
      'IMS',
    ],
    [
      'a short form glued to a noun, the words before not spelling it by their initials',
      'de kosten van het kabinetsbeleid (KB-regeling) en',
      'KB',
    ],
  ];
  it.each(cases)('%s', (_rule, text, abbr) => {
    expect(findDefinitions(text, anyCaps).filter((d) => d.abbr === abbr)).toEqual([]);
  });
});

describe('repeated parentheses give the same definition where each stands', () => {
  // The long form found once is reused for the same words and parentheses later in the letter.
  const cases: [rule: string, text: string, abbr: string, expansion: string][] = [
    [
      'long form before',
      'de Noord-Atlantische Raad (NAR) en later de Noord-Atlantische Raad (NAR) weer',
      'NAR',
      'Noord-Atlantische Raad',
    ],
    [
      'short form first',
      'Die NAR (Noord-Atlantische Raad) sprak. Die NAR (Noord-Atlantische Raad) sprak',
      'NAR',
      'Noord-Atlantische Raad',
    ],
  ];
  it.each(cases)('%s', (_rule, text, abbr, expansion) => {
    const defs = findDefinitions(text, anyCaps);
    expect(defs).toHaveLength(2);
    for (const d of defs) {
      expect([d.abbr, d.expansion]).toEqual([abbr, expansion]);
      expect(text.slice(d.shortStart, d.shortEnd)).toBe(abbr);
      expect(text.slice(d.longStart, d.longEnd)).toBe(expansion);
    }
    expect(defs[1]?.longStart).toBeGreaterThan(defs[0]?.longEnd ?? 0);
  });
});

/** The `)` closing the `(` at `open` as the finder read it before: a scan of at most 160 characters. */
function findCloseByScan(text: string, open: number): number {
  const limit = Math.min(text.length, open + 1 + 160);
  for (let i = open + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 41) return i;
    if (c === 40) return -1;
  }
  return -1;
}

describe('closes: the first `)` and the next `(` decide as the scan did', () => {
  it.each([
    ['Noord-Atlantische Verdragsorganisatie (NAVO) en', 'closed'],
    ['de motie (Kamerstuk 36 410-VIII, nr. 36) is', 'closed'],
    ['een haakje (zonder sluiting', 'open'],
    ['twee (binnen (elkaar) genest)', 'nested'],
    ['leeg () midden', 'empty'],
    [`te lang (${'x'.repeat(159)}) net`, '159 inside'],
    [`te lang (${'x'.repeat(160)}) niet`, '160 inside'],
    ['(a) (b) ((c) d) e) (f', 'several'],
  ])('%s (%s)', (text) => {
    let close = text.indexOf(')');
    for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      const next = text.indexOf('(', open + 1);
      if (close >= 0 && close < open) close = text.indexOf(')', open + 1);
      const expected = findCloseByScan(text, open);
      expect(closes(open, close, next)).toBe(expected >= 0);
      if (expected >= 0) expect(close).toBe(expected);
    }
  });

  it('finds the same definitions in a text of many parentheses', () => {
    const text = [
      'De Noord-Atlantische Verdragsorganisatie (NAVO) vergadert.',
      'Het lid Lodders (VVD) vroeg (zie bijlage (1)) om een brief.',
      'Infrastructuur en Waterstaat (IenW) en (onafgesloten',
      'de Autoriteit Consument en Markt (ACM).',
    ].join('\n');
    const isCandidate = (sf: string) => hasShortFormCase(sf);
    expect([...findFirstDefinitions(text, isCandidate).keys()]).toEqual(['NAVO', 'IenW', 'ACM']);
  });
});

describe('findFirstDefinitions', () => {
  const anyCaps = (sf: string) => /\p{Lu}.*\p{Lu}/u.test(sf);
  const firstOfEach = (text: string) => {
    const out = new Map<string, unknown>();
    for (const d of findDefinitions(text, anyCaps)) if (!out.has(d.abbr)) out.set(d.abbr, d);
    return out;
  };
  const cases: [rule: string, text: string][] = [
    ['repeated definitions', 'de Europese Unie (EU) en later weer de Europese Unie (EU) en de EU'],
    ['both directions', 'ERTMS (European Rail Traffic Management System) en Noord-Atlantische Raad (NAR)'],
    [
      'inner short form defined already, the one before is new',
      'de Noord-Atlantische Raad (NAR) en toen NAT (Noord-Atlantische Raad) (NAR)',
    ],
    ['none', 'het lid Lodders (VVD) over het artikel'],
  ];
  it.each(cases)('%s', (_rule, text) => {
    expect(findFirstDefinitions(text, anyCaps)).toEqual(firstOfEach(text));
  });
});
