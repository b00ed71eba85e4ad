/**
 * The words and phrase fragments the commitment patterns (`patterns.ts`) and the sentence cues (`sentence-cues.ts`) are
 * built from: who promises, parliament, the verbs of sending and informing, the papers sent. Regex source, written for
 * a flattened, lower-cased sentence (see `flatten`); where a fragment was written for a real sentence, its comment
 * quotes it.
 */

/**
 * The government as the subject of a promise. Also who promises for it after this letter's writer: a successor, `Mijn
 * ambtsopvolger zal het nieuwe rapport van het RIVM naar de Tweede Kamer sturen.` (1765, an outgoing minister's answer:
 * still a promise made to parliament, and the sentence, shown whole, says who made it), the next cabinet (`het volgende
 * kabinet`, `het nieuwe kabinet`; not `een volgend kabinet`, which in the corpus only has work to do, `Een volgend
 * kabinet zal daarom … aan de slag moeten …`, 1836, and each first word a pattern may start at costs a try at every
 * such word), and the ministers together: `De verantwoordelijke bewindslieden zullen u in voorkomende gevallen
 * informeren …` (2670).
 */
export const GOV = String.raw`(?:ik|wij|we|het kabinet|de regering|de minister(?:-president)?|de staatssecretaris|het ministerie|mijn (?:ambts)?opvolger|het (?:volgende|nieuwe) kabinet|de (?:verantwoordelijke |betrokken )?(?:bewindslieden|bewindspersonen))`;
/**
 * Parliament: `uw Kamer`, `de Tweede Kamer`, `u`, and both chambers as `de Staten-Generaal` (`Het kabinet verwacht nog
 * vóór het zomerreces een standpunt terzake aan de Staten-Generaal voor te kunnen leggen.`, 1825) or `beide Kamers`
 * (`Aansluitend zal ik het programma bij beide Kamers der Staten-Generaal voorhangen …`, 2154). A whole word: `de
 * kamerbrieven` is no addressee (`Naar aanleiding van deze Kamervragen zal ik op korte termijn in de ministerraad de
 * kamerbrieven over artikel 68 Grondwet … opnieuw aan de orde stellen.`, 2785: a promise to the cabinet, not to
 * parliament).
 */
export const KAMER = String.raw`(?:(?:uw|de(?: tweede| eerste)?) kamer\b|beide kamers\b|de staten-generaal|kamerleden|\bu\b)`;
/** Parliament named as a subject that takes `zal`. */
export const KAMER_SUBJECT = String.raw`(?:uw |de (?:tweede |eerste )?)kamer`;
/** KAMER as the subject at the start of a sentence. */
export const KAMER_NOUN = String.raw`(?:u|uw kamer|de (?:tweede |eerste )?kamer)`;
/**
 * A minister or state secretary named with the ministry, up to the verb after it: `de minister van financiën `,
 * `de staatssecretaris van volksgezondheid, welzijn en sport `. Counted in words (at most six), not characters,
 * so that the candidate scan can count the same in the unflattened text.
 */
export const MINISTER_OF = String.raw`\bde (?:minister|staatssecretaris) (?:van|voor) (?:[^\s.;:]+ ){1,6}?`;
/**
 * The government as the subject of a clause whose verbs come last (`dat ik …`, `waarop de Minister en ik …`): `ik`,
 * `wij`, `het kabinet`, and a minister (with the ministry or not) or a colleague together with `ik` or `wij`: `De
 * evaluatiecommissie doet een aantal aanbevelingen waarop de Minister en ik in de Toekomstvisie Wetenschap zullen
 * terugkomen.` (1456). In a main clause the pair needs nothing of its own: `ik zullen` is in WILL_Z (`De
 * Staatssecretaris en ik zullen u voor het zomerreces nader informeren …`, 243).
 */
