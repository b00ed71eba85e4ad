import { describe, expect, it } from 'vitest';
import { SITES, siteForUrl } from '../../src/sites';

describe('siteForUrl', () => {
  it.each([
    ['https://zoek.officielebekendmakingen.nl/kst-32793-205.html', 'officielebekendmakingen'],
    ['https://WWW.TweedeKamer.nl/kamerstukken/moties/detail?id=2025Z13886&did=2025D31484', 'tweedekamer'],
    ['https://www.rijksoverheid.nl/documenten/kamerstukken/2022/09/30/navo', null],
    ['not a url', null],
    ['', null],
  ])('%s → %s', (url, id) => {
    expect(siteForUrl(url)?.id ?? null).toBe(id);
  });

  it('registers each site once', () => {
    expect(SITES.map((s) => s.id).sort()).toEqual(['officielebekendmakingen', 'tweedekamer']);
  });
});
