import { describe, expect, it } from 'vitest';
import { MINISTRIES, senderAsMinistry, shortMinistryNames } from '../../../src/core/timeline/ministry-names';
import ministryGlossary from '../../../assets/glossary/ministry.json';

describe('shortMinistryNames', () => {
  it.each([
    [
      'a long name becomes the glossary abbreviation (1082)',
      'Bij brief zijn ze door de Minister van Binnenlandse Zaken en Koninkrijksrelaties beantwoord',
      'Bij brief zijn ze door de Minister van BZK beantwoord',
    ],
    [
      'so does the name of 2024’s minister for trade and development aid (217)',
      'Bij brief zijn ze door de Staatssecretaris van Buitenlandse Handel en Ontwikkelingshulp beantwoord',
      'Bij brief zijn ze door de Staatssecretaris van BHO beantwoord',
    ],
    [
      'the letter’s own abbreviation in brackets after the name is used once (2027)',
      'tussen de ministeries van Justitie en Veiligheid (J&V), Volksgezondheid, Welzijn en Sport (VWS), Binnenlandse Zaken en Koninkrijksrelaties (BZK), Algemene Zaken (AZ) en Economische Zaken en Klimaat (EZK)',
      'tussen de ministeries van J&V, VWS, BZK, Algemene Zaken (AZ) en EZK',
    ],
    [
      'a chapter number of the budget in brackets stays (1042)',
      'Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar',
      'Vaststelling van de begrotingsstaten van het Ministerie van VWS (XVI) voor het jaar',
    ],
    [
      'the longer name is not read as the shorter one (647)',
      'staatssecretaris Nuis van Onderwijs, Cultuur en Wetenschappen over de brief',
      'staatssecretaris Nuis van OCW over de brief',
    ],
    [
      'an inspectorate named after its ministry keeps its name (2360)',
      'het rapport van de Inspectie Veiligheid en Justitie «Risico’s implementatie Masterplan DJI 2013–2018»',
      'het rapport van de Inspectie Veiligheid en Justitie «Risico’s implementatie Masterplan DJI 2013–2018»',
    ],
    [
      'a name of two words stays: it reads better than its abbreviation (994)',
      'de brief van de Minister van Buitenlandse Zaken inzake antwoorden op vragen van de commissie',
      'de brief van de Minister van Buitenlandse Zaken inzake antwoorden op vragen van de commissie',
    ],
  ])('%s', (_rule, text, expected) => {
    expect(shortMinistryNames(text)).toBe(expected);
  });
});

describe('senderAsMinistry', () => {
  it.each([
    [
      'a minister of a ministry written short (1064)',
      'de brief van de Minister van IenW',
      'de brief van IenW',
    ],
    ['a state secretary (1069)', 'de brief van de Staatssecretaris van IenM', 'de brief van IenM'],
    ['in lower case, after a capital (596)', 'Brief van de minister van Financiën', 'Brief van Financiën'],
    [
      'a name of two words (1565)',
      'de brief van de Minister van Buitenlandse Zaken',
      'de brief van Buitenlandse Zaken',
    ],
    [
      'a name of two words joined by `en`',
      'de brief van de Minister van Asiel en Migratie',
      'de brief van Asiel en Migratie',
    ],
    ['a list item’s number stays (2561)', '6. brief van de staatssecretaris van VROM', '6. brief van VROM'],
    ['a minister `voor` with a short name (1300)', 'de brief van de Minister voor VRO', 'de brief van VRO'],
    [
      'minister and state secretary of one ministry',
      'de brief van de Minister en de Staatssecretaris van VWS',
      'de brief van VWS',
    ],
    [
      'not a minister `voor` a policy area without one (1755)',
      'de brief van de Minister voor Wonen en Rijksdienst',
      null,
    ],
    ['not a sender with a name (105)', 'de brief van staatssecretaris Van der Ploeg van OCW', null],
    [
      'not two ministries (1213)',
      'de brief van de ministers van Justitie en Binnenlandse Zaken en de staatssecretaris van Justitie',
      null,
    ],
    ['not a sender without its title (1694)', 'de brief minister LNV', null],
    ['not an office of no ministry (1616)', 'de brief van de Staatssecretaris Mijnbouw', null],
    [
      'not a sender inside a longer clause (1314)',
      'De vaste commissie voor Defensie heeft over de brief van de staatssecretaris van Defensie',
      null,
    ],
    [
      'not a long name left unshortened',
      'de brief van de Minister van Volksgezondheid, Welzijn en Sport',
      null,
    ],
    ['not a name in lower case', 'de brief van de minister van het departement', null],
  ])('%s', (_rule, before, expected) => {
    expect(senderAsMinistry(before)).toBe(expected ?? before);
  });
});

describe('the abbreviations are the glossary’s', () => {
  // A reader looks a shortened name up in the popover or the options page: each abbreviation a label writes must
  // be an entry of the ministries' glossary with that very name as its meaning.
  const glossary = ministryGlossary.entries;
  it.each(MINISTRIES.map((m) => [m[0], m[1]] as const))(
    '%s is written %s, a glossary entry',
    (name, abbr) => {
      expect(shortMinistryNames(`de Minister van ${name} schrijft`)).toBe(`de Minister van ${abbr} schrijft`);
      expect(glossary.some((e) => e.abbr === abbr && e.expansion === name)).toBe(true);
    },
  );
});
