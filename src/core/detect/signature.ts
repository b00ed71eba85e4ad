import type { Span } from '../types';
import { linesOf } from './lines';

/**
 * The signature block at a paper's end (`De Minister van Defensie,\nK.H. Ollongren`): the office that signs, and
 * whether someone else signs too.
 */

export interface Signature {
  /** The first office in the closing block, without its comma: `De Minister van Defensie`. */
  sender: string;
  /** From the first office line to the end of the last name line, normalized offsets. */
  span: Span;
}

/** An office line of a signature: `De Minister van Defensie,` / `de staatssecretaris van Financiën,`. */
const OFFICE_LINE =
  /^((?:De|de|Het|het) (?:Minister-President|Minister|Staatssecretaris|Ministers|Staatssecretarissen|minister-president|minister|staatssecretaris|ministers|staatssecretarissen)\b[^.;:!?]{0,160}?),?$/;

/** The signer's name: initials and surname (`K.H. Ollongren`, `mr. drs. F.M. Weerwind`, `Hugo de Jonge`). */
const NAME_LINE =
  /^(?:(?:mr|drs|dr|ir|prof|ing|ds)\.\s?)*(?:[A-Z][a-z]?\.\s?){0,6}(?:[a-z]{1,3}\s)*[A-Z][\p{L}'’-]+(?:\s(?:[a-z]{1,3}|[A-Z][\p{L}'’-]+)){0,5}$/u;

/** Signature blocks are at the end; footnotes may follow them in PDF text. */
export const TAIL_LENGTH = 4000;

/**
 * The closing signature block of `text` (normalized), or null. Only the text's tail is read. The
 * office line must be followed by a name line, so a `De Minister van …,` opening a regulation
 * (`Gelet op …` follows) never counts.
 */
export function findSignature(text: string): Signature | null {
  const lines = linesOf(text, Math.max(0, text.length - TAIL_LENGTH), text.length).filter(
    (l) => l.text !== '',
  );
  let block: { first: number; last: number; sender: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as (typeof lines)[number];
    let office: string | null = null;
    let nameEnd = -1;
    const m = OFFICE_LINE.exec(line.text);
    const next = lines[i + 1];
    // Signatures end the office with a comma; without one, only initials make the next line a name.
    if (m && next && isName(next.text) && (line.text.endsWith(',') || /[A-Z]\./.test(next.text))) {
      office = m[1] as string;
      nameEnd = next.end;
    } else {
      // One-line form: `De Minister van Defensie, K.H. Ollongren`.
      const comma = line.text.lastIndexOf(', ');
      const o = comma > 0 ? OFFICE_LINE.exec(line.text.slice(0, comma)) : null;
      // The name opens with a capital: `de Ministers van Buitenlandse Zaken, van Defensie, van Justitie en Veiligheid
      // en de` in the head of answers (1597) lists offices, it signs nothing.
      const name = line.text.slice(comma + 2);
      if (o && /^\p{Lu}/u.test(name) && isName(name)) {
        office = o[1] as string;
        nameEnd = line.end;
      }
    }
    if (office === null) continue;
    // Offices signing together follow each other directly; a gap starts a new block.
    if (block && line.start - block.last <= 6) block.last = nameEnd;
    else block = { first: line.start, last: nameEnd, sender: office.trim() };
  }
  return block ? { sender: block.sender, span: { start: block.first, end: block.last } } : null;
}

export function isName(s: string): boolean {
  return s.length <= 60 && NAME_LINE.test(s);
}

/**
 * A closing line of a signer outside the cabinet (`Algemene Rekenkamer,`, `De voorzitter van de vaste
 * commissie …,`, `De Nationale ombudsman,`), which `findSignature` does not take: a letter without kind
 * line that ends so is no cabinet letter. Only the text's tail is read.
 */
export function hasOtherSigner(text: string): boolean {
  const tail = text.length > TAIL_LENGTH ? text.slice(text.length - TAIL_LENGTH) : text;
  return OTHER_SIGNER.test(tail);
}

const OTHER_SIGNER =
  /^(?:De |de )?(?:Algemene Rekenkamer|(?:voorzitter|griffier|president|vice-president)\b[^\n.]{0,100}|Nationale ombudsman|Kinderombudsman|Kiesraad|Raad van State)(?:,|\s*$)/m;
