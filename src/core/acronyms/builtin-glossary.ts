/**
 * The built-in glossary, read synchronously from `assets/glossary/*.json` (for the CLI, the
 * tests and the pipeline's default).
 *
 * In the extension's content script the data is not bundled: the content script runs on every
 * page of the two sites, and most of them are not papers. There `builtinGlossary` stays empty
 * until the content script, once it has decided the page is a paper, fetches the files from the
 * extension package and hands them over with `supplyBuiltinGlossary`.
 */
import agency from '../../../assets/glossary/agency.json';
import eu from '../../../assets/glossary/eu.json';
import finance from '../../../assets/glossary/finance.json';
import international from '../../../assets/glossary/international.json';
import lawProcedure from '../../../assets/glossary/law-procedure.json';
import ministry from '../../../assets/glossary/ministry.json';
import natoDefence from '../../../assets/glossary/nato-defence.json';
import other from '../../../assets/glossary/other.json';
import parliament from '../../../assets/glossary/parliament.json';
import party from '../../../assets/glossary/party.json';
import {
  createGlossary,
  entriesFromFiles,
  GLOSSARY_FILES,
  type Glossary,
  type GlossaryFileName,
} from './glossary';

/**
 * True only in the content script build: WXT replaces `import.meta.env.ENTRYPOINT` with the
 * entrypoint's name at build time, so the bundler sees a constant and drops the data imports
 * below from that bundle. Elsewhere (Node, Vitest, the other entrypoints) it is false.
 */
const PACKAGED_DATA: boolean = import.meta.env?.ENTRYPOINT === 'content';

const BUNDLED: Record<GlossaryFileName, unknown> = {
  ministry,
  parliament,
  agency,
  party,
  eu,
  'nato-defence': natoDefence,
  international,
  'law-procedure': lawProcedure,
  finance,
  other,
};

// The glossary the content script supplies; empty until then (acronyms are still found, unexplained).
let supplied: Glossary = createGlossary([]);

/** The content script's glossary, fetched from the extension package on papers only. */
export function supplyBuiltinGlossary(glossary: Glossary): void {
  supplied = glossary;
}

/** A glossary that answers with whatever was last supplied. */
const suppliedGlossary: Glossary = {
  lookup: (abbr) => supplied.lookup(abbr),
  has: (abbr) => supplied.has(abbr),
  isHidden: (abbr) => supplied.isHidden(abbr),
  get entries() {
    return supplied.entries;
  },
};

export const builtinGlossary: Glossary = PACKAGED_DATA
  ? suppliedGlossary
  : createGlossary(entriesFromFiles(GLOSSARY_FILES.map((name) => BUNDLED[name])));
