import type { DocumentKind } from '../../src/core/types';

/**
 * URLs of www.tweedekamer.nl that must and must not activate the reader. From the letter corpus
 * (`tests/fixtures/letters`), the real motion page (`tests/fixtures/reference/tweedekamer.nl`) and
 * real OData document numbers (`tests/fixtures/reference/tk-api`).
 */
export interface PaperUrl {
  url: string;
  kind?: DocumentKind;
  /** The document id the page is about (`did`, else `id`). */
  id: string;
}

export const tweedeKamerUrls: { paper: PaperUrl[]; notPaper: string[]; unknown: string[] } = {
  paper: [
    // Letter corpus.
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2018D55739&id=2018D55739',
      kind: 'brief regering',
      id: '2018D55739',
    },
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2022D23446&id=2022D23446',
      kind: 'brief regering',
      id: '2022D23446',
    },
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2023D49099&id=2023D49099',
      kind: 'brief regering',
      id: '2023D49099',
    },
    {
      url: 'https://tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2024D46918&id=2024Z19832',
      kind: 'brief regering',
      id: '2024D46918',
    },
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D43552&id=2025D43552',
      kind: 'brief regering',
      id: '2025D43552',
    },
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2021D26707&id=2021Z07250',
      kind: 'antwoord schriftelijke vragen',
      id: '2021D26707',
    },
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D03999&id=2024Z21925',
      kind: 'antwoord schriftelijke vragen',
      id: '2025D03999',
    },
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2024D04956&id=2023Z19924',
      kind: 'verslag',
      id: '2024D04956',
    },
    // The real motion page, parameters the other way round.
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2025Z13886&did=2025D31484',
      kind: 'motie',
      id: '2025D31484',
    },
    // Real OData document numbers on the sibling templates.
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/moties/detail?did=2025D06779&id=2025Z02986',
      kind: 'motie',
      id: '2025D06779',
    },
    { url: 'https://www.tweedekamer.nl/kamerstukken/detail?id=2025Z02986&did=2025D06779', id: '2025D06779' },
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/amendementen/detail?id=2024Z19000&did=2024D45000',
      kind: 'amendement',
      id: '2024D45000',
    },
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2024Z21925&did=2025D03999',
      kind: 'antwoord schriftelijke vragen',
      id: '2025D03999',
    },
    // Only one of the two parameters, and a trailing slash.
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2025D43552',
      kind: 'brief regering',
      id: '2025D43552',
    },
    {
      url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail/?did=2022D23446&id=2022D23446',
      kind: 'brief regering',
      id: '2022D23446',
    },
  ],
  notPaper: [
    'https://www.tweedekamer.nl/',
    'https://tweedekamer.nl',
    'https://www.tweedekamer.nl/nieuws/kamernieuws/kamer-debatteert-over-de-navo-top',
    'https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details?id=2025A04016',
    'https://www.tweedekamer.nl/debat_en_vergadering/plenaire_vergaderingen',
    'https://www.tweedekamer.nl/applicaties/begrippenlijst',
    'https://www.tweedekamer.nl/kamerstukken/kamerstukdossier?id=31497',
    'https://www.tweedekamer.nl/zoeken?qry=navo',
    'https://www.tweedekamer.nl/kamerleden_en_commissies/commissies/defensie',
    'https://www.tweedekamer.nl/kamerleden_en_commissies/alle_kamerleden',
    'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2024-2025/40',
    'https://www.tweedekamer.nl/kamerstukken/stemmingsuitslagen',
    'https://www.tweedekamer.nl/kamerstukken/brieven_regering',
    'https://www.tweedekamer.nl/kamerstukken',
    'https://www.tweedekamer.nl/over_de_tweede_kamer',
  ],
  unknown: [
    // A detail template without a document id shows nothing; an unlisted section: the text decides.
    'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail',
    'https://www.tweedekamer.nl/downloads/document?id=2025D31484',
  ],
};
