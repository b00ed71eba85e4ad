import { isParticipleAfterParticle } from '../dates/tense';
import { MAX_LABEL, isCapitalized } from './label-chars';
import { ARTICLES, COUNTING_WORDS, DEMONSTRATIVES, FUNCTION_WORDS, POSSESSIVES } from './function-words';

/**
 * A long label of a date that opens its main clause, the finite verb and the subject after it (see `isFrontedDate`),
 * without the date and with the subject first. Cut at its end, `Op 12 mei jl. heeft het College voor de Rechten van de
 * Mens (hierna ook wel: College) zijn jaarrapportage Mensenrechten in Nederland 2014 uitgebracht` (1770) read `Op 12
 * mei jl. heeft het College voor de Rechten van de Mens…`: the date's words, which the timeline shows beside the label,
 * took the room of what was published. Now `Het College voor de Rechten van de Mens heeft zijn jaarrapportage
 * Mensenrechten…`. Only where the date's phrase only places the event in time (`Op`, `In`, `Begin`, … or the date
 * alone); a phrase that bounds it, `Tot 2005 werd …` (1792), `Sinds`, `Vanaf`, `Uiterlijk`, says what the label must.
 */

/**
 * First words of a date's phrase that only place the event in time: a preposition of a point or a stretch in it, a word
 * of a part of a period, a weekday. Any other (`Tot`, `Sinds`, `Vanaf`, `Uiterlijk`, `Anders dan in 2015 …`, 291) says
 * what the label must, and a phrase that opens with the date itself is left as it is.
 */
const PLACING = new Set(
  'op in gedurende tijdens begin eind medio half halverwege afgelopen vorig vorige deze dit komend komende volgend volgende maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'.split(
    ' ',
  ),
);

/** Personal pronouns that are a subject alone. */
const PRONOUN_SUBJECT = new Set('ik wij we hij zij ze men'.split(' '));

/** Words that open a subject of several words: articles, demonstratives, possessives. */
const DETERMINER: ReadonlySet<string> = new Set([
  ...ARTICLES,
  // Not `dat`, a conjunction as often, nor `die`, a relative pronoun as often (`zijn de afspraken die ik …`, `zijn
  // die reeds …`, see UNCLEAR); nor `ons`, a pronoun as often.
  ...DEMONSTRATIVES.filter((w) => w !== 'dat' && w !== 'die'),
  ...POSSESSIVES.filter((w) => w !== 'ons'),
]);

/**
 * Words that end a subject of several words, the object or an adverbial opening after it: a determiner or possessive,
 * an object pronoun, or a preposition other than those inside a name (`van`, `voor`, `der`, see NAME_PREPOSITION).
 */
const SUBJECT_END = new Set([
  ...DETERMINER,
  ...'mij me ons hem hen u zich er'.split(' '),
  // `er` joined to its preposition: `is het streven erop gericht om …` (384).
  ...'aan bij door in mee na naar om onder op over tegen toe uit van voor'.split(' ').map((p) => `er${p}`),
  ...'in op aan met bij naar over door om te tot uit onder tegen tussen zonder na per inzake tijdens sinds vanaf via volgens namens ter ten'.split(
    ' ',
  ),
  ...'ook niet nog al reeds daarom echter inmiddels opnieuw wederom eerder vervolgens daarna toen nu dan wel zelf momenteel thans mede'.split(
    ' ',
  ),
]);

/**
 * Words that leave a subject's end unclear: a conjunction joins a second subject or clause (`de Europese Commissie en
 * de Hoge Vertegenwoordiger`, 1158; `de convenantafspraken afgelopen en is …`), a relative opens a clause inside it
 * (`In de bestuursovereenkomst zijn de afspraken die ik vorig jaar juni met de provincie Fryslân gemaakt heb
 * uitgewerkt`, 1113, read `De afspraken zijn die ik …`).
 */
const UNCLEAR = new Set('en of maar waar dat die wat welke wie'.split(' '));

/** An abbreviation in brackets after a name, which goes with it: `de Noord-Atlantische Raad (NAR)`. */
const NAME_ABBREVIATION = /^\(\p{Lu}[\p{L}\p{N}&-]*\)$/u;

