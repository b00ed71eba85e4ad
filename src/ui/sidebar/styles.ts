/**
 * The sidebar's styles, applied inside its shadow root only (nothing reaches the page).
 * Sizes in px: `rem` would follow the page's root font size, which some sites shrink.
 */
export const SIDEBAR_CSS = `
:host {
  all: initial;
}
@media print {
  :host {
    display: none !important;
  }
}
.kl-sidebar {
  --kl-bg: #ffffff;
  --kl-fg: #1b1b1b;
  --kl-muted: #575757;
  --kl-border: #cfd3d8;
  --kl-accent: #154273;
  --kl-link: #0b4f9c;
  --kl-hover: #e9eff7;
  --kl-focus: #0b57d0;
  --kl-badge-bg: #e3e8ef;
  --kl-badge-fg: #1f3550;
  color-scheme: light;
  position: fixed;
  top: 0;
  right: 0;
  bottom: 0;
  z-index: 2147483646;
  box-sizing: border-box;
  width: 360px;
  max-width: 100vw;
  display: flex;
  flex-direction: column;
  background: var(--kl-bg);
  color: var(--kl-fg);
  border-left: 1px solid var(--kl-border);
  box-shadow: -2px 0 12px rgba(0, 0, 0, 0.18);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 15px;
  line-height: 1.45;
  text-align: left;
  overflow: hidden;
}
@media (prefers-color-scheme: dark) {
  .kl-sidebar {
    --kl-bg: #1d1f23;
    --kl-fg: #e9eaec;
    --kl-muted: #b3b7bd;
    --kl-border: #3d4148;
    --kl-accent: #9cc3f5;
    --kl-link: #9cc3f5;
    --kl-hover: #2b3038;
    --kl-focus: #8ab4f8;
    --kl-badge-bg: #2f3a4a;
    --kl-badge-fg: #d6e4f7;
    color-scheme: dark;
    box-shadow: -2px 0 12px rgba(0, 0, 0, 0.5);
  }
}
@media print {
  .kl-sidebar {
    display: none !important;
  }
}
.kl-sidebar *,
.kl-sidebar *::before,
.kl-sidebar *::after {
  box-sizing: border-box;
}
.kl-header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  padding: 10px 10px 10px 16px;
  border-bottom: 1px solid var(--kl-border);
  flex: none;
}
.kl-title {
  margin: 0;
  font-size: 17px;
  font-weight: 700;
  color: var(--kl-accent);
}
.kl-title:focus {
  outline: none;
}
.kl-close {
  flex: none;
  min-width: 36px;
  min-height: 36px;
  padding: 0;
  border: 1px solid transparent;
  border-radius: 6px;
  background: transparent;
  color: inherit;
  font: inherit;
  font-size: 22px;
  line-height: 1;
  cursor: pointer;
}
.kl-close:hover {
  background: var(--kl-hover);
}
.kl-sidebar :focus-visible {
  outline: 2px solid var(--kl-focus);
  outline-offset: 1px;
}
.kl-body {
  flex: 1 1 auto;
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 4px 16px 24px;
}
.kl-section h3 {
  margin: 16px 0 6px;
  font-size: 13px;
  font-weight: 700;
  letter-spacing: 0.03em;
  text-transform: uppercase;
  color: var(--kl-muted);
}
.kl-facts {
  margin: 0;
}
.kl-fact {
  margin: 0 0 8px;
}
.kl-fact dt {
  font-size: 13px;
  color: var(--kl-muted);
}
.kl-fact dd {
  margin: 0;
  overflow-wrap: anywhere;
}
.kl-fact a {
  color: var(--kl-link);
  text-decoration: underline;
}
.kl-empty {
  margin: 8px 0;
  color: var(--kl-muted);
}
.kl-outline {
  list-style: none;
  margin: 0;
  padding: 0;
}
.kl-outline-entry {
  display: flex;
  align-items: baseline;
  gap: 6px;
  width: 100%;
  min-height: 32px;
  margin: 1px 0;
  padding: 5px 8px;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: inherit;
  font: inherit;
  text-align: left;
  cursor: pointer;
}
.kl-outline-entry:hover {
  background: var(--kl-hover);
}
.kl-outline-entry[data-level='2'] {
  padding-left: 22px;
}
.kl-outline-entry[data-level='3'] {
  padding-left: 36px;
}
.kl-outline-entry[data-level='4'] {
  padding-left: 50px;
}
.kl-outline-entry[data-level='5'],
.kl-outline-entry[data-level='6'] {
  padding-left: 64px;
}
.kl-entry-title {
  min-width: 0;
  overflow-wrap: anywhere;
}
.kl-kind {
  flex: none;
  padding: 0 6px;
  border-radius: 4px;
  background: var(--kl-badge-bg);
  color: var(--kl-badge-fg);
  font-size: 12px;
  font-weight: 600;
}
@media (forced-colors: active) {
  .kl-sidebar {
    border-left: 1px solid CanvasText;
  }
  .kl-kind {
    border: 1px solid CanvasText;
  }
}
`;
