/** Checks of single values in messages from a content script, shared by the message checks. */

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The longest page address a page context or an export request may carry. */
export const MAX_URL_CHARS = 8_192;

export function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
