/**
 * Sentence patterns of a commitment (toezegging): the government promising parliament a letter, a report,
 * information or proposals. Matched on a flattened, lower-cased sentence (see `flatten`). Each pattern
 * names the real sentence it was written from (NAVO = tests/fixtures/navo-defensieministers-2022-09-30.txt,
 * NN = tests/fixtures/letters/letters/NN-*.txt). Quantifiers are bounded, so matching stays linear.
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
const GOV = String.raw`(?:ik|wij|we|het kabinet|de regering|de minister(?:-president)?|de staatssecretaris|het ministerie|mijn (?:ambts)?opvolger|het (?:volgende|nieuwe) kabinet|de (?:verantwoordelijke |betrokken )?(?:bewindslieden|bewindspersonen))`;
/**
 * Parliament: `uw Kamer`, `de Tweede Kamer`, `u`, and both chambers as `de Staten-Generaal` (`Het kabinet verwacht nog
 * vóór het zomerreces een standpunt terzake aan de Staten-Generaal voor te kunnen leggen.`, 1825) or `beide Kamers`
 * (`Aansluitend zal ik het programma bij beide Kamers der Staten-Generaal voorhangen …`, 2154). A whole word: `de
 * kamerbrieven` is no addressee (`Naar aanleiding van deze Kamervragen zal ik op korte termijn in de ministerraad de
 * kamerbrieven over artikel 68 Grondwet … opnieuw aan de orde stellen.`, 2785: a promise to the cabinet, not to
 * parliament).
 */
const KAMER = String.raw`(?:(?:uw|de(?: tweede| eerste)?) kamer\b|beide kamers\b|de staten-generaal|kamerleden|\bu\b)`;
/** Parliament named as a subject that takes `zal`. */
const KAMER_SUBJECT = String.raw`(?:uw |de (?:tweede |eerste )?)kamer`;
/** KAMER as the subject at the start of a sentence. */
const KAMER_NOUN = String.raw`(?:u|uw kamer|de (?:tweede |eerste )?kamer)`;
/**
 * A minister or state secretary named with the ministry, up to the verb after it: `de minister van financiën `,
 * `de staatssecretaris van volksgezondheid, welzijn en sport `. Counted in words (at most six), not characters,
 * so that the candidate scan can count the same in the unflattened text.
 */
const MINISTER_OF = String.raw`\bde (?:minister|staatssecretaris) (?:van|voor) (?:[^\s.;:]+ ){1,6}?`;
/**
 * The government as the subject of a clause whose verbs come last (`dat ik …`, `waarop de Minister en ik …`): `ik`,
 * `wij`, `het kabinet`, and a minister (with the ministry or not) or a colleague together with `ik` or `wij`: `De
 * evaluatiecommissie doet een aantal aanbevelingen waarop de Minister en ik in de Toekomstvisie Wetenschap zullen
 * terugkomen.` (1456). In a main clause the pair needs nothing of its own: `ik zullen` is in WILL_Z (`De
 * Staatssecretaris en ik zullen u voor het zomerreces nader informeren …`, 243).
 */
const CLAUSE_GOV = String.raw`(?:(?:(?:de (?:minister(?:-president)?|staatssecretaris)|mijn collega)(?: (?:van|voor) (?:[^\s.;:]+ ){1,6}?)? en )?(?:ik|wij|we)|het kabinet)`;
/** Conjunctions and relatives that open a clause whose verbs come last. */
const CLAUSE_OPENS = String.raw`(?:dat|die|wat|waarin|waarover|waarop|waarna|zodra|zodat)`;
/** What the government intends or expects to do for parliament (`te kunnen informeren`, `kan toezenden`). */
const INTENDED_SEND = String.raw`(?:informeren|sturen|zenden|toesturen|toezenden|rapporteren|berichten|voorleggen|delen|doen toekomen|aanbieden)`;
/**
 * INTENDED_SEND's separable verbs split by `te`: `aan te bieden` (`Het kabinet is voornemens de hiervoor noodzakelijke
 * wetsvoorstellen … aan de Tweede Kamer ter goedkeuring aan te bieden.`, 2141; `Ik verwacht het Veteranenbesluit … in
 * het najaar van 2013 aan uw Kamer aan te bieden.`, 642), `voor te leggen` (`Ik verwacht het ontwerp van de ministeriële
 * regeling na het zomerreces aan uw Kamer voor te leggen.`, 319), also with `kunnen` between.
 */
const INTENDED_SEND_SPLIT = String.raw`(?:aan te (?:kunnen )?bieden|voor te (?:kunnen )?leggen)`;
/**
 * The aim or effort as a noun, or the government setting itself to it: `Het streven is de antwoorden zo spoedig mogelijk
 * aan uw Kamer te sturen.` (2496), `Het streven blijft erop gericht de beleidsdoorlichting nog dit najaar aan de Tweede
 * Kamer aan te bieden.` (1123), `Mijn inzet is u het kabinetsbesluit voor het zomerreces aan te bieden.` (2273), `Met
 * inachtneming van het voorgaande zet het kabinet zich in om het wetsvoorstel zo spoedig mogelijk aan uw Kamer aan te
 * bieden.` (1198), the plan: `Onze planning is nu om de opzet medio april naar de Kamer te sturen.` (20). Only the government's effort
 * and plan: not `De EU zet zich in om …`, nor `de planning`, which is as often a project's (`dat de planning is dat twee jaar
 * na het opleveren van dit project de werkzaamheden … zullen worden uitgevoerd`, 2212). Each starts at its noun or verb, the word
 * before it looked back on, and they stand in the one alternation that intends tries at each word (a second one cost a
 * pass of its own over every candidate).
 */
const AIM = String.raw`planning (?:is|blijft)(?<=\b(?:mijn|onze) planning (?:is|blijft))|streven (?:is|blijft)(?<=\b(?:het|mijn|ons) streven (?:is|blijft))|inzet is(?<=\b(?:mijn|onze) inzet is)|(?:zet|zetten)(?:(?<=\b(?:ik|wij|we|het kabinet) (?:zet|zetten))| (?:ik|wij|we|het kabinet)) (?:mij|me|ons|zich) in`;
/**
 * Verbs of informing or sending, in the present tense (informs): also `bericht`, `berichten` (`Over de resultaten van
 * de uitwerking voor contractvervoer bericht ik u afzonderlijk.`, 398).
 */
const INFORM_NOW = String.raw`(?:informeer|informeert|informeren|bericht|berichten|stuur|stuurt|sturen|zend|zendt|zenden)`;
/** Verbs of sending parliament something, as the last verb of a clause (`zal … toezenden`). */
const SEND_VERB = String.raw`(?:informeren|sturen|toesturen|zenden|toezenden|(?:doen )?toekomen|aanbieden|berichten)`;
/** `zeg toe`, `zeg ik toe`, `zeg uw Kamer toe`, `zeggen wij u toe`. */
const PROMISE = String.raw`(?:zeg|zegt|zeggen)\s+(?:(?:ik|wij|we|het kabinet)\s+)?(?:(?:u|uw kamer|de (?:tweede )?kamer)\s+)?toe`;
/**
 * Participles of sending something to parliament (`aan uw Kamer worden aangeboden`): also `verstuurd` (`Deze zal voor
 * het geplande commissiedebat van 9 juni aan uw Kamer worden verstuurd.`, 1737), `verzonden` (1856), and sent after
 * the rest, `nagestuurd`, `nagezonden` (`Het totale pakket zal u zo snel mogelijk worden nagestuurd.`, 2810).
 */
const SENT = String.raw`(?:(?:toe|na)?gezonden|(?:toe|na)?gestuurd|verzonden|verstuurd|aangeboden|voorgelegd|gerapporteerd)`;
/** The sending of a paper, as a noun (`streef naar toezending in september`). */
const DELIVERY = String.raw`(?:toezending|verzending|aanbieding)`;
/** Parliament as the one who may expect something: `kunt u`, `u kunt`, `kan uw Kamer`, `mag de Kamer`. */
const MAY_EXPECT = String.raw`(?:kunt u|u kunt|mag u|u mag|(?:kan|mag) ${KAMER_SUBJECT}|${KAMER_SUBJECT} (?:kan|mag))`;
/**
 * `verwachten` or `tegemoet zien` as what parliament may do, not `te verwachten` nor `verwachten dat`. The patterns
 * start at it and look back for who expects (EXPECTED is the verb as the look-behind ends on): a rare word, where
 * `kunt u`, `de Kamer` would start a match at every `u` and `d`.
 */
const EXPECTED = String.raw`\b(?:verwachten|tegemoet ?zien)`;
const EXPECT = String.raw`${EXPECTED}\b(?<!\bte ${EXPECTED})(?! dat\b)`;
/**
 * A paper the government sends (`brieven`, `een reactie`, `het kabinetsstandpunt`), and a strategy, with what it is a
 * strategy for in the one word: `Het kabinet komt volgend jaar met een nationale voedselstrategie.` (the memorie van
 * toelichting of the LVVN budget 2025, quoted in 1027, whose opening ends at `voedselstrategi`).
 */
