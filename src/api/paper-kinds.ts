/**
 * The English for the kinds of paper the title lookups report (`PaperDetails.kind`), which both
 * services give in Dutch. Background only: the content script receives the English beside the
 * Dutch in each `lookup-title` answer (`kindEn`) and shows the one of the interface language, so
 * this table costs the content script nothing and a cached answer serves both languages.
 *
 * The values are the ones the services really return:
 * - Tweede Kamer OData `Document.Soort` (a free `Edm.String` in the `$metadata`): every value of the
 *   `DocumentSoort` list of the open-source `tkapi` client (openkamer/tkapi, tkapi/document.py),
 *   which includes all the `Soort` values of the real answers in tests/fixtures/reference/tk-api.
 * - KOOP SRU: the `subrubriek` of a record (schemes `OVERHEIDop.KamerstukTypen`, `…AanhangselTypen`,
 *   `…HandelingTypen`), else its first `dcterms:type` (scheme `OVERHEIDop.Parlementair`, or the
 *   publication's own rubric), as in KOOP's records and metadata of kst, ah, h, kv, blg, nds, ag, stb
 *   and stcrt publications (the test resources of KOOP's PLOOI, MinBZK/woo-besluit-broncode-PLOOI).
 *
 * English follows the Tweede Kamer's and the Council of State's own terms where they have them
 * (letter from the government, motion, amendment, bill, explanatory memorandum, memorandum of
 * amendment, Advisory Division of the Council of State, Netherlands Court of Audit, Speaker).
 * A kind not listed here has no English: the interface shows it as given, marked Dutch.
 */
