import type { Span } from '../types';
import { sentenceIndexAt } from '../text/sentences';
import { DELIVERY, GOV, KAMER, SEND_VERB } from './vocabulary';

/**
 * A necessary condition for COMMITMENT_PATTERNS, searched in the whole text as it stands (any case, any
 * white space) instead of in each flattened sentence: every sentence whose flattened text matches a
 * pattern holds the start of a match of CANDIDATE_RE, or one of UNFLATTENED_MARKS (see there). So only the
 * few sentences it points at need flattening and the full test.
 *
 * Why it is necessary: flattening lower-cases, turns each white-space run into one space, and joins words
 * at `-\n`. Apart from that join, a stretch of ASCII letters and spaces in the flattened sentence stands in
 * the text with the same letters in any case (flag `i`; only A–Z, U+0130 and U+212A lower-case to ASCII
 * letters) and `\s+` for each space. Each alternative below is such a stretch that every match of its
 * pattern contains (`\b` dropped, a word list cut to its first or last words: both only widen it).
 *
 * Why it looks like this: V8 tries each alternative at each position where its first letter stands, so the cost grows
 * with the number of groups and with how common their first letters are. Each group opens with a letter that is rare in
 * Dutch (`z`, `f`, `u`, `v`, `j`, `h`, `b`; not `i`, `s`, `o`; `k` only before `om` and `amer`), found inside the words
 * of the alternatives it stands for: the letters before it are checked by a lookbehind (`forme(?<=informe)…` for
 * `informe…`, `vangt(?<=ontvangt)` for `ontvangt`), and so is a word before the verb (`zal(?<=ik\s+zal)`). A match then
 * starts inside the stretch instead of at its first letter, in the same sentence: only which sentences hold a match
 * counts. A lookbehind comes after the letters that follow the group's letter where it can (`jgt(?<=krijgt)`, not
 * `j(?<=krij)gt`): most places where a common letter stands (the `j` of every `ij`) are then ruled out by the next
 * letters, which V8 checks quickly, before the lookbehind runs (a fifth fewer instructions for the pass).
 */
// The fragments' first or last words, where a group opens or looks behind on a verb beside them: each must list every
// first (last) word of the fragment it names (tests/core/commitments/candidates.test.ts checks them against it).
const GOV_FIRST = String.raw`(?:ik|wij|we|het|de|mijn)`; // first word of GOV
const GOV_LAST = String.raw`(?:ik|wij|we|kabinet|regering|minister|ministerie|president|staatssecretaris|opvolger|bewindslieden|bewindspersonen)`; // last word of GOV
const SUBJECT_LAST = String.raw`(?:ik|wij|we|kabinet)`; // last word of `ik|wij|we|het kabinet` (informs)
const SUBJECT_FIRST = String.raw`(?:ik|wij|we|het)`; // its first word
const KAMER_WORDS = anySpacing(KAMER);
const GOV_WORDS = anySpacing(GOV);
const SEND_WORDS = anySpacing(SEND_VERB);
/**
 * will-be-sent with `aangeboden` (`gedeeld`, `gerapporteerd`), seen from its `zal` or `zullen`: `aangeboden` begins
 * within 120 characters of the flattened sentence, with no period between (the longest way there: `zal`, `[^.]{0,80}?`,
 * TO_KAMER, ` worden `). In the text those are at most 120 characters other than white space, each after any run of it:
 * `\s*[^.\s]` (one way only to split a stretch into those, so a failing search stays linear). No group of its own opens
 * at the `b`: a common letter, and the only rare-ish one in the word.
 */
const TO_AANGEBODEN = String.raw`(?:\s*[^.\s]){0,120}?\s*(?:aangeboden|gedeeld|gerapporteerd)`;
/**
 * MINISTER_OF as the candidates' look-behinds read it, before `zal`/`zullen` and `informe…`: its words as `\S+\s+`
 * (the flattened text has one space where the text has a run).
 */
const MINISTER_OF_BEHIND = String.raw`(?:minister|staatssecretaris)\s+v(?:an|oor)\s+(?:[^\s.;:]+\s+){1,6}`;
/**
 * follows, seen from its `volgt`: the last word of GOVERNMENT_PAPER, then what the flattened sentence has between, at
 * most 60 characters other than a period (as in TO_AANGEBODEN: in the text, non-space characters each after any run of
 * white space).
 */
const GOVERNMENT_PAPER_LAST = String.raw`(?:beantwoording|reactie|standpunt|appreciatie|visie|brief)`;
/**
 * is-submitted with a BILL, seen from its `voorstel` or `van wijziging`: `ingediend` within 160 characters other than
 * white space (BILL's longest rest, ` van rijkswet`, the 120 characters between and `worden `), as in TO_AANGEBODEN.
 */
