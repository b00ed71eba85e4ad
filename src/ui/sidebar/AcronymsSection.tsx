import type { AcronymFinding, AcronymSource } from '../../core/types';
import type { MessageKey } from '../../i18n';
import { Section, type SectionShared } from './Section';
import { LimitedList } from './list-limit';

/** An acronym finding, with the glossary's explanation when the core gives one. */
export type AcronymItem = AcronymFinding & { explanation?: string; lang?: string };

export interface AcronymsSectionProps extends SectionShared {
  acronyms: readonly AcronymItem[];
  onNavigate(start: number): void;
  /** What the paper is called (`de brief`, `het stuk`): "explained in" it. */
  doc: string;
}

const SOURCE_KEYS: Record<AcronymSource, MessageKey> = {
  document: 'acronymSourceDocument',
  glossary: 'acronymSourceGlossary',
  user: 'acronymSourceUser',
};

function firstStart(a: AcronymFinding): number | null {
  let min: number | null = null;
  for (const o of a.occurrences) if (min === null || o.start < min) min = o.start;
  return min;
}

/** Every acronym of the letter: its meaning, where the meaning comes from, how often it occurs. */
export function AcronymsSection(p: AcronymsSectionProps) {
  const { t } = p;
  const shown = p.acronyms
    .map((a) => ({ a, first: firstStart(a) }))
    .filter(
      (x): x is { a: AcronymItem; first: number } =>
        x.first !== null && p.matches(x.a.abbr, x.a.expansion, x.a.explanation),
    );
  return (
    <Section
      id="acronyms"
      title={t('acronymsHeading')}
      count={shown.length}
      collapsed={p.collapsed}
      onToggle={p.onToggle}
      t={t}
    >
      {shown.length ? (
        <LimitedList items={shown} class="kl-list kl-acronyms" t={t}>
          {({ a, first }) => (
            <li key={a.abbr}>
              <button
                type="button"
                class="kl-entry kl-acronym-entry"
                data-entry=""
                data-abbr={a.abbr}
                onClick={() => p.onNavigate(first)}
              >
                <span class="kl-entry-head">
                  <span class="kl-abbr" lang="nl">
                    {a.abbr}
                  </span>
                  <span class="kl-meta">
                    {a.source ? `${t(SOURCE_KEYS[a.source], { doc: p.doc })} · ` : ''}
                    {t('acronymCount', { count: a.occurrences.length })}
                  </span>
                </span>
                {a.expansion ? (
                  <span class="kl-entry-title" lang={a.lang ?? 'nl'}>
                    {a.expansion}
                  </span>
                ) : (
                  <span class="kl-entry-title kl-unknown">{t('acronymUnknown')}</span>
                )}
              </button>
            </li>
          )}
        </LimitedList>
      ) : null}
      {shown.length ? null : (
        <p class="kl-empty">{p.filtering && p.acronyms.length ? t('filterNoMatch') : t('acronymsEmpty')}</p>
      )}
    </Section>
  );
}
