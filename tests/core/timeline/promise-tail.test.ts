import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import { buildTimeline } from '../../../src/core/timeline';
import { commitmentLabelOf } from './commitment-label-of';
import {
  eventWithItsVerb,
  promiseBeforePhrase,
  promiseWithItsVerb,
} from '../../../src/core/timeline/promise-tail';
import { LABEL_STRETCH, MAX_LABEL } from '../../../src/core/timeline/label-chars';

describe('a promise too long for its label keeps the verb group it ends on', () => {
  // Sentences from tests/fixtures/letters (the letter's number first) and the letter's date.
  it.each([
    [
      // It was `Ik zal uw Kamer een reactie op het rapport … doen toekomen` (see the test of `promiseWithItsVerb`
      // below).
      '910: a phrase inserted between commas is left out first, and the promise fits whole',
      'Ik zal uw Kamer voor het zomerreces een reactie op het rapport, mede namens de Minister en Staatssecretaris van Infrastructuur en Waterstaat, doen toekomen.',
      '2019-06-21',
      'Ik zal uw Kamer een reactie op het rapport doen toekomen',
    ],
    [
      '697: so is one of `inclusief`',
      'De rapportage over het hele jaar, inclusief de analyse en duiding, blijft u zoals gebruikelijk ontvangen in het voorjaar van het daaropvolgende jaar.',
      '2016-01-11',
      // Cut still: `van het daaropvolgende jaar`, which the due date `in het voorjaar` does not take in, does not fit.
      'De rapportage over het hele jaar blijft u zoals gebruikelijk ontvangen…',
    ],
    [
      // The subject, `het kabinet`, would take the label one character over its length: the promise stays.
      '2793: `komen` with what comes',
      'Gegeven het bredere belang van het arrest zal het kabinet dit zorgvuldig bestuderen en in de tweede helft van januari met een reactie komen.',
      '2019-12-20',
      'Gegeven het bredere belang van het arrest zal … met een reactie komen',
    ],
    [
      '1850: an infinitive after the finite verb: whole, within LABEL_STRETCH of MAX_LABEL',
      'Het wetsvoorstel voor het ov-arrangement zal ik naar verwachting in 2014 aan de Kamer aanbieden.',
      '2013-01-18',
      'Het wetsvoorstel voor het ov-arrangement zal ik naar verwachting aan de Kamer aanbieden',
    ],
    [
      '642: a separable verb with `te`',
      'Ik verwacht het Veteranenbesluit na behandeling in de ministerraad en advisering door de Raad van State in het najaar van 2013 aan uw Kamer aan te bieden.',
      '2013-05-23',
      'Ik verwacht het Veteranenbesluit na behandeling … aan te bieden',
    ],
    [
      '2475: `kenbaar te maken`: whole, within LABEL_STRETCH of MAX_LABEL',
      'Ik streef er naar om in februari 2004 mijn visie op privatisering aan de Tweede Kamer kenbaar te maken.',
      '2003-12-10',
      'Ik streef er naar om mijn visie op privatisering aan de Tweede Kamer kenbaar te maken',
    ],
    [
      '526: a participle',
      'Voor de voortgang van het project VF-35 wordt uw Kamer na 2025 jaarlijks via het Defensie Projectenoverzicht (DPO) en de Defensiebegroting geïnformeerd.',
      '2024-04-02',
      'Voor de voortgang van het project VF-35 wordt uw Kamer jaarlijks … geïnformeerd',
    ],
  ])('%s', (_case, sentence, letterDate, label) => {
    const got = commitmentLabelOf(sentence, letterDate);
    expect(got).toBe(label);
    expect(got!.length).toBeLessThanOrEqual(MAX_LABEL + LABEL_STRETCH);
  });

  it('180: the verb group is a relative clause’s, not the promise’s: no head of the main clause goes with it', () => {
    // The commitment's label is the relative clause (see `relativePromise` in commitment-label.test.ts).
    expect(
      promiseWithItsVerb(
        'De vraag over omtrent de afrekenbaarheid en controleerbaarheid van kabinetsdoelen met betrekking tot administratieve lasten en regeldruk, zal separaat beantwoord worden in de Regeldrukbrief die ik aan uw Kamer zal toesturen',
      ),
    ).toBeNull();
  });

  // A promise reported in a frame (`melden wij u …`, `deel ik u mee …`, `bericht ik u …`): the label is the `dat`
  // clause, what is promised, not the frame, which read `Daarnaast melden wij u in reactie op het verzoek van de vaste
  // commissie JenV…` (268). The clause is too long and keeps its verb group, and its object before it (see
  // `withObject`): was `…dat uw Kamer voorafgaand aan de voorziene behandeling … krijgt toegestuurd`.
  it.each([
    [
      '268: melden wij u … dat uw Kamer … krijgt toegestuurd',
      'Daarnaast melden wij u in reactie op het verzoek van de vaste commissie JenV van 15 november jl. dat uw Kamer voorafgaand aan de voorziene behandeling van de begroting JenV in week 48 een tweede nota van wijziging krijgt toegestuurd.',
      '2017-11-24',
      '…dat uw Kamer … een tweede nota van wijziging krijgt toegestuurd',
    ],
  ])('is the promise, not its report frame: %s', (_case, sentence, letterDate, label) => {
    expect(commitmentLabelOf(sentence, letterDate)).toBe(label);
  });

  // The object the part left out ends on stays before the verb group, the head cut shorter for it (see `withObject`).
  it.each([
    [
      '511: `de feitelijke sterktecijfers`, was `…10 dagen voor dit Algemeen Overleg … te doen toekomen`',
      '…streef ik ernaar u 10 dagen voor dit Algemeen Overleg de feitelijke sterktecijfers te doen toekomen',
      '…streef ik ernaar u 10 dagen … de feitelijke sterktecijfers te doen toekomen',
    ],
    [
      '1825: not a phrase after a preposition, which says to whom (`aan de Staten-Generaal`)',
      'Het kabinet verwacht een standpunt terzake aan de Staten-Generaal voor te kunnen leggen',
      'Het kabinet verwacht een standpunt terzake … voor te kunnen leggen',
    ],
  ])('%s', (_case, text, label) => {
    expect(promiseWithItsVerb(text)).toBe(label);
  });

  it('leaves a text that ends on no promise’s verb to the plain cut', () => {
    // 97: `…ontvangen, samen met de Kamerbrief Staat van de Unie 2024`.
    expect(
      promiseWithItsVerb(
        'Uw Kamer zal naar verwachting de kabinetsappreciatie over het CWP ontvangen, samen met de Kamerbrief Staat van de Unie 2024',
      ),
    ).toBeNull();
  });
});

