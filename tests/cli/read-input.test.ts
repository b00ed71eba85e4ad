import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml, readInput } from '../../src/cli/read-input';

const TK_PAGE = readFileSync('tests/fixtures/pages/tk-brief-navo.html', 'utf8');
const KOOP_XHTML = readFileSync('tests/fixtures/pages/stcrt-2013-10981.html', 'utf8');
const LETTER = readFileSync('tests/fixtures/navo-defensieministers-2022-09-30.txt', 'utf8');

describe('looksLikeHtml', () => {
  it.each([
    ['the tweedekamer.nl template (Twig debug comments first)', TK_PAGE],
    ['a KOOP XHTML page (XML declaration first)', KOOP_XHTML],
    ['a doctype after a byte-order mark', '\uFEFF<!DOCTYPE html><html><body></body></html>'],
    ['an html tag after white space', '\n\n  <html lang="nl">'],
    [
      'comments and an XML declaration before the doctype',
      '<?xml version="1.0"?>\n<!-- a --><!-- b -->\n<!doctype html>',
    ],
    ['an XHTML doctype', '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">'],
  ])('is true for %s', (_name, text) => expect(looksLikeHtml(text)).toBe(true));

  it.each([
    ['a letter', LETTER],
    ['nothing', ''],
    ['a comment before text', '<!-- c -->\nDen Haag, 30 september 2022'],
    ['markup later in the text', 'Zie de pagina <html> hierboven.'],
    ['a comment that never ends', `<!-- ${'- '.repeat(50_000)}`],
    ['white space before text', `${' '.repeat(100_000)}x`],
    ['a doctype of another kind', '<!DOCTYPE svg><svg></svg>'],
  ])('is false for %s', (_name, text) => expect(looksLikeHtml(text)).toBe(false));
});

describe('readInput', () => {
  it.each([
    ['the tweedekamer.nl template', true, TK_PAGE],
    ['a KOOP XHTML page', true, KOOP_XHTML],
    ['a letter', false, LETTER],
  ])('reads %s from standard input (as HTML: %s)', async (_name, isHtml, text) => {
    const read = await readInput('-', Readable.from([Buffer.from(text)]));
    expect(read).toMatchObject({ ok: true, isHtml });
  });
});
