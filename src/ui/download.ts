/**
 * A file to download: the sidebar's timeline exports (the reader has the background write them), the options page's
 * glossary.
 */
export interface ExportFile {
  filename: string;
  /** MIME type, e.g. `text/calendar`. */
  mime: string;
  text: string;
}

/** How long the object URL stays valid after the click: the download has started by then. */
const REVOKE_AFTER_MS = 10_000;
/** `Node.DOCUMENT_NODE`. */
const DOCUMENT_NODE = 9;

/**
 * Saves `file` through a Blob and a temporary `a[download]` created inside `root`: the sidebar's shadow root, so
 * nothing is added to the page's own DOM, or the options page's document (its body).
 */
export function downloadFile(root: ShadowRoot | Document, file: ExportFile): void {
  // By node type, not `instanceof Document`: a document of another realm (a test DOM's) is no instance of this one's.
  const isDocument = root.nodeType === DOCUMENT_NODE;
  const doc = isDocument ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const blob = new view.Blob([file.text], { type: `${file.mime};charset=utf-8` });
  const url = view.URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  const parent = isDocument ? doc.body : root;
  parent?.append(a);
  a.click();
  a.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
