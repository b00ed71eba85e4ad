/**
 * What an element's `textContent` is, kept and compared without ever joining it into one string.
 *
 * The live reader keeps the paper's text to tell a real change from one that leaves the text as
 * it was. `textContent` on a megabyte container builds a new two-megabyte string: 17–21 ms in
 * Chromium on the benchmark page, 70 ms while the page is busy, and it ran just before the
 * reader's last frame. Kept as the data of its Text nodes, the same text costs about a
 * millisecond: `data` hands out the node's own string, nothing is copied.
 */

// NodeFilter constants, spelled out: the `NodeFilter` global is missing in linkedom and in Node.
const SHOW_TEXT = 0x4;
const SHOW_CDATA_SECTION = 0x8;

/** The text under an element: the data of its Text nodes in document order (they join to its `textContent`). */
export type TextSnapshot = readonly string[];

/** The data of every Text (and CDATA) node under `root`, in document order. */
export function snapshotText(root: Node): TextSnapshot {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT | SHOW_CDATA_SECTION);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as CharacterData).data;
    if (data.length > 0) pieces.push(data);
  }
  return pieces;
}

/** Does the snapshot hold anything but white space? */
export function snapshotHasText(snapshot: TextSnapshot): boolean {
  return snapshot.some((piece) => /\S/.test(piece));
}

/**
 * Is the text under `root` now the same as `snapshot`, character for character? The nodes may be
 * split differently (a word wrapped in an element, adjacent nodes merged): only the text counts, as
 * when two `textContent` strings are compared. Stops at the first difference.
 */
export function sameText(root: Node, snapshot: TextSnapshot): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT | SHOW_CDATA_SECTION);
  let piece = 0;
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as CharacterData).data;
    let from = 0;
    while (from < data.length) {
      const kept = snapshot[piece];
      if (kept === undefined) return false;
      const n = Math.min(data.length - from, kept.length - at);
      // The usual case, a node as it was: its own string again, compared without reading it.
      const same =
        n === data.length && n === kept.length
          ? data === kept
          : data.slice(from, from + n) === kept.slice(at, at + n);
      if (!same) return false;
      from += n;
      at += n;
      if (at === kept.length) {
        piece++;
        at = 0;
      }
    }
  }
  return piece === snapshot.length;
}
