/** Chrome's page-text capture in a traced page load (see chrome-capture.mjs). */
export interface Interval {
  start: number;
  duration: number;
}
export const CAPTURE_EVENT: string;
export interface Task extends Interval {
  /** Time the thread ran (trace `tdur`), null when the trace has none. */
  threadMs: number | null;
}
export const TASK_EVENT: string;
export const PAGE_ALONE_MARK: string;
export function traceChromeCapture(
  page: unknown,
  options?: { tasks?: boolean; anchor?: string },
): Promise<() => Promise<{ captures: Interval[]; tasks: Task[] }>>;
export function mainThreadTasks(events: unknown[], anchor?: string): Task[];
export function mainThreadMsUntil(tasks: Task[], until: number): number;
export function longestOwnTasks(
  tasks: Task[],
  captures: Interval[],
  from: number,
  to: number,
): { longestWall: Task | null; longestThread: Task | null };
export function captureIntervals(events: unknown[], anchor?: string): Interval[];
export function overlapMs(intervals: Interval[], from: number, to: number): number;
/** A long task of a load: where it began (ms after the window's start), how long, and whether Chrome's capture ran in it. */
export interface PlacedLongTask {
  atMs: number;
  durationMs: number;
  withCapture: boolean;
}
export function placeLongTasks(
  longTasks: Interval[],
  captures: Interval[],
  from: number,
  to: number,
  limit: number,
): PlacedLongTask[];
