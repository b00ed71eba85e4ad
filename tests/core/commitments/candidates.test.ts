import { describe, expect, it } from 'vitest';
import { CANDIDATE_RE, candidateSentences } from '../../../src/core/commitments/candidates';
import { COMMITMENT_PATTERNS, flatten } from '../../../src/core/commitments/patterns';
import { GOV } from '../../../src/core/commitments/vocabulary';
import { splitSentences } from '../../../src/core/text/sentences';
import { normalizeText } from '../../../src/core/text/normalize';
import { loadCorpus, navoText } from '../dates/letters';

/** Whether the one sentence of `text` (split as findCommitments splits) is a candidate. */
function isCandidate(sentence: string): boolean {
  const sentences = [{ start: 0, end: sentence.length }];
  return candidateSentences(sentence, sentences).length === 1;
}

// Real promises (NAVO = the NAVO letter; NN = tests/fixtures/letters/letters/NN-*), one per pattern.
const promises: [pattern: string, sentence: string][] = [
  ['receives', 'Binnenkort \nontvangt uw Kamer een brief waarin de Defensie Industrie Strategie (NAVO).'],
  ['receives', 'Van de Staatssecretaris\nontvangt u een brief over de bredere inzet op natuur (11).'],
  ['will', 'Het kabinet zal de Kamer hierover nadere voorstellen doen (NAVO).'],
  ['will', 'Voortaan zal ik, zoals met Uw Kamer tijdens het Algemeen Overleg besproken, vooraf ingaan (06).'],
  ['will', 'Daarom zal de minister-president uw Kamer nader informeren.'],
  ['strives', 'Het kabinet streeft ernaar om in november 2022 meer \nduidelijkheid te hebben (NAVO).'],
  ['strives', 'Wij streven er naar dit voor de zomer af te ronden.'],
  ['informs', 'Ik informeer uw Kamer voor het zomerreces over de stand van zaken.'],
  ['informs', 'Voor de zomer stuur ik uw Kamer de evaluatie.'],
  ['informs', 'Het kabinet zendt de Tweede Kamer binnenkort het rapport.'],
  ['keeps-informed', 'Ik houd uw Kamer op de hoogte van de voortgang.'],
  ['comes-back', 'Ik kom hier in het najaar van 2023 op terug.'],
  ['comes-back', 'Het kabinet komt er voor de zomer op terug.'],
  // 866 (its `terug` ends the sentence: no number after it here).
  ['comes-back-fronted', 'Op die veranderingen komen wij in een aparte brief terug.'],
  ['informs', 'De Minister voor VRO informeert uw Kamer met een aparte brief over het geheel (694).'],
  ['intends', 'Ik verwacht uw Kamer in het voorjaar te informeren.'],
  ['intends', 'Ik zeg toe de Kamer voor 1 mei te berichten.'],
  ['intends', 'Ik ben van plan uw Kamer na de zomer een brief te sturen.'],
  ['passive', 'Uw Kamer wordt uiterlijk 1 maart 2023 geïnformeerd over de evaluatie.'],
  ['will-be-informed', 'De Kamer zal voor het zomerreces worden ingelicht.'],
  ['will-be-informed', 'De Kamer zal hierover worden geïnformeerd (1873).'],
  ['passive', 'De Kamer wordt op de hoogte gehouden van de uitkomst.'],
  ['receives-first', 'U ontvangt de voortgangsbrief voor het zomerreces (285).'],
  ['receives-first', 'Uw Kamer ontvangt deze Werkagenda voor de zomer van mijn collega (1008).'],
  ['will', 'De Minister van Financiën zal uw Kamer in april informeren.'],
  ['will-clause', 'Een Beleidsagenda Jeugd die we uw Kamer volgend voorjaar zullen toezenden (336).'],
  ['will-clause', 'Ik zeg u toe dat ik u de antwoorden zo spoedig mogelijk zal doen toekomen (1171).'],
  ['will-be-sent', 'Daarop zal het onderzoek aan uw Kamer worden gezonden (1664).'],
  ['will-be-sent', 'Binnenkort zal een brede notitie aan de Tweede Kamer worden voorgelegd (1825).'],
  [
    'will-be-sent',
    'De verkenning naar een nieuw stelsel zal met een separate brief aan de kamer worden aangeboden (1737).',
  ],
  ['is-sent', 'Het resultaat wordt uiterlijk begin volgend jaar naar de Kamer gestuurd (1665).'],
  [
    'will-be-submitted',
    'Ook zal in dit verband binnenkort een Nota van Wijziging bij de Tweede Kamer worden ingediend (1856).',
  ],
  ['will-be-submitted', 'De nota van wijziging die bij de Kamer zal worden ingediend.'],
  [
    'is-submitted',
    'Dit besluit zal worden verwerkt in de Najaarsnota die voor 1 december 2017 bij de Kamer wordt ingediend (1271).',
  ],
  [
    'is-submitted',
    'Ik kies ervoor het kabinet voor te stellen dat het wetsvoorstel inclusief de tarieven na het zomerreces wordt ingediend (2094).',
  ],
  [
    'is-submitted',
    'Ik stel voor dat een nota van wijziging na het zomerreces wordt ingediend (2094, another bill).',
  ],
  [
    'is-submitted',
    'Ik stel voor dat het voorstel van rijkswet na het zomerreces wordt ingediend (2094, another bill).',
  ],
  ['is-sent', 'Het rapport wordt voor de zomer aan uw Kamer aangeboden.'],
  ['is-sent', 'Het rapport wordt u voor de zomer toegezonden.'],
  [
    'will-receive',
    'Over uw vragen omtrent misstanden in de tomatensector in Italië zult u een aparte brief ontvangen (2344).',
  ],
  [
    'will-receive',
    'Uw Kamer zal naar verwachting begin december de kabinetsappreciatie over het CWP ontvangen (97).',
  ],
  ['can-send', 'Deze brief kan ik binnen enkele weken naar uw Kamer verzenden (2383).'],
  ['strives', 'Waarbij ik nog steeds streef naar toezending in september (1137).'],
  ['intends', 'Ik verwacht u begin juni de kabinetsreactie te kunnen aanbieden (641).'],
  ['intends', 'Ik zeg uw Kamer toe voor de zomer een brief te sturen.'],
  ['intends', 'De verwachting is nu, dat ik u over enige maanden het standpunt kan toezenden (558).'],
  [
    'will-be-sent',
    'Na deze rapportage zal nog éénmaal aan Uw Kamer worden gerapporteerd naar de stand eind november (1015).',
  ],
  [
    'strives',
    'Daarom streef ik ernaar u 10 dagen voor dit Algemeen Overleg de cijfers te doen toekomen (511).',
  ],
  [
    'will-elided',
    'Ik kan dan ook niet aan uw onderhavige verzoek tegemoet komen, maar zal uw Kamer mijn visie tijdig voor het aangekondigde Algemeen Overleg van 1 december aanstaande doen toekomen (518).',
  ],
  [
    'will-send',
    'De halfjaarlijkse rapportage van het College financieel toezicht over Curaçao en Sint Maarten zal ik op een later moment toesturen (377).',
  ],
  ['will-answer', 'Ik zal de vragen zo snel mogelijk beantwoorden (1397).'],
  ['intends', 'Ik hoop u op korte termijn de reactie van het kabinet te kunnen toesturen (1173).'],
  ['can-expect', 'Het MPO in de gangbare lay-out kunt u in de loop van oktober tegemoet zien (367).'],
  ['can-expect', 'In april kunt u nog twee brieven verwachten (34).'],
  ['can-expect-paper', 'U kunt een reactie op het advies verwachten binnen de wettelijke termijn (1143).'],
  ['follows', 'De kabinetsreactie op dit rapport volgt op een later moment (999).'],
  [
    'will-come-back',
    'Op de aanbevelingen die niet binnen de toekomstvisie passen zal ik separaat terugkomen (1456).',
  ],
  ['will-come-back', 'De minister van EL&I zal hier op terug komen (581).'],
  [
    'will-come-back',
    'Gegeven het bredere belang van het arrest zal het kabinet dit zorgvuldig bestuderen en in de tweede helft van januari met een reactie komen (2793).',
  ],
  ['will-reach', 'Deze brieven zullen uw Kamer waarschijnlijk kort voor het Kerstreces 2020 bereiken (136).'],
  ['will-reach', 'Een meer gedetailleerde toelichting op het IGC-mandaat zal u iets later toegaan (950).'],
  ['will-reach', 'Het kabinetsstandpunt, dat uw Kamer spoedigst zal toegaan (806).'],
  [
    'will-elsewhere',
    'Ik zal in oktober ingaan op de uitkomsten van beide rapportages in een vervolgbrief over palliatieve zorg (1382).',
  ],
  ['will-elsewhere', 'In die brief zal ik ook ingaan op de belangrijkste berichten in de media (2672).'],
  [
    'will-elsewhere',
    'Daarom zullen wij in de brief over goed bestuur in de zorgsector onze inhoudelijke reactie op het rapport geven (2742).',
  ],
  [
    'will-elsewhere',
    'Deze voorstellen zullen wij betrekken bij het kabinetsstandpunt over het Schipholbeleid (415).',
  ],
  [
    'will-elsewhere',
    'In de geannoteerde agenda voor de Eurogroep zal ik een verslag opnemen van deze telefonische Eurogroep (121).',
  ],
  [
    'will-include-there',
    'De initiatiefnota met de ideeën van mevrouw Van den Berg zal ik daarin graag meenemen (2744).',
  ],
  [
    'will-include-there',
    'Daarin zullen wij ook melden hoe we gehoor hebben gegeven aan het verzoek van het IPKO (135).',
  ],
  [
    'will-come-back-clause',
    'De evaluatiecommissie doet een aantal aanbevelingen waarop de Minister en ik in de Toekomstvisie Wetenschap zullen terugkomen (1456).',
  ],
  [
    'keeps-receiving',
    'De rapportage over het hele jaar, inclusief de analyse en duiding, blijft u zoals gebruikelijk ontvangen in het voorjaar (697).',
  ],
  ['informs', 'Over de resultaten bericht ik u voor de zomer (398, with a cue).'],
  [
    'informs-separately',
    'Over de resultaten van de uitwerking voor contractvervoer bericht ik u afzonderlijk (398).',
  ],
  ['comes-with', 'Voor de zomer kom ik met een integrale reactie op het advies van de SER (2037).'],
  ['wants-to-come-back', 'Met de uitwerking wil ik vervolgens in dit najaar bij u terugkomen (421).'],
  ['will-take-place', 'Beantwoording zal zo spoedig mogelijk plaatsvinden (894).'],
  ['follows', 'Het restant van de beantwoording volgt naar verwachting op 23 mei (671).'],
  ['intends', 'Onze planning is nu om de opzet medio april naar de Kamer te sturen (20).'],
  [
    'receives-clause',
    'Daarnaast melden wij u dat uw Kamer voorafgaand aan de voorziene behandeling van de begroting JenV in week 48 een tweede nota van wijziging krijgt toegestuurd (268).',
  ],
];

