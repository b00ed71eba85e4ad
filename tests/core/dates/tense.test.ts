import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences';
import { isParticipleAfterParticle, sentenceTense } from '../../../src/core/dates/tense';

/** The tense of the sentence around the first `date` in `text`. */
function tenseAround(text: string, date: string) {
  const start = text.indexOf(date);
  return sentenceTense(text, start, start + date.length, splitSentences(text));
}

// Sentences from tests/fixtures/letters/letters (the file's number first).
describe('sentenceTense', () => {
  it.each([
    [
      '2793',
      'Staat heeft opgelegd is hiermee onherroepelijk geworden. Gegeven het bredere belang van het arrest zal het kabinet dit zorgvuldig bestuderen en in de tweede helft van januari met een reactie komen.\n\nZoals het kabinet eerder heeft aangegeven',
      'tweede helft van januari',
      'future',
    ],
    [
      '371',
      'van mening dat dit gewenste inzicht samenhangt met het gevraagde onderzoek naar de kosten en gevolgen van fair practice, welk in februari aan de Kamer wordt gestuurd;\n\nverzoekt de regering',
      'februari',
      'future',
    ],
    [
      '1180',
      'verzoekt de regering om alsnog het extra bedrag, € 22.200.000, ter beschikking te stellen van gemeenten voor de organisatie van het referendum op 6 april, ofwel door de financiële dekking te gebruiken',
      '6 april',
      'future',
    ],
    [
      '917',
      'In oktober is een tussenbalans van het proces opgemaakt en heb ik uw Kamer de contouren van de nieuwe natuurvisie geschetst (Kamerstuk 33 576, nr. 9).\n\nKern van de natuurvisie is een omslag in denken',
      'oktober',
      'past',
    ],
    // `is` with a participle after it, across the date; `zou`: a future seen from the past.
    [
      '1314',
      'De Kamer is gemeld dat in het najaar het besluit zou vallen met betrekking tot het produktie- en het verwervingstraject. Wat is de reden dat dit proces nu opnieuw is vertraagd?',
      'najaar',
      'past',
    ],
    // `gedane` right after the date: done then, though the sentence goes on to `te sturen`.
    [
      '20',
      'Reden voor dit verzoek was de in december gedane toezegging in uw Kamer om in 2013 een nationaal programma preventie (NPP) te ontwikkelen en in maart een eerste opzet daarvan naar uw Kamer te sturen.',
      'december',
      'past',
    ],
    // A `te`-infinitive right after the date looks ahead from the past `heeft … laten weten`.
    [
      '285',
      'Met betrekking tot de uitvoering van de motie Marijnissen heeft de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties uw Kamer laten weten u eind van het jaar te informeren over de plannen van aanpak van de departementen. In aanvulling daarop is',
      'eind van het jaar',
      null,
    ],
    // A habit: no one year.
    [
      '33',
      'Voor de uitgaven die vallen onder de Wet Langdurige Zorg (Wlz) en die ook onder het\nWlz-kader vallen, ontvangt VWS tweemaal per jaar (in februari en in juli) een update\nvan de uitvoeringscijfers.',
      'februari',
      null,
    ],
    // No cue of either tense.
    [
      '2712',
      'de orde. Het kabinet kent een hoofdbesluitvormingsmoment in het voorjaar. Dit bevordert de rust',
      'voorjaar',
      null,
    ],
    // `gereed` is no participle: `is` stays present, and `verwachting` looks ahead.
    [
      '1260',
      'De verwachting is dat alle negen Wob-verzoeken medio januari gereed zijn.',
      'medio januari',
      'future',
    ],
    // Cues of both tenses: nothing said.
    [
      '1175',
      'Tijdens de begrotingsbehandeling van Binnenlandse Zaken op 18 oktober 2018 heb ik\nuw Kamer toegezegd voor het eind van het jaar met een voorstel te komen over de uitwerking\nvan een bewustwordingscampagne over desinformatie (Handelingen II 2018/19, nr. 15,\nitems 5 en 16).',
      'eind van het jaar',
      null,
    ],
    // The sentence is the shared split's, which ends one at a footnote marker glued to its period (`c.s.5 U`): the
    // committee's `heeft … gesproken` before it is not this sentence's tense. The wish to debate `nog in december`
    // is told in the present, of what is still to come.
    [
      '729',
      'De commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en Huis van de Koning heeft in haar vergadering van 17 december 2019 gesproken over uw brief van 6 december 2019 over uitvoering van de motie-Schalk c.s.5 U geeft daarin aan graag nog in december, en anders uiterlijk januari volgend jaar met de Kamer in debat te willen over deze motie.',
      'december,',
      null,
    ],
    // A `;` ends the part of a sentence the tense is read in, also where the shared split reads on (a motion's
    // considerations, one line apart): the campaign that `zal starten` is no past for the `is gepresenteerd` before.
    [
      '2567',
      'gehoord de beraadslaging,\noverwegende dat een Nationaal Toekomstbeeld Fiets is gepresenteerd;\noverwegende dat vanaf 1 mei een uitgebreide campagne zal starten om het gebruik van\nde fiets te stimuleren;\noverwegende dat de regering werkt aan e',
      '1 mei',
      'future',
    ],
  ])('%s: the sentence around %#', (_letter, text, date, expected) => {
    expect(tenseAround(text, date)).toBe(expected);
  });
});

