import { isDigit, isLower, isUpper, isWhiteSpace, onlyWhiteSpaceFrom } from '../text/chars';
import type { NormalizedText } from '../text/normalize';
import type { AcronymFinding, AcronymSource, Span } from '../types';
import { bracketedShortForms, standardNameDefined, type BracketedShortForms } from './bracketed-short-forms';
import { builtinGlossary } from './builtin-glossary';
import { findFirstDefinitions } from './definitions';
import { sameWords } from './definitions/partly-spelled-names';
import { definitionInGuillemets } from './definitions/without-brackets';
import {
  capitalizedLower,
  fewCapitalSpellings,
  hintFinder,
  rankMeanings,
  type Glossary,
  type GlossaryCategory,
  type GlossaryEntry,
  type HintFinder,
} from './glossary';
import { capitalsAndLowerCase, knownAbbreviations, openingName } from './known';
import {
  withDottedSpellings,
  withEditionSiblings,
  withPlusDefinitions,
  withSpacedDefinitions,
  withSpacedSpellings,
  withStarJoins,
  withTextOnlyDefinitions,
} from './other-spellings';
import { nameTheSameThing, sameButInflection } from './related-names';
import { spelledOutBefore } from './spelled-out';
import { findAcronymTokens, type TokenHit } from './tokens';
import { isPlainRomanNumeral } from './acronym-shapes';
import { mergedGlossary, type UserGlossaryEntry } from './user-glossary';
import { outsideWebAddresses } from './web-addresses';

export type { Glossary, GlossaryEntry, GlossaryCategory } from './glossary';
export { createGlossary, loadGlossary } from './glossary';
export type { UserGlossaryEntry } from './user-glossary';
/** Re-exported for the tests that hold it to the pattern-based count it replaced. */
export { capitalsAndLowerCase };

export interface AcronymMeaning {
  expansion: string;
  explanation?: string;
  category?: GlossaryCategory;
  source: AcronymSource;
}

/** An acronym finding with what the reader shows beside the contract fields. */
export interface AcronymDetail extends AcronymFinding {
  /** One line of Dutch about what it is, from the glossary. */
  explanation?: string;
  category?: GlossaryCategory;
  /** Language of the expansion (`nl`, `en`). */
  lang?: string;
  /** Where the letter defines it (the long form), original offsets. */
  definition?: Span;
  /** The glossary's standard expansion when the letter's own differs (`NDPP`: NATO Defence Planning Process). */
  standardExpansion?: string;
  /** Other meanings of an ambiguous abbreviation, most likely first. */
  alternatives?: AcronymMeaning[];
}

export interface FindAcronymsOptions {
  /** The built-in glossary to use (default: the bundled one; tests pass their own). */
  glossary?: Glossary;
  /** The reader's own entries: they override built-in meanings; disabled ones hide the abbreviation. */
  userGlossary?: readonly UserGlossaryEntry[];
  /** The letter's day (ISO): a meaning that was not in use then yields to one that was. */
  day?: string;
}

/**
 * A short form that the text ends with, nothing but white space after it, may be a word cut off by the text's
 * end: a two-letter lower-case one (`… die op 23 juni wo`, an excerpt of `wordt`: 529, 646; `ov`, `vo`: 236, 323)
 * or capitals that begin a known short form (see `cutKnownShortForm`): no acronym. A whole page never ends inside
 * a sentence; a reader's excerpt or a page still loading may.
 */
function cutOffAtTheEnd(
  s: string,
  hit: { abbr: string; end: number },
  glossary: Glossary,
  defined: ReadonlyMap<string, unknown>,
  hits: readonly TokenHit[],
): boolean {
  if (!onlyWhiteSpaceFrom(s, hit.end)) return false;
  const first = hit.abbr.charCodeAt(0);
  // Two letters: the start of so many words (`wordt`, `voor`, `over`) that a cut one is likelier than the sector.
  if (hit.abbr.length === 2 && first >= 97 && first <= 122 && hit.abbr === hit.abbr.toLowerCase())
    return true;
  return cutKnownShortForm(hit.abbr, glossary, defined, hits);
}

