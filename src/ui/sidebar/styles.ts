import { DARK_PALETTE, LIGHT_PALETTE } from '../theme';
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
.kl-sidebar {${LIGHT_PALETTE}
  --kl-badge-bg: #e3e8ef;
  --kl-badge-fg: #1f3550;
  --kl-commit-bg: #fdf0c4;
  --kl-commit-fg: #5a4100;
  --kl-input-bg: #ffffff;
  color-scheme: light;
  position: fixed;
  top: 0;
  right: 0;
  bottom: 0;
  z-index: 2147483646;
  box-sizing: border-box;
  width: 380px;
  min-width: min(320px, 100vw);
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
  .kl-sidebar {${DARK_PALETTE}
    --kl-badge-bg: #2f3a4a;
    --kl-badge-fg: #d6e4f7;
    --kl-commit-bg: #4a3b10;
    --kl-commit-fg: #fbe7a6;
    --kl-input-bg: #25282d;
    color-scheme: dark;
    box-shadow: -2px 0 12px rgba(0, 0, 0, 0.5);
  }
}
.kl-sidebar[hidden] {
  display: none;
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
  padding: 10px 10px 10px 16px;
  border-bottom: 1px solid var(--kl-border);
  flex: none;
}
.kl-header-row {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
}
.kl-filter {
  position: relative;
  margin: 8px 6px 0 0;
}
.kl-filter-input {
  width: 100%;
  min-height: 36px;
  padding: 6px 36px 6px 10px;
  border: 1px solid var(--kl-muted);
  border-radius: 6px;
  background: var(--kl-input-bg);
  color: var(--kl-fg);
  font: inherit;
}
.kl-filter-input::placeholder {
  color: var(--kl-muted);
  opacity: 1;
}
.kl-filter-input::-webkit-search-cancel-button {
  display: none;
}
.kl-filter-clear {
  position: absolute;
  top: 2px;
  right: 2px;
  width: 32px;
  height: 32px;
  padding: 0;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: inherit;
  font: inherit;
  font-size: 20px;
  line-height: 1;
  cursor: pointer;
}
.kl-filter-clear:hover {
  background: var(--kl-hover);
}
.kl-resize {
  position: absolute;
  top: 0;
  bottom: 0;
  left: 0;
  width: 9px;
  z-index: 1;
  cursor: col-resize;
  touch-action: none;
}
.kl-resize::after {
  content: '';
  position: absolute;
  top: 50%;
  left: 3px;
  width: 3px;
  height: 40px;
  margin-top: -20px;
  border-radius: 2px;
  background: var(--kl-border);
}
.kl-resize:hover::after,
.kl-resize:focus-visible::after {
  background: var(--kl-focus);
}
/* A focused timeline entry shows its whole sentence in place of its shortened label: keyboard users get no
   tooltip. The label stays in the accessibility tree (the button's name); the sentence is its description. */
