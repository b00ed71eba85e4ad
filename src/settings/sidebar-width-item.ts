import { defineStorageItem } from './storage-item';

/**
 * The sidebar's width as the reader last dragged it (`sidebarWidth` in `storage.local`), shared by
 * all sites and tabs. Clamped on read, so a value from a wider screen still fits this one.
 */

export const SIDEBAR_MIN_WIDTH = 320;
export const SIDEBAR_DEFAULT_WIDTH = 380;
export const SIDEBAR_MAX_WIDTH = 720;

/** A stored width made valid: a whole number of px between the minimum and maximum, else the default. */
export function normalizeSidebarWidth(raw: unknown): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return SIDEBAR_DEFAULT_WIDTH;
  return Math.round(Math.min(SIDEBAR_MAX_WIDTH, Math.max(SIDEBAR_MIN_WIDTH, raw)));
}

const sidebarWidth = defineStorageItem<number>('sidebarWidth', {
  fallback: SIDEBAR_DEFAULT_WIDTH,
  version: 1,
});

export async function loadSidebarWidth(): Promise<number> {
  return normalizeSidebarWidth(await sidebarWidth.getValue());
}

export async function saveSidebarWidth(width: number): Promise<void> {
  await sidebarWidth.setValue(normalizeSidebarWidth(width));
}
