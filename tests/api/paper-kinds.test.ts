import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSruAnswer, parseTkAnswer } from '../../src/api';
import { englishKind, KNOWN_KINDS } from '../../src/api/paper-kinds';
import { elements } from '../../src/api/xml-lite';
import { sruRecordDetails } from '../../src/api/koop-sru';
import { documentRecords, KOOP, readFixture, SRU_KST_29521_446, TK_API } from './fixtures';

/** The kind each record of a real answer reports, through the clients' own parsers. */
function tkKinds(): string[] {
  const zaak = readFixture(join(TK_API, 'motiematcher_odata_Zaak_expand_Document_0006f304.json'));
  const kinds = documentRecords().map((r) => {
    const details = parseTkAnswer(JSON.stringify([r]));
    return 'state' in details ? null : details.kind;
  });
  const zaakDocs = (JSON.parse(zaak) as { Document: Record<string, unknown>[] }).Document;
  for (const r of zaakDocs) {
    const details = parseTkAnswer(JSON.stringify([r]));
    kinds.push('state' in details ? null : details.kind);
  }
  return [...new Set(kinds.filter((k): k is string => k !== null))];
}

function sruKinds(file: string): string[] {
  const body = readFixture(join(KOOP, file));
  return elements(body, 'record').map((r) => sruRecordDetails(r)?.kind ?? '(no kind)');
}

describe('englishKind: the kinds the Tweede Kamer OData API returns (Document.Soort)', () => {
  it('knows every Soort of the real answers (250 Document records, a Zaak with its documents)', () => {
    const kinds = tkKinds();
    // Sanity: the answers hold the kinds a letter cites most.
    expect(kinds).toEqual(expect.arrayContaining(['Brief regering', 'Motie', 'Motie (gewijzigd/nader)']));
    expect(kinds.filter((k) => englishKind(k) === null)).toEqual([]);
  });

  // Each row a Soort of a real record in tests/fixtures/reference/tk-api.
  it.each([
    ['Brief regering', 'Letter from the government'],
    ['Motie', 'Motion'],
    ['Motie (gewijzigd/nader)', 'Motion (amended or further amended)'],
    ['Voorstel van wet', 'Bill'],
    ['Memorie van toelichting', 'Explanatory memorandum'],
    ['Verslag van een schriftelijk overleg', 'Report of a written consultation'],
    ['Verslag van een notaoverleg', 'Report of a committee meeting on a memorandum'],
    [
      'Verslag houdende een lijst van vragen en antwoorden',
      'Report containing a list of questions and answers',
    ],
    ['Lijst van vragen en antwoorden', 'List of questions and answers'],
    ['Schriftelijke vragen', 'Written questions'],
    ['Antwoord schriftelijke vragen', 'Answers to written questions'],
    ['Mededeling (uitstel antwoord)', 'Notice that answers will be delayed'],
    ['Advies Afdeling advisering Raad van State', 'Opinion of the Advisory Division of the Council of State'],
    ['Brief commissie aan bewindspersoon', 'Letter from a committee to a minister or state secretary'],
    ['Brief lid / fractie', 'Letter from a member or parliamentary group'],
    ['Stenogram', 'Verbatim report'],
    ['Agenda plenaire vergadering', 'Agenda for the plenary sitting'],
    ['Agenda procedurevergadering', 'Agenda for the procedural meeting'],
    ['Besluitenlijst procedurevergadering', 'List of decisions of the procedural meeting'],
    ['Bijlage', 'Annex'],
  ])('%s → %s', (soort, english) => {
    expect(tkKinds()).toContain(soort);
    expect(englishKind(soort)).toBe(english);
  });

  // `tweede lezing` is only ever the second reading of a revision of the Constitution (art. 137), not the
  // Westminster stage of a bill: the English says so rather than suggest the latter.
  it('names the second reading a constitutional amendment’s', () => {
    expect(englishKind('Voorstel van wet (tweede lezing)')).toBe(
      'Bill (constitutional amendment, second reading)',
    );
  });
});