/** The same sentence as a page may give it: other case, other white space, a hard line break. */
const variants: [how: string, change: (s: string) => string][] = [
  ['as written', (s) => s],
  ['in capitals', (s) => s.toUpperCase()],
  ['with runs of white space', (s) => s.replace(/ /g, ' \n\t ')],
  ['with no-break spaces', (s) => s.replace(/ /g, '\u00a0')],
];

describe('candidateSentences', () => {
  it('covers every pattern', () => {
    const names = new Set(promises.map(([name]) => name));
    expect([...names].sort()).toEqual(COMMITMENT_PATTERNS.map((p) => p.name).sort());
  });

  for (const [how, change] of variants) {
    it.each(promises)(`finds %s ${how}: %s`, (pattern, sentence) => {
      const changed = change(sentence);
      const rule = COMMITMENT_PATTERNS.find((p) => p.name === pattern);
      expect(rule?.re.test(flatten(changed))).toBe(true);
      expect(isCandidate(changed)).toBe(true);
    });
  }

  // Each alternative of the candidate scan, which starts a match at a rare letter inside it and checks
  // the letters before that letter by a lookbehind: in any case, and at the very start of the text.
  it.each([
    ['zal after the subject', 'Het kabinet zal de Kamer berichten.'],
    ['zullen before the subject', 'Daarom zullen wij de Kamer berichten.'],
    ['zend after the subject', 'Wij zenden uw Kamer voor de zomer de brief.'],
    ['zendt before the subject', 'Voor de zomer zendt het kabinet u de brief.'],
    ['zeggen toe', 'Wij zeggen toe uw Kamer voor 1 mei te berichten.'],
    ['informeer after the subject', 'Ik informeer uw Kamer binnenkort.'],
    ['informeren before the subject', 'Binnenkort informeren wij uw Kamer.'],
    ['geinformeerd without a diaeresis', 'Uw Kamer wordt binnenkort geinformeerd.'],
    ['geïnformeerd', 'Uw Kamer wordt binnenkort geïnformeerd.'],
    ['ingelicht', 'De Kamer wordt binnenkort ingelicht.'],
    ['stuur after the subject', 'Ik stuur uw Kamer binnenkort de evaluatie.'],
    ['sturen before the subject', 'Binnenkort sturen wij uw Kamer de evaluatie.'],
    ['stuurt before the subject', 'Binnenkort stuurt het kabinet de Kamer de evaluatie.'],
    ['streef', 'Ik streef ernaar dit af te ronden.'],
    ['streeft', 'Het kabinet streeft er naar dit af te ronden.'],
    ['streven', 'Wij streven ernaar dit af te ronden.'],
    ['ontvangt', 'Binnenkort ontvangt de Tweede Kamer de brief.'],
    ['krijgt', 'Binnenkort krijgt uw Kamer de brief.'],
    ['op terug', 'Ik kom hier binnenkort op terug.'],
    ['houdt', 'Het kabinet houdt de Kamer op de hoogte.'],
    ['op de hoogte gesteld', 'De Kamer wordt binnenkort op de hoogte gesteld.'],
    ['verwacht', 'Ik verwacht de Kamer in het voorjaar te informeren.'],
    ['voornemens', 'Ik ben voornemens de Kamer een brief te sturen.'],
    ['van plan', 'Ik ben van plan de Kamer een brief te sturen.'],
    [
      'a minister with the ministry, before zal',
      'De Staatssecretaris van Volksgezondheid, Welzijn en Sport zal u berichten.',
    ],
    ['zullen and the verb last', 'De brief die wij u voor de zomer zullen sturen.'],
    ['zal, a word and the verb last', 'Het rapport dat ik u zal doen toekomen.'],
    ['zeg ik u toe', 'Daarom zeg ik u toe de Kamer te informeren.'],
    ['streeft het kabinet er naar', 'Daarom streeft het kabinet er naar de Kamer te informeren.'],
    ['streven wij ernaar', 'Daarom streven wij ernaar de Kamer te informeren.'],
    ['u ontvangt', 'U ontvangt binnenkort de brief.'],
    ['de Kamer krijgt', 'De Kamer krijgt binnenkort de brief.'],
    ['toegezonden', 'Het rapport zal u binnenkort worden toegezonden.'],
    ['gestuurd', 'Het rapport wordt binnenkort naar de Kamer gestuurd.'],
    ['aangeboden', 'Het rapport zal aan de Kamer worden aangeboden.'],
    ['voorgelegd', 'Het rapport zal aan de Kamer worden voorgelegd.'],
    ['streef naar toezending', 'Ik streef naar toezending in september.'],
    ['streef ik naar verzending', 'Daarom streef ik naar verzending in september.'],
    ['aangeboden after kamer', 'Het rapport wordt binnenkort aan de Kamer aangeboden.'],
    ['wordt u', 'Het rapport wordt u binnenkort gezonden.'],
    ['worden uw', 'De rapporten worden uw Kamer binnenkort gezonden.'],
    ['zult u', 'Binnenkort zult u de brief ontvangen.'],
    ['u zult', 'U zult de brief binnenkort ontvangen.'],
    ['zal uw Kamer', 'Binnenkort zal uw Kamer de brief ontvangen.'],
    ['de Kamer zal', 'De Tweede Kamer zal de brief binnenkort ontvangen.'],
    ['kamer verzenden', 'Binnenkort kan ik de brief naar de Kamer verzenden.'],
    ['kamer toezenden', 'Binnenkort kan ik de brief aan uw Kamer toezenden.'],
    ['kamer versturen', 'Binnenkort kunnen wij de brief naar de Kamer versturen.'],
    [
      'verstuurd',
      'Deze zal voor het geplande commissiedebat van 9 juni aan uw Kamer worden verstuurd (1737).',
    ],
    ['wordt verzonden', 'In een brief die één dezer dagen aan de Tweede Kamer wordt verzonden (1856).'],
    [
      'ingediend',
      'Ook zal in dit verband binnenkort een Nota van Wijziging bij de Tweede Kamer worden ingediend (1856).',
    ],
    [
      'voorzien om',
      'In 2026 is voorzien om de Periodieke rapportage over Toeslagen aan uw Kamer te sturen (2537).',
    ],
    ['ontvangt de Staten-Generaal', 'Binnenkort ontvangt de Staten-Generaal de brief.'],
    [
      'mijn ambtsopvolger zal (1765)',
      'Mijn ambtsopvolger zal het nieuwe rapport van het RIVM naar de Tweede Kamer sturen.',
    ],
    ['zal het volgende kabinet', 'Daarom zal het volgende kabinet de Kamer informeren.'],
    [
      'de bewindslieden zullen (2670)',
      'De verantwoordelijke bewindslieden zullen u in voorkomende gevallen informeren.',
    ],
    ['zal ontvangen, in a clause (2216)', 'De Kamerbrief die de Kamer op korte termijn zal ontvangen.'],
    ['zult ontvangen, in a clause', 'De brief die u op korte termijn zult ontvangen.'],
    ['zullen terugkomen', 'De aanbevelingen waarop wij in de Toekomstvisie zullen terugkomen.'],
    ['zal op terug komen', 'De punten waarover ik in de brief zal op terug komen.'],
    ['aan u worden voorgelegd (228)', 'De bevindingen zullen aan u worden voorgelegd.'],
    ['aan u gezonden', 'Het rapport wordt binnenkort aan u gezonden.'],
    ['u toesturen', 'Binnenkort kan ik het rapport aan u toesturen.'],
    ['met de Kamer worden gedeeld (193)', 'Vervolgens zullen de bevindingen met de Kamer worden gedeeld.'],
    ['het streven is (2496)', 'Het streven is de antwoorden zo spoedig mogelijk aan uw Kamer te sturen.'],
    [
      'het streven blijft (1123)',
      'Het streven blijft erop gericht de beleidsdoorlichting aan de Tweede Kamer aan te bieden.',
    ],
    ['mijn inzet is (2273)', 'Mijn inzet is u het kabinetsbesluit voor het zomerreces aan te bieden.'],
    [
      'zet het kabinet zich in (1198)',
      'Daarom zet het kabinet zich in om het wetsvoorstel aan uw Kamer aan te bieden.',
    ],
    ['wij zetten ons in', 'Wij zetten ons in om het wetsvoorstel aan uw Kamer aan te bieden.'],
    ['blijft u (697)', 'De rapportage blijft u zoals gebruikelijk ontvangen in het voorjaar.'],
    ['uw Kamer blijft', 'Uw Kamer blijft de rapportage ieder voorjaar ontvangen.'],
    // `gerapporteerd` and `planning`, which had searches of their own until session 41.
    ['zal worden gerapporteerd (559)', 'Op welke onderwerpen aan uw Kamer zal worden gerapporteerd.'],
    ['kamer wordt gerapporteerd', 'Over de voortgang wordt binnenkort aan de Kamer gerapporteerd.'],
    ['aan u wordt gerapporteerd', 'Over de voortgang wordt binnenkort aan u gerapporteerd.'],
    ['aan uw Kamer worden gerapporteerd', 'De uitkomsten zullen aan uw Kamer worden gerapporteerd.'],
    ['zal u worden gerapporteerd', 'Over de voortgang zal u binnenkort worden gerapporteerd.'],
    ['onze planning is (20)', 'Onze planning is nu om de opzet medio april naar de Kamer te sturen.'],
    ['mijn planning blijft', 'Mijn planning blijft de opzet medio april naar de Kamer te sturen.'],
  ])('takes a sentence with %s, in any case', (_how, sentence) => {
    expect(isCandidate(sentence)).toBe(true);
    expect(isCandidate(sentence.toUpperCase())).toBe(true);
    expect(isCandidate(sentence.toLowerCase())).toBe(true);
  });

  it.each([
    ['joined hyphenation', 'Ik zal uw Ka-\nmer informeren.'],
    ['a dotted capital I', 'İK ZAL UW KAMER INFORMEREN.'],
    ['a Kelvin sign', 'Ik zal uw \u212aamer informeren.'],
  ])('always takes a sentence whose flattening is more than case and space: %s', (_how, sentence) => {
    expect(isCandidate(sentence)).toBe(true);
  });

  it.each([
    ['no promise vocabulary (12)', 'Eind 2025 benadert Defensie de markt voor dronemunitie.'],
    ['a table row', 'Raad Algemene Zaken 20 maart 2018 aanwezig'],
  ])('skips a sentence with %s', (_how, sentence) => {
    expect(isCandidate(sentence)).toBe(false);
  });

  // The scan names the government by GOV's first or last word beside a verb (`zal het …`, `… kabinet zal`): each phrase
  // GOV stands for must open and close with a word the scan knows, in text as the page may give it.
  const govPhrases = phrasesOf(GOV);
  it('knows GOV as all its phrases', () => {
    expect(govPhrases).toContain('het kabinet');
    expect(govPhrases).toContain('mijn ambtsopvolger');
    expect(govPhrases).toContain('de verantwoordelijke bewindspersonen');
    expect(govPhrases).toHaveLength(19);
    for (const phrase of govPhrases) expect(new RegExp(`^${GOV}$`).test(phrase), phrase).toBe(true);
  });

  it.each(govPhrases)('takes the government "%s" on either side of zal and komt', (phrase) => {
    const subject = phrase.replace(/^./, (c) => c.toUpperCase());
    for (const sentence of [
      `${subject} zal iets doen.`,
      `Toch zal ${phrase} iets doen.`,
      `${subject} komt met iets.`,
      `Straks komt ${phrase}\nmet iets.`,
    ]) {
      expect(isCandidate(sentence), sentence).toBe(true);
    }
  });

  it.each([
    'De burgemeester zal iets doen.',
    'Toch zal een burgemeester iets doen.',
    'Straks komt de burgemeester met iets.',
  ])('skips a sentence whose subject is no government: %s', (sentence) => {
    expect(isCandidate(sentence)).toBe(false);
  });

  it('finds the candidates in text order, once each', () => {
    const text =
      'Ik zal uw Kamer informeren. Dat is alles. Het kabinet zal, en het kabinet zal ook, de Kamer berichten.';
    const found = candidateSentences(text, splitSentences(text)).map((s) => text.slice(s.start, s.end));
    expect(found).toEqual([
      'Ik zal uw Kamer informeren.',
      'Het kabinet zal, en het kabinet zal ook, de Kamer berichten.',
    ]);
  });

  it('does not let a match that runs on into the next sentence hide that sentence', () => {
    // `zal\n\nwij` matches across the blank line; the next sentence needs its own hit.
    const text = 'Dit zal\n\nwij zal uw Kamer melden.';
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(2);
    expect(candidateSentences(text, sentences)).toEqual(sentences);
  });

  it('never misses a sentence that a pattern matches, in the corpus letters', () => {
    const texts = [navoText(), ...loadCorpus().map((l) => l.text)];
    let promising = 0;
    for (const raw of texts) {
      const text = normalizeText(raw).text;
      const sentences = splitSentences(text);
      const candidates = new Set(candidateSentences(text, sentences));
      for (const s of sentences) {
        const flat = flatten(text.slice(s.start, s.end));
        if (!COMMITMENT_PATTERNS.some((p) => p.re.test(flat))) continue;
        promising++;
        expect(candidates.has(s), text.slice(s.start, s.end)).toBe(true);
      }
    }
    expect(promising).toBeGreaterThan(20);
  });

  it('is a global regex (it is used with lastIndex)', () => {
    expect(CANDIDATE_RE.global).toBe(true);
  });
});