const TO_INGEDIEND = String.raw`(?:\s*[^.\s]){0,160}?\s*ingediend`;
/** What stands before SENT in will-be-sent (`worden`) and is-sent (`wordt`, `worden`; TO_KAMER: `kamer`, `kamers`, `u`). */
const SENT_AFTER = String.raw`(?:worden|wordt|kamers?|u)\s+`;
const CANDIDATE_GROUPS: readonly string[] = [
  // will: `(zal|zullen)\s+GOV`, `GOV\s+(zal|zullen)` and MINISTER_OF `(zal|zullen)` (its words as `\S+\s+`: the
  // flattened text has one space where the text has a run); will-clause: `(zal|zullen)\s+(\S+\s+)?SEND_VERB`; informs:
  // `SUBJECT\s+zend…` and `zend…\s+SUBJECT`; intends: PROMISE; will-be-sent and is-sent: `gezonden`, `toegezonden`,
  // `verzonden` after SENT_AFTER; can-send: `(kamer(s)|u)\s+(ver|toe)?zenden`; will-be-sent: `(zal|zullen)` and
  // TO_AANGEBODEN; will-receive: `zult\s+u`, `u\s+zult`, `zal\s+uw` and `kamer\s+zal` (`zal de` is `zal` before GOV),
  // and in a clause `(zal|zult|zullen)\s+(ontvangen|krijgen)`; will-come-back-clause:
  // `(zal|zullen)\s+(\S+\s+)?terug\s*komen`; intends: AIM's `inzet\s+is` and
  // `(zet|zetten)\s+(GOV\s+)?(mij|me|ons|zich)\s+in`; will-elided: `(zal|zullen)\s+uw?` (`u`, `uw kamer`; `de kamer` is
  // `zal de`); will-send: `zal ik`, `ik zal` (as will); can-expect and can-expect-paper: `tegemoet\s*zien` (their
  // `verwachten` is the `v` group's `verwacht`); will-reach: `(zal|zullen)\s+toegaan` (parliament first; with
  // parliament after `zal` it is `zal\s+uw?` or `zal\s+de`); intends: AIM's `onze\s+planning\s+(is|blijft)`, from the
  // `z` of `onze`. will-come-back and will-elsewhere start as will does.
  String.raw`z(?:ult(?:\s+u|(?<=u\s+zult)|\s+(?:ontvangen|krijgen))|al(?<=kamer\s+zal)|(?:al|ullen)\s+uw?\b|(?:al|ullen)(?:\s+${GOV_FIRST}|(?<=${GOV_LAST}\s+z(?:al|ullen))|(?<=${MINISTER_OF_BEHIND}z(?:al|ullen))|\s+(?:\S+\s+)?(?:${SEND_WORDS}|terug\s*komen)|\s+(?:toegaan|ontvangen|krijgen)|(?=${TO_AANGEBODEN}))|et(?:(?<=inzet)\s+is\b|(?:ten)?\s+(?:(?:ik|wij|we|het\s+kabinet)\s+)?(?:mij|me|ons|zich)\s+in\b)|end(?:(?<=${SUBJECT_LAST}\s+zend)|(?:t|en)?\s+${SUBJECT_FIRST})|eg(?:t|gen)?\s+(?:(?:ik|wij|we|het\s+kabinet)\s+)?(?:(?:u|uw\s+kamer|de\s+(?:tweede\s+)?kamer)\s+)?toe|onden(?<=${SENT_AFTER}(?:(?:toe|na)?ge|ver)zonden)|enden(?<=(?:kamers?|u)\s+(?:ver|toe)?zenden)|ien(?<=tegemoet\s*zien)|e\s+planning\s+(?:is|blijft)\b)`,
  // informs: `SUBJECT\s+informe…`, `(informeer|informeert|informeren)\s+SUBJECT` and MINISTER_OF `informe…`; passive:
  // `geinformeerd`, `geïnformeerd`; strives: `(streef|streeft)\s+(GOV\s+)?er\s*naar` and
  // `streef\s+(ik\s+)?naar\s+(de\s+)?DELIVERY`.
  String.raw`f(?:orme(?:(?<=${SUBJECT_LAST}\s+informe)|(?<=${MINISTER_OF_BEHIND}informe)|(?<=informe)(?:er|ert|ren)\s+${SUBJECT_FIRST}|erd(?<=ge[iï]nformeerd))|(?<=streef)(?:t?\s+(?:${GOV_WORDS}\s+)?er\s*naar|(?:\s+ik)?\s+naar\s+(?:de\s+)?${DELIVERY}))`,
  // comes-with: `(kom|komt|komen)\s+GOV` (GOV's words whole: `komen de`, `komt het` alone open many sentences, `Op 12
  // en 13 oktober komen de NAVO-ministers van defensie in Brussel bijeen.`, NAVO) and `GOV\s+(kom|komt|komen)`; is-sent
  // with `gerapporteerd` after TO_KAMER's `kamer(s)` (`aan uw Kamer wordt gerapporteerd`). This group was
  // `cht(?<=ingelicht)`, now in the `h` group: a ninth group would double the pass (see CANDIDATE_RE).
  String.raw`k(?:om(?:t|en)?(?:\s+${GOV_WORDS}|(?<=${GOV_LAST}\s+kom(?:t|en)?))|amers?\s+(?:(?:wordt|worden)\s+)?gerapporteerd)`,
  // informs: `SUBJECT\s+(stuur|stuurt|sturen)` and `(stuur|stuurt|sturen)\s+SUBJECT`; comes-back: `op\s+terug`;
  // keeps-informed: `(houd|houdt|houden)\s+` and the first word of GOV or KAMER; will-be-sent and is-sent: `gestuurd`,
  // `toegestuurd`, `verstuurd` after SENT_AFTER; can-send: `(kamer(s)|u)\s+(ver|toe)?sturen`; is-sent:
  // `(wordt|worden)\s+uw?` before any SENT; comes-back-fronted: `terug` before `.` or `;`; wants-to-come-back:
  // `terug\s*komen`; is-sent with `gerapporteerd` after TO_KAMER's `u` (`aan u (wordt) gerapporteerd`).
  String.raw`u(?:(?:ur|ren)(?<=${SUBJECT_LAST}\s+st(?:uur|uren))|(?:urt?|ren)(?<=stu(?:urt?|ren))\s+${SUBJECT_FIRST}|g(?<=op\s+terug)|d(?<=houd)(?:t|en)?\s+(?:ik|wij|we|het|uw|de|kamerleden|u)|rd(?<=${SENT_AFTER}(?:(?:toe|na)?ge|ver)stuurd)|ren(?<=(?:kamers?|u)\s+(?:ver|toe)?sturen)|w?\b(?<=(?:wordt|worden)\s+uw?)|g\s*[.;](?<=terug\s*[.;])|g\s*komen(?<=terug\s*komen)|\s+(?:(?:wordt|worden)\s+)?gerapporteerd)`,
  // strives: `streven\s+(GOV\s+)?er\s*naar`, and intends: AIM's `streven\s+(is|blijft)`; receives: `ontvangt\s+KAMER`;
  // receives-first: `KAMER_NOUN\s+ontvangt` (its last word: `u` or `kamer`); intends, can-expect and can-expect-paper:
  // `verwacht|verwachten|voornemens|van plan`, and intends: `voorzien om`; will-be-sent and is-sent: `voorgelegd` after
  // SENT_AFTER; follows: `volgt` after GOVERNMENT_PAPER_LAST; will-take-place: `plaatsvinden` (looking back for
  // `beantwoording` over the text cost a third of the pass); is-submitted with a BILL: its `voorstel` or `van
  // wijziging`, `ingediend` after it (TO_INGEDIEND).
  String.raw`v(?:en(?<=streven)\s+(?:(?:${GOV_WORDS}\s+)?er\s*naar|is\b|blijft\b)|angt(?<=ontvangt)(?:\s+${KAMER_WORDS}|(?<=(?:u|kamer)\s+ontvangt))|erwacht|oor(?:nemens|zien\s+om\b|gelegd(?<=${SENT_AFTER}voorgelegd)|stel(?=${TO_INGEDIEND}))|an\s+(?:plan|wijziging(?=${TO_INGEDIEND}))|olgt(?<=${GOVERNMENT_PAPER_LAST}(?:\s*[^.\s]){0,60}\s*volgt)|inden(?<=plaatsvinden))`,
  // receives: `krijgt\s+KAMER`; receives-first: `KAMER_NOUN\s+krijgt`; receives-clause:
  // `krijgt\s+(toe)?ge(stuurd|zonden)`; intends: AIM's `mijn\s+planning\s+(is|blijft)`, from the `j` of `mijn`.
  String.raw`j(?:gt(?<=krijgt)(?:\s+${KAMER_WORDS}|(?<=(?:u|kamer)\s+krijgt)|\s+(?:toe)?ge(?:stuurd|zonden))|n\s+planning\s+(?:is|blijft)\b)`,
  // passive: `op de hoogte (gehouden|gesteld|gebracht)` and `ingelicht`; intends: `hoop`, `hopen`; informs and
  // informs-separately: `SUBJECT\s+(bericht|berichten)` and `(bericht|berichten)\s+SUBJECT`. The `ht` of every `recht`,
  // `licht`, `richt` is ruled out by one lookbehind before the words' own.
  String.raw`h(?:o(?:ogte\s+(?:gehouden|gesteld|gebracht)|op\b|pen\b)|t(?<=(?:ingelic|beric)ht)(?:(?<=ingelicht)|(?:en)?(?:(?<=${SUBJECT_LAST}\s+berichte?n?)|\s+${SUBJECT_FIRST})))`,
  // is-sent: `aangeboden` after SENT_AFTER (as `gezonden` in the `z` group: the rarest letter of the word);
  // keeps-receiving: `(blijft|blijven)\s+KAMER` and `KAMER_NOUN\s+(blijft|blijven)` (its last word: `u` or `kamer`);
  // will-be-submitted and is-submitted: AT_KAMER, then `zal`/`zullen`, `wordt`/`worden` and `ingediend` (seen from
  // AT_KAMER's `bij`: the will-be-submitted form with `zal` before AT_KAMER has AT_KAMER, `worden` and `ingediend`
  // too).
  String.raw`b(?:oden(?<=${SENT_AFTER}aangeboden)|lij(?:ft|ven)(?:\s+${KAMER_WORDS}|(?<=(?:u|kamer)\s+blij(?:ft|ven)))|ij\s+(?:uw\s+kamer|de\s+(?:tweede\s+|eerste\s+)?kamer|beide\s+kamers)\s+(?:z(?:al|ullen)\s+)?(?:word(?:t|en)\s+)?ingediend)`,
  // will-be-sent and is-sent with `gerapporteerd`: after `zal` (TO_AANGEBODEN in the `z` group), `zal u` (the `z`
  // group), `wordt u` (the `u` group) or TO_KAMER (the `k` and `u` groups); until session 41 a search of its own
  // (WORD_MARKS, with `planning`: an `indexOf` per spelling cost 0.4 ms a megabyte each, more than the whole `z`
  // group).
];

