import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EMPTY_DOCUMENT, type Detection, type DocumentParts } from '../../../src/core/detect/detect';
import { buildOutline } from '../../../src/core/outline/outline';
import { normalizeText } from '../../../src/core/text/normalize';
import type { OutlineEntry, PageContext } from '../../../src/core/types';

const FIXTURES = resolve(__dirname, '../../fixtures');

/** A fixture letter without its `URL:` line and the blank line after it. */
export function letter(name: string): string {
  const raw = readFileSync(resolve(FIXTURES, 'letters/letters', name), 'utf8');
  return raw.startsWith('URL:') ? raw.split('\n').slice(2).join('\n') : raw;
}

export function navo(): string {
  return readFileSync(resolve(FIXTURES, 'navo-defensieministers-2022-09-30.txt'), 'utf8');
}

/** A Detection built by hand: the outline must work without the detector's parts. */
export function detection(parts: Partial<DocumentParts> = {}): Detection {
  return {
    isParliamentary: true,
    document: { ...EMPTY_DOCUMENT },
    parts: { header: null, dateLine: null, signature: null, ...parts },
  };
}

export function outlineOf(text: string, parts?: Partial<DocumentParts>, page?: PageContext): OutlineEntry[] {
  return buildOutline(normalizeText(text), detection(parts), page);
}

export function titles(entries: OutlineEntry[], kind?: OutlineEntry['kind']): string[] {
  return entries.filter((e) => kind === undefined || e.kind === kind).map((e) => e.title);
}
