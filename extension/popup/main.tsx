import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserLocale, resolveLanguage } from '../../src/i18n';
import { getSetting } from '../../src/settings/settings';
import { Popup } from '../../src/ui/popup/Popup';

/** The options page exists only once the build has one; until then the popup shows no link. */
function optionsOpener(): (() => void) | undefined {
  const manifest = browser.runtime.getManifest() as { options_ui?: unknown; options_page?: unknown };
  if (!manifest.options_ui && !manifest.options_page) return undefined;
  return () => {
    void browser.runtime.openOptionsPage().then(
      () => window.close(),
      () => undefined,
    );
  };
}

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const setting = await getSetting('language').catch(() => 'auto' as const);
  const language = resolveLanguage(setting, browserLocale());
  document.documentElement.lang = language;
  render(<Popup language={language} onOpenOptions={optionsOpener()} />, root);
}

void main();
