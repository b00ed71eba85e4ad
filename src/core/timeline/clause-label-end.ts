import { NO_LAST_WORDS } from './function-words';
import { comparisonStart, isClauseMarkAt, isLoose } from './label-chars';
import { readableEnd } from './readable-end';

/**
 * Where a label that ends where its clause or its sentence ends (not cut to size) ends: before a last word that lost
 * its object or its clause (`…over de`, `…, dat`), for each of a label's two parts.
 */

/**
 * Words no clause ends on, cut or not: articles, conjunctions, `te`, and prepositions that are no particle of a
 * verb and, left at the end, become another word (`met` → `mee`, `tot` → `toe`). A label that ends its clause or
 * sentence on one lost what followed it: a date taken out (`…vergelijkbaar is met vorig jaar`, 215; `…de
 * kabinetsreacties van februari en december vorig jaar`, 1246), or a sentence broken off in the page
 * (`…opmerkingen van de NVB over de`, 1426). `over`, `op`, `aan`, `uit`, `door` and the like are not among them:
 * they end many a clause as a verb's particle (`bied ik u … aan`, `loopt nog door`) or a stranded preposition
 * (`hebben hier nog enkele vragen over`, 241).
 */
const NO_CLAUSE_END: ReadonlySet<string> = new Set(
  "de een 't en of te met tot per inzake betreffende omtrent aangaande zowel alsmede zoals omdat zodat indien nadat voordat teneinde".split(
    ' ',
  ),
);
/**
 * Prepositions that are no particle of a verb before a colon, which then opens their object: `De vaste
 * commissie voor Binnenlandse Zaken heeft op 8 juni 2020 overleg gevoerd over:` (123).
 */
const BEFORE_COLON: ReadonlySet<string> = new Set(['over', 'van', 'naar', 'tussen']);

/** The length of the longest word `clauseLabelEnd` looks for: `betreffende`. */
const LONGEST_NO_END = 11;

/**
 * A relative pronoun or conjunction that opens a clause after a comma: the label `…heeft de Kamer ook het
 * Ontwerpakkoord Duurzame Luchtvaart ontvangen, dat` (2796, `dat op 21 februari 2019 (…) is vastgesteld`) kept
 * only the first word of its relative clause.
 */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['die', 'dat', 'welke', 'wat']);
/** Words before a stranded `om` (`daar gaat het om`, `waar het hier om gaat`). */
const BEFORE_STRANDED_OM: ReadonlySet<string> = new Set(['het', 'er', 'daar', 'hier', 'waar']);

/**
 * Is the `om` that starts at `at` in s[from, …) a stranded preposition (`het gaat er niet om`): one of
 * BEFORE_STRANDED_OM among the three words before it? Otherwise it opens an infinitive with `te` that was cut
 * off: `Op dinsdag 5 oktober jl. heeft de Tweede Kamer mij verzocht om, samen met …, te onderzoeken` (84),
 * `Tevens heb ik uw Kamer in het AO Visserij toegezegd om – …` (2383).
 */
function strandedOm(s: string, from: number, at: number): boolean {
  let end = at - 1;
  for (let n = 0; n < 3 && end > from; n++) {
    const start = Math.max(from, s.lastIndexOf(' ', end - 1) + 1);
    if (BEFORE_STRANDED_OM.has(s.slice(start, end).toLowerCase())) return true;
    end = start - 1;
  }
  return false;
}

/**
 * Where a label that ends at s[…, end) where its clause or its sentence ends (not cut to size) should end: before
 * the word it ends on when that lost its object (NO_CLAUSE_END; `het` after a preposition, an article or a
 * conjunction, where it is no pronoun; `om` but a stranded one, see `strandedOm`; a relative pronoun after a comma,
 * RELATIVE_PRONOUNS; one of BEFORE_COLON when the clause ends at a colon), and then by the
 * rules of a cut label (`readableEnd`): `…opmerkingen van de NVB over de` (1426) ends `…opmerkingen van de
 * NVB`, `…asielinstroom in de eerste en` (697) `…asielinstroom`. s[from, end) is a stretch whose white space is
 * single spaces; loose marks at its end are passed over. `end` when nothing lost its object; `from` when nothing
 * is left.
 */
export function clauseLabelEnd(s: string, from: number, end: number, beforeColon: boolean): number {
  let e = end;
  while (e > from && isLoose(s.charCodeAt(e - 1))) e--;
  if (e === from) return end;
  const start = Math.max(from, s.lastIndexOf(' ', e - 1) + 1);
  // Most labels end on a longer word than any of these (`betreffende`): no string is made for it.
  if (e - start > LONGEST_NO_END) return end;
  const word = s.slice(start, e).toLowerCase();
  let dangles = NO_CLAUSE_END.has(word) || (beforeColon && BEFORE_COLON.has(word));
  if (!dangles && start > from) {
    if (word === 'het') {
      const previous = s.slice(Math.max(from, s.lastIndexOf(' ', start - 2) + 1), start - 1);
      dangles = NO_LAST_WORDS.has(previous.toLowerCase());
    } else if (word === 'om') {
      dangles = !strandedOm(s, from, start);
    } else if (RELATIVE_PRONOUNS.has(word)) {
      dangles = start - from >= 2 && s.charCodeAt(start - 2) === 0x2c;
    }
  }
  if (!dangles) return end;
  return from + readableEnd(s.slice(from, e), e - from, -1);
}

/**
 * The ends of a label's two parts by their clause (see `clauseLabelEnd`): `after`, a[aA, aB), at its clause's end;
 * where nothing is left of it, or a clause mark opens it (the date ended its clause), `before`, b[bA, bB), too,
 * without a comparison's `dan`/`als` whose other term was the date (`comparisonStart`). The parts may lie in one
 * text (`plainLabel`, on offsets) or in two strings (`clauseLabel`). Returns the new ends of `before` and `after`.
 */
export function clauseLabelEnds(
  b: string,
  bA: number,
  bB: number,
  a: string,
  aA: number,
  aB: number,
  colon: boolean,
): [before: number, after: number] {
  let end = aB;
  if (!allLoose(a, aA, end)) end = clauseLabelEnd(a, aA, end, colon);
  const before =
    allLoose(a, aA, end) || isClauseMarkAt(a, aA)
      ? clauseLabelEnd(b, bA, comparisonStart(b, bA, bB), false)
      : bB;
  return [before, end];
}

/** Is s[from, to) loose characters only (or empty)? */
function allLoose(s: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isLoose(s.charCodeAt(k))) k++;
  return k === to;
}
