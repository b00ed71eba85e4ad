import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { Translator } from '../../i18n';
import { moveFocusInList, useOneTabStop } from './list-keys';
import type { SectionId } from './types';

/** What the sidebar gives each of its sections: the strings, the filter, and the section's folding. */
export interface SectionShared {
  t: Translator;
  /** Does the filter box keep an entry with these texts (any of them)? */
  matches(...texts: Array<string | null | undefined>): boolean;
  /** Is a filter set (a section with no entry left says so)? */
  filtering: boolean;
  collapsed: boolean;
  onToggle(id: SectionId): void;
}

export interface SectionProps {
  id: SectionId;
  title: string;
  /** Entries shown (after the filter); null hides the count. */
  count: number | null;
  collapsed: boolean;
  onToggle(id: SectionId): void;
  /** `nav` for the outline (it is the paper's table of contents), `section` otherwise. */
  as?: 'nav' | 'section';
  t: Translator;
  children: ComponentChildren;
}

/**
 * One section of the sidebar: a heading whose button shows or hides the body (the disclosure
 * pattern: the state is in `aria-expanded`), and the entry count beside the title.
 */
export function Section({
  id,
  title,
  count,
  collapsed,
  onToggle,
  as = 'section',
  t,
  children,
}: SectionProps) {
  const headingId = `kl-${id}-heading`;
  const bodyId = `kl-${id}-body`;
  const Tag = as;
  const body = useRef<HTMLDivElement>(null);
  useOneTabStop(body);
  return (
    <Tag class="kl-section" data-section={id} aria-labelledby={headingId}>
      <h3 id={headingId} class="kl-section-heading">
        <button
          type="button"
          class="kl-section-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={() => onToggle(id)}
        >
          <span class="kl-chevron" aria-hidden="true" />
          <span class="kl-section-title">{title}</span>
          {count !== null ? (
            <span class="kl-count" data-count={count}>
              <span aria-hidden="true">{count}</span>
              <span class="kl-visually-hidden">
                {count === 1 ? t('sectionCountOne') : t('sectionCount', { count })}
              </span>
            </span>
          ) : null}
        </button>
      </h3>
      <div id={bodyId} class="kl-section-body" hidden={collapsed} ref={body} onKeyDown={moveFocusInList}>
        {children}
      </div>
    </Tag>
  );
}
