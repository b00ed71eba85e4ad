// The content script carries no strings: it asks the background for the pages' tables as it starts
// (src/reader/interface-strings.ts, tested in tests/reader/interface-strings.test.ts). Unit tests
// render the sidebar and popovers directly, so they have both tables here, as a reader's tab has
// them once asked.
import { registerMessages } from '../../src/i18n';
import { PAGE_MESSAGES } from '../../src/i18n/messages';
import { registerPageStyles } from '../../src/ui/page-styles';
import { POPOVER_CSS } from '../../src/ui/popover/styles';
import { SIDEBAR_CSS } from '../../src/ui/sidebar/styles';

registerMessages(PAGE_MESSAGES);
// The same for the stylesheets (src/reader/page-styles.ts, tested in tests/reader/page-styles.test.ts).
registerPageStyles({ sidebar: SIDEBAR_CSS, popover: POPOVER_CSS });