describe('CANDIDATE_RE against its earlier shape', () => {
  // Three groups had their lookbehinds before the letters that follow them: the same places match.
  const earlier = new RegExp(
    CANDIDATE_RE.source
      .replace(String.raw`u(?:(?:ur|ren)(?<=`, String.raw`u(?:(?<=stu)(?:(?:ur|ren)(?<=`)
      .replace(String.raw`(?:urt?|ren)(?<=stu(?:urt?|ren))\s+`, String.raw`(?:urt?|ren)\s+`)
      .replace(String.raw`|g(?<=op\s+terug)|d(?<=houd)`, String.raw`)|(?<=op\s+teru)g|(?<=hou)d`)
      .replace(String.raw`v(?:en(?<=streven)`, String.raw`v(?:(?<=strev)en`)
      .replace(String.raw`|angt(?<=ontvangt)`, String.raw`|(?<=ontv)angt`)
      .replace(String.raw`j(?:gt(?<=krijgt)`, String.raw`j(?:(?<=krij)gt`),
    'iy',
  );
  const now = new RegExp(CANDIDATE_RE.source, 'iy');

  it('is what it was but for those three groups', () => {
    expect(earlier.source).not.toBe(now.source);
    expect(earlier.source).toContain(String.raw`j(?:(?<=krij)gt`);
    expect(earlier.source).toContain(String.raw`(?:ik|wij|we|het))|(?<=op\s+teru)g|(?<=hou)d`);
  });

  it('matches at the same places', () => {
    const pieces = [
      'ik ',
      'we ',
      'het ',
      'kabinet ',
      'st',
      'uur',
      'urt',
      'uren',
      'ren',
      'op ',
      'teru',
      'g',
      'hou',
    ];
    pieces.push(
      'd',
      'en ',
      't ',
      'uw ',
      'kamer ',
      'u ',
      'strev',
      'ontv',
      'angt ',
      'er naar',
      'krij',
      'gt ',
      'de ',
    );
    pieces.push('STUUR', 'Krijgt ', ' ', 'zal ', 'informeer ');
    let seed = 9;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = rnd(12); i > 0; i--) text += pieces[rnd(pieces.length)] as string;
      for (let at = 0; at <= text.length; at++) {
        earlier.lastIndex = at;
        now.lastIndex = at;
        expect(now.test(text), `${text} @${at}`).toBe(earlier.test(text));
      }
    }
  });
});

/**
 * Every string a vocabulary fragment matches, for fragments made of literal words, `(?:…|…)` groups and `?` after a
 * group (as GOV is): a parser of just that much regex, which throws on anything else.
 */
function phrasesOf(source: string): string[] {
  let at = 0;
  const alternatives = (): string[] => {
    const out = sequence();
    while (source[at] === '|') {
      at++;
      out.push(...sequence());
    }
    return out;
  };
  const sequence = (): string[] => {
    let out = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let part: string[];
      if (source.startsWith('(?:', at)) {
        at += 3;
        part = alternatives();
        if (source[at++] !== ')') throw new Error(`no ) at ${at}`);
        if (source[at] === '?') {
          at++;
          part = ['', ...part];
        }
      } else if (/[a-z -]/.test(source[at] as string)) {
        part = [source[at++] as string];
      } else {
        throw new Error(`cannot expand ${source.slice(at)}`);
      }
      out = out.flatMap((head) => part.map((tail) => head + tail));
    }
    return out;
  };
  const phrases = alternatives();
  if (at !== source.length) throw new Error(`cannot expand ${source.slice(at)}`);
  return phrases;
}
