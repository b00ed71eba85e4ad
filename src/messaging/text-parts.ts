/**
 * The background's side of a long page's text sent ahead in parts (`analyze-part`), kept until the
 * `analyze` call that names them takes them. A megabyte of text sent in one message holds the
 * page's main thread while the browser serializes it (50–60 ms on the 1 MB benchmark page) and
 * reaches the background only once the whole page is read; sent slice by slice while the page is
 * read, it costs a few milliseconds per slice and is there when the read ends.
 *
 * Bounded: all streams together hold at most `maxChars` characters and at most `maxStreams` are kept (the
 * least recently added to goes first, to make room for a newer one), and a stream nobody takes is dropped after
 * `ttlMs`. A stream that
 * was dropped, or lost with a restarted service worker, is simply missing: the page then sends its
 * text whole.
 */
import { MAX_ANALYZE_CHARS } from './protocol';

/** Most parts one stream may have: a 20 MB text read in slices of 8 ms has some hundreds. */
export const MAX_TEXT_PARTS = 10_000;

export interface TextPartStoreOptions {
  /** Most characters all streams hold together (default `MAX_ANALYZE_CHARS`, the longest text analysed). */
  maxChars?: number;
  /** Most streams kept at once (default 8: a few tabs loading papers together). */
  maxStreams?: number;
  /** A stream not added to for this long is dropped (default one minute). */
  ttlMs?: number;
  /** The clock (default `Date.now`). */
  now?(): number;
}

export interface TextPartStore {
  /**
   * Keeps part `index` of `stream` (`owner`: the sending tab and frame, so two pages never mix).
   * False when it cannot be kept: a bad index, or the stream grew past its bound (then dropped).
   */
  add(owner: string, stream: string, index: number, text: string): boolean;
  /**
   * The text of `stream`, its parts 0 … `count` − 1 joined, when all of them are here and they
   * make `length` characters; null otherwise. Either way the stream is gone afterwards.
   */
  take(owner: string, stream: string, count: number, length: number): string | null;
}

interface Stream {
  parts: string[];
  chars: number;
  touched: number;
}

export function createTextPartStore(options: TextPartStoreOptions = {}): TextPartStore {
  const maxChars = options.maxChars ?? MAX_ANALYZE_CHARS;
  const maxStreams = options.maxStreams ?? 8;
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  // Insertion order is the order of last additions (a touched stream is moved to the end).
  const streams = new Map<string, Stream>();
  /** Characters held by all streams. */
  let held = 0;

  const drop = (key: string) => {
    held -= streams.get(key)?.chars ?? 0;
    streams.delete(key);
  };
  const dropStale = (at: number) => {
    for (const [key, s] of streams) {
      if (at - s.touched <= ttlMs) break;
      drop(key);
    }
  };

  return {
    add(owner, stream, index, text) {
      const at = now();
      dropStale(at);
      if (!Number.isInteger(index) || index < 0 || index >= MAX_TEXT_PARTS) return false;
      const key = `${owner}\n${stream}`;
      const s = streams.get(key) ?? { parts: [], chars: 0, touched: at };
      drop(key);
      const before = s.parts[index]?.length ?? 0;
      const chars = s.chars - before + text.length;
      // Too long for any room: the stream goes, and its page sends the text whole (to be refused as too large).
      if (chars > maxChars) return false;
      // Room is made by dropping the streams least recently added to.
      for (const oldest of streams.keys()) {
        if (held + chars <= maxChars && streams.size < maxStreams) break;
        drop(oldest);
      }
      s.parts[index] = text;
      s.chars = chars;
      s.touched = at;
      streams.set(key, s);
      held += chars;
      return true;
    },
    take(owner, stream, count, length) {
      dropStale(now());
      const key = `${owner}\n${stream}`;
      const s = streams.get(key);
      drop(key);
      if (!s || s.parts.length !== count || s.chars !== length) return null;
      for (let i = 0; i < count; i++) if (s.parts[i] === undefined) return null;
      return s.parts.join('');
    },
  };
}
