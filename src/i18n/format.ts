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
  const parts = isoParts(iso, lang);
  return parts ? written(parts) : iso;
}

/** The parts of an ISO date as `formatIsoDate` writes them: the month's name, the day without a leading 0. */
interface IsoParts {
  year: string;
  month: string | null;
  day: number | null;
}

/** `12 november 2025`, `november 2025` or `2025`. */
function written({ year, month, day }: IsoParts): string {
  if (month === null) return year;
  return day === null ? `${month} ${year}` : `${day} ${month} ${year}`;
}

/** The parts of an ISO date (see `IsoParts`), or null when it is none. */
function isoParts(iso: string, lang: Language): IsoParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return null;
  const [, year = '', month, day] = m;
  if (!month) return { year, month: null, day: null };
  const name = MONTHS[lang][Number(month) - 1];
  if (!name) return null;
  if (!day) return { year, month: name, day: null };
  const d = Number(day);
  return d < 1 || d > 31 ? null : { year, month: name, day: d };
}

/**
 * A range of two ISO dates as a reader writes it, the month and year they share written once: `29–30 juni 2022`,
 * `29 juni – 3 juli 2022`, `juli – augustus 2018`, `2017–2022`; two of different precision or years each in full,
 * `29 december 2022 – 2 januari 2023`. Between two numbers the dash has no spaces, between words it has. With `word`
 * (`tot`, `to`: the popover says a range in words, as a screen reader reads it) the two are joined by it instead:
 * `12 tot 13 oktober 2022`. A range of one date is that date.
 */
export function formatIsoRange(iso: string, endIso: string, lang: Language, word?: string): string {
  if (iso === endIso) return formatIsoDate(iso, lang);
  const a = isoParts(iso, lang);
  const b = isoParts(endIso, lang);
  const join = (first: string, last: string, numbers: boolean): string =>
    word !== undefined
      ? `${first} ${word} ${last}`
      : numbers
        ? `${first}\u2013${last}`
        : `${first} \u2013 ${last}`;
  // Of different precision (`juni 2022` to `3 juli 2022`) or years: each in full.
  const whole = join(a ? written(a) : iso, b ? written(b) : endIso, false);
  if (!a || !b) return whole;
  if (a.month === null || b.month === null) return a.month === b.month ? join(a.year, b.year, true) : whole;
  if (a.year !== b.year || (a.day === null) !== (b.day === null)) return whole;
  if (a.day === null || b.day === null) return `${join(a.month, b.month, false)} ${a.year}`;
  if (a.month === b.month) return `${join(String(a.day), String(b.day), true)} ${a.month} ${a.year}`;
  return `${join(`${a.day} ${a.month}`, `${b.day} ${b.month}`, false)} ${a.year}`;
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
