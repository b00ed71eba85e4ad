/**
 * Asks the browser for one animation frame as the page's load event fires (at once if the page
 * has loaded already).
 *
 * Why: Chrome captures a page's text for its translation and phishing checks
 * (`ChromeRenderFrameObserver::CapturePageText`, 25–75 ms on a 1 MB paper) in the first rendering
 * update after the load event. On a page that is otherwise still, that update used to be the frame
 * that paints our first screens, so the capture ran between our registered highlights and the
 * screen. A frame requested at load makes that update happen while the background is still
 * analysing the paper's opening: the capture is done by the time our highlights want a frame.
 * An empty frame on a still page costs next to nothing; only papers ask for it.
 */
export function requestFrameAtLoad(doc: Document): void {
  const win = doc.defaultView;
  if (!win || typeof win.requestAnimationFrame !== 'function') return;
  const frame = () => void win.requestAnimationFrame(() => undefined);
  if (doc.readyState === 'complete') frame();
  else win.addEventListener('load', frame, { once: true });
}
