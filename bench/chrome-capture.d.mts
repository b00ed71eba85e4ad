/** Chrome's page-text capture in a traced page load (see chrome-capture.mjs). */
export interface Interval {
  start: number;
  duration: number;
}
export const CAPTURE_EVENT: string;
export function traceChromeCapture(page: unknown): Promise<() => Promise<Interval[]>>;
export function captureIntervals(events: unknown[]): Interval[];
export function overlapMs(intervals: Interval[], from: number, to: number): number;
