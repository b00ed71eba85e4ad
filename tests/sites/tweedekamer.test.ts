import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { siteForUrl } from '../../src/sites';
import { tweedeKamer } from '../../src/sites/tweedekamer';
import { tweedeKamerUrls as urls } from './tweedekamer.urls';

const MOTION_PAGE = 'tests/fixtures/reference/tweedekamer.nl/motiematcher_76d62b3_temp_motion_page.html';
const classify = (url: string) => tweedeKamer.classifyUrl(new URL(url));

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('tweedekamer URLs', () => {
  it('keeps enough examples beside its test', () => {
    expect(urls.paper.length + urls.notPaper.length).toBeGreaterThanOrEqual(15);
  });

  it.each(urls.paper)('$url is a paper', ({ url, kind, id }) => {
    expect(siteForUrl(url)).toBe(tweedeKamer);
    const verdict = classify(url);
    expect(verdict.verdict).toBe('paper');
    expect(verdict.kind).toBe(kind);
    expect(verdict.id).toBe(id);
  });

  it.each(urls.notPaper)('%s is not a paper', (url) => {
    expect(siteForUrl(url)).toBe(tweedeKamer);
    expect(classify(url).verdict).toBe('not-paper');
  });

  it.each(urls.unknown)('%s leaves it to the text', (url) => {
    expect(classify(url).verdict).toBe('unknown');
  });
});

describe('tweedekamer page structure (real motion page)', () => {
  const doc = parse(readFileSync(MOTION_PAGE, 'utf8'));

  it('reads soort, subject, dossier line, number and date from the page chrome', () => {
    expect(tweedeKamer.readFacts(doc)).toEqual({
      soort: 'Motie',
      title:
        'Motie van het lid Van Houwelingen over uitspreken dat voor veel leerlingen met een beperking het speciaal onderwijs passend onderwijs is',
      dossierLine: '31 497 Passend onderwijs',
      nummer: '31497-504',
      date: '2 juli 2025',
    });
  });

  it('finds the paper text in the modal, and the button that opens it', () => {
    const container = doc.querySelector(tweedeKamer.containerSelectors[0] as string);
    expect(container?.textContent).toContain('MOTIE VAN HET LID VAN HOUWELINGEN');
    expect(container?.textContent).toContain('en gaat over tot de orde van de dag.');
    expect(doc.querySelector(tweedeKamer.modal?.root as string)).not.toBeNull();
    expect(doc.querySelector(tweedeKamer.modal?.openButton as string)?.textContent?.trim()).toBe(
      'Open document',
    );
  });

  it('gives empty facts, not an error, on a page without the template', () => {
    expect(tweedeKamer.readFacts(parse('<html><body><h1>Nieuws</h1></body></html>'))).toEqual({
      title: 'Nieuws',
    });
  });
});