describe('an event too long for its label keeps the participle it ends on', () => {
  /** The label of the timeline's first event for a letter's text, with the letter's date. */
  function eventLabelOf(text: string, letterDate: string): string | undefined {
    const normalized = normalizeText(text);
    const dates = findDates(normalized, letterDate);
    return buildTimeline(normalized, dates, [], letterDate).find((e) => e.kind !== 'commitment')?.label;
  }

  it('2384: a strong participle after its particle, `aangewezen`', () => {
    // The clause of `Bij de opheffingswet is de minister van Economische Zaken (EZ) destijds aangewezen als
    // vereffenaar`.
    expect(
      eventWithItsVerb(
        'Bij de opheffingswet is de minister van Economische Zaken (EZ) destijds aangewezen',
        0,
      ),
    ).toBe('Bij de opheffingswet is de minister van Economische Zaken (EZ) … aangewezen');
  });

  it('368: a noun shaped as a participle, `ongevallen`, is no participle to keep', () => {
    // Accidents are what there are more reports of; `… ongevallen` would read as if something had happened to them.
    expect(
      eventLabelOf(
        'In het eerste half jaar van 2016 is sprake van een forse toename van het aantal meldingen van (dodelijke) ongevallen.',
        '2016-09-01',
      ),
    ).toBe('In het eerste half jaar van 2016 is sprake van een forse toename…');
  });
});

