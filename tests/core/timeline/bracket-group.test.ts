import { describe, expect, it } from 'vitest';
import {
  bracketGroupAt,
  bracketGroupInClause,
  citationGroupBefore,
  hasVerb,
} from '../../../src/core/timeline/bracket-group';

describe('bracketGroupAt', () => {
  it.each([
    // A paper's number (1034): the group and the space before it.
    ['de Alcoholnota (27 565, nrs. 5, 7 en 8) aangenomen.', 'de Alcoholnota', ' (27 565, nrs. 5, 7 en 8)'],
    // A Kamerstuk over a line break (2043).
    [
      'de motie-Haverkamp/Huizing (Kamerstuk\n31 926, nr. 51) aangenomen',
      'de motie-Haverkamp/Huizing',
      ' (Kamerstuk\n31 926, nr. 51)',
    ],
    // A figure alone (617).
    ['16 personen (15,5 fte) ingezet', '16 personen', ' (15,5 fte)'],
    // An aside (839, 1338).
    [
      'een uitvoeringsprogramma (op hoofdlijnen) te doen toekomen',
      'een uitvoeringsprogramma',
      ' (op hoofdlijnen)',
    ],
    ['is de voorgenomen (gedeeltelijke) sluiting', 'is de voorgenomen', ' (gedeeltelijke)'],
    // Not one that another clause or item follows (2233, 287, 185).
    ['het rapport (Commissie Roemer) en de brief', 'het rapport', null],
    [
      'met uw Kamer gedebatteerd (Handelingen II 2017/18, nr. 59) en op basis hiervan',
      'met uw Kamer gedebatteerd',
      null,
    ],
    ['een motie (Kamerstuk 32 605, nr. 158) die de regering verzoekt', 'een motie', null],
    ['het Algemeen Overleg (Kamerstukken 21 501-32, nr. 627) alsmede over', 'het Algemeen Overleg', null],
    // Not where the sentence ends after it, nor where a capital follows it.
    ['de nota (Kamerstuk 33 763, nr. 1).', 'de nota', null],
    ['de nota (Kamerstuk 33 763, nr. 1) De', 'de nota', null],
  ])('%j', (text, before, group) => {
    const open = text.indexOf('(', before.length);
    const span = bracketGroupAt(text, open, text.length);
    expect(span === null ? null : text.slice(span[0], span[1])).toBe(group);
  });
});

describe('hasVerb', () => {
  it.each([
    ['aangenomen', true],
    ['aan de Tweede Kamer aangeboden', true],
    ['aanvaard', true],
    ['betreffende een jaarlijkse rapportage in het overzicht verwerkt', true],
    ['de Kamer te informeren over het aantal veteranen', true],
    ['over het besluit dat is genomen', true],
    // A noun's phrase: none, also where a noun has a participle's shape (`bericht`, `beleid`).
    ['over het bericht «Bestuurders pensioenfondsen blunderen met complexe derivaten»', false],
    ['naar aanleiding van het beleid van de regering', false],
  ])('%j → %s', (phrase, expected) => {
    expect(hasVerb(phrase)).toBe(expected);
  });
});

describe('citationGroupBefore', () => {
  it.each([
    // After a noun, the date's `van` between (2355): the group and the space before it.
    ['In mijn brief (Kamerstuk 35 925 XVI, nr. 170) van 8 maart 2022', ' (Kamerstuk 35 925 XVI, nr. 170)'],
    // Right before the date, `op` between (494).
    [
      'ingediende motie (vergaderjaar 1996–1997, 25 000 XI, nr. 28) op 26 november',
      ' (vergaderjaar 1996–1997, 25 000 XI, nr. 28)',
    ],
    // The clause's finite auxiliary before the date (1317).
    ['Deze motie (Kamerstuk 33 000 IV, nr. 34) is op 1 november 2011', ' (Kamerstuk 33 000 IV, nr. 34)'],
    // Not more than the date's preposition and an auxiliary between (the group is another clause's), nor an aside, nor
    // a group that opens the text.
    ['de motie (Kamerstuk 33 000 IV, nr. 34) is aangenomen op 1 november 2011', null],
    ['de brief (Kamerstuk 35 925, nr. 170) en de brief van 8 maart 2022', null],
    ['de brief (die ik eerder stuurde) van 8 maart 2022', null],
    ['(Kamerstuk 35 925, nr. 170) van 8 maart 2022', null],
  ])('%j', (text, group) => {
    const close = text.lastIndexOf(')');
    const ds = text.search(/\d+ (?:maart|november)/);
    const span = citationGroupBefore(text, close, ds, 0);
    expect(span === null ? null : text.slice(span[0], span[1])).toBe(group);
  });
});

describe('bracketGroupInClause', () => {
  const at = (text: string, clause: string): [number, number] => {
    const left = text.indexOf(clause);
    return [left, left + clause.length];
  };
  it.each([
    // On the clause's right, a verb after it (1034).
    [
      'Op 6 november jl. heeft de Kamer negen moties over de Alcoholnota (27 565, nrs. 5 en 7) aangenomen.',
      // The clause runs to its delimiter, the `(`.
      'Op 6 november jl. heeft de Kamer negen moties over de Alcoholnota ',
      '6 november',
      ' (27 565, nrs. 5 en 7)',
    ],
    // On the right with no verb after it (1743): none.
    [
      'de antwoorden op vragen van de commissie (32 043, nr. 107) over het bericht over 16 mei 2012.',
      'de antwoorden op vragen van de commissie',
      'vragen',
      null,
    ],
    // On the clause's left (2355).
    [
      'In mijn brief (Kamerstuk 35 925 XVI, nr. 170) van 8 maart 2022 heb ik toegezegd.',
      // The clause runs from its delimiter, the `)`.
      ' van 8 maart 2022 heb ik toegezegd',
      '8 maart',
      ' (Kamerstuk 35 925 XVI, nr. 170)',
    ],
  ])('%j', (text, clause, date, group) => {
    const [left, right] = at(text, clause);
    const span = bracketGroupInClause(text, 0, left, text.indexOf(date), right, text.length);
    expect(span === null ? null : text.slice(span[0], span[1])).toBe(group);
  });
});
