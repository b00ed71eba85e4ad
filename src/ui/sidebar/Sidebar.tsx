import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnalysisResult, CitationFinding, Span, TimelineEntry } from '../../core/types';
import { translator, type Language } from '../../i18n';
import { AcronymsSection } from './AcronymsSection';
import { CitationsSection } from './CitationsSection';
import { downloadFile } from '../download';
import { Facts } from './Facts';
import { Later } from './later';
import { makeFilter } from './filter';
import { OutlineSection } from './OutlineSection';
import { ResizeHandle } from './ResizeHandle';
import { createStaging, StagingContext, type Staging } from './staging';
import { TimelineSection } from './TimelineSection';
import type { ExportFile, ExportFormat, SectionId, SectionVisibility, TitleState } from './types';

export interface SidebarProps {
  /** What the core found on the page; null while the page is still being read. */
  result: AnalysisResult | null;
  /** Interface language (resolve the setting with `resolveLanguage` first). */
  language: Language;
  /** Whether the sidebar is shown; closed renders nothing at all. */
  open: boolean;
  /** Put away (a drawer over a narrow page): not shown, but kept as it is for when it comes back. */
  hidden?: boolean;
  /**
   * An entry was chosen: bring this offset of the page's text into view and flash `flash` there (a
   * timeline entry's sentence), else the line from `start`.
   */
  onNavigate(start: number, flash?: Span): void;
  /** The reader closed the sidebar (close button, or Escape inside it). */
  onClose(): void;
  /** Which finding sections to show (the category settings); all when absent. */
  sections?: Partial<SectionVisibility>;
  /**
   * Follows a cited paper's title lookup (through the background): calls `show` with where it stands
   * now and with each later answer; returns the function that stops. Absent: no titles.
   */
  watchTitle?: (citation: CitationFinding, show: (state: TitleState) => void) => () => void;
  /**
   * Makes a timeline export (the reader has the background write it, hence a promise); absent:
   * no export buttons. Null when there is nothing to export; a rejection is announced as failed.
   */
  makeExport?: (format: ExportFormat) => ExportFile | null | Promise<ExportFile | null>;
  /** Width in px (the reader's last choice), and its bounds. */
  width?: number;
  minWidth?: number;
  maxWidth?: number;
  /** The reader dragged or keyed the edge: `done` once they let go (time to remember it). */
  onResize?: (width: number, done: boolean) => void;
  /**
   * Render the finding sections one frame after another instead of all at once (the reader on a
   * long paper: rendering and laying out every section at once is a long task for the page).
   */
  staged?: boolean;
  /** Called once every section is rendered (at once, or after the last stage). */
  onSectionsReady?: () => void;
  /** The whole sentence a timeline entry's label was taken from (tooltips of shortened labels). */
  sentenceOf?: (entry: TimelineEntry) => string | null;
  /** The page is being read again: what is listed is the last reading until the new one comes. */
  busy?: boolean;
}

export const DEFAULT_WIDTH = 380;
export const MIN_WIDTH = 320;
export const MAX_WIDTH = 720;
const FILTER_ANNOUNCE_MS = 500;

/**
 * The sidebar: a complementary landmark docked right, with a filter over its sections: the
 * paper's facts, its outline, the timeline, the citations and the acronyms. Every entry is a
 * button that brings its place in the page into view.
 */