/**
 * Global: for one pass over a text (see CANDIDATE_GROUPS). Eight groups, each opening at one letter: a ninth group
 * doubled the time of the pass (2.2 → 5.5 ms on the benchmark's megabyte; any eight of nine took 2.2–2.4 ms: V8
 * compiles the alternation differently past eight), and so did a group opening at one of two letters (`jgt…` or
 * `p…` for `planning`, +2 ms).
 */
export const CANDIDATE_RE = new RegExp(CANDIDATE_GROUPS.join('|'), 'gi');

/**
 * What makes a flattened sentence differ from the text in more than case and white space: joined
 * hyphenation (`-\n`), and the two characters that lower-case to ASCII letters besides A–Z (`İ` becomes
 * `i̇`, the Kelvin sign `k`). A sentence holding one is always a candidate. Searched with `indexOf`, which
 * is far cheaper than a regex alternative for text that rarely has them.
 */
export const UNFLATTENED_MARKS: readonly string[] = ['-\n', '\u0130', '\u212a'];

/**
 * The sentences that may hold a commitment, in order: those in which CANDIDATE_RE starts a match or
 * which hold one of UNFLATTENED_MARKS. One pass of the regex over the whole text instead of flattening
 * and testing every sentence. `sentences` are sorted and disjoint (`splitSentences`).
 */
export function candidateSentences(text: string, sentences: readonly Span[]): Span[] {
  const marked = new Uint8Array(sentences.length);
  const re = CANDIDATE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const j = sentenceIndexAt(sentences, m.index);
    if (j < 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    marked[j] = 1;
    // Go on at the end of the sentence, not of the match: one hit is enough for a sentence, and a match
    // that runs on into the next sentence must not hide a match that starts there.
    re.lastIndex = (sentences[j] as Span).end;
  }
  for (const mark of UNFLATTENED_MARKS) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      const j = sentenceIndexAt(sentences, at);
      if (j >= 0) marked[j] = 1;
    }
  }
  const out: Span[] = [];
  for (let j = 0; j < sentences.length; j++) if (marked[j] === 1) out.push(sentences[j] as Span);
  return out;
}

/**
 * A vocabulary fragment as it stands in the text: each space of the flattened sentence is a white-space run there.
 * For the fragments it is given (no space in a character class, none with a quantifier of its own), the same words
 * with any spacing; their `\b` stay, as flattening keeps word characters word characters.
 */
function anySpacing(fragment: string): string {
  return fragment.replaceAll(' ', String.raw`\s+`);
}
