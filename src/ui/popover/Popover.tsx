import { useState } from 'preact/hooks';
import { translator, type Language, type MessageKey, type Translator } from '../../i18n';
import { formatIsoDate, formatIsoRange } from '../../i18n/format';
import { printedDossier } from '../../core/text/dossier-lines';
import { LOOKUP_STATE_KEYS } from '../lookup-state';
import { markedWords } from '../marked-words';
import { oneLine } from '../one-line';
import { unbrokenNumbers } from '../unbroken-numbers';
import { dossierUrl, leadsHere, safeGovernmentUrl } from './links';
import type {
  AcronymPopoverData,
  CitationPopoverData,
  CitedPaperView,
  DatePopoverData,
  PopoverActions,
  PopoverData,
} from './types';

export interface PopoverProps {
  data: PopoverData;
  language: Language;
  actions: PopoverActions;
}

/** `nato-defence` as the end of a message key, `NatoDefence` (typed, so the key is checked). */
type Pascal<S extends string> = S extends `${infer A}-${infer B}`
  ? `${Capitalize<A>}${Pascal<B>}`
  : Capitalize<S>;
const pascal = <S extends string>(s: S) =>
  s.replace(/(?:^|-)(.)/g, (_, c: string) => c.toUpperCase()) as Pascal<S>;

/** The tag of each glossary category (any other category, e.g. from an older glossary, shows none). */
const CATEGORY_KEYS: Partial<Record<string, MessageKey>> = {
  ministry: 'popCategoryMinistry',
  agency: 'popCategoryAgency',
  parliament: 'popCategoryParliament',
  party: 'popCategoryParty',
  eu: 'popCategoryEu',
  'nato-defence': 'popCategoryNatoDefence',
  international: 'popCategoryInternational',
  'law-procedure': 'popCategoryLawProcedure',
  finance: 'popCategoryFinance',
  other: 'popCategoryOther',
};

/**
 * A popover: a small dialog beside a marked finding. The heading names the finding; the body
 * depends on its kind. Everything from the page or an API is rendered as text.
 */
