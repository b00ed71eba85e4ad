import type { CommitmentFinding, Span, TimelineEntry } from '../../core/types';
import type { Language, MessageKey, Translator } from '../../i18n';
import { formatIsoDate, formatIsoRange } from '../../i18n/format';
import { oneLine } from './Facts';
import { Section, type SectionShared } from './Section';
import { splitTimeline, undatedCommitments } from './timeline-groups';
import type { ExportFormat } from './types';
import { LimitedList } from './list-limit';

export interface TimelineSectionProps extends SectionShared {
  entries: readonly TimelineEntry[];
  commitments: readonly CommitmentFinding[];
  letterDate: string | null;
  /** What the paper is called (`de brief`, `het stuk`): its date and the periods around it are its. */
  doc: string;
  lang: Language;
  /** `flash`: the span to flash at the place, the entry's sentence (else its line from `start`). */
  onNavigate(start: number, flash?: Span): void;
  /** The whole sentence an entry's label was taken from: the tooltip of a shortened label (`…`). */
  sentenceOf?: (entry: TimelineEntry) => string | null;
  /** Offered when the caller can make the files; absent hides the export buttons. */
  onExport?: (format: ExportFormat) => void | Promise<void>;
}

/** `29 juni 2022`, or a range with what its ends share written once, `29–30 juni 2022` (see `formatIsoRange`). */
export function entryDate(e: Pick<TimelineEntry, 'iso' | 'endIso'>, lang: Language): string {
  return e.endIso && e.endIso !== e.iso ? formatIsoRange(e.iso, e.endIso, lang) : formatIsoDate(e.iso, lang);
}

/** A range's ends each in full, `29 juni 2022 30 juni 2022`: what a filter finds besides the range as shown. */
function entryEnds(e: Pick<TimelineEntry, 'iso' | 'endIso'>, lang: Language): string | null {
  return e.endIso && e.endIso !== e.iso
    ? `${formatIsoDate(e.iso, lang)} ${formatIsoDate(e.endIso, lang)}`
    : null;
}

const KIND_LABEL: Partial<Record<TimelineEntry['kind'], MessageKey>> = {
  commitment: 'timelineCommitment',
  deadline: 'timelineDeadline',
};

function EntryList({
  entries,
  lang,
  t,
  onNavigate,
  sentenceOf,
}: {
  entries: readonly TimelineEntry[];
  lang: Language;
  t: Translator;
  onNavigate(start: number, flash?: Span): void;
  sentenceOf?: (entry: TimelineEntry) => string | null;
}) {
  return (
    <LimitedList items={entries} ordered class="kl-list kl-timeline" t={t}>
      {(e) => {
        const kindKey = KIND_LABEL[e.kind];
        const sentence = fullSentence(e, sentenceOf);
        return (
          <li key={`${e.start}:${e.iso}`}>
            {/* The sentence (its description) is the paper's Dutch; the date and kind speak the interface's language. */}
            <button
              type="button"
              class="kl-entry kl-timeline-entry"
              data-entry=""
              data-kind={e.kind}
              data-relation={e.relation ?? 'unknown'}
              title={sentence}
              lang={sentence && 'nl'}
              onClick={() => onNavigate(e.start, e.sentence)}
            >
              <span class="kl-entry-head" lang={sentence && lang}>
                <time dateTime={e.iso} class="kl-date">
                  {entryDate(e, lang)}
                </time>
                {kindKey ? <span class="kl-kind kl-kind-commitment">{t(kindKey)}</span> : null}
              </span>
              {sentence ? (
                <span class="kl-entry-sentence" aria-hidden="true">
                  {sentence}
                </span>
              ) : null}
              <span class="kl-entry-title" lang="nl">
                {oneLine(e.label)}
              </span>
            </button>
          </li>
        );
      }}
    </LimitedList>
  );
}

/**
 * The sentence of a label that leaves words out, when it says more than the label; else nothing. A label
 * cut short ends in `…`; one without may still leave out a clause (`Deelt u de conclusies van de rechter`, 1035),
 * a citation's sentence or a ministry's full name: its sentence is then longer than the label and the date
 * together, by more than a word such as `op` or `d.d.` around the date.
 */
function fullSentence(
  e: TimelineEntry,
  sentenceOf?: (entry: TimelineEntry) => string | null,
): string | undefined {
  const sentence = sentenceOf?.(e);
  const said = e.label.length + (e.label.includes('…') ? 0 : e.end - e.start + 10);
  return sentence && sentence.length > said ? sentence : undefined;
}

