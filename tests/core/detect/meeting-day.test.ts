import { describe, expect, it } from 'vitest';
import { meetingDay } from '../../../src/core/detect/meeting-day';
import { analyze } from '../../../src/core/analyze';

describe('meetingDay: the day of the meeting a verslag reports', () => {
  it.each([
    [
      'a commissiedebat (202)',
      'Vastgesteld 10 september 2024\n\nDe vaste commissie voor Buitenlandse Zaken heeft op 20 juni 2024 overleg gevoerd met mevrouw Bruins Slot',
      '2024-06-20',
    ],
    [
      'an older algemeen overleg (49)',
      'De vaste commissie voor Landbouw, Natuur en Voedselkwaliteit1 heeft op 14 september 2005 overleg gevoerd met minister Veerman',
      '2005-09-14',
    ],
    [
      'several committees: `hebben` (530)',
      'De vaste commissie voor Europese Zaken, de vaste commissie voor Defensie en de vaste commissie voor Buitenlandse Zaken hebben op 5 februari 2015 overleg gevoerd met Minister Koenders',
      '2015-02-05',
    ],
    [
      'a line break inside the date',
      'De commissie heeft op 8 juni\n2020 overleg gevoerd over:',
      '2020-06-08',
    ],
    ['a reply, no meeting', 'De Minister heeft op 7 januari 2025 gereageerd.', null],
    [
      'a schriftelijk overleg: no day',
      'De vaste commissie heeft een aantal vragen en opmerkingen voorgelegd.',
      null,
    ],
    ['a day that does not exist', 'De commissie heeft op 31 juni 2020 overleg gevoerd.', null],
  ])('%s', (_case, text, expected) => {
    expect(meetingDay(text)).toBe(expected);
  });
});

describe('relative dates in a verslag count from the meeting', () => {
  const verslag = [
    '21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken',
    'Nr. 2930 VERSLAG VAN EEN COMMISSIEDEBAT',
    'Vastgesteld 10 september 2024',
    'De vaste commissie voor Buitenlandse Zaken heeft op 20 juni 2024 overleg gevoerd met mevrouw Bruins Slot, Minister van Buitenlandse Zaken.',
    'Gelukkig heeft deze commissie volgende week nog wel een ander commissiedebat. De Raad is op 24 juni.',
  ].join('\n\n');

  it('`volgende week` is the week after the meeting (202); other dates keep the verslag date', () => {
    const result = analyze({ text: verslag });
    expect(result.document.kind).toBe('verslag');
    expect(result.document.letterDate).toBe('2024-09-10');
    const byText = Object.fromEntries(result.dates.map((d) => [d.text, [d.iso, d.endIso]]));
    expect(byText['volgende week']).toEqual(['2024-06-24', '2024-06-30']);
    expect(byText['24 juni']).toEqual(['2024-06-24', null]);
  });

  it('`aanstaande` said in the meeting is after the meeting, not after the verslag (232)', () => {
    const text = [
      '28 676 NAVO',
      'Nr. 389 VERSLAG VAN EEN COMMISSIEDEBAT',
      'Vastgesteld 2 maart 2022',
      'De vaste commissie voor Defensie heeft op 10 februari 2022 overleg gevoerd met mevrouw Ollongren, Minister van Defensie.',
      'De voorzitter: Het onderwerp is de NAVO-ministeriële van 16 en 17 februari aanstaande.',
    ].join('\n\n');
    const found = analyze({ text }).dates.find((d) => d.text.startsWith('16 en 17 februari'));
    expect([found?.iso, found?.endIso]).toEqual(['2022-02-16', '2022-02-17']);
  });

  it('in a letter, `volgende week` counts from the letter date', () => {
    const letter = verslag
      .replace(
        'Nr. 2930 VERSLAG VAN EEN COMMISSIEDEBAT',
        'Nr. 2930 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN',
      )
      .replace(
        'Vastgesteld 10 september 2024',
        'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 10 september 2024',
      );
    const result = analyze({ text: letter });
    expect(result.document.kind).toBe('brief regering');
    expect(result.dates.find((d) => d.text === 'volgende week')?.iso).toBe('2024-09-16');
  });
});
