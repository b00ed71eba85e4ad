import type { MessageKey } from '../i18n';

/** Where a cited paper's title lookup stands while it has no title to show. */
export type LookupState = 'loading' | 'not-found' | 'unavailable' | 'disabled';

/**
 * What the sidebar and the popover say of it: one sentence per state for both, so a paper whose
 * title the sidebar says could not be retrieved is not "being looked up" in its popover.
 * `unavailable` is every failure (offline, a timeout, a service that errs); `disabled` is the
 * reader's own setting.
 */
export const LOOKUP_STATE_KEYS: Record<LookupState, MessageKey> = {
  loading: 'titleLoading',
  'not-found': 'titleNotFound',
  unavailable: 'titleUnavailable',
  disabled: 'titleLookupsOff',
};
