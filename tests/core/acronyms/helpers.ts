import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findAcronyms, type FindAcronymsOptions } from '../../../src/core/acronyms';
import { normalizeText } from '../../../src/core/text/normalize';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A corpus letter without its `URL:` line and the blank line after it. */
export function readLetter(path: string): string {
  const raw = readFileSync(path, 'utf8');
  return raw.startsWith('URL:') ? raw.split('\n').slice(2).join('\n') : raw;
}

/** Acronyms of a text as `abbr → expansion`, for compact assertions. */
export function meanings(text: string, options?: FindAcronymsOptions): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const a of findAcronyms(normalizeText(text), options)) out[a.abbr] = a.expansion;
  return out;
}

export function abbrs(text: string, options?: FindAcronymsOptions): string[] {
  return findAcronyms(normalizeText(text), options).map((a) => a.abbr);
}

/** A candidate for the definition finder's tests: any token with two capitals. */
export const anyCaps = (sf: string) => sf.replace(/[^\p{Lu}]/gu, '').length >= 2;
