import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRef } from '../../src/core/citations/paper-id';
import type { CitedPaperRef } from '../../src/api';

export const TK_API = join(__dirname, '../fixtures/reference/tk-api');
export const KOOP = join(__dirname, '../fixtures/reference/officielebekendmakingen');

export function readFixture(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The 250 real OData Document records (bare value array). */
export function documentRecords(): Array<Record<string, unknown>> {
  return JSON.parse(readFixture(join(TK_API, 'motiematcher_odata_Document_page10_valuearray.json'))) as Array<
    Record<string, unknown>
  >;
}

/** `Kamerstuk 21 501-30, nr. 679`: the real Brief regering 2025D41319 of the Document records. */
export const BRIEF: CitedPaperRef = makeRef({
  type: 'kamerstuk',
  chamber: 'II',
  dossier: '21501-30',
  number: '679',
  year: null,
  item: null,
});

export const NAVO_PAPER: CitedPaperRef = makeRef({
  type: 'kamerstuk',
  chamber: 'II',
  dossier: '29521',
  number: '446',
  year: null,
  item: null,
});

/**
 * An SRU 2.0 searchRetrieveResponse for kst-29521-446, written from the namespaces and element
 * names in domain.md §4 (no real full answer was found; the field values are the paper's).
 */
export const SRU_KST_29521_446 = `<?xml version="1.0" encoding="UTF-8"?>
<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">
  <sru:version>2.0</sru:version>
  <sru:numberOfRecords>1</sru:numberOfRecords>
  <sru:records>
    <sru:record>
      <sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema>
      <sru:recordPacking>xml</sru:recordPacking>
      <sru:recordData>
        <gzd:gzd xmlns:gzd="http://standaarden.overheid.nl/sru"
                 xmlns:dcterms="http://purl.org/dc/terms/"
                 xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/">
          <gzd:originalData>
            <overheidwetgeving:meta>
              <overheidwetgeving:owmskern>
                <dcterms:identifier>kst-29521-446</dcterms:identifier>
                <dcterms:title>Nederlandse deelname aan vredesmissies; Brief regering; Inzet in Irak</dcterms:title>
                <dcterms:type scheme="OVERHEIDop.Parlementair">Kamerstuk</dcterms:type>
                <dcterms:creator scheme="OVERHEID.StatenGeneraal">Tweede Kamer der Staten-Generaal</dcterms:creator>
              </overheidwetgeving:owmskern>
              <overheidwetgeving:owmsmantel>
                <dcterms:issued>2022-06-17</dcterms:issued>
              </overheidwetgeving:owmsmantel>
              <overheidwetgeving:tpmeta>
                <overheidwetgeving:documenttitel>Brief van de ministers van Buitenlandse Zaken en van Defensie over de inzet in Irak &amp; de regio</overheidwetgeving:documenttitel>
                <overheidwetgeving:dossiertitel><![CDATA[Nederlandse deelname aan vredesmissies]]></overheidwetgeving:dossiertitel>
                <overheidwetgeving:vergaderjaar>2021-2022</overheidwetgeving:vergaderjaar>
                <overheidwetgeving:subrubriek>Brief</overheidwetgeving:subrubriek>
                <overheidwetgeving:dossiernummer>29521</overheidwetgeving:dossiernummer>
                <overheidwetgeving:ondernummer>446</overheidwetgeving:ondernummer>
              </overheidwetgeving:tpmeta>
            </overheidwetgeving:meta>
          </gzd:originalData>
          <gzd:enrichedData>
            <gzd:preferredUrl>https://zoek.officielebekendmakingen.nl/kst-29521-446.html</gzd:preferredUrl>
          </gzd:enrichedData>
        </gzd:gzd>
      </sru:recordData>
    </sru:record>
  </sru:records>
</sru:searchRetrieveResponse>`;

export const SRU_EMPTY = `<?xml version="1.0"?>
<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">
  <sru:version>2.0</sru:version><sru:numberOfRecords>0</sru:numberOfRecords>
</sru:searchRetrieveResponse>`;

export const SRU_DIAGNOSTIC = `<?xml version="1.0"?>
<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">
  <sru:version>2.0</sru:version><sru:numberOfRecords>0</sru:numberOfRecords>
  <sru:diagnostics><diag:diagnostic xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic">
    <diag:uri>info:srw/diagnostic/1/10</diag:uri><diag:message>Query syntax error</diag:message>
  </diag:diagnostic></sru:diagnostics>
</sru:searchRetrieveResponse>`;
