import type { OutlineEntry } from '../../core/types';
import type { Language } from '../../i18n';
import { outlineKindLabel, outlineTitle } from '../../i18n/format';
import { unbrokenNumbers } from '../unbroken-numbers';
import { oneLine } from './Facts';
import { Section, type SectionShared } from './Section';
import { LimitedList } from './list-limit';

const MAX_LEVEL = 6;

export interface OutlineSectionProps extends SectionShared {
  entries: readonly OutlineEntry[];
  lang: Language;
  onNavigate(start: number): void;
}

/** The paper's table of contents: headings, questions and answers, footnotes, signature. */
export function OutlineSection(p: OutlineSectionProps) {
  const { t, lang } = p;
  const shown = p.entries
    .map((entry, i) => {
      const title = outlineTitle(entry.kind, oneLine(entry.title), lang);
      const kind = outlineKindLabel(entry.kind, lang);
      return { entry, i, title, kind };
    })
    .filter((x) => p.matches(x.title, x.kind ?? ''));
  return (
    <Section
      id="outline"
      as="nav"
      title={t('outlineHeading')}
      count={shown.length}
      collapsed={p.collapsed}
      onToggle={p.onToggle}
      t={t}
    >
      {shown.length ? (
        <LimitedList items={shown} ordered class="kl-list kl-outline" t={t}>
          {({ entry, i, title, kind }) => {
            // No "Vraag" label before a title that already says "Vraag 1".
            const showKind = kind !== null && !title.toLowerCase().startsWith(kind.toLowerCase());
            const level = Math.min(MAX_LEVEL, Math.max(1, Math.floor(entry.level) || 1));
            return (
              <li key={`${entry.start}:${i}`}>
                <button
                  type="button"
                  class="kl-entry kl-outline-entry"
                  data-entry=""
                  data-level={level}
                  data-kind={entry.kind}
                  onClick={() => p.onNavigate(entry.start)}
                >
                  {showKind ? <span class="kl-kind">{kind}</span> : null}
                  {/* Footnote blocks are named by the core and translated (outlineTitle); other titles are the paper's. */}
                  <span class="kl-entry-title" lang={entry.kind == 'footnotes' || !title ? lang : 'nl'}>
                    {unbrokenNumbers(title) || kind || '…'}
                  </span>
                </button>
              </li>
            );
          }}
        </LimitedList>
      ) : null}
      {shown.length ? null : (
        <p class="kl-empty">{p.filtering && p.entries.length ? t('filterNoMatch') : t('outlineEmpty')}</p>
      )}
    </Section>
  );
}
