/**
 * The background's warm-up: the core run once on a short letter, as soon as a paper's address is
 * opened, before the page has any text to send.
 *
 * Why: a service worker that starts (the browser stops it after half a minute without work) runs
 * the core cold: every function compiled on its first call, every one of the core's patterns on its
 * first match. The first screens of the first paper after a pause waited 30–40 ms longer for that
 * (100 KB bench paper, a fresh browser: 102–116 ms against 66–92 ms once another paper had been
 * read). The document_start script asks for the warm-up on a paper's address; the page is still
 * being parsed then, and the opening's analysis follows some hundred milliseconds later.
 *
 * Only the marks (`only: 'marks'`: acronyms, citations, dates), what the opening's analysis runs. The whole
 * analysis took the worker 160–310 ms cold in a fresh browser, and the opening's question, asked at
 * DOMContentLoaded, waited behind it: the first screens of a fresh browser's first 100 KB paper came 183 ms after
 * the content script's start (median of eight), and 87 ms with the marks alone (the opening's analysis began at
 * 190 ms after navigation instead of 370). Against no warm-up at all: as fast where the page's text comes before
 * the warm-up is done (the local 100 KB page: 73 against 72 ms), faster where it comes after (the 1 MB page, as a
 * slow network would: 73 against 84 ms, the opening's analysis 56–108 ms instead of 87–137). The whole paper's
 * analysis, which needs the rest, comes later and compiles it then.
 */

import type { AnalyzeInput } from '../core/analyze';

/**
 * Excerpts of a real letter (Tweede Kamer, Kamerstuk 28 676, the NAVO defence ministers of 30
 * September 2022; the whole letter is `tests/fixtures/navo-defensieministers-2022-09-30.txt`), with
 * its line ends, a hyphenated line end and a footnote: acronyms defined and from the glossary, a
 * Kamerstuk citation and dates, so every finder of the marks runs (and two commitments).
 */
export const WARM_UP_LETTER = ` Aan de Voorzitter van de Tweede Kamer der Staten-Generaal 

Den Haag, 30 september 2022 

Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel 
bijeen. In deze brief informeer ik uw Kamer over de agenda voor deze 
bijeenkomst. Het is de eerste bijeenkomst van de NAVO-Ministers van 
Defensie na de NAVO-Top in Madrid op 29 en 30 juni 2022, waar de 
bondgenoten belangrijke besluiten namen over onder meer de versterking 
van de gezamenlijke afschrikking en verdediging en het nieuwe Strate-
gisch Concept.1 
En marge van de bijeenkomst van de NAVO-Ministers van Defensie komt 
de Ukraine Defense Contact Group (UDCG) voor de zesde keer bijeen. 

Oekraïne 

Nederland onderschrijft het belang hiervan. Binnenkort 
ontvangt uw Kamer een brief waarin de Defensie Industrie Strategie 
(2018) in de actuele geopolitieke context wordt geplaatst. Het kabinet heeft in juni 2022 
aangekondigd het zwaartepunt van de Nederlandse inzet in Irak te 
verplaatsen van Operation Inherent Resolve (OIR) naar NMI (Kamerstuk 
29 521, nr. 446, d.d. 17 juni 2022). Het kabinet zal de Kamer hierover nadere voorstellen doen. 

1 Concreet gaat het om het Concept for the Deterrence and Defence of the Euro-Atlantic Area 
(DDA). 

De Minister van Defensie, 
K.H. Ollongren
`;

/** What the warm-up asks of the core: the letter's marks, as the opening's analysis asks (see above). */
export const WARM_UP_INPUT: AnalyzeInput = { text: WARM_UP_LETTER, only: 'marks' };

/**
 * A warm-up that runs `run(WARM_UP_INPUT)` once in the worker's life, after the call that asked
 * for it has been answered (`schedule`); later calls do nothing. A warm-up that fails costs nothing
 * but its own time.
 */
export function createWarmUp(
  run: (input: AnalyzeInput) => unknown,
  schedule: (task: () => void) => void = (task) => void setTimeout(task, 0),
): () => void {
  let asked = false;
  return () => {
    if (asked) return;
    asked = true;
    schedule(() => {
      try {
        run(WARM_UP_INPUT);
      } catch {
        // The core never throws by contract; should it, the page's own analysis will say so.
      }
    });
  };
}