export function Sidebar(props: SidebarProps) {
  const { result, language, open, onNavigate, onClose } = props;
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<SectionId>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const asideRef = useRef<HTMLElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const [staging] = useState<Staging>(() => createStaging());
  const t = translator(language);

  // Tell screen reader users how many entries the filter left, once they pause typing.
  useEffect(() => {
    if (!open || !query.trim()) return;
    const timer = setTimeout(() => {
      const count = asideRef.current?.querySelectorAll('[data-entry]').length ?? 0;
      const q = query.trim();
      setAnnouncement(
        count === 1 ? t('filterStatusOne', { query: q }) : t('filterStatus', { count, query: q }),
      );
    }, FILTER_ANNOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, open, language]);

  if (!open) return null;

  const matches = makeFilter(query);
  const filtering = query.trim() !== '';
  const show = { outline: true, citations: true, acronyms: true, ...props.sections };
  const width = Math.round(
    Math.min(
      props.maxWidth ?? MAX_WIDTH,
      Math.max(props.minWidth ?? MIN_WIDTH, props.width ?? DEFAULT_WIDTH),
    ),
  );

  const onToggle = (id: SectionId) => {
    const next = new Set(collapsed);
    const wasCollapsed = next.has(id);
    if (wasCollapsed) next.delete(id);
    else next.add(id);
    setCollapsed(next);
    const title = asideRef.current?.querySelector(`#kl-${id}-heading .kl-section-title`)?.textContent ?? '';
    setAnnouncement(t(wasCollapsed ? 'sectionExpanded' : 'sectionCollapsed', { section: title }));
  };

  const { makeExport } = props;
  const onExport = makeExport
    ? async (format: ExportFormat) => {
        let file: ExportFile | null;
        try {
          file = await makeExport(format);
        } catch {
          setAnnouncement(t('exportFailed'));
          return;
        }
        // Read after the wait: the sidebar may have closed meanwhile, and then nothing is saved.
        const root = asideRef.current?.getRootNode();
        if (!file || !root || !(root instanceof ShadowRoot || root instanceof Document)) return;
        downloadFile(root, file);
        setAnnouncement(t('exportDone', { file: file.filename }));
      }
    : undefined;

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    // The page must not see this Escape too (tweedekamer.nl closes its document modal on it).
    event.stopPropagation();
    event.preventDefault();
    // Escape in a filled filter box clears the filter first; otherwise it closes the sidebar.
    const target = event.target as HTMLElement | null;
    if (target?.classList.contains('kl-filter-input') && query) {
      setQuery('');
      return;
    }
    onClose();
  };

  const common = { t, matches, filtering, onToggle, onNavigate };
  // Letters (most papers) speak of "the letter"; an answer, a motie or a verslag of "the paper".
  const kind = result?.document.kind;
  const doc = t(kind === 'brief regering' || kind === 'brief' ? 'docLetter' : 'docPaper');
  // Staged: the facts now, each further section in a frame of its own, each list growing
  // by what a frame has room for (`staging.ts`).
  const later = props.staged ? staging.queue : null;
  return (
    <aside
      ref={asideRef}
      role="complementary"
      aria-label={t('sidebarLabel')}
      class="kl-sidebar"
      hidden={props.hidden}
      aria-busy={props.busy ? 'true' : undefined}
      lang={language}
      style={{ width: `${width}px` }}
      onKeyDown={onKeyDown}
    >
      {props.onResize ? (
        <ResizeHandle
          width={width}
          min={props.minWidth ?? MIN_WIDTH}
          max={props.maxWidth ?? MAX_WIDTH}
          t={t}
          onResize={props.onResize}
        />
      ) : null}
      <header class="kl-header">
        <div class="kl-header-row">
          <h2 class="kl-title" tabIndex={-1}>
            {t('appName')}
          </h2>
          <button
            type="button"
            class="kl-close"
            aria-label={t('sidebarClose')}
            title={t('sidebarClose')}
            onClick={() => onClose()}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {result ? (
          <div class="kl-filter" role="search">
            <input
              ref={filterRef}
              type="search"
              class="kl-filter-input"
              aria-label={t('filterLabel')}
              placeholder={t('filterPlaceholder')}
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
              autoComplete="off"
              spellcheck={false}
            />
            {query ? (
              <button
                type="button"
                class="kl-filter-clear"
                aria-label={t('filterClear')}
                title={t('filterClear')}
                onClick={() => {
                  setQuery('');
                  // The button goes away with the query: focus would fall to the page's body.
                  filterRef.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            ) : null}
          </div>
        ) : null}
      </header>
      <div class="kl-body">
        {result ? (
          <StagingContext.Provider value={later ? staging : null}>
            <Facts doc={result.document} lang={language} collapsed={collapsed.has('facts')} {...common} />
            {show.outline ? (
              <Later queue={later}>
                <OutlineSection
                  entries={result.outline}
                  lang={language}
                  collapsed={collapsed.has('outline')}
                  {...common}
                />
              </Later>
            ) : null}
            <Later queue={later}>
              <TimelineSection
                entries={result.timeline}
                commitments={result.commitments}
                letterDate={result.document.letterDate}
                doc={doc}
                lang={language}
                collapsed={collapsed.has('timeline')}
                onExport={onExport}
                sentenceOf={props.sentenceOf}
                {...common}
              />
            </Later>
            {show.citations ? (
              <Later queue={later}>
                <CitationsSection
                  citations={result.citations}
                  lang={language}
                  collapsed={collapsed.has('citations')}
                  watchTitle={props.watchTitle}
                  {...common}
                />
              </Later>
            ) : null}
            {show.acronyms ? (
              <Later queue={later}>
                <AcronymsSection
                  acronyms={result.acronyms}
                  doc={doc}
                  collapsed={collapsed.has('acronyms')}
                  {...common}
                />
              </Later>
            ) : null}
            {/* Told once every section and list is complete, right after the turn that completed them. */}
            <Later
              queue={later}
              last
              onShown={() => {
                staging.finish();
                props.onSectionsReady?.();
              }}
            />
          </StagingContext.Provider>
        ) : (
          <p class="kl-empty" role="status">
            {t('sidebarLoading')}
          </p>
        )}
      </div>
      <p class="kl-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </aside>
  );
}
