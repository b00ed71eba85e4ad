import { isSpace, lineStartWithin } from '../text/chars';
import { joinDossier } from './paper-id';
import {
  BARE_AFTER_PAPER_WORD_GROUP,
  BARE_GROUP,
  afterPaperWord,
  groupsRefs,
  isBareAnchor,
  kamerstukRef,
  parseDossier,
  parseGroup,
  parseGroups,
  type Group,
} from './parse-kamerstuk';
import { type KeywordCitations } from './parse-keyword-kamerstuk';
import { matchAt, type RawCitation } from './raw';

/**
 * Kamerstukken cited without a keyword: a bare `(28 676, nr. 71)`, an Eerste Kamer motion by its letter (`motie 35 431
 * D`), and a bare dossier in brackets where it can only be one (a budget's chapter, a list item's, the paper's own);
 * their groups are read as after `Kamerstuk` (`parseGroups`).
 */

/** `motie`, `moties`, right before a bare dossier. */
const MOTION_BEFORE = /\b[Mm]oties?[ \t]{1,4}$/;

/** What may follow an Eerste Kamer motion's letter: not a number (`, nr. 12`), nor more of a word. */
const AFTER_LETTER = /(?![ \t]{0,4},?[ \t]{0,4}nrs?\.)(?![\p{L}\p{N}-])/uy;

/**
 * An Eerste Kamer motion cited by its dossier and letter after `motie`: `de uitvoering van motie 35 431 D`
 * (1753), the paper kst-35431-D. A Tweede Kamer motion always has its number (`motie 36 200 VII, nr. 12`), and a
 * budget's chapter is a roman numeral (`BUDGET_CHAPTER`), so one or two capitals with no number after them are the
 * paper's letters. Its end, dossier and letter, or null.
 */
function lettered(text: string, hit: number): { end: number; dossier: string; letter: string } | null {
  if (!MOTION_BEFORE.test(text.slice(Math.max(0, hit - 12), hit))) return null;
  const d = parseDossier(text, hit);
  if (!d || !d.spacedSuffix || !d.suffix || !/^[A-Z]{1,2}$/.test(d.suffix) || BUDGET_CHAPTER.test(d.suffix)) {
    return null;
  }
  return matchAt(AFTER_LETTER, text, d.end) ? { end: d.end, dossier: d.base, letter: d.suffix } : null;
}

/** A budget's chapter: a roman numeral up to XXIX (`IV`, `XIII`). */
const BUDGET_CHAPTER = /^X{0,2}(?:IX|IV|V?I{0,3})$/;

/**
 * A bare dossier in brackets cited without a number: a budget's, with its chapter, `tijdens de behandeling van de
 * begrotingsstaat van Koninkrijksrelaties (33 000 IV) voor het jaar 2012` (1317), one closing a list item (see
 * `closesListItem`), or the paper's own dossier, `over het Meerjarenprogramma infrastructuur en transport (MIT)
 * 1998–2002 (25 603).` in paper 25 603, nr. 19 (1360): a bracketed five-digit number may be an amount or a count
 * elsewhere, but hardly one that is the paper's own dossier. Its end and dossier, or null.
 */
function dossierAlone(
  text: string,
  hit: number,
  ownDossier: string | null,
): { end: number; dossier: string; letter: null } | null {
  if (hit === 0 || text.charCodeAt(hit - 1) !== 0x28 /* ( */) return null;
  const d = parseDossier(text, hit);
  if (!d) return null;
  const closed = text.charCodeAt(d.end) === 0x29; /* ) */
  // The chapter after a space or a hyphen: `(33 000 IV)` (1317), `(31700-XVI)` (1950); a fund's letter after a
  // hyphen, `de begroting van het Infrastructuurfonds voor het jaar 2000 (26800-A)` (2032), when a fund is named
  // before it: elsewhere `(35261-B)` may be an Eerste Kamer paper, and `(35 431 D)` after a space is one (`lettered`).
  const fund = !d.spacedSuffix && d.suffix !== null && /^[A-Z]$/.test(d.suffix) && namesFundBefore(text, hit);
  if (d.suffix && !d.numericSuffix && (BUDGET_CHAPTER.test(d.suffix) || fund) && closed) {
    return { end: d.end, dossier: joinDossier(d.base, d.suffix), letter: null };
  }
  if (d.suffix !== null || !closed) return null;
  if (d.base !== ownDossier && !closesListItem(text, hit, d.end)) return null;
  return { end: d.end, dossier: d.base, letter: null };
}

