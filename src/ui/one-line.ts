/** Page text as one line: titles and citations may carry the line breaks of the paper's layout. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
