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

/**
 * A dossier number as the papers print it: thousands apart (`29521` → `29 521`,
 * `36200-X` → `36 200-X`); anything else unchanged.
 */
export function formatDossier(dossier: string): string {
  const m = /^(\d{4,6})(-.*)?$/.exec(dossier);
  if (!m) return dossier;
  const digits = m[1] as string;
  return `${digits.slice(0, -3)} ${digits.slice(-3)}${m[2] ?? ''}`;
}