/** The last word of a law's or decision's name, which a preposition continues (`Wet op …`, `Besluit tot …`). */
const LAW_NAME = /(?:wet|besluit|regeling|verordening|richtlijn|verdrag|akkoord|plan|programma)$/i;

/** Prepositions inside a subject's name: `de vaste commissie voor Binnenlandse Zaken`, `het Comité van ministers`. */
const NAME_PREPOSITION = new Set(['van', 'voor', 'der', 'des']);

/**
 * Adverbs that open `after` where the date's phrase is no fronted phrase of a main clause, its verb not next: `…schreef
 * ik, op 10 april al een brief naar aanleiding van vragen` read `al` as the verb and gave `Een brief al naar aanleiding
 * van vragen…`.
 */
const ADVERBS = new Set(
  'al ook nog reeds dan toen echter immers wel niet pas zelfs eerst daarna vervolgens tevens bovendien'.split(
    ' ',
  ),
);

/**
 * Nouns of quantity that a noun follows inside the subject (`het aantal schijnzelfstandigen is …`, 2146), where another
 * noun after a noun opens the object.
 */
const QUANTITY = new Set(
  'aantal deel merendeel meerderheid minderheid helft gros percentage totaal'.split(' '),
);

/**
 * Does a lower-case word read as an adjective before its noun, not as the noun: inflected (`de vaste commissie`, `de
 * afrondende afstemming`) or of a common adjective ending (`het toenmalig kabinet`).
 */
function adjectiveShaped(word: string): boolean {
  return /(?:e|ig|lijk|isch)$/.test(word);
}

/**
 * Does `en` before `next` join a second subject to the first, which ends on `prev`: where the finite verb is plural
 * (ends in `en`, as `hebben`, `zijn`, `brachten`), `next` opens a subject (a determiner or a personal pronoun) and the
 * first ends on a word of its own (no preposition of a name). `Op 12 februari 2019 hebben de Minister van BZK en ik een
 * gezamenlijke adviesaanvraag ingediend …` (1143) read `Op 12 februari 2019 hebben de Minister van BZK en ik…`. A
 * singular verb leaves `en` unclear: `… is de regeling afgelopen en de …` may join two clauses.
 */
function joinsSecondSubject(verb: string, prev: string, next: string): boolean {
  return (
    verb.endsWith('en') &&
    !NAME_PREPOSITION.has(prev) &&
    !DETERMINER.has(prev) &&
    (DETERMINER.has(next) || PRONOUN_SUBJECT.has(next))
  );
}

/** The most words a subject of several words has. */
const MAX_SUBJECT = 9;

/**
 * `head` (the date's phrase, collapsed: `Op 12 mei jl.`) and `after` (the clause after it, collapsed, opening with its
 * finite verb) as one label, the subject first and the date left out, when together they are too long for a label and
 * the subject is clear: a personal pronoun (`In juni 2020 heb ik …` → `Ik heb …`), or a determiner and at most
 * MAX_SUBJECT words up to a word that ends it (SUBJECT_END, a participle). Null otherwise: the label keeps the date.
 */
export function subjectFirst(head: string, after: string): string | null {
  if (head.length + 1 + after.length <= MAX_LABEL) return null;
  const first = head.slice(0, head.indexOf(' ') < 0 ? head.length : head.indexOf(' ')).toLowerCase();
  if (!PLACING.has(first)) return null;
  return subjectBeforeVerb(after);
}

/**
 * Can `w`, after a determiner and a participle, be the noun the participle describes: a word in lower case (or a name's
 * capitalised one) that is no function word and no participle itself (`de voorgenomen sluiting`, not `het besloten
 * dat`)?
 */
function nounAfterParticiple(w: string): boolean {
  return /^[\p{L}-]+$/u.test(w) && !FUNCTION_WORDS.has(w) && !isParticipleAfterParticle(w);
}

/**
 * `clause` (collapsed, opening with its finite verb, the subject after it as Dutch puts it after a fronted phrase) with
 * the subject first, capitalised: a personal pronoun, or a determiner and the words up to one that ends the subject
 * (see `subjectFirst`). Null where the subject is unclear.
 */
