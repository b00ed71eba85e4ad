import { useEffect, useRef, useState } from 'preact/hooks';
import type { CitationFinding } from '../../core/types';
import type { Language, Translator } from '../../i18n';
import { formatIsoDate } from '../../i18n/format';
import { printedDossier } from '../../core/text/dossier-lines';
import { LOOKUP_STATE_KEYS } from '../lookup-state';
import { unbrokenNumbers } from '../unbroken-numbers';
import { groupCitations, type CitedPaper } from './citation-groups';
import { oneLine } from './Facts';
import { Section, type SectionShared } from './Section';
import type { TitleState } from './types';
import { LimitedList, LIST_LIMIT, ShowAllButton, useListLimit } from './list-limit';

export interface CitationsSectionProps extends SectionShared {
  citations: readonly CitationFinding[];
  lang: Language;
  onNavigate(start: number): void;
  /** Follows a cited paper's title lookup (see `SidebarProps.watchTitle`); absent: no titles are shown. */
  watchTitle?: (citation: CitationFinding, show: (state: TitleState) => void) => () => void;
}

/**
 * Answers arriving within this many ms are shown in one render: a long paper cites dozens of
 * papers, and a render of the whole section per answer would keep the page busy for a while.
 */
const TITLE_BATCH_MS = 30;

/**
 * Titles of the cited papers, followed per paper: what is known when the section is shown, then each
 * answer (asked for here or by a popover) until unmount.
 */