const PAPER = String.raw`(?:(?:kamer)?brie(?:f|ven)|(?:kabinets|beleids)?reacties?|(?:kabinets)?standpunt(?:en)?|rapport(?:en|age|ages)?|notities?|nota'?s|antwoorden|beantwoording|(?:wets)?voorstel(?:len)?|overzicht|evaluaties?|[a-zà-ÿ-]*strategie(?:ën)?)`;
/** A paper of the government's own: `de kabinetsreactie`, `mijn reactie`, `onze visie`. */
const GOVERNMENT_PAPER = String.raw`(?:beantwoording|kabinetsreactie|kabinetsstandpunt|kabinetsappreciatie|beleidsreactie|(?:mijn|onze) (?:beleids)?(?:reactie|standpunt|visie|brief))`;
/** Participles of informing parliament (`geïnformeerd`, `op de hoogte gehouden`). */
const INFORMED = String.raw`(?:geïnformeerd|geinformeerd|ingelicht|op de hoogte (?:gehouden|gesteld|gebracht))`;
/**
 * Parliament as the one something is sent to (`aan uw Kamer`, `naar de Kamer`, `aan beide Kamers`, `aan u`: `Zodra het
 * onderzoek is afgerond, zullen de bevindingen van het onderzoek aan u worden voorgelegd.`, 228).
 */
const TO_KAMER = String.raw`\b(?:aan|naar) (?:uw kamer|de (?:tweede |eerste )?kamer|beide kamers|u\b)`;
/** Parliament as the one a paper is submitted to: `bij de Tweede Kamer` (… `ingediend`, 1856). */
const AT_KAMER = String.raw`\bbij (?:uw kamer|de (?:tweede |eerste )?kamer|beide kamers)`;
/**
 * A bill or a note of amendment to one, which is only ever submitted to parliament, so `ingediend` needs no AT_KAMER:
 * `Ik kies ervoor het kabinet voor te stellen dat het wetsvoorstel inclusief de tarieven na het zomerreces wordt
 * ingediend.` (2094, which calls it a toezegging in its next sentence).
 */
const BILL = String.raw`(?:wetsvoorstel(?:len)?|voorstel(?:len)? van (?:rijks)?wet|nota(?:'s)? van wijziging)`;
/**
 * Verbs of setting something out in a paper, the verb last (PREVIEW_RE in index.ts has them for what this paper does):
 * `ingaan op`, `uiteenzetten`, `schetsen`, `toelichten`, `beschrijven`, `stilstaan bij`, `rapporteren`; giving a
 * reaction or view there (`zullen wij in de brief over goed bestuur in de zorgsector onze inhoudelijke reactie op het
 * rapport van de commissie geven`, 2742); taking something into it (`Deze voorstellen zullen wij betrekken bij het
 * kabinetsstandpunt over het Schipholbeleid, dat in april zal verschijnen.`, 415; `In de geannoteerde agenda voor de
 * Eurogroep en Ecofinraad van 16 en 17 maart 2020 zal ik een verslag opnemen van deze telefonische Eurogroep.`, 121).
 */
const SET_OUT = String.raw`(?:in ?gaan|uiteen ?zetten|schetsen|toelichten|beschrijven|stil ?staan|rapporteren|betrekken|opnemen|(?:reactie|standpunt|visie|appreciatie|oordeel) (?:[^\s.]+ ){0,8}?geven)`;
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
const WILL_GOV_Z = `${ZAL}(?:${GOV_AT_ZAL})`;
/**
 * WILL_GOV_Z, or MINISTER_OF before `zal`: the government's `zal` (the `will` pattern, and others that hold it). `will`
 * read `(zal|zullen)\s+GOV|GOV\s+(zal|zullen)` until session 40, the same sentences from each GOV's first word on.
 */
const WILL_Z = `${ZAL}(?:${GOV_AT_ZAL}|${MINISTER_AT_ZAL})`;
/**
 * Words that point further into this paper: `hieronder`, `hierna`, `verderop`, `in het navolgende`, `in paragraaf 3`
 * (`Vervolgens zal ik ingaan op … (paragraaf 4).`, 2524), `later in deze brief`.
 */
const HERE_AHEAD = String.raw`\b(?:hieronder|hierna|verderop|navolgende|onderstaande|paragraaf|paragrafen|hoofdstuk|later in (?:deze|dit))\b`;
/** No HERE_AHEAD in the sentence, before the place or after it. */
const NOT_HERE_AHEAD = String.raw`(?<!${HERE_AHEAD}[^.]*)(?![^.]*${HERE_AHEAD})`;
/**
 * A paper other than this one as where something will be said: `in een vervolgbrief`, `in die brief`, `in de memorie van
 * toelichting`, `via de begroting`, `met een aparte brief`, `bij het kabinetsstandpunt` (415). Not one cited by its date
 * (`in de brief van 3 mei`).
 */
const LATER_PAPER = String.raw`\b(?:in|via|bij|met) (?:de|het|een|mijn|onze|die|dat) (?:[^\s.,;:()]+ )?[^\s.,;:()]*(?:brief|rapportage|nota|notitie|agenda|begroting|memorie|kabinetsstandpunt)\b(?! (?:van|d\.d\.) \d)`;

export interface CommitmentPattern {
  name: string;
  re: RegExp;
  /**
   * A future cue (or a due date) must be in the sentence: the present tense also describes this very letter, and
   * striving for something without a time is an aim, not a promise.
   */
  needsFutureCue?: boolean;
  /** The sentence must also address parliament. */
  needsKamer?: boolean;
}

