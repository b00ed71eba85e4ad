import { FULL_MONTH_NAMES } from '../core/text/month-names';
import type { DocumentKind, OutlineKind } from '../core/types';
import { translate, type Language, type MessageKey } from './index';

const MONTHS: Record<Language, readonly string[]> = {
  nl: FULL_MONTH_NAMES,
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * An ISO date (`2025-11-12`, `2025-11`, `2025`) written out as a reader expects it:
 * `12 november 2025` in Dutch, `12 November 2025` in English. Fixed tables rather than `Intl`
 * so the output is the same in every browser and test. Anything else is returned unchanged.
 */
export function formatIsoDate(iso: string, lang: Language): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, year, month, day] = m;
  if (!month) return year ?? iso;
  const name = MONTHS[lang][Number(month) - 1];
  if (!name) return iso;
  if (!day) return `${name} ${year}`;
  const d = Number(day);
  if (d < 1 || d > 31) return iso;
  return `${d} ${name} ${year}`;
}

const KIND_KEYS: Record<DocumentKind, MessageKey> = {
  'brief regering': 'kindBriefRegering',
  brief: 'kindBrief',
  'antwoord schriftelijke vragen': 'kindAntwoord',
  verslag: 'kindVerslag',
  motie: 'kindMotie',
  amendement: 'kindAmendement',
  wetsvoorstel: 'kindWetsvoorstel',
  'memorie van toelichting': 'kindMvt',
  nota: 'kindNota',
  'lijst van vragen en antwoorden': 'kindLijstVragen',
  overig: 'kindOverig',
};

/** The document kind as a label in the interface language. */
export function documentKindLabel(kind: DocumentKind, lang: Language): string {
  const key = KIND_KEYS[kind];
  return key ? translate(lang, key) : kind;
}

const OUTLINE_KIND_KEYS: Partial<Record<OutlineKind, MessageKey>> = {
  question: 'outlineKindQuestion',
  answer: 'outlineKindAnswer',
  footnotes: 'outlineKindFootnotes',
  signature: 'outlineKindSignature',
};

/**
 * The label shown beside an outline entry of a special kind (question, answer, footnotes,
 * signature), or null for plain headings, which need none.
 */
export function outlineKindLabel(kind: OutlineKind, lang: Language): string | null {
  const key = OUTLINE_KIND_KEYS[kind];
  return key ? translate(lang, key) : null;
}

/**
 * An outline entry's title in the interface language, where the core made it (the footnote blocks it names
 * `Voetnoot 1`, `Voetnoten 1–3`, `Noten`); every other title is the paper's own text and stays as written.
 */
export function outlineTitle(kind: OutlineKind, title: string, lang: Language): string {
  if (kind !== 'footnotes' || lang === 'nl') return title;
  const one = /^Voetnoot (\S+)$/.exec(title);
  if (one) return `Footnote ${one[1]}`;
  const range = /^Voetnoten (\S+)–(\S+)$/.exec(title);
  if (range) return `Footnotes ${range[1]}–${range[2]}`;
  return title === 'Noten' ? 'Notes' : title;
}
