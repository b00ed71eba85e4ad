/**
 * The numbers of a citation as Kamerlens shows them, kept on one line: the groups of a dossier (`29 521`, `36 200 X`,
 * `33 852 (R2023)`) and `nr.` / `no.` / `item` with its number are joined by no-break spaces (U+00A0), so a narrow
 * popover or sidebar does not break `29 / 521` or `nr. / 446`. Only Kamerlens's own copy of the words: the page's text,
 * and what is copied or filtered, keep their spaces.
 */
export function unbrokenNumbers(text: string): string {
  return text.replace(/(\d|\b(?:[Nn][ro]s?\.|item)) (?=\d|[A-Z]+\b|\(R\d)/g, '$1\u00a0');
}