describe('an event label cut inside a quoted title closes the title', () => {
  /** The label of the timeline's first event for a letter's text, with the letter's date. */
  function eventLabelOf(text: string, letterDate: string): string | undefined {
    const normalized = normalizeText(text);
    const dates = findDates(normalized, letterDate);
    return buildTimeline(normalized, dates, [], letterDate).find((e) => e.kind !== 'commitment')?.label;
  }

  // Was `…de Eindrapportage «Nederland beter … opgeleverd`, `…«Wijziging van de Wet dieren … aangenomen`: the quote
  // left open read on into the verb, as if it were the title's last word.
  it.each([
    [
      '2414: the report’s title',
      'In december heeft de Beleidstafel Droogte de Eindrapportage «Nederland beter weerbaar tegen droogte» opgeleverd.',
      '2019-12-18',
      'De Beleidstafel Droogte heeft de Eindrapportage «Nederland beter…» opgeleverd',
    ],
    [
      '1943: the bill’s title',
      'Op 19 maart jl. heeft de Tweede Kamer het wetsvoorstel «Wijziging van de Wet dieren in verband met actualisering van de diergezondheidsregels en enkele technische aanpassingen» aangenomen (Kamerstuk 35 746).',
      '2024-03-27',
      'De Tweede Kamer heeft het wetsvoorstel «Wijziging van de Wet dieren…» aangenomen',
    ],
    [
      '271: the title and who wrote it left out (`van het PBL`)',
      'Op 25 januari jl. heb ik uw Kamer de rapportage «Korte termijnraming voor emissies en energie in 2020» van het PBL gestuurd (Kamerstuk 32 813, nr. 267).',
      '2019-04-18',
      'Ik heb uw Kamer de rapportage «Korte termijnraming voor emissies…» gestuurd',
    ],
    [
      // The letter itself calls it `advies «Een stevig fundament»` further on.
      '888: the main title without its subtitle after the comma',
      'Op 7 maart 2013 (Kamerstuk 31 839, nr. 272) heb ik u het advies «Een stevig fundament, Evaluatie van het basistakenpakket jeugdgezondheidszorg» toegezonden.',
      '2013-06-25',
      'Ik heb u het advies «Een stevig fundament…» toegezonden',
    ],
  ])('%s', (_case, sentence, letterDate, label) => {
    const got = eventLabelOf(sentence, letterDate);
    expect(got).toBe(label);
    expect(got!.length).toBeLessThanOrEqual(MAX_LABEL + LABEL_STRETCH);
  });

  it('910: the verb after an inserted phrase; the head ends before the phrase', () => {
    expect(
      promiseWithItsVerb(
        'Ik zal uw Kamer een reactie op het rapport, mede namens de Minister en Staatssecretaris van Infrastructuur en Waterstaat, doen toekomen',
      ),
    ).toBe('Ik zal uw Kamer een reactie op het rapport … doen toekomen');
  });

  it('2616: a sentence one character too long loses the subtitle, not the end of the subtitle', () => {
    // Whole, `Het kabinet heeft de «Wetenschapsvisie 2025, keuzes voor de toekomst» uitgebracht` is 81 characters; it
    // was cut `…de «Wetenschapsvisie 2025, keuzes … uitgebracht`.
    expect(
      eventWithItsVerb(
        'Het kabinet heeft de «Wetenschapsvisie 2025, keuzes voor de toekomst» uitgebracht',
        0,
      ),
    ).toBe('Het kabinet heeft de «Wetenschapsvisie 2025…» uitgebracht');
  });
});

