/**
 * The context WXT hands each content script's `main` (`ctx`), in place of WXT's own
 * `ContentScriptContext` (`wxt.config.ts` points `wxt/utils/content-script-context` here).
 *
 * Why: WXT's context announces every start to the page. It posts
 * `{ type: '<extension id>:<script>:wxt:content-script-started', … }` to the page's window with
 * target origin `*`, and dispatches an event of that name on the document, so that a newer copy of
 * the script stops an older one. Any script of the page, its analytics included, read from that
 * message that Kamerlens is installed and its extension id: on every page of both sites, twice
 * (the document_start script and the reader). The message also reached the page's own `message`
 * handlers; and in our traces (DevTools protocol attached, as in the benchmark) sending it cost
 * the reader's first task 8–12 ms, Chromium recording where the message came from, which made V8
 * parse the 120 KB script a second time.
 * Kamerlens does not need the announcement: Chromium never injects a new version into an open
 * tab (an updated extension's old script notices it is cut off, `src/reader/extension-alive.ts`),
 * and Firefox stops the old one itself. So this context tells the page nothing.
 *
 * The rest is WXT's API, so WXT's wrapper and any helper that takes a `ctx` work unchanged.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  private readonly abortController = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  /** Invalid once stopped, or once the extension is gone (updated, removed). */
  get isInvalid(): boolean {
    if (!extensionAlive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `cb` when the context is invalidated; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles: for work that must not go on in an invalid context. */
  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** `target.addEventListener`, removed when the context is invalidated. */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: EventListenerOrEventListenerObject,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /** Stops everything registered through this context. */
  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}

/**
 * Is the extension still there? Its runtime loses its id once it is updated or removed, and
 * reading `runtime.id` throws in some browsers then. The content scripts ask this too.
 */
export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