export const COMMITMENT_PATTERNS: readonly CommitmentPattern[] = [
  // Parliament receiving, in the present tense (every `U ontvangt`, `Uw Kamer ontvangt`, `ontvangt u`, `ontvangt uw
  // Kamer` of the corpus read): a promise is a paper still to come. It is one with a word for later or a due date
  // (`De Kamer ontvangt voor de zomer van 2023 een overzicht over de stand van zaken.`, 1665; `De eerste rapportage
  // ontvangt u uiterlijk in maart 2016.`, 697), with another paper named as its carrier (`Uw Kamer ontvangt hierover een
  // separate Kamerbrief.`, 255), as a report of a meeting still to come (`U ontvangt daarvan zoals gebruikelijk een
  // verslag van de bewindslieden van Buitenlandse Zaken.`, 2631, FUTURE_CUE_RE), going on (`blijft u zoals gebruikelijk
  // ontvangen`, 697, keeps-receiving), and with the verb first, which tells of a paper besides this one (`Van de
  // Staatssecretaris ontvangt u een brief …`). It is none where the paper comes now: with this letter (`Hierbij
  // ontvangt u het Actieplan …`, 1336; `Bijgaand ontvangt u het rapport van het Zorginstituut.`, 2354; `Als bijlage
  // ontvangt u …`, 34: THIS_LETTER_RE), beside it (`Tegelijk met deze brief ontvangt u een afzonderlijke brief …`, 581;
  // `Gelijktijdig met het aanbieden van deze kabinetsreactie ontvangt uw Kamer ook …`, 408: ALONGSIDE_RE; `U ontvangt
  // separaat ook de beleidsreactie op het rapport …`, 1735, no word for later: `separaat` alone is also the same day,
  // `ontvangt u heden separaat een brief`, 512), today (`Vandaag ontvangt u …`, 465: TODAY_RE), as this letter goes on
  // (`Daarbij ontvangt u de rapportage van de SVB …`, 2595: CONTINUES_RE), the other chamber's copy (`De Tweede Kamer
  // ontvangt de Werkagenda als hoofdbijlage bij een separate verzamelbrief …`, 100, in a letter to the Eerste Kamer), or
  // what this letter lists next (`Tot slot zet ik nogmaals op een rij welke brieven … u de komende maanden nog van mij
  // ontvangt.`, 436: the list's items are the promises).
  // `Binnenkort ontvangt uw Kamer een brief …` (NAVO), `In Q1 2026 ontvangt uw Kamer …` (12),
  // `De brief met mijn visie op de ontwikkelingen in het ziekenhuislandschap … ontvangt u voor de zomer.` (2744). Not
  // `dan ontvangt de Kamer graag een prognose` (283): the Kamer asking for it; nor, by THIS_LETTER_RE, what comes with
  // this letter: `Van de Staatssecretaris ontvangt u een brief …, parallel aan deze brief.` (11). Nor the verb
  // first, which asks: `Krijgt de Kamer de gelegenheid om tijdens de rit … eisen te stellen …` (244, cut off before
  // its question mark).
  { name: 'receives', re: new RegExp(String.raw`\b(?<!^\W*)(?:ontvangt|krijgt)\s+${KAMER}(?! graag\b)`) },
  // The same with parliament first: `U ontvangt de voortgangsbrief voor het zomerreces.` (285), `Uw Kamer
  // ontvangt deze Werkagenda voor de zomer …` (1008). Only at the start of a sentence (or clause), and only with
  // a word for later: `U ontvangt hierbij …` is this letter.
  {
    name: 'receives-first',
    re: new RegExp(
      String.raw`\b(?:ontvangt|krijgt)\b(?<=(?:^|[;:] )\W*${KAMER_NOUN} (?:ontvangt|krijgt))(?! graag\b)`,
    ),
    needsFutureCue: true,
  },
  // `Het kabinet zal de Kamer hierover nadere voorstellen doen` (NAVO), `zal het kabinet … de Kamer hierover
  // nader informeren` (NAVO), `zal ik u … rapporteren` (03), `Voortaan zal ik, zoals met Uw Kamer …` (06);
  // a minister named with the ministry: `De Minister van Financiën zal uw Kamer in april informeren.` Not where
  // the name ends and another clause begins (`ligt de coördinatie … bij de Minister van Buitenlandse Zaken en zullen
  // de inzet … worden geregisseerd`, 2704) nor `heeft de minister van Financiën toegezegd te zullen kijken` (1506).
  {
    name: 'will',
    re: new RegExp(WILL_Z),
    needsKamer: true,
  },
  // The subject left out after `maar` or `en`, the government's from the clause before: `Ik kan dan ook niet aan uw
  // onderhavige verzoek tegemoet komen, maar zal uw Kamer mijn visie tijdig voor het aangekondigde Algemeen Overleg van
  // 1 december aanstaande doen toekomen.` (518).
  {
    name: 'will-elided',
    re: new RegExp(
      String.raw`\b(?:zal|zullen)\b(?<=\b(?:ik|wij|we|het kabinet)\b[^.]{0,200}?\b(?:maar|en) (?:zal|zullen))(?= ${KAMER_NOUN}\b[^.]{0,120}?\b${SEND_VERB}\b)`,
    ),
  },
  // A paper the government will send, with no addressee: in a letter to parliament, to parliament. `De halfjaarlijkse
  // rapportage van het College financieel toezicht over Curaçao en Sint Maarten zal ik op een later moment toesturen.`
  // (377). Reporting, which in a letter to parliament is to parliament: `Daarvan zullen wij mondeling verslag doen in
  // het Algemeen Overleg op 24 november aanstaande.` (2631). Not when another addressee is named (`aan`, `naar`).
  {
    name: 'will-send',
    re: new RegExp(
      String.raw`\b(?:(?:zal|zullen) (?:ik|wij|we|het kabinet)|(?:ik|wij|we|het kabinet) (?:zal|zullen))\b(?:(?!\b(?:aan|naar)\b)[^.]){0,100}?\b(?:toesturen|toezenden|nasturen|nazenden|doen toekomen|verslag (?:doen|uitbrengen))\b`,
    ),
  },
  // Answering the questions, in a notice that the answers are late: `Ik zal de vragen zo snel mogelijk beantwoorden.`
  // (1397), `Ik zal de Kamervragen zo spoedig mogelijk na mijn terugkomst beantwoorden.`, as `Ik zal u de antwoorden zo
  // spoedig mogelijk doen toekomen.` (1184) is found by will-send. Only as soon as possible: without it, what this
  // paper does next (`Allereerst zal ik hierna uw vragen beantwoorden.`, `Omdat de vragen over hetzelfde onderwerp
  // gaan, zal ik deze gelijktijdig beantwoorden.`).
  {
    name: 'will-answer',
    re: new RegExp(
      String.raw`\b(?:(?:zal|zullen) (?:ik|wij|we|het kabinet)|(?:ik|wij|we|het kabinet) (?:zal|zullen))\b(?=[^.]{0,100}?\bzo (?:snel|spoedig) mogelijk\b)[^.]{0,60}?\b(?:kamer)?vragen\b[^.]{0,80}?\bbeantwoorden\b`,
    ),
  },
  // The verb last, in a clause: `dat ik uw Kamer in het najaar zal informeren`, `heb ik u laten weten dat ik u zal
  // informeren over …` (2744), `een Beleidsagenda Jeugd die we uw Kamer volgend voorjaar zullen toezenden` (336),
  // `in de brief die ik u daarover zal sturen` (2475).
  {
    name: 'will-clause',
    re: new RegExp(
      String.raw`\b(?:zal|zullen)(?=\s+(?:\S+\s+)?${SEND_VERB}\b)(?<=\b${CLAUSE_OPENS}\s+${CLAUSE_GOV}\b[^.]{0,100}?\b(?:zal|zullen))`,
    ),
    needsKamer: true,
  },
  // `Het kabinet streeft ernaar om in november 2022 …` (NAVO), `Ik streef ernaar de Kamer nog voor het zomerreces
  // te informeren` (317). Only the government striving, and only for a time: not `Het Deens voorzitterschap
  // streeft ernaar …` (200), `Het voorzitterschap streeft er naar verwachting naar …` (143), nor the aim
  // `Het kabinet streeft ernaar recht te doen aan de belangen van betrokkenen` (1734). Striving for the sending
  // itself, said by `ik` (whose verb form `streef` is), wherever the subject stands: `Ik verzoek u daarom mij toe te
  // staan de kabinetsvisie later dan 1 september toe te sturen, waarbij ik nog steeds streef naar toezending in
  // september, conform mijn eerdere toezegging.` (1137).
  {
    name: 'strives',
    re: new RegExp(
      String.raw`\b(?:streeft|streef|streven)(?:(?<=\b${GOV}\s+(?:streeft|streef|streven))|\s+${GOV})\s+er\s?naar\b(?! verwachting)|\bstreef(?: ik)? naar (?:de )?${DELIVERY}\b`,
    ),
    needsFutureCue: true,
  },
  // `Ik informeer uw Kamer voor de zomer over …`: present tense for the future, only with a future cue. Also a
  // minister named with the ministry, another member of the government: `De Minister voor VRO informeert uw Kamer
  // met een aparte brief over het geheel aan uitkomsten …` (694).
  {
    name: 'informs',
    re: new RegExp(
      String.raw`\b(?:(?:ik|wij|we|het kabinet)\s+${INFORM_NOW}\s+${KAMER}|${INFORM_NOW}\s+(?:ik|wij|we|het kabinet)\s+${KAMER})|${MINISTER_OF}informeert\s+${KAMER}`,
    ),
    needsFutureCue: true,
  },
  // Informing parliament in a paper of its own: `Over de resultaten van de uitwerking voor contractvervoer bericht ik u
  // afzonderlijk.` (398). A paper other than this one, so a later one, as `een aparte brief` is (FUTURE_CUE_RE). In the
  // present tense (PRESENT_TENSE), so still not what comes today or with this letter.
  {
    name: 'informs-separately',
    re: new RegExp(
      String.raw`\b(?:(?:ik|wij|we|het kabinet) ${INFORM_NOW} ${KAMER}|${INFORM_NOW} (?:ik|wij|we|het kabinet) ${KAMER}) (?:nog )?(?:separaat|afzonderlijk|apart)\b`,
    ),
  },
  // `Ik houd uw Kamer op de hoogte van …`.
  {
    name: 'keeps-informed',
    re: new RegExp(
      String.raw`\b(?:houd|houdt|houden)\s+(?:(?:ik|wij|we|het kabinet)\s+)?${KAMER}[^.]{0,60}?op de hoogte`,
    ),
  },
  // `Ik kom hier voor de zomer op terug`. It starts at the verb and looks back for the government before it: a start at
  // each of GOV's first words (`de`, `het`, `mijn`) cost a try at every one.
  {
    name: 'comes-back',
    re: new RegExp(
      String.raw`\b(?:kom|komt|komen)\b(?:(?<=\b${GOV}\s+(?:kom|komt|komen))|\s+${GOV}\b)[^.]{0,80}?\b(?:op|hierop|daarop|erop)\s+terug\b`,
    ),
  },
  // The same with what it comes back on first, where only a future cue tells a later paper from this one: `Op die
  // veranderingen komen wij in een aparte brief terug.` (866), not `Op de laatste twee punten kom ik verderop in
  // deze nota terug.` (849). The `op` opens the sentence (not `op 12 mei`, a day) and `terug` ends it.
  {
    name: 'comes-back-fronted',
    re: new RegExp(
      String.raw`^\W*(?:op(?! \d)|hierop|daarop|erop)\b[^.]{0,80}?\b(?:kom|komt|komen)\s+${GOV}\b[^.]{0,80}?\bterug\s*[.;]`,
    ),
    needsFutureCue: true,
  },
  // `Ik verwacht uw Kamer in het voorjaar te informeren`, `Ik ben voornemens …`, `Ik zeg toe …`; `Ik verwacht uw
  // Kamer hierover in februari te kunnen informeren.` (1713), `Ik verwacht u begin juni de kabinetsreactie … te
  // kunnen aanbieden.` (641), `Ik zeg uw Kamer toe voor de zomer een brief te sturen.` An intention in the past
  // is none now: `Zij was voornemens dit tijdens het debat met uw Kamer te delen.` (2535). Expecting it in a clause:
  // `Ik verwacht dat ik, samen met de Staatssecretaris van Economische Zaken en Klimaat, u voor het einde van dit jaar
  // kan informeren hoe wij verder werken …` (2020), `De verwachting is nu, dat ik u over enige maanden het standpunt in
  // dezen kan toezenden.` (558). Hoping to: `Ik hoop u op korte termijn de reactie van het kabinet te kunnen
  // toesturen.` (1173), not the name `De heer De Hoop Scheffer (CDA) realiseerde zich dat de Kamer de staatssecretaris
  // heeft gevraagd, het beleidsdocument nog voor het zomerreces naar de Kamer te sturen, …` (1543). Planned: `In 2026 is voorzien om de Periodieke rapportage over Toeslagen aan uw Kamer te
  // sturen.` (2537). Separable verbs: INTENDED_SEND_SPLIT. The aim as a noun: AIM.
  {
    name: 'intends',
    re: new RegExp(
      String.raw`\b(?:verwacht|verwachten|voornemens|van plan|hoop|hopen|${PROMISE}|${AIM})\b(?<!\bde hoop)(?<!\b(?:was|waren) (?:verwacht|verwachten|voornemens|van plan|hoop|hopen|${PROMISE}))(?! (?:was|waren)\b)[^.]{0,160}?\b(?:te\s+(?:kunnen\s+)?${INTENDED_SEND}|${INTENDED_SEND_SPLIT})\b|\bis voorzien om\b[^.]{0,120}?\bte\s+${INTENDED_SEND}\b|\b(?:verwacht|verwachting is)\b[^.]{0,30}?\bdat (?:ik|wij|we|het kabinet)\b[^.]{0,120}?\b(?:kan|kunnen) ${INTENDED_SEND}\b`,
    ),
    needsKamer: true,
  },
  // `Uw Kamer wordt voor de zomer geïnformeerd`: the present tense, only with a word for later.
  {
    name: 'passive',
    re: new RegExp(String.raw`\b(?:${KAMER}\s+wordt|wordt\s+${KAMER})\b[^.]{0,100}?\b${INFORMED}`),
    needsFutureCue: true,
  },
  // The same in the future tense, which needs no word for later: `De Kamer zal hierover worden geïnformeerd.` (1873),
  // `De Kamer zal zoals gebruikelijk worden geïnformeerd over het Nederlandse standpunt terzake.` (196), `De Kamer zal,
  // zoals gebruikelijk, via de Afsprakenlijst bestuurlijk overleg MIRT 2015 worden geïnformeerd over de uitkomsten …`
  // (783), also with `worden` inside `op de hoogte … gesteld`: `Uiteraard zal de Kamer middels de geannoteerde agenda
  // voor deze Voorjaarsraad op de hoogte worden gesteld van de Nederlandse inzet.` (196). Not a future perfect, which
  // tells of the past (`zal … zijn geïnformeerd`).
  {
    name: 'will-be-informed',
    re: new RegExp(
      String.raw`\b(?:${KAMER}\s+(?:zal|zult)|(?:zal|zult)\s+${KAMER})\b[^.]{0,100}?\b(?:worden ${INFORMED}|${INFORMED} worden\b|op de hoogte worden (?:gehouden|gesteld|gebracht)\b)`,
    ),
  },
  // Something sent to parliament, in the passive future: `Het rapport zal voor de zomer aan uw Kamer worden
  // aangeboden.`, `Daarop zal het onderzoek aan uw Kamer worden gezonden.` (1664), `… dat naar verwachting in december
  // 2005 naar de Tweede Kamer zal worden gezonden.` (1190), `De rapportage zal u voor de zomer worden toegezonden.`,
  // `het kabinetsstandpunt over de «toekomst zorg voor jeugd», dat u begin 2010 zal worden toegestuurd.` (519), and
  // `worden` last: `De door Toeslagen en Sociale Banken Nederland (SBN) geconstateerde uitvoeringsaspecten hiervan zullen
  // u spoedig nagezonden worden.` (58); shared with parliament: `Vervolgens zullen de bevindingen met de Kamer worden
  // gedeeld.` (193).
  {
    name: 'will-be-sent',
    re: new RegExp(
      String.raw`\b${SENT}\b(?<=\b(?:zal|zullen)\b[^.]{0,80}?${TO_KAMER} worden ${SENT}|${TO_KAMER} (?:zal|zullen) worden ${SENT}|\b(?:zal|zullen) (?:u|uw kamer)\b[^.]{0,80}?\bworden ${SENT}|\b(?:u|uw kamer)\b[^.]{0,60}?\b(?:zal|zullen) worden ${SENT})|\b${SENT} worden\b(?<=\b(?:zal|zullen) (?:u|uw kamer)\b[^.]{0,80}?\b${SENT} worden)|\bgedeeld\b(?<=\b(?:zal|zullen)\b[^.]{0,80}?\bmet (?:u|uw kamer|de (?:tweede |eerste )?kamer) worden gedeeld)`,
    ),
  },
  // The same in the present tense, with a word for later: `Het resultaat van de beleidsdoorlichting … wordt uiterlijk
  // begin volgend jaar naar de Kamer gestuurd.` (1665), `De evaluatie wordt voor de zomer aan uw Kamer gezonden.`,
  // `Het rapport wordt u voor de zomer toegezonden.`. Without one it is what happens now: `De visie en de reactie van
  // de Algemene Rekenkamer worden gelijktijdig aan de Tweede Kamer aangeboden.` (522), and `Hierbij wordt …`, `Bijgaand
  // …` is this letter (THIS_LETTER_RE). Parliament before the verb: `In een brief die één dezer dagen aan de
  // Tweede Kamer wordt verzonden, wordt dit verder toegelicht.` (1856).
  {
    name: 'is-sent',
    re: new RegExp(
      String.raw`\b${SENT}\b(?<=\b(?:wordt|worden)\b[^.]{0,80}?${TO_KAMER} ${SENT}|\b(?:wordt|worden) (?:u|uw kamer)\b[^.]{0,80}?\b${SENT}|${TO_KAMER} (?:wordt|worden) ${SENT})`,
    ),
    needsFutureCue: true,
  },
  // A paper submitted to parliament (`ingediend`, AT_KAMER), in the future: `Ook zal in dit verband binnenkort een Nota
  // van Wijziging bij de Tweede Kamer worden ingediend.` (1856).
  {
    name: 'will-be-submitted',
    re: new RegExp(
      String.raw`\bingediend\b(?<=\b(?:zal|zullen)\b[^.]{0,80}?${AT_KAMER} worden ingediend|${AT_KAMER} (?:zal|zullen) worden ingediend)`,
    ),
  },
  // The same in the present tense, with a word for later or a due date: `Dit besluit zal worden verwerkt in de
  // Najaarsnota die voor 1 december 2017 bij de Kamer wordt ingediend.` (1271). Without one it may be any paper's way
  // to parliament: `het wetsvoorstel dat bij de Kamer wordt ingediend`. A bill needs no AT_KAMER (BILL: 2094), also
  // with `zal` before `worden` (`… het tijdstip waarop naar verwachting een wetsvoorstel zal worden ingediend …`, 997,
  // which a committee asks: MOTION_DICTUM_RE).
  {
    name: 'is-submitted',
    re: new RegExp(
      String.raw`${AT_KAMER} (?:wordt|worden) ingediend\b|\bingediend\b(?<=\b${BILL}\b[^.]{0,120}? (?:wordt|worden) ingediend)`,
    ),
    needsFutureCue: true,
  },
  // Being able to send it, with a time: `Deze brief kan ik binnen enkele weken naar uw Kamer verzenden.` (2383, after
  // `Ik kan daarom niet aan het verzoek voldoen deze brief voor dinsdag 19 maart … aan uw Kamer te versturen`).
  {
    name: 'can-send',
    re: new RegExp(
      String.raw`\b(?:kan|kunnen) (?:ik|wij|we|het kabinet)\b[^.]{0,80}?${TO_KAMER} (?:ver|toe)?(?:zenden|sturen)\b`,
    ),
    needsFutureCue: true,
  },
  // Parliament as the subject of a future receiving: `Over uw vragen omtrent misstanden in de tomatensector in Italië
  // zult u een aparte brief ontvangen.` (2344), `U zult de wetsvoorstellen … naar verwachting in de zomer van 2013
  // ontvangen` (1850), `Uw Kamer zal naar verwachting begin december de kabinetsappreciatie over het CWP ontvangen`
  // (97), and in a clause, the verbs last: `De acties worden uitgebreid beschreven in de Kamerbrief die de Kamer op korte
  // termijn zal ontvangen.` (2216). Not `zal u … ontvangen`, where `u` is the one received (`Ik zal u graag ontvangen`;
  // in a clause only `u … zult`: `de delegatie die u zal ontvangen` receives you), nor a future perfect, which tells of
  // the past (`zult u … hebben ontvangen`).
  {
    name: 'will-receive',
    re: new RegExp(
      String.raw`\b(?:zult u|u zult|zal ${KAMER_SUBJECT}|${KAMER_SUBJECT} zal)\b[^.]{0,160}?(?<!\bhebben )\b(?:ontvangen|krijgen)\b|\b(?:zal|zult|zullen) (?:ontvangen|krijgen)\b(?<=\b(?:die|dat|welke|zodat) (?:u\b[^.]{0,100}?\bzult|${KAMER_SUBJECT}\b[^.]{0,100}?\b(?:zal|zullen)) (?:ontvangen|krijgen))`,
    ),
  },
  // Parliament told what to expect: `Het MPO in de gangbare lay-out kunt u in de loop van oktober tegemoet zien.`
  // (367), with a word for later or a due date. Not what something is expected to cost (`de te verwachten kosten`)
  // nor what may be expected of someone (`verwachten dat …`).
  {
    name: 'can-expect',
    re: new RegExp(String.raw`${EXPECT}(?<=\b${MAY_EXPECT}\b[^.]{0,120}?${EXPECTED})`),
    needsFutureCue: true,
  },
  // The same with a paper named before the verb, which needs no word for later: `U kunt een reactie op het advies
  // verwachten binnen de wettelijke termijn voor beantwoording …` (1143), `In april kunt u nog twee brieven verwachten
  // die betrekking hebben op onderdelen van de preventieve gezondheidszorg: …` (34).
  {
    name: 'can-expect-paper',
    re: new RegExp(String.raw`${EXPECT}(?<=\b${MAY_EXPECT}\b[^.]{0,60}?\b${PAPER}\b[^.]{0,60}?${EXPECTED})`),
  },
  // The government's reply or view follows, with a word for later: `De kabinetsreactie op dit rapport volgt op een
  // later moment.` (999), `Het restant van de beantwoording volgt naar verwachting op 23 mei a.s.` (671, a due date).
  // Not the answers set out right here: `De beantwoording volgt hieronder.`, `zoals hierna volgt`. Only the government's (not `De reactie van de Commissie volgt …`), and not what a paper
  // follows (`Mijn reactie volgt zo veel mogelijk de opbouw van het voorlopig verslag.`, 2531: no word for later).
  {
    name: 'follows',
    re: new RegExp(
      String.raw`\bvolgt\b(?<=\b${GOVERNMENT_PAPER}\b[^.]{0,60}?\bvolgt)(?<!\b(?:hieronder|hierna|hierbij) volgt)(?! (?:hieronder|hierna|hierbij)\b)`,
    ),
    needsFutureCue: true,
  },
  // The patterns below were added last: they come after the common ones, so that `someMatches` and `matchesOnly`, which
  // stop at the first pattern that decides, seldom try them.
  // Coming back to something, in the future tense, the verb last (comes-back has the present): `Op de aanbevelingen die niet binnen de toekomstvisie passen zal ik
  // separaat terugkomen.` (1456), `De minister van EL&I zal hier op terug komen.` (581); and coming with a paper: `Gegeven
  // het bredere belang van het arrest zal het kabinet dit zorgvuldig bestuderen en in de tweede helft van januari met een
  // reactie komen.` (2793). Not what this paper comes back to further on (HERE_AHEAD).
  {
    name: 'will-come-back',
    re: new RegExp(
      String.raw`${WILL_Z}${NOT_HERE_AHEAD}(?=[^.]{0,120}?(?:\bterug ?komen|\bmet (?:een|de|het|mijn|onze) (?:[^\s.,;:()]+ )?${PAPER} komen)\b)`,
    ),
  },
  // A paper reaching parliament, with parliament right after `zal`: `Deze brieven zullen uw Kamer waarschijnlijk kort
  // voor het Kerstreces 2020 bereiken.` (136), `Een meer gedetailleerde toelichting op het IGC-mandaat zal u iets later
  // toegaan.` (950); `toegaan` also with parliament first: `… het kabinetsstandpunt …, dat uw Kamer spoedigst zal
  // toegaan.` (806). Not a goal reached (`om … te bereiken`).
  {
    name: 'will-reach',
    re: new RegExp(
      String.raw`\b(?:zal|zullen) (?:${KAMER_NOUN}\b[^.]{0,80}?(?<!\bte )\b(?:bereiken|toegaan)\b|toegaan\b(?<=\b(?:u|uw kamer|de (?:tweede |eerste )?kamer)\b[^.]{0,60}?\b(?:zal|zullen) toegaan))`,
    ),
  },
  // What the government will set out in a later paper, which need not name parliament: `Ik zal in oktober ingaan op
  // de uitkomsten van beide rapportages in een vervolgbrief over palliatieve zorg.` (1382), `In die brief zal ik ook
  // ingaan op de belangrijkste berichten in de media over de veiligheid van overheidswebsites.` (2672), `In de memorie
  // van toelichting bij het voorstel van wet … zal ik nader ingaan op met name de ministeriële verantwoordelijkheid
  // voor het OM.` (2620). Not a paper cited by its date (`in de brief van 3 mei`), nor what this paper goes on to set
  // out (HERE_AHEAD: `Ik zal hieronder ingaan op …`, 300), nor `in deze brief` (THIS_LETTER_RE).
  {
    name: 'will-elsewhere',
    re: new RegExp(
      String.raw`${WILL_GOV_Z}(?=[^.]{0,160}?\b${SET_OUT}\b)${NOT_HERE_AHEAD}(?:(?<=${LATER_PAPER}[^.]*)|(?=[^.]*?${LATER_PAPER}))`,
    ),
  },
  // What the government will take into, or say in, a paper the sentence before promised, named by `daarin`: `… heb ik u
  // laten weten dat ik u zal informeren over hoe ik de ontwikkelingen in het ziekenhuislandschap zie … De initiatiefnota
  // met de ideeën van mevrouw Van den Berg zal ik daarin graag meenemen.` (2744), `Over het JVO zullen de Minister van
  // Justitie en Veiligheid en ik uw Kamer in een aparte brief verslag doen. Daarin zullen wij ook melden hoe we gehoor
  // hebben gegeven aan het verzoek van het IPKO …` (135). Only after such a sentence (AFTER_PROMISE in index.ts): `daarin`
  // may name anything, `Daarin zal ik nadere regels stellen …` (319) a regulation.
  {
    name: 'will-include-there',
    re: new RegExp(
      String.raw`${WILL_GOV_Z}(?:(?<=\bdaarin\b[^.]{0,80}?)|(?=[^.]{0,80}?\bdaarin\b))(?=[^.]{0,120}?\b(?:${SET_OUT}|mee ?nemen|melden|verwerken)\b)${NOT_HERE_AHEAD}`,
    ),
  },
  // Coming back to something in a clause, its verbs last and its subject right after the word that opens it, which
  // will-come-back (the government next to `zal`) does not see: `De evaluatiecommissie doet een aantal aanbevelingen
  // waarop de Minister en ik in de Toekomstvisie Wetenschap zullen terugkomen.` (1456). Not what this paper comes back
  // to further on (HERE_AHEAD: `waarop ik hieronder zal terugkomen`).
  {
    name: 'will-come-back-clause',
    re: new RegExp(
      String.raw`\b(?:zal|zullen)(?=\s+(?:op\s+)?terug ?komen\b)(?<=\b${CLAUSE_OPENS}\s+${CLAUSE_GOV}\b[^.]{0,100}?\b(?:zal|zullen))${NOT_HERE_AHEAD}`,
    ),
  },
  // Parliament going on receiving a paper, a routine delivery that is future by its verb: `De rapportage over het hele
  // jaar, inclusief de analyse en duiding, blijft u zoals gebruikelijk ontvangen in het voorjaar van het daaropvolgende
  // jaar.` (697). Parliament first too (`Uw Kamer blijft … ontvangen`).
  {
    name: 'keeps-receiving',
    re: new RegExp(
      String.raw`\b(?:blijft|blijven)\b(?:(?= ${KAMER})|(?<=\b${KAMER_NOUN} (?:blijft|blijven)))[^.]{0,120}?\b(?:ontvangen|krijgen)\b`,
    ),
  },
  // Coming with a paper, in the present tense, with a word for later: `Voor de zomer kom ik met een integrale reactie op
  // het advies van de SER, …` (2037). Not this letter (`Tevens kom ik met deze brief mijn toezegging na …`, 2713: no
  // PAPER after `met een`, `met de`), nor measures or rules (`Ook komt het kabinet met nieuwe wet- en regelgeving …`,
  // 2057). It starts at the verb, as comes-back does.
  {
    name: 'comes-with',
    re: new RegExp(
      String.raw`\b(?:kom|komt|komen)\b(?:(?<=\b${GOV}\s+(?:kom|komt|komen))|\s+${GOV}\b)[^.]{0,80}?\bmet (?:een|de|het|mijn|onze) (?:[^\s.,;:()]+ )?${PAPER}\b`,
    ),
    needsFutureCue: true,
  },
  // Wanting to come back to parliament, with a word for later or a due date: `Met de uitwerking wil ik vervolgens in
  // dit najaar bij u terugkomen.` (421). Without one it is what this paper does (`Ik wil hier graag terugkomen op …`),
  // and not what it comes back to further on (HERE_AHEAD).
  {
    name: 'wants-to-come-back',
    re: new RegExp(
      String.raw`\b(?:wil|willen)\b(?:(?<=\b${GOV}\s+(?:wil|willen))|\s+${GOV}\b)[^.]{0,80}?\bterug ?komen\b${NOT_HERE_AHEAD}`,
    ),
    needsFutureCue: true,
  },
  // Parliament getting a paper sent, in a clause, with a word for later or a due date: `Daarnaast melden wij u in reactie
  // op het verzoek van de vaste commissie JenV van 15 november jl. dat uw Kamer voorafgaand aan de voorziene behandeling
  // van de begroting JenV in week 48 een tweede nota van wijziging krijgt toegestuurd.` (268). In a main clause it is
  // receives or receives-first (`Uw Kamer krijgt …`).
  {
    name: 'receives-clause',
    re: new RegExp(
      String.raw`\bkrijgt (?:toe)?ge(?:stuurd|zonden)\b(?<=\b(?:dat|zodat) ${KAMER_NOUN}\b[^.]{0,160}?\bkrijgt (?:toe)?ge(?:stuurd|zonden))`,
    ),
    needsFutureCue: true,
  },
  // The answering or the sending as the subject, in the future: `Beantwoording zal zo spoedig mogelijk plaatsvinden.`
  // (894, a notice that the answers to Kamervragen are late).
  {
    name: 'will-take-place',
    re: new RegExp(
      String.raw`\bplaatsvinden\b(?<=\b(?:beantwoording|toezending)\b[^.]{0,100}?\bplaatsvinden)(?<=\b(?:zal|zullen)\b[^.]{0,100}?\bplaatsvinden)`,
    ),
  },
];

