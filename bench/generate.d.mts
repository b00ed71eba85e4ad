/** Generated long papers for the benchmarks (see generate.mjs). */
export const ACRONYM_SOURCE: string;
export const COMBINED_SOURCE: string;
export function bodyParagraphs(bytes: number): string[];
export function letterText(bytes: number): string;
export function paperPage(bytes: number): { html: string; paragraphs: number };
