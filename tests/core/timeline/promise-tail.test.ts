import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import { buildTimeline } from '../../../src/core/timeline';
import { eventWithItsVerb, promiseWithItsVerb } from '../../../src/core/timeline/promise-tail';
import { MAX_LABEL } from '../../../src/core/timeline/label-chars';

/** The label of the timeline's commitment entry for a letter's sentence, with the letter's date. */
function commitmentLabelOf(sentence: string, letterDate: string): string | undefined {
  const text = normalizeText(sentence);
  const dates = findDates(text, letterDate);
  const entries = buildTimeline(text, dates, findCommitments(text, dates, letterDate), letterDate);
  return entries.find((e) => e.kind === 'commitment')?.label;
}

describe('a promise too long for its label keeps the verb group it ends on', () => {
  // Sentences from tests/fixtures/letters (the letter's number first) and the letter's date.
  it.each([
    [
      '910: the verb after an inserted phrase; the head ends before the phrase',
      'Ik zal uw Kamer voor het zomerreces een reactie op het rapport, mede namens de Minister en Staatssecretaris van Infrastructuur en Waterstaat, doen toekomen.',
      '2019-06-21',
      'Ik zal uw Kamer een reactie op het rapport … doen toekomen',
    ],
    [
      // The subject, `het kabinet`, would take the label one character over its length: the promise stays.
      '2793: `komen` with what comes',
      'Gegeven het bredere belang van het arrest zal het kabinet dit zorgvuldig bestuderen en in de tweede helft van januari met een reactie komen.',
      '2019-12-20',
      'Gegeven het bredere belang van het arrest zal … met een reactie komen',
    ],
    [
      '1850: an infinitive after the finite verb',
      'Het wetsvoorstel voor het ov-arrangement zal ik naar verwachting in 2014 aan de Kamer aanbieden.',
      '2013-01-18',
      'Het wetsvoorstel voor het ov-arrangement zal ik naar verwachting … aanbieden',
    ],
    [
      '642: a separable verb with `te`',
      'Ik verwacht het Veteranenbesluit na behandeling in de ministerraad en advisering door de Raad van State in het najaar van 2013 aan uw Kamer aan te bieden.',
      '2013-05-23',
      'Ik verwacht het Veteranenbesluit na behandeling … aan te bieden',
    ],
    [
      '2475: `kenbaar te maken`',
      'Ik streef er naar om in februari 2004 mijn visie op privatisering aan de Tweede Kamer kenbaar te maken.',
      '2003-12-10',
      'Ik streef er naar om mijn visie op privatisering … kenbaar te maken',
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
    expect(got!.length).toBeLessThanOrEqual(MAX_LABEL);
  });

  it.each([
    [
      '180: the verb group is a relative clause’s, not the promise’s',
      'De vraag over omtrent de afrekenbaarheid en controleerbaarheid van kabinetsdoelen met betrekking tot administratieve lasten en regeldruk, zal separaat beantwoord worden in de Regeldrukbrief die ik in de eerste helft van februari aan uw Kamer zal toesturen.',
      '2011-01-24',
      'De vraag over omtrent de afrekenbaarheid en controleerbaarheid…',
    ],
    [
      '1695: the head would hold no finite verb (a `Zoals` clause), and what is left out a clause of its own',
      'Zoals tijdens het Algemeen Overleg NVWA op 23 april jl. (Kamerstuk 33 835, nr. 122) is toegezegd, zullen de vier aanbevelingen dit jaar worden verwerkt en zullen wij uw Kamer daarover voor 1 december 2019 informeren.',
      '2019-07-01',
      'Zoals tijdens het Algemeen Overleg NVWA op 23 april jl. (Kamerstuk 33 835, nr.…',
    ],
  ])('is cut at its end as any text when %s', (_case, sentence, letterDate, label) => {
    expect(commitmentLabelOf(sentence, letterDate)).toBe(label);
  });

  // A promise reported in a frame (`melden wij u …`, `deel ik u mee …`, `bericht ik u …`): the label is the `dat` clause,
  // what is promised, not the frame, which read `Daarnaast melden wij u in reactie op het verzoek van de vaste commissie
  // JenV…` (268). The clause is too long and keeps its verb group; its object does not fit beside it.
  it.each([
    [
      '268: melden wij u … dat uw Kamer … krijgt toegestuurd',
      'Daarnaast melden wij u in reactie op het verzoek van de vaste commissie JenV van 15 november jl. dat uw Kamer voorafgaand aan de voorziene behandeling van de begroting JenV in week 48 een tweede nota van wijziging krijgt toegestuurd.',
      '2017-11-24',
      '…dat uw Kamer voorafgaand aan de voorziene behandeling … krijgt toegestuurd',
    ],
  ])('is the promise, not its report frame: %s', (_case, sentence, letterDate, label) => {
    expect(commitmentLabelOf(sentence, letterDate)).toBe(label);
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
    // The clause of `Bij de opheffingswet is de minister van Economische Zaken (EZ) destijds aangewezen als vereffenaar`.
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
