/**
 * Copies text from a click in the popover. The async Clipboard API needs a secure page; where it
 * is missing or refuses (plain http, an old browser), the older route: `execCommand('copy')`
 * while a one-off `copy` listener puts the text on the clipboard instead of the selection.
 */
export async function copyText(doc: Document, text: string): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Not allowed here: try the older route.
    }
  }
  let done = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    done = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    // Deprecated, but the only synchronous copy that works without a secure context.
    doc.execCommand('copy');
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
  if (!done) throw new Error('copy refused');
}
