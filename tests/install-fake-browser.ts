/**
 * WXT's fake browser, installed as the global `browser` and `chrome` on import. `wxt/browser`
 * (and the storage and messaging modules with it) picks its `browser` when first imported, so a
 * test file loads this first, inside `vi.hoisted`, before any import of the code under test:
 *
 *   const { fakeBrowser } = await vi.hoisted(() => import('../install-fake-browser'));
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

const g = globalThis as { browser?: unknown; chrome?: unknown };
g.browser = fakeBrowser;
g.chrome = fakeBrowser;

export { fakeBrowser };
