import type { PaperRef, TitleLookupAnswer } from '../messaging/protocol';
import type { CitationDetails } from '../ui/popover/types';
import { detailsFromAnswer, paperKey } from './popover-data';

/**
 * The title lookups of one page, shared by the sidebar and the popovers: one answer per cited paper,
 * so both always say the same of it (being retrieved, its title, not found, could not be retrieved,
 * lookups off), and an answer either of them asked for reaches both.
 */
export interface TitleLookups {
  /** What is known of the paper now: its last answer (a failure too, while it is asked again), else loading. */
  details(ref: PaperRef): CitationDetails;
  /**
   * Calls `show` with each later answer for the paper (and when lookups are switched), until the
   * returned function is called. Asks the background unless the paper's answer is known or asked for
   * already; a failure is asked again (the service may be back).
   */
  watch(ref: PaperRef, show: (details: CitationDetails) => void): () => void;
  /** Follows the lookups setting: switched, every answer is forgotten and what is watched shown anew. */
  setEnabled(enabled: boolean): void;
}

export function createTitleLookups(
  ask: (ref: PaperRef) => Promise<TitleLookupAnswer>,
  enabled: boolean,
): TitleLookups {
  const answers = new Map<string, CitationDetails>();
  const asked = new Set<string>();
  const watched = new Map<string, { ref: PaperRef; shows: Set<(details: CitationDetails) => void> }>();
  // Answers to requests made before the setting was switched are dropped.
  let generation = 0;

  const details = (ref: PaperRef): CitationDetails =>
    enabled ? (answers.get(paperKey(ref)) ?? { state: 'loading' }) : { state: 'disabled' };

  const request = (ref: PaperRef, key: string) => {
    if (!enabled || asked.has(key) || (answers.get(key)?.state ?? 'unavailable') !== 'unavailable') return;
    asked.add(key);
    const at = generation;
    void ask(ref)
      .then(detailsFromAnswer, (): CitationDetails => ({ state: 'unavailable' }))
      .then((answer) => {
        if (at !== generation) return;
        asked.delete(key);
        answers.set(key, answer);
        for (const show of [...(watched.get(key)?.shows ?? [])]) show(answer);
      });
  };

  return {
    details,
    watch(ref, show) {
      const key = paperKey(ref);
      let w = watched.get(key);
      if (!w) watched.set(key, (w = { ref, shows: new Set() }));
      const { shows } = w;
      shows.add(show);
      request(ref, key);
      return () => {
        shows.delete(show);
        if (!shows.size && watched.get(key)?.shows === shows) watched.delete(key);
      };
    },
    setEnabled(next) {
      if (next === enabled) return;
      enabled = next;
      generation++;
      answers.clear();
      asked.clear();
      for (const [key, { ref, shows }] of watched) {
        const now = details(ref);
        for (const show of [...shows]) show(now);
        request(ref, key);
      }
    },
  };
}
