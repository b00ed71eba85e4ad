import type { Plugin } from 'vite';
export function highlightRulesOnRoot(css: string): string;
export function pageHighlightRulesFor(browser: string): Plugin;