/**
 * Capitals that no source explains but that begin a known short form: `… aanwezig bij de NVW` ending an excerpt
 * (1934) is the `NVWA` cut off, and `… bij het LMI` after `Landelijk Meldpunt Internetoplichting (LMIO)` the
 * letter's own (2622), and `… werkzaamheden van RO` after `het CCS-project ROAD` one the letter uses (1714).
 * Asked only of the text's last word, so the glossary is walked at most once.
 */
function cutKnownShortForm(
  abbr: string,
  glossary: Glossary,
  defined: ReadonlyMap<string, unknown>,
  hits: readonly TokenHit[],
): boolean {
  if (abbr.length < 2 || defined.has(abbr)) return false;
  const begins = (known: string) => known.length > abbr.length && known.startsWith(abbr);
  // The letter's own longer short form, even where the glossary knows the capitals (`RO`, ruimtelijke ordening).
  if (hits.some((h) => begins(h.abbr))) return true;
  // Known as written, it stands whole; `NVW` finds only `NvW`, the nota van wijziging, written otherwise.
  if (glossary.lookup(abbr).some((e) => e.abbr === abbr)) return false;
  return glossary.entries.some((e) => begins(e.abbr)) || [...defined.keys()].some(begins);
}

/** Capitalized words before a short form that open a sentence or a noun phrase, no name or title: `De IV-…`. */
const OPENING_WORDS = new Set(['De', 'Het', 'Een', 'Dit', 'Deze', 'Dat', 'Die', 'Ons', 'Onze']);

/**
 * Is `hit` a roman numeral that the letter does not define, but that the glossary knows as a short form (`IV`,
 * informatievoorziening), where it is the numeral? It is the short form only glued by a hyphen to a lower-case word
 * after no name or number: `de beschikbare ruimte in het IV-portfolio` (126); the numeral in `Kamerstuk 36 200 IV`,
 * `de begrotingsstaten van Koninkrijksrelaties (IV)` (1033) and `het kabinet Rutte IV`, as in `Rutte IV-kabinet`.
 */