describe('englishKind: the kinds the KOOP SRU service returns', () => {
  it('reads `subrubriek`, else the first `type`, from real SRU answers, and knows each', () => {
    expect(sruKinds('plooi_sru_record_kst-35842-4.xml')).toEqual(['Overig']);
    const ten = sruKinds('plooi_sru_10_records.xml');
    expect(new Set(ten)).toEqual(new Set(['Bijlage', 'Stemmingen', 'Opening', 'Brief']));
    expect(ten.map((k) => englishKind(k))).not.toContain(null);
  });

  // KOOP's own records and metadata: subrubriek (KamerstukTypen, AanhangselTypen, HandelingTypen),
  // dcterms:type (Parlementair, the rubrics of stb and stcrt) and the publication names.
  it.each([
    ['Brief', 'Letter'], // kst-22112-3185; the NAVO letter kst-29521-446
    ['Overig', 'Other'], // kst-35842-4
    ['Motie', 'Motion'], // kst-34104-439 (DC.type, scheme KamerstukTypen)
    ['Stemmingen', 'Votes'], // h-tk-20202021-101-5
    ['Opening', 'Opening'], // h-ek-20212022-2-1
    ['Hamerstukken', 'Bills passed without debate or vote'], // h-tk-20202021-87-3
    ['Antwoord', 'Answers to written questions'], // ah-ek-20192020-10
    ['Schriftelijke vragen', 'Written questions'], // kv-tk-2020Z13248
    ['Kamerstuk', 'Parliamentary paper'],
    ['Handeling', 'Proceedings'],
    ['Bijlage', 'Annex'], // blg-936562
    ['Aanhangsel van de Handelingen', 'Appendix to the Proceedings'],
    ['Kamervragen (Aanhangsel)', 'Parliamentary questions (Appendix to the Proceedings)'],
    ['Kamervragen zonder antwoord', 'Parliamentary questions without answers'],
    // The same in KOOP's metadata, with a capital: spelling is not what tells kinds apart.
    ['Kamervragen zonder Antwoord', 'Parliamentary questions without answers'],
    ['Niet-dossierstuk', 'Paper outside a dossier'], // nds-tk-2015D00006
    ['Klein Koninklijk Besluit', 'Royal decree'], // stb-2021-419
    ['Verkeersbesluiten', 'Traffic decrees'], // stcrt-2021-100
  ])('%s → %s', (kind, english) => {
    expect(englishKind(kind)).toBe(english);
  });

  it('translates the kind of the SRU answer the clients are tested with', () => {
    const details = parseSruAnswer(SRU_KST_29521_446);
    expect('state' in details ? null : englishKind(details.kind ?? '')).toBe('Letter');
  });
});

describe('englishKind: what it does not know', () => {
  it.each([
    // Rubrics of Gemeenteblad records (wetsuite's real SRU record and metadata): no paper Kamerlens looks up.
    'omgevingsvergunning',
    'evenementenvergunning',
    '',
    '   ',
  ])('%j has no English (shown as given)', (kind) => {
    expect(englishKind(kind)).toBeNull();
  });

  it('reads past spacing and case, as the services write them', () => {
    expect(englishKind('  brief\u00a0 REGERING ')).toBe('Letter from the government');
  });

  it('has one English term per kind, never the Dutch again, and no two Dutch kinds that differ only in case', () => {
    const keys = KNOWN_KINDS.map((k) => k.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    for (const kind of KNOWN_KINDS) {
      const english = englishKind(kind);
      expect(english, kind).toMatch(/^[A-Z]/);
      // Only the few words English shares with Dutch stay the same (Opening, Agenda, Position paper).
      if (english === kind) expect(['Opening', 'Agenda', 'Position paper']).toContain(kind);
    }
  });
});
