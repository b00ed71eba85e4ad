import { describe, expect, it } from 'vitest';
import {
  closingVerbsEnd,
  isClauseParticiple,
  modalInfinitiveEnd,
  teInfinitiveEnd,
  verbClusterEnd,
} from '../../../src/core/timeline/verb-cluster';

/**
 * The words a finder takes after the words `head` in `head tail` (`verbClusterEnd`: `head` ending on the auxiliary or
 * modal; `closingVerbsEnd`, with the marks after them; `modalInfinitiveEnd`), or null where it takes none.
 */
function takenAfter(find: (s: string, end: number) => number, head: string, tail: string): string | null {
  const s = `${head} ${tail}`;
  const end = find(s, head.length);
  return end < 0 ? null : s.slice(head.length + 1, end);
}

describe('verbClusterEnd', () => {
  it.each([
    // A participle after an auxiliary (1044, 1917, 2855: a participle of a prefixed verb, without `ge`).
    ['informatie die op de website van de Belastingdienst wordt', 'geplaatst.', 'geplaatst'],
    ['over de toeslagen is', 'bijgevoegd.', 'bijgevoegd'],
    ['door Minister Ollongren al aanzienlijk is', 'versoepeld;', 'versoepeld'],
    // It ends the cluster whatever follows, unless an infinitive of the cluster does (`gemaakt op`, 39).
    ['dat er ingrijpende keuzes moeten worden', 'gemaakt op vastgoedgebied met het oog op', 'gemaakt'],
    ['waarin is', 'aangegeven dat zij volgens de gegevens', 'aangegeven'],
    // A modal's infinitive before a clause mark (1137), a preposition (223) or more of the cluster (578, 1314, 745).
    ['de kabinetsvisie op het mestbeleid zal', 'aanbieden.', 'aanbieden'],
    ['dat de IND deze niet kan', 'bijhouden met als gevolg', 'bijhouden'],
    ['niet voor eind van de zomer zal', 'zijn afgerond (27 925, nr. 264);', 'zijn afgerond'],
    ['een «Memorandum of Understanding» (MOU) zou', 'kunnen worden afgesloten.', 'kunnen worden afgesloten'],
    ['niet binnen de termijn van drie weken kan', 'worden verzonden.', 'worden verzonden'],
    ['dat meer onderzoek gedaan moet', 'worden naar projectcode 1043', 'worden'],
    // No participle after an auxiliary: a noun's phrase (142, 1942), a conjunction (1267).
    ['geleid en heeft', 'grote gevolgen gehad voor alle betrokken pluimveehouders', null],
    ['de roadmap afgerond en hebben', 'alle deelnemende organisaties zich er aan gecommitteerd.', null],
    ['bij een evaluatie zijn', 'zowel tijdigheid als zorgvuldigheid van belang.', null],
    // After `zijn` as the verb, not an auxiliary: a preposition (1454).
    ['dat de Spinozapremie ook toegankelijk zal zijn', 'voor onderzoeksteams.', null],
    // An `…en` word after a modal that is no infinitive: a function word, an adverb, or a noun's before its phrase.
    ['de Minister zal', 'een brief sturen', null],
    ['de Kamer kan', 'binnen de termijn reageren', null],
    ['het kabinet zal', 'maatregelen de komende weken nemen', null],
    // Not after a word that is no auxiliary or modal.
    ['de Algemene Rekenkamer constateert', 'gemaakt', null],
  ])('%s | %s', (head, tail, expected) => {
    expect(takenAfter(verbClusterEnd, head, tail)).toBe(expected);
  });
});

describe('isClauseParticiple', () => {
  it.each([
    ['geplaatst', true],
    ['toegezonden', true],
    ['versoepeld', true],
    ['ondertekend', true],
    ['overgeboekt', true],
    // Nouns of a participle's shape.
    ['beleid', false],
    ['verband', false],
    ['onderzoek', false],
    ['onderwerp', false],
    ['gebied', false],
  ])('%s', (w, expected) => {
    expect(isClauseParticiple(w)).toBe(expected);
  });
});

