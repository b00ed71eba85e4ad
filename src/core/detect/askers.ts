/**
 * Who asked the written questions an answer answers, read from its `Vragen van …` line (`HeadFacts.questions`):
 *
 *   Vragen van het lid Beckerman (SP) aan de Minister van …                           (45)
 *   Vragen van de leden Thijssen (PvdA) en Van der Lee (GroenLinks) aan …              (1147)
 *   Vragen van de leden Pechtold, Hachchi (beiden D66), Van Haersma Buma en Van Toorenburg (beiden CDA) aan …  (1612)
 *
 * Each member as the line writes them, with their party: `Van der Lee (GroenLinks)`. A party shared by several
 * (`(beiden SP)`, `(allen PVV)`) is each one's. The members end where the line turns to whom they asked (`aan`), what
 * about (`over`), when they sent them (`(ingezonden …)`) or when they were told (`op 9 augustus 2022 medegedeeld aan`,
 * 1627), so the addressed minister is never taken for an asker.
 */

/** `Vragen van het lid`, `van de leden`, `van lid` (372), `van het leden` (1915); the names may start on the next line (1891). */
const OPENING = /^Vragen van (?:het |de )?(?:lid|leden)\s+/;
/** How far the members may run: the longest list in the corpus (seven members with their parties, 180) is 126 characters. */
const REACH = 600;
/** Where the members end, outside brackets: the addressee, the subject, a day they were told, the day they were sent. */
const END = /\s+(?:aan|over)\s|\s+op\s+\d|\s*\([Ii]ngezonden\b|\n[^\S\n]*\n/y;
/** Between two members: `, `, ` en `, and once `, en ` (2186). */
const BETWEEN = /,\s*(?:en\s+)?|\s+en\s+/y;
/** A member's name: capitalised (`Van der Lee`, `Tjeerd de Groot`, `Jasper vanDijk`, 1633), letters, initials, hyphens. */
const NAME = /^\p{Lu}[\p{L}\p{M}'’.\- ]{0,60}$/u;
/** A party shared by all the members before it back to the last one with a party of their own (`bieden`: 2571's typo). */
const SHARED = /^(?:beiden|beide|bieden|allen)\s+/i;
const PARTY = /^[^()]{1,60}$/;

interface Member {
  name: string;
  party: string | null;
}

/** The askers named by the `Vragen van …` line starting at `lineStart` in `text`; none when the line is not read as one. */
export function readAskers(text: string, lineStart: number): string[] {
  const window = text.slice(lineStart, lineStart + REACH);
  const opening = OPENING.exec(window);
  if (!opening) return [];
  const end = membersEnd(window, opening[0].length);
  if (end === null) return [];
  const members = splitMembers(oneLine(window.slice(opening[0].length, end)));
  if (!members) return [];
  return members.map((m) => (m.party ? `${m.name} (${m.party})` : m.name));
}

/** Where the members end: the first `END` outside brackets, or null when none comes within reach. */
function membersEnd(window: string, from: number): number | null {
  let depth = 0;
  for (let i = from; i < window.length; i++) {
    const c = window[i];
    if (c === '(') {
      END.lastIndex = i;
      if (depth === 0 && END.test(window)) return i;
      depth++;
    } else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ' ' || c === '\n' || c === '\t' || c === '\u00a0')) {
      END.lastIndex = i;
      if (END.test(window)) return i;
    }
  }
  return null;
}

/**
 * The line as one line: a word broken at a line end joined again (`Nieuwen-` / `huizen`; a hyphen before a capital is
 * the name's own, `GroenLinks-` / `PvdA`), runs of white space one space, and a space before a bracket glued to the
 * name before it (`Kwint(beiden SP)`, 2754).
 */
function oneLine(s: string): string {
  return s
    .replace(/(\p{Ll})-[^\S\n]*\n\s*(?=\p{Ll})/gu, '$1')
    .replace(/-[^\S\n]*\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/(\S)\(/g, '$1 (')
    .trim();
}

/** The members and their parties, or null when any part is not a name (then the line is not read at all). */
function splitMembers(s: string): Member[] | null {
  const members: Member[] = [];
  let unpartied = 0; // how many members at the end of `members` have no party yet
  let i = 0;
  while (i < s.length) {
    const open = nextOutside(s, i);
    const name = s.slice(i, open.at).trim();
    if (!NAME.test(name)) return null;
    let party: string | null = null;
    let next = open.at;
    if (open.bracket) {
      const close = s.indexOf(')', open.at);
      if (close < 0) return null;
      party = s.slice(open.at + 1, close).trim();
      next = close + 1;
    }
    members.push({ name, party: null });
    if (party !== null) {
      const shared = SHARED.exec(party);
      const own = shared ? party.slice(shared[0].length) : party;
      if (!PARTY.test(own)) return null;
      // `(beiden SP)` is the party of the members before it without one; a plain `(SP)` only of the last: in
      // `Jasper vanDijk en Hijink (SP)` (1633) the line does not say the first member's, and a party
      // guessed wrong would be worse than none.
      const first = shared ? members.length - 1 - unpartied : members.length - 1;
      for (let k = first; k < members.length; k++) (members[k] as Member).party = own;
      unpartied = 0;
    } else unpartied++;
    if (next >= s.length) break;
    BETWEEN.lastIndex = next;
    const between = BETWEEN.exec(s);
    if (!between) return null;
    i = next + between[0].length;
  }
  return members.length > 0 ? members : null;
}

/** From `from`, the next `(` or member separator outside brackets, or the end. */
function nextOutside(s: string, from: number): { at: number; bracket: boolean } {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '(') return { at: i, bracket: true };
    if (s[i] === ',' || s[i] === ' ') {
      BETWEEN.lastIndex = i;
      if (BETWEEN.test(s)) return { at: i, bracket: false };
    }
  }
  return { at: s.length, bracket: false };
}
