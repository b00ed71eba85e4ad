import { render } from 'preact';
import { browserLocale, registerMessages, resolveLanguage, translate } from '../../src/i18n';
import { PAGE_MESSAGES } from '../../src/i18n/messages';
import { OPTIONS_MESSAGES } from '../../src/i18n/messages-options';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../../src/settings/settings';
import { loadUserGlossary, saveUserGlossary, watchUserGlossary } from '../../src/settings/user-glossary-item';
import type { UserGlossaryEntry } from '../../src/ui/options/glossary-edit';
import { OptionsPage, type OptionsValues } from '../../src/ui/options/OptionsPage';

// Wiring only: load the stored settings and glossary, render, store every change, and re-render
// when storage changes (another options tab, or a tab remembering its sidebar state). A change is
// shown at once; when storing it fails, the page is drawn again from what storage holds, so it
// never shows what was not kept, and only then is the failure passed on: the page's alert names
// the setting and says what is stored (it reads that from the page drawn again).
async function main(): Promise<void> {
  // No context has a table built in (`src/i18n/index.ts`): this page's strings, and the pages' it shares.
  registerMessages(PAGE_MESSAGES);
  registerMessages(OPTIONS_MESSAGES);
  const root = document.getElementById('app');
  if (!root) return;
  let settings: Settings = await loadSettings();
  let glossary: UserGlossaryEntry[] = await loadUserGlossary().catch(() => []);

  const draw = () => {
    const language = resolveLanguage(settings.language, browserLocale());
    document.documentElement.lang = language;
    document.title = translate(language, 'optionsTitle');
    const values: OptionsValues = {
      categories: settings.categories,
      titleLookups: settings.titleLookups,
      language: settings.language,
    };
    render(
      <OptionsPage
        language={language}
        values={values}
        onChange={async (patch) => {
          // Shown at once; storage confirms through the watcher.
          const before = settings;
          settings = { ...settings, ...patch };
          draw();
          try {
            await saveSettings(patch);
          } catch (error) {
            settings = await loadSettings().catch(() => before);
            draw();
            throw error;
          }
        }}
        glossary={glossary}
        onGlossaryChange={async (entries) => {
          const before = glossary;
          glossary = entries;
          draw();
          try {
            await saveUserGlossary(entries);
          } catch (error) {
            glossary = await loadUserGlossary().catch(() => before);
            draw();
            throw error;
          }
        }}
      />,
      root,
    );
  };

  // Storage confirming what the page already shows is no change: drawing 5000 rows again for it
  // doubled the time every toggle or delete took.
  watchSettings((next) => {
    if (JSON.stringify(next) === JSON.stringify(settings)) return;
    settings = next;
    draw();
  });
  watchUserGlossary((entries) => {
    if (JSON.stringify(entries) === JSON.stringify(glossary)) return;
    glossary = entries;
    draw();
  });
  draw();
}

void main();
