/**
 * The built-in glossary, read synchronously from `assets/glossary/*.json`: the pipeline's
 * default, for the CLI, the tests and the extension's background (where the analysis runs; the
 * content script never bundles the core, so pages that are not papers never pay for the data).
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

export const builtinGlossary: Glossary = createGlossary(
  entriesFromFiles(GLOSSARY_FILES.map((name) => BUNDLED[name])),
);
