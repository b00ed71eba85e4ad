/**
 * Dossier-line shapes that detection (`detect/scan-head.ts`) and the outline's head (`outline/head.ts`) both read, and
 * the one way a dossier id is printed wherever a reader sees it (the outline's head, the sidebar, the popovers).
 */

/**
 * A dossier number with its suffix, as a paper's head prints it: a part number (`21 501-02`, older pages `21 501–02`
 * with a dash, 2390), a budget chapter (`36 600 XIV`, `30 800 IXB`, older pages `27 400-XIV` (1872), glued `35 470IV`
 * (1081)), a fund (`24 400 D`), a kingdom act's R number (`25 948 (R 1616)`, 1405; `33 852 (R2023)`). A regex source,
 * without anchors or groups.
 */
export const PRINTED_DOSSIER = String.raw`\d{2} ?\d{3}(?:[-–]\d{1,3}|-[IVXLC]{1,5}[AB]?| ?[IVXLC]{1,5}[AB]?\b| [A-Z]{1,2}\b)?(?: \(R ?\d{3,4}\))?`;

/**
 * A dossier's line: its number and its title (`28 676 NAVO`, `35 166 Raming der voor de Tweede Kamer in 2020 benodigde
 * uitgaven, …`), from the line's start. Not a citation's number (`28 676, nr. 12`): a capital follows the number. The
 * caller checks that the line holds no paper's number (`nr.`) either.
 */
export const DOSSIER_TITLE_LINE = new RegExp(String.raw`^${PRINTED_DOSSIER} \p{Lu}`, 'u');

/**
 * A dossier number alone on its line with a footnote marker glued to it: `26 7321` / `Algehele herziening van de
 * Vreemdelingenwet …` (2880, and `26 9752` below it for note 2), `23 9821` (545). The thousands space shows where the
 * dossier number ends: a dossier number has five digits, so the one or two after them are the note. Group 1 is the
 * dossier number.
 */
export const DOSSIER_WITH_NOTE = /^(\d{2} \d{3})[1-9]\d?$/;

/**
 * A dossier that is itself a paper, printed with that paper's number: `26 976, nr. 1` / `Notitie «Reflecties over de
 * positie van de Eerste Kamer»` (591), with a suffix as any dossier number may have (`21 501-02, nr. 5`). The dossier
 * is group 1 (`26 976`); the paper whose head this is has its own number below. The dossier's title, if the page
 * prints one, is on the next line.
 */
export const DOSSIER_NUMBERED = new RegExp(String.raw`^(${PRINTED_DOSSIER}), nr\. ?\d{1,5}$`);

/**
 * A dossier id (`22236`, `21501-02`, `36200-X`, `25922-R1613`) as the papers print it in their heads and citations:
 * `22 236`, `21 501-02`, `36 200 X`, `25 922 (R1613)`. Over the corpus the heads print a chapter after a space 414
 * times and after a hyphen 7 times (`27 400-XIV`, 1872), the text's `Kamerstuk 36 560 XII` 206 times against 38; a
 * part (`21 501-02`) always keeps its hyphen. Anything else is returned unchanged.
 */
export function printedDossier(id: string): string {
  const m = /^(\d{2})(\d{3})((?:-[0-9A-Za-z]+)*)$/.exec(id);
  if (!m) return id;
  const suffix = (m[3] as string)
    .split('-')
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? `-${p}` : /^R\d+$/.test(p) ? ` (${p})` : ` ${p}`))
    .join('');
  return `${m[1]} ${m[2]}${suffix}`;
}
