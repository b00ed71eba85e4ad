/**
 * The walk over a container's nodes in document order, skipping the subtrees the extraction leaves out: the moves of
 * a TreeWalker, made over the raw node links (`firstChild`/`nextSibling`/`parentNode`), so any DOM will do.
 */

const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** Moves over the container's accepted nodes; skipped subtrees are invisible to it. */
interface Cursor {
  firstChild(): Node | null;
  nextSibling(): Node | null;
  parentNode(): Node | null;
}

export function createCursor(root: Element, isSkipped: (el: Element) => boolean): Cursor {
  const accept = (node: Node): number => {
    if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
    if (node.nodeType !== ELEMENT_NODE) return FILTER_REJECT;
    return isSkipped(node as Element) ? FILTER_REJECT : FILTER_ACCEPT;
  };
  return manualCursor(root, accept);
}

/**
 * The moves of a TreeWalker with FILTER_ACCEPT/FILTER_REJECT, over the raw node links. Not a
 * TreeWalker: Chromium calls a TreeWalker's filter from C++ for every node, which took twice the
 * time of this walk on a megabyte page, and linkedom's TreeWalker neither navigates nor filters.
 * A subtree the page removes during a pause ends the walk there: its parents lead to no root.
 */
function manualCursor(root: Node, accept: (node: Node) => number): Cursor {
  let current: Node = root;
  const firstAccepted = (start: Node | null): Node | null => {
    let n = start;
    while (n && accept(n) !== FILTER_ACCEPT) n = n.nextSibling;
    return n;
  };
  const move = (next: Node | null): Node | null => {
    if (next) current = next;
    return next;
  };
  return {
    firstChild: () => move(firstAccepted(current.firstChild)),
    nextSibling: () => (current === root ? null : move(firstAccepted(current.nextSibling))),
    parentNode: () => (current === root ? null : move(current.parentNode)),
  };
}

/** Upper-case tag name without namespace prefix (XHTML documents may report lower case). */
export function tagOf(el: Element): string {
  return (el.localName ?? el.tagName ?? '').toUpperCase();
}