describe('closingVerbsEnd', () => {
  it.each([
    // A participle alone (1954, 1883), after an adverb (1931) or an auxiliary (343).
    [
      'De vragen en opmerkingen zijn vertrouwelijk aan de Minister van Financiën',
      'voorgelegd.',
      'voorgelegd',
    ],
    ['van de Staatssecretaris van IenM heeft uw Kamer eerder', 'ontvangen.', 'ontvangen'],
    ['is met de afspraken in Berlijn', 'ruimschoots gehaald.', 'ruimschoots gehaald'],
    ['die uw Kamer op 23 april jl.', 'heeft ontvangen.', 'heeft ontvangen'],
    // A strong participle after its particle (568).
    ['wat er in de begroting van het Provinciefonds aan veranderingen zijn', 'opgetreden.', 'opgetreden'],
    // An infinitive with `te` (2094), with a particle (1805, 1931) or an infinitive of the cluster (160) before it.
    ['heeft uw Kamer mij verzocht de gestelde vragen schriftelijk', 'te beantwoorden.', 'te beantwoorden'],
    ['erop aangedrongen de adviescommissie nog dit jaar', 'in te stellen.', 'in te stellen'],
    ['de speciale Europese Raad te Berlijn nog eens schriftelijk', 'uiteen te zetten.', 'uiteen te zetten'],
    [
      'heb ik toegezegd u binnen twee maanden het feitenonderzoek',
      'te zullen toesturen.',
      'te zullen toesturen',
    ],
    // After `te doen` (658), and a bare infinitive after a cut `te laten` (1896).
    ['deze brief aan de Tweede Kamer', 'te doen toekomen.', 'te doen toekomen'],
    ['een tussentijdse evaluatie van PMR te laten', 'uitvoeren.', 'uitvoeren'],
    // Not a bare infinitive after another word: a noun's plural has its shape (`…met de gemeenten`).
    ['een overleg met de', 'gemeenten.', null],
    // Not the words of a phrase: a preposition's (1592), an article's (1255), a name (120).
    ['begon de aangifteperiode voor de inkomstenbelasting', 'bij de Belastingdienst.', null],
    ['hebben dit rapport ontvangen tijdens een gesprek', 'met omwonenden.', null],
    ['aan over de EU-prioriteiten ten aanzien van de Raad', 'van Europa.', null],
    // Not a word of a participle's shape after a function word (`voor een wetgevingstraject`, 1752).
    ['de implementatie in de uitvoering is immers te kort', 'voor een wetgevingstraject.', null],
    // Not a clause mark inside them: the verbs are another clause's.
    ['over de voortgang', 'van dat traject, gemeld.', null],
    // Not more than three words, nor more than 25 characters.
    ['de nota', 'in de komende weken gepubliceerd.', null],
    ['de nota', 'buitengewoon uitgebreid gepubliceerd.', null],
  ])('%s | %s', (head, tail, expected) => {
    expect(takenAfter(closingVerbsEnd, head, tail)).toBe(expected);
  });

  it.each([
    // A bare infinitive whose clause's finite verb is a modal (1352), `gaan` (2233) or a modal cut off before it (636).
    [
      'De Europese Commissie zal',
      'de definitieve voorstellen voor deze programma’s',
      'presenteren.',
      'presenteren',
    ],
    [
      'de manier waarop we in Nederland het ambitieuze doel van 49% broeikasgasreductie',
      'ten opzichte van 1990 gaan',
      'bereiken.',
      'bereiken',
    ],
    [
      'Vanaf het jaar 2000 zullen alle rapporten op',
      'de derde woensdag van mei gaan',
      'verschijnen.',
      'verschijnen',
    ],
    // The finite verb of a relative clause (1664, 1900) or one `dat` opens (112, 2710), read back into `lead` (227).
    [
      'Het spoor had te kampen met twee verstoringen die het treinverkeer',
      'ernstig',
      'ontregelden.',
      'ontregelden',
    ],
    ['heb ik de Tweede Kamer ingelicht over de factoren', 'die ertoe', 'bijdroegen,', 'bijdroegen'],
    [
      'is afgesproken dat woningcorporaties uiterlijk vanaf',
      'structureel 30.000 woningen per jaar',
      'bouwen.',
      'bouwen',
    ],
    ['vastgesteld dat Nederland een buitensporig', 'tekort', 'heeft.', 'heeft'],
    [
      'laten weten dat de kosten voor de inhuur van interim managers bij de bureaus jeugdzorg',
      'circa 0,8% van de totale personeelskosten',
      'bedroegen.',
      'bedroegen',
    ],
    // `zijn` before a word of its phrase is a possessive (399); right before the cut, the finite verb.
    [
      'Zoals ik in mijn brief heb aangegeven, zal',
      'het kabinet daarna zijn standpunt',
      'bepalen,',
      'bepalen',
    ],
    ['Het kabinet zal', 'de kosten die hoog zijn', 'dragen.', null],
    ['Het kabinet zal', 'de nieuwe regels voor de kosten zijn', 'nagaan.', null],
    // Before the `…` of a clause that goes on after its comma (844).
    [
      'De bouw van vervangende schepen,',
      'die nog met enkele jaren moest worden',
      'uitgesteld…',
      'uitgesteld',
    ],
    // Not where another finite verb stands between (`hebben`, the main clause's, after the modal of `die dat willen`),
    // nor past a comma or a bracket.
    ['Gemeenten die dat willen hebben', 'voor de zomer extra', 'middelen.', null],
    ['Het kabinet zal, na overleg met de Kamer,', 'de regels voor de gemeenten', 'aanpassen.', null],
    ['omdat de regels (die', 'voor de gemeenten gelden) voor de', 'provincies.', null],
    // Not a word of another shape after a modal (a noun's plural after `zal`: `binnen`, or a word not in `-en`).
    ['De Minister zal', 'de brief', 'binnen.', null],
    ['De Minister zal', 'de brief aan de', 'Kamer.', null],
    // Not a noun that has a verb's shape, nor a subordinate clause with no word that opens it.
    ['dat de regering', 'een nieuw', 'onderzoek.', null],
    ['De vergadering van de', 'ministers over de', 'begroting.', null],
  ])('%s | %s | %s', (lead, head, tail, expected) => {
    // `lead`: the words before `head` in the sentence.
    expect(takenAfter((s, end) => closingVerbsEnd(s, end, lead), head, tail)).toBe(expected);
  });
});