export const KAMER_RE = new RegExp(KAMER);

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
 * Why it looks like this: V8 tries each alternative at each position where its first letter stands, so the
 * cost grows with the number of groups and with how common their first letters are. Each group opens with
 * a letter that is rare in Dutch (`z`, `f`, `u`, `v`, `j`, `h`, `b`; not `i`, `s`, `o`; `k` only before `om` and `amer`), found inside
 * the words of the alternatives it stands for: the letters before it are checked by a lookbehind
 * (`forme(?<=informe)…` for `informe…`, `vangt(?<=ontvangt)` for `ontvangt`), and so is a word before the
 * verb (`zal(?<=ik\s+zal)`). A match then starts inside the stretch instead of at its first letter, in the
 * same sentence: only which sentences hold a match counts. A lookbehind comes after the letters that
 * follow the group's letter where it can (`jgt(?<=krijgt)`, not `j(?<=krij)gt`): most places where a
 * common letter stands (the `j` of every `ij`) are then ruled out by the next letters, which V8 checks
 * quickly, before the lookbehind runs (a fifth fewer instructions for the pass).
 */
const GOV_FIRST = String.raw`(?:ik|wij|we|het|de|mijn)`; // first word of GOV
const GOV_LAST = String.raw`(?:ik|wij|we|kabinet|regering|minister|ministerie|president|staatssecretaris|opvolger|bewindslieden|bewindspersonen)`; // last word of GOV
const SUBJECT_LAST = String.raw`(?:ik|wij|we|kabinet)`; // last word of `ik|wij|we|het kabinet` (informs)
const SUBJECT_FIRST = String.raw`(?:ik|wij|we|het)`; // its first word
const KAMER_WORDS = String.raw`(?:uw\s+kamer|de\s+(?:tweede\s+|eerste\s+)?kamer|beide\s+kamers|de\s+staten-generaal|kamerleden|u)`; // KAMER
const GOV_WORDS = String.raw`(?:ik|wij|we|het\s+kabinet|de\s+regering|de\s+minister(?:-president)?|de\s+staatssecretaris|het\s+ministerie|mijn\s+(?:ambts)?opvolger|het\s+(?:volgende|nieuwe)\s+kabinet|de\s+(?:(?:verantwoordelijke|betrokken)\s+)?(?:bewindslieden|bewindspersonen))`; // GOV
const SEND_WORDS = String.raw`(?:informeren|sturen|toesturen|zenden|toezenden|doen\s+toekomen|toekomen|aanbieden|berichten)`; // SEND_VERB
/**
 * will-be-sent with `aangeboden` (`gedeeld`, `gerapporteerd`), seen from its `zal` or `zullen`: `aangeboden` begins within 120 characters of the
 * flattened sentence, with no period between (the longest way there: `zal`, `[^.]{0,80}?`, TO_KAMER, ` worden `).
 * In the text those are at most 120 characters other than white space, each after any run of it: `\s*[^.\s]`
 * (one way only to split a stretch into those, so a failing search stays linear). No group of its own opens at
 * the `b`: a common letter, and the only rare-ish one in the word.
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
  // flattened text has one space where the text has a run); will-clause: `(zal|zullen)\s+(\S+\s+)?SEND_VERB`;
  // informs: `SUBJECT\s+zend…` and `zend…\s+SUBJECT`; intends: PROMISE; will-be-sent and is-sent: `gezonden`,
  // `toegezonden`, `verzonden` after SENT_AFTER; can-send: `(kamer(s)|u)\s+(ver|toe)?zenden`; will-be-sent: `(zal|zullen)` and TO_AANGEBODEN;
  // will-receive: `zult\s+u`, `u\s+zult`, `zal\s+uw` and `kamer\s+zal` (`zal de` is `zal` before GOV), and in a
  // clause `(zal|zult|zullen)\s+(ontvangen|krijgen)`; will-come-back-clause: `(zal|zullen)\s+(\S+\s+)?terug\s*komen`;
  // intends: AIM's `inzet\s+is` and `(zet|zetten)\s+(GOV\s+)?(mij|me|ons|zich)\s+in`; will-elided:
  // `(zal|zullen)\s+uw?` (`u`, `uw kamer`; `de kamer` is `zal de`); will-send: `zal ik`, `ik zal` (as will);
  // can-expect and can-expect-paper: `tegemoet\s*zien` (their `verwachten` is the `v` group's `verwacht`); will-reach:
  // `(zal|zullen)\s+toegaan` (parliament first; with parliament after `zal` it is `zal\s+uw?` or `zal\s+de`);
  // intends: AIM's `onze\s+planning\s+(is|blijft)`, from the `z` of `onze`. will-come-back and will-elsewhere start as
  // will does.
  String.raw`z(?:ult(?:\s+u|(?<=u\s+zult)|\s+(?:ontvangen|krijgen))|al(?<=kamer\s+zal)|(?:al|ullen)\s+uw?\b|(?:al|ullen)(?:\s+${GOV_FIRST}|(?<=${GOV_LAST}\s+z(?:al|ullen))|(?<=${MINISTER_OF_BEHIND}z(?:al|ullen))|\s+(?:\S+\s+)?(?:${SEND_WORDS}|terug\s*komen)|\s+(?:toegaan|ontvangen|krijgen)|(?=${TO_AANGEBODEN}))|et(?:(?<=inzet)\s+is\b|(?:ten)?\s+(?:(?:ik|wij|we|het\s+kabinet)\s+)?(?:mij|me|ons|zich)\s+in\b)|end(?:(?<=${SUBJECT_LAST}\s+zend)|(?:t|en)?\s+${SUBJECT_FIRST})|eg(?:t|gen)?\s+(?:(?:ik|wij|we|het\s+kabinet)\s+)?(?:(?:u|uw\s+kamer|de\s+(?:tweede\s+)?kamer)\s+)?toe|onden(?<=${SENT_AFTER}(?:(?:toe|na)?ge|ver)zonden)|enden(?<=(?:kamers?|u)\s+(?:ver|toe)?zenden)|ien(?<=tegemoet\s*zien)|e\s+planning\s+(?:is|blijft)\b)`,
  // informs: `SUBJECT\s+informe…`, `(informeer|informeert|informeren)\s+SUBJECT` and MINISTER_OF `informe…`;
  // passive: `geinformeerd`, `geïnformeerd`; strives: `(streef|streeft)\s+(GOV\s+)?er\s*naar` and `streef\s+(ik\s+)?naar\s+(de\s+)?DELIVERY`.
  String.raw`f(?:orme(?:(?<=${SUBJECT_LAST}\s+informe)|(?<=${MINISTER_OF_BEHIND}informe)|(?<=informe)(?:er|ert|ren)\s+${SUBJECT_FIRST}|erd(?<=ge[iï]nformeerd))|(?<=streef)(?:t?\s+(?:${GOV_WORDS}\s+)?er\s*naar|(?:\s+ik)?\s+naar\s+(?:de\s+)?${DELIVERY}))`,
  // comes-with: `(kom|komt|komen)\s+GOV` (GOV's words whole: `komen de`, `komt het` alone open many sentences, `Op 12
  // en 13 oktober komen de NAVO-ministers van defensie in Brussel bijeen.`, NAVO) and `GOV\s+(kom|komt|komen)`; is-sent with `gerapporteerd` after TO_KAMER's `kamer(s)` (`aan uw Kamer wordt
  // gerapporteerd`). This group was `cht(?<=ingelicht)`, now in the `h` group: a ninth group would double the pass
  // (see CANDIDATE_RE).
  String.raw`k(?:om(?:t|en)?(?:\s+${GOV_WORDS}|(?<=${GOV_LAST}\s+kom(?:t|en)?))|amers?\s+(?:(?:wordt|worden)\s+)?gerapporteerd)`,
  // informs: `SUBJECT\s+(stuur|stuurt|sturen)` and `(stuur|stuurt|sturen)\s+SUBJECT`; comes-back: `op\s+terug`;
  // keeps-informed: `(houd|houdt|houden)\s+` and the first word of GOV or KAMER; will-be-sent and is-sent:
  // `gestuurd`, `toegestuurd`, `verstuurd` after SENT_AFTER; can-send: `(kamer(s)|u)\s+(ver|toe)?sturen`; is-sent: `(wordt|worden)\s+uw?` before any
  // SENT; comes-back-fronted: `terug` before `.` or `;`; wants-to-come-back: `terug\s*komen`; is-sent with
  // `gerapporteerd` after TO_KAMER's `u` (`aan u (wordt) gerapporteerd`).
  String.raw`u(?:(?:ur|ren)(?<=${SUBJECT_LAST}\s+st(?:uur|uren))|(?:urt?|ren)(?<=stu(?:urt?|ren))\s+${SUBJECT_FIRST}|g(?<=op\s+terug)|d(?<=houd)(?:t|en)?\s+(?:ik|wij|we|het|uw|de|kamerleden|u)|rd(?<=${SENT_AFTER}(?:(?:toe|na)?ge|ver)stuurd)|ren(?<=(?:kamers?|u)\s+(?:ver|toe)?sturen)|w?\b(?<=(?:wordt|worden)\s+uw?)|g\s*[.;](?<=terug\s*[.;])|g\s*komen(?<=terug\s*komen)|\s+(?:(?:wordt|worden)\s+)?gerapporteerd)`,
  // strives: `streven\s+(GOV\s+)?er\s*naar`, and intends: AIM's `streven\s+(is|blijft)`; receives: `ontvangt\s+KAMER`; receives-first: `KAMER_NOUN\s+ontvangt`
  // (its last word: `u` or `kamer`); intends, can-expect and can-expect-paper: `verwacht|verwachten|voornemens|van
  // plan`, and intends: `voorzien om`; will-be-sent and is-sent: `voorgelegd` after SENT_AFTER; follows: `volgt` after GOVERNMENT_PAPER_LAST;
  // will-take-place: `plaatsvinden` (looking back for `beantwoording` over the text cost a third of the pass);
  // is-submitted with a BILL: its `voorstel` or `van wijziging`, `ingediend` after it (TO_INGEDIEND).
  String.raw`v(?:en(?<=streven)\s+(?:(?:${GOV_WORDS}\s+)?er\s*naar|is\b|blijft\b)|angt(?<=ontvangt)(?:\s+${KAMER_WORDS}|(?<=(?:u|kamer)\s+ontvangt))|erwacht|oor(?:nemens|zien\s+om\b|gelegd(?<=${SENT_AFTER}voorgelegd)|stel(?=${TO_INGEDIEND}))|an\s+(?:plan|wijziging(?=${TO_INGEDIEND}))|olgt(?<=${GOVERNMENT_PAPER_LAST}(?:\s*[^.\s]){0,60}\s*volgt)|inden(?<=plaatsvinden))`,
  // receives: `krijgt\s+KAMER`; receives-first: `KAMER_NOUN\s+krijgt`; receives-clause: `krijgt\s+(toe)?ge(stuurd|zonden)`; intends: AIM's `mijn\s+planning\s+(is|blijft)`,
  // from the `j` of `mijn`.
  String.raw`j(?:gt(?<=krijgt)(?:\s+${KAMER_WORDS}|(?<=(?:u|kamer)\s+krijgt)|\s+(?:toe)?ge(?:stuurd|zonden))|n\s+planning\s+(?:is|blijft)\b)`,
  // passive: `op de hoogte (gehouden|gesteld|gebracht)` and `ingelicht`; intends: `hoop`, `hopen`; informs and
  // informs-separately: `SUBJECT\s+(bericht|berichten)` and `(bericht|berichten)\s+SUBJECT`. The `ht` of every `recht`,
  // `licht`, `richt` is ruled out by one lookbehind before the words' own.
  String.raw`h(?:o(?:ogte\s+(?:gehouden|gesteld|gebracht)|op\b|pen\b)|t(?<=(?:ingelic|beric)ht)(?:(?<=ingelicht)|(?:en)?(?:(?<=${SUBJECT_LAST}\s+berichte?n?)|\s+${SUBJECT_FIRST})))`,
  // is-sent: `aangeboden` after SENT_AFTER (as `gezonden` in the `z` group: the rarest letter of the word);
  // keeps-receiving: `(blijft|blijven)\s+KAMER` and `KAMER_NOUN\s+(blijft|blijven)` (its last word: `u` or `kamer`);
  // will-be-submitted and is-submitted: AT_KAMER, then `zal`/`zullen`, `wordt`/`worden` and `ingediend` (seen from
  // AT_KAMER's `bij`: the will-be-submitted form with `zal` before AT_KAMER has AT_KAMER, `worden` and `ingediend` too).
  String.raw`b(?:oden(?<=${SENT_AFTER}aangeboden)|lij(?:ft|ven)(?:\s+${KAMER_WORDS}|(?<=(?:u|kamer)\s+blij(?:ft|ven)))|ij\s+(?:uw\s+kamer|de\s+(?:tweede\s+|eerste\s+)?kamer|beide\s+kamers)\s+(?:z(?:al|ullen)\s+)?(?:word(?:t|en)\s+)?ingediend)`,
  // will-be-sent and is-sent with `gerapporteerd`: after `zal` (TO_AANGEBODEN in the `z` group), `zal u` (the `z`
  // group), `wordt u` (the `u` group) or TO_KAMER (the `k` and `u` groups); until session 41 a search of its own
  // (WORD_MARKS, with `planning`: an `indexOf` per spelling cost 0.4 ms a megabyte each, more than the whole `z` group).
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

/** Words that make a present-tense promise point forward. */
export const FUTURE_CUE_RE =
  /\b(?:binnenkort|spoedig|nader|later|voortaan|zodra|te zijner tijd|voor de zomer|na de zomer|voor het zomerreces|na het zomerreces|voor het einde|voor eind|voor het eind|voor prinsjesdag|op (?:zeer )?korte termijn|binnen (?:enkele|een aantal|twee|drie|vier|zes) (?:dagen|weken|maanden)|in de volgende|in een volgende|komend|komende|aanstaande|uiterlijk|dezer dagen|een (?:separate|aparte|afzonderlijke) (?:kamer)?brief)\b|\bvolgende? (?:week|maand|jaar|kwartaal|voorjaar|najaar|zomer|winter|halfjaar|vergaderjaar|begrotingsjaar)\b|\been verslag\b(?<=\b(?:hier|daar)van\b[^.]{0,40}?\been verslag)|^\W*(?:wanneer|als|indien|nadat)\b[^.,;:]{0,150}?\b(?:(?:beschikbaar|gereed|klaar|bekend) (?:is|zijn)|(?:is|zijn) (?:afgerond|verschenen|gepubliceerd|opgeleverd|ontvangen)|(?:afgerond|verschenen|gepubliceerd|opgeleverd|ontvangen) (?:is|zijn))\s*,/;