.kl-timeline-entry:focus-visible .kl-entry-sentence + .kl-entry-title,
.kl-visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
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
.kl-section-heading {
  margin: 12px 0 4px;
  font-size: 13px;
  font-weight: 700;
  letter-spacing: 0.03em;
  text-transform: uppercase;
  color: var(--kl-muted);
}
.kl-section-toggle {
  display: flex;
  align-items: center;
  gap: 8px;
  width: 100%;
  min-height: 32px;
  padding: 4px 6px;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: inherit;
  font: inherit;
  letter-spacing: inherit;
  text-transform: inherit;
  text-align: left;
  cursor: pointer;
}
.kl-section-toggle:hover {
  background: var(--kl-hover);
}
.kl-chevron {
  flex: none;
  width: 8px;
  height: 8px;
  border-right: 2px solid currentColor;
  border-bottom: 2px solid currentColor;
  transform: rotate(45deg) translate(-2px, -2px);
}
.kl-section-toggle[aria-expanded='false'] .kl-chevron {
  transform: rotate(-45deg);
}
.kl-section-title {
  flex: 1 1 auto;
}
.kl-count {
  flex: none;
  min-width: 22px;
  padding: 0 6px;
  border-radius: 10px;
  background: var(--kl-badge-bg);
  color: var(--kl-badge-fg);
  font-size: 12px;
  text-align: center;
  letter-spacing: 0;
}
.kl-section-body {
  padding: 0 0 4px;
}
.kl-section-body[hidden] {
  display: none;
}
.kl-group h4 {
  margin: 10px 0 2px 8px;
  font-size: 13px;
  font-weight: 600;
  color: var(--kl-muted);
}
.kl-dossier-title {
  display: block;
  font-weight: 400;
  overflow-wrap: anywhere;
}
.kl-letter-date {
  margin: 8px 0;
  padding: 4px 8px;
  border-top: 2px solid var(--kl-accent);
  color: var(--kl-accent);
  font-size: 13px;
  font-weight: 700;
}
.kl-exports {
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  margin: 4px 0 8px;
}
.kl-button {
  min-height: 32px;
  padding: 4px 10px;
  border: 1px solid var(--kl-border);
  border-radius: 6px;
  background: transparent;
  color: var(--kl-link);
  font: inherit;
  font-size: 13px;
  cursor: pointer;
}
.kl-button:hover {
  background: var(--kl-hover);
}
.kl-list {
  list-style: none;
  margin: 0;
  padding: 0;
}
.kl-entry {
  display: flex;
  flex-direction: column;
  align-items: stretch;
  gap: 1px;
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
.kl-entry:hover {
  background: var(--kl-hover);
}
.kl-entry-head {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 4px 8px;
}
.kl-date {
  font-size: 13px;
  font-weight: 600;
  color: var(--kl-accent);
}
.kl-timeline-entry[data-kind='commitment'],
.kl-timeline-entry[data-kind='deadline'] {
  border-left: 3px solid var(--kl-commit-fg);
  border-radius: 0 6px 6px 0;
}
.kl-kind-commitment {
  background: var(--kl-commit-bg);
  color: var(--kl-commit-fg);
}
.kl-meta,
.kl-cite-status,
.kl-cite-meta {
  font-size: 13px;
  color: var(--kl-muted);
}
.kl-cite-title {
  font-size: 14px;
  overflow-wrap: anywhere;
}
.kl-abbr {
  font-weight: 700;
}
.kl-unknown {
  color: var(--kl-muted);
  font-style: italic;
}
.kl-citation {
  display: flex;
  align-items: flex-start;
  gap: 4px;
}
.kl-citation > .kl-entry {
  flex: 1 1 auto;
  min-width: 0;
}
.kl-mentions {
  display: flex;
  flex-wrap: wrap;
  gap: 2px;
  flex: none;
  max-width: 40%;
  padding-top: 4px;
}
.kl-mention {
  min-width: 28px;
  min-height: 28px;
  padding: 0 4px;
  border: 1px solid var(--kl-border);
  border-radius: 6px;
  background: transparent;
  color: var(--kl-link);
  font: inherit;
  font-size: 12px;
  cursor: pointer;
}
.kl-mention:hover {
  background: var(--kl-hover);
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
.kl-show-all {
  margin: 6px 0 2px;
  font: inherit;
  color: var(--kl-link);
  background: none;
  border: 1px solid currentColor;
  border-radius: 4px;
  padding: 2px 8px;
  cursor: pointer;
}
.kl-empty {
  margin: 8px 0;
  color: var(--kl-muted);
}
.kl-outline-entry {
  flex-direction: row;
  align-items: baseline;
  gap: 6px;
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
.kl-entry-title,
.kl-entry-sentence {
  min-width: 0;
  overflow-wrap: anywhere;
}
.kl-entry-sentence {
  display: none;
}
.kl-timeline-entry:focus-visible .kl-entry-sentence {
  display: block;
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
  .kl-kind,
  .kl-count {
    border: 1px solid CanvasText;
  }
  .kl-resize::after {
    background: CanvasText;
  }
}
`;