export const CLAUSE_GOV = String.raw`(?:(?:(?:de (?:minister(?:-president)?|staatssecretaris)|mijn collega)(?: (?:van|voor) (?:[^\s.;:]+ ){1,6}?)? en )?(?:ik|wij|we)|het kabinet)`;
/** Conjunctions and relatives that open a clause whose verbs come last. */
export const CLAUSE_OPENS = String.raw`(?:dat|die|wat|waarin|waarover|waarop|waarna|zodra|zodat)`;
/** What the government intends or expects to do for parliament (`te kunnen informeren`, `kan toezenden`). */
export const INTENDED_SEND = String.raw`(?:informeren|sturen|zenden|toesturen|toezenden|rapporteren|berichten|voorleggen|delen|doen toekomen|aanbieden)`;
/**
 * INTENDED_SEND's separable verbs split by `te`: `aan te bieden` (`Het kabinet is voornemens de hiervoor noodzakelijke
 * wetsvoorstellen … aan de Tweede Kamer ter goedkeuring aan te bieden.`, 2141; `Ik verwacht het Veteranenbesluit … in
 * het najaar van 2013 aan uw Kamer aan te bieden.`, 642), `voor te leggen` (`Ik verwacht het ontwerp van de
 * ministeriële regeling na het zomerreces aan uw Kamer voor te leggen.`, 319), also with `kunnen` between.
 */
export const INTENDED_SEND_SPLIT = String.raw`(?:aan te (?:kunnen )?bieden|voor te (?:kunnen )?leggen)`;
/**
 * The aim or effort as a noun, or the government setting itself to it: `Het streven is de antwoorden zo spoedig
 * mogelijk aan uw Kamer te sturen.` (2496), `Het streven blijft erop gericht de beleidsdoorlichting nog dit najaar aan
 * de Tweede Kamer aan te bieden.` (1123), `Mijn inzet is u het kabinetsbesluit voor het zomerreces aan te bieden.`
 * (2273), `Met inachtneming van het voorgaande zet het kabinet zich in om het wetsvoorstel zo spoedig mogelijk aan uw
 * Kamer aan te bieden.` (1198), the plan: `Onze planning is nu om de opzet medio april naar de Kamer te sturen.` (20).
 * Only the government's effort and plan: not `De EU zet zich in om …`, nor `de planning`, which is as often a project's
 * (`dat de planning is dat twee jaar na het opleveren van dit project de werkzaamheden … zullen worden uitgevoerd`,
 * 2212). Each starts at its noun or verb, the word before it looked back on, and they stand in the one alternation that
 * intends tries at each word (a second one cost a pass of its own over every candidate).
 */
export const AIM = String.raw`planning (?:is|blijft)(?<=\b(?:mijn|onze) planning (?:is|blijft))|streven (?:is|blijft)(?<=\b(?:het|mijn|ons) streven (?:is|blijft))|inzet is(?<=\b(?:mijn|onze) inzet is)|(?:zet|zetten)(?:(?<=\b(?:ik|wij|we|het kabinet) (?:zet|zetten))| (?:ik|wij|we|het kabinet)) (?:mij|me|ons|zich) in`;
/**
 * Verbs of informing or sending, in the present tense (informs): also `bericht`, `berichten` (`Over de resultaten van
 * de uitwerking voor contractvervoer bericht ik u afzonderlijk.`, 398).
 */
export const INFORM_NOW = String.raw`(?:informeer|informeert|informeren|bericht|berichten|stuur|stuurt|sturen|zend|zendt|zenden)`;
/** Verbs of sending parliament something, as the last verb of a clause (`zal … toezenden`). */
export const SEND_VERB = String.raw`(?:informeren|sturen|toesturen|zenden|toezenden|(?:doen )?toekomen|aanbieden|berichten)`;
/** `zeg toe`, `zeg ik toe`, `zeg uw Kamer toe`, `zeggen wij u toe`. */
export const PROMISE = String.raw`(?:zeg|zegt|zeggen)\s+(?:(?:ik|wij|we|het kabinet)\s+)?(?:(?:u|uw kamer|de (?:tweede )?kamer)\s+)?toe`;
/**
 * Participles of sending something to parliament (`aan uw Kamer worden aangeboden`): also `verstuurd` (`Deze zal voor
 * het geplande commissiedebat van 9 juni aan uw Kamer worden verstuurd.`, 1737), `verzonden` (1856), and sent after
 * the rest, `nagestuurd`, `nagezonden` (`Het totale pakket zal u zo snel mogelijk worden nagestuurd.`, 2810).
 */