function isNumeralHere(s: string, hit: TokenHit, defined: ReadonlyMap<string, unknown>): boolean {
  if (!isPlainRomanNumeral(hit.abbr) || defined.has(hit.abbr)) return false;
  if (s.charCodeAt(hit.end) !== 45 /* - */ || !isLower(s.charCodeAt(hit.end + 1))) return true;
  let end = hit.start;
  while (end > 0 && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  if (end === hit.start) return true; // glued to what stands before it
  let start = end;
  while (start > 0 && !isWhiteSpace(s.charCodeAt(start - 1))) start--;
  const first = s.charCodeAt(start);
  if (isDigit(first)) return true;
  return isUpper(first) && !OPENING_WORDS.has(s.slice(start, end));
}

/**
 * Every acronym in the text with its meaning and occurrences (original offsets), ordered by
 * first occurrence. Meaning: the letter's own definition first, then the reader's glossary,
 * then the built-in glossary; unknown acronyms are listed with `expansion: null`.
 */
export function findAcronyms(text: NormalizedText, options: FindAcronymsOptions = {}): AcronymDetail[] {
  const base = options.glossary ?? builtinGlossary;
  const { glossary, userAbbrs } = options.userGlossary?.length
    ? mergedGlossary(base, options.userGlossary)
    : { glossary: base, userAbbrs: new Set<string>() };
  const s = text.text;

  const rules = knownAbbreviations(glossary);
  const definitions = findFirstDefinitions(
    s,
    rules.isShortForm,
    rules.spelledByInitials,
    rules.englishNames,
    rules.meaningless,
    rules.standardNames,
    rules.dutchGlosses,
  );
  let found = rules.reading(definitions, () =>
    findAcronymTokens(s, rules.known, fewCapitalSpellings(glossary)),
  );
  found = withPlusDefinitions(found, s, definitions);
  found = withTextOnlyDefinitions(found, s, definitions, rules.fromTextOnly);
  found = withSpacedDefinitions(found, s, definitions);
  found = withStarJoins(found, s, rules.known);
  found = withDottedSpellings(found, s, glossary);
  found = withSpacedSpellings(found, s, glossary);
  found = withEditionSiblings(found, s, definitions);
  const hits = outsideWebAddresses(s, found);
  const groups = new Map<string, Span[]>();
  /** Where each acronym is first used, in the normalized text. */
  const firstAt = new Map<string, number>();
  const spellings = capitalizedSpellings(hits);
  for (const hit of hits) {
    if (glossary.isHidden(hit.abbr)) continue;
    if (cutOffAtTheEnd(s, hit, glossary, definitions, hits)) continue;
    if (isNumeralHere(s, hit, definitions)) continue;
    const span = text.spanToOriginal(hit.start, hit.end);
    // `Boa’s verrichten …` opening a sentence is the letter's `boa` (246): one entry, when both occur.
    const abbr = spellings.get(hit.abbr) ?? hit.abbr;
    const list = groups.get(abbr);
    if (list) list.push(span);
    else {
      groups.set(abbr, [span]);
      firstAt.set(abbr, hit.start);
    }
  }

  let hints: HintFinder | null = null;
  // Where each short form stands alone in brackets, found in one pass on first need (most letters never ask).
  let bracketed: BracketedShortForms | null = null;
  // The hints that ranking may look for (those of abbreviations with several meanings), found in one scan.
  const expectedHints = function* () {
    for (const abbr of groups.keys()) {
      const meanings = glossary.lookup(abbr);
      if (meanings.length < 2) continue;
      for (const m of meanings) for (const h of m.hints ?? []) yield h.toLowerCase();
    }
  };
  const out: AcronymDetail[] = [];
  for (const [abbr, occurrences] of groups) {
    let def = definitions.get(abbr);
    const meanings = glossary.lookup(abbr);
    const ranked = rankMeanings(meanings, (hints ??= hintFinder(s, expectedHints())), options.day);
    const top = ranked[0];
    const glossarySource: AcronymSource = userAbbrs.has(abbr) ? 'user' : 'glossary';
    let finding: AcronymDetail;
    if (def) {
      // The letter's first definition words the name otherwise than the glossary; where it also writes the
      // glossary's name before the short form in brackets, that one is the definition (243: `Inspectie voor de
      // Gezondheidzorg (IGZ)` in the heading, `Inspectie voor de Gezondheidszorg (IGZ)` in the text). The same
      // brackets too, when the glossary's name takes in a word before the letter's: `Wet werk en inkomen naar
      // arbeidsvermogen (WIA)` (131). Not for the same words written as a compound (`writtenAlike`).
      const standard =
        top && !writtenAlike(top.expansion, def.expansion)
          ? standardNameDefined(s, top.expansion, abbr, (bracketed ??= bracketedShortForms(s)))
          : null;
      if (top && standard)
        def = {
          ...def,
          expansion: top.expansion.split(/\s+/).join(' '),
          longStart: standard.start,
          longEnd: standard.end,
        };
      finding = {
        abbr,
        expansion: def.expansion,
        source: 'document',
        occurrences,
        definition: text.spanToOriginal(def.longStart, def.longEnd),
      };
      // The glossary's explanation only when the glossary names the same thing (see `related-names.ts`); its
      // meanings of another thing stay as alternatives.
      if (top && (nameTheSameThing(top.expansion, def.expansion) || glossNamesIt(top, def.expansion))) {
        if (!sameWords(top.expansion, def.expansion) && !sameButInflection(top.expansion, def.expansion)) {
          finding.standardExpansion = top.expansion;
        }
        addGlossaryFacts(finding, top);
        // The glossary's language is that of its own wording. Other words are the paper's, Dutch:
        // `NAVO-defensieplanningscyclus (NDPP)` (NATO Defence Planning Process) was marked English.
        if (!sameName(top.expansion, def.expansion)) finding.lang = 'nl';
      }
    } else if (top) {
      finding = { abbr, expansion: top.expansion, source: glossarySource, occurrences };
      addGlossaryFacts(finding, top);
    } else {
      // Known neither from brackets nor from the glossary: defined before guillemets that stand for brackets, or its
      // name written out before it, if it is.
      const at = firstAt.get(abbr) ?? 0;
      const quoted = definitionInGuillemets(s, at, abbr, rules.spelledByInitials);
      const spelled = quoted
        ? { expansion: quoted.expansion, start: quoted.longStart, end: quoted.longEnd }
        : spelledOutBefore(s, abbr, at);
      finding = spelled
        ? {
            abbr,
            expansion: spelled.expansion,
            source: 'document',
            occurrences,
            definition: text.spanToOriginal(spelled.start, spelled.end),
          }
        : { abbr, expansion: null, source: null, occurrences };
    }
    const rest = def ? ranked : ranked.slice(1);
    const alternatives = rest
      .filter((m) => m !== top || !finding.standardExpansion)
      .filter((m) => !sameWords(m.expansion, finding.expansion ?? ''))
      .filter((m) => !(def && sameButInflection(m.expansion, def.expansion)))
      .map((m) => meaning(m, glossarySource));
    if (alternatives.length) finding.alternatives = alternatives;
    out.push(finding);
  }
  out.sort((a, b) => (a.occurrences[0]?.start ?? 0) - (b.occurrences[0]?.start ?? 0));
  return out;
}

/**
 * Does `expansion`, the letter's name, name what the glossary's English `entry` names, as the Dutch name its
 * explanation opens with does: `Onbemande vliegtuigen (UAV)` (1322) and `Onbemand luchtvaartuig (drone).` for the
 * unmanned aerial vehicle (see `dutchGlosses`)? Then the glossary's name is the standard one, not another meaning.
 */
function glossNamesIt(entry: GlossaryEntry, expansion: string): boolean {
  if (entry.lang !== 'en' || entry.explanation === undefined) return false;
  const gloss = openingName(entry.explanation);
  return gloss !== null && nameTheSameThing(gloss, expansion);
}

/**
 * Does the letter write the glossary's `name` as `form`, its words perhaps joined into a compound, with or without a
 * linking `s` where they meet (`Fraude Signaleringsvoorziening` for `Fraude Signalering Voorziening`, 193)?
 */
function writtenAlike(name: string, form: string): boolean {
  const parts = name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((p) => p !== '');
  const letters = form.toLowerCase().replace(/[\s-]+/g, '');
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as string;
    if (!letters.startsWith(part, at)) return false;
    at += part.length;
    const next = parts[k + 1];
    if (next !== undefined && letters.charAt(at) === 's' && !letters.startsWith(next, at)) at++;
  }
  return at === letters.length;
}