export function subjectBeforeVerb(clause: string): string | null {
  const words = clause.split(' ');
  const verb = words[0] as string;
  const opener = words[1];
  if (opener === undefined || !/^\p{Ll}+$/u.test(verb) || ADVERBS.has(verb)) return null;
  let end: number;
  if (PRONOUN_SUBJECT.has(opener)) end = 2;
  else if (DETERMINER.has(opener)) {
    end = -1;
    // Whether a name's word has been read: a lower-case word after it that ends nothing leaves the end unclear (`de
    // Eurogroep plaats vond`, 1353; `de rechtbank Den Haag uitspraak gedaan`).
    let named = false;
    let joined = false;
    for (let k = 2; k < words.length && k <= MAX_SUBJECT + 1; k++) {
      const w = words[k] as string;
      const prev = words[k - 1] as string;
      const next = words[k + 1] ?? '';
      // A second subject joined by `en` (see `joinsSecondSubject`): a pronoun ends the subject, a determiner opens the
      // second one, read as the first was.
      if (!joined && w === 'en' && k >= 3 && joinsSecondSubject(verb, prev, next)) {
        joined = true;
        named = false;
        if (PRONOUN_SUBJECT.has(next)) {
          end = k + 2;
          break;
        }
        k++;
        continue;
      }
      if (named && NAME_ABBREVIATION.test(w)) continue;
      if (!/^[\p{L}-]+$/u.test(w) || UNCLEAR.has(w)) return null;
      if (NAME_PREPOSITION.has(w)) {
        // Inside a name only before its next capitalised word (`voor de Rechten van de Mens`): else a particle (`stelde
        // de Tweede Kamer voor op basis …`, 1470).
        const after = DETERMINER.has(next) ? (words[k + 2] ?? '') : next;
        if (!isCapitalized(after)) return null;
        continue;
      }
      // The article after a name's preposition is the name's (`voor de Rechten`).
      if (NAME_PREPOSITION.has(prev) && DETERMINER.has(w)) continue;
      if (SUBJECT_END.has(w)) {
        // A law's or decision's name goes on with its preposition: `de Wet op de inlichtingen- en veiligheidsdiensten`
        // (1830), `het Raadsbesluit tot oprichting van …` (1020).
        if (LAW_NAME.test(prev) && !DETERMINER.has(w)) return null;
        // `zijn` and `haar` end the subject as possessives, a noun after them; `zijn` before `om` is a verb (`moet het
        // makkelijk zijn om …`, 01).
        if ((w === 'zijn' || w === 'haar') && (next === '' || FUNCTION_WORDS.has(next))) return null;
        end = k;
        break;
      }
      // A counting word after the subject's noun opens the object.
      if (k >= 3 && COUNTING_WORDS.has(w)) {
        end = k;
        break;
      }
      // A participle right before the subject's noun is its adjective: `is de voorgenomen sluiting … besproken` (1338)
      // read `De is voorgenomen sluiting…`.
      if (isParticipleAfterParticle(w) && !(k === 2 && nounAfterParticiple(next))) {
        end = k;
        break;
      }
      if (isCapitalized(w)) named = true;
      else if (named) return null;
      // A lower-case noun after a lower-case noun opens the object, whose end is unclear: `In 2020 heeft het kabinet
      // maatregelen genomen om …` read `Het kabinet maatregelen heeft genomen…`.
      else if (
        k >= 3 &&
        /^\p{Ll}/u.test(prev) &&
        !NAME_PREPOSITION.has(prev) &&
        !DETERMINER.has(prev) &&
        !adjectiveShaped(prev) &&
        !(k === 3 && isParticipleAfterParticle(prev)) &&
        !QUANTITY.has(prev)
      )
        return null;
    }
    // A subject that ends on no noun (`de`, `een`, `van`) is no subject found; `het` may be one.
    if (end < 0) return null;
    const last = words[end - 1] as string;
    if (NAME_PREPOSITION.has(last) || last === 'de' || last === 'een') return null;
  } else return null;
  const subject = words.slice(1, end).join(' ');
  const label = [subject, verb, ...words.slice(end)].join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
