import { render } from 'preact';
import { Sidebar, type SidebarProps } from './Sidebar';
import { pageStyles } from '../page-styles';

export interface SidebarHandle {
  /** Re-renders with new props; fields left out keep their current value. */
  update(props: Partial<SidebarProps>): void;
  /** Moves keyboard focus to the sidebar's heading (after opening it from the keyboard). */
  focus(): void;
  /** Removes everything this mount added to the shadow root. */
  unmount(): void;
}

/**
 * Renders the sidebar into a shadow root the caller created, with its styles in a `<style>`
 * element of that root. A `<style>` rather than a constructable stylesheet: Firefox refuses
 * `adoptedStyleSheets` made in a content script's compartment.
 */
export function mountSidebar(shadowRoot: ShadowRoot, props: SidebarProps): SidebarHandle {
  const doc = shadowRoot.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = pageStyles().sidebar;
  const container = doc.createElement('div');
  container.className = 'kl-root';
  shadowRoot.append(style, container);

  let current: SidebarProps = { ...props };
  let mounted = true;
  render(<Sidebar {...current} />, container);

  return {
    update(next) {
      if (!mounted) return;
      current = { ...current, ...next };
      render(<Sidebar {...current} />, container);
    },
    focus() {
      container.querySelector<HTMLElement>('.kl-title')?.focus();
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      render(null, container);
      container.remove();
      style.remove();
    },
  };
}
