/**
 * The key under which the timeline groups entries of the same dates: `iso`, or `iso|endIso` for a
 * range. Two entries get the same key exactly when `${iso}|${endIso ?? ''}` is the same (an ISO date holds
 * no `|`, so a key with one is a range and one without is a single date), without building a new string
 * for each of the many single dates.
 */
export function dateKey(e: { readonly iso: string; readonly endIso: string | null | undefined }): string {
  return e.endIso === null || e.endIso === undefined || e.endIso === '' ? e.iso : `${e.iso}|${e.endIso}`;
}
