/**
 * The outline for sidebar navigation: head, section headings, question/answer pairs, footnotes
 * and signature, sorted by position, `start` in ORIGINAL offsets.
 *
 * Order of work: the head block is found first (everything before its date line is head); then the
 * parts with unmistakable shapes claim their lines (signature, footnotes, questions and answers);
 * the heading rules (`headings.ts`) only judge the lines left over. A page's heading markup, when
 * present, replaces the plain-text heading rules.
 */
import type { Detection } from '../detect/detect';
import type { NormalizedText } from '../text/normalize';
import { firstAtOrAfter } from '../text/sorted';
import type { OutlineEntry, OutlineKind, PageContext, Span } from '../types';
import { readContents } from './contents';
import { isContentsTitle } from '../text/table-of-contents';
import { findFootnotes } from './footnotes';
import { dossierLinesAbove, findHead, headTitle, isHeadLine } from './head';
import { findHeadings } from './headings';
import { type NoteAt, opensLetter } from './heading-shapes';
import { endsSentence, type Line, splitLines } from './lines';
import { pageHeadingEntries } from './pageHeadings';
import { findAmendmentSigners, findMotionSigners, signersTitle } from './motion-signers';
import { findAmendmentParts } from './amendment-parts';
import { findQuestions, isNumberedQuestion } from './questions';
import { type LineEntry } from './question-shapes';
import { findSignatures, signatureTitle } from './signature';

/** The outline for sidebar navigation, `start` in ORIGINAL offsets. Never throws. */
export function buildOutline(text: NormalizedText, detection: Detection, page?: PageContext): OutlineEntry[] {
  try {
    return build(text, detection, page);
  } catch {
    // The outline is an aid: a surprise in odd input must not take the reader down with it.
    return [];
  }
}

/** Among entries at the same place, the more specific one wins. */
const KIND_PRIORITY: Record<OutlineKind, number> = {
  header: 0,
  question: 1,
  answer: 2,
  signature: 3,
  footnotes: 4,
  heading: 5,
};

function validSpan(span: Span | null | undefined, length: number): span is Span {
  return (
    span !== null &&
    span !== undefined &&
    Number.isFinite(span.start) &&
    Number.isFinite(span.end) &&
    span.start >= 0 &&
    span.end >= span.start &&
    span.start <= length
  );
}

/** The head span: detection's parts when given, else (or extended by) the text's own head. */
function headSpan(
  detection: Detection,
  ownHead: Span | null,
  lines: readonly Line[],
  length: number,
): { span: Span | null; bodyFrom: number } {
  const parts = detection?.parts;
  let header = validSpan(parts?.header, length) ? parts.header : null;
  let dateLine = validSpan(parts?.dateLine, length) ? parts.dateLine : null;
  const start = header?.start ?? ownHead?.start ?? null;
  let end = Math.max(header?.end ?? 0, dateLine?.end ?? 0, ownHead?.end ?? 0);
  const body = start === null ? undefined : bodyInHead(lines, start, end);
  if (body) {
    // The head ends above the text: what of it was found below the text's first line belongs to the text.
    const before = (s: Span | null): Span | null => (s && s.end <= body.start ? s : null);
    header = before(header);
    dateLine = before(dateLine);
    end = Math.max(
      header?.end ?? 0,
      dateLine?.end ?? 0,
      before(ownHead)?.end ?? 0,
      lastHeadLine(lines, start as number, body)?.end ?? 0,
    );
  }
  return { span: start === null ? null : { start, end: Math.max(end, start) }, bodyFrom: end };
}

/**
 * The first line of the paper's own text that the head found would run into, or undefined. The head runs to a date
 * line, and a paper without one above its text lends it one from below:
 * - a letter printed within the paper: its kind line in capitals with its addressee and date line under it
 *   (`opensLetter`), after a sentence of the paper's own. The committee's letter in an Eerste Kamer verslag that has
 *   no `Vastgesteld` line (`H1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG` / `De leden van de vaste commissie …` / `BRIEF
 *   VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR FINANCIËN` / `Aan de Minister van Financiën …` / `Den Haag, 1
 *   februari 2022`, 1796); the copy of a letter sent on (`Den Haag, 23 juli 2020` / `Op 19 februari jl. ontving ik …`
 *   / `S.A. Blok` / `BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN`, 730);
 * - a table of contents after a sentence of the paper's own: a verslag's table under the committee's opening
 *   (`Binnen de vaste commissie voor Economische Zaken hebben enkele fracties de behoefte …` / `De adjunct-griffier van
 *   de commissie, Van Bree` / `Inhoudsopgave`, 523), no part of its head;
 * - the first numbered question under the questions line: the older Aanhangsel pages print the questions between
 *   `Vragen van het lid Tang (PvdA) aan de minister van Financiën … (Ingezonden 31 december 2008)` and the answer's
 *   `Antwoord van minister Bos (Financiën) (ontvangen 26 januari 2009)` (`1` / `Bent u bekend met …?`, 824).
 */
