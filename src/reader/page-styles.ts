/**
 * Asks the background for the sidebar's and popovers' stylesheets (`src/ui/page-styles.ts` says why the
 * content script carries none). Asked once per page as the reader starts, beside the interface strings;
 * a failed ask (a restarting service worker) is forgotten, so the next start asks again.
 */
import { registerPageStyles } from '../ui/page-styles';
import { sendToBackground } from '../messaging/runtime';
import { createAskOnce } from './ask-once';

/** Asks the background for the stylesheets (replaceable in tests). */
export type AskStyles = () => Promise<unknown>;

/** The background's stylesheets. */
export const askStyles: AskStyles = () => sendToBackground({ type: 'page-styles' });

const asked = createAskOnce<'styles'>();

/** Resolves once the stylesheets are registered, or the ask failed; never rejects. */
export function loadPageStyles(ask: AskStyles = askStyles): Promise<void> {
  return asked.load('styles', ask, (answer) => {
    const { sidebar, popover } = (answer ?? {}) as Record<string, unknown>;
    if (typeof sidebar !== 'string' || typeof popover !== 'string') return false;
    registerPageStyles({ sidebar, popover });
    return true;
  });
}

/** Forgets what was asked (tests: each starts as a content script does). */
export const forgetPageStyles = (): void => asked.forget();