// Something not yet there, in a condition that opens the sentence, which the promise waits for as `zodra` does: `Wanneer
// het definitieve rapport met conclusies en aanbevelingen beschikbaar is, stuur ik u dit toe samen met mijn reactie.`
// (892: the ACM's final report, of which only the interim one was out). Only a clause that opens the sentence and ends at
// its comma: `de vraag wanneer het rapport beschikbaar is` asks, and `Als vervolg op …` is no condition.
// `voortaan` (from now on): `Voortaan zal ik, zoals met Uw Kamer tijdens het Algemeen Overleg besproken, vooraf in de
// Geannoteerde Agenda van de Raad ingaan op mijn voorgenomen aanwezigheid bij de betreffende Raad.` (06).
// `volgende` alone is also "the following" (`over de volgende onderwerpen`, 52): only with a time it points forward.
// A report of something just named (`daarvan`, `hiervan`) is one still to be written of an event still to come, where
// what comes with this letter is `het verslag` and named by `hierbij` (THIS_LETTER_RE): `De WTO-ronde staat op de
// agenda van de Raad Algemene Zaken en Externe Betrekkingen van de EU op 21 dezer. … U ontvangt daarvan zoals
// gebruikelijk een verslag van de bewindslieden van Buitenlandse Zaken.` (2631, a letter of 21 November).
// A separate letter is another one than this, so a later one: `Uw Kamer ontvangt hierover een separate Kamerbrief.`
// (255); one sent at the same time is sent `met deze brief` (`Tegelijk met deze brief ontvangt u een afzonderlijke
// brief …`, 581: BY_THIS_LETTER_RE).

