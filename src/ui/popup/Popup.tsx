import { registerMessages, translator, type Language } from '../../i18n';
import { PAGE_MESSAGES } from '../../i18n/messages';
import { POPUP_MESSAGES } from '../../i18n/messages-popup';
import { markedWords } from '../marked-words';

// No context has a table built in (`src/i18n/index.ts`): the popup is the only context that imports
// this component, so it registers its own strings here, and the pages' (its title, `appName`).
registerMessages(PAGE_MESSAGES);
registerMessages(POPUP_MESSAGES);

export interface PopupProps {
  language: Language;
  /** Open the options page; absent when this build has none, and then no link is shown. */
  onOpenOptions?: () => void;
}

/** Where Kamerlens works, shown by the toolbar button on pages that are not papers. */
export function Popup({ language, onOpenOptions }: PopupProps) {
  const t = translator(language);
  return (
    <main class="kl-popup" lang={language}>
      <h1>{t('appName')}</h1>
      <p>{t('popupIntro')}</p>
      <h2>{t('popupWhereHeading')}</h2>
      <ul>
        <li>{markedWords(t('popupWhereOb'))}</li>
        <li>{markedWords(t('popupWhereTk'))}</li>
      </ul>
      <p>{t('popupHowTo')}</p>
      {onOpenOptions ? (
        <p>
          <button type="button" class="kl-link" onClick={() => onOpenOptions()}>
            {t('popupOptions')}
          </button>
        </p>
      ) : null}
    </main>
  );
}
