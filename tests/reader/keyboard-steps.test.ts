import { describe, expect, it } from 'vitest';
import { isEditable, keyAction, type KeyLike } from '../../src/reader/keyboard-steps';

const key = (k: Partial<KeyLike> & { key: string }): KeyLike => ({
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...k,
});

describe('keys that step through the marks', () => {
  it.each([
    ['] steps forward', key({ key: ']' }), false, 'next'],
    ['[ steps back', key({ key: '[' }), false, 'previous'],
    ['] in a text field types', key({ key: ']' }), true, null],
    [
      'Alt+Shift+. steps forward, also in a text field',
      key({ key: '>', code: 'Period', altKey: true, shiftKey: true }),
      true,
      'next',
    ],
    [
      'Alt+Shift+, steps back',
      key({ key: '<', code: 'Comma', altKey: true, shiftKey: true }),
      false,
      'previous',
    ],
    ['Ctrl+] belongs to the browser', key({ key: ']', ctrlKey: true }), false, null],
    ['Escape closes', key({ key: 'Escape' }), true, 'close'],
    ['an IME composition is left alone', key({ key: ']', isComposing: true }), false, null],
    ['other keys do nothing', key({ key: 'n' }), false, null],
  ] as const)('%s', (_name, e, editable, expected) => {
    expect(keyAction(e, editable)).toBe(expected);
  });

  it.each([
    [{ tagName: 'INPUT', type: 'text' }, true],
    [{ tagName: 'INPUT', type: 'search' }, true],
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'BUTTON' }, false],
    [null, false],
  ])('knows where typing is text: %o → %s', (el, expected) => {
    expect(isEditable(el)).toBe(expected);
  });
});