describe('a light verb keeps its complement in the verb group', () => {
  /** The label of the timeline's first event for a letter's text, with the letter's date. */
  function eventLabelOf(text: string, letterDate: string): string | undefined {
    const normalized = normalizeText(text);
    const dates = findDates(normalized, letterDate);
    return buildTimeline(normalized, dates, [], letterDate).find((e) => e.kind !== 'commitment')?.label;
  }

  // `gesteld`, `genomen`, `gemaakt` alone do not say what was done.
  it.each([
    [
      '543: a predicative word (`beschikbaar gesteld`); was `…in totaal … gesteld`',
      'In 2008 is voor de programma’s van deze eilandgebieden in totaal € 45 miljoen beschikbaar gesteld.',
      '2008-06-05',
      'In 2008 is voor de programma’s van deze eilandgebieden … beschikbaar gesteld',
    ],
    [
      '2491: a fixed phrase with its preposition (`ter hand genomen`); was `…de evaluatie … genomen`',
      'Conform de brief d.d. 10 juli jl. (Kamerstukken I, 30 953, D) heeft de Eerste Kamer de evaluatie van de Tijdelijke Commissie Subsidiariteitstoets (TCS) bij de start van het nieuwe parlementaire jaar nader ter hand genomen.',
      '2007-10-02',
      'Conform de brief heeft de Eerste Kamer de evaluatie … ter hand genomen',
    ],
    [
      '421: the object (`vragen gesteld`); was `…over de brief Vormgeving … gesteld`',
      'Op 5 juli jl. heeft de vaste commissie voor Financiën over de brief Vormgeving tegemoetkoming Fraude Signalering Voorziening (FSV) vragen gesteld.',
      '2022-09-02',
      'De vaste commissie voor Financiën heeft over de brief … vragen gesteld',
    ],
    [
      // With `een gezamenlijke persconferentie` the head would keep too little of the subject: the participle alone.
      '2782: without the complement where the head has no room for it',
      'Op 1 september jl. hebben VNO/NCW en de Consumentenbond een gezamenlijke persconferentie gehouden, waarbij eerder gemaakte kanttekeningen bij het wetsvoorstel opnieuw zijn uiteengezet.',
      '1998-12-02',
      'Op 1 september jl. hebben VNO/NCW en de Consumentenbond … gehouden',
    ],
  ])('%s', (_case, sentence, letterDate, label) => {
    expect(eventLabelOf(sentence, letterDate)).toBe(label);
  });
  // The verb group each keeps, of the letter's sentence (the head is readableEnd's): a fixed phrase whole with its
  // preposition and article, a predicative word; no noun of a phrase that tells more of another noun.
  it.each([
    [
      '642: `in gang gezet`',
      'Vooruitlopend op de formele besluitvorming, heb ik de uitvoering van enkele onderdelen van het Veteranenbesluit reeds in gang gezet',
      ' … in gang gezet',
    ],
    [
      '866: `aan de orde geweest`',
      'Tijdens de verschillende debatten is een breed scala aan onderwerpen aan de orde geweest',
      ' … aan de orde geweest',
    ],
    [
      '2041: `op een rij gezet`',
      'Ter voldoening hieraan worden hierbij de relevante gebeurtenissen en daarmee verband houdende beleid en beleidsvoornemens op een rij gezet',
      ' … op een rij gezet',
    ],
    [
      '1505: not `verhuurderheffing gevoerd`, the debate’s subject',
      'In de Eerste Kamer is op 17 december 2013 het debat over de verhuurderheffing gevoerd',
      ' … gevoerd',
    ],
    [
      '2454: not `investeringen gemaakt`, what the choices were for',
      'Inmiddels heb ik in samenspraak met onder andere de Ministeries van EZK, LNV, IenW, Defensie, VWS, JenV, BZK en SZW keuzes voor investeringen gemaakt',
      ' … gemaakt',
    ],
  ])('an event: %s', (_case, sentence, tail) => {
    expect(eventWithItsVerb(sentence, 0)).toMatch(new RegExp(`[^ ]${tail}$`));
  });

  it('an event whose fixed phrase has no room within MAX_LABEL keeps it, its head up to LABEL_STRETCH longer (957)', () => {
    // Was `… is … gegaan`, then null (the label cut at its end, `…Verenigde Naties is…`). Its head ends on its
    // auxiliary, which the label cut at its end does too (0 words past it, see `isOwnParticiple`).
    expect(
      eventWithItsVerb(
        'De twintigste jaarlijkse klimaatconferentie van de Verenigde Naties is in Lima van start gegaan',
        0,
        0,
      ),
    ).toBe('De twintigste jaarlijkse klimaatconferentie van de Verenigde Naties is … van start gegaan');
  });

  it.each([
    [
      '675: `aan de orde geweest`; was `… is een aantal onderwerpen … geweest`',
      'Tijdens de behandeling van de Nota Fiscaliteit, landbouw- en natuurbeleid in de Tweede Kamer is een aantal onderwerpen op het gebied van fiscaliteit en landbouw aan de orde geweest',
    ],
  ])('an event whose fixed phrase has no room is not labelled by its verb alone: %s', (_case, sentence) => {
    expect(eventWithItsVerb(sentence, 0)).toBeNull();
  });

  it('a promise: `beschikbaar te maken` after a phrase with `voor` (1036)', () => {
    expect(
      promiseWithItsVerb(
        'Het verdient lof dat de minister er naar streeft om zo snel mogelijk beschikbare gelden voor burgers beschikbaar te maken',
      ),
    ).toMatch(/[^ ] … beschikbaar te maken$/);
  });
});

describe('promiseBeforePhrase', () => {
  it.each([
    // A phrase after the group (960, 1012), or `en` and another part of the clause (2680).
    [
      'Ik verwacht de nota naar aanleiding van het verslag en de nota van wijziging naar uw Kamer te zenden voor parlementaire behandeling.',
      'Ik verwacht de nota naar aanleiding van het verslag en de nota … te zenden…',
    ],
    [
      'Bovendien wordt de Tweede Kamer door de minister van Economische Zaken via de beleidsbrief «Doorbraken met ICT» geïnformeerd over inzet van ICT als doorbraaktechnologie voor innovatie.',
      'Bovendien wordt de Tweede Kamer … geïnformeerd…',
    ],
    // Not a group in an `om … te` clause (408), nor a sentence whose group ends it (that is `promiseWithItsVerb`'s).
    [
      'Vanaf dit jaar zal het kabinet dit jaarlijks doen om aan u verantwoording af te leggen over de voortgang van de versterkingsoperatie in Groningen.',
      null,
    ],
    [
      'Ik verwacht de nota naar aanleiding van het verslag en de nota van wijziging aan uw Kamer te zenden.',
      null,
    ],
  ])('%s', (sentence, expected) => {
    expect(promiseBeforePhrase(sentence)).toBe(expected);
  });
});
