import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/dom/extract';
import { findContainer } from '../../src/dom/page-context';
import { DOMS, loadDocument, readPage, squash } from './helpers';

/**
 * The fixture pages, the container a site file would pick, and what a reader must (and must not)
 * find in the extracted text. Strings are compared after `squash` (whitespace as the core sees it).
 */
const PAGES: {
  file: string;
  container: string[];
  skip?: string[];
  contains: string[];
  lines?: string[];
  absent: string[];
  headings: string[];
}[] = [
  {
    file: 'obk-kst-navo.html',
    container: ['#broodtekst', 'div.stuk'],
    skip: ['.note-close'],
    contains: [
      'Den Haag, 30 september 2022',
      'Oekraïne',
      'Kamerstuk 29 521, nr. 446',
      'BRIEF VAN DE MINISTER VAN DEFENSIE',
      'uitwerking.1 Alle bondgenoten',
      'Concreet gaat het om het Concept for the Deterrence',
      'het nieuwe Strategisch Concept',
    ],
    lines: [
      'Den Haag, 30 september 2022',
      'Oekraïne',
      'Afschrikking en verdediging',
      'Missies en operaties',
      'De Minister van Defensie,',
      'K.H. Ollongren',
    ],
    absent: [
      'Snelzoeken',
      'Authentieke versie downloaden',
      'Overheidsinformatie',
      'X Noot',
      'Aan deze digitale publicatie',
    ],
    headings: [
      '28 676 NAVO',
      'Nr. 409 BRIEF VAN DE MINISTER VAN DEFENSIE',
      'Oekraïne',
      'Afschrikking en verdediging',
      'Missies en operaties',
    ],
  },
  {
    file: 'tk-brief-navo.html',
    container: ['#document-html-modal .m-modal__content'],
    contains: [
      'Den Haag, 30 september 2022',
      'Oekraïne',
      'Kamerstuk 29 521, nr. 446',
      'uitwerking.1 Alle bondgenoten',
      'Noord-Atlantische Raad (NAR)',
    ],
    lines: [
      'Nr. 409',
      'BRIEF VAN DE MINISTER VAN DEFENSIE',
      'Den Haag, 30 september 2022',
      'Oekraïne',
      'K.H. Ollongren',
    ],
    absent: ['Open document', 'Indieners', 'Kruimelpad', 'Direct naar inhoud', 'Modal sluiten', 'Delen'],
    headings: ['Nr. 409\nBRIEF VAN DE MINISTER VAN DEFENSIE'],
  },
  {
    file: 'tk-kamervragen-answer.html',
    container: ['#document-html-modal .m-modal__content'],
    contains: [
      'Vragen van de leden Leijten en Van Nispen (beiden SP)',
      '(ontvangen 1 juli 2021)',
      'Aanhangsel Handelingen, vergaderjaar 2020–2021, nr. 2844',
      'weg te nemen.1',
      'in het debat2 en',
      'Het kabinet wil vooropstellen dat de regels zeker',
    ],
    lines: ['Vraag 1', 'Antwoord 1', 'voetlicht te brengen.'],
    absent: ['Open document', 'Download'],
    headings: ['Vraag 1', 'Antwoord 1'],
  },
  {
    file: 'tk-nieuws.html',
    container: ['main#main article'],
    contains: ['Kamer stemt over moties bij de begroting Defensie', '17 november 2022'],
    absent: ['Direct naar hoofdnavigatie', 'Zoekactie indienen', 'Den Haag,'],
    headings: [
      'Kamer stemt over moties bij de begroting Defensie',
      'Wat gebeurt er met een aangenomen motie?',
    ],
  },
  {
    file: 'h-tk-handelingen.html',
    container: ['#broodtekst'],
    contains: ['motie-Van der Lee (35925-III-30)', 'Kamerstuk 21501-20, nr. 1872', 'Stemmingen moties'],
    absent: ['Snelzoeken', 'Den Haag,'],
    headings: [
      'Stemmingen moties Vaststelling begrotingsstaten Ministerie van Binnenlandse Zaken en Koninkrijksrelaties 2022',
    ],
  },
  {
    file: 'stcrt-2013-10981.html',
    container: ['#broodtekst'],
    contains: ['Jan Arendsland 13', 'Staphorst'],
    absent: ['Den Haag,', 'Kamerstuk'],
    headings: [
      'Omgevingsvergunning ‘uitbreiden van een woning, Jan Arendsland 13’, Staphorst',
      'Voornemen',
      'Ter visie legging',
      'Zienswijzen',
    ],
  },
];

describe.each(DOMS)('fixture pages in %s', (dom) => {
  describe.each(PAGES)('$file', (page) => {
    const doc = loadDocument(readPage(page.file), dom);
    const container = findContainer(doc, page.container);
    const x = container ? extractText(container, { skip: page.skip }) : null;

    it('has the container a site would pick', () => {
      expect(container).not.toBeNull();
    });

    it("yields the letter's text", () => {
      const text = squash(x?.text ?? '');
      for (const s of page.contains) expect(text).toContain(s);
      for (const s of page.absent) expect(text).not.toContain(s);
    });

    it("keeps the letter's lines: head, section headings and signature stand alone", () => {
      const lines = (x?.text ?? '').split('\n').map(squash);
      for (const line of page.lines ?? []) expect(lines).toContain(line);
    });

    it('reports the HTML headings at their text', () => {
      expect(x?.headings.map((h) => x.text.slice(h.start, h.end).replace(/\u00a0/g, ' '))).toEqual(
        page.headings,
      );
    });
  });
});

describe('happy-dom and linkedom extract the same text', () => {
  it.each(PAGES)('$file', (page) => {
    const [a, b] = DOMS.map((dom) => {
      const container = findContainer(loadDocument(readPage(page.file), dom), page.container);
      return container ? extractText(container, { skip: page.skip }).text : null;
    });
    expect(a).not.toBeNull();
    expect(b).toBe(a);
  });
});
