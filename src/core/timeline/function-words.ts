/**
 * Dutch function words (articles, prepositions, conjunctions, determiners) and the other words a label that was cut
 * may not end on.
 */

/** The articles, which open a noun phrase or a list's item (`het onderzoek, de analyses`). */
export const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'een']);

/**
 * The demonstratives. `die` and `dat` are relative pronouns and `dat` a conjunction too: each set of determiners below
 * says whether it takes them.
 */
export const DEMONSTRATIVES: readonly string[] = ['deze', 'dit', 'die', 'dat'];

/**
 * The possessives. `ons`, `haar` and `zijn` are a pronoun or a verb too (`heeft ons`, `aan haar`, `zijn gestart`): each
 * set of determiners below says whether it takes them.
 */
export const POSSESSIVES: readonly string[] = ['mijn', 'onze', 'ons', 'uw', 'zijn', 'haar', 'hun'];

/** The conjunctions that open a subordinate clause, its subject after them: `dat ik u … zou informeren`. */
export const SUBORDINATORS: readonly string[] = [
  'dat',
  'omdat',
  'zodat',
  'wanneer',
  'indien',
  'nadat',
  'voordat',
  'zodra',
  'terwijl',
  'hoewel',
];

/** The relative adverbs, which open a clause of their own: `waarin de naheffing zou worden uitgelegd`. */
export const RELATIVE_ADVERBS: readonly string[] = [
  'waarover',
  'waarin',
  'waarbij',
  'waarmee',
  'waarop',
  'waarvan',
  'waaraan',
  'waarvoor',
  'waardoor',
  'waarna',
  'waaruit',
];

/** The words that open a relative clause: `die`, `welke` and the relative adverbs. */
export const RELATIVE_WORDS: readonly string[] = ['die', 'welke', ...RELATIVE_ADVERBS];

/**
 * Articles, prepositions, conjunctions and determiners: a label cut right after one of these breaks off
 * in the middle of a phrase.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'de',
  'het',
  'een',
  "'t",
  'van',
  'in',
  'over',
  'op',
  'voor',
  'vóór',
  'met',
  'aan',
  'te',
  'en',
  'of',
  'bij',
  'door',
  'naar',
  'om',
  'tot',
  'uit',
  'onder',
  'tegen',
  'tussen',
  'zonder',
  'na',
  'per',
  'inzake',
  'dat',
  'die',
  'deze',
  'dit',
  'als',
  'dan',
  'maar',
  'hun',
  'uw',
  'onze',
  // The old genitive articles, no content word: a label that keeps `Koninkrijk der Nederlanden` and one of the same
  // title cut after it shared too few words to be one (140).
  'der',
  'des',
]);

/**
 * Words a cut label does not end on either, besides FUNCTION_WORDS (which also serve to compare labels, so
 * they stay as they are): prepositions and conjunctions that need what follows them, and determiners. A
 * cut after them ends in the middle of a phrase: `…toezeggingen gedaan tijdens…` (verslagen), `…zaken
 * rond…`, `…Van den…`. Not `zijn`, `haar` or `ons`, which may be a verb or a pronoun that ends a phrase.
 * Relative adverbs and words that open a clause or a list: `…voor alle asielaanvragen waarvan…` (223),
 * `…sinds 2021 zowel…` (216), `…ter aanbieding van respectievelijk…` (719), `…bekend is hoe…` (2540).
 */
const MORE_NO_LAST_WORDS = [
  'ten',
  'ter',
  'den',
  'tijdens',
  'rond',
  'rondom',
  'sinds',
  'vanaf',
  'via',
  'volgens',
  'namens',
  'betreffende',
  'omtrent',
  'aangaande',
  'middels',
  'jegens',
  'mijn',
  'alle',
  'elke',
  'iedere',
  'geen',
  'welke',
  // The conjunctions that open a clause (`dat` is a function word), and the relative adverbs.
  ...SUBORDINATORS.filter((w) => w !== 'dat'),
  'teneinde',
  ...RELATIVE_ADVERBS,
  'zoals',
  'zowel',
  'respectievelijk',
  'hoe',
  // Words that need the phrase after them: `…heb ik, mede namens de minister…` (786), `…tezamen met…` (41).
  'mede',
  'tezamen',
  // Prepositions that need their object: `…is toegezegd voorafgaand aan…` (1054).
  'voorafgaand',
  'vooruitlopend',
  'ingevolge',
  'wegens',
  'vanwege',
  'dankzij',
  'alsmede',
  // A title whose name was cut off: `…heeft overleg gevoerd met de heer…` (1007, `de heer Van der Steur`),
  // `…nam uw Kamer de motie van het lid…` (1008).
  'heer',
  'mevrouw',
  'lid',
  // Before a title, uninflected: `…als toenmalig lid van de Staten…` (1145).
  'toenmalig',
  'voormalig',
  // What joins a date to its noun or its days to each other, left when the date was cut off: `…van de politie d.d.…`
  // (2627, of `d.d. 15 november 2022`), `…Aruba van 20 t/m…` (1146).
  'd.d.',
  't/m',
];
export const NO_LAST_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...MORE_NO_LAST_WORDS]);

/**
 * Words that count what follows them: after a subject's noun they open the object (`heeft de Tweede Kamer negen
 * moties over de Alcoholnota aangenomen`, 1034, see `fronted.ts`), right after a determiner they are its noun's (`de
 * drie ministers`); the word after one is a noun, not a verb (`zullen de vier aanbevelingen`, 1695, see
 * `modalInfinitiveEnd`).
 */
export const COUNTING_WORDS: ReadonlySet<string> = new Set(
  'twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig honderd duizend enkele meerdere diverse verschillende vele talloze tal'.split(
    ' ',
  ),
);
