import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { siteForUrl } from '../../src/sites';
import { officieleBekendmakingen } from '../../src/sites/officielebekendmakingen';
import { officieleBekendmakingenUrls as urls } from './officielebekendmakingen.urls';

const REFERENCE = 'tests/fixtures/reference/officielebekendmakingen/';
const classify = (url: string) => officieleBekendmakingen.classifyUrl(new URL(url));

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('officielebekendmakingen URLs', () => {
  it('keeps enough examples beside its test', () => {
    expect(urls.paper.length + urls.notPaper.length).toBeGreaterThanOrEqual(15);
  });

  it.each(urls.paper)('$url is a paper', ({ url, dossier, number, kind }) => {
    expect(siteForUrl(url)).toBe(officieleBekendmakingen);
    const verdict = classify(url);
    expect(verdict.verdict).toBe('paper');
    expect(verdict.dossier).toBe(dossier);
    expect(verdict.number).toBe(number);
    expect(verdict.kind).toBe(kind);
  });

  it.each(urls.notPaper)('%s is not a paper', (url) => {
    expect(siteForUrl(url)).toBe(officieleBekendmakingen);
    expect(classify(url).verdict).toBe('not-paper');
  });

  it.each(urls.unknown)('%s leaves it to the text', (url) => {
    expect(classify(url).verdict).toBe('unknown');
  });

  it('names the publication id it found', () => {
    expect(classify('https://zoek.officielebekendmakingen.nl/behandelddossier/kst-29279-331.html').id).toBe(
      'kst-29279-331',
    );
  });
});

describe('officielebekendmakingen page structure', () => {
  it.each(['wetsuite_stb-2014-296.html', 'wetsuite_stcrt-2013-10981.html', 'wetsuite_gmb-2017-100007.html'])(
    'finds the text container of the real page %s',
    (file) => {
      const doc = parse(readFileSync(REFERENCE + file, 'utf8'));
      const container = officieleBekendmakingen.containerSelectors
        .map((s) => doc.querySelector(s))
        .find((el) => el !== null);
      expect(container?.textContent?.trim().length).toBeGreaterThan(200);
    },
  );

  it('reads soort, title and id from Kamerstuk metadata (names as in the real kst-34104-439 XML)', () => {
    const doc = parse(`<html><head>
      <meta name="DC.identifier" scheme="OVERHEIDop.ParlID" content="kst-34104-439"/>
      <meta name="DC.type" scheme="OVERHEID.Informatietype" content="officiële publicatie"/>
      <meta name="DC.type" scheme="OVERHEIDop.KamerstukTypen" content="Motie"/>
      <meta name="OVERHEIDop.documenttitel" content="Motie van het lid Rikkers-Oosterkamp over afspraken over een regionaal budget"/>
      <meta name="OVERHEIDop.dossiertitel" content="Langdurige zorg"/>
      </head><body><div id="broodtekst"><p>Nr. 439</p></div></body></html>`);
    expect(officieleBekendmakingen.readFacts(doc)).toEqual({
      soort: 'Motie',
      title: 'Motie van het lid Rikkers-Oosterkamp over afspraken over een regionaal budget',
      nummer: '34104-439',
      dossierLine: '34104 Langdurige zorg',
    });
  });

  it('gives no paper facts for a Staatsblad page', () => {
    const doc = parse(readFileSync(REFERENCE + 'wetsuite_stb-2014-296.html', 'utf8'));
    const facts = officieleBekendmakingen.readFacts(doc);
    expect(facts.soort).toBeUndefined();
    expect(facts.nummer).toBeUndefined();
  });
});
