import { describe, expect, it } from 'vitest';
import { bracketedShortForms, standardNameDefined } from '../../../src/core/acronyms/bracketed-short-forms';

/** The text `standardNameDefined` finds for `name` before `(abbr)` in `text`, or null. */
function nameFound(text: string, name: string, abbr: string): string | null {
  const span = standardNameDefined(text, name, abbr, bracketedShortForms(text));
  return span && text.slice(span.start, span.end);
}

describe('the glossary’s name written right before a short form in brackets', () => {
  it.each([
    // 243: the heading misspells the name, the text writes the glossary's.
    [
      'the name as the glossary writes it',
      'het rapport van de Inspectie voor de Gezondheidszorg (IGZ) over',
      'Inspectie voor de Gezondheidszorg',
      'IGZ',
      'Inspectie voor de Gezondheidszorg',
    ],
    // 131: the glossary's name takes in a word before the letter's own.
    [
      'its words across a line break',
      'de Wet werk en inkomen naar\narbeidsvermogen (WIA) en',
      'Wet werk en inkomen naar arbeidsvermogen',
      'WIA',
      'Wet werk en inkomen naar\narbeidsvermogen',
    ],
    [
      'a later pair of brackets when the first has other words',
      'de wet (Mw) en de Mededingingswet (Mw)',
      'Mededingingswet',
      'Mw',
      'Mededingingswet',
    ],
    [
      'not the end of a longer word',
      'de Nieuwe Mededingingswet (Mw)',
      'Mededingingswet',
      'Mw',
      'Mededingingswet',
    ],
    ['not part of a word', 'de NieuweMededingingswet (Mw)', 'Mededingingswet', 'Mw', null],
    // The core fuzz (seed 50061206): a name of one word that is not there was taken for found, with an empty span.
    ['not a name whose only word is not there', 'MSWj,(Mw)', 'Mededingingswet', 'Mw', null],
    [
      'not a name whose first word is not there',
      'de, Mededingingsautoriteit (NMa)',
      'Nederlandse Mededingingsautoriteit',
      'NMa',
      null,
    ],
    ['not a short form written otherwise', 'de Mededingingswet (MW)', 'Mededingingswet', 'Mw', null],
  ])('%s', (_what, text, name, abbr, expected) => {
    expect(nameFound(text, name, abbr)).toBe(expected);
  });
});