export const SENT = String.raw`(?:(?:toe|na)?gezonden|(?:toe|na)?gestuurd|verzonden|verstuurd|aangeboden|voorgelegd|gerapporteerd)`;
/** The sending of a paper, as a noun (`streef naar toezending in september`). */
export const DELIVERY = String.raw`(?:toezending|verzending|aanbieding)`;
/** Parliament as the one who may expect something: `kunt u`, `u kunt`, `kan uw Kamer`, `mag de Kamer`. */
export const MAY_EXPECT = String.raw`(?:kunt u|u kunt|mag u|u mag|(?:kan|mag) ${KAMER_SUBJECT}|${KAMER_SUBJECT} (?:kan|mag))`;
/**
 * `verwachten` or `tegemoet zien` as what parliament may do, not `te verwachten` nor `verwachten dat`. The patterns
 * start at it and look back for who expects (EXPECTED is the verb as the look-behind ends on): a rare word, where
 * `kunt u`, `de Kamer` would start a match at every `u` and `d`.
 */
export const EXPECTED = String.raw`\b(?:verwachten|tegemoet ?zien)`;
export const EXPECT = String.raw`${EXPECTED}\b(?<!\bte ${EXPECTED})(?! dat\b)`;
/**
 * A paper the government sends (`brieven`, `een reactie`, `het kabinetsstandpunt`), and a strategy, with what it is a
 * strategy for in the one word: `Het kabinet komt volgend jaar met een nationale voedselstrategie.` (the memorie van
 * toelichting of the LVVN budget 2025, quoted in 1027, whose opening ends at `voedselstrategi`).
 */
export const PAPER = String.raw`(?:(?:kamer)?brie(?:f|ven)|(?:kabinets|beleids)?reacties?|(?:kabinets)?standpunt(?:en)?|rapport(?:en|age|ages)?|notities?|nota'?s|antwoorden|beantwoording|(?:wets)?voorstel(?:len)?|overzicht|evaluaties?|[a-zà-ÿ-]*strategie(?:ën)?)`;
/** A paper of the government's own: `de kabinetsreactie`, `mijn reactie`, `onze visie`. */
export const GOVERNMENT_PAPER = String.raw`(?:beantwoording|kabinetsreactie|kabinetsstandpunt|kabinetsappreciatie|beleidsreactie|(?:mijn|onze) (?:beleids)?(?:reactie|standpunt|visie|brief))`;
/** Participles of informing parliament (`geïnformeerd`, `op de hoogte gehouden`). */
export const INFORMED = String.raw`(?:geïnformeerd|geinformeerd|ingelicht|op de hoogte (?:gehouden|gesteld|gebracht))`;
/**
 * Parliament as the one something is sent to (`aan uw Kamer`, `naar de Kamer`, `aan beide Kamers`, `aan u`: `Zodra het
 * onderzoek is afgerond, zullen de bevindingen van het onderzoek aan u worden voorgelegd.`, 228).
 */
export const TO_KAMER = String.raw`\b(?:aan|naar) (?:uw kamer|de (?:tweede |eerste )?kamer|beide kamers|u\b)`;
/** Parliament as the one a paper is submitted to: `bij de Tweede Kamer` (… `ingediend`, 1856). */
export const AT_KAMER = String.raw`\bbij (?:uw kamer|de (?:tweede |eerste )?kamer|beide kamers)`;
/**
 * A bill or a note of amendment to one, which is only ever submitted to parliament, so `ingediend` needs no AT_KAMER:
 * `Ik kies ervoor het kabinet voor te stellen dat het wetsvoorstel inclusief de tarieven na het zomerreces wordt
 * ingediend.` (2094, which calls it a toezegging in its next sentence).
 */