export function Popover({ data, language, actions }: PopoverProps) {
  const t = translator(language);
  // The kicker over the heading, and the dialog's name: `Afkorting` over `NAVO` is named `Afkorting NAVO`.
  const label =
    data.kind === 'acronym'
      ? t('popAcronymLabel', { abbr: data.abbr })
      : t(data.kind === 'citation' ? 'popCitationLabel' : 'popDateLabel');
  const kicker = data.kind === 'acronym' ? t('popAcronymKicker') : label;
  const heading = data.kind === 'acronym' ? data.abbr : unbrokenNumbers(oneLine(data.text));
  return (
    // The interface's language: the host sits in the page, whose `lang` (nl) it would inherit. The paper's own
    // words inside (heading, meanings, titles) are marked `nl` or their glossary language.
    <div class="kl-pop" role="dialog" aria-label={label} tabIndex={-1} lang={language}>
      <div class="kl-pop-head">
        <p class="kl-pop-kicker" aria-hidden="true">
          {kicker}
        </p>
        <h2 class="kl-pop-title" lang="nl">
          {heading}
        </h2>
        <button type="button" class="kl-pop-close" aria-label={t('popClose')} onClick={() => actions.close()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {data.kind === 'acronym' ? (
        <AcronymBody data={data} t={t} actions={actions} />
      ) : data.kind === 'citation' ? (
        <CitationBody data={data} t={t} language={language} actions={actions} />
      ) : (
        <DateBody data={data} language={language} />
      )}
    </div>
  );
}

function AcronymBody({
  data,
  t,
  actions,
}: {
  data: AcronymPopoverData;
  t: Translator;
  actions: PopoverActions;
}) {
  const category = data.category ? CATEGORY_KEYS[data.category] : undefined;
  return (
    <div class="kl-pop-body">
      {data.expansion ? (
        <p class="kl-pop-expansion" lang={data.lang ?? 'nl'}>
          {data.expansion}
        </p>
      ) : (
        <p class="kl-pop-expansion kl-pop-muted">{t('popAcronymUnknown')}</p>
      )}
      {data.explanation ? (
        <p class="kl-pop-explanation" lang="nl">
          {data.explanation}
        </p>
      ) : null}
      {data.standardExpansion ? (
        <p class="kl-pop-note">{t('popStandardExpansion', { expansion: data.standardExpansion })}</p>
      ) : null}
      <p class="kl-pop-source">
        {data.source ? t(`popSource${pascal(data.source)}`) : null}
        {category ? <span class="kl-pop-tag">{t(category)}</span> : null}
      </p>
      {data.hasDefinition ? (
        <button type="button" class="kl-pop-link-button" onClick={() => actions.showDefinition()}>
          {t('popShowDefinition')}
        </button>
      ) : null}
      {data.alternatives.length ? (
        <div class="kl-pop-alternatives">
          <p class="kl-pop-subhead">{t('popAlternatives')}</p>
          <ol>
            {data.alternatives.map((m, i) => (
              <li key={i} lang="nl">
                {m.expansion}
                {m.explanation ? <span class="kl-pop-muted"> — {m.explanation}</span> : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <div class="kl-pop-footer">
        <span class="kl-pop-count">
          {data.occurrences > 1
            ? t('popOccurrences', { current: data.occurrence, count: data.occurrences })
            : t('popOccurrenceOnce')}
        </span>
        {data.occurrences > 1 ? (
          <span class="kl-pop-steps">
            <button
              type="button"
              class="kl-pop-step"
              aria-label={t('popPreviousOccurrence', { abbr: data.abbr })}
              onClick={() => actions.previousOccurrence()}
            >
              <span aria-hidden="true">‹</span> {t('popPrevious')}
            </button>
            <button
              type="button"
              class="kl-pop-step"
              aria-label={t('popNextOccurrence', { abbr: data.abbr })}
              onClick={() => actions.nextOccurrence()}
            >
              {t('popNext')} <span aria-hidden="true">›</span>
            </button>
          </span>
        ) : null}
      </div>
    </div>
  );
}

/** `Kamerstuk · Tweede Kamer · dossier 29 521, nr. 446`; in English its Dutch name marked, `({nl:Kamerstuk})`. */
function paperLine(p: CitedPaperView, t: Translator): string {
  const parts = [t(`popType${pascal(p.type)}`)];
  if (p.chamber) parts.push(t(p.chamber === 'I' ? 'popChamberI' : 'popChamberII'));
  if (p.dossier && p.number)
    parts.push(t('popDossierNumber', { dossier: printedDossier(p.dossier), number: p.number }));
  else if (p.dossier) parts.push(t('popDossierOnly', { dossier: printedDossier(p.dossier) }));
  else if (p.number && p.year) parts.push(t('popNumberYear', { number: p.number, year: p.year }));
  else if (p.year) parts.push(p.year);
  return unbrokenNumbers(parts.join(' · '));
}

/** The text copied by "copy citation": the citation, the title when known, the address. */
export function citationCopyText(text: string, paper: CitedPaperView): string {
  const parts = [oneLine(text)];
  if (paper.details.state === 'found') parts.push(`“${paper.details.title}”`);
  const url = safeGovernmentUrl(paper.url);
  const base = parts.join(', ');
  return url ? `${base} (${url})` : base;
}

function CitationBody({
  data,
  t,
  language,
  actions,
}: {
  data: CitationPopoverData;
  t: Translator;
  language: Language;
  actions: PopoverActions;
}) {
  return (
    <div class="kl-pop-body">
      {data.papers.map((p, i) => (
        // Keyed by what it shows, so a popover for another citation starts without "Copied".
        <CitedPaper
          key={`${i}|${data.text}|${p.url ?? ''}`}
          paper={p}
          text={data.text}
          t={t}
          language={language}
          actions={actions}
        />
      ))}
    </div>
  );
}

function CitedPaper({
  paper,
  text,
  t,
  language,
  actions,
}: {
  paper: CitedPaperView;
  text: string;
  t: Translator;
  language: Language;
  actions: PopoverActions;
}) {
  // What the copy button last did, as the message that says so.
  const [copied, setCopied] = useState<MessageKey | null>(null);
  // The paper citing itself on its own page: "Open the paper" would open the page the reader is on.
  const found = safeGovernmentUrl(paper.url);
  const paperUrl = found && !leadsHere(found) ? found : null;
  const dossier = dossierUrl(paper.dossier);
  const d = paper.details;
  // The kind in English when the interface is and the background knew it; else as given, in Dutch.
  const kindEn = d.state === 'found' && language === 'en' ? d.kindEn : null;
  return (
    <section class="kl-pop-paper">
      <p class="kl-pop-meta">{markedWords(paperLine(paper, t))}</p>
      {paper.self ? <p class="kl-pop-note">{t('popSelfCitation')}</p> : null}
      {paper.date ? (
        <p class="kl-pop-note">{t('popDatedInText', { date: formatIsoDate(paper.date, language) })}</p>
      ) : null}
      <div class="kl-pop-details" aria-busy={d.state === 'loading'}>
        {d.state === 'found' ? (
          <dl class="kl-pop-facts">
            <dt>{t('popTitle')}</dt>
            <dd class="kl-pop-paper-title" lang="nl">
              {d.title}
            </dd>
            {d.kind ? (
              <>
                <dt>{t('popKind')}</dt>
                <dd lang={kindEn ? language : 'nl'}>{kindEn ?? d.kind}</dd>
              </>
            ) : null}
            {d.date ? (
              <>
                <dt>{t('popDate')}</dt>
                <dd>
                  <time dateTime={d.date}>{formatIsoDate(d.date, language)}</time>
                </dd>
              </>
            ) : null}
            {d.dossierTitle ? (
              <>
                <dt>{t('popDossierTitle')}</dt>
                <dd lang="nl">{d.dossierTitle}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p class="kl-pop-muted">{t(LOOKUP_STATE_KEYS[d.state])}</p>
        )}
      </div>
      <div class="kl-pop-actions">
        {paperUrl ? (
          <a href={paperUrl} target="_blank" rel="noopener noreferrer">
            {t('popOpenPaper')}
          </a>
        ) : null}
        {dossier ? (
          <a href={dossier} target="_blank" rel="noopener noreferrer">
            {t('popOpenDossier')}
          </a>
        ) : null}
        <button
          type="button"
          class="kl-pop-link-button"
          onClick={() => {
            void actions
              .copy(citationCopyText(text, paper))
              .then((ok) => setCopied(ok ? 'popCopied' : 'popCopyFailed'));
          }}
        >
          {t('popCopy')}
        </button>
        <span class="kl-pop-copy-status" role="status">
          {copied && t(copied)}
        </span>
      </div>
    </section>
  );
}

/** The date as the popover shows it and announces it: a range `… to …`, after `about` when approximate. */
function shownDate(data: DatePopoverData, language: Language): string {
  const t = translator(language);
  const shown = data.endIso
    ? formatIsoRange(data.iso, data.endIso, language, t('popDateRangeWord'))
    : formatIsoDate(data.iso, language);
  return data.precision === 'approximate' ? `${t('popDateApproximate')} ${shown}` : shown;
}

function DateBody({ data, language }: { data: DatePopoverData; language: Language }) {
  return (
    <div class="kl-pop-body">
      <p class="kl-pop-expansion">
        <time dateTime={data.iso}>{shownDate(data, language)}</time>
      </p>
    </div>
  );
}

/**
 * One sentence for screen readers when a popover opens without taking focus (hover), in parts, each with the
 * language it is read in, as the panel marks them: the paper's words Dutch, a meaning in its own language
 * (`North Atlantic Treaty Organization` is English), and what the interface says (a date as shown, `Meaning
 * unknown`) in the interface's. Read as one: `NATO: North Atlantic Treaty Organization: Noord-Atlantische …`.
 */
export function announcement(data: PopoverData, language: Language): Array<[text: string, lang: string]> {
  const t = translator(language);
  if (data.kind === 'acronym') {
    const parts: Array<[string, string]> = [
      [data.abbr, 'nl'],
      data.expansion ? [data.expansion, data.lang ?? 'nl'] : [t('popAcronymUnknown'), language],
    ];
    if (data.explanation) parts.push([data.explanation, 'nl']);
    return parts;
  }
  if (data.kind === 'citation') {
    const first = data.papers[0];
    const title = first?.details.state === 'found' ? first.details.title : null;
    return [[[oneLine(data.text), title].filter(Boolean).join(': '), 'nl']];
  }
  // Said once where the paper writes it as shown (`17 juni 2022` in Dutch), not twice.
  const text = oneLine(data.text);
  const shown = shownDate(data, language);
  return text === shown
    ? [[shown, language]]
    : [
        [text, 'nl'],
        [shown, language],
      ];
}
