/**
 * The toolbar popup's strings (where Kamerlens works) and the toolbar button's title, in Dutch and
 * English. Not part of `messages.ts` (the content script never shows them): the popup's component
 * registers `POPUP_MESSAGES` with `registerMessages` (`src/ui/popup/Popup.tsx`), and so does the
 * background, which sets the title (`src/messaging/background.ts`).
 */
export const popupNl = {
  popupIntro:
    'Kamerlens maakt Kamerstukken leesbaarder: afkortingen, verwijzingen, data en een inhoudsopgave.',
  popupWhereHeading: 'Waar werkt Kamerlens?',
  popupWhereOb: 'Kamerstukken op zoek.officielebekendmakingen.nl',
  popupWhereTk: 'Kamerstukken op tweedekamer.nl',
  popupHowTo:
    'Open een Kamerstuk op een van deze sites; klik daar op de knop van Kamerlens om de zijbalk te tonen of te verbergen.',
  popupOptions: 'Instellingen',
  // The toolbar button's title while a click for the sidebar waits for the paper's text (set by the background,
  // `src/messaging/background.ts`, with a `…` badge); a second click cancels the wait.
  toolbarWaiting:
    'Kamerlens leest het stuk en opent de zijbalk zodra het gelezen is. Klik nogmaals om te annuleren.',
} as const;

export type PopupMessageKey = keyof typeof popupNl;

export const popupEn: Record<PopupMessageKey, string> = {
  popupIntro:
    'Kamerlens makes Dutch parliamentary papers easier to read: acronyms, citations, dates and a table of contents.',
  popupWhereHeading: 'Where does Kamerlens work?',
  popupWhereOb: 'Parliamentary papers ({nl:Kamerstukken}) on zoek.officielebekendmakingen.nl',
  popupWhereTk: 'Parliamentary papers ({nl:Kamerstukken}) on tweedekamer.nl',
  popupHowTo:
    'Open a parliamentary paper on one of these sites, then click the Kamerlens button there to show or hide the sidebar.',
  popupOptions: 'Settings',
  toolbarWaiting:
    'Kamerlens is reading the paper and opens the sidebar when it is done. Click again to cancel.',
};

/** Both languages of the popup's table, as `registerMessages` takes them. */
export const POPUP_MESSAGES = { nl: popupNl, en: popupEn } as const;
