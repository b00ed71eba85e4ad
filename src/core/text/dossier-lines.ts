/**
 * Dossier-line shapes that detection (`detect/scan-head.ts`) and the outline's head (`outline/head.ts`) both read.
 */

/**
 * A dossier number alone on its line with a footnote marker glued to it: `26 7321` / `Algehele herziening van de
 * Vreemdelingenwet …` (2880, and `26 9752` below it for note 2), `23 9821` (545). The thousands space shows where the
 * dossier number ends: a dossier number has five digits, so the one or two after them are the note. Group 1 is the
 * dossier number.
 */
export const DOSSIER_WITH_NOTE = /^(\d{2} \d{3})[1-9]\d?$/;
