import { documentRecords } from '../api/fixtures';

/**
 * An OData answer for `Kamerstuk 29 521, nr. 446` (the paper the fixture letter cites): a real
 * Document record from tests/fixtures/reference/tk-api/ with this paper's number, date and dossier
 * put in, in the v4 envelope with the dossier expanded as the client asks. The subject line is
 * made up for the stub (no real record of this paper is in the reference material).
 */
export function navoOdataAnswer(): string {
  const record = documentRecords().find((r) => r.DocumentNummer === '2025D41319');
  return JSON.stringify({
    '@odata.context': 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Document',
    value: [
      {
        ...record,
        Titel: 'Nederlandse deelname aan vredesmissies',
        Onderwerp: 'Nederlandse inzet in Irak en de regio',
        Datum: '2022-06-17T00:00:00+02:00',
        Vergaderjaar: '2021-2022',
        Volgnummer: 446,
        Kamerstukdossier: [
          { Nummer: 29521, Toevoeging: null, Titel: 'Nederlandse deelname aan vredesmissies' },
        ],
      },
    ],
  });
}