/** Commitments without a date, thirty at first like the dated lists. */
function UndatedList({
  commitments,
  t,
  onNavigate,
}: {
  commitments: readonly CommitmentFinding[];
  t: Translator;
  onNavigate(start: number, flash?: Span): void;
}) {
  return (
    <LimitedList items={commitments} class="kl-list" t={t}>
      {(c) => (
        <li key={c.start}>
          <button
            type="button"
            class="kl-entry kl-timeline-entry"
            data-entry=""
            data-kind="commitment"
            onClick={() => onNavigate(c.start, c)}
          >
            <span class="kl-entry-head">
              <span class="kl-kind kl-kind-commitment">{t('timelineCommitment')}</span>
            </span>
            <span class="kl-entry-title" lang="nl">
              {oneLine(c.text)}
            </span>
          </button>
        </li>
      )}
    </LimitedList>
  );
}

/** Dates of the letter in order, split around the letter date, commitments marked, with exports. */
export function TimelineSection(p: TimelineSectionProps) {
  const { t, lang } = p;
  // Without a filter everything is kept: the texts a filter reads are not even made (a megabyte
  // paper has thousands of entries).
  const keep = (e: TimelineEntry) => {
    if (!p.filtering) return true;
    const kindKey = KIND_LABEL[e.kind];
    // Its sentence too: a label may write a ministry short (`BZK`) or leave words out.
    // A range's ends in full too: `29 juni` finds `29–30 juni 2022`.
    return p.matches(
      e.label,
      entryDate(e, lang),
      entryEnds(e, lang),
      e.iso,
      kindKey ? t(kindKey) : '',
      p.sentenceOf?.(e),
    );
  };
  const groups = splitTimeline(p.entries.filter(keep));
  const undated = undatedCommitments(p.commitments, p.entries).filter(
    (c) => !p.filtering || p.matches(c.text, t('timelineCommitment')),
  );
  const count =
    groups.past.length +
    groups.sameDay.length +
    groups.future.length +
    groups.unplaced.length +
    undated.length;
  const hasAny = p.entries.length > 0 || p.commitments.length > 0;
  const list = (entries: readonly TimelineEntry[]) => (
    <EntryList entries={entries} lang={lang} t={t} onNavigate={p.onNavigate} sentenceOf={p.sentenceOf} />
  );
  return (
    <Section
      id="timeline"
      title={t('timelineHeading')}
      count={count}
      collapsed={p.collapsed}
      onToggle={p.onToggle}
      t={t}
    >
      {p.onExport && hasAny ? (
        <div class="kl-exports" role="group" aria-label={t('exportGroup')}>
          {(
            [
              ['ics', 'exportIcs'],
              ['csv', 'exportCsv'],
              ['md', 'exportMd'],
            ] as const
          )
            // The Markdown file is the commitments' checklist: none, no file of just a title.
            .filter(([format]) => format !== 'md' || p.commitments.length > 0)
            .map(([format, key]) => (
              <button
                key={format}
                type="button"
                class="kl-button"
                data-export={format}
                onClick={() => void p.onExport?.(format)}
              >
                {t(key)}
              </button>
            ))}
        </div>
      ) : null}
      {count === 0 ? (
        <p class="kl-empty">{p.filtering && hasAny ? t('filterNoMatch') : t('timelineEmpty')}</p>
      ) : null}
      {groups.past.length ? (
        <div class="kl-group" data-group="past">
          <h4>{t('timelinePast', { doc: p.doc })}</h4>
          {list(groups.past)}
        </div>
      ) : null}
      {p.letterDate && count > 0 ? (
        <p class="kl-letter-date" data-group="letter-date">
          <time dateTime={p.letterDate}>
            {t('timelineLetterDate', { doc: p.doc, date: formatIsoDate(p.letterDate, lang) })}
          </time>
        </p>
      ) : null}
      {groups.sameDay.length ? (
        <div class="kl-group" data-group="same-day">
          <h4>{t('timelineSameDay', { doc: p.doc })}</h4>
          {list(groups.sameDay)}
        </div>
      ) : null}
      {groups.future.length ? (
        <div class="kl-group" data-group="future">
          <h4>{t('timelineFuture', { doc: p.doc })}</h4>
          {list(groups.future)}
        </div>
      ) : null}
      {groups.unplaced.length ? (
        <div class="kl-group" data-group="unplaced">
          <h4>{t('timelineAll')}</h4>
          {list(groups.unplaced)}
        </div>
      ) : null}
      {undated.length ? (
        <div class="kl-group" data-group="undated-commitments">
          <h4>{t('timelineUndatedCommitments')}</h4>
          <UndatedList commitments={undated} t={t} onNavigate={p.onNavigate} />
        </div>
      ) : null}
    </Section>
  );
}
