import { describe, expect, it } from 'vitest';
import { holdsNoShortForm } from '../../../../src/core/acronyms/definitions/short-forms';
import { SHORT_FORM } from './short-form-pattern';

/** The shortcut of the brackets' reading: turned down by their characters only where the full read finds nothing. */

/** What `shortFormInside` tests, the slow way: trimmed, intro removed, possessive removed, SHORT_FORM. */
const INTRO =
  /^(?:hierna(?:\s+te\s+noemen)?|verder|afgekort(?:\s+tot|\s+als)?|kortweg|ook\s+wel|hereafter|hierna\s+ook)\s*:?\s+/i;
const POSSESSIVE = /['’](?:s|en|ers|er)$/;
function fullReadFinds(inside: string): boolean {
  let s = inside.trim();
  const intro = INTRO.exec(s);
  if (intro) s = s.slice(intro[0].length);
  return SHORT_FORM.test(s.replace(POSSESSIVE, ''));
}

describe('holdsNoShortForm: true only where the full read finds no short form', () => {
  it.each([
    // [content of the parentheses, certain there is none]
    ['beiden SP', true],
    ['36 410-VIII, nr. 36', true],
    ['ingezonden 20 december 2024', true],
    ['€ 85 mln.', false], // starts with non-ASCII: read in full
    ['suiker, vet en portiegrootte', true],
    ['re)', true],
    ['NAVO', false],
    ['  VVD ', false],
    ["BO's", false],
    ['GGD’en', false],
    ['hierna: NAVO', false], // may be an intro
    ['Hierna: de Kiesakte', false],
    ['ook wel NAR', false],
    ['afgekort tot Wob', false],
    ['kortweg: de Wet', false],
    ['verder: BZK', false],
    ['op enige vertrouwelijke stukken na', false], // starts with `o`: read in full
    ['in de periode 2017–2021', true],
    ['de Wet', true],
    ['X', false],
    ['', false],
    ['   ', false],
    ['\u00a0NAVO', false], // no-break space: trim decides
    ['NAVO\u00a0', false],
    ['NAVO;', false], // a short form before a semicolon (`AVP; 2011–2017`, 337): read in full
    ['AVP; 2011–2017', false],
    ['zie bijlage; p. 3', true],
    ['Cgb, mei 2000', false], // a short form, then a report's date (1900): read in full
    ['SDU, 1999', false],
    ['CDA, PVV', true],
    ['Cgb, zie bijlage', true],
    ['Cgb, https://tijdelijk.ilent.nl/onderwerpen/?corp=L1787', false], // then its web address (2096)
    ['Cgb, www.ilent.nl', false],
    ['Cgb, zie www.ilent.nl', true],
    ['Cgb, 29 957, nr. 1', false], // a short form, then the paper's citation (576): read in full
    ['toets IMS, 29 957, nr. 1', true], // a lower-case noun the words before do not repeat
    ['Noord-Atlantische Raad', true],
    ['NP Onderwijs', false], // a short form with the name's last word (698): read in full
    ['BO Leefomgeving', false],
    ['S&D', false],
    ['NPS – 3/51', false], // a short form, a dash and the seats (1983): read in full
    ['VVD - voorzitter', false],
    ['zie – 3/51', false], // read in full, which finds no short form
    ['op – 3/51', false],
    ['3/51 – NPS', true],
  ])('%j → %s', (inside, certain) => {
    const text = `de Raad (${inside}) sprak`;
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    expect(holdsNoShortForm(text, open + 1, close)).toBe(certain);
    if (certain) expect(fullReadFinds(inside)).toBe(false);
  });
});

describe('holdsNoShortForm: a lower-case noun before the short form, repeated before the brackets (576)', () => {
  it.each([
    ['de toets internationale militaire samenwerking (toets IMS, 29 957, nr. 1)', false],
    ['de toets internationale militaire samenwerking (toets IMS)', false],
    ['de toets internationale militaire samenwerking (toets IMS, zie bijlage)', true],
    ['de internationale militaire samenwerking (toets IMS)', true],
  ])('%j → %s', (text, certain) => {
    const open = text.indexOf('(');
    expect(holdsNoShortForm(text, open + 1, text.lastIndexOf(')'))).toBe(certain);
  });
});