/** A fund's name (`Infrastructuurfonds`, `Gemeentefonds`, `BES-fonds`) in the words before a bracket. */
const FUND_NAME = /fonds\b/i;
/** How far before the bracket the fund may be named: the clause of a budget's title. */
const FUND_REACH = 120;

function namesFundBefore(text: string, hit: number): boolean {
  return FUND_NAME.test(text.slice(Math.max(0, hit - FUND_REACH), hit));
}

/**
 * Marks that open a list item: a dash (en dash or hyphen), a bullet, or an item's number, as an agenda numbers
 * them (`1. het rapport van de Algemene Rekenkamer "Asielbeleid" (24440);`, 1750).
 */
const LIST_MARK = /^[ \t]{0,8}(?:[\u2013\-\u2022\u00b7]|\d{1,2}[.)])[ \t]/;

/** How far back a list item's line may start: a paper's title and date, not a page of text. */
const LIST_ITEM_REACH = 600;

/**
 * A bare dossier in brackets that closes a list item, `– het kabinetsstandpunt op het eindrapport «Van wetten
 * weten» van de Visitatiecommissie wetgeving (29 349).` (1017), `– de brief van de president van de Algemene
 * Rekenkamer d.d. 25 januari 2021 inzake … (31 865).` (1254): the papers a committee debated, each closed by where it
 * was filed. The dossier alone, no number; elsewhere a bracketed five-digit number may be an amount or a count.
 * The caller has seen the `(` before the hit and the `)` at `close`, right after the dossier.
 */
function closesListItem(text: string, hit: number, close: number): boolean {
  let k = close + 1;
  const c = text.charCodeAt(k);
  if (c === 0x2e /* . */ || c === 0x3b /* ; */) k++;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k < text.length && text.charCodeAt(k) !== 0x0a /* \n */) return false;
  const lineStart = lineStartWithin(text, hit, LIST_ITEM_REACH);
  return lineStart >= 0 && LIST_MARK.test(text.slice(lineStart, lineStart + 12));
}

/**
 * Bare `(28 676, nr. 71)`: a dossier followed by `, nr.` (or a parenthesised Eerste Kamer letter).
 * Same results as a global scan for bare anchors that resumes after each citation.
 */
export function parseBareKamerstukken(
  text: string,
  hits: readonly number[],
  keyword: KeywordCitations,
  ownDossier: string | null = null,
): RawCitation[] {
  const out: RawCitation[] = [];
  const inside = keyword.citations;
  let k = 0;
  let lastIndex = 0;
  for (const hit of hits) {
    if (hit < lastIndex || !isBareAnchor(text, hit)) continue;
    while (k < inside.length && (inside[k] as RawCitation).end <= hit) k++;
    const around = inside[k];
    if (around && around.start < hit && keyword.skippable[k]) continue;
    const first = parseGroup(text, hit, afterPaperWord(text, hit) ? BARE_AFTER_PAPER_WORD_GROUP : BARE_GROUP);
    if (!first || first.numbers.length === 0) {
      // A group without numbers: its number cut off by the text's end (see `parseGroup`). Otherwise an Eerste
      // Kamer motion by its letter, or a dossier alone in brackets.
      const cited = first
        ? { end: first.end, dossier: first.dossiers[0] as string, letter: null }
        : (lettered(text, hit) ?? dossierAlone(text, hit, ownDossier));
      if (cited) {
        out.push({
          start: hit,
          end: cited.end,
          refs: [kamerstukRef(cited.dossier, cited.letter, null, null)],
          self: false,
        });
        lastIndex = cited.end;
      }
      continue;
    }
    const groups = parseGroups(text, first, BARE_GROUP);
    const last = groups[groups.length - 1] as Group;
    out.push({ start: hit, end: last.end, refs: groupsRefs(groups, null, null), self: false });
    lastIndex = last.end;
  }
  return out;
}
