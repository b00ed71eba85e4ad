import { findAcronyms } from './acronyms';
import type { UserGlossaryEntry } from './acronyms/user-glossary';
import { findCitations } from './citations';
import { findCommitments } from './commitments';
import { splitOnFirstNeed } from './text/sentences';
import { findDates } from './dates';
import { detectDocument } from './detect/detect';
import { meetingDay } from './detect/meeting-day';
import { paperIsoDay } from './detect/parse-dutch-date';
import { buildOutline } from './outline/outline';
import { normalizeText } from './text/normalize';
import { buildTimeline } from './timeline';
import { SCHEMA_VERSION, type AnalysisResult, type PageContext } from './types';

export interface AnalyzeInput {
  /** The document text: a plain-text letter, or the text the DOM layer extracted from a page. */
  text: string;
  /** What the page adds (URL, metadata, headings), when there is a page. */
  page?: PageContext;
  /** ISO day that overrides the letter date for dates without a year (`--date`); ignored outside 1000–2999. */
  referenceDate?: string;
  /** The reader's own glossary: its entries override built-in meanings; disabled ones hide an abbreviation. */
  userGlossary?: readonly UserGlossaryEntry[];
  /**
   * `'marks'`: only what is marked in the text (acronyms, citations, dates); the timeline,
   * commitments and outline stay empty. For a long paper's first screens, painted before the
   * rest is read: their answer comes sooner without the stages nothing shows yet.
   */
  only?: 'marks';
}

/**
 * The pipeline: normalize → detect → find → resolve → timeline/outline.
 * Findings are only computed for parliamentary papers: elsewhere Kamerlens does nothing.
 */
export function analyze(input: AnalyzeInput): AnalysisResult {
  const text = normalizeText(input.text);
  const detection = detectDocument(text, input.page);
  const result: AnalysisResult = {
    schema: SCHEMA_VERSION,
    isParliamentary: detection.isParliamentary,
    document: detection.document,
    acronyms: [],
    citations: [],
    dates: [],
    timeline: [],
    commitments: [],
    outline: [],
  };
  if (!detection.isParliamentary) return result;

  // A day no paper can have (`9999-12-01`) would place `volgende zomer` in a year ISO cannot write, and
  // sort before year 100 as the year 1900 (`Date.UTC`): the letter's own date stands instead.
  const givenDay = paperIsoDay(input.referenceDate);
  const letterDate = detection.document.letterDate;
  const referenceDate = givenDay ?? letterDate;
  result.acronyms = findAcronyms(text, {
    userGlossary: input.userGlossary,
    // A renamed ministry's letters (`LNV`) mean the name of the letter's own day.
    day: letterDate ?? referenceDate ?? undefined,
  });
  result.citations = findCitations(text, detection.document, input.page?.url);
  // In a verslag, what was said in the meeting (`volgende week`) counts from the meeting's day.
  const spokenOn = detection.document.kind === 'verslag' ? meetingDay(text.text) : null;
  // A given day (`--date`) stands for the letter's own date line too: that line is no quoted letter's. Nor is a
  // date line whose slipped year detection mended (422).
  const ownDateLine = detection.slippedDateLine ?? (givenDay !== null ? letterDate : null);
  // Commitments and the timeline work sentence by sentence, and the dates read the tense of a few dates' sentences
  // (not in every paper): split once, on first need, so that a paper shown by its marks alone is mostly never split.
  const sentencesOf = splitOnFirstNeed(text.text);
  result.dates = findDates(
    text,
    referenceDate,
    spokenOn,
    ownDateLine,
    detection.slippedDateLine !== undefined,
    sentencesOf,
  );
  if (input.only === 'marks') return result;
  const sentences = sentencesOf();
  result.commitments = findCommitments(text, result.dates, referenceDate, sentences, detection.document.kind);
  const head = detection.parts.header;
  const headEnd = head ? text.spanToOriginal(head.start, head.end).end : 0;
  // `relation` compares with the letter date (the contract), or with the given day when the paper has none.
  const relatedTo = letterDate ?? referenceDate;
  result.outline = buildOutline(text, detection, input.page);
  // The headings' lines, start → end: two headings of one date are two points of the letter (see `buildTimeline`).
  const headings = new Map<number, number>();
  for (const o of result.outline) {
    if (o.kind !== 'heading') continue;
    const end = text.original.indexOf('\n', o.start);
    headings.set(o.start, end < 0 ? text.original.length : end);
  }
  result.timeline = buildTimeline(
    text,
    result.dates,
    result.commitments,
    relatedTo,
    sentences,
    headEnd,
    headings,
    result.citations,
    { ...detection.document, slippedDateLine: detection.slippedDateLine },
  );
  return result;
}