export const BILL = String.raw`(?:wetsvoorstel(?:len)?|voorstel(?:len)? van (?:rijks)?wet|nota(?:'s)? van wijziging)`;
/**
 * Verbs of setting something out in a paper, the verb last (PREVIEW_RE in index.ts has them for what this paper does):
 * `ingaan op`, `uiteenzetten`, `schetsen`, `toelichten`, `beschrijven`, `stilstaan bij`, `rapporteren`; giving a
 * reaction or view there (`zullen wij in de brief over goed bestuur in de zorgsector onze inhoudelijke reactie op het
 * rapport van de commissie geven`, 2742); taking something into it (`Deze voorstellen zullen wij betrekken bij het
 * kabinetsstandpunt over het Schipholbeleid, dat in april zal verschijnen.`, 415; `In de geannoteerde agenda voor de
 * Eurogroep en Ecofinraad van 16 en 17 maart 2020 zal ik een verslag opnemen van deze telefonische Eurogroep.`, 121).
 */
export const SET_OUT = String.raw`(?:in ?gaan|uiteen ?zetten|schetsen|toelichten|beschrijven|stil ?staan|rapporteren|betrekken|opnemen|(?:reactie|standpunt|visie|appreciatie|oordeel) (?:[^\s.]+ ){0,8}?geven)`;
/** `zal` or `zullen` as a word: where the patterns that read the government around it start. */
const ZAL = String.raw`\b(?:zal|zullen)\b`;
/** After ZAL: the government follows it or stands right before it (`zal ik`, `het kabinet zal`). */
const GOV_AT_ZAL = String.raw`\s+${GOV}\b|(?<=\b${GOV}\s+(?:zal|zullen))`;
/** After ZAL: MINISTER_OF stands before it (`De Minister van Financiën zal`); not `… en zullen`, `… te zullen`. */
const MINISTER_AT_ZAL = String.raw`(?<=${MINISTER_OF}(?:zal|zullen))(?<!\b(?:en|te) (?:zal|zullen))`;
/**
 * The government and `zal`, seen from its `zal`: `zal ik`, `het kabinet zal`, `zullen wij`, to the end of the
 * government's words after it. A match starts at the rare `z`, where one starting at each `de` and `het` costs a pass
 * over every position (the patterns are tried on every candidate).
 */
export const WILL_GOV_Z = `${ZAL}(?:${GOV_AT_ZAL})`;
/**
 * WILL_GOV_Z, or MINISTER_OF before `zal`: the government's `zal` (the `will` pattern, and others that hold it). `will`
 * read `(zal|zullen)\s+GOV|GOV\s+(zal|zullen)` until session 40, the same sentences from each GOV's first word on.
 */
export const WILL_Z = `${ZAL}(?:${GOV_AT_ZAL}|${MINISTER_AT_ZAL})`;
/**
 * Words that point further into this paper: `hieronder`, `hierna`, `verderop`, `in het navolgende`, `in paragraaf 3`
 * (`Vervolgens zal ik ingaan op … (paragraaf 4).`, 2524), `later in deze brief`.
 */
const HERE_AHEAD = String.raw`\b(?:hieronder|hierna|verderop|navolgende|onderstaande|paragraaf|paragrafen|hoofdstuk|later in (?:deze|dit))\b`;
/** No HERE_AHEAD in the sentence, before the place or after it. */
export const NOT_HERE_AHEAD = String.raw`(?<!${HERE_AHEAD}[^.]*)(?![^.]*${HERE_AHEAD})`;
/**
 * A paper other than this one as where something will be said: `in een vervolgbrief`, `in die brief`, `in de memorie
 * van toelichting`, `via de begroting`, `met een aparte brief`, `bij het kabinetsstandpunt` (415). Not one cited by its
 * date (`in de brief van 3 mei`).
 */
export const LATER_PAPER = String.raw`\b(?:in|via|bij|met) (?:de|het|een|mijn|onze|die|dat) (?:[^\s.,;:()]+ )?[^\s.,;:()]*(?:brief|rapportage|nota|notitie|agenda|begroting|memorie|kabinetsstandpunt)\b(?! (?:van|d\.d\.) \d)`;
