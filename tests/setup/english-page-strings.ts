// The content script carries only the pages' Dutch strings and asks the background for the English
// ones (src/reader/interface-strings.ts, tested in tests/reader/interface-strings.test.ts). Unit
// tests render the sidebar and popovers in English directly, so they have the English table here,
// as a reader's tab has it once asked.
import { registerMessages } from '../../src/i18n';
import { en } from '../../src/i18n/messages';

registerMessages({ nl: {}, en });