/**
 * Something sent on its own, in the present-tense passive: another paper than this letter, so a later one, and a
 * future cue as `een aparte brief` is (FUTURE_CUE_RE). `Deze reactie wordt separaat aan uw Kamer gestuurd.` (1250),
 * `Het kabinetsstandpunt naar aanleiding van dit advies wordt U afzonderlijk aangeboden.` (2720), `Over het eventueel
 * implementeren van dit vervolg wordt uw Kamer separaat geïnformeerd.` (2285). Not when a paper's number follows,
 * which says it is out already: `Een militair-technische evaluatie … wordt u separaat toegezonden door de Minister
 * van Defensie (22 181, nr. 311).` (1131).
 */
export const SEPARATE_DELIVERY_RE = new RegExp(
  String.raw`\b(?:wordt|worden)\b[^.]{0,80}?\b(?:separaat|afzonderlijk|apart)(?: ${TO_KAMER})? (?:${SENT}|ge[iï]nformeerd)\b(?![^.]{0,200}?(?:\(\s*\d|\bkamerstuk|\bnr\b))`,
);

/**
 * Words that say something comes with this letter: `bij deze`, `hierbij`, `bijgaand`, `bijgevoegd` (`Bijgevoegd
 * ontvangt u de brief die ik aan de Raad van Bestuur van MST heb gezonden.`, 958), `als bijlage`, and what it
 * tells now: `In vervolg op mijn brief van 9 oktober jl. … waarin ik heb aangegeven uw Kamer zo spoedig mogelijk te
 * informeren over de uitkomsten …, informeer ik u als volgt.` (344; its word for later is the earlier letter's), and
 * `het volgende` at the end: `In vervolg op mijn brief van 11 mei 2018, die u heeft geagendeerd voor het op 13 september
 * geplande Algemeen Overleg Wijkverpleging, bericht ik u het volgende.` (1382: the debate's day is no due date).
 */
