import { printedDossier } from '../core/text/dossier-lines';
import type { AnalysisResult } from '../core/types';

/** The readable summary printed without `--json`: document, acronyms, citations, timeline, outline. */
export function formatSummary(result: AnalysisResult): string {
  const lines: string[] = [];
  const d = result.document;
  if (!result.isParliamentary) {
    lines.push('Not a parliamentary paper: Kamerlens would not activate here.');
    return lines.join('\n') + '\n';
  }
  lines.push('Document');
  lines.push(`  kind:       ${d.kind ?? '-'}`);
  lines.push(`  date:       ${d.letterDate ?? '-'}`);
  // Printed as the paper and the sidebar print it (`36 200 X, nr. 5`), not as the contract's id (`36200-X`).
  lines.push(
    `  dossier:    ${d.dossier ? `${printedDossier(d.dossier)}${d.number ? `, nr. ${d.number}` : ''}` : '-'}`,
  );
  if (d.title) lines.push(`  title:      ${d.title}`);
  // Who asked the written questions an answer answers, before the minister who answers them (as the sidebar has it).
  if (d.askers.length) lines.push(`  asked by:   ${d.askers.join(', ')}`);
  lines.push(`  sender:     ${d.sender ?? '-'}`);
  if (d.addressee) lines.push(`  addressee:  ${d.addressee}`);

  lines.push('', `Acronyms (${result.acronyms.length})`);
  for (const a of result.acronyms) {
    const count = a.occurrences.length;
    lines.push(
      `  ${a.abbr.padEnd(10)} ${a.expansion ?? '(meaning unknown)'}${a.source ? ` [${a.source}]` : ''} ×${count}`,
    );
  }
  lines.push('', `Citations (${result.citations.length})`);
  // A paper cited in the same words more than once (in the text and again in a footnote) is one line with its count,
  // as an acronym is, in the order of its first citation.
  const cited = new Map<string, { line: string; title: string | null; count: number }>();
  for (const c of result.citations) {
    const line = `${oneLine(c.text)}${c.url ? `  ${c.url}` : ''}`;
    // With `--lookup`: the cited paper's title, when a service gave one.
    const title = (c as { title?: unknown }).title;
    const key = `${line}\n${typeof title === 'string' ? title : ''}`;
    const seen = cited.get(key);
    if (seen) seen.count++;
    else cited.set(key, { line, title: typeof title === 'string' ? oneLine(title) : null, count: 1 });
  }
  for (const { line, title, count } of cited.values()) {
    lines.push(`  ${line}${count > 1 ? `  ×${count}` : ''}`);
    if (title !== null) lines.push(`      ${title}`);
  }
  lines.push('', `Timeline (${result.timeline.length})`);
  for (const t of result.timeline) {
    const when = t.endIso ? `${t.iso}..${t.endIso}` : t.iso;
    lines.push(`  ${when.padEnd(22)} ${t.kind === 'event' ? '' : `[${t.kind}] `}${oneLine(t.label)}`);
  }
  if (result.commitments.length) {
    lines.push('', `Commitments (${result.commitments.length})`);
    for (const c of result.commitments) lines.push(`  - ${oneLine(c.text)}${c.due ? ` (due ${c.due})` : ''}`);
  }
  lines.push('', `Outline (${result.outline.length})`);
  for (const o of result.outline) lines.push(`  ${'  '.repeat(Math.max(0, o.level - 1))}${oneLine(o.title)}`);
  return lines.join('\n') + '\n';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
