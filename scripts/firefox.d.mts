import type { Browser } from 'puppeteer-core';

export const FIREFOX_INSTALL_HINT: string;
export function findFirefox(): string | null;
export function firefoxExtensionDir(): string;
export function startFixtureProxy(fixturePort: number): Promise<{ port: number; close(): Promise<void> }>;
export function launchFirefoxWithExtension(options: {
  proxyPort: number;
  extensionDir?: string;
  executablePath?: string;
  headless?: boolean;
  /** More preferences for the profile (a test's forced colours). */
  prefs?: Record<string, unknown>;
}): Promise<{ browser: Browser; extensionId: string }>;
