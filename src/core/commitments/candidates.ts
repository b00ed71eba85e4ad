import type { Span } from '../types';
import { CANDIDATE_RE, UNFLATTENED_MARKS } from './patterns';
import { sentenceIndexAt } from '../text/sentences';

/**
 * The sentences that may hold a commitment, in order: those in which CANDIDATE_RE starts a match or
 * which hold one of UNFLATTENED_MARKS. One pass of the regex over the whole text instead of flattening
 * and testing every sentence. `sentences` are sorted and disjoint (`splitSentences`).
 */
export function candidateSentences(text: string, sentences: readonly Span[]): Span[] {
  const marked = new Uint8Array(sentences.length);
  const re = CANDIDATE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const j = sentenceIndexAt(sentences, m.index);
    if (j < 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    marked[j] = 1;
    // Go on at the end of the sentence, not of the match: one hit is enough for a sentence, and a match
    // that runs on into the next sentence must not hide a match that starts there.
    re.lastIndex = (sentences[j] as Span).end;
  }
  for (const mark of UNFLATTENED_MARKS) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      const j = sentenceIndexAt(sentences, at);
      if (j >= 0) marked[j] = 1;
    }
  }
  const out: Span[] = [];
  for (let j = 0; j < sentences.length; j++) if (marked[j] === 1) out.push(sentences[j] as Span);
  return out;
}