function bodyInHead(lines: readonly Line[], start: number, end: number): Line | undefined {
  let prose = false;
  let questionsLine = false;
  for (const l of lines) {
    if (l.end <= start || l.text === '') continue;
    if (l.start >= end) break;
    if (prose && (opensLetter(lines, l) || isContentsTitle(l.text))) return l;
    if (questionsLine && isNumberedQuestion(lines, l)) return l;
    questionsLine ||= QUESTIONS_LINE.test(l.text);
    prose ||= endsSentence(l.text) && !isHeadLine(lines, l);
  }
  return undefined;
}

/** The line that opens an Aanhangsel paper's questions: `Vragen van het lid …`, `Vragen van de leden …`. */
const QUESTIONS_LINE = /^Vragen van\s/;

/** The head's last line above `body`: the last line from `start` on that the head's rules know (`isHeadLine`). */
function lastHeadLine(lines: readonly Line[], start: number, body: Line): Line | undefined {
  for (let i = body.index - 1; i >= 0; i--) {
    const l = lines[i] as Line;
    if (l.end <= start) return undefined;
    if (l.text !== '' && isHeadLine(lines, l)) return l;
  }
  return undefined;
}

/** The head with the dossier lines that stand above where it was found to begin (2880, 591). */
function withDossierLinesAbove(lines: readonly Line[], head: Span): Span {
  const first = lines.find((l) => l.end > head.start && l.text !== '');
  if (!first) return head;
  const top = dossierLinesAbove(lines, first);
  return top === first ? head : { start: top.contentStart, end: head.end };
}

function build(text: NormalizedText, detection: Detection, page?: PageContext): OutlineEntry[] {
  const source = text.text;
  if (typeof source !== 'string' || source.length === 0) return [];
  const lines = splitLines(source);
  const entries: LineEntry[] = [];

  // Head block and where the body begins.
  const { span: foundHead, bodyFrom } = headSpan(detection, findHead(lines), lines, source.length);
  const head = foundHead && withDossierLinesAbove(lines, foundHead);
  let bodyStart = 0;
  while (bodyStart < lines.length && (lines[bodyStart] as Line).start < bodyFrom) bodyStart++;
  if (head) {
    const first = lines.find((l) => l.end > head.start && l.text !== '');
    if (first) {
      entries.push({
        level: 1,
        kind: 'header',
        title:
          headTitle(lines, head, {
            dossier: detection?.document?.dossier ?? null,
            number: detection?.document?.number ?? null,
            dossierTitle: detection?.dossierTitle,
          }) || 'Kop',
        start: Math.max(head.start, first.contentStart),
        line: first.index,
      });
    }
  }

  // Lines claimed by a part with its own shape; the heading rules skip them.
  const claimed = new Set<number>();
  // The signature blocks' lines: a heading may follow one as it follows a sentence's end (the annex after a
  // letter's signature, `U. Rosenthal` / `Consulaire dienstverlening` in 1445).
  const signatureLines = new Set<number>();

  const detectedSignature = detection?.parts?.signature;
  const signatures = findSignatures(lines, bodyStart);
  if (validSpan(detectedSignature, source.length)) {
    const sig = detectedSignature;
    const first = lines.find((l) => l.end > sig.start && l.text !== '');
    if (first) {
      entries.push({
        level: 1,
        kind: 'signature',
        title: signatureTitle(lines, sig),
        start: Math.max(sig.start, first.contentStart),
        line: first.index,
      });
      for (const l of lines) {
        if (l.start < sig.end && l.end > sig.start) {
          claimed.add(l.index);
          signatureLines.add(l.index);
        }
      }
    }
    for (const s of signatures) {
      s.lineIndices.forEach((i) => {
        claimed.add(i);
        signatureLines.add(i);
      });
      // Detection found this one already.
      if (s.end <= sig.start || s.start >= sig.end) pushSignature(entries, s);
    }
  } else {
    for (const s of signatures) {
      s.lineIndices.forEach((i) => {
        claimed.add(i);
        signatureLines.add(i);
      });
      pushSignature(entries, s);
    }
  }

  const kind = detection?.document?.kind;
  if (kind === 'motie' || kind === 'amendement') {
    const signers =
      kind === 'motie' ? findMotionSigners(lines, bodyStart) : findAmendmentSigners(lines, bodyStart);
    if (signers) {
      signers.lineIndices.forEach((i) => claimed.add(i));
      entries.push({
        level: 1,
        kind: 'signature',
        title: signersTitle(signers.names),
        start: signers.start,
        line: signers.lineIndices[0] ?? 0,
      });
    }
  }

  if (kind === 'amendement') {
    for (const part of findAmendmentParts(lines, bodyStart)) {
      claimed.add(part.line);
      entries.push(part);
    }
  }

  // A verslag of a schriftelijk overleg numbers its questions as a lijst van vragen en antwoorden does, each number on
  // a line of its own (`Vragen CDA-fractie` / `1` / `Hoeveel budgethouders hebben … pgb in het buitenland? …`, 2351).
  const questionList = kind === 'lijst van vragen en antwoorden' || kind === 'verslag';
  // The tables of contents: their page numbers are no notes, their entries no headings.
  const contents = readContents(lines, bodyStart);
  for (const f of findFootnotes(text, lines, bodyStart, questionList, contents)) {
    for (let i = f.firstLine; i <= f.lastLine; i++) claimed.add(i);
    entries.push({ level: 1, kind: 'footnotes', title: f.title, start: f.start, line: f.firstLine });
  }

  const questionPaper = questionList || kind === 'antwoord schriftelijke vragen';
  // A section may open with a question as with a paragraph: the heading rules see where questions start.
  const questionLines = new Set<number>();
  for (const q of findQuestions(
    lines,
    bodyStart,
    claimed,
    questionPaper,
    kind === 'lijst van vragen en antwoorden',
  )) {
    claimed.add(q.line);
    if (q.kind === 'question') questionLines.add(q.line);
    entries.push(q);
  }

  // The page's heading markup replaces the text rules only when it marks sections: on
  // tweedekamer.nl the one HTML heading is the head block (`<h2>Nr. 504<br>MOTIE …`) and the
  // section headings are plain paragraphs, so the text rules must still run there.
  const pageHeadings = page?.headings;
  const originalHead = head ? text.spanToOriginal(head.start, Math.max(head.end, head.start)) : null;
  const pageEntries =
    Array.isArray(pageHeadings) && pageHeadings.length > 0
      ? pageHeadingEntries(text.original, pageHeadings, originalHead)
      : [];
  const usePageHeadings = pageEntries.some((h) => h.kind === 'heading');
  if (!usePageHeadings) {
    const letter = kind === 'brief regering' || kind === 'brief';
    entries.push(
      ...findHeadings(
        lines,
        bodyStart,
        claimed,
        signatureLines,
        contents,
        letter,
        nextNoteAt(text),
        questionLines,
      ),
    );
  }

  const outline: OutlineEntry[] = entries.map((e) => ({
    level: e.level,
    title: e.title,
    start: text.toOriginal(e.start),
    kind: e.kind,
  }));
  if (usePageHeadings) {
    const taken = outline.map((e) => e.start).sort((a, b) => a - b);
    for (const h of pageEntries) {
      // A page heading on a line another rule already claimed (`<h2>Vraag 1</h2>`) adds nothing.
      const i = firstAtOrAfter(taken, h.start);
      if (i < taken.length && (taken[i] as number) < Math.max(h.end, h.start + 1)) continue;
      outline.push({ level: h.level, title: h.title, start: h.start, kind: h.kind });
    }
  }
  return finish(outline);
}

