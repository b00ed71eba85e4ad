/**
 * The live reader against random sequences of what a changing page does (a modal filled, replaced,
 * removed; paragraphs added, removed, rewritten; the same text rendered again in new nodes; text
 * emptied), with a reader whose start takes a random while. Whatever the sequence, once the page is
 * quiet the reader shows the page as it is: it last started on the container's present Text nodes
 * and data, and was not stopped since; or, with no text left, it was stopped. This found the
 * collapsed marks of a page that renders the same text again (see `text-snapshot.ts`).
 */
import { Browser } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { snapshotHasText, snapshotText, type TextSnapshot } from '../../src/dom/text-snapshot';
import { keepReaderLive } from '../../src/reader/live-reader';
import { fuzzRuns, fuzzSeed, prng, type Rng } from '../robustness/fuzz-helpers';
import { TK_MODAL_CONTENT, TK_MODAL_ID, tkModal } from './tk-modal';

const PAPER = 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633';
const CONTENT = TK_MODAL_CONTENT;
const RUNS = fuzzRuns(30);
const SEED = fuzzSeed();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The container's Text nodes and their data (none without a container): what a reader's marks are ranges in. */
function present(doc: Document): TextSnapshot {
  const content = doc.querySelector(CONTENT);
  return content ? snapshotText(content) : { nodes: [], pieces: [] };
}

/** One change a page may make; returns its name, or null when it does not apply now. */
function change(r: Rng, doc: Document, word: string): string | null {
  const content = doc.querySelector(CONTENT);
  switch (r.int(0, 8)) {
    case 0: {
      const p = content?.querySelector('p');
      if (!p) return null;
      p.textContent = `Tekst ${word} over de NAVO.`;
      return 'rewrite';
    }
    case 1: {
      if (!content) return null;
      const p = doc.createElement('p');
      p.textContent = `Nog ${word}.`;
      content.append(p);
      return 'append';
    }
    case 2:
      if (!content?.querySelector('p')) return null;
      content.querySelector('p')?.remove();
      return 'remove a paragraph';
    case 3:
      if (!doc.getElementById(TK_MODAL_ID)) return null;
      doc.getElementById(TK_MODAL_ID)?.remove();
      return 'remove the modal';
    case 4:
      if (content) return null;
      doc.body.append(tkModal(doc, `Nieuw ${word} over de EU.`));
      return 'add a modal';
    case 5:
      if (!content) return null;
      content.replaceChildren(doc.createTextNode('  \n '));
      return 'empty';
    case 6:
      if (!content) return null;
      for (const p of content.querySelectorAll('p')) p.textContent = p.textContent ?? '';
      return 'the same text in new nodes';
    case 7: {
      const text = (content && snapshotText(content).nodes[0]) as Text | undefined;
      if (!text) return null;
      text.data += '.';
      return 'data changed in place';
    }
    default:
      if (!content) return null;
      doc.getElementById(TK_MODAL_ID)?.replaceWith(tkModal(doc, `Vervangen ${word}.`));
      return 'replace the modal';
  }
}

describe('the live reader on a page that keeps changing', () => {
  it(
    `shows the page as it is once it is quiet (${RUNS} sequences, seed ${SEED})`,
    { timeout: 60_000 + RUNS * 2_000 },
    async () => {
      const r = prng(SEED ^ 0x1ea0);
      const failures: string[] = [];
      for (let run = 0; run < RUNS && failures.length < 3; run++) {
        const page = new Browser().newPage();
        page.url = PAPER;
        page.content = '<!DOCTYPE html><html><head></head><body><h1>Brief regering</h1></body></html>';
        const doc = page.mainFrame.document as unknown as Document;
        if (r.chance(0.5)) doc.body.append(tkModal(doc, 'Begin over de NAVO.'));
        /** What each start saw, and each stop. */
        const log: ({ start: TextSnapshot } | 'stop')[] = [];
        const live = keepReaderLive(
          doc,
          {
            start: async () => {
              log.push({ start: present(doc) });
              await sleep(r.int(0, 25));
            },
            stop: () => void log.push('stop'),
            isPaperAddress: (u) => u.includes('/kamerstukken/'),
            findContainer: () => doc.querySelector(CONTENT),
          },
          { container: null, text: null },
          { debounceMs: 10, maxWaitMs: 50 },
        );
        await live.flush();
        const done: string[] = [];
        for (let k = r.int(1, 10); k > 0; k--) {
          const name = change(r, doc, `T${k}`);
          if (name) done.push(name);
          await sleep(r.pick([0, 0, 1, 5, 15, 40, 70]));
        }
        // Often one more change once the reader has settled on the page (and kept its text).
        if (r.chance(0.6)) {
          await sleep(80);
          await live.flush();
          const name = change(r, doc, 'T0');
          if (name) done.push(`then ${name}`);
        }
        // Quiet: past the debounce, and every start finished.
        await sleep(80);
        await live.flush();
        await live.flush();

        const now = present(doc);
        const lastStart = log.findLastIndex((e) => e !== 'stop');
        const stoppedSince = log.slice(lastStart + 1).includes('stop');
        const seen = lastStart >= 0 ? (log[lastStart] as { start: TextSnapshot }).start : null;
        const hasText = snapshotHasText(now);
        // Node by node and string by string, not through `sameText`, the comparison the live reader makes.
        const showsNow =
          seen !== null &&
          seen.nodes.length === now.nodes.length &&
          seen.nodes.every((node, i) => node === now.nodes[i] && seen.pieces[i] === now.pieces[i]);
        const problem = hasText
          ? !showsNow || stoppedSince
            ? 'the reader does not show the text as it is'
            : null
          : lastStart >= 0 && !stoppedSince
            ? 'the reader still shows a text that is gone'
            : null;
        if (problem) failures.push(`sequence ${run}: ${problem} after ${done.join(', ')}`);
        live.stop();
        await page.close();
      }
      expect(failures).toEqual([]);
    },
  );
});
