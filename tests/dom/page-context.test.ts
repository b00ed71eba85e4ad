import { describe, expect, it } from 'vitest';
import { findContainer, readMeta } from '../../src/dom/page-context';
import { DOMS, loadDocument, loadFragment, readPage } from './helpers';

describe.each(DOMS)('readMeta in %s', (dom) => {
  it('reads the KOOP metadata of a Kamerstuk page, names lower-cased, first DC.type wins', () => {
    const meta = readMeta(loadDocument(readPage('obk-kst-navo.html'), dom));
    expect(meta['dc.identifier']).toBe('kst-28676-409');
    expect(meta['dc.type']).toBe('Kamerstuk');
    expect(meta['overheidop.dossiernummer']).toBe('28676');
    expect(meta['overheidop.ondernummer']).toBe('409');
    expect(meta['dcterms.issued']).toBe('2022-09-30');
    expect(meta['content-type']).toBeUndefined(); // http-equiv is not a name
  });

  it('reads the tweedekamer.nl dcterms tags', () => {
    const meta = readMeta(loadDocument(readPage('tk-brief-navo.html'), dom));
    expect(meta['dcterms.title']).toBe('NAVO');
    expect(meta['dcterms.identifier']).toBe(
      'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail',
    );
    expect(meta['generator']).toBe('Drupal 10 (https://www.drupal.org)');
  });

  it('reads the real Staatscourant page (a negative) as it is', () => {
    const meta = readMeta(loadDocument(readPage('stcrt-2013-10981.html'), dom));
    expect(meta['dc.identifier']).toBe('stcrt-2013-10981');
    expect(meta['overheidop.publicationname']).toBe('Staatscourant');
    expect(meta['dc.type']).toBe('omgevingsvergunning met planafwijking');
  });

  it('accepts property= tags and odd names without breaking', () => {
    const { doc } = loadFragment('', dom);
    for (const [attr, name, content] of [
      ['property', 'og:title', 'NAVO'],
      ['name', '__proto__', 'x'],
      ['name', '  DC.Title ', ' Brief '],
      ['name', 'empty', ''],
      ['name', 'nocontent', null],
    ] as const) {
      const m = doc.createElement('meta');
      m.setAttribute(attr, name);
      if (content !== null) m.setAttribute('content', content);
      doc.head.appendChild(m);
    }
    const meta = readMeta(doc);
    expect(meta['og:title']).toBe('NAVO');
    expect(meta['dc.title']).toBe('Brief');
    expect(meta['empty']).toBe('');
    expect('nocontent' in meta).toBe(false);
    expect(Object.getOwnPropertyDescriptor(meta, '__proto__')?.value).toBe('x');
  });
});

describe.each(DOMS)('findContainer in %s', (dom) => {
  it('takes the first selector that matches, skipping invalid ones', () => {
    const doc = loadDocument(readPage('obk-kst-navo.html'), dom);
    expect(findContainer(doc, ['[[bad', 'main.global-main', '#broodtekst', 'div.stuk'])?.id).toBe(
      'broodtekst',
    );
    expect(findContainer(doc, ['main.global-main'])).toBeNull();
    expect(findContainer(doc, [])).toBeNull();
  });

  it('finds the tweedekamer.nl document modal content', () => {
    const doc = loadDocument(readPage('tk-brief-navo.html'), dom);
    const el = findContainer(doc, ['#document-html-modal .m-modal__content']);
    expect(el?.querySelector('h2')?.textContent).toContain('Nr. 409');
  });
});