const SENT_HEREWITH = String.raw`\bbij deze\b|\bhierbij\b|\bbijgaand\b|\bbijgevoegd\b|\bbijgesloten\b|\bals bijlage\b|\bals volgt\b|\bhet volgende\s*[.:]\s*$`;

/**
 * This paper named: `deze brief`, and the papers a letter may call itself: `Vanzelfsprekend zullen wij in deze nadere
 * Memorie van Antwoord nog graag de van de zijde van de Kamer gestelde vragen beantwoorden.` (590), `deze nota`, `deze
 * notitie`, `deze kabinetsreactie`, `deze voortgangsrapportage`.
 */
const THIS_PAPER = String.raw`deze (?:nadere |aanvullende )?(?:(?:kamer)?brief|nota|notitie|memorie van antwoord|(?:kabinets|beleids)reactie|(?:voortgangs)?rapportage)`;

/**
 * This letter as the means: `in deze brief`, `met deze brief`, and `middels deze brief`, `door middel van deze brief`:
 * `Tot slot herbevestigen wij middels deze brief de beëindiging op 31 december 2018 van de Nederlandse F-16 inzet …
 * en informeren wij u over het mandaat …` (439: the 31st is the end of the mission, not a due date). And sent beside
 * it, as `tegelijk met deze brief` (581) is: `Van de Staatssecretaris ontvangt u een brief over de bredere inzet op
 * natuur, parallel aan deze brief.` (11), `Parallel aan deze brief ontvangt u van NWO het jaarverslag.` (1454): what
 * comes with this letter is delivered now, nothing still to come.
 */
