import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { DOSSIER_NUMBERED } from '../../../src/core/text/dossier-lines';
import { letter } from '../outline/helpers';

describe('DOSSIER_NUMBERED: a dossier line that names the paper the dossier is, by its number', () => {
  // [where the shape is printed, line, dossier it names or null]. The suffixed numbers are printed so in the corpus
  // (as the tail of a citation broken onto a line of its own); a head prints them the same way.
  it.each([
    ['591: the head of an addition to a nota', '26 976, nr. 1', '26 976'],
    ['2044: a budget chapter', '35 000 V, nr. 51', '35 000 V'],
    ['1615: a chapter after a hyphen', '36 410-X, nr. 87', '36 410-X'],
    ['1563: a part number', '21 501-20, nr. 2268', '21 501-20'],
    ['a citation tail goes on after the number', '35 000 V, nr. 58);', null],
    ['two dossiers are no one dossier', '24 036 en 32 637, nr. 435', null],
    ['without the thousands digits there is no dossier', '976, nr. 1', null],
  ])('%s: %j → %j', (_source, line, dossier) => {
    expect(DOSSIER_NUMBERED.exec(line)?.[1] ?? null).toBe(dossier);
  });
});

describe('detection and the outline read the same dossier from a numbered dossier line above the head', () => {
  // The head of 591 as printed, and the same head whose dossier carries a part number: detection read only the first.
  const head591 = letter('591-ek-bzk-2001-aanvulling-nota-positie-eerste-kamer.txt');
  it.each([
    ['26 976, nr. 1', '26976', '26 976 Notitie «Reflecties over de positie van de Eerste Kamer», nr. 175a'],
    [
      '21 501-02, nr. 1',
      '21501-02',
      '21 501-02 Notitie «Reflecties over de positie van de Eerste Kamer», nr. 175a',
    ],
  ])('%j', (line, dossier, title) => {
    const text = head591.replace('26 976, nr. 1', line);
    const r = analyze({ text });
    expect(r.document.dossier).toBe(dossier);
    expect(r.outline.find((e) => e.kind === 'header')).toMatchObject({ title, start: 0 });
  });
});
