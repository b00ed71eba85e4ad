import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { LetterItems } from '../../../src/core/timeline/letter-items';
import { distinguishTwins } from '../../../src/core/timeline/twin-labels';
import type { TimelineEntry } from '../../../src/core/types';
import { PAPER_HEAD } from '../../robustness/fuzz-helpers';
import { letter } from '../dates/letters';

/** The labels of a corpus letter's timeline entries of one date, in text order. */
function labelsOf(prefix: string, iso: string): string[] {
  const { text } = letter(prefix);
  return analyze({ text })
    .timeline.filter((e) => e.iso === iso && e.endIso === null)
    .sort((a, b) => a.start - b.start)
    .map((e) => e.label);
}

describe('distinguishTwins', () => {
  it.each([
    // Two letters of one sender and day whose subjects part beyond the label's 80 characters: each label shows
    // where its subject parts from the other's, `over het …` / `over de …`, with the shared words before it. The
    // second's subject fits whole in LABEL_STRETCH past 80, so their labels differ; the first's shows only words the
    // second's subject starts with (see `distinguishCutSubjects`).
    [
      '293',
      '2017-10-23',
      [
        'De brief van Defensie met het verslag houdende een lijst van vragen en antwoorden',
        '…van vragen van de commissie over het Materieelprojectenoverzicht',
        '…van vragen van de commissie over de inzetbaarheidsrapportage 2017',
      ],
    ],
    // The subjects part after 95 characters: the label starts inside the shared subject.
    [
      '820',
      '2024-05-15',
      [
        '…rapport resultaten verantwoordingsonderzoek 2023 bij het Ministerie van IenW',
        'De brief van de Minister van IenW inzake jaarverslag Ministerie van IenW 2023',
        '…resultaten verantwoordingsonderzoek 2023 bij het Mobiliteitsfonds 2023',
      ],
    ],
    // Same subject, two papers: only the citations differ, and the label runs to the end of the bracket (no `.`).
    [
      '785',
      '2022-10-20',
      [
        '…houdende een lijst van vragen en antwoorden (Kamerstuk 36 200 XII, nr. 7)',
        '…houdende een lijst van vragen en antwoorden (Kamerstuk 36 200 A, nr. 7)',
      ],
    ],
    // The texts part soonest after the date (the paper numbers, 4 words) rather than before it (the reports, 8).
    [
      '2161',
      '1998-10-02',
      [
        '…1997, brief van de staatssecretaris van Economische Zaken (22 054, nr. 39)',
        '…1998, brief van de staatssecretaris van Economische Zaken (22 054, nr. 38)',
      ],
    ],
  ])('tells apart two letters of one day in %s (%s)', (prefix, iso, expected) => {
    const labels = labelsOf(prefix, iso);
    expect(labels).toEqual(expected);
    expect(new Set(labels).size).toBe(labels.length);
    // A label cut (a twin's among them) stays within MAX_LABEL; a whole one may run LABEL_STRETCH past it (293's first).
    for (const l of labels) expect(l.length).toBeLessThanOrEqual(l.includes('…') ? 80 : 90);
  });

  it('keeps the label of a letter cut where the text stops, whose shown subject another letter’s starts with (1646)', () => {
    // The fixture stops inside the third letter's subject (`inzake reactie op verzoek van het l`): relabelled with the
    // first, it was `De brief van de Minister voor BHO inzake reactie op verzoek van het l`.
    expect(labelsOf('1646', '2024-10-08')).toEqual([
      'De brief van de Minister voor BHO inzake reactie op de brief van Plan International…',
      '…BHO inzake reactie op rapport Artsen zonder Grenzen «Behind the Wire. Impact…»',
      'De brief van de Minister voor BHO inzake reactie…',
    ]);
  });

  it('keeps the labels of two mentions of one letter, one cut, whose items cite one paper', () => {
    // 293's first item and the same letter named again with its citation: they are one letter, not twins to tell apart.
    const first =
      '• de brief van de Minister van Defensie d.d. 23 oktober 2017 met de beantwoording van vragen van de commissie over het Materieelprojectenoverzicht (MPO) 2017 (Kamerstuk 27 830, nr. 207);\n';
    const second =
      '• de brief d.d. 23 oktober 2017 met de beantwoording van vragen van de commissie over het MPO 2017 (Kamerstuk 27 830, nr. 207);\n';
    const text = `${PAPER_HEAD}${first}${second}`;
    const labels = [
      '…van de Minister van Defensie met de beantwoording van vragen van de commissie…',
      '…met de beantwoording van vragen van de commissie over het MPO 2017',
    ];
    const entries = [first, second].map((item, i): TimelineEntry => {
      const at = text.indexOf(item);
      const start = text.indexOf('23 oktober 2017', at);
      return {
        iso: '2017-10-23',
        endIso: null,
        label: labels[i] as string,
        relation: null,
        kind: 'event',
        start,
        end: start + '23 oktober 2017'.length,
        sentence: { start: at, end: at + item.length },
      };
    });
    const items = new LetterItems(text, analyze({ text }).citations);
    distinguishTwins(text, entries, items);
    expect(entries.map((e) => e.label)).toEqual(labels);
    // The same two items citing two papers are two letters: the cut one shows where its subject parts.
    const other = text.replace(/nr\. 207\);\n$/, 'nr. 208);\n');
    const twins = entries.map((e, i) => ({ ...e, label: labels[i] as string }));
    distinguishTwins(other, twins, new LetterItems(other, analyze({ text: other }).citations));
    expect(twins.map((e) => e.label)).not.toEqual(labels);
  });

  it('keeps the labels of mentions whose texts are the same within their items', () => {
    // One item of 293 twice: nothing tells the two mentions apart, so neither label changes.
    const item =
      '• de brief van de Minister van Defensie d.d. 23 oktober 2017 met de beantwoording van vragen van de commissie over het Materieelprojectenoverzicht (MPO) 2017 (Kamerstuk 27 830, nr. 207);\n';
    const text = `${item}${item}`;
    const label = '…van de Minister van Defensie met de beantwoording van vragen van de commissie…';
    const entries = [0, item.length].map((at): TimelineEntry => {
      const start = text.indexOf('23 oktober 2017', at);
      return {
        iso: '2017-10-23',
        endIso: null,
        label,
        relation: null,
        kind: 'event',
        start,
        end: start + '23 oktober 2017'.length,
        sentence: { start: at, end: at + item.length },
      };
    });
    distinguishTwins(text, entries);
    expect(entries.map((e) => e.label)).toEqual([label, label]);
  });

  it('keeps the shared label when a new one would say nothing', () => {
    // Found by the core fuzz (seed 49491205, mutated real letters, case 25505): the first item's subject parts from
    // the second's at a `)` whose `(` was taken out, a cut the label may not start after (see `readableStart`), so its
    // new label was `…` alone.
    const items = [
      '– de brief van de Minister van Financiën d.d. 14 april 2020 inzake verslag houdende\neen lijst van vragen en antwoorden inzake Tweede incidentele suppletoire begrotingskredieten) (Kamerstuk 35 433);\n',
      '– de brief van de Minister van Financiën d.d. 14 april 2020 inzake verslag houdende\neen lijst van vragen en antwoorden inzake Tweede incidentele suppletoire begroting\ninzake COVID-19 crisismaatregel herverzekering leverancierskredieten (Kamerstuk 35 433, nr. 4).\n',
    ];
    const labels = analyze({
      text: `${PAPER_HEAD}De commissie heeft overleg gevoerd over:\n${items.join('')}`,
    })
      .timeline.filter((e) => e.iso === '2020-04-14')
      .map((e) => e.label);
    expect(labels).toEqual([
      '…inzake verslag houdende een lijst van vragen en antwoorden inzake Tweede…',
      '…inzake verslag houdende een lijst van vragen en antwoorden inzake Tweede…',
    ]);
  });
});
