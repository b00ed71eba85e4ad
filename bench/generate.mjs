// Long papers for the benchmarks: the real letters of tests/fixtures, paragraph by paragraph, cycled
// until the wanted size, under one real Kamerstuk head. Acronyms, citations and dates therefore
// occur at the densities of real letters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const LETTERS_DIR = join(FIXTURES, 'letters/letters');
const NAVO = join(FIXTURES, 'navo-defensieministers-2022-09-30.txt');
const OBK_PAGE = join(FIXTURES, 'pages/obk-kst-navo.html');

/**
 * The corpus letters the generated text is made of: 01–35, the corpus as it stood when the
 * benchmark's history began. Letters added since (held-out ones, denser in citations) would change
 * the text under every later run, so that no run could be compared with an earlier one.
 */
const LAST_LETTER = 35;

/**
 * The body paragraphs of one fixture letter, each on one line: its head left out, and short blocks (headings,
 * signatures) too.
 */
function letterParagraphs(file) {
  // Letter files start with `URL: …` and a blank line; the head ends at `Den Haag, <date>`.
  const text = readFileSync(join(LETTERS_DIR, file), 'utf8').split('\n').slice(2).join('\n');
  const blocks = text.split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim());
  const headEnd = blocks.findIndex((b) => /^Den Haag,/.test(b));
  return blocks.slice(headEnd + 1).filter((b) => b.length > 40);
}

/** Body paragraphs of the fixture letters 01–LAST_LETTER (heads left out), in file order. */
function corpusParagraphs() {
  const paragraphs = [];
  const files = readdirSync(LETTERS_DIR)
    .filter((f) => f.endsWith('.txt') && Number(f.split('-')[0]) <= LAST_LETTER)
    .sort();
  for (const file of files) paragraphs.push(...letterParagraphs(file));
  const navo = readFileSync(NAVO, 'utf8').split(/\n\s*\n/);
  paragraphs.push(...navo.map((b) => b.replace(/\s+/g, ' ').trim()).filter((b) => b.length > 40));
  return paragraphs;
}

let cached;
const paragraphs = () => (cached ??= corpusParagraphs());

/** The head of the NAVO letter as plain text: what makes the core treat the text as a paper. */
const HEAD = [
  '28 676 NAVO',
  'Nr. 409 BRIEF VAN DE MINISTER VAN DEFENSIE',
  'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
  'Den Haag, 30 september 2022',
].join('\n\n');

/** Body paragraphs adding up to about `bytes` characters. */
export function bodyParagraphs(bytes) {
  const source = paragraphs();
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = source[i % source.length];
    out.push(p);
    size += p.length + 2;
  }
  return out;
}

/** A plain-text letter of about `bytes` characters. */
export function letterText(bytes) {
  return `${HEAD}\n\n${bodyParagraphs(bytes - HEAD.length).join('\n\n')}\n`;
}

/**
 * A plain-text letter of about `bytes` characters whose paragraphs all differ: the body paragraphs of every corpus
 * letter, each once, in the order of the letters' numbers (01, 02, …, 999, 1000, …), under the same head. The
 * letter above repeats its 36 letters, so what the core does once per distinct abbreviation, name or phrase costs
 * it less there than in a real long paper, which repeats little. Letters are only added at the end of the
 * numbering, so the first megabyte (up to letter 700 or so) stays the same text from run to run.
 */
export function distinctLetterText(bytes) {
  const files = readdirSync(LETTERS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]));
  const out = [];
  let size = HEAD.length;
  for (const file of files) {
    for (const p of letterParagraphs(file)) {
      out.push(p);
      size += p.length + 2;
      if (size >= bytes) return `${HEAD}\n\n${out.join('\n\n')}\n`;
    }
  }
  return `${HEAD}\n\n${out.join('\n\n')}\n`;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The real KOOP page of the NAVO letter with about `bytes` characters of extra paragraphs in its
 * text block (`div.tekst` inside `#broodtekst`), as `{ html, paragraphs }`.
 */
export function paperPage(bytes) {
  const page = readFileSync(OBK_PAGE, 'utf8');
  const marker = '<div class="tekst">';
  const at = page.indexOf(marker);
  if (at < 0) throw new Error(`${OBK_PAGE}: no ${marker}`);
  const body = bodyParagraphs(bytes);
  const html = body.map((p) => `<p class="al">${escapeHtml(p)}</p>`).join('\n');
  return {
    html: `${page.slice(0, at + marker.length)}\n${html}\n${page.slice(at + marker.length)}`,
    paragraphs: body.length,
  };
}

/** The acronym pattern the baselines paint (mark.js, bare regex): words of two or more capitals. */
export const ACRONYM_SOURCE = '\\b[A-Z][A-Z0-9]*[A-Z][a-z]{0,2}\\b';

/**
 * One combined regex in the spirit of the core's finders (acronyms, Kamerstuk citations, dates):
 * the baseline "one pass over the text" the core is compared with.
 */
export const COMBINED_SOURCE = [
  ACRONYM_SOURCE,
  'Kamerstuk(?:ken)?\\s+\\d{5}(?:-[A-Z]+)?,\\s+nr\\.\\s+\\d+',
  '\\b\\d{1,2}\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\\s+\\d{4})?',
].join('|');
