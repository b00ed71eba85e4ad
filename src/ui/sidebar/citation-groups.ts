import type { CitationFinding } from '../../core/types';

/** One cited paper and every place the letter mentions it. */
export interface CitedPaper {
  key: string;
  /** The first mention (its text labels the entry). */
  first: CitationFinding;
  mentions: CitationFinding[];
}

/** The papers of one dossier (or, `dossier: null`, publications outside any dossier). */
export interface CitationGroup {
  key: string;
  dossier: string | null;
  papers: CitedPaper[];
}

/** Which paper a citation names: the same paper cited twice is one entry with two mentions. */
export function paperKey(c: CitationFinding): string {
  if (c.url) return c.url;
  return [
    c.type,
    c.chamber ?? '',
    c.dossier ?? '',
    c.number ?? '',
    c.year ?? '',
    c.number ? '' : c.text,
  ].join('|');
}

/**
 * Citations grouped by dossier, in order of first mention; publications without a dossier
 * (Handelingen, Staatscourant, Staatsblad) form one last group.
 */
export function groupCitations(citations: readonly CitationFinding[]): CitationGroup[] {
  const sorted = [...citations].sort((a, b) => a.start - b.start);
  const groups = new Map<string, CitationGroup>();
  const papers = new Map<string, CitedPaper>();
  for (const c of sorted) {
    const key = paperKey(c);
    const known = papers.get(key);
    if (known) {
      known.mentions.push(c);
      continue;
    }
    const paper: CitedPaper = { key, first: c, mentions: [c] };
    papers.set(key, paper);
    const groupKey = c.dossier ? `dossier:${c.dossier}` : 'other';
    let group = groups.get(groupKey);
    if (!group) {
      group = { key: groupKey, dossier: c.dossier, papers: [] };
      groups.set(groupKey, group);
    }
    group.papers.push(paper);
  }
  const list = [...groups.values()];
  const other = list.findIndex((g) => g.dossier === null);
  if (other >= 0) list.push(...list.splice(other, 1));
  return list;
}
