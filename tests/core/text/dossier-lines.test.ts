import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { DOSSIER_NUMBERED, printedDossier } from '../../../src/core/text/dossier-lines';
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

describe('printedDossier: a dossier id as the papers print it', () => {
  it.each([
    // 01-vws-2015-productsamenstelling (kst-32793-205): `32 793 Preventief gezondheidsbeleid`.
    ['32793', '32 793'],
    // 06-buza-2019-raz-rbz-aanwezigheid (kst-21501-02-2072): `21 501-02 Raad Algemene Zaken …`, a part keeps its
    // hyphen.
    ['21501-02', '21 501-02'],
    // 1393-verslag-vws-2021-wgo-sport (kst-35925-XVI-163): `35 925 XVI Vaststelling …`, and `(Kamerstuk 35 925 XVI)`.
    ['35925-XVI', '35 925 XVI'],
    // 1027-ek-verslag-lvvn-2025-begroting (kst-36600-XIV-H): an Eerste Kamer paper in a chapter.
    ['36600-XIV', '36 600 XIV'],
    // 1318-ienm-2016-afsluitdijk-mirt cites kst-34300-A-…; the papers print `34 300 A, nr. 70`.
    ['34300-A', '34 300 A'],
    // 2606-verslag-aruba-2022-rijkswet-coho: a kingdom act, `36 031 (R2161) Regels omtrent …`.
    ['36031-R2161', '36 031 (R2161)'],
    // Not a dossier id: unchanged.
    ['123', '123'],
    ['x', 'x'],
  ])('prints %s as %s', (id, printed) => {
    expect(printedDossier(id)).toBe(printed);
  });
});
