import { describe, expect, it } from 'vitest';
import { cite } from './helpers';

describe('self-citation', () => {
  it.each([
    {
      source: 'L07: the zoek metadata line always describes the page itself',
      text: 'Tweede Kamer der Staten-Generaal2020-202131066 nr. 805\n\n31 066 Belastingdienst',
      self: {},
    },
    {
      source: 'L80: the zoek metadata table kept as cells',
      text: '| Tweede Kamer der Staten-Generaal | 1997-1998 | 25479 nr. 37 |\nZoals vergunningen',
      self: {},
    },
    {
      source: 'L42: the metadata line of a zoek Aanhangsel page, vergaderjaar and number glued',
      text: 'Datum publicatieOrganisatieVergaderjaarNummerDatum ontvangst\nTweede Kamer der Staten-Generaal2014-20151365\n\nVragen van de leden',
      self: {},
    },
    {
      source: 'L13: an answer names its own Aanhangsel number after "(ontvangen …). Zie ook"',
      text: 'mede\nnamens de Minister-President (ontvangen 1 juli 2021). Zie ook Aanhangsel Handelingen,\nvergaderjaar 2020–2021, nr. 2844.',
      self: {},
    },
    {
      source: 'L14: the same, on its own line, for an answer',
      text: 'Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nrs. 1016 en 1044.',
      self: { kind: 'antwoord schriftelijke vragen' as const },
    },
    {
      source: 'a letter citing its own dossier and number (suffix and case as the detector writes them)',
      text: 'Deze brief (Kamerstuk 36 200 X, nr. 5) meldt',
      self: { dossier: '36200-X', number: '5' },
    },
  ])('$source', ({ text, self }) => {
    const found = cite(text, self);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.self)).toBe(true);
  });

  it('L139: after a notice of delay, the answer is the last "Zie ook" line, the notice an ordinary citation', () => {
    const text =
      'Economische Zaken en Klimaat (ontvangen 23 april 2020). Zie ook Aanhangsel Handelingen, vergaderjaar\n2019–2020, nr. 1217. Zie ook Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 2162.';
    const found = cite(text, { kind: 'antwoord schriftelijke vragen' });
    expect(found.map((c) => [c.number, c.self])).toEqual([
      ['1217', false],
      ['2162', true],
    ]);
  });

  it('L147: on an Aanhangsel page only the number in its address is the page itself', () => {
    const text =
      'Antwoord van Staatssecretaris Broekers-Knol (ontvangen 8 juni 2020). Zie ook Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 2988.';
    const answer = { kind: 'antwoord schriftelijke vragen' as const };
    const url = 'https://zoek.officielebekendmakingen.nl/ah-tk-20192020-3062.html';
    expect(cite(text, answer, url).map((c) => [c.number, c.self])).toEqual([['2988', false]]);
    // Without an address the `Zie ook` line after `(ontvangen …)` is the answer's own, as on the TK pages.
    expect(cite(text, answer).map((c) => [c.number, c.self])).toEqual([['2988', true]]);
    const own = text.replace('nr. 2988', 'nr. 3062');
    expect(cite(own, answer, url).map((c) => [c.number, c.self])).toEqual([['3062', true]]);
  });

  it('reads the Aanhangsel metadata line as the page itself, in either chamber', () => {
    for (const [chamber, code] of [
      ['Tweede', 'tk'],
      ['Eerste', 'ek'],
    ]) {
      const text = `${chamber} Kamer der Staten-Generaal2014-20151365\n`;
      const [c] = cite(text, {});
      expect(c?.url).toBe(`https://zoek.officielebekendmakingen.nl/ah-${code}-20142015-1365.html`);
      expect(text.slice(c?.start, c?.end)).toBe('2014-20151365');
    }
  });

  it('reads no Aanhangsel number from the address line or from a date glued after the number', () => {
    expect(
      cite('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 1 juli 2021', {}),
    ).toEqual([]);
    expect(cite('Tweede Kamer der Staten-Generaal2014-2015136525 februari 2015', {})).toEqual([]);
  });

  it.each([
    { text: 'Eerder (Kamerstuk 29 521, nr. 446) meldde ik', self: { dossier: '29521', number: '445' } },
    {
      text: 'Zie ook Aanhangsel Handelingen II 2020/21, nr. 2275.',
      self: { kind: 'brief regering' as const },
    },
    {
      text: '(Aanhangsel Handelingen II 2020/21, nr. 2275)',
      self: { kind: 'antwoord schriftelijke vragen' as const },
    },
  ])('not self: $text', ({ text, self }) => {
    expect(cite(text, self).map((c) => c.self)).toEqual([false]);
  });
});