describe('modalInfinitiveEnd', () => {
  it.each([
    // The infinitive a modal waits for, the clause going on with a preposition (2110, 629) or after a mark (223).
    [
      'Met het oog op de voortzetting daarvan tijdens de tweede termijn',
      'wil ik u met deze brief nader',
      'informeren over een aantal onderwerpen',
      'informeren',
    ],
    [
      'Ik heb u de concept-opdracht toegezonden voor de commissie',
      'die zich gaat',
      'buigen over de toekomst',
      'buigen',
    ],
    [
      'Ook is de verwachting dat de instroom zo hoog is',
      'dat de IND deze niet kan',
      'bijhouden.',
      'bijhouden',
    ],
    // An infinitive of a cluster, with the participle after it (2462).
    [
      'In de RTC is vastgelegd',
      'dat deze toetsing van de overheidsapparaten zou',
      'worden voorbereid door het presidium',
      'worden voorbereid',
    ],
    // Not a plural noun after a counting word (1695), an article or an adjective.
    ['Zoals is toegezegd,', 'zullen de vier', 'aanbevelingen van de commissie worden verwerkt', null],
    ['Het kabinet zal', 'de', 'gemeenten over de regels informeren', null],
    ['Het kabinet zal', 'de nieuwe', 'regelingen voor de gemeenten bekendmaken', null],
    // Not where no preposition, conjunction or mark follows: a plural noun goes on with its own words.
    ['Het kabinet zal', 'volgend jaar', 'gemeenten extra middelen geven', null],
    // Not where the clause has no modal, or another finite verb first.
    ['Het kabinet heeft', 'de gemeenten', 'geïnformeerd over de regels', null],
    ['Gemeenten die dat willen hebben', 'de gemeenten', 'informeren over de regels', null],
  ])('%s | %s | %s', (lead, head, tail, expected) => {
    expect(takenAfter((s, end) => modalInfinitiveEnd(s, end, lead), head, tail)).toBe(expected);
  });
});

describe('teInfinitiveEnd', () => {
  it.each([
    // `te` and its infinitive right after the cut (1095), or a word or two after it (318; a particle, 1865).
    [
      'heeft de vaste commissie voor VROM mij verzocht de Kamer',
      'te informeren over de consequenties',
      'te informeren',
    ],
    ['heb ik toegezegd uw Kamer', 'jaarlijks te informeren over de risico’s', 'jaarlijks te informeren'],
    ['De Kamer besloot naar aanleiding van de motie een werkgroep', 'in te stellen die', 'in te stellen'],
    // A second infinitive after one of a cluster or a causative (160, 66).
    [
      'heb ik toegezegd u binnen twee maanden het feitenonderzoek',
      'te zullen toesturen.',
      'te zullen toesturen',
    ],
    [
      'toegezegd om een verdiepend onderzoek jeugd',
      'uit te laten voeren om van signalen',
      'uit te laten voeren',
    ],
    // Its mark stays out: the clause ends there.
    ['om een netwerk van tien samengevoegde meldkamers', 'te hebben.', 'te hebben'],
    // Not three words or more before the `te` (1606), nor over a mark, a conjunction or `en`.
    ['heb ik toegezegd de Kamer', 'op een aantal punten nader te zullen informeren', null],
    ['heb ik toegezegd de Kamer', 'daarover, zo mogelijk te informeren', null],
    ['Het kabinet heeft het rapport ontvangen', 'en is van plan te reageren', null],
    ['Het kabinet heeft het rapport ontvangen', 'dat ons te denken geeft', null],
    // Not `te` before a word that is no infinitive: a place (`te Brussel`), an adverb (`te laat`, `te allen tijde`).
    ['De Raad komt bijeen', 'te Brussel om', null],
    ['De brief is', 'te laat verzonden', null],
    ['De regels gelden', 'te allen tijde', null],
  ])('%s | %s', (head, tail, taken) => {
    expect(takenAfter(teInfinitiveEnd, head, tail)).toBe(taken);
  });
});
