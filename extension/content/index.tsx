import { extensionAlive } from '../../src/reader/content-script-context';
import { watchExtensionAlive } from '../../src/reader/extension-alive';
import { dropEarlyAsks } from '../../src/reader/early-asks';
import { undoReserveAtStart } from '../../src/reader/reserve-at-start';
import { startReader } from '../../src/reader/start-reader';
import { SITE_EXCLUDES, SITE_MATCHES } from '../../src/sites/matches';
import { followPapers } from './boot';

export default defineContentScript({
  matches: [...SITE_MATCHES],
  // Not where the address alone says no paper, on a site that never loads one in place (see SITE_EXCLUDES).
  excludeMatches: [...SITE_EXCLUDES],
  runAt: 'document_idle',
  main(ctx) {
    // The analysis and the glossary live in the background: this script only reads the page
    // (in slices) and shows the findings, so it stays small and never holds the main thread long.
    followPapers(
      ctx,
      document,
      { startReader: (c, d) => startReader(c, d), alive: extensionAlive },
      {
        booted(_reader, invalidate) {
          // A paper: once the extension is updated or removed, the reader leaves the page clean
          // (the context's invalidation stops it; see boot.ts and start-reader.ts).
          const stopWatch = watchExtensionAlive(extensionAlive, invalidate);
          ctx.onInvalidated(stopWatch);
        },
        notPaper() {
          // Not a paper (yet): give back the room reserved at document_start (if any), and release
          // the one listener WXT's context put on the document. Only the address is watched from
          // here on (on the page's `navigation` object), for a client-side navigation into a paper.
          undoReserveAtStart(document);
          // What the document_start script asked ahead for a reader goes unused (its settings watch stops).
          dropEarlyAsks();
          ctx.notifyInvalidated();
        },
        failed(error) {
          // Never break the page: leave it as it was, and report once, quietly.
          undoReserveAtStart(document);
          dropEarlyAsks();
          console.warn('Kamerlens could not read this page:', error);
        },
      },
    );
  },
});
