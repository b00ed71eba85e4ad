/**
 * Do two long forms of one short form name the same thing? A letter's own wording of a glossary name
 * (`Audit Dienst Rijk` for `Auditdienst Rijk`, `Navo Defensie Planningsproces` for `NATO Defence Planning
 * Process`) shares a word stem with it, also across Dutch and English, whose cognates start alike
 * (`defensie`/`defence`, `geharmoniseerde`/`Harmonised` inside). A short form the letter gives another
 * meaning shares none: `Delta Rhine Corridor (DRC)` is not the Democratische Republiek Congo (113),
 * `Inclusive Framework (IF)` not the Infrastructuurfonds (288), `administratieve organisatie (AO)` not the
 * algemeen overleg (80). Then the glossary's explanation would describe another thing.
 */

/** How many first letters two words must share to count as one stem. */
const STEM = 4;

/** The stems of a long form's words of STEM letters or more, folded (no case, no diacritics). */
function stems(longForm: string): Set<string> {
  const out = new Set<string>();
  const folded = longForm.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length >= STEM) out.add(word.slice(0, STEM));
  }
  return out;
}

/** Does some word of `a` start as some word of `b`, or as a part inside it (`consumentenprijsindex`)? */
export function nameTheSameThing(a: string, b: string): boolean {
  const sa = stems(a);
  const sb = stems(b);
  for (const s of sa) if (sb.has(s)) return true;
  // A compound holds the other's word inside: `geharmoniseerde` and `Harmonised`, `Materieelproces` and `Proces`.
  const fa = a.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const fb = b.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const s of sa) if (fb.includes(s)) return true;
  for (const s of sb) if (fa.includes(s)) return true;
  return false;
}
