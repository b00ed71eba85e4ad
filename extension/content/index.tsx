import { startReader } from '../../src/reader/start-reader';
import { bootReader } from './boot';

export default defineContentScript({
  // Both sites, any scheme: the end-to-end tests serve fixture pages over http under the real names.
  matches: [
    '*://zoek.officielebekendmakingen.nl/*',
    '*://www.officielebekendmakingen.nl/*',
    '*://www.tweedekamer.nl/*',
    '*://tweedekamer.nl/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    void bootReader(ctx, document, {
      // The glossary ships as web-accessible JSON in the package, not in this bundle: most pages
      // of the two sites are not papers and never need it.
      readGlossaryFile: async (name) => {
        const response = await fetch(browser.runtime.getURL(`/glossary/${name}.json`));
        if (!response.ok) throw new Error(`glossary/${name}.json: ${response.status}`);
        return (await response.json()) as unknown;
      },
      startReader,
    }).catch((error: unknown) => {
      // Never break the page: report once, quietly.
      console.warn('Kamerlens could not read this page:', error);
    });
  },
});
