/**
 * The keys that step through the marks, chosen to work without focus in the text (highlights
 * cannot take focus):
 *
 * - `]` next mark, `[` previous mark — when focus is not in a text field (like GitHub's and
 *   Gmail's single-key shortcuts);
 * - Alt+Shift+. (period) next, Alt+Shift+, (comma) previous — anywhere, by physical key, so they
 *   work on every keyboard layout;
 * - Escape closes the popover and gives focus back;
 * - Alt+Shift+M (the `toggle-marks` browser command) shows or hides all marks.
 */

export type KeyAction = 'next' | 'previous' | 'close' | null;

export interface KeyLike {
  key: string;
  code?: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
}

/** Elements where typed characters are text, not commands. */
export function isEditable(el: unknown): boolean {
  const e = el as { tagName?: string; isContentEditable?: boolean; type?: string } | null;
  if (!e || typeof e.tagName !== 'string') return false;
  if (e.isContentEditable) return true;
  const tag = e.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (e.type ?? 'text').toLowerCase();
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(
    type,
  );
}

/** What a key press asks for; `editable`: focus is in a text field. */
export function keyAction(e: KeyLike, editable: boolean): KeyAction {
  if (e.isComposing) return null;
  if (e.key === 'Escape' && !e.altKey && !e.ctrlKey && !e.metaKey) return 'close';
  if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) {
    if (e.code === 'Period') return 'next';
    if (e.code === 'Comma') return 'previous';
    return null;
  }
  if (editable || e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === ']') return 'next';
  if (e.key === '[') return 'previous';
  return null;
}
