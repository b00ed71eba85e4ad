/**
 * Typed wrappers over `browser.runtime` / `browser.tabs` messaging for the protocol in
 * `./protocol`. Each takes its browser API as an optional last argument so tests can pass a
 * fake; by default it uses the polyfilled `browser` of `wxt/browser`, whose `onMessage`
 * listeners answer by returning a promise.
 */
import { browser } from 'wxt/browser';
import { parseBackgroundToContent, parseContentToBackground } from './check-messages';
import {
  type BackgroundToContent,
  type BackgroundToContentAnswer,
  type BackgroundToContentCalls,
  type ContentToBackground,
  type ContentToBackgroundAnswer,
  type ContentToBackgroundCalls,
} from './protocol';

/** What the receiving end learns about a message's origin (the subset of `runtime.MessageSender` we use). */
export interface MessageSender {
  /** The sending extension's id. */
  id?: string;
  /** The sending frame's URL. */
  url?: string;
  /** 0 for the top frame of a tab. */
  frameId?: number;
  /** The tab of a content script; absent for extension pages (popup, options). */
  tab?: { id?: number; url?: string };
}

/** A raw `onMessage` listener: a promise answers the message, `undefined` leaves it to other listeners. */
export type RawMessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

export interface ListenerSet<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** The part of `browser.runtime` messaging uses. */
export interface RuntimeMessagingApi {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: ListenerSet<RawMessageListener>;
}

/** The part of `browser.tabs` messaging uses. */
export interface TabsMessagingApi {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

// `wxt/browser` is typed with the Chrome declarations while the build aliases it to
// webextension-polyfill (promise-returning listeners); the structural interfaces above are
// what both provide, hence the casts through unknown.
function defaultRuntime(): RuntimeMessagingApi {
  return browser.runtime as unknown as RuntimeMessagingApi;
}

function defaultTabs(): TabsMessagingApi {
  return browser.tabs as unknown as TabsMessagingApi;
}

type Handler<Calls, K extends keyof Calls> = (
  message: { type: K } & (Calls[K] extends { request: infer R } ? R : never),
  sender: MessageSender,
) =>
  | (Calls[K] extends { response: infer A } ? A : never)
  | Promise<Calls[K] extends { response: infer A } ? A : never>;

/** One handler per content → background call; the type checker holds each to its answer type. */
export type ContentToBackgroundHandlers = {
  [K in keyof ContentToBackgroundCalls]: Handler<ContentToBackgroundCalls, K>;
};

/** Handlers for background → content calls; a content script handles the ones it supports. */
export type BackgroundToContentHandlers = Partial<{
  [K in keyof BackgroundToContentCalls]: Handler<BackgroundToContentCalls, K>;
}>;

/**
 * Sends a message to the background and resolves with its typed answer. Rejects when the
 * background cannot be reached (extension reloaded or updated under the page).
 */
export async function sendToBackground<M extends ContentToBackground>(
  message: M,
  runtime: RuntimeMessagingApi = defaultRuntime(),
): Promise<ContentToBackgroundAnswer<M>> {
  return (await runtime.sendMessage(message)) as ContentToBackgroundAnswer<M>;
}

/**
 * Sends a message to the content script of one tab. Rejects when the tab has none listening
 * (not a paper page, or the page was never injected).
 */
export async function sendToTab<M extends BackgroundToContent>(
  tabId: number,
  message: M,
  tabs: TabsMessagingApi = defaultTabs(),
): Promise<BackgroundToContentAnswer<M>> {
  return (await tabs.sendMessage(tabId, message)) as BackgroundToContentAnswer<M>;
}

function listen<M extends { type: string }>(
  parse: (raw: unknown) => M | null,
  handlers: Partial<Record<string, (message: M, sender: MessageSender) => unknown>>,
  runtime: RuntimeMessagingApi,
): () => void {
  const listener: RawMessageListener = (raw, sender) => {
    const message = parse(raw);
    if (!message) return undefined;
    const handler = handlers[message.type];
    if (!handler) return undefined;
    // Through a promise so a handler that throws rejects the caller's promise instead of
    // escaping into the browser's event dispatch.
    return Promise.resolve().then(() => handler(message, sender));
  };
  runtime.onMessage.addListener(listener);
  return () => {
    try {
      runtime.onMessage.removeListener(listener);
    } catch {
      // The extension was updated or removed: its API throws, and the listener went with it.
      // The caller's teardown (leaving the page clean) must go on.
    }
  };
}

/**
 * Background side: answers content → background messages with `handlers`. Messages that are
 * not part of the protocol are left alone. Returns the function that stops listening.
 */
export function onMessageFromContent(
  handlers: ContentToBackgroundHandlers,
  runtime: RuntimeMessagingApi = defaultRuntime(),
): () => void {
  return listen(
    parseContentToBackground,
    handlers as unknown as Partial<Record<string, (m: ContentToBackground, s: MessageSender) => unknown>>,
    runtime,
  );
}

/**
 * Content side: handles background → content messages. Returns the function that stops
 * listening (call it when the reader stops, so no listener outlives it).
 */
export function onMessageFromBackground(
  handlers: BackgroundToContentHandlers,
  runtime: RuntimeMessagingApi = defaultRuntime(),
): () => void {
  return listen(
    parseBackgroundToContent,
    handlers as unknown as Partial<Record<string, (m: BackgroundToContent, s: MessageSender) => unknown>>,
    runtime,
  );
}
