/**
 * Every link Kamerlens makes points to an https government host, whatever the page or an API
 * answer puts into the parts it is built from: the link builders with hostile parts, and the
 * citation links the core makes from random citation-like text.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { makeRef, paperId, paperUrl } from '../../src/core/citations/paper-id';
import type { CitationType } from '../../src/core/types';
import { dossierUrl, safeGovernmentUrl } from '../../src/ui/popover/links';
import { paperPageUrl } from '../../src/ui/sidebar/paper-link';
import { fuzzRuns, fuzzSeed, PAPER_HEAD, prng, tokenSoup } from '../robustness/fuzz-helpers';

const GOVERNMENT_HOSTS = new Set([
  'zoek.officielebekendmakingen.nl',
  'www.officielebekendmakingen.nl',
  'officielebekendmakingen.nl',
  'www.tweedekamer.nl',
  'tweedekamer.nl',
  'www.eerstekamer.nl',
  'eerstekamer.nl',
]);

/** Null, or an https address on a government host with no user, password or port. */
function isSafeLink(url: string | null): boolean {
  if (url === null) return true;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && GOVERNMENT_HOSTS.has(u.hostname) && !u.username && !u.password && !u.port;
}

/** Parts a page or an API answer could smuggle into an address. */
const HOSTILE_PARTS = [
  'javascript:alert(1)',
  '//evil.example',
  '@evil.example',
  'x@evil.example:443',
  '../../../evil',
  '..%2f..%2fevil',
  'evil.example/',
  '?q=1#frag',
  '\\\\evil.example',
  ' 29521',
  '29521\n446',
  '29521\u0000',
  '<img src=x onerror=alert(1)>',
  'https://evil.example/kst-1-1.html',
  'data:text/html,<script>alert(1)</script>',
  '%0d%0aLocation: https://evil.example',
  'A'.repeat(1_000_000),
  '',
];
const TYPES: CitationType[] = ['kamerstuk', 'handelingen', 'aanhangsel', 'staatscourant', 'staatsblad'];

describe('link builders with hostile parts', () => {
  it('paperPageUrl (sidebar): a link to the paper on officielebekendmakingen, or none', () => {
    for (const dossier of [...HOSTILE_PARTS, '29521', '36200-X'])
      for (const number of [...HOSTILE_PARTS, '446', 'B'])
        expect(isSafeLink(paperPageUrl(dossier, number)), `${dossier} / ${number}`).toBe(true);
    expect(paperPageUrl('36200-X', '5')).toBe('https://zoek.officielebekendmakingen.nl/kst-36200-X-5.html');
  });

  it('paperId and paperUrl (core citations): whatever the parts, the address stays on officielebekendmakingen', () => {
    for (const type of TYPES)
      for (const part of HOSTILE_PARTS) {
        const ref = makeRef({ type, chamber: 'II', dossier: part, number: part, year: part, item: part });
        expect(isSafeLink(paperUrl(ref.id)), `${type} ${part.slice(0, 40)}`).toBe(true);
        expect(
          isSafeLink(
            paperUrl(
              paperId({ type, chamber: 'I', dossier: '1', number: part, year: '2020-2021', item: '1' }),
            ),
          ),
        ).toBe(true);
      }
    expect(
      paperUrl(
        paperId({
          type: 'kamerstuk',
          chamber: 'II',
          dossier: '29521',
          number: '446',
          year: null,
          item: null,
        }),
      ),
    ).toBe('https://zoek.officielebekendmakingen.nl/kst-29521-446.html');
  });

  it('safeGovernmentUrl and dossierUrl (popover): only https government addresses pass', () => {
    for (const part of HOSTILE_PARTS) {
      expect(safeGovernmentUrl(part), part.slice(0, 40)).toBeNull();
      expect(isSafeLink(dossierUrl(part)), part.slice(0, 40)).toBe(true);
    }
    for (const sneaky of [
      'http://zoek.officielebekendmakingen.nl/kst-1-1.html',
      'https://zoek.officielebekendmakingen.nl.evil.example/',
      'https://user:pw@zoek.officielebekendmakingen.nl/',
      'https://zoek.officielebekendmakingen.nl:8443/',
      'javascript://zoek.officielebekendmakingen.nl/%0aalert(1)',
      'https://evil.example/?https://zoek.officielebekendmakingen.nl/',
    ])
      expect(safeGovernmentUrl(sneaky), sneaky).toBeNull();
    expect(safeGovernmentUrl('https://zoek.officielebekendmakingen.nl/kst-29521-446.html')).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-29521-446.html',
    );
  });
});

describe('citation links the core makes', () => {
  const runs = fuzzRuns(300);
  it(
    `are https officielebekendmakingen addresses on ${runs} random citation texts`,
    { timeout: 60_000 + runs * 100 },
    () => {
      const r = prng(fuzzSeed() ^ 0x11);
      const bad: string[] = [];
      let links = 0;
      for (let i = 0; i < runs && bad.length < 3; i++) {
        const text = PAPER_HEAD + tokenSoup(r, r.int(5, 60));
        for (const c of analyze({ text }).citations) {
          if (c.url) links++;
          if (!isSafeLink(c.url) || (c.url && !c.url.startsWith('https://zoek.officielebekendmakingen.nl/')))
            bad.push(`${c.text} → ${c.url}`);
        }
      }
      expect(bad).toEqual([]);
      expect(links).toBeGreaterThan(runs / 2);
    },
  );
});
