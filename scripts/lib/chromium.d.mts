import type { BrowserContext } from 'playwright-core';

export const FIXTURE_HOSTS: readonly string[];
export const INSTALL_HINT: string;
export const EXTENSION_DIR: string;
export function findChromium(): string | null;
export function launchWithExtension(options: {
  port: number;
  headless?: boolean;
  executablePath?: string;
  colorScheme?: 'light' | 'dark';
  locale?: string;
}): Promise<BrowserContext>;