// Words of the letters in tests/fixtures/letters (the letter's number first), in the sentence they stand in.
describe('isParticipleAfterParticle', () => {
  it.each([
    // Weak participles, also after a particle, are `isParticiple`'s.
    ['02', 'heeft plaatsgevonden op 27 oktober jl.', 'plaatsgevonden', true],
    [
      '1065',
      'hebben de extra middelen … bijgedragen aan het beperken van de wachtlijsten',
      'bijgedragen',
      true,
    ],
    // Strong participles after a separable particle.
    ['1030', 'is in het Statuut aangewezen als Koninkrijkaangelegenheid', 'aangewezen', true],
    ['147', 'hoeveel verblijfsvergunningen zijn afgewezen dan wel ingetrokken', 'ingetrokken', true],
    ['1316', 'dat er twee interrupties per fractie zijn toegestaan', 'toegestaan', true],
    ['187', 'dat er op Europees niveau strategisch wordt nagedacht', 'nagedacht', true],
    ['2163', 'een koopvaardijschip dat door piraten was vrijgelaten', 'vrijgelaten', true],
    ['1413', 'werk waarop die gegevens zijn opgeslagen', 'opgeslagen', true],
    [
      '568',
      'wat er in de begroting van 2019 van het Provinciefonds aan veranderingen zijn opgetreden',
      'opgetreden',
      true,
    ],
    ['2852', 'Op 1 januari 2013 is de Wet normering … in werking getreden', 'getreden', true],
    [
      '46',
      'De rebellengroep M23 heeft een groot deel van de provincie Noord-Kivu onder controle gekregen',
      'gekregen',
      true,
    ],
    // Bare strong participles of that list too (`isParticiple` reads only a few).
    ['78', 'is … het project Kiezen op Afstand (KOA) van start gegaan', 'gegaan', true],
    ['957', 'is de twintigste jaarlijkse klimaatconferentie … in Lima van start gegaan', 'gegaan', true],
    // `…gevallen` after a particle is a participle; after anything else a noun.
    ['425', 'Delen van het werk zijn stilgevallen', 'stilgevallen', true],
    ['732', 'constaterende dat Turkije Noord-Syrië is binnengevallen', 'binnengevallen', true],
    ['1821', 'Het is de leden van de CDA-fractie opgevallen', 'opgevallen', true],
    ['368', 'een forse toename van het aantal meldingen van (dodelijke) ongevallen', 'ongevallen', false],
    ['1975', 'de meest recente cijfers … van verkeersongevallen', 'verkeersongevallen', false],
    ['990', 'de brief … inzake knelgevallen varkenshouderij', 'knelgevallen', false],
    ['118', 'dat stress in bevingsgebied Groningen tot sterfgevallen leidt', 'sterfgevallen', false],
    // `…gelegen` after its first part is an adjective of place.
    ['2543', 'zorgen voor aansluiting met de naastgelegen ketenpartners', 'naastgelegen', false],
    // `…gelopen` is left out: `afgelopen` is an adjective (`de afgelopen jaren`) far more often than a participle.
    ['02', 'heeft zich hier de afgelopen jaren ook reeds zeer actief voor ingezet', 'afgelopen', false],
    // Nouns shaped as `ge…d`/`ge…t`.
    ['1260', 'dat … medio januari gereed zijn', 'gereed', false],
  ])('%s: %s (%s)', (_letter, _sentence, word, expected) => {
    expect(isParticipleAfterParticle(word)).toBe(expected);
  });
});
