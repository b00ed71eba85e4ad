import { describe, expect, it } from 'vitest';
import {
  normalizeDossier,
  parseDossierNumber,
  parsePublicationId,
} from '../../../src/core/detect/publication-id';

describe('parsePublicationId', () => {
  it.each([
    ['kst-32793-205', 'kst', '32793', '205'],
    ['kst-21501-02-2072.html', 'kst', '21501-02', '2072'],
    ['kst-35925-III-30', 'kst', '35925-III', '30'],
    ['kst-36200-X-5', 'kst', '36200-X', '5'],
    ['kst-36200-x-5', 'kst', '36200-X', '5'],
    ['kst-35261-B', 'kst', '35261', 'B'],
    ['kst-20062007-30312-B.html', 'kst', '30312', 'B'],
    ['kst-20052006-30550-XI-6', 'kst', '30550-XI', '6'],
    // A part of the paper at the end of an older id (386).
    ['kst-20062007-30804-F-h1.html', 'kst', '30804', 'F'],
    ['kst-19951996-24258-106a.html', 'kst', '24258', '106A'],
    ['kst-34086-B-n1', 'kst', '34086', 'B'],
    ['kst-34851-4', 'kst', '34851', '4'],
    ['ah-tk-20242025-100', 'ah', null, '100'],
    ['h-tk-20232024-4-26', 'h', null, null],
    ['stcrt-2021-7182', 'stcrt', null, null],
    ['stb-2020-104', 'stb', null, null],
    ['gmb-2017-100007', 'gmb', null, null],
    ['kv-tk-2016Z00020', 'kv', null, null],
  ])('%s → %s %s %s', (raw, series, dossier, number) => {
    const id = parsePublicationId(raw);
    expect(id?.series).toBe(series);
    expect(id?.dossier ?? null).toBe(dossier);
    expect(id?.number ?? null).toBe(number);
  });

  it('marks a reprint', () => {
    expect(parsePublicationId('kst-34086-B-n1')?.reprint).toBe(true);
    expect(parsePublicationId('kst-34086-B')?.reprint).toBe(false);
  });

  it('keeps the chamber of Aanhangsel and Handelingen ids', () => {
    expect(parsePublicationId('ah-ek-20142015-12')?.chamber).toBe('ek');
    expect(parsePublicationId('h-tk-20232024-4-26')?.chamber).toBe('tk');
  });

  it.each([
    'https://www.tweedekamer.nl/kamerstukken/moties/detail', // tweedekamer.nl's dcterms.identifier
    'kst-',
    'kst-12-3',
    'kst-32793',
    'ah-20242025-100',
    '2021Z07250',
    '',
  ])('%s is no publication id', (raw) => {
    expect(parsePublicationId(raw)).toBeNull();
  });
});

describe('normalizeDossier', () => {
  it.each([
    ['28 676', '28676'],
    ['21 501-02', '21501-02'],
    ['21 501–02', '21501-02'], // an en dash before the subnumber on older pages (2390)
    ['35 925 III', '35925-III'],
    ['35 470IV', '35470-IV'], // the chapter glued on (1081)
    ['36 800 X', '36800-X'],
    ['36 200-A', '36200-A'],
    ['31066', '31066'],
    ['29 521', '29521'],
  ])('%s → %s', (raw, canonical) => {
    expect(normalizeDossier(raw)).toBe(canonical);
  });

  it.each(['2022', 'NAVO', '28 676 NAVO', '28 676A', ''])('%j is no dossier number', (raw) => {
    expect(normalizeDossier(raw)).toBeNull();
  });
});

describe('parseDossierNumber (tweedekamer.nl side facts)', () => {
  it.each([
    ['31497-504', { dossier: '31497', number: '504' }],
    ['36800-X-11', { dossier: '36800-X', number: '11' }],
    ['21501-02-2072', { dossier: '21501-02', number: '2072' }],
    ['2025D31484', null],
    ['31497', null],
  ])('%s', (raw, expected) => {
    expect(parseDossierNumber(raw)).toEqual(expected);
  });
});
