import type { JSX } from 'preact';
import type { AnalysisResult, DocumentInfo, OutlineEntry } from '../../core/types';
import { translator, type Language, type Translator } from '../../i18n';
import { documentKindLabel, formatIsoDate, outlineKindLabel } from '../../i18n/format';
import { paperPageUrl } from './paper-link';

export interface SidebarProps {
  /** What the core found on the page; null while the page is still being read. */
  result: AnalysisResult | null;
  /** Interface language (resolve the setting with `resolveLanguage` first). */
  language: Language;
  /** Whether the sidebar is shown; closed renders nothing at all. */
  open: boolean;
  /** An outline entry was chosen: bring this offset of the page's text into view. */
  onNavigate(start: number): void;
  /** The reader closed the sidebar (close button, or Escape inside it). */
  onClose(): void;
}

const MAX_LEVEL = 6;

/** Page text as one line: outline titles may carry the line breaks of the paper's layout. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Fact {
  key: string;
  label: string;
  value: JSX.Element | string;
  /** Quoted from the (Dutch) paper: marked `lang="nl"` so an English screen reader says it right. */
  fromPaper?: boolean;
}

function documentFacts(doc: DocumentInfo, lang: Language, t: Translator): Fact[] {
  const facts: Fact[] = [];
  if (doc.kind) facts.push({ key: 'kind', label: t('factKind'), value: documentKindLabel(doc.kind, lang) });
  if (doc.letterDate) {
    facts.push({
      key: 'date',
      label: t('factDate'),
      value: <time dateTime={doc.letterDate}>{formatIsoDate(doc.letterDate, lang)}</time>,
    });
  }
  if (doc.dossier && doc.number) {
    const text = t('factPaperValue', { dossier: doc.dossier, number: doc.number });
    const url = paperPageUrl(doc.dossier, doc.number);
    facts.push({
      key: 'paper',
      label: t('factPaper'),
      value: url ? (
        <a href={url} target="_blank" rel="noopener noreferrer" title={t('factPaperLinkTitle')}>
          {text}
        </a>
      ) : (
        text
      ),
    });
  } else if (doc.dossier) {
    facts.push({ key: 'dossier', label: t('factDossier'), value: doc.dossier });
  }
  if (doc.title)
    facts.push({ key: 'title', label: t('factTitle'), value: oneLine(doc.title), fromPaper: true });
  if (doc.sender)
    facts.push({ key: 'sender', label: t('factSender'), value: oneLine(doc.sender), fromPaper: true });
  if (doc.addressee)
    facts.push({
      key: 'addressee',
      label: t('factAddressee'),
      value: oneLine(doc.addressee),
      fromPaper: true,
    });
  return facts;
}

function Facts({ doc, lang, t }: { doc: DocumentInfo; lang: Language; t: Translator }) {
  const facts = documentFacts(doc, lang, t);
  return (
    <section class="kl-section" aria-labelledby="kl-facts-heading">
      <h3 id="kl-facts-heading">{t('factsHeading')}</h3>
      {facts.length ? (
        <dl class="kl-facts">
          {facts.map((f) => (
            <div class="kl-fact" key={f.key} data-fact={f.key}>
              <dt>{f.label}</dt>
              <dd lang={f.fromPaper ? 'nl' : undefined}>{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="kl-empty">{t('factsNone')}</p>
      )}
    </section>
  );
}

/** Arrow keys, Home and End move between the outline's buttons (one tab stop less to wade through). */
function moveFocus(event: JSX.TargetedKeyboardEvent<HTMLOListElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button'));
  if (!buttons.length) return;
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const index = buttons.indexOf(root.activeElement as HTMLButtonElement);
  let next = index;
  if (event.key === 'ArrowDown') next = Math.min(buttons.length - 1, index + 1);
  else if (event.key === 'ArrowUp') next = Math.max(0, index - 1);
  else if (event.key === 'Home') next = 0;
  else next = buttons.length - 1;
  event.preventDefault();
  buttons[next]?.focus();
}

function OutlineItem({
  entry,
  lang,
  onNavigate,
}: {
  entry: OutlineEntry;
  lang: Language;
  onNavigate(start: number): void;
}) {
  const title = oneLine(entry.title);
  const kind = outlineKindLabel(entry.kind, lang);
  // No "Vraag" label before a title that already says "Vraag 1".
  const showKind = kind !== null && !title.toLowerCase().startsWith(kind.toLowerCase());
  const level = Math.min(MAX_LEVEL, Math.max(1, Math.floor(entry.level) || 1));
  return (
    <li>
      <button
        type="button"
        class="kl-outline-entry"
        data-level={level}
        data-kind={entry.kind}
        onClick={() => onNavigate(entry.start)}
      >
        {showKind ? <span class="kl-kind">{kind}</span> : null}
        <span class="kl-entry-title" lang="nl">
          {title || kind || '…'}
        </span>
      </button>
    </li>
  );
}

function Outline({
  entries,
  lang,
  t,
  onNavigate,
}: {
  entries: readonly OutlineEntry[];
  lang: Language;
  t: Translator;
  onNavigate(start: number): void;
}) {
  return (
    <nav class="kl-section" aria-labelledby="kl-outline-heading">
      <h3 id="kl-outline-heading">{t('outlineHeading')}</h3>
      {entries.length ? (
        <ol class="kl-outline" onKeyDown={moveFocus}>
          {entries.map((entry, i) => (
            <OutlineItem key={`${entry.start}:${i}`} entry={entry} lang={lang} onNavigate={onNavigate} />
          ))}
        </ol>
      ) : (
        <p class="kl-empty">{t('outlineEmpty')}</p>
      )}
    </nav>
  );
}

/** The sidebar: a complementary landmark docked right, with the document facts and the outline. */
export function Sidebar({ result, language, open, onNavigate, onClose }: SidebarProps) {
  if (!open) return null;
  const t = translator(language);
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    // The page must not see this Escape too (tweedekamer.nl closes its document modal on it).
    event.stopPropagation();
    event.preventDefault();
    onClose();
  };
  return (
    <aside
      role="complementary"
      aria-label={t('sidebarLabel')}
      class="kl-sidebar"
      lang={language}
      onKeyDown={onKeyDown}
    >
      <header class="kl-header">
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
      </header>
      <div class="kl-body">
        {result ? (
          <>
            <Facts doc={result.document} lang={language} t={t} />
            <Outline entries={result.outline} lang={language} t={t} onNavigate={onNavigate} />
          </>
        ) : (
          <p class="kl-empty" role="status">
            {t('sidebarLoading')}
          </p>
        )}
      </div>
    </aside>
  );
}
