import type { ExportFile } from './types';

/** How long the object URL stays valid after the click: the download has started by then. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves `file` through a Blob and a temporary `a[download]` created inside `root` (the
 * sidebar's shadow root), so nothing is added to the page's own DOM.
 */
export function downloadFile(root: ShadowRoot | Document, file: ExportFile): void {
  const doc = root instanceof Document ? root : root.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const blob = new view.Blob([file.text], { type: `${file.mime};charset=utf-8` });
  const url = view.URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  const parent = root instanceof Document ? root.body : root;
  parent?.append(a);
  a.click();
  a.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
