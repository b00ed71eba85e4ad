import type { JSX } from 'preact';

const KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

/**
 * Arrow keys, Home and End move between the entry buttons of one list (`[data-entry]`), so a
 * keyboard reader goes through a long list without tabbing past every entry of every section.
 */
export function moveFocusInList(event: JSX.TargetedKeyboardEvent<HTMLElement>): void {
  if (!KEYS.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-entry]'));
  if (!buttons.length) return;
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const index = buttons.indexOf(root.activeElement as HTMLButtonElement);
  let next: number;
  if (event.key === 'ArrowDown') next = index < 0 ? 0 : Math.min(buttons.length - 1, index + 1);
  else if (event.key === 'ArrowUp') next = index < 0 ? 0 : Math.max(0, index - 1);
  else if (event.key === 'Home') next = 0;
  else next = buttons.length - 1;
  event.preventDefault();
  buttons[next]?.focus();
}
