import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A fixture letter without its `URL: …` line and the blank line after it. */
export function readLetter(name: string): string {
  return readFileSync(`${FIXTURES}letters/letters/${name}`, 'utf8').split('\n').slice(2).join('\n');
}

export function readNavoLetter(): string {
  return readFileSync(`${FIXTURES}navo-defensieministers-2022-09-30.txt`, 'utf8');
}