const BY_THIS_LETTER = String.raw`\b(?:in|met|bij|via|middels|door middel van|parallel aan) ${THIS_PAPER}\b`;

/**
 * This letter as what is sent: `In aanloop naar het Algemeen Overleg CBR op 30 september aanstaande stuur ik u deze brief
 * om u te informeren over de stand van zaken bij het CBR.` (1264: the debate's day is no due date).
 */
const SENDS_THIS_LETTER = String.raw`\b(?:stuur|stuurt|sturen|zend|zendt|zenden) (?:ik|wij|we|het kabinet) (?:u|uw kamer|de kamer) deze (?:kamer)?brief\b`;

/**
 * This letter itself: `In deze brief zal ik stilstaan bij …` (09), `In deze Kamerbrief zal ik een toelichting
 * geven` (22), `ontvangt u bij deze …` (89), `Als bijlage ontvangt u de publicatie` (34), `… ontvangt u deze brief,
 * waarin …` (1865), `Wij komen daarop terug in het vervolg van dit verslag.` (1128) promise nothing for later; nor
 * does a copy of this letter sent elsewhere: `Ik zal een afschrift van deze brief zenden aan de voorzitter van de
 * Eerste Kamer.` (567).
 */
export const THIS_LETTER_RE = new RegExp(
  String.raw`${BY_THIS_LETTER}|${SENDS_THIS_LETTER}|\bafschrift van ${THIS_PAPER}\b|\b(?:ontvangt|krijgt) ${KAMER} deze (?:kamer)?brief\b|\bin het vervolg van (?:deze|dit) (?:kamer)?(?:brief|nota|verslag|memorie)\b|${SENT_HEREWITH}|\bhiermee\b`,
);

/**
 * A motion quoted with its dictum: `Met een andere motie … verzoekt de Tweede Kamer de regering om gemotiveerd aan
 * te geven welke aanbevelingen … het kabinet zal overnemen.` (2730). The Kamer asks; the government promises nothing.
 * So does a committee asking the minister it writes to, `u`: `De commissie verzoekt u daarom haar op korte termijn te
 * informeren over het tijdstip waarop naar verwachting een wetsvoorstel zal worden ingediend …` (997, a verslag). Only
 * `verzoekt`: the government asks as `ik` or `wij` (`Ik verzoek u daarom mij toe te staan …`, 1137).
 */
export const MOTION_DICTUM_RE =
  /\bverzoek(?:t|en)\b[^.]{0,60}?\b(?:de regering|het kabinet|de minister|de staatssecretaris)\b|\bverzoekt u\b/;

/**
 * This letter as the means of a present-tense delivery: `Met deze brief ontvangt de Tweede Kamer informatie ten
 * behoeve van het commissiedebat … op 16 april aanstaande` (90) delivers now; its future cue is the debate's. So
 * does `Met het oog op het door uw Kamer geplande Commissiedebat over OV & Taxi op 19 mei a.s. informeer ik u in deze
 * brief over de stand van zaken …` (1067): the date is the debate's, not a due date. `hiermee` is this letter too: `Ter
 * voorbereiding op het Algemeen Overleg Medische ethiek d.d. 4 december aanstaande, informeer ik u hiermee over de stand
 * van zaken …` (912).
 */
export const BY_THIS_LETTER_RE = new RegExp(
  String.raw`${BY_THIS_LETTER}|${SENDS_THIS_LETTER}|${SENT_HEREWITH}|\bhiermee\b`,
);

/**
 * A delivery today: `Vandaag ontvangt u digitaal een overzicht van de toezeggingen …` (465), `… ontvangt u heden
 * separaat een brief …` (512). In the present tense that is no promise for later. Not `tot op heden` (until now).
 */
export const TODAY_RE = /\bvandaag\b|(?<!\bop )\bheden\b/;

/**
 * Members of parliament as the subject in a verslag: `Tot aan het moment dat de definitieve structuurvisie aan
 * de Kamer zal worden aangeboden zal de fractie haar opvattingen … nader aanscherpen.` (1320). Their plans.
 */
export const MEMBERS_RE = /\b(?:de|deze|die) (?:leden|fractie)\b|\w-fractie\b/;

/** Patterns in the present tense, which also describe what this letter does. */
export const PRESENT_TENSE = new Set([
  'receives',
  'receives-first',
  'informs',
  'passive',
  'is-sent',
  'is-submitted',
  'comes-back-fronted',
  'follows',
  'informs-separately',
  'comes-with',
  'wants-to-come-back',
  'receives-clause',
]);

/** Lower case, line-end hyphenation joined, white space collapsed. Offsets are not kept: only for tests. */
export function flatten(sentence: string): string {
  return (
    sentence
      .replace(/(\p{Ll})-\n\s*(\p{Ll})/gu, '$1$2')
      // Same as replacing every white-space run by a space, but a lone space (most of them) is left alone.
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .toLowerCase()
  );
}