/**
 * Whether digits in the text are the note that comes next where they stand: the last note marker normalization found
 * before them is one less (`In die brief1` … `bij de IND2`, 2426; or there is none and they are 1), and the next
 * marker after them is a later note (`IND.3`), not the same number again (a `CO2` between notes 1 and 2), when the
 * text has one; note 1 needs a later marker to tell.
 */
function nextNoteAt(text: NormalizedText): NoteAt {
  const markers = Array.isArray(text.footnoteMarkers) ? text.footnoteMarkers : [];
  const starts = markers.map((m) => m.start);
  return (at, label) => {
    const n = Number(label);
    const i = firstAtOrAfter(starts, text.toOriginal(at));
    const before = markers[i - 1];
    const after = markers[i];
    const follows = before ? Number(before.label) === n - 1 : n === 1;
    const precedes = after ? Number(after.label) > n : before !== undefined;
    return follows && precedes;
  };
}

function pushSignature(
  entries: LineEntry[],
  s: { start: number; title: string; lineIndices: number[] },
): void {
  entries.push({ level: 1, kind: 'signature', title: s.title, start: s.start, line: s.lineIndices[0] ?? 0 });
}

/** Sorted by start; one entry per place; a run of `Noten` entries collapses to its first. */
function finish(outline: OutlineEntry[]): OutlineEntry[] {
  outline.sort((a, b) => a.start - b.start || KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]);
  const out: OutlineEntry[] = [];
  for (const e of outline) {
    const prev = out[out.length - 1];
    if (prev && prev.start === e.start) continue;
    // officielebekendmakingen gives every note its own `X Noot` heading: one `Noten` entry is enough.
    if (prev && prev.title === 'Noten' && e.title === 'Noten') continue;
    out.push(e);
  }
  return out;
}
