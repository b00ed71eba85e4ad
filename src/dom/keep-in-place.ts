/**
 * Keeps an element where it is on screen while the page is laid out anew: the sidebar opening or closing
 * narrows or widens the page, and its text flows into more or fewer lines (on tweedekamer.nl a wide
 * picture above the letter grows with the width too). The browser's own scroll anchoring does not step
 * in: a change of margin on the anchor's ancestors (ours, on the root) suppresses it. Without this, a
 * heading the reader had just jumped to stood 760 px below the window once the sidebar closed.
 */
export function keepInPlace(anchor: Element | null, change: () => void): void {
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (!anchor || before === undefined) return;
  let moved = anchor.getBoundingClientRect().top - before;
  // Its scrolling boxes, innermost first (a site's document modal, then the page itself); a box that
  // cannot scroll keeps its scrollTop at 0, and the next one out takes the rest.
  for (let box = anchor.parentElement; box && Math.abs(moved) >= 1; box = box.parentElement) {
    const was = box.scrollTop;
    box.scrollTop = was + moved;
    if (box.scrollTop !== was) moved = anchor.getBoundingClientRect().top - before;
  }
}
