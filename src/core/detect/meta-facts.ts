import type { DocumentKind } from '../types';
import { kindFromSoort } from './kind';
import { NOT_PAPER_SERIES, PAPER_SERIES, normalizeDossier, parsePublicationId } from './publication-id';

/**
 * What a page's `<meta>` tags say (names lower-cased by the DOM layer). KOOP pages carry the
 * `metadata.xml` names (`dcterms.identifier` `kst-34851-4`, `overheidop.dossiernummer`, …);
 * tweedekamer.nl's `dcterms.identifier` is a URL and its `dcterms.title` the DOSSIER title, so
 * neither is read as the paper's own.
 */
export interface MetaFacts {
  verdict: 'paper' | 'not-paper' | 'unknown';
  kind: DocumentKind | null;
  dossier: string | null;
  number: string | null;
  title: string | null;
  dossierTitle: string | null;
  indiener: string | null;
}

/** Publication names (`OVERHEIDop.publicationName`, `DC.type`) of papers and of other publications. */
const PAPER_PUBLICATION = /^(kamerstuk(ken)?|kamervragen|aanhangsel( van de)? handelingen)\b/i;
const OTHER_PUBLICATION =
  /^(handelingen|staatscourant|staatsblad|gemeenteblad|provinciaal blad|waterschapsblad|tractatenblad|blad gemeenschappelijke regeling)\b/i;

export function readMetaFacts(meta: Record<string, string> | undefined): MetaFacts {
  const get = (name: string): string | null => {
    const v = meta && Object.prototype.hasOwnProperty.call(meta, name) ? meta[name] : undefined;
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  };
  const facts: MetaFacts = {
    verdict: 'unknown',
    kind: null,
    dossier: null,
    number: null,
    title: null,
    dossierTitle: get('overheidop.dossiertitel'),
    indiener: get('overheidop.indiener'),
  };
  if (!meta) return facts;

  const id = parsePublicationId(get('dcterms.identifier') ?? get('dc.identifier') ?? '');
  const publication = get('overheidop.publicationname') ?? '';
  const type = get('dc.type') ?? get('dcterms.type') ?? '';
  if (id && NOT_PAPER_SERIES.has(id.series)) facts.verdict = 'not-paper';
  else if (id && PAPER_SERIES.has(id.series)) facts.verdict = 'paper';
  else if (OTHER_PUBLICATION.test(publication) || OTHER_PUBLICATION.test(type)) facts.verdict = 'not-paper';
  else if (PAPER_PUBLICATION.test(publication) || PAPER_PUBLICATION.test(type)) facts.verdict = 'paper';

  if (id?.series === 'ah' || id?.series === 'kv') facts.kind = 'antwoord schriftelijke vragen';
  // `DC.type` of scheme KamerstukTypen is the soort (`Motie`); the general `Kamerstuk` says nothing.
  else if (type && !/^kamerstuk$/i.test(type)) facts.kind = kindFromSoort(type);

  const dossierRaw = get('overheidop.dossiernummer');
  facts.dossier = id?.series === 'kst' ? id.dossier : dossierRaw ? dossierOf(dossierRaw) : null;
  facts.number = id?.series === 'kst' ? id.number : get('overheidop.ondernummer');

  const documentTitle = get('overheidop.documenttitel');
  const dcTitle = get('dc.title');
  // KOOP's DC.title is `<dossier title>; <soort>; <document title>`.
  facts.title = documentTitle ?? (dcTitle ? (dcTitle.split('; ').pop() as string).trim() : null);
  return facts;
}

/** `34104`, `36200 X`, `36200-X` → canonical; anything else as given without spaces. */
function dossierOf(raw: string): string {
  return normalizeDossier(raw) ?? raw.trim().replace(/\s+/g, '-');
}
