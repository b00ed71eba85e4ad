import type { DocumentKind } from '../../src/core/types';

/**
 * URLs of zoek.officielebekendmakingen.nl that must and must not activate the reader, with what
 * they say about the paper. From the letter corpus (`tests/fixtures/letters`), the reference pages
 * (`tests/fixtures/reference`, SOURCES.md) and the URL shapes of `docs/domain.md` §2.
 */
export interface PaperUrl {
  url: string;
  dossier?: string;
  number?: string;
  kind?: DocumentKind;
}

export const officieleBekendmakingenUrls: { paper: PaperUrl[]; notPaper: string[]; unknown: string[] } = {
  paper: [
    // Letter corpus.
    { url: 'https://zoek.officielebekendmakingen.nl/kst-32793-205.html', dossier: '32793', number: '205' },
    { url: 'https://zoek.officielebekendmakingen.nl/kst-34166-23.html', dossier: '34166', number: '23' },
    {
      url: 'https://zoek.officielebekendmakingen.nl/behandelddossier/kst-29279-331.html',
      dossier: '29279',
      number: '331',
    },
    { url: 'https://zoek.officielebekendmakingen.nl/kst-33529-355.html', dossier: '33529', number: '355' },
    {
      url: 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2072.html',
      dossier: '21501-02',
      number: '2072',
    },
    { url: 'https://zoek.officielebekendmakingen.nl/kst-31066-805.html', dossier: '31066', number: '805' },
    {
      url: 'https://zoek.officielebekendmakingen.nl/kst-35925-III-30.html',
      dossier: '35925-III',
      number: '30',
    },
    // Shapes from docs/domain.md §2 and the reference material.
    {
      url: 'https://zoek.officielebekendmakingen.nl/kst-21501-28-255.html',
      dossier: '21501-28',
      number: '255',
    },
    { url: 'https://zoek.officielebekendmakingen.nl/kst-36200-X-5.html', dossier: '36200-X', number: '5' },
    { url: 'https://zoek.officielebekendmakingen.nl/kst-35261-B.html', dossier: '35261', number: 'B' },
    { url: 'https://zoek.officielebekendmakingen.nl/kst-34086-B-n1.html', dossier: '34086', number: 'B' },
    {
      url: 'https://zoek.officielebekendmakingen.nl/kst-34851-4.html?grootte=4',
      dossier: '34851',
      number: '4',
    },
    {
      url: 'https://zoek.officielebekendmakingen.nl/dossier/34104/kst-34104-439.html',
      dossier: '34104',
      number: '439',
    },
    { url: 'https://www.officielebekendmakingen.nl/kst-30950-377.html', dossier: '30950', number: '377' },
    { url: 'https://officielebekendmakingen.nl/kst-28676-554.html', dossier: '28676', number: '554' },
    { url: 'https://zoek.officielebekendmakingen.nl/kst-29521-446', dossier: '29521', number: '446' },
    // Answers to written questions: papers without a Kamerstuk id.
    {
      url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-100.html',
      kind: 'antwoord schriftelijke vragen',
    },
    {
      url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20202021-2844.html',
      kind: 'antwoord schriftelijke vragen',
    },
    {
      url: 'https://zoek.officielebekendmakingen.nl/ah-ek-20142015-12.html',
      kind: 'antwoord schriftelijke vragen',
    },
    {
      url: 'https://zoek.officielebekendmakingen.nl/kv-tk-2016Z00020.html',
      kind: 'antwoord schriftelijke vragen',
    },
  ],
  notPaper: [
    // Letter corpus negatives.
    'https://zoek.officielebekendmakingen.nl/stcrt-2017-30318.html?grootte=4',
    'https://zoek.officielebekendmakingen.nl/stb-2020-104.html',
    // Reference pages of other publication types.
    'https://zoek.officielebekendmakingen.nl/stb-2014-296.html',
    'https://zoek.officielebekendmakingen.nl/stcrt-2013-10981.html',
    'https://zoek.officielebekendmakingen.nl/gmb-2017-100007.html',
    'https://zoek.officielebekendmakingen.nl/gmb-2024-216934.html',
    'https://zoek.officielebekendmakingen.nl/prb-2014-6.html',
    'https://zoek.officielebekendmakingen.nl/stcrt-2021-7182.html',
    'https://zoek.officielebekendmakingen.nl/wsb-2020-1234.html',
    'https://zoek.officielebekendmakingen.nl/bgr-2021-567.html',
    // Handelingen: full of motion numbers, never a paper.
    'https://zoek.officielebekendmakingen.nl/h-tk-20232024-4-26.html',
    'https://zoek.officielebekendmakingen.nl/h-ek-20142015-12-5.html',
    // Data, search and overview pages.
    'https://zoek.officielebekendmakingen.nl/kst-34851-4/metadata.xml',
    'https://zoek.officielebekendmakingen.nl/resultaten?q=(c.product-area==%22officielepublicaties%22)and(w.dossiernummer==28676)',
    'https://zoek.officielebekendmakingen.nl/zoeken',
    'https://zoek.officielebekendmakingen.nl/',
    'https://www.officielebekendmakingen.nl/',
    'https://zoek.officielebekendmakingen.nl/dossier/29279',
  ],
  unknown: [
    // An annex (bijlage) may or may not read as a paper: the text decides.
    'https://zoek.officielebekendmakingen.nl/blg-1012345.html',
    'https://zoek.officielebekendmakingen.nl/over-deze-site',
  ],
};
