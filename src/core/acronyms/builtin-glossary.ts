/**
 * The built-in glossary, read synchronously from `assets/glossary/*.json` (for the CLI and
 * the pipeline's default). The content script should reach it through `loadGlossary()`
 * in `glossary.ts`, so pages without a paper do not load it.
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
import { createGlossary, entriesFromFiles, type Glossary } from './glossary';

/**
 * File order is the tie-break between meanings of one abbreviation: government and
 * parliament first, then bodies, parties, the EU, defence, the world, law, money, the rest.
 */
const FILES: readonly unknown[] = [
  ministry,
  parliament,
  agency,
  party,
  eu,
  natoDefence,
  international,
  lawProcedure,
  finance,
  other,
];

export const builtinGlossary: Glossary = createGlossary(entriesFromFiles(FILES));
