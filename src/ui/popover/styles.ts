import { DARK_PALETTE, LIGHT_PALETTE } from '../theme';
/**
 * The popover's styles, inside its shadow root only. Sizes in px: `rem` would follow the page's
 * root font size. Light and dark follow the reader's colour scheme; nothing prints.
 */
export const POPOVER_CSS = `
:host {
  all: initial;
}
@media print {
  :host {
    display: none !important;
  }
}
.kl-layer {
  position: fixed;
  top: 0;
  left: 0;
  z-index: 2147483647;
  visibility: hidden;
}
.kl-layer[data-open='true'] {
  visibility: visible;
}
.kl-frame {
  position: fixed;
  z-index: 2147483647;
  outline: 2px solid CanvasText;
  outline-offset: 1px;
  pointer-events: none;
}
@media (forced-colors: none) {
  .kl-frame {
    display: none;
  }
}
/* Forced colours: the marks' underlines (reader/forced-underlines.ts), below the sidebar and popover. */
.kl-u {
  position: fixed;
  z-index: 2147483645;
  border-bottom: 2px solid LinkText;
  pointer-events: none;
}
.kl-u.acronym {
  border-bottom-style: dotted;
}
.kl-u.date {
  border-bottom-style: dashed;
}
.kl-pop {${LIGHT_PALETTE}
  --kl-tag-bg: #e3e8ef;
  --kl-tag-fg: #1f3550;
  color-scheme: light;
  box-sizing: border-box;
  width: max-content;
  min-width: 220px;
  max-width: min(360px, calc(100vw - 16px));
  overflow: auto;
  padding: 10px 12px 10px 14px;
  background: var(--kl-bg);
  color: var(--kl-fg);
  border: 1px solid var(--kl-border);
  border-top: 3px solid var(--kl-accent);
  border-radius: 6px;
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.22);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 14px;
  line-height: 1.4;
  text-align: left;
}
@media (prefers-color-scheme: dark) {
  .kl-pop {${DARK_PALETTE}
    --kl-tag-bg: #2f3a4a;
    --kl-tag-fg: #d6e4f7;
    color-scheme: dark;
    box-shadow: 0 4px 18px rgba(0, 0, 0, 0.6);
  }
}
.kl-pop *,
.kl-pop *::before,
.kl-pop *::after {
  box-sizing: border-box;
}
/*
 * More below than a capped panel shows (a short window, mount.tsx's data-more): its last lines fade out
 * at its foot, a strip that stays at the bottom edge while the reader scrolls and goes at the end. Its
 * negative top margin keeps the content's height as it is; its bottom inset reaches over the padding.
 */
.kl-pop[data-more]::after {
  content: '';
  position: sticky;
  bottom: -10px;
  display: block;
  height: 32px;
  margin: -32px -12px 0 -14px;
  background: linear-gradient(transparent, var(--kl-bg) 80%);
  pointer-events: none;
}
/* Forced colours paint no gradient: a dashed line along the foot instead, inside the strip's height. */
@media (forced-colors: active) {
  .kl-pop[data-more]::after {
    height: 29px;
    background: none;
    border-bottom: 3px dashed CanvasText;
  }
}
.kl-pop:focus {
  outline: none;
}
.kl-pop:focus-visible {
  outline: 2px solid var(--kl-focus);
  outline-offset: 2px;
}
.kl-pop p,
.kl-pop ol,
.kl-pop dl {
  margin: 0;
}
.kl-pop-head {
  position: relative;
  padding-right: 28px;
}
.kl-pop-kicker {
  color: var(--kl-muted);
  font-size: 12px;
}
.kl-pop-title {
  margin: 0;
  font-size: 16px;
  font-weight: 700;
  overflow-wrap: anywhere;
}
.kl-pop-close {
  position: absolute;
  top: -4px;
  right: -6px;
  width: 28px;
  height: 28px;
  border: 0;
  border-radius: 4px;
  background: transparent;
  color: var(--kl-muted);
  font: inherit;
  font-size: 20px;
  line-height: 1;
  cursor: pointer;
}
.kl-pop-close:hover {
  background: var(--kl-hover);
  color: var(--kl-fg);
}
.kl-pop button:focus-visible,
.kl-pop a:focus-visible {
  outline: 2px solid var(--kl-focus);
  outline-offset: 1px;
}
.kl-pop-body {
  display: flex;
  flex-direction: column;
  gap: 6px;
  margin-top: 6px;
}
.kl-pop-expansion {
  font-size: 15px;
  font-weight: 600;
}
.kl-pop-muted {
  color: var(--kl-muted);
}
.kl-pop-note,
.kl-pop-source,
.kl-pop-meta {
  color: var(--kl-muted);
  font-size: 13px;
}
/* The tag after the source, on its line or, when it does not fit, under it at the same left edge. */
.kl-pop-source {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 2px 6px;
}
.kl-pop-tag {
  padding: 0 6px;
  border-radius: 8px;
  background: var(--kl-tag-bg);
  color: var(--kl-tag-fg);
  font-size: 12px;
}
.kl-pop-subhead {
  font-size: 13px;
  font-weight: 600;
}
.kl-pop-alternatives ol {
  padding-left: 20px;
  font-size: 13px;
}
.kl-pop-footer {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 6px;
  padding-top: 6px;
  border-top: 1px solid var(--kl-border);
  font-size: 13px;
}
.kl-pop-count {
  color: var(--kl-muted);
}
.kl-pop-steps {
  display: inline-flex;
  gap: 4px;
}
.kl-pop-step,
.kl-pop-link-button {
  padding: 2px 8px;
  border: 1px solid var(--kl-border);
  border-radius: 4px;
  background: transparent;
  color: var(--kl-link);
  font: inherit;
  font-size: 13px;
  cursor: pointer;
  align-self: flex-start;
}
.kl-pop-step:hover,
.kl-pop-link-button:hover {
  background: var(--kl-hover);
}
.kl-pop-paper + .kl-pop-paper {
  margin-top: 6px;
  padding-top: 8px;
  border-top: 1px solid var(--kl-border);
}
.kl-pop-paper {
  display: flex;
  flex-direction: column;
  gap: 4px;
}
.kl-pop-facts {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 2px 10px;
  font-size: 13px;
}
.kl-pop-facts dt {
  color: var(--kl-muted);
}
.kl-pop-facts dd {
  margin: 0;
  overflow-wrap: anywhere;
}
.kl-pop-paper-title {
  font-weight: 600;
}
.kl-pop-actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 12px;
  margin-top: 4px;
  font-size: 13px;
}
.kl-pop-actions a {
  color: var(--kl-link);
}
.kl-pop-copy-status {
  color: var(--kl-muted);
}
.kl-sr {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}
`;