const KINDS_EN: Readonly<Record<string, string>> = {
  // Tweede Kamer OData `Document.Soort`.
  Aanbiedingsbrief: 'Covering letter',
  'Aanhangsel van de Handelingen': 'Appendix to the Proceedings',
  'Advies aan Presidium': 'Advice to the Presidium',
  'Advies Afdeling advisering Raad van State': 'Opinion of the Advisory Division of the Council of State',
  'Advies Afdeling advisering Raad van State en Nader rapport':
    'Opinion of the Advisory Division of the Council of State, and further report',
  'Advies Afdeling advisering Raad van State en Reactie van de initiatiefnemer(s)':
    'Opinion of the Advisory Division of the Council of State, and response from the initiator(s)',
  'Advies commissie': 'Advice from a committee',
  'Advies van andere adviesorganen': 'Advice from other advisory bodies',
  'Adviesaanvraag Afdeling advisering Raad van State':
    'Request for an opinion from the Advisory Division of the Council of State',
  'Agenda plenaire vergadering': 'Agenda for the plenary sitting',
  'Agenda procedurevergadering': 'Agenda for the procedural meeting',
  'Agenda strategische procedurevergadering': 'Agenda for the strategic procedural meeting',
  Amendement: 'Amendment',
  'Amendement (gewijzigd/nader/vervangend)': 'Amendment (amended, further amended or substitute)',
  'Antwoord schriftelijke vragen': 'Answers to written questions',
  'Antwoord schriftelijke vragen (nader)': 'Further answers to written questions',
  Begrotingstoelichting: 'Explanatory notes to the budget',
  'Besluitenlijst procedurevergadering': 'List of decisions of the procedural meeting',
  'Besluitenlijst strategische procedurevergadering': 'List of decisions of the strategic procedural meeting',
  'Bijgewerkte tekst': 'Updated text',
  Bijlage: 'Annex',
  'Brief Afdeling advisering Raad van State': 'Letter from the Advisory Division of the Council of State',
  'Brief Algemene Rekenkamer': 'Letter from the Netherlands Court of Audit',
  'Brief commissie': 'Letter from a committee',
  'Brief commissie aan bewindspersoon': 'Letter from a committee to a minister or state secretary',
  'Brief CTIVD': 'Letter from the Review Committee on the Intelligence and Security Services (CTIVD)',
  'Brief Eerste Kamer': 'Letter from the Senate',
  'Brief Europese Commissie': 'Letter from the European Commission',
  'Brief formateur': 'Letter from the formateur',
  'Brief informateur': 'Letter from the informateur',
  'Brief Kamer': 'Letter from the House',
  'Brief lid / fractie': 'Letter from a member or parliamentary group',
  'Brief Nationale ombudsman': 'Letter from the National Ombudsman',
  'Brief president Hoge Raad': 'Letter from the President of the Supreme Court',
  'Brief Presidium': 'Letter from the Presidium',
  'Brief regering': 'Letter from the government',
  'Brief verkenner': 'Letter from the scout',
  'Brief Voorzitter': 'Letter from the Speaker',
  'Convocatie commissieactiviteit': 'Notice of a committee activity',
  'Convocatie inbreng': 'Call for contributions',
  Eindtekst: 'Final text',
  'EU-voorstel': 'EU proposal',
  'Geleidende brief': 'Covering letter',
  'Groenboek/witboek': 'Green or white paper',
  'Inbreng verslag schriftelijk overleg': 'Contribution to a written consultation',
  Initiatiefnota: "Private member's memorandum",
  Interpellatievragen: 'Interpellation questions',
  Jaarverslag: 'Annual report',
  'Koninklijke boodschap': 'Royal message',
  'Lijst met EU-voorstellen': 'List of EU proposals',
  'Lijst van ingekomen stukken': 'List of papers received',
  'Lijst van vragen': 'List of questions',
  'Lijst van vragen en antwoorden': 'List of questions and answers',
  Mededeling: 'Announcement',
  'Mededeling (uitstel antwoord)': 'Notice that answers will be delayed',
  'Memorie van toelichting': 'Explanatory memorandum',
  'Memorie van toelichting (initiatiefvoorstel)': "Explanatory memorandum (private member's bill)",
  'Mondelinge vragen': 'Oral questions',
  Motie: 'Motion',
  'Motie (gewijzigd/nader)': 'Motion (amended or further amended)',
  'Nader rapport': 'Further report',
  Nota: 'Memorandum',
  'Nota n.a.v. het (nader/tweede nader/enz.) verslag': 'Memorandum in reply to the (further) report',
  'Nota van verbetering': 'Memorandum of correction',
  'Nota van wijziging': 'Memorandum of amendment',
  'Nota van wijziging (initiatiefvoorstel)': "Memorandum of amendment (private member's bill)",
  Onderzoeksvoorstel: 'Research proposal',
  'Oorspronkelijke tekst': 'Original text',
  Overig: 'Other',
  'Overig (openbaar)': 'Other (public)',
  'Overzicht verzoeken commissie-regeling van werkzaamheden':
    "Overview of committees' requests for the arrangement of business",
  'Position paper': 'Position paper',
  'Raming van de uitgaven': 'Estimate of expenditure',
  Rapport: 'Report',
  'Rapport Algemene Rekenkamer': 'Report of the Netherlands Court of Audit',
  'Reactie initiatiefnemer(s)': 'Response from the initiator(s)',
  'Schriftelijke vragen': 'Written questions',
  Sprekerslijst: 'List of speakers',
  Stemmingslijst: 'Voting list',
  Stemmingsuitslagen: 'Voting results',
  Stenogram: 'Verbatim report',
  'Verslag (initiatief)wetsvoorstel (nader)': "Report on a bill or private member's bill (or further report)",
  'Verslag commissie Verzoekschriften en de Burgerinitiatieven':
    "Report of the Committee on Petitions and Citizens' Initiatives",
  'Verslag houdende een lijst van vragen en antwoorden': 'Report containing a list of questions and answers',
  'Verslag van een algemeen overleg': 'Report of a general committee meeting',
  'Verslag van een bijeenkomst': 'Report of a meeting',
  'Verslag van een commissiedebat': 'Report of a committee debate',
  'Verslag van een hoorzitting / rondetafelgesprek': 'Report of a hearing or round-table discussion',
  'Verslag van een notaoverleg': 'Report of a committee meeting on a memorandum',
  'Verslag van een politieke dialoog': 'Report of a political dialogue',
  'Verslag van een rapporteur': 'Report of a rapporteur',
  'Verslag van een schriftelijk overleg': 'Report of a written consultation',
  'Verslag van een werkbezoek': 'Report of a working visit',
  'Verslag van een wetgevingsoverleg': 'Report of a legislative committee meeting',
  Voordracht: 'Nomination',
  'Voorlichting Afdeling advisering Raad van State':
    'Advisory report of the Advisory Division of the Council of State',
  'Voorstel tot wijziging Reglement van Orde': 'Proposal to amend the Rules of Procedure',
  'Voorstel van wet': 'Bill',
  'Voorstel van wet (initiatiefvoorstel)': "Private member's bill",
  'Voorstel van wet (tweede lezing)': 'Bill (constitutional amendment, second reading)',
  'Wetenschappelijke factsheet': 'Scientific factsheet',
  'Wijzigingen voorgesteld door de regering': 'Amendments proposed by the government',

  // KOOP SRU. `OVERHEIDop.KamerstukTypen` (also `Motie`, `Amendement`, `Voorstel van wet`, `Jaarverslag`, … above).
  Brief: 'Letter',
  Verslag: 'Report',
  'Memorie van antwoord': 'Memorandum in reply',
  'Nota naar aanleiding van het verslag': 'Memorandum in reply to the report',
  // `OVERHEIDop.AanhangselTypen`: the answer to Kamervragen in the Aanhangsel (`Schriftelijke vragen` above).
  Antwoord: 'Answers to written questions',
  // `OVERHEIDop.HandelingTypen`: the item of the Handelingen.
  Opening: 'Opening',
  Stemmingen: 'Votes',
  Hamerstukken: 'Bills passed without debate or vote',
  // `OVERHEIDop.Parlementair` and the publication names (`Bijlage` above).
  Kamerstuk: 'Parliamentary paper',
  Handeling: 'Proceedings',
  Handelingen: 'Proceedings',
  'Kamervragen (Aanhangsel)': 'Parliamentary questions (Appendix to the Proceedings)',
  'Kamervragen met antwoord': 'Parliamentary questions with answers',
  'Kamervragen zonder antwoord': 'Parliamentary questions without answers',
  'Niet-dossierstuk': 'Paper outside a dossier',
  Agenda: 'Agenda',
  // The rubric of a Staatsblad or Staatscourant publication.
  'Klein Koninklijk Besluit': 'Royal decree',
  Verkeersbesluiten: 'Traffic decrees',
};

/** Case and spacing vary between the services (`Kamervragen zonder Antwoord` in KOOP's metadata). */
function key(kind: string): string {
  return kind.replace(/\s+/g, ' ').trim().toLowerCase();
}

const BY_KEY: ReadonlyMap<string, string> = new Map(
  Object.entries(KINDS_EN).map(([nl, en]) => [key(nl), en]),
);

/** The English for a kind of paper as a lookup service names it; null when there is none. */
export function englishKind(kind: string): string | null {
  return BY_KEY.get(key(kind)) ?? null;
}

/** Every Dutch kind this table knows, as written (the tests check them against the real answers). */
export const KNOWN_KINDS: readonly string[] = Object.keys(KINDS_EN);
