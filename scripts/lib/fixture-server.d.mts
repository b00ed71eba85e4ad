import type { IncomingMessage, ServerResponse } from 'node:http';

export const PAGES_DIR: string;
export const ROUTES: Readonly<Record<string, string>>;
export const PAGES: {
  obkPaper: string;
  obkPaperBelowSeries: string;
  tkPaper: string;
  tkAnswers: string;
  tkNews: string;
  stcrt: string;
  handelingen: string;
};
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
export function startFixtureServer(options?: {
  port?: number;
  extraRoutes?: Record<string, RouteHandler>;
}): Promise<{ port: number; close(): Promise<void> }>;
