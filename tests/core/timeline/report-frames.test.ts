import { describe, expect, it } from 'vitest';
import { withoutStockFraming } from '../../../src/core/timeline/report-frames';

describe('withoutStockFraming', () => {
  it.each([
    [
      '`Hierbij ontvangt u` (143)',
      'Hierbij ontvangt u de geannoteerde agenda van de Transportraad',
      'de geannoteerde agenda van de Transportraad',
    ],
    [
      '`Hierbij bieden wij u` (2396)',
      'Hierbij bieden wij u het verslag van de Europese Raad',
      'het verslag van de Europese Raad',
    ],
    [
      'a cut that left out its first word (954)',
      '…deze brief ontvangt u het verslag van de Milieuraad die in Brussel plaatsvond',
      'het verslag van de Milieuraad die in Brussel plaatsvond',
    ],
    [
      '`Met deze brief informeer ik u over`',
      'Met deze brief informeer ik u over de voortgang van het programma',
      'de voortgang van het programma',
    ],
    ['no stock opening', 'Verslag Milieuraad', 'Verslag Milieuraad'],
    ['a stock verb without its opening', 'Ik stuur u het verslag', 'Ik stuur u het verslag'],
  ])('%s', (_rule, label, expected) => {
    expect(withoutStockFraming(label)).toBe(expected);
  });
});