/**
 * The capitalized spellings among `hits` whose lower-case spelling is among them too (`Boa` and `boa`),
 * each mapped to the lower-case one. A capitalized spelling alone (`Mkb-financiering` in a title) stays.
 */
function capitalizedSpellings(hits: readonly TokenHit[]): Map<string, string> {
  const out = new Map<string, string>();
  // Each spelling once: a long paper has thousands of hits and a few hundred spellings.
  const present = new Set<string>();
  for (let i = 0; i < hits.length; i++) present.add((hits[i] as TokenHit).abbr);
  for (const abbr of present) {
    const lower = abbr.length < 2 ? null : capitalizedLower(abbr);
    if (lower !== null && present.has(lower)) out.set(abbr, lower);
  }
  return out;
}

function addGlossaryFacts(finding: AcronymDetail, entry: GlossaryEntry | undefined): void {
  if (!entry) return;
  if (entry.explanation) finding.explanation = entry.explanation;
  finding.category = entry.category;
  finding.lang = entry.lang;
}

function meaning(m: GlossaryEntry, source: AcronymSource): AcronymMeaning {
  const out: AcronymMeaning = { expansion: m.expansion, category: m.category, source };
  if (m.explanation) out.explanation = m.explanation;
  return out;
}

/**
 * The same name in other case, punctuation or number: `Improvised Explosive Devices` for
 * `improvised explosive device` (2521), `Director Operational Test and Evaluation` for `Director,
 * Operational Test and Evaluation` (618).
 */
function sameName(a: string, b: string): boolean {
  const words = (x: string) =>
    x
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((w) => w.replace(/s$/, ''))
      .join(' ');
  return words(a) === words(b);
}
