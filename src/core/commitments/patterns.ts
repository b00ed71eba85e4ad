/**
 * Sentence patterns of a commitment (toezegging): the government promising parliament a letter, a report,
 * information or proposals. Matched on a flattened, lower-cased sentence (see `flatten`). Each pattern
 * names the real sentence it was written from (NAVO = tests/fixtures/navo-defensieministers-2022-09-30.txt,
 * NN = tests/fixtures/letters/letters/NN-*.txt). Quantifiers are bounded, so matching stays linear.
 */
import {
  AIM,
  AT_KAMER,
  BILL,
  CLAUSE_GOV,
  CLAUSE_OPENS,
  DELIVERY,
  EXPECT,
  EXPECTED,
  GOV,
  GOVERNMENT_PAPER,
  INFORMED,
  INFORM_NOW,
  INTENDED_SEND,
  INTENDED_SEND_SPLIT,
  KAMER,
  KAMER_NOUN,
  KAMER_SUBJECT,
  LATER_PAPER,
  MAY_EXPECT,
  MINISTER_OF,
  NOT_HERE_AHEAD,
  PAPER,
  PROMISE,
  SEND_VERB,
  SENT,
  SET_OUT,
  TO_KAMER,
  WILL_GOV_Z,
  WILL_Z,
} from './vocabulary';

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
  // Kamer` of the corpus read): a promise is a paper still to come. It is one with a word for later or a due date (`De
  // Kamer ontvangt voor de zomer van 2023 een overzicht over de stand van zaken.`, 1665; `De eerste rapportage ontvangt
  // u uiterlijk in maart 2016.`, 697), with another paper named as its carrier (`Uw Kamer ontvangt hierover een
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
  // ontvangt de Werkagenda als hoofdbijlage bij een separate verzamelbrief …`, 100, in a letter to the Eerste Kamer),
  // or what this letter lists next (`Tot slot zet ik nogmaals op een rij welke brieven … u de komende maanden nog van
  // mij ontvangt.`, 436: the list's items are the promises). `Binnenkort ontvangt uw Kamer een brief …` (NAVO), `In Q1
  // 2026 ontvangt uw Kamer …` (12), `De brief met mijn visie op de ontwikkelingen in het ziekenhuislandschap … ontvangt
  // u voor de zomer.` (2744). Not `dan ontvangt de Kamer graag een prognose` (283): the Kamer asking for it; nor, by
  // THIS_LETTER_RE, what comes with this letter: `Van de Staatssecretaris ontvangt u een brief …, parallel aan deze
  // brief.` (11). Nor the verb first, which asks: `Krijgt de Kamer de gelegenheid om tijdens de rit … eisen te stellen
  // …` (244, cut off before its question mark).
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
  // `Ik verwacht uw Kamer in het voorjaar te informeren`, `Ik ben voornemens …`, `Ik zeg toe …`; `Ik verwacht uw Kamer
  // hierover in februari te kunnen informeren.` (1713), `Ik verwacht u begin juni de kabinetsreactie … te kunnen
  // aanbieden.` (641), `Ik zeg uw Kamer toe voor de zomer een brief te sturen.` An intention in the past is none now:
  // `Zij was voornemens dit tijdens het debat met uw Kamer te delen.` (2535). Expecting it in a clause: `Ik verwacht
  // dat ik, samen met de Staatssecretaris van Economische Zaken en Klimaat, u voor het einde van dit jaar kan
  // informeren hoe wij verder werken …` (2020), `De verwachting is nu, dat ik u over enige maanden het standpunt in
  // dezen kan toezenden.` (558). Hoping to: `Ik hoop u op korte termijn de reactie van het kabinet te kunnen
  // toesturen.` (1173), not the name `De heer De Hoop Scheffer (CDA) realiseerde zich dat de Kamer de staatssecretaris
  // heeft gevraagd, het beleidsdocument nog voor het zomerreces naar de Kamer te sturen, …` (1543). Planned: `In 2026
  // is voorzien om de Periodieke rapportage over Toeslagen aan uw Kamer te sturen.` (2537). Separable verbs:
  // INTENDED_SEND_SPLIT. The aim as a noun: AIM.
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
  // `worden` last: `De door Toeslagen en Sociale Banken Nederland (SBN) geconstateerde uitvoeringsaspecten hiervan
  // zullen u spoedig nagezonden worden.` (58); shared with parliament: `Vervolgens zullen de bevindingen met de Kamer
  // worden gedeeld.` (193).
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
  // (97), and in a clause, the verbs last: `De acties worden uitgebreid beschreven in de Kamerbrief die de Kamer op
  // korte termijn zal ontvangen.` (2216). Not `zal u … ontvangen`, where `u` is the one received (`Ik zal u graag
  // ontvangen`; in a clause only `u … zult`: `de delegatie die u zal ontvangen` receives you), nor a future perfect,
  // which tells of the past (`zult u … hebben ontvangen`).
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
  // Not the answers set out right here: `De beantwoording volgt hieronder.`, `zoals hierna volgt`. Only the
  // government's (not `De reactie van de Commissie volgt …`), and not what a paper follows (`Mijn reactie volgt zo veel
  // mogelijk de opbouw van het voorlopig verslag.`, 2531: no word for later).
  {
    name: 'follows',
    re: new RegExp(
      String.raw`\bvolgt\b(?<=\b${GOVERNMENT_PAPER}\b[^.]{0,60}?\bvolgt)(?<!\b(?:hieronder|hierna|hierbij) volgt)(?! (?:hieronder|hierna|hierbij)\b)`,
    ),
    needsFutureCue: true,
  },
  // The patterns below were added last: they come after the common ones, so that `someMatches` and `matchesOnly`, which
  // stop at the first pattern that decides, seldom try them. Coming back to something, in the future tense, the verb
  // last (comes-back has the present): `Op de aanbevelingen die niet binnen de toekomstvisie passen zal ik separaat
  // terugkomen.` (1456), `De minister van EL&I zal hier op terug komen.` (581); and coming with a paper: `Gegeven het
  // bredere belang van het arrest zal het kabinet dit zorgvuldig bestuderen en in de tweede helft van januari met een
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
  // laten weten dat ik u zal informeren over hoe ik de ontwikkelingen in het ziekenhuislandschap zie … De
  // initiatiefnota met de ideeën van mevrouw Van den Berg zal ik daarin graag meenemen.` (2744), `Over het JVO zullen
  // de Minister van Justitie en Veiligheid en ik uw Kamer in een aparte brief verslag doen. Daarin zullen wij ook
  // melden hoe we gehoor hebben gegeven aan het verzoek van het IPKO …` (135). Only after such a sentence
  // (AFTER_PROMISE in index.ts): `daarin` may name anything, `Daarin zal ik nadere regels stellen …` (319) a
  // regulation.
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
  // Coming with a paper, in the present tense, with a word for later: `Voor de zomer kom ik met een integrale reactie
  // op het advies van de SER, …` (2037). Not this letter (`Tevens kom ik met deze brief mijn toezegging na …`, 2713: no
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
  // Parliament getting a paper sent, in a clause, with a word for later or a due date: `Daarnaast melden wij u in
  // reactie op het verzoek van de vaste commissie JenV van 15 november jl. dat uw Kamer voorafgaand aan de voorziene
  // behandeling van de begroting JenV in week 48 een tweede nota van wijziging krijgt toegestuurd.` (268). In a main
  // clause it is receives or receives-first (`Uw Kamer krijgt …`).
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
