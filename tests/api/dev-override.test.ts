import { describe, expect, it } from 'vitest';
import { isAllowedApiBaseUrl, parseDevApiBaseUrls } from '../../src/api';

describe('the developer override of the API base URLs', () => {
  it.each([
    ['https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0', true],
    ['https://mirror.example.org/sru', true],
    ['http://127.0.0.1:8123/tk-ok', true],
    ['http://localhost:8123/sru', true],
    ['http://[::1]:8123/sru', true],
    // Plain http elsewhere would let anyone on the network answer with titles.
    ['http://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0', false],
    ['http://127.0.0.1.example.org/odata', false],
    ['https://user:secret@example.org/odata', false],
    ['ftp://127.0.0.1/odata', false],
    ['javascript:alert(1)', false],
    ['data:application/json,{}', false],
    ['127.0.0.1:8123', false],
    ['', false],
    [`https://example.org/${'x'.repeat(600)}`, false],
    [42, false],
    [null, false],
  ])('isAllowedApiBaseUrl(%j) is %s', (value, ok) => {
    expect(isAllowedApiBaseUrl(value)).toBe(ok);
  });

  it.each([
    [
      { tkOData: 'http://127.0.0.1:9/tk', sru: 'http://127.0.0.1:9/sru', timeoutMs: 800 },
      { tkOData: 'http://127.0.0.1:9/tk', sru: 'http://127.0.0.1:9/sru', timeoutMs: 800 },
    ],
    // A bad field is dropped; the rest still applies.
    [{ tkOData: 'http://evil.example/tk', sru: 'http://localhost:9/sru' }, { sru: 'http://localhost:9/sru' }],
    [{ timeoutMs: 10 }, null],
    [{ timeoutMs: 10 ** 9 }, null],
    [{ timeoutMs: Number.NaN }, null],
    [{ timeoutMs: 1234.6 }, { timeoutMs: 1235 }],
    [{}, null],
    [[], null],
    ['http://127.0.0.1:9/tk', null],
    [null, null],
    [undefined, null],
  ])('parseDevApiBaseUrls(%j) → %j', (raw, expected) => {
    expect(parseDevApiBaseUrls(raw)).toEqual(expected);
  });
});
