import { startReader } from '../../src/reader/start-reader';

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
    void startReader(ctx).catch((error: unknown) => {
      // Never break the page: report once, quietly.
      console.warn('Kamerlens could not read this page:', error);
    });
  },
});
