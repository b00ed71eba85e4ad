// Dossier and number as the core gives them (`36200-X`, `5`; `35261`, `B`): letters, digits and
// inner hyphens only, so nothing from the page can change the shape of the address.
const ID_PART = /^[0-9A-Za-z]{1,16}(?:-[0-9A-Za-z]{1,16}){0,3}$/;

/**
 * The paper's page on zoek.officielebekendmakingen.nl (`kst-<dossier>-<number>.html`), or null
 * when dossier or number is unknown or not of the shape the site uses.
 */
export function paperPageUrl(dossier: string | null, number: string | null): string | null {
  if (!dossier || !number || !ID_PART.test(dossier) || !ID_PART.test(number)) return null;
  return `https://zoek.officielebekendmakingen.nl/kst-${dossier}-${number}.html`;
}
