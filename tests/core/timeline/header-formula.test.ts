import { describe, expect, it } from 'vitest';
import { headerFormulaLabel } from '../../../src/core/timeline/header-formula';

/** The formula label of `date` in `text` (its first mention), its sentence the whole text. */
function labelOf(text: string, date: string): string | null {
  const at = text.indexOf(date);
  return headerFormulaLabel(text, { start: 0, end: text.length }, { start: at, end: at + date.length });
}

describe('headerFormulaLabel', () => {
  // Heads of written questions and their answers from tests/fixtures/letters (the file's number first).
  it.each([
    [
      'the questions, sent in (13)',
      'Vragen van de leden Leijten en Van Nispen (beiden SP) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties en de Minister-President over de nieuwe Oekaze Kok (ingezonden 30 april 2021).',
      '30 april 2021',
      'Vragen ingezonden',
    ],
    [
      'the answer, received, its head over two lines (13)',
      'Antwoord van Minister Ollongren (Binnenlandse Zaken en Koninkrijksrelaties), mede\nnamens de Minister-President (ontvangen 1 juli 2021). Zie ook Aanhangsel Handelingen,\nvergaderjaar 2020–2021, nr. 2844.',
      '1 juli 2021',
      'Antwoord ontvangen',
    ],
    [
      'an answer whose head has a sentence end in it, `a.i.)` (2004)',
      'Antwoord van minister Opstelten (Binnenlandse Zaken en Koninkrijksrelaties a.i.) (ontvangen 6 april 2011) Zie ook Aanhangsel Handelingen, vergaderjaar 2010–2011, nr. 2055.',
      '6 april 2011',
      'Antwoord ontvangen',
    ],
    [
      'a notice that the answer is late',
      'Mededeling van minister Opstelten (Veiligheid en Justitie) (ontvangen 2 mei 2011)',
      '2 mei 2011',
      'Mededeling ontvangen',
    ],
  ])('%s', (_name, text, date, label) => {
    expect(labelOf(text, date)).toBe(label);
  });

  it.each([
    ['a date in no formula', 'De brief van 30 april 2021 (ingezonden) gaat hierover.', '30 april 2021'],
    [
      'a formula the date does not close',
      'Vragen van het lid Omtzigt (ingezonden 30 april 2021 en 3 mei 2021).',
      '30 april 2021',
    ],
    ['a formula with no head before it', 'Zie de vragen (ingezonden 30 april 2021).', '30 april 2021'],
    [
      'a head a blank line before the formula',
      'Vragen van het lid Omtzigt over de toeslagen\n\nDe brief (ingezonden 30 april 2021).',
      '30 april 2021',
    ],
  ])('null for %s', (_name, text, date) => {
    expect(labelOf(text, date)).toBeNull();
  });
});
