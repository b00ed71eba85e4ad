import { describe, expect, it } from 'vitest';
import { createTextPartStore, MAX_TEXT_PARTS } from '../../src/messaging/text-parts';

describe('the parts of texts sent ahead (text-parts)', () => {
  it('joins the parts in their order, whatever order they came in, and gives them once', () => {
    const store = createTextPartStore();
    expect(store.add('tab 1/0', 's', 1, 'Kamerstuk ')).toBe(true);
    expect(store.add('tab 1/0', 's', 0, 'Zie ')).toBe(true);
    expect(store.add('tab 1/0', 's', 2, '29 521, nr. 446.')).toBe(true);
    expect(store.take('tab 1/0', 's', 3, 30)).toBe('Zie Kamerstuk 29 521, nr. 446.');
    expect(store.take('tab 1/0', 's', 3, 30)).toBeNull();
  });

  it('keeps the texts of two tabs apart, even under one stream name', () => {
    const store = createTextPartStore();
    store.add('tab 1/0', 's', 0, 'NAVO');
    store.add('tab 2/0', 's', 0, 'EU');
    expect(store.take('tab 2/0', 's', 1, 2)).toBe('EU');
    expect(store.take('tab 1/0', 's', 1, 4)).toBe('NAVO');
  });

  it.each([
    ['a part missing in the middle', [0, 2], 3, 6],
    ['fewer parts than named', [0, 1], 3, 4],
    ['more parts than named', [0, 1, 2], 2, 4],
    ['another length than named', [0, 1], 2, 5],
  ])('gives nothing for %s, and drops the stream', (_name, indexes, count, length) => {
    const store = createTextPartStore();
    for (const i of indexes) store.add('t', 's', i, 'ab');
    expect(store.take('t', 's', count, length)).toBeNull();
    expect(store.take('t', 's', indexes.length, indexes.length * 2)).toBeNull();
  });

  it('refuses a bad index', () => {
    const store = createTextPartStore();
    expect(store.add('t', 's', -1, 'x')).toBe(false);
    expect(store.add('t', 's', 1.5, 'x')).toBe(false);
    expect(store.add('t', 's', MAX_TEXT_PARTS, 'x')).toBe(false);
  });

  it('refuses a part that would take a stream past its bound, and drops the stream (the page then sends its text whole)', () => {
    const store = createTextPartStore({ maxChars: 10 });
    expect(store.add('t', 's', 0, '12345')).toBe(true);
    expect(store.add('t', 's', 1, '1234567')).toBe(false);
    expect(store.take('t', 's', 1, 5)).toBeNull();
    expect(store.add('t', 'u', 0, '12345')).toBe(true);
    expect(store.add('t', 'u', 1, '12345')).toBe(true);
    expect(store.take('t', 'u', 2, 10)).toBe('1234512345');
  });

  it('holds at most so many characters in all: a newer stream takes the room of the one least recently added to', () => {
    const store = createTextPartStore({ maxChars: 10 });
    expect(store.add('tab 1', 'a', 0, '123456')).toBe(true);
    expect(store.add('tab 2', 'b', 0, '1234')).toBe(true);
    expect(store.add('tab 2', 'b', 1, '56')).toBe(true);
    expect(store.take('tab 1', 'a', 1, 6)).toBeNull();
    expect(store.take('tab 2', 'b', 2, 6)).toBe('123456');
    // Freed by the take: room for ten characters again.
    expect(store.add('tab 1', 'c', 0, '1234567890')).toBe(true);
    expect(store.take('tab 1', 'c', 1, 10)).toBe('1234567890');
  });

  it('keeps at most a few streams: the one least recently added to goes first', () => {
    const store = createTextPartStore({ maxStreams: 2 });
    store.add('t', 'a', 0, 'a');
    store.add('t', 'b', 0, 'b');
    store.add('t', 'a', 1, 'a');
    store.add('t', 'c', 0, 'c');
    expect(store.take('t', 'b', 1, 1)).toBeNull();
    expect(store.take('t', 'a', 2, 2)).toBe('aa');
    expect(store.take('t', 'c', 1, 1)).toBe('c');
  });

  it('drops a stream nobody took within its time', () => {
    let now = 0;
    const store = createTextPartStore({ ttlMs: 1000, now: () => now });
    store.add('t', 'old', 0, 'x');
    now = 500;
    store.add('t', 'new', 0, 'y');
    now = 1200;
    expect(store.take('t', 'old', 1, 1)).toBeNull();
    expect(store.take('t', 'new', 1, 1)).toBe('y');
  });
});