function useTitles(
  papers: readonly CitedPaper[],
  watchTitle: CitationsSectionProps['watchTitle'],
): Map<string, TitleState> {
  const [titles, setTitles] = useState<Map<string, TitleState>>(() => new Map());
  const keys = papers.map((p) => p.key).join('\n');
  useEffect(() => {
    if (!watchTitle) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // What is known now goes into the first render; later answers come in batches.
    let known: Map<string, TitleState> | null = new Map();
    const arrived: [string, TitleState][] = [];
    const arrive = (key: string, state: TitleState) => {
      if (known) known.set(key, state);
      // The first answer of a batch sets the timer; the others join it.
      else if (arrived.push([key, state]) === 1) {
        timer = setTimeout(() => {
          const batch = arrived.splice(0);
          setTitles((prev) => new Map([...prev, ...batch]));
        }, TITLE_BATCH_MS);
      }
    };
    const stops = papers.map((paper) => watchTitle(paper.first, (state) => arrive(paper.key, state)));
    setTitles(known);
    known = null;
    return () => {
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
    // `papers` is new on every render; `keys` says when it really changed.
  }, [keys, watchTitle]);
  return titles;
}

function TitleLine({ state, lang, t }: { state: TitleState | undefined; lang: Language; t: Translator }) {
  if (!state) return null;
  if (state.state === 'found')
    return (
      <span class="kl-cite-title" lang="nl">
        {oneLine(state.title)}
        {state.date ? (
          <span class="kl-cite-meta" lang={lang}>
            {' · '}
            <time dateTime={state.date}>{formatIsoDate(state.date, lang)}</time>
          </span>
        ) : null}
      </span>
    );
  return <span class="kl-cite-status">{t(LOOKUP_STATE_KEYS[state.state])}</span>;
}

/** Further mentions a paper shows before its "all mentions" button. */
export const MENTION_LIMIT = 8;

/**
 * Buttons to a paper's further mentions (2, 3, …): the first eight, and a button for the rest.
 * A megabyte paper cites some papers hundreds of times; a row of hundreds of buttons is neither
 * readable nor cheap to lay out. After "all", focus goes to the first button that was hidden.
 */
function MentionButtons({
  paper,
  t,
  onNavigate,
}: {
  paper: CitedPaper;
  t: Translator;
  onNavigate(start: number): void;
}) {
  const listRef = useRef<HTMLSpanElement>(null);
  const total = paper.mentions.length;
  const further = paper.mentions.slice(1);
  const { limit, showAll } = useListLimit(further.length, listRef, { max: MENTION_LIMIT });
  return (
    <span class="kl-mentions" ref={listRef}>
      {further.slice(0, limit).map((m, i) => (
        <button
          key={m.start}
          type="button"
          class="kl-mention"
          aria-label={t('citationMention', { n: i + 2, total })}
          title={t('citationMention', { n: i + 2, total })}
          onClick={() => onNavigate(m.start)}
        >
          {i + 2}
        </button>
      ))}
      {showAll ? (
        <button
          type="button"
          class="kl-mention kl-mention-more"
          aria-label={t('citationMoreMentions', { total })}
          title={t('citationMoreMentions', { total })}
          onClick={showAll}
        >
          {`+${further.length - limit}`}
        </button>
      ) : null}
    </span>
  );
}

/** The papers the letter cites, grouped by dossier, with their titles from the lookups. */
export function CitationsSection(p: CitationsSectionProps) {
  const { t, lang } = p;
  const groups = groupCitations(p.citations);
  const allPapers = groups.flatMap((g) => g.papers);
  const titles = useTitles(allPapers, p.watchTitle);
  const titleOf = (paper: CitedPaper): string => {
    const s = titles.get(paper.key);
    return s?.state === 'found' ? s.title : '';
  };
  const dossierTitleOf = (papers: readonly CitedPaper[]): string | null => {
    for (const paper of papers) {
      const s = titles.get(paper.key);
      if (s?.state === 'found' && s.dossierTitle) return s.dossierTitle;
    }
    return null;
  };
  const shown = groups
    .map((g) => {
      const dossierTitle = dossierTitleOf(g.papers);
      const groupText = g.dossier ? `${g.dossier} ${printedDossier(g.dossier)} ${dossierTitle ?? ''}` : '';
      return {
        ...g,
        dossierTitle,
        papers: g.papers.filter(
          (paper) =>
            !p.filtering || p.matches(...paper.mentions.map((m) => m.text), titleOf(paper), groupText),
        ),
      };
    })
    .filter((g) => g.papers.length > 0);
  const count = shown.reduce((n, g) => n + g.papers.length, 0);
  // A megabyte paper cites hundreds of papers: the first groups, and a button for the rest.
  const listRef = useRef<HTMLDivElement>(null);
  // In the staged first render a group counts for its papers (`useListLimit`).
  const { limit, showAll } = useListLimit(shown.length, listRef, {
    staged: true,
    weight: (i) => Math.min(shown[i]?.papers.length ?? 1, LIST_LIMIT),
  });
  return (
    <Section
      id="citations"
      title={t('citationsHeading')}
      count={count}
      collapsed={p.collapsed}
      onToggle={p.onToggle}
      t={t}
    >
      {count === 0 ? (
        <p class="kl-empty">{p.filtering && p.citations.length ? t('filterNoMatch') : t('citationsEmpty')}</p>
      ) : null}
      <div class="kl-groups" ref={listRef}>
        {shown.slice(0, limit).map((g) => (
          <div class="kl-group" key={g.key} data-dossier={g.dossier ?? ''}>
            <h4>
              {g.dossier
                ? unbrokenNumbers(t('citationsDossier', { dossier: printedDossier(g.dossier) }))
                : t('citationsOther')}
              {g.dossierTitle ? (
                <span class="kl-dossier-title" lang="nl">
                  {oneLine(g.dossierTitle)}
                </span>
              ) : null}
            </h4>
            {/* A dossier a long paper cites a hundred times shows thirty of its papers, and a button for the rest. */}
            <LimitedList items={g.papers} class="kl-list kl-citations" staged={false} t={t}>
              {(paper) => {
                const total = paper.mentions.length;
                return (
                  <li key={paper.key} class="kl-citation">
                    <button
                      type="button"
                      class="kl-entry kl-citation-entry"
                      data-entry=""
                      onClick={() => p.onNavigate(paper.first.start)}
                    >
                      <span class="kl-entry-title" lang="nl">
                        {unbrokenNumbers(oneLine(paper.first.text))}
                      </span>
                      <TitleLine state={titles.get(paper.key)} lang={lang} t={t} />
                    </button>
                    {total > 1 ? <MentionButtons paper={paper} t={t} onNavigate={p.onNavigate} /> : null}
                  </li>
                );
              }}
            </LimitedList>
          </div>
        ))}
      </div>
      {showAll ? <ShowAllButton total={shown.length} onClick={showAll} t={t} /> : null}
    </Section>
  );
}
