/**
 * The twelve Dutch month names, in a module of their own with nothing else at its top level: the interface's date
 * formatting (`src/i18n/format.ts`) takes them from here into the content script, where `dutch-months.ts` would bring
 * its month table and alternation too (built at load, so the bundler keeps them: 111 bytes gzip).
 */

/** The twelve month names, January first. */
export const FULL_MONTH_NAMES: readonly string[] = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
