/**
 * The signature block: the signer's function, then the name.
 *
 * Two shapes occur (NAVO fixture; fixture letters 08 and 15):
 *   `De Minister van Defensie,` + next line `K.H. Ollongren`
 *   `De Minister-President, Minister van Algemene Zaken, M. Rutte` (one line)
 *   `De fungerend voorzitter van de commissie, Postma` (a verslag, signed at its top)
 * Several signers in a row (`De Minister …,` / name / `De Staatssecretaris …,` / name) form one block.
 */
import type { Span } from '../types';
import { type Line, MAX_RULE_LINE, nextNonBlank } from './lines';
import { shorten } from './titles';

export interface SignatureBlock {
  /** Normalized offset of the block's first character. */
  start: number;
  /** Normalized offset past the block's last line. */
  end: number;
  /** `De Minister van Defensie`; several signers joined with ` / `. */
  title: string;
  /** Indices of the lines the block covers (no other rule may use them). */
  lineIndices: number[];
}

/**
 * The clerk may be a deputy: `De adjunct-griffier van de commissie, Hendrickx` (1091); a committee's chair and
 * clerk may sign without article: `Voorzitter van de commissie, P. de Groot` / `Adjunct-griffier van de commissie,
 * Koerselman` (2045).
 */
const SIGNER =
  /^(?:(?:De|Het)\s+(?:\p{Ll}+\s+)?(?:\p{Ll}+-)?(?:Minister|Staatssecretaris|Minister-President|Vicepremier|Voorzitter|voorzitter|griffier|Griffier|minister|staatssecretaris|Secretaris|secretaris)\b|(?:Adjunct-griffier|Griffier|Voorzitter)\s+van\s)/u;

/** Lower-case words allowed in a name: particles and titles (`mr. drs. A.B. van der Berg`). */
const NAME_PARTICLES = new Set(
  "van de der den het ter ten te 't la le du da di von en mr. dr. drs. ir. ing. prof. mw. dhr.".split(' '),
);

/** A personal name: 1–8 words, each capitalised, an initial, a particle or a title. */
export function isNameLike(text: string): boolean {
  if (text.length === 0 || text.length > 60) return false;
  if (/[,:;?!]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 8) return false;
  let capitalised = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) capitalised++;
    else if (!NAME_PARTICLES.has(w)) return false;
  }
  return capitalised > 0;
}

interface Signer {
  func: string;
  /** Index of the last line the signer uses (the name line for the two-line shape). */
  lastIndex: number;
}

/** The signer that starts at `line`, or null. */
function signerAt(lines: readonly Line[], line: Line): Signer | null {
  const t = line.text;
  if (t.length > MAX_RULE_LINE / 2 || !SIGNER.test(t)) return null;
  if (t.endsWith(',')) {
    const name = nextNonBlank(lines, line.index);
    if (!name || name.index - line.index > 2 || !isNameLike(name.text)) return null;
    return { func: t.slice(0, -1).trim(), lastIndex: name.index };
  }
  const comma = t.lastIndexOf(',');
  if (comma > 0 && isNameLike(t.slice(comma + 1).trim())) {
    return { func: t.slice(0, comma).trim(), lastIndex: line.index };
  }
  return null;
}

/** Signature blocks among lines `from…` (the body). */
export function findSignatures(lines: readonly Line[], from: number): SignatureBlock[] {
  const blocks: SignatureBlock[] = [];
  let current: SignatureBlock | null = null;
  let lastIndex = -1;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    const signer = signerAt(lines, line);
    if (!signer) continue;
    const covered: number[] = [];
    for (let k = line.index; k <= signer.lastIndex; k++) covered.push(k);
    const lastLine = lines[signer.lastIndex] as Line;
    // Co-signers follow within two blank lines of the previous signer.
    if (current && line.index - lastIndex <= 3) {
      current.title = `${current.title} / ${signer.func}`;
      current.end = lastLine.end;
      current.lineIndices.push(...covered);
    } else {
      current = { start: line.contentStart, end: lastLine.end, title: signer.func, lineIndices: covered };
      blocks.push(current);
    }
    lastIndex = signer.lastIndex;
    i = signer.lastIndex;
  }
  for (const b of blocks) b.title = shorten(b.title);
  return blocks;
}

/** The title for a signature span that detection found: the signer's function of its first line. */
export function signatureTitle(lines: readonly Line[], span: Span): string {
  const first = lines.find((l) => l.end > span.start && l.text !== '');
  if (!first) return 'Ondertekening';
  const signer = signerAt(lines, first);
  return shorten(signer ? signer.func : first.text.replace(/,$/, '')) || 'Ondertekening';
}
