/**
 * What an element's text is, and in which nodes, kept and compared without ever joining it into one
 * string.
 *
 * The live reader keeps the paper's text to tell a change that needs a new reading from one that
 * leaves the page as the reader saw it. `textContent` on a megabyte container builds a new
 * two-megabyte string: 17–21 ms in Chromium on the benchmark page, 70 ms while the page is busy,
 * and it ran just before the reader's last frame. Kept as its Text nodes and their data, the same
 * text costs about a millisecond: `data` hands out the node's own string, nothing is copied.
 *
 * The nodes count, not only the text: the reader's marks are ranges in those nodes, and a node the
 * page takes out collapses every range in it. A page that renders the same text again in new nodes,
 * or wraps a word in an element, left the marks of what it touched collapsed, unseen (49 of the 50
 * acronym marks of the NAVO page after its paragraphs were given their own text again).
 */

// NodeFilter constants, spelled out: the `NodeFilter` global is missing in linkedom and in Node.
const SHOW_TEXT = 0x4;
const SHOW_CDATA_SECTION = 0x8;

/** The text under an element: its Text nodes in document order, and their data (which join to its `textContent`). */
export interface TextSnapshot {
  readonly nodes: readonly Node[];
  readonly pieces: readonly string[];
}

/** The Text (and CDATA) nodes under `root` that hold text, in document order, with their data. */
export function snapshotText(root: Node): TextSnapshot {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT | SHOW_CDATA_SECTION);
  const nodes: Node[] = [];
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as CharacterData).data;
    if (data.length === 0) continue;
    nodes.push(node);
    pieces.push(data);
  }
  return { nodes, pieces };
}

/** Does the snapshot hold anything but white space? */
export function snapshotHasText(snapshot: TextSnapshot): boolean {
  return snapshot.pieces.some((piece) => /\S/.test(piece));
}

/**
 * Is the text under `root` still in the nodes of `snapshot`, each with its data as it was? A node
 * added, removed, replaced (even by one with the same text), split or merged, or its data changed,
 * makes a difference. Stops at the first one.
 */
export function sameText(root: Node, snapshot: TextSnapshot): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT | SHOW_CDATA_SECTION);
  let i = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as CharacterData).data;
    if (data.length === 0) continue;
    // The usual case, a node as it was: its own string again, compared without reading it.
    if (node !== snapshot.nodes[i] || data !== snapshot.pieces[i]) return false;
    i++;
  }
  return i === snapshot.nodes.length;
}
